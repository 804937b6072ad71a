"""Every chart, defined once: the palette, and the Vega-Lite (Altair) definitions the app
shows on screen and the reports and downloads render to SVG or PNG (vl-convert, Vega's
own renderer). The same definition on the page and in the file, so the two cannot differ.

The path diagram is not a Vega-Lite chart (no library here lays out boxes and arrows
without a Graphviz binary); it is drawn once, as SVG, in ``engine.outputs.svg``.

Altair and vl-convert are imported inside the functions: importing this module costs
nothing, so ``python -m engine --help`` stays fast (tests/test_setup.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.base import text

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

# -- the palette: one home for every colour the app, its charts and its files use --------
#: .streamlit/config.toml's theme repeats BLUE, INK and PALE (TOML cannot import them;
#: tests/test_charts.py checks they agree).
BLUE, INK, GREY, PALE = "#3b6fb6", "#1b2a41", "#8a94a6", "#eef3fb"
#: Quieter text, hairlines, the cards' fill and the answer card's edge.
MUTED, RULE, LINE, SOFT, EDGE = "#5b6777", "#8a94a3", "#dfe6f1", "#f6f8fc", "#c9d7ee"
#: What to do, on every chart, card and report: the darker, the sooner to act.
#: Keys: analytics.drivers.classify's actions and the advice's.
ACTION_COLORS = {
    "invest": "#17408b",
    "fix measurement": "#b4531f",
    "collect more": "#b4531f",
    "maintain": "#4f86d1",
    "monitor": "#a7c1e6",
    "no evidence": "#c9ced6",
    "none": "#4f86d1",
}
#: Vega's number format for Indonesian: decimal comma, thousands point (text.number's rule).
NUMBER_LOCALE: dict[str, dict[str, Any]] = {
    "id": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp", ""]},
}
#: Width of a chart written to a file (the page stretches it to its column).
FILE_WIDTH = 640


def signed(value: float, lang: str) -> str:
    """A value written at the end of a bar: sign, two decimals, a true minus (−0,12)."""
    return text.number(value, lang, "+.2f").replace("-", "−")


def action_label(code: str, lang: str) -> str:
    return text.say(f"a.action.{code}", lang)


def plain_name(code: str, lang: str) -> str:
    """A construct's name on a chart in a file: the study's in words, her own as typed."""
    name = text.lever(code, lang)
    return name[:1].upper() + name[1:] if name != code else code


def localized(chart: Any, lang: str) -> Any:
    """The chart with its axis and tooltip numbers written the language's way (0,25)."""
    number_locale = NUMBER_LOCALE.get(lang)
    if number_locale is None:
        return chart
    import altair as alt

    chart = chart.copy(deep=False)
    config = chart.config if isinstance(chart.config, alt.Config) else alt.Config()
    config = config.copy(deep=False)
    config.locale = alt.Locale(number=alt.NumberLocale(**number_locale))
    chart.config = config
    return chart


#: A legend row on a phone (390 px): the chart is 358 px wide and its legend starts under
#: the plot, about 75 px in; an entry is its symbol and gaps (~32 px) and its label (~6.6 px
#: a character in the app's font), as measured in Chromium (s6: "Belum cukup bukt" cut).
PHONE_LEGEND_PX, LEGEND_ENTRY_PX, LEGEND_CHAR_PX = 283, 32, 6.6


def _one_row(labels: list[str]) -> bool:
    """Whether the legend's entries fit on one row of a phone-wide chart."""
    width = sum(LEGEND_ENTRY_PX + LEGEND_CHAR_PX * len(label) for label in labels)
    return width <= PHONE_LEGEND_PX


def _actions(actions: pd.Series, lang: str) -> alt.Color:
    """Colour = what to do: every action keeps its colour on every chart; the legend
    (under the chart, fitting a phone) lists the ones shown, in the order to act on them."""
    import altair as alt

    from engine.analytics.drivers import ACTION_ORDER

    domain = [action_label(a, lang) for a in ACTION_ORDER]
    present = [action_label(a, lang) for a in ACTION_ORDER if a in set(actions)]
    legend = alt.Legend(
        orient="bottom",
        title=None,
        values=present,
        direction="horizontal",
        columns=len(present) if _one_row(present) else 2,
        labelLimit=260,
    )
    colours = [ACTION_COLORS[a] for a in ACTION_ORDER]
    return alt.Color("todo:N", scale=alt.Scale(domain=domain, range=colours), legend=legend)


def effects_chart(
    frame: pd.DataFrame,
    target: str,
    lang: str = "en",
    name: Callable[[str], str] | None = None,
) -> alt.LayerChart:
    """Bars: points of ``target`` per point more of each driver (from zero), its likely
    range as a line, the value written at the end of every bar, colour = what to do.

    ``frame``: analytics.story.effects (driver, effect, lower, upper, action);
    ``target``: the outcome's name in words; ``name``: a driver's code -> its name."""
    import altair as alt

    name = name or (lambda code: plain_name(code, lang))
    data = frame.assign(
        label=[name(d) for d in frame.driver],
        todo=[action_label(a, lang) for a in frame.action],
        shown=[signed(e, lang) for e in frame.effect],
        at=[max(e, u) if u == u else e for e, u in zip(frame.effect, frame.upper, strict=True)],
    )[["label", "todo", "shown", "at", "effect", "lower", "upper"]]
    low = min(0.0, float(data[["effect", "lower"]].min().min()))
    high = max(0.0, float(data[["effect", "upper", "at"]].max().max())) * 1.18 or 1.0
    y = alt.Y(
        "label:N",
        sort=list(data.label),
        title=None,
        axis=alt.Axis(labelLimit=200, labelFontSize=13),
    )
    x = alt.X(
        "effect:Q",
        title=text.say("chart.effect_axis", lang, target=target),
        scale=alt.Scale(domain=[low, high], nice=False, zero=True),
        axis=alt.Axis(tickCount=5),
    )
    base = alt.Chart(data).encode(y=y)
    bars = base.mark_bar(cornerRadiusEnd=3).encode(x=x, color=_actions(frame.action, lang))
    band = base.mark_rule(color=INK, strokeWidth=2).encode(x="lower:Q", x2="upper:Q")
    values = base.mark_text(align="left", dx=6, fontSize=13, color=INK).encode(
        x="at:Q", text="shown:N"
    )
    return localized(bars + band + values, lang)


def _label_heights(performance: np.ndarray) -> np.ndarray:
    """Where each point's label sits: points rated alike alternate their labels above and
    below them (the lowest below, the highest above), so the labels do not overlap."""
    order = np.argsort(performance, kind="stable")
    n = len(performance)
    lift = np.empty(n)
    lift[order] = [-7.0 if k == 0 or (k % 2 == 0 and k < n - 1) else 5.0 for k in range(n)]
    return performance + lift


def _ipma_tooltip(asked: bool, target: str, lang: str) -> list:
    """A map point's tooltip: its code (or lever), her question when ``asked``, what to do,
    importance and rating."""
    import altair as alt

    return [
        alt.Tooltip("label:N", title=text.say("col.code" if asked else "own.col.lever", lang)),
        *([alt.Tooltip("question:N", title=text.say("own.col.question", lang))] if asked else []),
        alt.Tooltip("todo:N", title=text.say("own.col.todo", lang)),
        alt.Tooltip(
            "importance:Q", title=text.say("own.d.importance", lang, target=target), format=".3f"
        ),
        alt.Tooltip("performance:Q", title=text.say("own.col.rating", lang), format=".0f"),
    ]


def ipma_chart(
    points: pd.DataFrame,
    target: str,
    lang: str = "en",
    name: Callable[[str], str] | None = None,
) -> alt.LayerChart:
    """Importance (from zero) against the rating on its full 0-100 scale; the dashed lines
    are the averages that split the quadrants; colour = what to do.

    ``points``: rows of analytics.drivers.ipma for one target and level (name, importance,
    performance, action; with a ``question`` column, the question's wording, shown with
    the rest of the point in its tooltip: at question level the dots keep their short
    codes, her questions are too long to label a phone-wide map); ``name``: a point's
    name -> its label (default: as named)."""
    import altair as alt

    name = name or str
    data = points.assign(
        label=[name(n) for n in points.name],
        todo=[action_label(a, lang) for a in points.action],
    )
    asked = "question" in data and data.question.astype(str).str.len().gt(0).any()
    data = data[["label", *(["question"] if asked else []), "todo", "importance", "performance"]]
    data["label_y"] = _label_heights(data.performance.to_numpy(dtype=float))
    low = min(0.0, float(data.importance.min()))
    high = max(0.0, float(data.importance.max())) * 1.2 or 1.0
    base = alt.Chart(data)
    dots = base.mark_circle(size=160, opacity=1).encode(
        x=alt.X(
            "importance:Q",
            title=text.say("chart.importance_axis", lang, target=target),
            scale=alt.Scale(domain=[low, high], nice=False),
        ),
        y=alt.Y(
            "performance:Q",
            title=text.say("chart.rating_axis", lang),
            scale=alt.Scale(domain=[0, 100], nice=False),
        ),
        color=_actions(points.action, lang),
        tooltip=_ipma_tooltip(asked, target, lang),
    )
    labels = base.mark_text(fontSize=12, color=INK).encode(
        x="importance:Q", y="label_y:Q", text="label:N"
    )
    mean = base.mark_rule(strokeDash=[4, 4], color=RULE)
    rules = mean.encode(x="mean(importance):Q") + mean.encode(y="mean(performance):Q")
    return localized(dots + labels + rules, lang)


def for_file(chart: Any, height: int, title: str | None = None) -> str:
    """The chart's Vega-Lite JSON as a file shows it: a fixed width and, for a file of its
    own, its title (the heading above it on a page does not travel with the file)."""
    sized = chart.properties(width=FILE_WIDTH, height=height)
    return (sized.properties(title=title) if title else sized).to_json()


def to_svg(spec: str) -> str:
    """A chart (``for_file``'s JSON) as standalone SVG text: no script, every label text."""
    import vl_convert

    return vl_convert.vegalite_to_svg(json.loads(spec))


def to_png(spec: str, scale: float = 2.0) -> bytes:
    """A chart (``for_file``'s JSON) as a PNG, ``scale`` times its size."""
    import vl_convert

    return vl_convert.vegalite_to_png(json.loads(spec), scale=scale)
