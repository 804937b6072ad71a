"""Collect answers: build the survey from the study's questionnaire and get its links."""

import pandas as pd
import streamlit as st

from engine import DriverLabError
from engine.study.model import STUDY_LABELS, STUDY_MODEL
from engine.study.questionnaire import PROFILE
from ui import collect, render
from ui.i18n import LANGUAGES, language, t

st.title(t("c.title"))
st.markdown(t("c.intro"))
collect.warn_if_form_not_served()

from collect import store  # noqa: E402  (after the title: the database opens on first use)

langs = list(LANGUAGES)
survey_lang = st.selectbox(
    t("c.survey_lang"),
    langs,
    index=langs.index(language()),
    format_func=LANGUAGES.get,
    key="collect_lang",
)
k = 0 if survey_lang == "en" else 1
title = st.text_input(
    t("c.survey_title"),
    value=t("c.default_title") if survey_lang == language() else "",
    max_chars=store.MAX_TITLE,
    key=f"collect_title_{survey_lang}",
)
st.caption(t("c.screening"))
profile = st.multiselect(
    t("c.profile"),
    list(PROFILE),
    default=list(PROFILE),
    format_func=lambda f: PROFILE[f][k],
    key="collect_profile",
)

st.subheader(t("c.items"))
template = store.template_questions(survey_lang, tuple(profile))
edited: dict[str, pd.DataFrame] = {}
for construct in STUDY_MODEL.constructs:
    name = construct.name
    start = pd.DataFrame(
        {"text": [q.text for q in template if q.kind == "item" and q.construct == name]}
    )
    with st.expander(f"{STUDY_LABELS[name][language()]} ({name})"):
        edited[name] = st.data_editor(
            start,
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config={
                "text": st.column_config.TextColumn(
                    t("c.question"), max_chars=store.MAX_TEXT, required=True, width="large"
                )
            },
            key=f"collect_items_{name}_{survey_lang}",
        )

consent = st.text_area(
    t("c.consent"),
    value=store.consent_default(survey_lang),
    max_chars=store.MAX_CONSENT,
    key=f"collect_consent_{survey_lang}",
)
one_per_browser = st.checkbox(t("c.one_per_browser"), value=True, key="collect_once")

if st.button(t("c.create"), type="primary"):
    questions = [q for q in template if q.kind != "item"]
    for name, frame in edited.items():
        taken: set[str] = set()
        for text in frame["text"].tolist():
            if text is None or not str(text).strip():
                continue
            code = store.next_item_code(name, taken)
            taken.add(code)
            questions.append(store.QuestionDef("item", code, str(text).strip(), name))
    try:
        created = store.create_survey(
            title, survey_lang, questions, consent, one_per_browser=one_per_browser
        )
    except DriverLabError as exc:
        render.error(exc)  # what she typed stays in the widgets
    else:
        st.session_state[collect.TOKEN] = created.owner_token
        st.session_state.pop(collect.LOADED_COUNT, None)
        st.session_state["collect_created"] = (created.public_id, created.owner_token)

if "collect_created" in st.session_state:
    public_id, owner_token = st.session_state["collect_created"]
    st.success(t("c.created"))
    st.markdown(f"**{t('c.respondents_link')}**")
    st.code(collect.respondents_link(public_id), language=None)
    st.markdown(f"**{t('c.owner_link')}**")
    st.warning(t("c.owner_warning"), icon=":material/key:")
    st.code(collect.owner_link(owner_token), language=None)
    st.page_link("pages/survey.py", label=t("c.open_survey"), icon=":material/monitoring:")
