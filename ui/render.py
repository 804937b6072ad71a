"""Rendering helpers shared by the pages."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from engine import DriverLabError
from engine.svg import BLUE, PALE, path_labels

from .i18n import column_label, language, t

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

    Headers are translated (``column_labels`` first, then the shared catalog). The
    leading label columns are pinned, so on a phone the row's name stays in view
    while the numbers scroll sideways.
    """
    shown = frame.rename(columns=lambda c: column_labels.get(c) or column_label(str(c)))
    config: dict = {}
    leading = True
    for c in shown.columns:
        numeric = pd.api.types.is_numeric_dtype(shown[c]) and not pd.api.types.is_bool_dtype(
            shown[c]
        )
        if numeric:
            leading = False
        if pd.api.types.is_float_dtype(shown[c]):
            config[c] = st.column_config.NumberColumn(format=f"%.{decimals}f")
        elif leading and shown.shape[1] > 4:
            config[c] = st.column_config.Column(pinned=True)
    st.dataframe(shown, hide_index=True, column_config=config, width="stretch")


def download(label: str, data, file_name: str, mime: str, where=st, **kwargs) -> None:
    """A download button that does not rerun the page when pressed.

    ``data`` may be a callable, built only when the button is pressed. With the
    default rerun-on-click, that rerun could drop the freshly built file before
    the browser fetched it (seen in the browser tests), so clicks never rerun.
    """
    where.download_button(label, data, file_name=file_name, mime=mime, on_click="ignore", **kwargs)


def chart(figure, name: str, height: int, title: str | None = None) -> None:
    """An Altair chart, with PNG and SVG downloads of the same chart.

    The files are drawn only when a button is pressed (vl-convert, Vega's own
    renderer, on the server), so the page does not wait for them. The exported
    chart carries its title (``title``, else the file's name), since the heading
    above it on the page does not travel with the file (issue 18).
    """
    st.altair_chart(figure.properties(height=height), width="stretch")
    spec = figure.properties(width=640, height=height, title=title or name).to_json()

    def png() -> bytes:
        import vl_convert

        return vl_convert.vegalite_to_png(spec, scale=2)

    def svg() -> str:
        import vl_convert

        return vl_convert.vegalite_to_svg(spec)

    left, right = st.columns(2)
    download(t("chart.png"), png, f"{name}.png", "image/png", left, icon=":material/image:")
    download(t("chart.svg"), svg, f"{name}.svg", "image/svg+xml", right, icon=":material/draw:")


def notes(frame: pd.DataFrame) -> None:
    """The engine's findings, each as a coloured box in the user's language."""
    column = "message_id" if language() == "id" else "message"
    for note in frame.itertuples(index=False):
        icon = SEVERITY_ICON.get(note.severity, ":material/info:")
        text = plain(getattr(note, column))
        if note.severity == "critical":
            st.error(text, icon=icon)
        elif note.severity == "warning":
            st.warning(text, icon=icon)
        else:
            st.info(text, icon=icon)


LIGHT = {"green": "🟢", "amber": "🟡", "red": "🔴"}


def light(value: float, good, warn) -> str:
    """Traffic light for a value: good(value) -> green, warn(value) -> amber, else red."""
    if value != value:  # NaN
        return ""
    if good(value):
        return LIGHT["green"]
    return LIGHT["amber"] if warn(value) else LIGHT["red"]


_DOT_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def dot_text(text: object) -> str:
    """Text for inside a double-quoted DOT string, drawn as typed: backslashes and quotes
    escaped (so a name cannot close the string and add attributes, nor start an escape
    such as \\N or \\l), control characters as spaces. A quoted string is never an
    HTML-like label, so '<b>' stays text."""
    out = str(text).replace("\\", "\\\\").replace('"', '\\"')
    return _DOT_CONTROL.sub(" ", out)


def path_diagram(result, inference) -> str:
    """Graphviz DOT: constructs with R², arrows with coefficients and significance stars.

    Nodes are named n0, n1, ... and every user string (construct names) goes through
    :func:`dot_text` into a quoted label (issue 14, finding 5).
    """
    r2 = result.r_squared.set_index("construct").r2
    lines = [
        "digraph G {",
        "rankdir=LR; bgcolor=transparent;",
        f'node [shape=box, style="rounded,filled", fillcolor="{PALE}", color="{BLUE}", '
        'fontname="Helvetica"];',
        f'edge [color="{BLUE}", fontname="Helvetica"];',
    ]
    node = {name: f"n{k}" for k, name in enumerate(result.layout.names)}
    for name in result.layout.names:
        label = dot_text(name) + (f"\\nR² {r2[name]:.2f}" if name in r2.index else "")
        lines.append(f'{node[name]} [label="{label}"];')
    for (source, target), label in path_labels(result, inference).items():
        lines.append(f'{node[source]} -> {node[target]} [label="{dot_text(label)}"];')
    lines.append("}")
    return "\n".join(lines)
