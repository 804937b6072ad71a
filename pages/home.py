"""Home: what Driver Lab answers, with a first look at the bundled demo survey."""

import streamlit as st

import engine
from ui import cache, render, state

st.title("Driver Lab")
st.markdown(
    "Which part of your live-streaming sales moves customers most? Driver Lab estimates "
    "how **interactivity**, **informativeness** and **personalization** drive "
    "**customer engagement**, and how engagement drives **value co-creation** "
    "(PLS-SEM, the method of the study behind it)."
)

try:
    data = st.session_state.get(state.DATA)
    if data is None:
        data = cache.demo_survey()
        st.session_state[state.DATA] = data
        st.session_state[state.SOURCE] = "demo"
    spec = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    settings = st.session_state.get(state.SETTINGS, engine.Settings())
    result = cache.estimate(data, spec, settings)
except engine.DriverLabError as exc:
    render.show_error(exc)

source = st.session_state.get(state.SOURCE)
st.caption(
    f"A first look at the bundled demo survey (synthetic, {result.meta['n_obs']} responses)."
    if source == "demo"
    else f"Your survey: {result.meta['n_obs']} responses used."
)
st.metric("Valid responses", result.meta["n_obs"])

st.subheader("Path coefficients")
st.caption(
    "How strongly each construct drives the next (standardized; 0 = no effect, 1 = lockstep)."
)
render.table(result.paths, source="From", target="To", estimate="Coefficient")

st.subheader("Reliability")
st.caption(
    "Do each construct's questions agree? Alpha, rho_A and rho_C should exceed 0.70, AVE 0.50."
)
render.table(
    result.reliability,
    construct="Construct",
    alpha="Cronbach's alpha",
    rho_c="rho_C",
    rho_a="rho_A",
    ave="AVE",
)

with st.expander("What the numbers say"):
    render.notes(result.notes)
