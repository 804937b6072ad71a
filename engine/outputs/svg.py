"""The path diagram as standalone SVG text (no scripts, every label escaped), drawn once
for the screen (the Structural page shows this very drawing), the HTML report, the
Word document (as PNG) and the download.

Boxes and arrows laid out by the model's order are not a Vega-Lite chart, and no
Graphviz binary is installed on the server (Streamlit's Graphviz chart is drawn in
the browser, so it could not make the files): hand-written drawing is kept here only.
The other charts are defined once in ``engine.outputs.charts``, which holds the palette.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from engine.base import text
from engine.base.thresholds import ALPHA
from engine.outputs.charts import BLUE, GREY, INK, PALE

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult


_OPEN = 'xmlns="http://www.w3.org/2000/svg" role="img" font-family="sans-serif" font-size="14"'
BOX_W, BOX_H, COL_GAP, ROW_GAP = 120, 48, 96, 30


def stars(p: float) -> str:
    """Significance stars: *** p < .001, ** p < .01, * p < .05."""
    if p != p:
        return ""
    return "***" if p < 0.001 else "**" if p < 0.01 else "*" if p < ALPHA else ""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def path_labels(
    result: PLSResult, inference: pd.DataFrame | None = None, lang: str = "en"
) -> dict[tuple[str, str], str]:
    """(source, target) -> the arrow's label: the coefficient and its significance stars."""
    p = {}
    if inference is not None:
        rows = inference[inference.kind == "path"]
        p = dict(zip(rows.name, rows.p, strict=True))
    return {
        (row.source, row.target): text.number(row.estimate, lang, ".2f")
        + stars(p.get(f"{row.source} -> {row.target}", float("nan")))
        for row in result.paths.itertuples(index=False)
    }


def _layers(names: list[str], paths: list[tuple[str, str]]) -> dict[str, int]:
    """Column of each construct: the longest chain of paths leading into it."""
    layer = dict.fromkeys(names, 0)
    for _ in names:  # a recursive model settles within len(names) passes
        for source, target in paths:
            layer[target] = max(layer[target], layer[source] + 1)
    return layer


@dataclass(frozen=True)
class _Layout:
    """Where everything goes: each box's top-left corner, the size, the bent arrows."""

    pos: dict[str, tuple[float, float]]
    width: float
    height: float
    skips: list[tuple[str, str]]


def _layout(names: list[str], paths: list[tuple[str, str]]) -> _Layout:
    """Constructs in columns by their place in the model, each column centred; room
    above and below for the arrows that skip a column, one lane each."""
    layer = _layers(names, paths)
    columns: dict[int, list[str]] = {}
    for name in names:
        columns.setdefault(layer[name], []).append(name)
    skips = [(s, t) for s, t in paths if layer[t] - layer[s] > 1]
    pad = 20 + 22 * len(skips)
    tallest = max(len(c) for c in columns.values())
    width = pad * 2 + len(columns) * BOX_W + (len(columns) - 1) * COL_GAP
    height = pad * 2 + tallest * BOX_H + (tallest - 1) * ROW_GAP
    pos: dict[str, tuple[float, float]] = {}
    for col, members in columns.items():
        top = (height - len(members) * BOX_H - (len(members) - 1) * ROW_GAP) / 2
        for k, name in enumerate(members):
            pos[name] = (pad + col * (BOX_W + COL_GAP), top + k * (BOX_H + ROW_GAP))
    return _Layout(pos, width, height, skips)


def _arrow(source: str, target: str, paths: list[tuple[str, str]], at: _Layout, label: str) -> str:
    """One path: a line, or a curve around the boxes between when it skips a column,
    its label on a white patch at its midpoint. Arrows leave and arrive spread along
    the box edges, so their heads never overlap."""
    (x1, y1), (x2, y2) = at.pos[source], at.pos[target]
    outgoing = [t for s, t in paths if s == source]
    incoming = [s for s, t in paths if t == target]
    ay = y1 + BOX_H * (outgoing.index(target) + 1) / (len(outgoing) + 1)
    by = y2 + BOX_H * (incoming.index(source) + 1) / (len(incoming) + 1)
    ax, bx = x1 + BOX_W, x2
    stroke = f'fill="none" stroke="{BLUE}" stroke-width="1.6" marker-end="url(#arrow)"'
    if (source, target) in at.skips:
        lane = 16.0 + 22 * at.skips.index((source, target))  # its own lane: labels never meet
        my = lane if ay + by < at.height else at.height - lane
        mx = (ax + bx) / 2  # the curve's midpoint (the control point is set so that it is)
        line = (
            f'<path d="M{ax:.1f},{ay:.1f} Q{mx:.1f},{2 * my - (ay + by) / 2:.1f} '
            f'{bx:.1f},{by:.1f}" {stroke}/>'
        )
    else:
        mx, my = (ax + bx) / 2, (ay + by) / 2
        line = f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" {stroke}/>'
    return (
        f'{line}<rect x="{mx - 29:.1f}" y="{my - 10:.1f}" width="58" height="19" fill="white"/>'
        f'<text x="{mx:.1f}" y="{my + 5:.1f}" text-anchor="middle" fill="{INK}">'
        f"{_esc(label)}</text>"
    )


def _box(name: str, x: float, y: float, r2: str | None) -> str:
    """One construct: its name, and its R² under it when something points to it."""
    middle = x + BOX_W / 2
    drawn = (
        f'<rect x="{x}" y="{y:.1f}" width="{BOX_W}" height="{BOX_H}" rx="8" '
        f'fill="{PALE}" stroke="{BLUE}"/>'
        f'<text x="{middle}" y="{y + (21 if r2 else 29):.1f}" text-anchor="middle" '
        f'font-weight="bold">{_esc(name)}</text>'
    )
    if r2:
        drawn += (
            f'<text x="{middle}" y="{y + 39:.1f}" text-anchor="middle" fill="{GREY}">R² {r2}</text>'
        )
    return drawn


def path_diagram(result: PLSResult, inference: pd.DataFrame | None = None, lang: str = "en") -> str:
    """Constructs (with R²) in columns by their place in the model; arrows carry the
    path coefficient and its significance stars from the bootstrap."""
    names = list(result.layout.names)
    paths = list(zip(result.paths.source, result.paths.target, strict=True))
    r2 = dict(zip(result.r_squared.construct, result.r_squared.r2, strict=True))
    labels = path_labels(result, inference, lang)
    at = _layout(names, paths)
    parts = [
        f'<svg {_OPEN} width="{at.width}" height="{at.height}" '
        f'viewBox="0 0 {at.width} {at.height}">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        f'markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{BLUE}"/>'
        "</marker></defs>",
    ]
    parts += [_arrow(s, t, paths, at, labels[(s, t)]) for s, t in paths]
    for name in names:
        shown = text.number(r2[name], lang, ".2f") if name in r2 else None
        parts.append(_box(name, *at.pos[name], shown))
    parts.append("</svg>")
    return "".join(parts)
