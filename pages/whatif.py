"""What-if: sliders per driver; predictions update on every move without re-estimation."""

import streamlit as st

import engine
from engine.drivers import LIMITS_TEXT, Simulator
from engine.spec import STUDY_LABELS
from ui import render, session
from ui.i18n import language, t

st.title(t("w.title"))
r = session.results()
a, result, boot = r.analysis, r.result, r.boot
try:
    sim = Simulator(result, boot, scale=a.survey.scale)
except engine.DriverLabError as exc:
    render.show_error(exc)

st.metric(t("metric.valid"), result.meta["n_obs"])
st.caption(t("w.help"))
lang = language()


def label(name: str) -> str:
    return STUDY_LABELS.get(name, {}).get(lang, name)


names = result.layout.names
drivers_ = [n for k, n in enumerate(names) if k not in result.layout.endogenous]
outcomes = [names[k] for k in result.layout.endogenous]


@st.fragment
def panel(sim: Simulator) -> None:
    moves = {}
    for name in drivers_:
        moves[name] = st.slider(label(name), -1.0, 1.0, 0.0, 0.1, key=f"whatif_{name}")
    table = sim.what_if(moves).table.set_index("target")
    cols = st.columns(len(outcomes))
    for col, name in zip(cols, outcomes, strict=True):
        row = table.loc[name]
        col.metric(
            t("w.predicted", what=label(name)),
            f"{row.new:.2f}",
            f"{row.change:+.2f}",
        )
        if row.band_lower == row.band_lower:
            col.caption(t("w.band", lo=f"{row.band_lower:+.2f}", hi=f"{row.band_upper:+.2f}"))


panel(sim)
st.caption(LIMITS_TEXT)

st.subheader(t("w.goal"))
target = outcomes[0]
current = sim.what_if({}).table.set_index("target").current[target]
goal = st.slider(
    t("w.goal_target"), float(round(current, 1)), 5.0, float(min(5.0, round(current, 1) + 0.3)), 0.1
)
plan, short = sim.goal_seek(target, goal)
if plan.empty and short == 0:
    st.write(t("w.goal_done"))
for row in plan.itertuples():
    st.write("• " + t("w.goal_plan", what=label(row.driver), move=f"{row.move:.2f}"))
if short > 0:
    st.warning(t("w.goal_short", short=f"{short:.2f}"))
