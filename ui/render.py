"""Rendering helpers shared by the pages."""

from __future__ import annotations

import copy
import functools
import re
import threading
from collections import OrderedDict
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from engine import DriverLabError
from engine.base import text
from engine.core.notes import note_text

from .i18n import answer_label, column_label, field_label, language, speaking, t

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult


SEVERITY_ICON = {
    "critical": ":material/error:",
    "warning": ":material/warning:",
    "info": ":material/info:",
}


_MARKDOWN = re.compile(r"([\\`*_\[\]$<>~|])")
#: Where Streamlit's Markdown would turn bare text into a link (checked in Chromium:
#: backslash escapes and entities do not stop it; a word joiner does).
_AUTOLINK = re.compile(r"(?i)(://|\bwww\.|@)")
_JOINER = "\u2060"  # WORD JOINER: invisible, and no line break either


def plain(text: str) -> str:
    """Text shown through Markdown as typed: a column named '[win](http://x)' or
    '**x**' in a message must not become a link or bold, nor '$..$' a formula.

    The one function for every string that came from a user (issue 14). Markdown
    characters are backslash-escaped; a bare address ('http://…', 'www.…', 'a@b.c')
    gets an invisible word joiner (':⁠//', 'www⁠.', '⁠@') so that Streamlit's
    autolinking does not make it a link."""
    escaped = _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))
    return _AUTOLINK.sub(lambda m: _joined(m.group(1)), escaped)


def _joined(found: str) -> str:
    if found == "@":
        return _JOINER + "@"
    if found == "://":
        return ":" + _JOINER + "//"
    return found[:-1] + _JOINER + "."  # www.


def error(exc: DriverLabError) -> None:
    """Show a user-fixable problem in plain words, in the user's language (no traceback)."""
    message, hint = exc.text(language())
    body = f"**{plain(message)}**" + (f"\n\n{plain(hint)}" if hint else "")
    st.error(body, icon=":material/report:")


def show_error(exc: DriverLabError) -> None:
    """Show a user-fixable problem and stop the page."""
    error(exc)
    st.stop()


def table(frame: pd.DataFrame, decimals: int = 3, **column_labels: str) -> None:
    """A read-only table rounded for display only (the engine keeps full precision).

    Drawn once per content: the table as Streamlit sends it (its Arrow bytes, formats and
    column settings) is kept under a digest of the frame's whole content, the labels, the
    decimals and the language, and a revisit, or another session showing the same table,
    replays it (``st.cache_data``'s element replay) instead of formatting it again
    (pandas' Styler: 10-25 ms a table). See :func:`_draw_table` for what is drawn.
    """
    from . import cache

    if frame.size > TABLE_CELLS:  # a long table (her answers' issues): drawn, not kept
        _draw_table(frame, decimals, **column_labels)
        return
    labels = tuple(sorted(column_labels.items()))
    key = cache.digest(frame, decimals, labels, language())
    _drawn_table(key, frame, decimals, labels)


#: Tables kept drawn (the table's Arrow bytes and its settings), each at most
#: ``TABLE_CELLS`` cells: a few KB each, ~50 MB at the very most in all.
TABLE_ENTRIES = 256
TABLE_CELLS = 5_000


@st.cache_data(max_entries=TABLE_ENTRIES, show_spinner=False)
def _drawn_table(key: str, _frame: pd.DataFrame, decimals: int, labels: tuple) -> None:
    """:func:`_draw_table`, replayed from the cache for the same ``key`` (the digest of the
    frame's whole content, ``decimals``, ``labels`` and the language): the frame itself is
    not hashed by Streamlit (it would hash only a sample of a large one)."""
    _draw_table(_frame, decimals, **dict(labels))


def _unique(headers: list) -> list[str]:
    """Headers as shown, each once: two columns worded alike (a code column and her question
    both "Pertanyaan", or two of her own columns named the same) break the table's Styler
    and the page with it; the second becomes "Pertanyaan (2)"."""
    out: list[str] = []
    for header in map(str, headers):
        name, k = header, 2
        while name in out:
            name, k = f"{header} ({k})", k + 1
        out.append(name)
    return out


def _draw_table(frame: pd.DataFrame, decimals: int = 3, **column_labels: str) -> None:
    """Draw a read-only table rounded for display only.

    Headers are translated (``column_labels`` first, then the shared catalog), and
    so are the profile questions and answers of a respondent table. Numbers follow
    the one rule of ``engine.base.text.number`` (decimal comma in Indonesian), through a
    pandas Styler, so columns stay numeric (sortable, right-aligned); empty cells
    read "—". The leading label columns are pinned, so on a phone the row's name
    stays in view while the numbers scroll sideways.
    """
    lang = language()
    frame = localized_values(frame)
    shown = frame.rename(columns=lambda c: column_labels.get(c) or column_label(str(c)))
    shown.columns = _unique(list(shown.columns))
    config: dict = {}
    leading = True
    floats = []
    for c in shown.columns:
        numeric = pd.api.types.is_numeric_dtype(shown[c]) and not pd.api.types.is_bool_dtype(
            shown[c]
        )
        if numeric:
            leading = False
        if pd.api.types.is_float_dtype(shown[c]) and shown[c].notna().all():
            floats.append(c)
        elif shown[c].isna().any():
            # a gap would read "None": such a column is shown as text, "—" in the gaps
            cells = list(shown[c])
            right = numeric or any(_is_number(v) for v in cells)
            shown[c] = [_cell(v, lang, decimals) for v in cells]
            config[c] = st.column_config.TextColumn(alignment="right" if right else None)
        elif leading and shown.shape[1] > 4:
            config[c] = st.column_config.Column(pinned=True)
    styled = shown.style.format(
        lambda v: text.number(v, lang, f".{decimals}f"), subset=floats, na_rep=text.EMPTY
    )
    st.dataframe(styled, hide_index=True, column_config=config, width="stretch")


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _cell(v: object, lang: str, decimals: int) -> str:
    """One cell as text: numbers by the one rule, gaps as "—"."""
    if v is None or (isinstance(v, float) and v != v):
        return text.EMPTY
    if _is_number(v):
        return text.number(v, lang, f".{decimals}f" if isinstance(v, float) else "")
    return str(v)


def localized_values(frame: pd.DataFrame) -> pd.DataFrame:
    """Survey words in the user's language: profile questions and answers ("gender",
    "Male" -> "Jenis kelamin", "Laki-laki"), statistics' names ("rho_C" -> "ρC") and
    coded cells (severity, kind); everything else as it is."""
    lang = language()
    if {"question", "answer"} <= set(frame.columns):
        answers = [answer_label(q, a) for q, a in zip(frame.question, frame.answer, strict=True)]
        frame = frame.assign(question=frame.question.map(field_label), answer=answers)
    if {"statistic", "subject"} <= set(frame.columns):  # the replication's Table 1 and others
        fields = [str(s).removesuffix(" (%)") for s in frame.statistic]
        frame = frame.assign(
            subject=[answer_label(f, v) for f, v in zip(fields, frame.subject, strict=True)],
            statistic=[_statistic(s, lang) for s in frame.statistic],
        )
    for column in ("severity", "kind", "level"):
        if column in frame.columns and not pd.api.types.is_numeric_dtype(frame[column]):
            frame = frame.assign(
                **{column: [text.value_label(column, v, lang) for v in frame[column]]}
            )
    return frame


def _statistic(name: str, lang: str) -> str:
    field, percent = name.removesuffix(" (%)"), name.endswith(" (%)")
    if f"field.{field}" in text.CATALOG:
        return text.field_label(field, lang) + (" (%)" if percent else "")
    return text.value_label("statistic", name, lang)


@contextmanager
def folded(label: str, key: str, **kwargs):
    """An expander whose content is built only while it is open: ``with folded(...) as open:``
    then draw inside ``if open:``. Opening it reruns the page, which then draws the content
    (a table or chart nobody unfolds costs nothing on each visit)."""
    box = st.expander(label, key=key, on_change="rerun", **kwargs)
    with box:
        yield bool(box.open)


def download(label: str, data, file_name: str, mime: str, where=st, **kwargs) -> None:
    """A download button that does not rerun the page when pressed.

    ``data`` may be a callable, built only when the button is pressed. With the
    default rerun-on-click, that rerun could drop the freshly built file before
    the browser fetched it (seen in the browser tests), so clicks never rerun.
    """
    if callable(data):  # built after this run, without the session's state: keep its language
        data = functools.partial(_in_language, data, language())
    where.download_button(label, data, file_name=file_name, mime=mime, on_click="ignore", **kwargs)


def _in_language(build, lang: str):
    """``build()`` with :func:`language` answering ``lang`` (the run that drew the button)."""
    with speaking(lang):
        return build()


def chart(figure, name: str, height: int, title: str | None = None, key: tuple = ()) -> None:
    """An Altair chart, with PNG and SVG downloads of the same chart.

    ``figure``: the chart, or a function that builds it; with ``key`` (what it is drawn
    from: a table, then any other parameters) it is built once per content and language
    and its Vega-Lite spec kept (:func:`altair`), so revisits skip Altair's building and
    validation. The files are drawn only when a button is pressed (vl-convert, Vega's
    own renderer, on the server), so the page does not wait for them; their spec too
    is built then. The exported chart carries its title (``title``, else the file's
    name), since the heading above it on the page does not travel with the file
    (issue 18).
    """
    from engine.outputs import charts

    def build():
        return charts.localized(figure() if callable(figure) else figure, language())

    altair(build, key=(*key, "chart", height) if key else (), height=height)
    left, right = st.columns(2)

    def png() -> bytes:
        return charts.to_png(charts.for_file(build(), height, title or name))

    def svg() -> str:
        return charts.to_svg(charts.for_file(build(), height, title or name))

    download(t("chart.png"), png, f"{name}.png", "image/png", left, icon=":material/image:")
    download(t("chart.svg"), svg, f"{name}.svg", "image/svg+xml", right, icon=":material/draw:")


_SPECS: OrderedDict[str, dict] = OrderedDict()
_SPECS_LOCK = threading.Lock()
#: Chart specs kept (a few KB each: the chart's table as Arrow bytes and its encoding).
SPEC_ENTRIES = 64


def altair(build, key: tuple = (), height: int | None = None) -> None:
    """Draw the Altair chart ``build()`` returns, full width.

    With ``key`` (a table first, then other parameters) the chart's Vega-Lite spec, as
    Streamlit itself converts it (its data as Arrow bytes), is kept in a bounded cache
    under a digest of the table's whole content, the parameters and the language: a
    revisit, or another session drawing the same content, skips Altair's building and
    schema validation (~60 % of the Drivers page's server time). Without ``key`` the
    chart is built and drawn every time.
    """
    try:
        from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec as convert
    except ImportError:  # a Streamlit without it: draw the chart as it is
        convert = None
    if not key or convert is None:
        figure = build()
        st.altair_chart(
            figure if height is None else figure.properties(height=height), width="stretch"
        )
        return
    # Streamlit moves the datasets out of the spec it is given: it gets its own copy
    st.vega_lite_chart(copy.deepcopy(chart_spec(build, key, height, convert)), width="stretch")


def chart_spec(build, key: tuple, height: int | None = None, convert=None) -> dict:
    """The Vega-Lite spec of the chart ``build()`` returns, as Streamlit converts it, kept
    under a digest of ``key``'s table's whole content, the other parameters and the
    language (see :func:`altair`). Shared by the sessions: never change what it returns."""
    from . import cache

    if convert is None:
        from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec as convert
    digest = cache.digest(key[0], *key[1:], language(), height)
    with _SPECS_LOCK:
        spec = _SPECS.get(digest)
        if spec is not None:
            _SPECS.move_to_end(digest)
    if spec is None:
        figure = build()
        spec = convert(figure if height is None else figure.properties(height=height))
        with _SPECS_LOCK:
            _SPECS[digest] = spec
            while len(_SPECS) > SPEC_ENTRIES:
                _SPECS.popitem(last=False)
    return spec


def notes(frame: pd.DataFrame) -> None:
    """The engine's findings, each as a coloured box in the user's language."""
    lang = language()
    for note in frame.itertuples(index=False):
        icon = SEVERITY_ICON.get(note.severity, ":material/info:")
        words = plain(note_text(note.code, note.subject, note.params, lang))
        if note.severity == "critical":
            st.error(words, icon=icon)
        elif note.severity == "warning":
            st.warning(words, icon=icon)
        else:
            st.info(words, icon=icon)


LIGHT = {"green": "🟢", "amber": "🟡", "red": "🔴"}


def light(value: float, good, warn) -> str:
    """Traffic light for a value: good(value) -> green, warn(value) -> amber, else red."""
    if value != value:  # NaN
        return ""
    if good(value):
        return LIGHT["green"]
    return LIGHT["amber"] if warn(value) else LIGHT["red"]


def path_diagram(result: PLSResult, inference: pd.DataFrame | None) -> None:
    """The path diagram on the page: the very SVG the downloads, the HTML report and the
    Word document carry (engine.outputs.svg), so screen and file cannot differ.

    Shown as an image (a data: URL): an SVG in an <img> runs no script and loads
    nothing, whatever a construct's name (issue 14, finding 5), and every name in it is
    already escaped SVG text. st.html would not do: its sanitizer drops SVG. The image
    scales down to a phone and is no wider than reads well on a laptop (ui/look.py)."""
    from engine.outputs.svg import path_diagram as drawing

    with st.container(key="path_diagram"):
        st.image(drawing(result, inference, language()), width="stretch")


def streamlit_words() -> str:
    """Streamlit's own words on the upload widgets, in the user's language: CSS rules
    for :func:`ui.look.style` (one style element per run).

    Streamlit 1.67 has no parameter for the upload button ("Upload") or the limit
    line under it ("20MB per file • CSV, XLSX, TXT"); this style sheet hides those
    two texts and shows the catalog's instead (the file types come from the input's
    accept list through :has()). What remains in English is listed in the README.
    """
    from engine.intake.io import MAX_BYTES, UPLOAD_SUFFIXES

    lang = language()
    size = text.number(MAX_BYTES / 2**20, lang, "g")
    survey_types = ", ".join(s[1:].upper() for s in UPLOAD_SUFFIXES)

    def css(words: str) -> str:
        return '"' + words.replace("\\", "\\\\").replace('"', '\\"') + '"'

    upload = css(t("st.upload"))
    limit_survey = css(t("st.limit", size=size, types=survey_types))
    limit_json = css(t("st.limit", size=size, types="JSON"))
    zone = '[data-testid="stFileUploaderDropzone"]'
    rules = f"""
{zone} button [data-testid="stMarkdownContainer"] p {{font-size:0}}
{zone} button [data-testid="stMarkdownContainer"] p::after {{content:{upload};font-size:.875rem}}
{zone} [data-testid="stFileUploaderDropzoneInstructions"] span {{font-size:0}}
{zone} [data-testid="stFileUploaderDropzoneInstructions"] span::after
  {{content:{limit_survey};font-size:.875rem}}
{zone}:has(input[accept*=".json"]) [data-testid="stFileUploaderDropzoneInstructions"]
  span::after {{content:{limit_json}}}
"""
    return rules
