"""Structural model: the path diagram, the hypotheses and the mediation analysis."""

import pandas as pd
import streamlit as st

from engine.base.thresholds import ALPHA, VIF_CRITICAL, VIF_IDEAL
from engine.outputs import apa
from engine.outputs.svg import path_diagram, stars
from engine.outputs.thesis import hypotheses, hypothesis_labels, mediation
from ui import cache, owner, render, session, state
from ui.i18n import file_name, language, t


def _diagram(result, inf) -> None:
    render.path_diagram(result, inf)
    st.caption(t("s.diagram_help"))

    def _png() -> bytes:
        from engine.outputs.word import diagram_png

        return diagram_png(result, inf, lang=language())  # the drawing above, as a PNG

    left, right = st.columns(2)
    render.download(
        t("s.diagram_png"), _png, "path-diagram.png", "image/png", left, icon=":material/image:"
    )
    render.download(
        t("s.diagram_svg"),
        lambda: path_diagram(result, inf, language()),
        file_name=file_name("path_diagram", "svg"),
        mime="image/svg+xml",
        where=right,
        icon=":material/download:",
    )


def p_text(p: float) -> str:
    """p as the screen shows it, in the page's language: '< 0.001' / '< 0,001', never '0.000'."""
    lang = language()
    return "< " + apa.num(0.001, 3, lang) if p < 0.001 else apa.num(p, 3, lang)


# -- hypotheses (names editable, kept for the Word document) ----------------------------
LEVEL = 0.95


def _hypotheses(result, boot, inf) -> None:
    st.subheader(t("s.table"))  # "Hypothesis tests (bootstrap)": kept, journeys look for it
    st.caption(t("s.hypotheses_help", n=len(result.spec.paths), level=95, alpha=ALPHA))
    keys = [f"{s} -> {t_}" for s, t_ in result.spec.paths]
    names = {k: v for k, v in st.session_state.get(state.HYPOTHESIS_NAMES, {}).items() if k in keys}
    signs = {k: v for k, v in st.session_state.get(state.HYPOTHESIS_SIGNS, {}).items() if k in keys}
    hyp = hypotheses(result, boot, names=names, level=LEVEL, inference=inf, signs=signs)
    _rename(result, keys, names, signs, hyp)
    _hypothesis_table(result, boot, hyp)


#: How the editor shows a hypothesis's stated direction.
SIGN_SHOWN = {1: "+", -1: "−"}


def _rename(result, keys: list[str], names: dict, signs: dict, hyp: pd.DataFrame) -> None:
    with st.expander(t("s.rename"), expanded=bool(names) or bool(signs)):
        st.caption(t("s.rename_help"))
        edited = st.data_editor(
            pd.DataFrame(
                {
                    "path": keys,
                    "label": list(hyp.hypothesis),
                    "sign": [SIGN_SHOWN[int(e)] for e in hyp.expected],
                }
            ),
            hide_index=True,
            disabled=["path"],
            column_config={
                "path": st.column_config.TextColumn(t("col.path")),
                "label": st.column_config.TextColumn(t("s.col.label"), max_chars=20),
                "sign": st.column_config.SelectboxColumn(
                    t("s.col.sign"), options=list(SIGN_SHOWN.values()), required=True
                ),
            },
            key="hypothesis_editor",
        )
        default = hypothesis_labels(result.spec)
        given = {  # only the names that differ from H1..Hn (a blank one goes back to it)
            k: str(v).strip()
            for k, v in zip(edited.path, edited.label, strict=True)
            if v is not None and str(v).strip() and str(v).strip() != default[k]
        }
        negative = {k: -1 for k, v in zip(edited.path, edited.sign, strict=True) if v == "−"}
        if given != {k: v for k, v in names.items() if v and v != default[k]} or negative != {
            k: v for k, v in signs.items() if v < 0
        }:
            st.session_state[state.HYPOTHESIS_NAMES] = given
            st.session_state[state.HYPOTHESIS_SIGNS] = negative
            st.rerun()


def _hypothesis_table(result, boot, hyp: pd.DataFrame) -> None:
    shown = pd.DataFrame(
        {
            "hypothesis": hyp.hypothesis,
            "path": [p.replace(" -> ", " → ") for p in hyp.path],
            "beta": hyp.beta,
            "sig": [stars(p) for p in hyp.p],
            "se": hyp.se,
            "t": hyp.t,
            "p": [p_text(p) for p in hyp.p],
            "ci_lower": hyp.ci_lower,
            "ci_upper": hyp.ci_upper,
            "f2": hyp.f2,
            "decision": [t("s.supported") if s else t("s.not_supported") for s in hyp.supported],
        }
    )
    render.table(
        shown,
        hypothesis=t("s.col.hypothesis"),
        beta=t("s.col.beta"),
        decision=t("s.col.decision"),
    )
    st.caption(t("s.boot_note", n=result.meta["n_obs"], valid=boot.n_valid, seed=boot.seed))


# -- mediation ------------------------------------------------------------------------------
def _mediation(result, boot, inf) -> None:
    st.subheader(t("s.mediation"))
    med = mediation(result, boot, level=LEVEL, inference=inf)
    if len(med):
        st.caption(t("s.mediation_help"))
        render.table(
            pd.DataFrame(
                {
                    "chain": [c.replace(" -> ", " → ") for c in med.chain],
                    "indirect": med.indirect,
                    "se": med.se,
                    "t": med.t,
                    "p": [p_text(p) for p in med.p],
                    "ci_lower": med.ci_lower,
                    "ci_upper": med.ci_upper,
                    "direct": [
                        apa.num(row.direct, lang=language())
                        + " "
                        + apa.interval(row.direct_ci_lower, row.direct_ci_upper, lang=language())
                        if row.direct_in_model
                        else t("s.not_in_model")
                        for row in med.itertuples(index=False)
                    ],
                    "type": [t(f"s.type.{k}") for k in med.type],
                    "mediation": [t(f"s.med.{k}") for k in med.mediation],
                }
            ),
            chain=t("s.col.chain"),
            indirect=t("s.col.indirect"),
            direct=t("s.col.direct"),
            type=t("s.col.type"),
            mediation=t("s.col.mediation"),
        )
    else:
        st.caption(t("s.no_mediation"))


# -- the rest of the structural assessment (Hair et al. 2019): collinearity, prediction ------
def _inner_vif(result) -> None:
    """Each outcome's predictors' VIF, judged green below 3, amber below 5, red above."""
    st.caption(t("s.vif_inner_help", VIF_IDEAL=VIF_IDEAL, VIF_CRITICAL=VIF_CRITICAL))
    vif = result.vif_inner
    vif = vif.assign(
        ok=[render.light(v, lambda x: x < VIF_IDEAL, lambda x: x < VIF_CRITICAL) for v in vif.vif]
    )
    render.table(vif[["ok", "source", "target", "vif"]])


def _prediction(analysis, result) -> None:
    """PLSpredict (Shmueli et al. 2019): Q²predict and the errors against the linear model."""
    with st.spinner(t("s.predict_working")):
        table, verdict = cache.prediction(
            analysis.data, analysis.spec, analysis.settings, result, analysis.digest
        )
    if table.q2_predict.isna().all():
        st.caption(t("s.predict_none"))
        return
    st.caption(t("s.predict_help", verdict=t(f"verdict.{verdict}")))
    columns = ["indicator", "q2_predict", "rmse_pls", "rmse_lm", "mae_pls", "mae_lm"]
    render.table(
        table[columns],
        q2_predict="Q²predict",
        rmse_pls="RMSE PLS",
        rmse_lm="RMSE LM",
        mae_pls="MAE PLS",
        mae_lm="MAE LM",
    )


st.title(t("s.title"))
r = session.results()
result, boot = r.result, r.boot

st.metric(t("metric.valid"), result.meta["n_obs"])
owner.codes_legend(result)  # wt-13a: the plain name beside each code
inf = boot.inference()
_diagram(result, inf)
_hypotheses(result, boot, inf)
_mediation(result, boot, inf)

with render.folded("R²", key="structural_r2") as shown:
    if shown:
        render.table(result.r_squared)
with render.folded("f²", key="structural_f2") as shown:
    if shown:
        render.table(result.f_squared)
with render.folded(t("s.vif_inner"), key="structural_vif") as shown:
    if shown:
        _inner_vif(result)
with render.folded(t("s.predict"), key="structural_predict") as shown:
    if shown:
        _prediction(r.analysis, result)
