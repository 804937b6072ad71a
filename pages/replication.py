"""Replication: the paper's Tables 1-6 next to what the engine computes from the sample."""

import streamlit as st

import engine
from engine.study.replication import (
    comparable,
    inconsistencies,
    load_paper,
    model_differences,
    replicate,
)
from ui import cache, render, state
from ui.i18n import language, t


def _replicate():
    """The sample, the study model's estimate and bootstrap, and the paper's tables beside them."""
    try:
        sample = cache.sample_survey()
        settings = engine.Settings()
        result = cache.estimate(sample.data, engine.STUDY_MODEL, settings)
        with st.spinner("Bootstrap…"):
            boot = cache.bootstrapped(sample.data, engine.STUDY_MODEL, settings, 5000)
        tables = replicate(result, boot, sample.profile_table())
    except engine.DriverLabError as exc:
        render.show_error(exc)
    return sample, settings, boot, tables


def _summary(sample, boot) -> None:
    screening = sample.screening
    st.metric(t("metric.valid"), screening.valid)
    st.caption(
        t(
            "rep.summary",
            collected=screening.collected,
            excluded=screening.collected - screening.valid,
            valid=screening.valid,
            n_boot=boot.n_boot,
            seed=boot.seed,
        )
    )


def _your_model(sample, settings, tables) -> None:
    total = sum(len(v) for v in tables.values())
    ok = sum(int(v.within.sum()) for v in tables.values())

    # Issue 18: the paper's tables belong to the study's model. When the session uses another
    # model, say so, compare it only on what does not depend on the model, and never count the
    # study model's agreement as the user's.
    spec = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    changes = model_differences(spec)
    if any(changes.values()):
        listed = "; ".join(
            t(f"rep.change.{kind}", x=", ".join(v.replace(" -> ", " → ") for v in values))
            for kind, values in changes.items()
            if values
        )
        st.warning(render.plain(t("rep.other_model", changes=listed)), icon=":material/warning:")
        st.subheader(t("rep.yours"))
        st.caption(t("rep.yours_help"))
        try:
            mine = cache.estimate(sample.data, spec, settings)
        except engine.DriverLabError as exc:
            render.show_error(exc)
        same = comparable(mine, sample.profile_table())
        your_total = sum(len(v) for v in same.values())
        your_ok = sum(int(v.within.sum()) for v in same.values())
        st.info(t("rep.yours_matched", ok=your_ok, total=your_total), icon=":material/compare:")
        for key, frame in same.items():
            with render.folded(t(f"rep.{key}"), key=f"rep_yours_{key}") as shown:
                if shown:  # drawn only when opened
                    render.table(frame.drop(columns=["table"]))
        st.subheader(t("rep.title"))
        st.info(t("rep.study_matched", ok=ok, total=total), icon=":material/info:")
    else:
        st.success(t("rep.matched", ok=ok, total=total), icon=":material/check_circle:")


def _paper_tables(tables) -> None:
    notes = {}
    for item in inconsistencies(load_paper()):
        notes.setdefault(item.table, []).append(item)

    for key, frame in tables.items():
        st.subheader(t(f"rep.{key}"))
        st.caption(t(f"rep.{key}_help"))
        render.table(frame.drop(columns=["table"]))
        for item in notes.get(key, []):
            st.warning(
                f"**{t('rep.inconsistency')}:** " + item.text(language()),
                icon=":material/search:",
            )


st.title(t("rep.title"))
st.info(t("rep.synthetic"), icon=":material/info:")
sample, settings, boot, tables = _replicate()
_summary(sample, boot)
_your_model(sample, settings, tables)
_paper_tables(tables)
