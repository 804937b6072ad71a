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
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from engine.analytics.advice import named, said
from engine.base import text
from engine.base.settings import Settings
from engine.base.version import __version__
from engine.core.spec import ModelSpec

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult
    from engine.intake.survey import Survey


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


#: Sheet code -> the result table it holds (the English sheet names are the contract).
_RESULT_SHEETS = (
    ("paths", "paths"),
    ("outer", "outer"),
    ("reliability", "reliability"),
    ("htmt", "htmt"),
    ("fornell_larcker", "fornell_larcker"),
    ("cross_loadings", "cross_loadings"),
    ("vif_outer", "vif_outer"),
    ("vif_inner", "vif_inner"),
    ("r_squared", "r_squared"),
    ("f_squared", "f_squared"),
    ("effects", "effects"),
    ("indirect_effects", "indirect_effects"),
)


Sheets = dict[str, tuple[pd.DataFrame, str]]


def report_tables(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    survey: Survey | None = None,
    advice: pd.DataFrame | None = None,
    extra: Mapping[str, tuple[pd.DataFrame, str]] | None = None,
    lang: str | None = None,
    hypothesis_names: Mapping[str, str] | None = None,
    hypothesis_signs: Mapping[str, int] | None = None,
) -> Sheets:
    """Every table the workbook holds, by sheet name, with a one-line note each.

    ``lang`` None: the English workbook with the engine's column names (the
    contract of earlier versions); "en" or "id": sheet names, headers, notes and
    coded values (severity, kind, profile answers, screening reasons) in that
    language. With a bootstrap, the thesis tables too (engine.outputs.thesis: the
    hypotheses with their decisions, named by ``hypothesis_names`` as in the Word
    chapter, and every specific indirect effect with its mediation type).
    """
    words = lang or "en"
    sheets: list[tuple[str, pd.DataFrame, str]] = [
        (code, getattr(result, attr), text.say(f"about.{code}", words))
        for code, attr in _RESULT_SHEETS
    ]
    sheets.append(("notes", _notes_sheet(result.notes, lang), text.say("about.notes", words)))
    if boot is not None:
        sheets.append(("inference", boot.inference(), _about_inference(boot, words)))
        sheets.append(("htmt_tests", boot.htmt_tests(), text.say("about.htmt_tests", words)))
        sheets += _thesis_sheets(result, boot, hypothesis_names, hypothesis_signs, lang)
    if survey is not None:
        sheets += _survey_sheets(survey, lang)
    if result.spec.labels:  # issue 12: her questions, in her words
        sheets.append(
            ("questions", _questions_sheet(result.spec), text.say("about.questions", words))
        )
    if advice is not None:
        sheets.append(("advice", _advice_sheet(advice, lang), text.say("about.advice", words)))
    tables: Sheets = {
        text.say(f"sheet.{code}", words): (frame, note) for code, frame, note in sheets
    }
    tables.update(extra or {})
    return tables


def _thesis_sheets(
    result: PLSResult,
    boot: BootstrapResult,
    names: Mapping[str, str] | None,
    signs: Mapping[str, int] | None,
    lang: str | None,
) -> list[tuple[str, pd.DataFrame, str]]:
    """The hypotheses and mediation tables as the Word chapter and the Structural page
    give them (95% percentile intervals): every column the engine computes (``lang``
    None), or the reader's columns with the decision and the types in words."""
    from engine.outputs import thesis

    words = lang or "en"
    hyp = thesis.hypotheses(result, boot, names, signs=signs)
    med = thesis.mediation(result, boot)
    if lang is not None:

        def say(key: str) -> str:
            return text.say(key, lang)

        hyp = pd.DataFrame(
            {
                say("s.col.hypothesis"): hyp.hypothesis,
                "path": [p.replace(" -> ", " → ") for p in hyp.path],
                say("s.col.beta"): hyp.beta,
                **{c: hyp[c] for c in ("se", "t", "p", "ci_lower", "ci_upper", "f2")},
                say("s.col.decision"): [
                    say("s.supported" if ok else "s.not_supported") for ok in hyp.supported
                ],
            }
        )
        med = pd.DataFrame(
            {
                say("s.col.chain"): [c.replace(" -> ", " → ") for c in med.chain],
                say("s.col.indirect"): med.indirect,
                **{c: med[c] for c in ("se", "t", "p", "ci_lower", "ci_upper")},
                # no direct path in the model: its effect is fixed at zero, not estimated
                say("s.col.direct"): med.direct.where(med.direct_in_model),
                "direct_ci_lower": med.direct_ci_lower,
                "direct_ci_upper": med.direct_ci_upper,
                say("s.col.type"): [say(f"s.type.{k}") for k in med.type],
                say("s.col.mediation"): [say(f"s.med.{k}") for k in med.mediation],
            }
        )
    return [
        ("hypotheses", hyp, text.say("about.hypotheses", words)),
        ("mediation", med, text.say("about.mediation", words)),
    ]


def _notes_sheet(notes: pd.DataFrame, lang: str | None) -> pd.DataFrame:
    """The findings: every column (None), or code, severity, subject and the message in
    ``lang``."""
    if lang is None:
        return notes.drop(columns=["params"])
    column = "message_id" if lang == "id" else "message"
    return notes[["code", "severity", "subject", column]].rename(columns={column: "message"})


def _survey_sheets(survey: Survey, lang: str | None) -> list[tuple[str, pd.DataFrame, str]]:
    """Screening, profile and mapping sheets; reasons, questions and answers in ``lang``."""
    words = lang or "en"
    screening = survey.screening.excluded_table()
    profile = survey.profile_table()
    mapping = pd.DataFrame(survey.mapping_records())
    if lang is not None:
        screening = screening.assign(
            reasons=[
                "; ".join(text.reason(r, lang) for r in reasons.split("; ") if r)
                for reasons in screening.reasons
            ]
        )
        profile = profile.assign(
            question=[text.field_label(q, lang) for q in profile.question],
            answer=[
                text.answer_label(q, a, lang)
                for q, a in zip(profile.question, profile.answer, strict=True)
            ],
        )
        if len(mapping):
            mapping = mapping.assign(
                maps_to=[
                    text.field_label(m, lang) if isinstance(m, str) else m for m in mapping.maps_to
                ]
            )
    return [
        ("screening", screening, survey.screening.summary(words)),
        ("profile", profile, text.say("about.profile", words)),
        ("mapping", mapping, text.say("about.mapping", words)),
    ]


def _questions_sheet(spec: ModelSpec) -> pd.DataFrame:
    return pd.DataFrame(
        [(c.name, i, spec.label(i)) for c in spec.constructs for i in c.indicators],
        columns=["construct", "item", "question"],
    )


def _about_inference(boot: BootstrapResult, lang: str) -> str:
    return text.say(
        "about.inference", lang, valid=boot.n_valid, n_boot=boot.n_boot, seed=str(boot.seed)
    )


def _advice_sheet(advice: pd.DataFrame, lang: str | None) -> pd.DataFrame:
    """The brief as the owner reads it: in ``lang`` only (None: every column, both languages)."""
    if lang is None:
        return advice
    out = pd.DataFrame(
        {
            "kind": advice.kind,
            "subject": [  # her topics in words; her question for one of her questions
                named(m, lang) or _subject(s, lang)
                for s, m in zip(advice.subject, advice.messages, strict=True)
            ],
            "action": [text.say(f"a.action.{a}", lang) for a in advice.action],
            **{
                part: [said(m, part, lang) for m in advice.messages]
                for part in ("finding", "why", "todo")
            },
            # the figures behind her sentence, for checking (the test, the loading)
            "reference": [
                ". ".join([ref, said(m, "source", lang)]) if m.get("source") else ref
                for ref, m in zip(advice.reference, advice.messages, strict=True)
            ],
        }
    )
    return out


def _localized(frame: pd.DataFrame, lang: str | None) -> pd.DataFrame:
    """Headers and coded cells in ``lang`` (None: as the engine names them)."""
    if lang is None:
        return frame
    out = frame.copy()
    for column in ("severity", "kind", "level"):
        if column in out.columns:
            out[column] = [text.value_label(column, v, lang) for v in out[column]]
    for column in out.columns:
        if pd.api.types.is_bool_dtype(out[column]):
            out[column] = [text.value_label(column, bool(v), lang) for v in out[column]]
    out.columns = [text.column_label(str(c), lang) for c in out.columns]
    return out


def workbook(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    survey: Survey | None = None,
    advice: pd.DataFrame | None = None,
    extra: Mapping[str, tuple[pd.DataFrame, str]] | None = None,
    lang: str | None = None,
    hypothesis_names: Mapping[str, str] | None = None,
    hypothesis_signs: Mapping[str, int] | None = None,
) -> bytes:
    """An .xlsx with a read-me sheet and every table on its own formatted sheet.

    ``lang`` ("en" or "id") words the sheets, headers and notes for people; numbers
    are stored as numbers (the spreadsheet shows them with the reader's own decimal
    mark). Without ``lang``: English with the engine's column names, as before.
    """
    from openpyxl import Workbook

    words = lang or "en"
    tables = report_tables(
        result, boot, survey, advice, extra, lang, hypothesis_names, hypothesis_signs
    )
    wb = Workbook()
    readme = wb.active
    readme.title = text.say("sheet.readme", words)
    _write_readme(readme, result, tables, lang)
    for name, (frame, note) in tables.items():
        _write_sheet(wb.create_sheet(name[:31]), frame, note, lang)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _write_readme(ws: Any, result: PLSResult, tables: Sheets, lang: str | None) -> None:
    """The read-me sheet: what the analysis was, and what each sheet holds."""
    from openpyxl.styles import Font

    words = lang or "en"
    meta = dict(result.meta)
    converged = "yes" if meta["converged"] else "NO"
    if lang is not None:
        converged = text.value_label("converged", bool(meta["converged"]), lang)
    lines = [
        (text.say("file.title", words), ""),
        (text.say("file.version", words), __version__),
        (text.say("file.responses", words), meta["n_obs"]),
        (text.say("file.scheme", words), meta["scheme"]),
        (text.say("file.missing", words), meta["missing"]),
        (text.say("file.converged", words), converged),
        (text.say("file.iterations", words), meta["iterations"]),
        ("", ""),
        (text.say("file.sheet", words), text.say("file.holds", words)),
    ] + [(name, note) for name, (_, note) in tables.items()]
    for row in lines:
        ws.append([safe_text(v) for v in row])
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90


def _write_sheet(ws: Any, frame: pd.DataFrame, note: str, lang: str | None) -> None:
    """One table on its own sheet: the note, bold headers, numbers to three decimals."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append([safe_text(note)])
    ws["A1"].font = Font(italic=True)
    clean = safe_frame(_localized(frame, lang))
    ws.append(list(clean.columns))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F5")
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


def _cell(v: Any) -> Any:
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict | list | tuple):
        return safe_text(json.dumps(v, default=str))
    return safe_text(v)


def _palette_css() -> str:
    """The report's colours from the palette's one home (engine.outputs.charts): an
    action's border has the colour its bars have on the charts and the app's cards."""
    from engine.outputs.charts import ACTION_COLORS as A
    from engine.outputs.charts import BLUE, INK, LINE, MUTED, PALE

    return (
        f":root{{--ink:{INK};--muted:{MUTED};--line:{LINE};--blue:{BLUE};--soft:{PALE};"
        f"--act:{A['invest']};--fix:{A['fix measurement']};--keep:{A['maintain']};"
        f"--watch:{A['monitor']};--unsure:{A['no evidence']}}}"
    )


_CSS = (
    _palette_css()
    + """
*{box-sizing:border-box}
body{font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
max-width:62rem;margin:0 auto;padding:1.5rem;line-height:1.5;font-size:15px}
h1{font-size:1.9rem;margin:.2rem 0}h2{font-size:1.35rem;margin:2rem 0 .6rem;
border-bottom:2px solid var(--blue);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
.meta{color:var(--muted);margin:0 0 1rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.card{flex:1 1 12rem;border:1px solid var(--line);border-radius:10px;padding:.7rem 1rem;
background:var(--soft)}.card .k{color:var(--muted);font-size:.85rem}
.card .v{font-size:1.35rem;font-weight:600}
.advice{border:1px solid var(--line);border-left:6px solid var(--blue);border-radius:8px;
padding:.6rem 1rem;margin:.7rem 0;break-inside:avoid}
.advice .tag{font-weight:700}.advice p{margin:.3rem 0}
.a-invest{border-left-color:var(--act)}.a-maintain,.a-none{border-left-color:var(--keep)}
.a-monitor{border-left-color:var(--watch)}.a-no-evidence{border-left-color:var(--unsure)}
.a-fix-measurement,.a-collect-more{border-left-color:var(--fix)}
.help{color:var(--muted);font-size:.9rem}
figure{margin:.5rem 0 1rem;break-inside:avoid}svg{max-width:100%;height:auto}
.wide{overflow-x:auto}
table{border-collapse:collapse;margin:.4rem 0 1.2rem;font-size:.85rem;break-inside:auto}
th{background:var(--soft);text-align:left}
td,th{border:1px solid var(--line);padding:.25rem .55rem}td{white-space:nowrap}
td.n{text-align:right;
font-variant-numeric:tabular-nums}
tr{break-inside:avoid}
.appendix{break-before:page}
@page{size:A4;margin:16mm 14mm}
@media print{body{padding:0;font-size:11pt}.wide{overflow:visible}h2{break-after:avoid}
h3{break-after:avoid}}
"""
)


def _html_table(frame: pd.DataFrame, lang: str) -> str:
    """A reviewer table: headers, coded cells and numbers in ``lang``; every cell escaped."""
    esc = html.escape
    shown = _localized(frame, lang)
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    head = "".join(f"<th>{esc(str(c))}</th>" for c in shown.columns)
    rows = []
    for values in shown.itertuples(index=False):
        cells = []
        for v, is_num in zip(values, numeric, strict=True):
            if is_num:
                cells.append(f"<td class='n'>{esc(text.number(v, lang, '.3f'))}</td>")
            else:
                shown_v = text.EMPTY if v is None or (isinstance(v, float) and v != v) else v
                cells.append(f"<td>{esc(str(shown_v))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<div class='wide'><table><tr>{head}</tr>{''.join(rows)}</table></div>"


def _html_head(title: str, n: int, lang: str) -> list[str]:
    """The page's head, its title and who made it when."""
    esc = html.escape
    generated = text.say(
        "file.generated", lang, n=n, date=dt.date.today().isoformat(), version=__version__
    )
    return [
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f"<p class='meta'>{esc(generated)}</p>",
    ]


def _html_brief(advice: pd.DataFrame, n: int, lang: str) -> list[str]:
    """The owner's brief: two cards (responses, the first thing to do), then every record."""
    esc = html.escape

    def say(key: str, **params: Any) -> str:
        return esc(text.say(key, lang, **params))

    acting = advice[advice.action.isin(["fix measurement", "collect more", "invest"])]
    first = (acting if len(acting) else advice).iloc[0]  # the first thing to do
    parts = [
        "<div class='cards'>"
        f"<div class='card'><div class='v'>{esc(text.number(n, lang))}</div>"
        f"<div class='k'>{say('file.responses')}</div></div>"
        f"<div class='card'><div class='k'>{say('file.brief')}</div>"
        f"<div class='v'>{say('a.action.' + first.action)}</div>"
        f"<div class='k'>{esc(named(first.messages, lang) or _subject(first.subject, lang))}"
        "</div></div></div>",
        f"<h2>{say('file.brief')}</h2>",
    ]
    for row in advice.itertuples(index=False):
        css = "a-" + str(row.action).replace(" ", "-")
        parts.append(
            f"<div class='advice {esc(css)}'><span class='tag'>"
            f"{say('a.action.' + row.action)}</span> · "
            f"{esc(named(row.messages, lang) or _subject(row.subject, lang))}"
            f"<p>{esc(said(row.messages, 'text', lang))}</p></div>"
        )
    return parts


def _html_appendix(result: PLSResult, inference: pd.DataFrame | None, lang: str) -> list[str]:
    """The reviewer's appendix: her questions (issue 12) and the main tables."""
    esc = html.escape
    parts = [f"<section class='appendix'><h2>{esc(text.say('file.appendix', lang))}</h2>"]
    if result.spec.labels:  # issue 12: the items are her own questions
        parts.append(f"<h3>{esc(text.say('file.your_questions', lang))}</h3><ul>")
        for c in result.spec.constructs:
            for i in c.indicators:
                parts.append(f"<li>{esc(c.name)} · {esc(i)}: {esc(result.spec.label(i))}</li>")
        parts.append("</ul>")
    tables = {
        "sheet.paths": result.paths,
        "sheet.reliability": result.reliability,
        "sheet.htmt": result.htmt,
        "sheet.r_squared": result.r_squared,
        "sheet.f_squared": result.f_squared,
    }
    if inference is not None:
        tables["file.inference"] = inference
    for key, frame in tables.items():
        parts.append(f"<h3>{esc(text.say(key, lang))}</h3>")
        parts.append(_html_table(frame, lang))
    return parts


def html_report(
    result: PLSResult,
    advice: pd.DataFrame | None = None,
    boot: BootstrapResult | None = None,
    lang: str = "en",
    title: str | None = None,
    scale: tuple[float, float] | None = None,
) -> str:
    """A printable page: the owner's brief first, the reviewer's appendix after.

    Every word comes from the catalog in ``lang`` and every number follows its
    decimal mark. Charts are inline SVG: the path diagram, each outcome's drivers
    with their intervals and its importance-performance map. Styled for screen and
    for print (A4, the appendix on a new page, no box split across pages).
    """
    from engine.outputs import svg

    lang = "id" if lang == "id" else "en"

    def say(key: str, **params) -> str:
        return html.escape(text.say(key, lang, **params))

    title = title or text.say("file.report", lang)
    parts = _html_head(title, result.meta["n_obs"], lang)
    if advice is not None and len(advice):
        parts += _html_brief(advice, result.meta["n_obs"], lang)
    inference = boot.inference() if boot is not None else None
    parts.append(f"<h2>{say('file.model')}</h2><p class='help'>{say('file.model_help')}</p>")
    parts.append(f"<figure class='wide'>{svg.path_diagram(result, inference, lang)}</figure>")
    parts += _driver_charts(result, boot, lang, scale)
    parts += _html_appendix(result, inference, lang)
    parts.append("</section></body></html>")
    return "\n".join(parts)


def _driver_charts(
    result: PLSResult, boot: BootstrapResult | None, lang: str, scale: tuple[float, float] | None
) -> list[str]:
    """Each outcome's drivers and its importance-performance map, as inline SVG drawn
    from the charts the Drivers page shows (engine.outputs.charts: one definition)."""
    from engine.analytics.drivers import ipma
    from engine.analytics.story import effects
    from engine.outputs import charts

    def say(key: str, **params) -> str:
        return html.escape(text.say(key, lang, **params))

    points = ipma(result, scale=scale, boot=boot)
    parts = []
    for target in dict.fromkeys(points.target):
        words = text.lever(target, lang)
        table = effects(result, boot, target, scale=scale)
        title = text.say("file.drives", lang, target=words)
        bars = charts.for_file(charts.effects_chart(table, words, lang), 56 * len(table) + 30)
        parts.append(f"<h3>{html.escape(title)}</h3><p class='help'>{say('file.drives_help')}</p>")
        parts.append(f"<figure>{charts.to_svg(bars)}</figure>")
        mine = points[(points.target == target) & (points.level == "construct")]
        if len(mine) >= 2:
            title = text.say("file.ipma", lang, target=words)
            named = charts.ipma_chart(mine, words, lang, name=lambda c: charts.plain_name(c, lang))
            spec = charts.for_file(named, 400)  # the heading above names it
            parts.append(f"<h3>{html.escape(title)}</h3><figure>{charts.to_svg(spec)}</figure>")
    return parts


def _subject(subject: str, lang: str) -> str:
    """What an advice record is about, in words: "the survey", "engagement → co-creation"."""
    if subject == "survey":
        return text.say("file.the_survey", lang)
    path, colon, groups = str(subject).partition(": ")  # a group difference: "path: a vs b"
    if colon and " -> " in path:
        return f"{_subject(path, lang)}: {groups}"
    for arrow, shown in ((" -> ", " → "), (" <-> ", " ↔ ")):  # a path, or two look-alike topics
        parts = str(subject).split(arrow)
        if len(parts) == 2:
            return shown.join(text.lever(p, lang) for p in parts)
    return text.lever(str(subject), lang)  # a topic in words; an item or her own name as is


def save_analysis(
    upload: bytes | None,
    name: str,
    spec: ModelSpec,
    settings: Settings,
    overrides: dict | None = None,
    reversed_items: tuple = (),
    left_out: tuple = (),
) -> bytes:
    """One file with the data, the mapping, the model, the settings and the optional
    screening rules switched on (``left_out``: names from ``ScreeningRules.OPTIONAL``)."""
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
            "left_out": list(left_out),
        },
        indent=1,
    ).encode("utf-8")


def open_analysis(raw: bytes) -> dict:
    """The parts of a saved analysis: data bytes, file name, mapping, model, settings.

    Every field is checked (``engine.core.schema.analysis``) before any is returned; a
    damaged or tampered file raises a DriverLabError naming the field.
    """
    from engine.core.schema import analysis

    return analysis(raw)
