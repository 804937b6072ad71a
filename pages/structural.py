"""Structural model: the path diagram and the hypothesis tests."""

import streamlit as st

import engine
from ui import cache, render, session
from ui.i18n import t

st.title(t("s.title"))
try:
    a = session.current()
    result = cache.estimate(a.data, a.spec, a.settings)
    with st.spinner(t("s.progress", n=5000)):
        boot = cache.bootstrapped(a.data, a.spec, a.settings, 5000)
except engine.DriverLabError as exc:
    render.show_error(exc)

st.metric(t("metric.valid"), result.meta["n_obs"])
inf = boot.inference()
st.graphviz_chart(render.path_diagram(result, inf), width="stretch")
st.caption(t("s.diagram_help"))

st.subheader(t("s.table"))
paths = inf[inf.kind == "path"][["name", "estimate", "se", "t", "p", "ci_lower", "ci_upper"]]
render.table(paths.assign(sig=[render.stars(p) for p in paths.p]))
st.caption(f"n = {result.meta['n_obs']}, {boot.n_valid} resamples, seed {boot.seed}.")
with st.expander("R²"):
    render.table(result.r_squared)
with st.expander("f²"):
    render.table(result.f_squared)
