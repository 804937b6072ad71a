"""The thesis kit's Word document (issue 18): a results chapter in APA 7 style.

``word_report(result, boot, survey, lang="en")`` returns the bytes of a .docx
built with python-docx: real, editable Word tables with numbered captions (the
measurement model as the study's Tables 2-5 lay it out, the hypotheses, the
mediation analysis, explanatory and predictive power), the path diagram as a
high-resolution PNG figure, a drafted methods paragraph and results section
written from the numbers, and the references list; in English or Indonesian.

Numbers go through :mod:`engine.outputs.apa` (p < .001, no leading zero for statistics
bounded by 1, three decimals throughout, decimal comma in Indonesian).
Decisions come from :mod:`engine.outputs.thesis`: the drafted text says "supported"
only for a hypothesis whose interval excludes zero (and whose p agrees).

Every sentence and label of the document is a ``doc.*`` entry of the one
bilingual catalog (``engine.base.text``); user strings (construct and item
names) are inserted as plain text, which Word never interprets.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from engine.base import text as catalog
from engine.base import thresholds as th_
from engine.base.version import __version__
from engine.outputs import apa, thesis

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult
    from engine.intake.survey import Survey

REFERENCES = (
    "Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.). "
    "Lawrence Erlbaum.",
    "Dijkstra, T. K., & Henseler, J. (2015). Consistent partial least squares path modeling. "
    "MIS Quarterly, 39(2), 297-316. https://doi.org/10.25300/MISQ/2015/39.2.02",
    "Fornell, C., & Larcker, D. F. (1981). Evaluating structural equation models with "
    "unobservable variables and measurement error. Journal of Marketing Research, 18(1), "
    "39-50. https://doi.org/10.1177/002224378101800104",
    "Hair, J. F., Risher, J. J., Sarstedt, M., & Ringle, C. M. (2019). When to use and how to "
    "report the results of PLS-SEM. European Business Review, 31(1), 2-24. "
    "https://doi.org/10.1108/EBR-11-2018-0203",
    "Henseler, J., Ringle, C. M., & Sarstedt, M. (2015). A new criterion for assessing "
    "discriminant validity in variance-based structural equation modeling. Journal of the "
    "Academy of Marketing Science, 43(1), 115-135. https://doi.org/10.1007/s11747-014-0403-8",
    "Kock, N., & Hadaya, P. (2018). Minimum sample size estimation in PLS-SEM: The inverse "
    "square root and gamma-exponential methods. Information Systems Journal, 28(1), 227-261. "
    "https://doi.org/10.1111/isj.12131",
    "Shmueli, G., Sarstedt, M., Hair, J. F., Cheah, J.-H., Ting, H., Vaithilingam, S., & "
    "Ringle, C. M. (2019). Predictive model assessment in PLS-SEM: Guidelines for using "
    "PLSpredict. European Journal of Marketing, 53(11), 2322-2347. "
    "https://doi.org/10.1108/EJM-02-2019-0189",
    "Zhao, X., Lynch, J. G., Jr., & Chen, Q. (2010). Reconsidering Baron and Kenny: Myths and "
    "truths about mediation analysis. Journal of Consumer Research, 37(2), 197-206. "
    "https://doi.org/10.1086/651257",
)


#: Characters XML 1.0 cannot hold (a construct may be named with them); dropped from
#: everything written to the document or drawn in its figure.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Statistical symbols set in italics (APA 7, section 6.45): t, p, n, SE, R², f² as words of
#: their own; Greek letters (β, α, ρ) and abbreviations (CI, AVE, HTMT, VIF) stay upright.
_STATISTIC = re.compile(r"(?<![\w'’²-])(?:t|p|n|SE|[Rf]²)(?![\w'’])")


def add_runs(paragraph, text: str) -> list:
    """``text`` added to ``paragraph`` as runs, its statistical symbols in italics."""
    runs, at = [], 0
    for m in _STATISTIC.finditer(text):
        if m.start() > at:
            runs.append(paragraph.add_run(text[at : m.start()]))
        runs.append(paragraph.add_run(m.group()))
        runs[-1].italic = True
        at = m.end()
    if at < len(text) or not runs:
        runs.append(paragraph.add_run(text[at:]))
    return runs


def xml_text(text: object) -> str:
    """``text`` as Word can store it: characters XML cannot hold are removed."""
    return _NOT_XML.sub("", str(text))


#: Widest path-diagram PNG drawn, in pixels.
MAX_PNG_WIDTH = 4000


def diagram_png(
    result: PLSResult,
    inference: pd.DataFrame | None,
    scale: float = 4.0,
    lang: str = "en",
) -> bytes:
    """The path diagram (outputs.svg: the drawing the Structural page shows) as a
    high-resolution PNG (vl-convert's SVG renderer), its numbers written ``lang``'s way."""
    import vl_convert

    from engine.outputs.svg import path_diagram

    svg = xml_text(path_diagram(result, inference, lang))
    found = re.search(r'width="(\d+(?:\.\d+)?)"', svg)
    width = float(found.group(1)) if found else 1000.0
    # bounded work: at most 4000 pixels wide (a 40-construct model is not drawn at 4x)
    return vl_convert.svg_to_png(svg, scale=max(0.5, min(scale, MAX_PNG_WIDTH / width)))


def say(key: str, lang: str = "en", **params: object) -> str:
    """The document's string ``key`` (the catalog's ``doc.<key>``) in ``lang``."""
    return catalog.say(f"doc.{key}", lang, **params)


def _names(values, lang: str) -> str:
    values = [str(v) for v in values]
    if len(values) <= 1:
        return "".join(values)
    return ", ".join(values[:-1]) + f" {say('and', lang)} " + values[-1]


@dataclass(frozen=True)
class Thesis:
    """Everything the document prints, computed once (also what tests compare)."""

    hypotheses: pd.DataFrame
    mediation: pd.DataFrame
    inference: pd.DataFrame
    htmt: pd.DataFrame  # construct_a, construct_b, value, ci_lower, ci_upper
    prediction: tuple | None
    ci: str
    level: float
    n_boot: int


def thesis_tables(
    result: PLSResult,
    boot: BootstrapResult,
    names: Mapping[str, str] | Sequence[str] | None = None,
    ci: str = "percentile",
    level: float = 0.95,
    prediction: tuple[pd.DataFrame, str] | None = None,
    signs: Mapping[str, int] | None = None,
) -> Thesis:
    inf = boot.inference(ci=ci, level=level)
    htmt_ci = inf[inf.kind == "htmt"].set_index("name")
    htmt = result.htmt.copy()
    keys = [f"{a} <-> {b}" for a, b in zip(htmt.construct_a, htmt.construct_b, strict=True)]
    htmt["ci_lower"] = [float(htmt_ci.ci_lower.get(k, float("nan"))) for k in keys]
    htmt["ci_upper"] = [float(htmt_ci.ci_upper.get(k, float("nan"))) for k in keys]
    return Thesis(
        hypotheses=thesis.hypotheses(result, boot, names, ci, level, inference=inf, signs=signs),
        mediation=thesis.mediation(result, boot, ci, level, inference=inf),
        inference=inf,
        htmt=htmt,
        prediction=prediction,
        ci=ci,
        level=level,
        n_boot=int(boot.n_boot),
    )


# --------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------
class _Doc:
    """A python-docx document with APA 7 captions and three-rule tables."""

    def __init__(self, lang: str) -> None:
        from docx import Document
        from docx.shared import Pt

        self.lang = lang
        self.doc = Document()
        self.tables = 0
        self.figures = 0
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 2.0
        for level in (1, 2):
            h = styles[f"Heading {level}"]
            h.font.name = "Times New Roman"
            h.font.size = Pt(12)
            h.font.bold = True
            h.font.italic = False
            h.font.color.rgb = None
            h.paragraph_format.space_before = Pt(12)
            h.paragraph_format.space_after = Pt(0)
            _plain_font(h, "Times New Roman")
        self.doc.core_properties.language = "id-ID" if lang == "id" else "en-US"

    def heading(self, text: str, level: int) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p = self.doc.add_heading(xml_text(text), level)
        if level == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in p.runs:
            run.font.color.rgb = None

    def para(self, text: str) -> None:
        from docx.shared import Inches

        p = self.doc.add_paragraph()
        add_runs(p, xml_text(text))
        p.paragraph_format.first_line_indent = Inches(0.5)

    def _caption(self, word: str, number: int, title: str) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.line_spacing = 2.0
        p.add_run(f"{word} {number}").bold = True
        q = self.doc.add_paragraph()
        q.paragraph_format.keep_with_next = True
        q.add_run(xml_text(title)).italic = True

    def note(self, text: str) -> None:
        from docx.shared import Pt

        p = self.doc.add_paragraph()
        p.paragraph_format.line_spacing = 1.0
        p.paragraph_format.space_after = Pt(12)
        p.add_run(say("note", self.lang)).italic = True
        add_runs(p, " " + xml_text(text))

    def next_table(self) -> int:
        return self.tables + 1

    def table(
        self, title: str, header: list[str], rows: list[list[str]], bold=(), note: str = ""
    ) -> int:
        """A numbered APA table: rules above and below the header and at the bottom only."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        self.tables += 1
        self._caption(say("table", self.lang), self.tables, title)
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.autofit = True
        for r, values in enumerate([header, *rows]):
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.text = ""
                p = cell.paragraphs[0]
                p.paragraph_format.line_spacing = 1.0
                p.paragraph_format.first_line_indent = Pt(0)
                for run in add_runs(p, xml_text(value)):
                    run.font.size = Pt(10)
                    if (r, c) in bold:
                        run.bold = True
                if c > 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _widths(table, [header, *rows])
        _rules(table, len(rows) + 1)
        if note:
            self.note(note)
        else:
            self.doc.add_paragraph().paragraph_format.line_spacing = 1.0
        return self.tables

    def figure(self, title: str, png: bytes, note: str) -> int:
        from docx.shared import Inches

        self.figures += 1
        self._caption(say("figure", self.lang), self.figures, title)
        self.doc.add_picture(io.BytesIO(png), width=Inches(6.0))
        self.note(note)
        return self.figures

    def references(self, entries) -> None:
        from docx.shared import Inches

        self.heading(say("h_references", self.lang), 1)
        for entry in sorted(entries):
            p = self.doc.add_paragraph(entry)
            p.paragraph_format.left_indent = Inches(0.5)
            p.paragraph_format.first_line_indent = Inches(-0.5)

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _plain_font(style, name: str) -> None:
    """The style's font for every script, not the theme's (Word headings default to it)."""
    from docx.oxml.ns import qn

    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), name)
    for attr in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)


def _widths(table, cells: list[list[str]], total: float = 6.5, per_char: float = 0.075) -> None:
    """Columns fitted to their entries (10 pt): no number or word is ever broken; text
    columns wrap at spaces when the table would be wider than the page."""
    from docx.shared import Inches

    cols = range(len(cells[0]))
    need = [
        2 + max(max((len(w) for w in str(row[c]).split()), default=1) for row in cells)
        for c in cols
    ]
    pref = [
        max(n, 2 + min(28, max(len(str(row[c])) for row in cells)))
        for c, n in zip(cols, need, strict=True)
    ]
    if sum(pref) * per_char <= total:
        width = [p * total / sum(pref) for p in pref]
    else:
        spare = max(0.0, total - sum(need) * per_char)
        extra = [p - n for p, n in zip(pref, need, strict=True)]
        width = [
            n * per_char + (spare * e / sum(extra) if sum(extra) else 0.0)
            for n, e in zip(need, extra, strict=True)
        ]
    table.autofit = False
    for c, w in enumerate(width):
        table.columns[c].width = Inches(w)  # the grid (LibreOffice reads this)
        for cell in table.columns[c].cells:
            cell.width = Inches(w)


def _rules(table, n_rows: int) -> None:
    """APA: a rule above the header, one below it and one below the last row; nothing else."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def border(cell, side: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        borders = tc_pr.find(qn("w:tcBorders"))
        if borders is None:
            borders = OxmlElement("w:tcBorders")
            tc_pr.append(borders)
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "000000")
        borders.append(el)

    for cell in table.rows[0].cells:
        border(cell, "top")
        border(cell, "bottom")
    for cell in table.rows[n_rows - 1].cells:
        border(cell, "bottom")


# --------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------
def word_report(
    result: PLSResult,
    boot: BootstrapResult,
    survey: Survey | None = None,
    lang: str = "en",
    names: Mapping[str, str] | Sequence[str] | None = None,
    ci: str = "percentile",
    level: float = 0.95,
    prediction: tuple[pd.DataFrame, str] | None = None,
    signs: Mapping[str, int] | None = None,
) -> bytes:
    """The results chapter as .docx bytes (see the module docstring).

    ``boot`` is required (hypotheses need intervals); ``prediction`` is
    ``pls_predict``'s (table, verdict), computed here when not given; ``names``
    overrides the hypothesis labels (see :func:`engine.outputs.thesis.hypothesis_labels`);
    ``signs`` the direction each hypothesis states (see :func:`engine.outputs.thesis.
    hypotheses`; positive unless given).
    """
    if prediction is None:
        from engine.analytics.predict import pls_predict

        prediction = pls_predict(result)
    th = thesis_tables(result, boot, names, ci, level, prediction, signs)
    doc = _Doc(lang)
    d = doc.doc
    d.core_properties.title = say("title", lang)
    d.core_properties.author = ""
    doc.heading(say("title", lang), 1)
    p = d.add_paragraph()
    p.add_run(say("draft_note", lang, version=__version__, n=result.meta["n_obs"])).italic = True
    _methods(doc, result, boot, survey, th)
    _measurement(doc, result, th)
    _structural(doc, result, th)
    _mediation(doc, th)
    _power(doc, result, th)
    doc.references(REFERENCES)
    return doc.bytes()


def _fmt(lang):
    def n(value, bounded=False):
        return apa.num(value, lang=lang, bounded=bounded)

    return n


def _methods(
    doc: _Doc, result: PLSResult, boot: BootstrapResult, survey: Survey | None, th: Thesis
) -> None:
    lang = doc.lang
    doc.heading(say("h_method", lang), 1)
    profile = survey.profile_table() if survey is not None else None
    has_profile = profile is not None and len(profile) > 0
    sentences = [_sample_sentence(result, survey, lang)]
    if has_profile:
        sentences.append(say("m_profile", lang, table=doc.next_table()))
    sentences += _size_sentence(result, lang)
    sentences.append(_estimation_sentence(result.meta, lang))
    sentences.append(_bootstrap_sentence(boot, th, lang))
    doc.para(" ".join(sentences))
    if profile is not None and has_profile:
        _profile_table(doc, profile)
    doc.para(say("m_criteria", lang))


def _sample_sentence(result: PLSResult, survey: Survey | None, lang: str) -> str:
    """How many responses were collected, set aside (and why) and analysed."""
    meta = result.meta
    n = meta["n_obs"]
    if survey is not None and survey.screening.collected > survey.screening.valid:
        sc = survey.screening
        reasons = ", ".join(
            f"{count} {catalog.reason(reason, lang)}" for reason, count in sc.by_reason().items()
        )
        excluded = sc.collected - sc.valid
        return say(
            "m_sample", lang, collected=sc.collected, excluded=excluded, reasons=reasons, n=n
        )
    if meta.get("n_dropped"):
        return say(
            "m_sample",
            lang,
            collected=meta["n_input"],
            excluded=meta["n_dropped"],
            reasons=catalog.say("doc.missing.listwise", lang),
            n=n,
        )
    return say("m_sample_all", lang, n=n)


def _size_sentence(result: PLSResult, lang: str) -> list[str]:
    """The inverse square root method's minimum sample, when a path sets it."""
    from engine.analytics.drivers import sample_size

    size = sample_size(result)
    if not size.get("path"):
        return []
    n = result.meta["n_obs"]
    return [
        say(
            "m_size",
            lang,
            path=str(size["path"]).replace(" -> ", " → "),
            beta="β = " + apa.num(size["beta_min"], lang=lang),
            minimum=size["minimum_n"],
            n=n,
            verdict=say("m_size_ok" if size["minimum_n"] <= n else "m_size_short", lang),
        )
    ]


def _estimation_sentence(meta: Mapping[str, Any], lang: str) -> str:
    return say(
        "m_pls",
        lang,
        version=__version__,
        scheme=catalog.say(f"doc.scheme.{meta['scheme']}", lang),
        plsc=say("plsc", lang) if meta.get("plsc") else "",
        converged=say("converged" if meta["converged"] else "not_converged", lang),
        iterations=meta["iterations"],
        missing=catalog.say(f"doc.missing.{meta['missing']}", lang),
    )


def _bootstrap_sentence(boot: BootstrapResult, th: Thesis, lang: str) -> str:
    return say(
        "m_boot",
        lang,
        n_boot=apa.integer(boot.n_boot, lang),
        seed=boot.seed,
        failed=boot.n_failed,
        method=_ci_method(th, lang),
        level=_level(th, lang),
        alpha=apa.num(1 - th.level, 2, lang, bounded=True),
    )


def _profile_table(doc: _Doc, profile: pd.DataFrame) -> None:
    """The study's Table 1: each profile question's answers, with counts and percentages."""
    lang = doc.lang
    rows = []
    for question, sub in profile.groupby("question", sort=False):
        total = int(sub["count"].sum()) or 1
        key = f"doc.q.{question}"
        label = catalog.say(key, lang) if key in catalog.CATALOG else str(question)
        for j, (answer, count) in enumerate(zip(sub.answer, sub["count"], strict=True)):
            rows.append(
                [
                    label if j == 0 else "",
                    catalog.answer_label(str(question), answer, lang),
                    apa.integer(count, lang),
                    apa.num(100 * count / total, 1, lang),
                ]
            )
    doc.table(
        say("t_profile", lang),
        [say("c_characteristic", lang), say("c_category", lang), "n", "%"],
        rows,
    )


def _level(th: Thesis, lang: str) -> str:
    """The confidence level in percent ("95", "97,5" in Indonesian)."""
    return catalog.number(th.level * 100, lang, "g")


def _ci_method(th: Thesis, lang: str) -> str:
    """The interval's method in words ("percentile", "BCa")."""
    return catalog.say(f"doc.ci.{th.ci}", lang)


@dataclass(frozen=True)
class _Numbers:
    """How the measurement section prints numbers: APA style in ``lang``; statistics bounded
    by 1 without a leading zero, except under PLSc (consistent loadings can exceed 1)."""

    lang: str
    plsc: bool

    def __call__(self, value: float, bounded: bool = False) -> str:
        return apa.num(value, lang=self.lang, bounded=bounded)

    def loading(self, value: float) -> str:
        return self(value, bounded=not self.plsc)


def _measurement(doc: _Doc, result: PLSResult, th: Thesis) -> None:
    n = _Numbers(doc.lang, bool(result.meta.get("plsc")))
    doc.heading(say("h_measurement", doc.lang), 2)
    t_load = doc.next_table()
    # drafted text first (it cites the tables that follow: loadings, F-L, HTMT, cross, VIF)
    doc.para(
        " ".join(
            [
                _loadings_sentence(result.outer, n),
                _reliability_sentence(result.reliability, n, t_load),
                _fornell_larcker_sentence(result.fornell_larcker, n.lang, t_load + 1),
                *_htmt_sentence(th.htmt, n, t_load + 2),
                _cross_loadings_sentence(result, n.lang, t_load + 3),
                _vif_sentence(result, n, t_load + 4),
            ]
        )
    )
    _loadings_table(doc, result, n)
    _fornell_larcker_table(doc, result, n)
    _htmt_table(doc, th, n)
    _cross_loadings_table(doc, result, n)
    _vif_table(doc, result, n)


def _loadings_sentence(outer: pd.DataFrame, n: _Numbers) -> str:
    load = outer.loading.to_numpy()
    low = outer[outer.loading < th_.LOADING_MIN]
    lo, hi = n.loading(load.min()), n.loading(load.max())
    if len(low):
        return say("r_loadings_some", n.lang, lo=lo, hi=hi, low=_names(low.indicator, n.lang))
    return say("r_loadings_all", n.lang, k=len(load), lo=lo, hi=hi)


def _reliability_sentence(reliability: pd.DataFrame, n: _Numbers, table: int) -> str:
    lang, rel = n.lang, reliability.set_index("construct")
    low, high = th_.RELIABILITY_MIN, th_.RELIABILITY_MAX
    bad_rel = [
        c
        for c, r in rel.iterrows()
        if any(not low <= v <= high for v in (r.alpha, r.rho_a, r.rho_c))
    ]
    bad_ave = [c for c, r in rel.iterrows() if r.ave < th_.AVE_MIN]
    return say(
        "r_reliability",
        lang,
        a_lo=n(rel.alpha.min(), True),
        a_hi=n(rel.alpha.max(), True),
        ra_lo=n(rel.rho_a.min()),
        ra_hi=n(rel.rho_a.max()),
        rc_lo=n.loading(rel.rho_c.min()),
        rc_hi=n.loading(rel.rho_c.max()),
        ave_lo=n.loading(rel.ave.min()),
        ave_hi=n.loading(rel.ave.max()),
        rel_verdict=say(
            "rel_bad" if bad_rel else "rel_ok", lang, names=_names(bad_rel, lang), table=table
        ),
        ave_verdict=say("ave_bad" if bad_ave else "ave_ok", lang, names=_names(bad_ave, lang)),
    )


def _fornell_larcker_sentence(fl: pd.DataFrame, lang: str, table: int) -> str:
    diag = {a: v for a, b, v in fl.itertuples(index=False) if a == b}
    fl_bad = sorted(
        {
            x
            for a, b, v in fl.itertuples(index=False)
            if a != b
            for x in (a, b)
            if abs(v) >= diag.get(x, float("inf"))
        }
    )
    return say("r_fl_bad" if fl_bad else "r_fl_ok", lang, names=_names(fl_bad, lang), table=table)


def _htmt_sentence(h: pd.DataFrame, n: _Numbers, table: int) -> list[str]:
    """No sentence without pairs; else the highest HTMT against 0.85, or its interval."""
    if not len(h):
        return []
    lang = n.lang
    top = h.loc[h.value.idxmax()]
    pair = f"{top.construct_a}-{top.construct_b}"
    over = int((h.value >= th_.HTMT_STRICT).sum())
    if over:
        return [
            say(
                "r_htmt_bad",
                lang,
                hi=n(top.value),
                pair=pair,
                count=over,
                total=len(h),
                table=table,
            )
        ]
    upper = float(h.ci_upper.max())
    bound = next((b for b in (th_.HTMT_STRICT, th_.HTMT_LIBERAL, th_.HTMT_MAX) if upper < b), None)
    if bound is None:  # an interval reaches 1: discriminant validity is not shown
        return [say("r_htmt_ci_high", lang, hi=n(top.value), ci=n(upper), table=table)]
    return [
        say(
            "r_htmt_ok",
            lang,
            hi=n(top.value),
            pair=pair,
            bound=apa.num(bound, 2, lang),
            table=table,
        )
    ]


def _own_construct(result: PLSResult) -> dict[str, str]:
    return dict(zip(result.outer.indicator, result.outer.construct, strict=True))


def _cross_loadings_sentence(result: PLSResult, lang: str, table: int) -> str:
    own = _own_construct(result)
    wrong = [
        item
        for item, sub in result.cross_loadings.groupby("indicator", sort=False)
        if sub.loc[sub.value.abs().idxmax()].construct != own.get(item)
    ]
    key = "r_crossloadings_bad" if wrong else "r_crossloadings"
    return say(key, lang, table=table, names=_names(wrong, lang))


def _vif_sentence(result: PLSResult, n: _Numbers, table: int) -> str:
    lang = n.lang
    vo, vi = result.vif_outer, result.vif_inner
    # indicator VIF is judged for formative (mode B) blocks only (Hair et al. 2019; issue 20)
    formative = {c.name for c in result.spec.constructs if c.mode == "B"}
    high = list(vo[(vo.vif >= th_.VIF_IDEAL) & vo.construct.isin(formative)].indicator) + [
        f"{s} → {t}" for s, t, v in vi.itertuples(index=False) if v >= th_.VIF_IDEAL
    ]
    return say(
        "r_vif",
        lang,
        lo=n(vo.vif.min()),
        hi=n(vo.vif.max()),
        ilo=n(vi.vif.min()) if len(vi) else apa.DASH,
        ihi=n(vi.vif.max()) if len(vi) else apa.DASH,
        table=table,
        verdict=say("vif_bad" if high else "vif_ok", lang, names=_names(high, lang)),
    )


def _loadings_table(doc: _Doc, result: PLSResult, n: _Numbers) -> None:
    """Loadings, α, ρA, ρC and AVE; a construct's values on its first item's row."""
    lang = n.lang
    rel = result.reliability.set_index("construct")
    rows, first = [], set()
    for row in result.outer.itertuples(index=False):
        r = rel.loc[row.construct]
        lead = row.construct not in first
        first.add(row.construct)
        rows.append(
            [
                row.construct if lead else "",
                row.indicator,
                n.loading(row.loading),
                *(
                    [n(r.alpha, bounded=True), n(r.rho_a), n.loading(r.rho_c), n.loading(r.ave)]
                    if lead
                    else ["", "", "", ""]
                ),
            ]
        )
    header = [say("c_construct", lang), say("c_item", lang), say("c_loading", lang)]
    header += ["α", "ρA", "ρC", "AVE"]
    doc.table(say("t_loadings", lang), header, rows, note=say("n_loadings", lang))


def _fornell_larcker_table(doc: _Doc, result: PLSResult, n: _Numbers) -> None:
    """Lower triangle, the diagonal (sqrt(AVE)) in bold."""
    names = list(result.layout.names)
    value = {(a, b): v for a, b, v in result.fornell_larcker.itertuples(index=False)}
    fl_rows, bold = [], set()
    for i, a in enumerate(names):
        cells = [a]
        for j, b in enumerate(names):
            v = value.get((a, b), value.get((b, a))) if j <= i else None
            cells.append("" if v is None else n.loading(v))
            if i == j:
                bold.add((i + 1, j + 1))
        fl_rows.append(cells)
    doc.table(say("t_fl", n.lang), ["", *names], fl_rows, bold=bold, note=say("n_fl", n.lang))


def _htmt_table(doc: _Doc, th: Thesis, n: _Numbers) -> None:
    """Each pair's HTMT with its bootstrap interval."""
    lang = n.lang
    level = _level(th, lang)
    h_rows = [
        [f"{a} ↔ {b}", n(v), apa.interval(lo, hi, lang=lang)]
        for a, b, v, lo, hi in th.htmt[
            ["construct_a", "construct_b", "value", "ci_lower", "ci_upper"]
        ].itertuples(index=False)
    ]
    doc.table(
        say("t_htmt", lang),
        [say("c_pair", lang), "HTMT", say("c_ci", lang, level=level)],
        h_rows,
        note=say(
            "n_htmt",
            lang,
            method=_ci_method(th, lang),
            level=level,
            n_boot=apa.integer(th.n_boot, lang),
        ),
    )


def _cross_loadings_table(doc: _Doc, result: PLSResult, n: _Numbers) -> None:
    """Items by constructs, each item's own construct in bold."""
    names = list(result.layout.names)
    own = _own_construct(result)
    wide = result.cross_loadings.pivot(index="indicator", columns="construct", values="value")
    c_rows, c_bold = [], set()
    for r, item in enumerate(result.outer.indicator, start=1):
        cells = [item]
        for c, name in enumerate(names, start=1):
            cells.append(n(wide.loc[item, name], bounded=True))
            if own[item] == name:
                c_bold.add((r, c))
        c_rows.append(cells)
    doc.table(
        say("t_cross", n.lang),
        [say("c_item", n.lang), *names],
        c_rows,
        bold=c_bold,
        note=say("n_cross", n.lang),
    )


def _vif_table(doc: _Doc, result: PLSResult, n: _Numbers) -> None:
    """VIF of the indicators, then of the structural model."""
    lang = n.lang
    v_rows = [
        [say("outer", lang), f"{r.construct}: {r.indicator}", n(r.vif)]
        for r in result.vif_outer.itertuples(index=False)
    ]
    v_rows += [
        [say("inner", lang), f"{r.source} → {r.target}", n(r.vif)]
        for r in result.vif_inner.itertuples(index=False)
    ]
    doc.table(
        say("t_vif", lang),
        [say("c_kind", lang), say("c_predictor", lang), say("c_vif", lang)],
        v_rows,
    )


def _structural(doc: _Doc, result: PLSResult, th: Thesis) -> None:
    from engine.outputs.svg import stars

    lang = doc.lang
    n = _fmt(lang)
    level = _level(th, lang)
    doc.heading(say("h_structural", lang), 2)
    hyp = th.hypotheses
    t_hyp = doc.next_table()
    text = [say("r_hyp_intro", lang, table=t_hyp, figure=doc.figures + 1)]
    text += [hypothesis_sentence(row, lang, th) for row in hyp.itertuples(index=False)]
    doc.para(" ".join(text))
    rows = [
        [
            row.hypothesis,
            f"{row.source} → {row.target}",
            n(row.beta) + stars(row.p),
            n(row.se),
            n(row.t),
            apa.p_value(row.p, lang),
            apa.interval(row.ci_lower, row.ci_upper, lang=lang),
            n(row.f2),
            say("supported" if row.supported else "not_supported", lang),
        ]
        for row in hyp.itertuples(index=False)
    ]
    header = [
        say("c_hyp", lang),
        say("c_path", lang),
        "β",
        "SE",
        "t",
        "p",
        say("c_ci", lang, level=level),
        "f²",
        say("c_decision", lang),
    ]
    doc.table(
        say("t_hyp", lang),
        header,
        rows,
        note=say(
            "n_hyp", lang, method=_ci_method(th, lang), alpha=apa.num(1 - th.level, 2, lang, True)
        ),
    )
    png = diagram_png(result, th.inference, lang=lang)
    doc.figure(say("f_model", lang), png, say("n_figure", lang))


def hypothesis_sentence(row, lang: str, th: Thesis) -> str:
    """One sentence per hypothesis: 'supported' only when the interval excludes zero, p agreeing."""
    n = _fmt(lang)
    params = {
        "h": row.hypothesis,
        "source": row.source,
        "target": row.target,
        "beta": n(row.beta),
        "t": n(row.t),
        "p": apa.p_text(row.p, lang),
        "level": _level(th, lang),
        "ci": apa.interval(row.ci_lower, row.ci_upper, lang=lang),
        "f2": n(row.f2),
        # the direction the hypothesis states, not the estimate's
        "direction": say("positive" if row.expected > 0 else "negative", lang),
        "found": say("positive" if row.beta > 0 else "negative", lang),
    }
    if row.supported:
        return say("r_hyp_supported", lang, **params)
    if not row.excludes_zero:
        return say("r_hyp_spans", lang, **params)
    if row.agree and not row.direction_ok:  # clear, but the other way
        return say("r_hyp_opposite", lang, **params)
    return say("r_hyp_disagree", lang, **params)


def _mediation(doc: _Doc, th: Thesis) -> None:
    lang = doc.lang
    doc.heading(say("h_mediation", lang), 2)
    med = th.mediation
    if not len(med):
        doc.para(say("r_med_none", lang))
        return
    text = [say("r_med_intro", lang, table=doc.next_table())]
    for row in med.itertuples(index=False):
        text += _mediation_sentences(row, th, lang)
    doc.para(" ".join(text))
    _mediation_table(doc, th)


def _mediation_sentences(row: Any, th: Thesis, lang: str) -> list[str]:
    """An indirect effect: significant or not, p disagreeing, and the direct path."""
    n = _fmt(lang)
    common = {
        "source": row.source,
        "target": row.target,
        "via": _names(row.chain.split(" -> ")[1:-1], lang),
        "beta": n(row.indirect),
        "level": _level(th, lang),
        "ci": apa.interval(row.ci_lower, row.ci_upper, lang=lang),
        "type": catalog.say(f"doc.type.{row.type}", lang),
        "mediation": catalog.say(f"doc.med.{row.mediation}", lang),
    }
    out = [say("r_med_sig" if row.indirect_sig else "r_med_ns", lang, **common)]
    if not row.agree:
        out.append(say("r_med_disagree", lang, p=apa.p_text(row.p, lang)))
    if not row.direct_in_model:
        return [*out, say("r_med_nodirect", lang, **common)]
    direct = say(
        "r_med_direct",
        lang,
        direct_state=say("significant" if row.direct_sig else "not_significant", lang),
        direct=n(row.direct),
        dci=apa.interval(row.direct_ci_lower, row.direct_ci_upper, lang=lang),
        **common,
    )
    return [*out, direct]


def _mediation_table(doc: _Doc, th: Thesis) -> None:
    lang = doc.lang
    n = _fmt(lang)
    rows = []
    for row in th.mediation.itertuples(index=False):
        direct = (
            n(row.direct) + " " + apa.interval(row.direct_ci_lower, row.direct_ci_upper, lang=lang)
            if row.direct_in_model
            else say("not_in_model", lang)
        )
        rows.append(
            [
                row.chain.replace(" -> ", " → "),
                n(row.indirect),
                n(row.se),
                n(row.t),
                apa.p_value(row.p, lang),
                apa.interval(row.ci_lower, row.ci_upper, lang=lang),
                direct,
                catalog.say(f"doc.type.{row.type}", lang),
            ]
        )
    header = [
        say("c_indirect", lang),
        "β",
        "SE",
        "t",
        "p",
        say("c_ci", lang, level=_level(th, lang)),
        say("c_direct", lang),
        say("c_type", lang),
    ]
    doc.table(say("t_med", lang), header, rows, note=say("n_med", lang))


def _strength(r2: float) -> str:
    if r2 >= th_.R2_SUBSTANTIAL:
        return "substantial"
    if r2 >= th_.R2_MODERATE:
        return "moderate"
    if r2 >= th_.R2_WEAK:
        return "weak"
    return "below_weak"


def _power(doc: _Doc, result: PLSResult, th: Thesis) -> None:
    lang = doc.lang
    n = _fmt(lang)
    doc.heading(say("h_power", lang), 2)
    r2 = result.r_squared
    t_r2 = doc.next_table()
    text = [say("r_r2_intro", lang, table=t_r2)]
    text += [
        say(
            "r_r2",
            lang,
            target=row.construct,
            r2=n(row.r2, True),
            r2_adj=n(row.r2_adj, True),
            strength=catalog.say(f"doc.strength.{_strength(row.r2)}", lang),
        )
        for row in r2.itertuples(index=False)
    ]
    assert th.prediction is not None  # word_report always computes it
    table, verdict = th.prediction
    has_predict = bool(len(table) and table.q2_predict.notna().all())
    if has_predict:
        text.append(_predict_sentence(result, table, verdict, lang, t_r2 + 1))
    else:
        text.append(say("r_predict_none", lang))
    doc.para(" ".join(text))
    doc.table(
        say("t_r2", lang),
        [say("c_outcome", lang), "R²", say("c_r2_adj", lang)],
        [
            [row.construct, n(row.r2, True), n(row.r2_adj, True)]
            for row in r2.itertuples(index=False)
        ],
    )
    if has_predict:
        _predict_table(doc, table)


def _predict_sentence(
    result: PLSResult, table: pd.DataFrame, verdict: str, lang: str, number: int
) -> str:
    """PLSpredict in words: Q²predict above 0, against the linear benchmark, the verdict."""
    n = _fmt(lang)
    targets = sorted({i for i in table.indicator})
    owners = [c for c in result.layout.names if any(i in targets for i in _items(result, c))]
    key = f"doc.verdict.{verdict}"
    return say(
        "r_predict",
        lang,
        positive=int((table.q2_predict > 0).sum()),
        k=len(table),
        targets=_names(owners, lang),
        lo=n(table.q2_predict.min(), True),
        hi=n(table.q2_predict.max(), True),
        ahead=int(table.pls_ahead.sum()),
        verdict=catalog.say(key, lang) if key in catalog.CATALOG else verdict,
        table=number,
    )


def _predict_table(doc: _Doc, table: pd.DataFrame) -> None:
    lang = doc.lang
    n = _fmt(lang)
    doc.table(
        say("t_predict", lang),
        [say("c_indicator", lang), "Q²predict", "RMSE PLS", "RMSE LM", "MAE PLS", "MAE LM"],
        [
            [
                row.indicator,
                n(row.q2_predict, True),
                n(row.rmse_pls),
                n(row.rmse_lm),
                n(row.mae_pls),
                n(row.mae_lm),
            ]
            for row in table.itertuples(index=False)
        ],
        note=say("n_predict", lang),
    )


def _items(result: PLSResult, construct: str) -> tuple[str, ...]:
    return result.spec.construct(construct).indicators
