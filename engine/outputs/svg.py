"""Charts as standalone SVG text (no scripts, every label escaped): for the HTML
report and for downloads. The app draws the same charts interactively (Altair,
Graphviz); these are the printable, dependency-free versions.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pandas as pd

from engine.analytics.drivers import QUADRANTS
from engine.base import text
from engine.base.thresholds import ALPHA

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult


#: The app's palette, for every chart drawn in Python (.streamlit/config.toml's theme
#: repeats BLUE, INK and PALE: TOML cannot import them).
BLUE, INK, GREY, PALE = "#3b6fb6", "#1b2a41", "#8a94a6", "#eef3fb"
#: One palette for what to do, on every chart (the app's Altair charts use it too):
#: the darker, the sooner to act. Keys: analytics.drivers.classify's actions and the advice's.
ACTION_COLORS = {
    "invest": "#17408b",
    "fix measurement": "#b4531f",
    "collect more": "#b4531f",
    "maintain": "#4f86d1",
    "monitor": "#a7c1e6",
    "no evidence": "#c9ced6",
    "none": "#4f86d1",
}
#: A quadrant's colour is the action it leads to for a supported, positive effect.
QUADRANT_COLORS = {
    "fix_first": ACTION_COLORS["invest"],
    "keep_up": ACTION_COLORS["maintain"],
    "overkill": ACTION_COLORS["maintain"],
    "low_priority": ACTION_COLORS["monitor"],
}
_OPEN = 'xmlns="http://www.w3.org/2000/svg" role="img" font-family="sans-serif" font-size="12"'


def stars(p: float) -> str:
    """Significance stars: *** p < .001, ** p < .01, * p < .05."""
    if p != p:
        return ""
    return "***" if p < 0.001 else "**" if p < 0.01 else "*" if p < ALPHA else ""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def bar_chart(labels, values, lower=None, upper=None, width: int = 520, lang: str = "en") -> str:
    """Horizontal bars with interval whiskers (drivers ranked by total effect)."""
    rows = len(labels)
    top = max([1e-9, *(abs(v) for v in values), *[abs(u) for u in (upper or []) if u == u]])
    left, bar_h, gap = 90, 18, 8
    scale = (width - left - 50) / top
    height = rows * (bar_h + gap) + 20
    parts = [f'<svg {_OPEN} width="{width}" height="{height}">']
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 10 + k * (bar_h + gap)
        length = max(0.0, value) * scale
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{_esc(label)}</text>')
        parts.append(
            f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar_h}" fill="{BLUE}"/>'
        )
        end = left + length
        if lower is not None and upper is not None and lower[k] == lower[k]:
            x1 = left + max(0.0, lower[k]) * scale
            x2 = left + max(0.0, upper[k]) * scale
            mid = y + bar_h / 2
            parts.append(
                f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{mid}" y2="{mid}" '
                f'stroke="{INK}" stroke-width="2"/>'
            )
            end = max(end, x2)
        shown = text.number(value, lang, ".2f")
        parts.append(f'<text x="{end + 4:.1f}" y="{y + 13}">{shown}</text>')
    parts.append("</svg>")
    return "".join(parts)


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


def path_diagram(result: PLSResult, inference: pd.DataFrame | None = None, lang: str = "en") -> str:
    """Constructs (with R²) in columns by their place in the model; arrows carry the
    path coefficient and its significance stars from the bootstrap."""
    names = list(result.layout.names)
    paths = list(zip(result.paths.source, result.paths.target, strict=True))
    r2 = dict(zip(result.r_squared.construct, result.r_squared.r2, strict=True))
    labels = path_labels(result, inference, lang)
    layer = _layers(names, paths)
    columns: dict[int, list[str]] = {}
    for name in names:
        columns.setdefault(layer[name], []).append(name)
    skips = [(s, t) for s, t in paths if layer[t] - layer[s] > 1]
    box_w, box_h, col_gap, row_gap = 120, 46, 110, 34
    pad = 20 + 22 * len(skips)  # room above and below for the bent arrows, one lane each
    tallest = max(len(c) for c in columns.values())
    width = pad * 2 + len(columns) * box_w + (len(columns) - 1) * col_gap
    height = pad * 2 + tallest * box_h + (tallest - 1) * row_gap
    pos = {}
    for col, members in columns.items():
        block = len(members) * box_h + (len(members) - 1) * row_gap
        top = (height - block) / 2
        for k, name in enumerate(members):
            pos[name] = (pad + col * (box_w + col_gap), top + k * (box_h + row_gap))
    parts = [
        f'<svg {_OPEN} width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        f'markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{BLUE}"/>'
        "</marker></defs>",
    ]
    incoming = {name: [s for s, t in paths if t == name] for name in names}
    outgoing = {name: [t for s, t in paths if s == name] for name in names}
    for source, target in paths:
        (x1, y1), (x2, y2) = pos[source], pos[target]
        # arrows leave and arrive spread along the box edges, so their heads never overlap
        out_k, in_k = outgoing[source].index(target), incoming[target].index(source)
        ay = y1 + box_h * (out_k + 1) / (len(outgoing[source]) + 1)
        by = y2 + box_h * (in_k + 1) / (len(incoming[target]) + 1)
        ax, bx = x1 + box_w, x2
        label = labels[(source, target)]
        if (source, target) in skips:  # skips a column: bend around the boxes between
            lane = 16.0 + 22 * skips.index((source, target))  # its own lane: labels never meet
            cy = lane if ay + by < height else height - lane
            cx = (ax + bx) / 2
            parts.append(
                f'<path d="M{ax:.1f},{ay:.1f} Q{cx:.1f},{2 * cy - (ay + by) / 2:.1f} '
                f'{bx:.1f},{by:.1f}" fill="none" stroke="{BLUE}" stroke-width="1.6" '
                'marker-end="url(#arrow)"/>'
            )
            mx, my = cx, cy  # the curve's midpoint (control point set so that it is)
        else:
            parts.append(
                f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" stroke="{BLUE}" '
                'stroke-width="1.6" marker-end="url(#arrow)"/>'
            )
            mx, my = (ax + bx) / 2, (ay + by) / 2
        parts.append(
            f'<rect x="{mx - 24:.1f}" y="{my - 9:.1f}" width="48" height="16" fill="white"/>'
            f'<text x="{mx:.1f}" y="{my + 4:.1f}" text-anchor="middle" fill="{INK}">'
            f"{_esc(label)}</text>"
        )
    for name in names:
        x, y = pos[name]
        parts.append(
            f'<rect x="{x}" y="{y:.1f}" width="{box_w}" height="{box_h}" rx="8" '
            f'fill="{PALE}" stroke="{BLUE}"/>'
        )
        if name in r2:
            parts.append(
                f'<text x="{x + box_w / 2}" y="{y + 19:.1f}" text-anchor="middle" '
                f'font-weight="bold">{_esc(name)}</text>'
                f'<text x="{x + box_w / 2}" y="{y + 36:.1f}" text-anchor="middle" '
                f'fill="{GREY}">R² {text.number(r2[name], lang, ".2f")}</text>'
            )
        else:
            parts.append(
                f'<text x="{x + box_w / 2}" y="{y + 28:.1f}" text-anchor="middle" '
                f'font-weight="bold">{_esc(name)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def ipma_map(points: pd.DataFrame, lang: str = "en", width: int = 520, height: int = 360) -> str:
    """Importance (x) against performance 0-100 (y), split at their means into the four
    named quadrants. ``points``: rows of engine.analytics.drivers.ipma for one target and level."""
    left, right, top, bottom = 50, 20, 20, 40
    imp, perf = points.importance.to_numpy(), points.performance.to_numpy()
    x_lo, x_hi = min(0.0, float(imp.min())), float(imp.max()) * 1.15 or 1.0
    y_lo = max(0.0, float(perf.min()) - 10)
    y_hi = min(100.0, float(perf.max()) + 10)
    if y_hi <= y_lo:
        y_lo, y_hi = 0.0, 100.0

    def sx(v: float) -> float:
        return left + (v - x_lo) / (x_hi - x_lo) * (width - left - right)

    def sy(v: float) -> float:
        return height - bottom - (v - y_lo) / (y_hi - y_lo) * (height - top - bottom)

    k = 1 if lang == "id" else 0
    short = {q: text[k].split(":")[0] for q, text in QUADRANTS.items()}
    mx, my = sx(float(imp.mean())), sy(float(perf.mean()))
    x_title, y_title = ("Kepentingan", "Kinerja (0-100)") if k else ("Importance", "Performance")
    parts = [
        f'<svg {_OPEN} width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f'<rect x="{left}" y="{top}" width="{width - left - right}" '
        f'height="{height - top - bottom}" fill="none" stroke="{GREY}"/>',
        f'<line x1="{mx:.1f}" x2="{mx:.1f}" y1="{top}" y2="{height - bottom}" stroke="{GREY}" '
        'stroke-dasharray="4 3"/>',
        f'<line x1="{left}" x2="{width - right}" y1="{my:.1f}" y2="{my:.1f}" stroke="{GREY}" '
        'stroke-dasharray="4 3"/>',
        f'<text x="{width - right - 4}" y="{height - bottom - 6}" text-anchor="end" '
        f'fill="{QUADRANT_COLORS["fix_first"]}" font-weight="bold">'
        f"{_esc(short['fix_first'])}</text>",
        f'<text x="{width - right - 4}" y="{top + 14}" text-anchor="end" fill="{GREY}">'
        f"{_esc(short['keep_up'])}</text>",
        f'<text x="{left + 4}" y="{height - bottom - 6}" fill="{GREY}">'
        f"{_esc(short['low_priority'])}</text>",
        f'<text x="{left + 4}" y="{top + 14}" fill="{GREY}">{_esc(short["overkill"])}</text>',
        f'<text x="{(left + width - right) / 2}" y="{height - 8}" text-anchor="middle">'
        f"{x_title}</text>",
        f'<text x="14" y="{(top + height - bottom) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 14 {(top + height - bottom) / 2})">{y_title}</text>',
        f'<text x="{left}" y="{height - bottom + 14}" text-anchor="middle" fill="{GREY}">'
        f"{text.number(x_lo, lang, '.2f')}</text>",
        f'<text x="{width - right}" y="{height - bottom + 14}" text-anchor="middle" '
        f'fill="{GREY}">{text.number(x_hi, lang, ".2f")}</text>',
        f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end" fill="{GREY}">'
        f"{y_lo:.0f}</text>",
        f'<text x="{left - 4}" y="{top + 10}" text-anchor="end" fill="{GREY}">{y_hi:.0f}</text>',
    ]
    for row in points.itertuples(index=False):
        x, y = sx(row.importance), sy(row.performance)
        colour = QUADRANT_COLORS.get(row.quadrant, BLUE)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>'
            f'<text x="{x + 8:.1f}" y="{y + 4:.1f}">{_esc(row.name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
