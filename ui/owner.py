"""The owner's story on the page: cached once per session, worded in her language.

Home, Drivers and Advice all read ``story()``, so they name the same top
lever and the same first action. Construct names are shown by their plain
names (``name``); codes stay on the methods pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from engine.analytics.story import Story
from engine.analytics.story import story as build_story
from engine.base import text

from . import cache
from .i18n import language, t

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult

    from .session import Analysis, Results


def analysis_key(r: Results) -> str:
    """What a result derived from ``r`` (``session.results()``) is kept under: the digest of
    the analysis's whole data, model and settings, whether it is bootstrapped, its scale."""
    a = r.analysis
    key = cache.boot_key(a.data, a.spec, a.settings, table=a.digest)
    return key + repr((r.boot is not None, a.survey.scale))


def story(r: Results) -> Story:
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


def driver_tables(r: Results, target: str):
    """The effects on ``target`` (with their likely ranges) and its importance-performance
    map, computed once per analysis and outcome (keyed on the analysis's whole data)."""
    from engine.analytics.drivers import ipma
    from engine.analytics.story import effects

    a, result, boot = r.analysis, r.result, r.boot
    key = analysis_key(r) + repr(target)
    table = cache.kept("effects", key, lambda: effects(result, boot, target, scale=a.survey.scale))
    imp = cache.kept(
        "ipma", key, lambda: ipma(result, target=target, scale=a.survey.scale, boot=boot)
    )
    return table, imp


def levers_chart(s: Story):
    """Home's chart of her levers: what :func:`ui.render.altair` draws it from
    (builder, key, height)."""
    return (
        lambda: effects_chart(s.levers, s.target),
        (s.levers, s.target, "home"),
        44 * len(s.levers) + 60,
    )


def name(code: str) -> str:
    """A construct's plain name for an owner (the code itself for constructs of her own model)."""
    said = text.lever(code, language())
    return said[:1].upper() + said[1:]


def lower_name(code: str) -> str:
    """The plain name inside a sentence ("... linked to engagement")."""
    return text.lever(code, language())


def num(x: float, digits: int = 2, sign: bool = False) -> str:
    """A number by the one rule (``engine.base.text.number``: 0.39 / 0,39; NaN -> "—"), with a
    true minus sign for the owner's pages."""
    return text.number(x, language(), f"{'+' if sign else ''}.{digits}f").replace("-", "−")


def action_label(code: str) -> str:
    return t(f"a.action.{code}")


def scale_text(s: Story) -> str:
    lo, hi = s.scale
    return f"{lo:g}–{hi:g}"


def boot_ready(analysis: Analysis) -> bool:
    """Whether this analysis's bootstrap is already in the cache (no wait to draw it)."""
    a = analysis
    return cache.has_bootstrap(a.data, a.spec, a.settings, table=a.digest)


def first_sentence(text: str) -> str:
    """The first sentence of an advice text (the rest is on the Advice page)."""
    text = " ".join(str(text).split())
    cut = text.find(". ")
    return text if cut < 0 else text[: cut + 1]


def subject(row) -> str:
    """What an advice record is about, in plain words ("Personalization → Engagement"; her
    question, short, for one of her questions)."""
    from engine.analytics.advice import named

    own = named(row.messages, language())
    if own:
        return own
    if row.subject == "survey":
        return t("a.survey")
    if row.kind == "driver" and " -> " in row.subject:
        source, target = row.subject.split(" -> ", 1)
        return t("own.a.on", lever=name(source), target=name(target))
    if " <-> " in row.subject:  # two topics that respondents may not tell apart
        return " ↔ ".join(name(part) for part in row.subject.split(" <-> "))
    return name(str(row.subject))


def effects_chart(frame, target: str):
    """The drivers' bars (engine.outputs.charts.effects_chart) in her words: plain names."""
    from engine.outputs.charts import effects_chart as chart

    return chart(frame, lower_name(target), language(), name=name)


def ipma_chart(points, target: str, level: str = "construct"):
    """The importance-performance map (engine.outputs.charts.ipma_chart): constructs by
    their plain names, items by their codes."""
    from engine.outputs.charts import ipma_chart as chart

    return chart(points, lower_name(target), language(), name=name if level == "construct" else str)


def kicker(analysis: Analysis, n: int) -> None:
    """One small line under a title: which survey, how many responses (replaces a big metric)."""
    key = "home.kicker_sample" if analysis.is_sample else "home.kicker_own"
    st.caption(t(key, n=n))


def codes_legend(result: PLSResult) -> None:
    """On the methods pages, the plain name beside each construct code (one line)."""
    pairs = [f"{c} = {name(c)}" for c in result.layout.names if name(c) != c]
    if pairs:
        st.caption(" · ".join(pairs))
