"""Replication: the paper's Tables 1-6 next to what the engine computes from the sample."""

import streamlit as st

import engine
from engine.replication import inconsistencies, load_paper, replicate
from ui import cache, render
from ui.i18n import language, t

st.title(t("rep.title"))
st.info(t("rep.synthetic"), icon=":material/info:")

try:
    sample = cache.sample_survey()
    settings = engine.Settings()
    result = cache.estimate(sample.data, engine.STUDY_MODEL, settings)
    with st.spinner("Bootstrap…"):
        boot = cache.bootstrapped(sample.data, engine.STUDY_MODEL, settings, 5000)
    tables = replicate(result, boot, sample.profile_table())
except engine.DriverLabError as exc:
    render.show_error(exc)

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
total = sum(len(v) for v in tables.values())
ok = sum(int(v.within.sum()) for v in tables.values())
st.success(t("rep.matched", ok=ok, total=total), icon=":material/check_circle:")

notes = {}
for item in inconsistencies(load_paper()):
    notes.setdefault(item.table, []).append(item)

for key, frame in tables.items():
    st.subheader(t(f"rep.{key}"))
    st.caption(t(f"rep.{key}_help"))
    render.table(frame.drop(columns=["table"]))
    for item in notes.get(key, []):
        st.warning(
            f"**{t('rep.inconsistency')}:** "
            + (
                f"{item.what_id} {item.explanation_id}"
                if language() == "id"
                else f"{item.what} {item.explanation}"
            ),
            icon=":material/search:",
        )
