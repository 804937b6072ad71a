"""Drivers: the ranking with intervals and the importance-performance map."""

import altair as alt
import streamlit as st

import engine
from engine.drivers import QUADRANTS, drivers, ipma
from ui import render, session
from ui.i18n import column_label, language, t

st.title(t("d.title"))
r = session.results()
a, result, boot = r.analysis, r.result, r.boot
try:
    table = drivers(result, boot)
    imp = ipma(result, scale=a.survey.scale)
except engine.DriverLabError as exc:
    render.show_error(exc)

st.metric(t("metric.valid"), result.meta["n_obs"])
outcomes = list(dict.fromkeys(table.target))
target = st.selectbox(t("d.outcome"), outcomes, index=len(outcomes) - 1 if outcomes else 0)

st.subheader(t("d.ranking"))
st.caption(t("d.ranking_help"))
sub = table[table.target == target]
base = alt.Chart(sub).encode(y=alt.Y("driver:N", sort="-x", title=None))
chart = base.mark_bar(color="#3b6fb6").encode(
    x=alt.X("total_effect:Q", title=t("col.coefficient"))
) + base.mark_rule(color="#1b2a41", strokeWidth=2).encode(x="ci_lower:Q", x2="ci_upper:Q")
render.chart(
    chart, f"drivers-{target}", height=40 * max(len(sub), 2), title=f"{t('d.ranking')}: {target}"
)
render.table(sub.drop(columns=["target"]))

st.subheader(t("d.ipma"))
st.caption(t("d.ipma_help"))
level = st.radio(
    t("d.level"),
    ["construct", "item"],
    horizontal=True,
    format_func=lambda x: t("d.constructs") if x == "construct" else t("d.items"),
)
points = imp[(imp.target == target) & (imp.level == level)].copy()
lang = 0 if language() == "en" else 1
points["quadrant_label"] = points.quadrant.map(lambda q: QUADRANTS[q][lang])
scatter = (
    alt.Chart(points)
    .mark_circle(size=140)
    .encode(
        x=alt.X("importance:Q", title=column_label("importance")),
        y=alt.Y("performance:Q", title=column_label("performance"), scale=alt.Scale(zero=False)),
        color=alt.Color("quadrant_label:N", title=None, legend=alt.Legend(orient="bottom")),
        tooltip=["name", "importance", "performance", "quadrant_label"],
    )
)
labels = scatter.mark_text(dy=-12).encode(text="name:N")
rules = alt.Chart(points).mark_rule(strokeDash=[4, 4], color="#999").encode(
    x="mean(importance):Q"
) + alt.Chart(points).mark_rule(strokeDash=[4, 4], color="#999").encode(y="mean(performance):Q")
render.chart(
    scatter + labels + rules, f"ipma-{target}-{level}", height=360, title=f"{t('d.ipma')}: {target}"
)
shown = ["name", "importance", "performance", "quadrant_label"]
if "label" in points and (points.label != points.name).any():  # issue 12: her own questions
    shown.insert(1, "label")
render.table(points[shown].rename(columns={"label": "question"}))
