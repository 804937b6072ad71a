"""Structural model: the path diagram and the hypothesis tests."""

import streamlit as st

from engine.svg import path_diagram, stars
from ui import owner, render, session
from ui.i18n import file_name, language, t

st.title(t("s.title"))
r = session.results()
result, boot = r.result, r.boot

st.metric(t("metric.valid"), result.meta["n_obs"])
owner.codes_legend(result)  # wt-13a: the plain name beside each code
inf = boot.inference()
st.graphviz_chart(render.path_diagram(result, inf), width="stretch")
st.caption(t("s.diagram_help"))
render.download(
    t("s.diagram_svg"),
    lambda: path_diagram(result, inf, language()),
    file_name=file_name("path_diagram", "svg"),
    mime="image/svg+xml",
    icon=":material/download:",
)

st.subheader(t("s.table"))
paths = inf[inf.kind == "path"][["name", "estimate", "se", "t", "p", "ci_lower", "ci_upper"]]
render.table(paths.assign(sig=[stars(p) for p in paths.p]))
st.caption(t("s.boot_note", n=result.meta["n_obs"], valid=boot.n_valid, seed=boot.seed))
with st.expander("R²"):
    render.table(result.r_squared)
with st.expander("f²"):
    render.table(result.f_squared)
