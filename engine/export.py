"""Exports: an Excel workbook of every table, a printable HTML report, and a saved analysis.

Safe by construction: any text cell that came from user data and starts like a
formula (=, +, -, @, tab, carriage return) is prefixed with an apostrophe, as
OWASP's CSV-injection guidance recommends, so a spreadsheet shows it as text
and never runs it; every user string in the HTML report is escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import math
from typing import Any

import numpy as np
import pandas as pd

from . import __version__
from .settings import Settings
from .spec import ModelSpec

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: Any) -> Any:
    """A cell value that no spreadsheet will execute."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out.columns = [safe_text(str(c)) for c in out.columns]
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(
                lambda v: safe_text(", ".join(map(str, v)) if isinstance(v, list | tuple) else v)
            )
    return out


def report_tables(result, boot=None, survey=None, advice=None, extra=None) -> dict:
    """Every table the workbook holds, by sheet name, with a one-line note each."""
    t: dict[str, tuple[pd.DataFrame, str]] = {
        "Paths": (result.paths, "Standardized path coefficients."),
        "Outer model": (result.outer, "Outer weights and loadings; loadings should reach 0.708."),
        "Reliability": (result.reliability, "Alpha, rho_A, rho_C 0.70-0.95; AVE at least 0.50."),
        "HTMT": (result.htmt, "Heterotrait-monotrait ratio; below 0.85 (or 0.90)."),
        "Fornell-Larcker": (result.fornell_larcker, "Diagonal: sqrt(AVE); below: correlations."),
        "Cross loadings": (result.cross_loadings, "Each item with every construct."),
        "VIF outer": (result.vif_outer, "Item collinearity; below 3 ideal, 5 critical."),
        "VIF inner": (result.vif_inner, "Predictor collinearity; below 3 ideal, 5 critical."),
        "R squared": (result.r_squared, "0.25 weak, 0.50 moderate, 0.75 substantial."),
        "f squared": (result.f_squared, "0.02 small, 0.15 medium, 0.35 large (Cohen 1988)."),
        "Effects": (result.effects, "Direct, indirect and total effects."),
        "Indirect effects": (result.indirect_effects, "Every specific indirect effect."),
        "Notes": (result.notes.drop(columns=["params"]), "Findings in plain words."),
    }
    if boot is not None:
        t["Inference"] = (
            boot.inference(),
            f"Bootstrap: {boot.n_valid} valid resamples of {boot.n_boot}, seed {boot.seed}; "
            "percentile 95 % intervals; two-tailed p from t with (resamples - 1) df.",
        )
        t["HTMT tests"] = (boot.htmt_tests(), "One-sided tests that HTMT is below a threshold.")
    if survey is not None:
        t["Screening"] = (survey.screening.excluded_table(), survey.screening.summary())
        t["Profile"] = (survey.profile_table(), "Respondent profile.")
        t["Mapping"] = (pd.DataFrame(survey.mapping_records()), "How columns were used.")
    if result.spec.labels:  # issue 12: her questions, in her words
        t["Questions"] = (
            pd.DataFrame(
                [
                    (c.name, i, result.spec.label(i))
                    for c in result.spec.constructs
                    for i in c.indicators
                ],
                columns=["construct", "item", "question"],
            ),
            "Each item is one of the owner's own questions.",
        )
    if advice is not None:
        t["Advice"] = (advice, "The owner's brief, most important first.")
    for name, value in (extra or {}).items():
        t[name] = value
    return t


def workbook(result, boot=None, survey=None, advice=None, extra=None) -> bytes:
    """An .xlsx with a read-me sheet and every table on its own formatted sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    tables = report_tables(result, boot, survey, advice, extra)
    wb = Workbook()
    readme = wb.active
    readme.title = "Read me"
    meta = dict(result.meta)
    lines = [
        ("Driver Lab analysis", ""),
        ("engine version", __version__),
        ("responses used", meta["n_obs"]),
        ("inner weighting scheme", meta["scheme"]),
        ("missing data", meta["missing"]),
        ("converged", "yes" if meta["converged"] else "NO"),
        ("iterations", meta["iterations"]),
        ("", ""),
        ("sheet", "what it holds"),
    ] + [(name, note) for name, (_, note) in tables.items()]
    for row in lines:
        readme.append([safe_text(v) for v in row])
    readme["A1"].font = Font(bold=True, size=14)
    readme.column_dimensions["A"].width = 24
    readme.column_dimensions["B"].width = 90
    header_fill = PatternFill("solid", fgColor="DDE7F5")
    for name, (frame, note) in tables.items():
        ws = wb.create_sheet(name[:31])
        ws.append([safe_text(note)])
        ws["A1"].font = Font(italic=True)
        clean = safe_frame(frame)
        ws.append(list(clean.columns))
        for cell in ws[2]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        for row in clean.itertuples(index=False):
            ws.append([_cell(v) for v in row])
        for j, col in enumerate(clean.columns, start=1):
            letter = get_column_letter(j)
            ws.column_dimensions[letter].width = max(12, min(60, len(str(col)) + 4))
            if pd.api.types.is_float_dtype(frame.iloc[:, j - 1]):
                for cell in ws[letter][2:]:
                    cell.number_format = "0.000"
        ws.freeze_panes = "A3"
        for cell in ws["A"]:
            cell.alignment = Alignment(wrap_text=False)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cell(v: Any) -> Any:
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict | list | tuple):
        return safe_text(json.dumps(v, default=str))
    return safe_text(v)


def html_report(
    result,
    advice: pd.DataFrame | None = None,
    boot=None,
    lang: str = "en",
    title: str | None = None,
    scale: tuple[float, float] | None = None,
) -> str:
    """A printable page: the owner's brief first, the reviewer's appendix after.

    Charts are inline SVG: the path diagram, each outcome's drivers with their
    intervals and its importance-performance map.
    """
    from . import svg
    from .advice import ACTIONS
    from .drivers import drivers as driver_table
    from .drivers import ipma

    id_ = lang == "id"

    def say(en: str, id_text: str) -> str:
        return id_text if id_ else en

    esc = html.escape
    title = title or say("Driver Lab report", "Laporan Driver Lab")
    parts = [
        f"<!doctype html><html lang='{'id' if id_ else 'en'}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{esc(title)}</title><style>body{{font-family:sans-serif;max-width:60em;"
        "margin:auto;padding:1em}}table{{border-collapse:collapse;margin:1em 0}}"
        "td,th{{border:1px solid #ccc;padding:.2em .5em;text-align:right}}"
        "td:first-child,th:first-child{{text-align:left}}.advice{{border-left:4px solid #3b6fb6;"
        "padding-left:1em;margin:1em 0}}svg{{max-width:100%;height:auto}}"
        ".wide{{overflow-x:auto}}@media print{{h2{{break-before:page}}}}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        "<p>"
        + say(
            f"{result.meta['n_obs']} responses; generated {dt.date.today().isoformat()} by "
            f"Driver Lab {esc(__version__)}.",
            f"{result.meta['n_obs']} jawaban; dibuat {dt.date.today().isoformat()} oleh "
            f"Driver Lab {esc(__version__)}.",
        )
        + "</p>",
    ]
    if advice is not None and len(advice):
        parts.append(f"<h2>{say('What to do first', 'Apa yang dilakukan lebih dulu')}</h2>")
        for row in advice.itertuples(index=False):
            subject = say("the survey", "survei") if row.subject == "survey" else row.subject
            parts.append(
                f"<div class='advice'><b>{esc(ACTIONS.get(row.action, (row.action,) * 2)[id_])}"
                f"</b> · {esc(str(subject))}"
                f"<p>{esc(getattr(row, 'text_' + lang))}</p></div>"
            )
    inference = boot.inference() if boot is not None else None
    parts.append(f"<h2>{say('The model', 'Model')}</h2>")
    parts.append(
        "<p>"
        + say(
            "Arrows carry the path coefficient (* p < .05, ** p < .01, *** p < .001); boxes "
            "give the share of variation explained (R²).",
            "Panah memuat koefisien jalur (* p < 0,05, ** p < 0,01, *** p < 0,001); kotak "
            "memuat porsi variasi yang dijelaskan (R²).",
        )
        + "</p>"
    )
    parts.append(f"<div class='wide'>{svg.path_diagram(result, inference)}</div>")
    ranking = driver_table(result, boot)
    points = ipma(result, scale=scale)
    for target in dict.fromkeys(ranking.target):
        sub = ranking[ranking.target == target]
        parts.append(f"<h3>{esc(say('What drives ', 'Pendorong ') + target)}</h3>")
        parts.append(
            svg.bar_chart(
                list(sub.driver), list(sub.total_effect), list(sub.ci_lower), list(sub.ci_upper)
            )
        )
        mine = points[(points.target == target) & (points.level == "construct")]
        if len(mine) >= 2:
            parts.append(
                f"<h3>{esc(say('Importance and performance: ', 'Kepentingan dan kinerja: '))}"
                f"{esc(target)}</h3>"
            )
            parts.append(svg.ipma_map(mine, lang))
    parts.append(f"<h2>{say('Appendix for reviewers', 'Lampiran untuk penelaah')}</h2>")
    if result.spec.labels:  # issue 12: the items are her own questions
        parts.append(f"<h3>{say('Your questions', 'Pertanyaan Anda')}</h3><ul>")
        for c in result.spec.constructs:
            for i in c.indicators:
                parts.append(f"<li>{esc(c.name)} · {esc(i)}: {esc(result.spec.label(i))}</li>")
        parts.append("</ul>")
    tables = {
        say("Path coefficients", "Koefisien jalur"): result.paths,
        say("Reliability", "Reliabilitas"): result.reliability,
        "HTMT": result.htmt,
        "R²": result.r_squared,
        "f²": result.f_squared,
    }
    if inference is not None:
        tables[say("Bootstrap inference", "Inferensi bootstrap")] = inference
    for name, frame in tables.items():
        parts.append(f"<h3>{esc(name)}</h3><div class='wide'>")
        parts.append(frame.to_html(index=False, float_format=lambda x: f"{x:.3f}", escape=True))
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def save_analysis(
    upload: bytes | None,
    name: str,
    spec: ModelSpec,
    settings: Settings,
    overrides: dict | None = None,
    reversed_items: tuple = (),
) -> bytes:
    """One file with the data, the mapping, the model and the settings."""
    return json.dumps(
        {
            "driver_lab_analysis": 1,
            "engine_version": __version__,
            "file_name": name,
            "data_base64": base64.b64encode(upload).decode("ascii") if upload else None,
            "mapping": overrides or {},
            "reversed_items": list(reversed_items),
            "model": spec.to_dict(),
            "settings": settings.to_dict(),
        },
        indent=1,
    ).encode("utf-8")


def open_analysis(raw: bytes) -> dict:
    """The parts of a saved analysis: data bytes, file name, mapping, model, settings.

    Every field is checked (``engine.schema.analysis``) before any is returned; a
    damaged or tampered file raises a DriverLabError naming the field.
    """
    from .schema import analysis

    return analysis(raw)
