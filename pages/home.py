"""Home: what Driver Lab answers, with a first look at the survey in use."""

import streamlit as st

from ui import render, session
from ui.i18n import t

st.title(t("app.title"))
st.markdown(t("home.intro"))

r = session.results(with_bootstrap=False)
analysis, result = r.analysis, r.result

n = result.meta["n_obs"]
st.caption(t("home.sample_caption", n=n) if analysis.is_sample else t("home.own_caption", n=n))
st.metric(t("metric.valid"), n)

st.subheader(t("home.paths"))
st.caption(t("home.paths_help"))
render.table(result.paths, estimate=t("col.coefficient"))

st.subheader(t("home.reliability"))
st.caption(t("home.reliability_help"))
render.table(result.reliability)  # headers from the catalog, in her language

with st.expander(t("home.notes")):
    render.notes(result.notes)
