"""What-if: sliders per lever; predictions update on every move without re-estimation.

Phone first: the predicted outcomes sit above the sliders and stay pinned at the top
of the screen while a slider moves (``ui.look``: sticky results, finger-sized thumbs).
"""

import streamlit as st

import engine
from engine.analytics.drivers import Simulator, limits
from ui import owner, render, session
from ui.i18n import language, number, t

st.title(t("w.title"))
r = session.results()
a, result, boot = r.analysis, r.result, r.boot
try:
    sim = Simulator(result, boot, scale=a.survey.scale)
except engine.DriverLabError as exc:
    render.show_error(exc)

lo, hi = sim.model.scale
owner.kicker(a, result.meta["n_obs"])
st.caption(t("w.help", scale=f"{lo:g}-{hi:g}"))
lang = language()


def label(name: str) -> str:
    """A construct's plain name as plain text (for a selectbox's options)."""
    return owner.name(name)


def shown(name: str) -> str:
    """A construct's name for a Markdown label (slider, metric, text): never markup."""
    return render.plain(label(name))


names = result.layout.names
drivers_ = [n for k, n in enumerate(names) if k not in result.layout.endogenous]
outcomes = [names[k] for k in result.layout.endogenous]


@st.fragment
def panel(sim: Simulator) -> None:
    # The results box comes first on the page (pinned while scrolling), filled after
    # the sliders below it have given their values. One element per outcome (no
    # columns, no captions): each element is a message and a re-render per move.
    results = st.container(key="whatif_results")
    moves = {}
    for name in drivers_:
        moves[name] = st.slider(shown(name), -1.0, 1.0, 0.0, 0.1, key=f"whatif_{name}")
    with results:
        for row in sim.predict(moves):
            change = number(row.change, "+.2f") if any(moves.values()) else None
            if change and row.band_lower == row.band_lower:
                band = t(
                    "w.band", lo=number(row.band_lower, "+.2f"), hi=number(row.band_upper, "+.2f")
                )
                change = f"{change} ({band})"
            st.metric(
                render.plain(t("w.predicted", what=owner.lower_name(row.target))),
                number(row.new, ".2f"),
                change,
            )


panel(sim)
st.caption(limits(lang))


@st.fragment
def goal_seek() -> None:
    st.subheader(t("w.goal"))
    top = float(sim.model.scale[1])
    target = st.selectbox(t("w.goal_outcome"), outcomes, format_func=owner.name)
    current = next(p for p in sim.predict({}) if p.target == target).current
    start = round(current, 1)
    if start >= top - 0.1:
        st.write(t("w.goal_done"))
        return
    goal = st.slider(
        render.plain(t("w.goal_target", what=owner.lower_name(target))),
        start,
        top,
        min(top, start + 0.3),
        0.1,
    )
    plan, short = sim.goal_seek(target, goal)
    if plan.empty and short == 0:
        st.write(t("w.goal_done"))
    for row in plan.itertuples():
        st.write(
            "• "
            + render.plain(
                t("w.goal_plan", what=owner.lower_name(row.driver), move=number(row.move, ".2f"))
            )
        )
    if short > 0:
        st.warning(t("w.goal_short", short=number(short, ".2f")))


goal_seek()
