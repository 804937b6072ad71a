"""Measurement quality: loadings, reliability, validity, VIF — each with a traffic light."""

import streamlit as st

from engine.base import thresholds as th
from engine.core.notes import rho_a_readable
from ui import owner, render, session
from ui.i18n import t


def _loadings(result) -> None:
    st.subheader(t("m.loadings"))
    st.caption(t("m.loadings_help"))
    outer = result.outer.assign(
        ok=[
            render.light(v, lambda x: x >= th.LOADING_MIN, lambda x: x >= th.LOADING_DROP)
            for v in result.outer.loading
        ]
    )
    render.table(outer[["ok", "construct", "indicator", "loading", "weight"]])


def _reliability(result) -> None:
    st.subheader(t("home.reliability"))
    st.caption(t("m.reliability_help"))
    rel = result.reliability
    rel = rel.assign(
        ok=[
            render.light(
                # a rho_A outside 0-1 is no reliability (notes.rho_a_readable): not judged
                min(r.alpha, r.rho_a if rho_a_readable(r.rho_a) else 1.0, r.rho_c)
                if r.ave >= th.AVE_MIN
                else 0.0,
                lambda x: x >= th.RELIABILITY_MIN,
                lambda x: x >= 0.6,
            )
            if max(r.alpha, r.rho_c) <= th.RELIABILITY_MAX
            else render.LIGHT["amber"]
            for r in rel.itertuples()
        ]
    )
    render.table(rel[["ok", "construct", "alpha", "rho_a", "rho_c", "ave"]])


def _discriminant(result, boot) -> None:
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
            names = list(result.layout.names)
            fl = fl.loc[names, names].rename_axis(index=None, columns=None)
            # through the one table rule: "Construct" header, "—" above the diagonal, 0,773
            render.table(fl.reset_index(names="construct"))


def _vif(result) -> None:
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


st.title(t("m.title"))
r = session.results()
st.metric(t("metric.valid"), r.result.meta["n_obs"])
owner.codes_legend(r.result)  # the plain name beside each code
_loadings(r.result)
_reliability(r.result)
_discriminant(r.result, r.boot)
_vif(r.result)
with render.folded(t("home.notes"), key="measurement_notes") as shown:
    if shown:  # drawn only when opened
        render.notes(r.result.notes)
