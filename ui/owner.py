"""The owner's story on the page: cached once per session, worded in her language.

Home, Drivers and Advice all read ``story()``, so they name the same top
lever and the same first action. Construct names are shown by their plain
names (``name``); codes stay on the methods pages.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from engine.analytics.story import Story
from engine.analytics.story import story as build_story
from engine.base import text

from . import cache
from .i18n import CATALOG, language, t


def analysis_key(r) -> str:
    """What a result derived from ``r`` (``session.results()``) is kept under: the digest of
    the analysis's whole data, model and settings, whether it is bootstrapped, its scale."""
    a = r.analysis
    return cache.boot_key(a.data, a.spec, a.settings) + repr((r.boot is not None, a.survey.scale))


def story(r) -> Story:
    """The story of the session's results (``session.results()``), computed once per analysis.

    Kept in a bounded cache shared by the sessions (``cache.kept``) under the digest of
    the analysis's whole data, model and settings (the bootstrap's key), so Home, Drivers,
    Advice and Report, and a second visitor of the same survey, never build it twice,
    and a session only ever receives the story of the very data it supplied.
    """
    return cache.kept(
        "story",
        analysis_key(r),
        lambda: build_story(r.result, r.boot, scale=r.analysis.survey.scale),
    )


def name(code: str) -> str:
    """A construct's plain name for an owner (the code itself for constructs of her own model)."""
    entry = CATALOG.get(f"own.name.{code}")
    return entry[language()] if entry else str(code)


def lower_name(code: str) -> str:
    """The plain name inside a sentence ("... linked to engagement")."""
    entry = CATALOG.get(f"own.name.{code}")
    if not entry:
        return str(code)
    text = entry[language()]
    return text[:1].lower() + text[1:]


def num(x: float, digits: int = 2, sign: bool = False) -> str:
    """A number by the one rule (``engine.base.text.number``: 0.39 / 0,39; NaN -> "—"), with a
    true minus sign for the owner's pages."""
    return text.number(x, language(), f"{'+' if sign else ''}.{digits}f").replace("-", "−")


def action_label(code: str) -> str:
    return t(f"a.action.{code}")


def scale_text(s: Story) -> str:
    lo, hi = s.scale
    return f"{lo:g}–{hi:g}"


def boot_ready(analysis) -> bool:
    """Whether this analysis's bootstrap is already in the cache (no wait to draw it)."""
    a = analysis
    return cache.has_bootstrap(a.data, a.spec, a.settings)


def first_sentence(text: str) -> str:
    """The first sentence of an advice text (the rest is on the Advice page)."""
    text = " ".join(str(text).split())
    cut = text.find(". ")
    return text if cut < 0 else text[: cut + 1]


def subject(row) -> str:
    """What an advice record is about, in plain words ("Personalization → Engagement")."""
    if row.subject == "survey":
        return t("a.survey")
    if row.kind == "driver" and " -> " in row.subject:
        source, target = row.subject.split(" -> ", 1)
        return t("own.a.on", lever=name(source), target=name(target))
    if " <-> " in row.subject:  # two topics that respondents may not tell apart
        return " ↔ ".join(name(part) for part in row.subject.split(" <-> "))
    return name(str(row.subject))


def _actions_legend(frame) -> tuple[list[str], list[str], list[str]]:
    """The colour scale of the actions: every action keeps its colour on every chart;
    the legend lists the ones shown, in the order to act on them."""
    from engine.analytics.drivers import ACTION_ORDER

    from .look import ACTION_COLORS

    domain = [action_label(a) for a in ACTION_ORDER]
    colours = [ACTION_COLORS[a] for a in ACTION_ORDER]
    present = [action_label(a) for a in ACTION_ORDER if a in set(frame.action)]
    return domain, colours, present


def legend(present: list[str]):
    """A legend under the chart that fits a phone: one row, or two columns when long."""
    import altair as alt

    return alt.Legend(
        orient="bottom",
        title=None,
        values=present,
        direction="horizontal",
        columns=len(present) if sum(len(p) for p in present) <= 36 else 2,
        labelLimit=260,
    )


def localized(chart):
    """A chart whose axis numbers are written the session's way (0,25 on Indonesian pages)."""
    if language() != "id":
        return chart
    return chart.configure(
        locale={
            "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["Rp", ""]}
        }
    )


def effects_chart(frame, target: str):
    """Bars: points of ``target`` per point more of each driver (from zero), its likely
    range as a line, the value written at the end of every bar, colour = what to do."""
    import altair as alt

    from .look import INK

    data = frame.assign(
        label=[name(d) for d in frame.driver],
        todo=[action_label(a) for a in frame.action],
        shown=[num(e, sign=True) for e in frame.effect],
        at=[max(e, u) if u == u else e for e, u in zip(frame.effect, frame.upper, strict=True)],
    )[["label", "todo", "shown", "at", "effect", "lower", "upper"]]
    domain, colours, present = _actions_legend(frame)
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
        title=t("own.d.axis", target=lower_name(target)),
        scale=alt.Scale(domain=[low, high], nice=False, zero=True),
        axis=alt.Axis(tickCount=5),
    )
    base = alt.Chart(data).encode(y=y)
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        x=x,
        color=alt.Color(
            "todo:N",
            scale=alt.Scale(domain=domain, range=colours),
            legend=legend(present),
        ),
    )
    band = base.mark_rule(color=INK, strokeWidth=2).encode(x="lower:Q", x2="upper:Q")
    text = base.mark_text(align="left", dx=6, fontSize=13, color=INK).encode(
        x="at:Q", text="shown:N"
    )
    return localized(bars + band + text)


def ipma_chart(points, target: str):
    """Importance (from zero) against the viewers' rating on its full 0-100 scale; the
    dashed lines are the averages that split the quadrants; colour = what to do."""
    import altair as alt

    from .look import INK, RULE

    data = points.assign(
        label=list(points.label),
        todo=[action_label(a) for a in points.action],
    )[["label", "todo", "importance", "performance"]]
    # labels of points rated alike alternate above and below them, so they do not overlap
    order = np.argsort(data.performance.to_numpy(), kind="stable")
    lift = np.empty(len(data))
    n = len(data)  # the lowest below its point, the highest above, the others alternating
    lift[order] = [-7.0 if k == 0 or (k % 2 == 0 and k < n - 1) else 5.0 for k in range(n)]
    data["label_y"] = data.performance.to_numpy() + lift
    domain, colours, present = _actions_legend(points)
    low = min(0.0, float(data.importance.min()))
    high = max(0.0, float(data.importance.max())) * 1.2 or 1.0
    base = alt.Chart(data)
    dots = base.mark_circle(size=160, opacity=1).encode(
        x=alt.X(
            "importance:Q",
            title=t("own.d.importance", target=lower_name(target)),
            scale=alt.Scale(domain=[low, high], nice=False),
        ),
        y=alt.Y(
            "performance:Q", title=t("own.d.rating"), scale=alt.Scale(domain=[0, 100], nice=False)
        ),
        color=alt.Color(
            "todo:N",
            scale=alt.Scale(domain=domain, range=colours),
            legend=legend(present),
        ),
    )
    labels = base.mark_text(fontSize=12, color=INK).encode(
        x="importance:Q", y="label_y:Q", text="label:N"
    )
    rules = base.mark_rule(strokeDash=[4, 4], color=RULE).encode(
        x="mean(importance):Q"
    ) + base.mark_rule(strokeDash=[4, 4], color=RULE).encode(y="mean(performance):Q")
    return localized(dots + labels + rules)


def kicker(analysis, n: int) -> None:
    """One small line under a title: which survey, how many responses (replaces a big metric)."""
    key = "home.kicker_sample" if analysis.is_sample else "home.kicker_own"
    st.caption(t(key, n=n))


def codes_legend(result) -> None:
    """On the methods pages, the plain name beside each construct code (one line)."""
    pairs = [f"{c} = {name(c)}" for c in result.layout.names if name(c) != c]
    if pairs:
        st.caption(" · ".join(pairs))
