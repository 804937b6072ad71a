"""Your survey (the owner's link): links, live progress, waves, her data."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

import engine
from engine import DriverLabError
from ui import collect, render, state
from ui.i18n import t

if TYPE_CHECKING:
    from collect.store import SurveyView

st.title(t("nav.survey"))

if collect.token() is None:
    st.info(t("c.no_token"))
    st.page_link("pages/collect.py", label=t("nav.collect"), icon=":material/add_circle:")
    st.stop()

view = collect.survey()
if view is None:
    st.error(f"**{t('c.bad_token')}**\n\n{t('c.bad_token_hint')}", icon=":material/report:")
    st.stop()

from collect import store  # noqa: E402


def links(view: SurveyView) -> None:
    """The respondents' link (and its QR code) and the owner's secret link."""
    st.subheader(render.plain(view.title))
    collect.warn_if_form_not_served()
    link = collect.respondents_link(view.public_id)
    st.markdown(f"**{t('c.respondents_link')}**")
    st.code(link, language=None)
    with st.expander(t("c.qr")):
        png = collect.qr_png(link)
        st.image(png, width=240)
        st.download_button(t("c.qr_download"), png, "survey-qr.png", "image/png")
    with st.expander(t("c.owner_link")):
        st.warning(t("c.owner_warning"), icon=":material/key:")
        st.code(collect.owner_link(st.session_state[collect.TOKEN]), language=None)


@st.fragment(run_every=collect.REFRESH_SECONDS)
def progress() -> None:
    """Counts and the progress meter; reloads the session's data when answers arrived."""
    from engine.analytics.drivers import sample_size
    from engine.core.power import minimum_sample
    from ui import cache

    n = store.count(view.id)
    changed = n != st.session_state.get(collect.LOADED_COUNT)
    loaded = (
        collect.load(view)
        if changed
        else st.session_state.get(state.SOURCE, "").startswith(collect.SOURCE_PREFIX)
    )
    # the study's figure until her own answers reach it (a path estimated on a handful
    # of answers is too noisy to set the target); then her own model's figure
    sample = cache.sample_survey()
    study = cache.estimate(sample.data, engine.STUDY_MODEL, engine.Settings())
    minimum = int(minimum_sample(study.paths, n)["minimum_n"])
    # usable answers counted by the screening even while too few to estimate (they said
    # "2 answers (0 usable)" for two complete answers)
    valid = (
        st.session_state[state.SURVEY].screening.valid
        if loaded
        else st.session_state.get(state.COLLECT_USABLE, 0)
    )
    note = t("c.minimum_from_study")
    if loaded and valid >= minimum:
        result = cache.estimate(
            st.session_state[state.DATA],
            st.session_state[state.MODEL],
            st.session_state.get(state.SETTINGS) or engine.Settings(),
        )
        minimum = int(sample_size(result)["minimum_n"])
        note = ""
    st.metric(t("metric.valid"), f"{valid} / {minimum}")
    st.progress(
        min(1.0, valid / minimum if minimum else 1.0),
        text=t("c.progress", n=n, valid=valid, minimum=minimum),
    )
    if note:
        st.caption(note)
    if loaded:
        st.caption(t("c.enough") if valid >= minimum else t("c.loaded"))
    else:
        st.caption(t("c.not_yet"))


def waves(view: SurveyView, counts: dict[int, int]) -> None:
    """The waves so far (answers, start, note) and the form that starts a new one."""
    st.subheader(t("c.waves"))
    for number, note, started in view.waves:
        line = t(
            "c.wave_row",
            number=number,
            n=counts.get(number, 0),
            started=started[:16].replace("T", " "),
        )
        st.markdown(render.plain(line) + (f" — {render.plain(note)}" if note else ""))
    with st.form("collect_new_wave"):
        wave_note = st.text_input(t("c.new_wave_note"), max_chars=store.MAX_NOTE)
        if st.form_submit_button(t("c.new_wave")):
            try:
                number = store.new_wave(st.session_state[collect.TOKEN], wave_note)
            except DriverLabError as exc:
                render.error(exc)
            else:
                st.success(t("c.new_wave_done", number=number))
                st.rerun()


def compare(view: SurveyView, counts: dict[int, int]) -> None:
    """Two waves side by side, in sentences (once there are two waves with answers)."""
    if len(view.waves) < 2:
        st.caption(t("c.compare_need"))
        return
    st.subheader(t("c.compare"))
    numbers = [w[0] for w in view.waves]
    a, b = st.columns(2)
    first = a.selectbox(t("c.compare_first"), numbers, index=len(numbers) - 2)
    second = b.selectbox(t("c.compare_second"), numbers, index=len(numbers) - 1)
    if first != second and counts.get(first) and counts.get(second):
        try:
            lines = collect.wave_sentences(collect.comparison(view, first, second))
        except DriverLabError as exc:  # e.g. no usable answer yet
            render.error(exc)
        else:
            for line in lines:
                st.markdown(render.plain(line))


def downloads() -> None:
    """Her answers as CSV and as a workbook."""
    st.subheader(t("c.data"))
    frame = collect.responses()
    st.download_button(
        t("c.download_csv"),
        frame.to_csv(index=False).encode("utf-8-sig"),
        "responses.csv",
        "text/csv",
    )
    st.download_button(
        t("c.download_xlsx"),
        collect.workbook(frame),
        "responses.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def delete_wave(view: SurveyView) -> None:
    """Delete one wave (confirmed), when the survey has more than one."""
    with st.expander(t("c.delete_wave")):
        if len(view.waves) <= 1:
            st.caption(t("c.delete_survey"))
            return
        number = st.selectbox(t("c.waves"), [w[0] for w in view.waves], key="collect_del_wave")
        sure = st.checkbox(t("c.confirm"), key="collect_del_wave_sure")
        if st.button(t("c.delete"), key="collect_del_wave_go", disabled=not sure):
            store.delete_wave(st.session_state[collect.TOKEN], number)
            st.session_state.pop(collect.LOADED_COUNT, None)
            st.success(t("c.deleted_wave", number=number))
            st.rerun()


def delete_survey() -> None:
    """Delete the whole survey (confirmed) and forget its owner link in this session."""
    with st.expander(t("c.delete_survey")):
        sure = st.checkbox(t("c.confirm"), key="collect_del_survey_sure")
        if st.button(t("c.delete"), key="collect_del_survey_go", disabled=not sure, type="primary"):
            store.delete_survey(st.session_state[collect.TOKEN])
            collect.forget()
            st.session_state.pop("collect_created", None)
            st.query_params.pop("owner", None)
            st.success(t("c.deleted_survey"))
            st.stop()


links(view)
progress()
counts = store.counts_by_wave(view.id)
waves(view, counts)
compare(view, counts)
downloads()
delete_wave(view)
delete_survey()
