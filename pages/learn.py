"""Learn: what PLS-SEM is and each statistic in one paragraph, with thresholds and sources."""

import streamlit as st

from ui.i18n import t

st.title(t("learn.title"))
for key in (
    "what",
    "loading",
    "reliability",
    "ave",
    "htmt",
    "vif",
    "paths",
    "r2",
    "ipma",
    "mga",
    "predict",
):
    st.markdown(t(f"learn.{key}"))
