"""Measurement quality: loadings, reliability, validity, VIF — each with a traffic light."""

import streamlit as st

from engine.base import thresholds as th
from ui import owner, render, session
from ui.i18n import t

st.title(t("m.title"))
r = session.results()
result, boot = r.result, r.boot

st.metric(t("metric.valid"), result.meta["n_obs"])
owner.codes_legend(result)  # wt-13a: the plain name beside each code

st.subheader(t("m.loadings"))
st.caption(t("m.loadings_help"))
outer = result.outer.assign(
    ok=[
        render.light(v, lambda x: x >= th.LOADING_MIN, lambda x: x >= th.LOADING_DROP)
        for v in result.outer.loading
    ]
)
render.table(outer[["ok", "construct", "indicator", "loading", "weight"]])

st.subheader(t("home.reliability"))
st.caption(t("m.reliability_help"))
rel = result.reliability
rel = rel.assign(
    ok=[
        render.light(
            min(r.alpha, r.rho_a, r.rho_c) if r.ave >= th.AVE_MIN else 0.0,
            lambda x: x >= th.RELIABILITY_MIN,
            lambda x: x >= 0.6,
        )
        if max(r.alpha, r.rho_c) <= th.RELIABILITY_MAX
        else render.LIGHT["amber"]
        for r in rel.itertuples()
    ]
)
render.table(rel[["ok", "construct", "alpha", "rho_a", "rho_c", "ave"]])

st.subheader(t("m.htmt"))
st.caption(t("m.htmt_help"))
inf = boot.inference()
h = inf[inf.kind == "htmt"][["name", "estimate", "ci_lower", "ci_upper"]]
h = h.assign(
    ok=[
        render.light(v, lambda x: x < th.HTMT_STRICT, lambda x: x < th.HTMT_LIBERAL)
        for v in h.estimate
    ]
)
render.table(h[["ok", "name", "estimate", "ci_lower", "ci_upper"]])

with render.folded(t("m.fl"), key="measurement_fl") as shown:
    if shown:
        fl = result.fornell_larcker.pivot(
            index="construct_a", columns="construct_b", values="value"
        )
        st.dataframe(fl.loc[list(result.layout.names), list(result.layout.names)].round(3))

st.subheader(t("m.vif"))
st.caption(t("m.vif_help"))
# judged for formative (mode B) topics only; in mode A only a near-copy is red (issue 20)
formative = {c.name for c in result.spec.constructs if c.mode == "B"}
vif = result.vif_outer.assign(
    ok=[
        render.light(v, lambda x: x < th.VIF_IDEAL, lambda x: x < th.VIF_CRITICAL)
        if c in formative
        else (render.LIGHT["red"] if v >= th.VIF_NEAR_COPY else "")  # mode A: not judged
        for c, v in zip(result.vif_outer.construct, result.vif_outer.vif, strict=True)
    ]
)
render.table(vif[["ok", "construct", "indicator", "vif"]])
with st.expander(t("home.notes")):
    render.notes(result.notes)
