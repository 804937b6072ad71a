"""Collect answers: build the survey from the study's questionnaire and get its links."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from engine import DriverLabError
from engine.study.model import STUDY_LABELS, STUDY_MODEL
from engine.study.questionnaire import PROFILE
from ui import collect, render
from ui.i18n import LANGUAGES, language, t

if TYPE_CHECKING:
    from collect.store import QuestionDef

st.title(t("c.title"))
st.markdown(t("c.intro"))
collect.warn_if_form_not_served()

from collect import store  # noqa: E402  (after the title: the database opens on first use)


def survey_settings() -> tuple[str, str, list[str]]:
    """The survey's language, title and profile questions, as she chose them."""
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
    return survey_lang, title, profile


def item_editors(template: list[QuestionDef], survey_lang: str) -> dict[str, pd.DataFrame]:
    """One editable table of question wordings per construct, started from the template.

    Each table is drawn only while its section is open (five tables nobody opens cost
    nothing on each visit); her edits are kept when she folds a section, and an opened
    section starts from them."""
    st.subheader(t("c.items"))
    edited: dict[str, pd.DataFrame] = {}
    for construct in STUDY_MODEL.constructs:
        name = construct.name
        start = pd.DataFrame(
            {"text": [q.text for q in template if q.kind == "item" and q.construct == name]}
        )
        label = f"{STUDY_LABELS[name][language()]} ({name})"
        with render.folded(label, key=f"collect_fold_{name}_{survey_lang}") as shown:
            edited[name] = _item_editor(name, survey_lang, start, shown)
    return edited


def _item_editor(name: str, survey_lang: str, start: pd.DataFrame, shown: bool) -> pd.DataFrame:
    """Her wordings of one construct: the open editor's, else those she left it with."""
    kept = f"collect_items_kept_{name}_{survey_lang}"  # her wordings, kept while folded
    base = f"collect_items_base_{name}_{survey_lang}"  # what the open editor started from
    editor = f"collect_items_{name}_{survey_lang}"
    if not shown:  # base stays: an edit can still arrive for it (see _keep_edits)
        return st.session_state.get(kept, start)
    if st.session_state.get(editor) is None:  # no edits on a live table: start from hers
        st.session_state[base] = st.session_state.get(kept, start)
    frame = st.data_editor(
        st.session_state[base],
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={
            "text": st.column_config.TextColumn(
                t("c.question"), max_chars=store.MAX_TEXT, required=True, width="large"
            )
        },
        key=editor,
        on_change=_keep_edits,
        args=(name, survey_lang),
    )
    st.session_state[kept] = frame
    return frame


def _keep_edits(name: str, survey_lang: str) -> None:
    """Her edit, kept the moment Streamlit hears of it, before the page runs. Folding the
    section right after typing, the browser sends the fold first and the typed cell after
    it, to a page that no longer draws the table to hand the edit back (the template's
    wording came back when she reopened it); the edits are relative to the table's ``base``,
    which is kept for that reason while the section is folded."""
    base = st.session_state.get(f"collect_items_base_{name}_{survey_lang}")
    edits = st.session_state.get(f"collect_items_{name}_{survey_lang}")
    if base is not None and edits:
        st.session_state[f"collect_items_kept_{name}_{survey_lang}"] = _with_edits(base, edits)


def _with_edits(frame: pd.DataFrame, edits: dict) -> pd.DataFrame:
    """``frame`` (one column, ``text``) with a data editor's edits as Streamlit applies them:
    changed cells, then added rows at the end, then deleted rows (positions before the
    additions)."""
    rows = list(frame["text"])
    for at, change in (edits.get("edited_rows") or {}).items():
        if "text" in change:
            rows[int(at)] = change["text"]
    rows += [row.get("text") for row in edits.get("added_rows") or []]
    gone = {int(at) for at in edits.get("deleted_rows") or []}
    return pd.DataFrame({"text": [row for at, row in enumerate(rows) if at not in gone]})


def questions_from(
    template: list[QuestionDef], edited: dict[str, pd.DataFrame]
) -> list[QuestionDef]:
    """The template's non-item questions, then her non-empty wordings with fresh item codes."""
    questions = [q for q in template if q.kind != "item"]
    for name, frame in edited.items():
        taken: set[str] = set()
        for text in frame["text"].tolist():
            if text is None or not str(text).strip():
                continue
            code = store.next_item_code(name, taken)
            taken.add(code)
            questions.append(store.QuestionDef("item", code, str(text).strip(), name))
    return questions


def create(
    title: str, survey_lang: str, questions: list[QuestionDef], consent: str, once: bool
) -> None:
    """Create the survey; remember its owner token, or show why it could not be created."""
    try:
        created = store.create_survey(title, survey_lang, questions, consent, one_per_browser=once)
    except DriverLabError as exc:
        render.error(exc)  # what she typed stays in the widgets
    else:
        st.session_state[collect.TOKEN] = created.owner_token
        st.session_state.pop(collect.LOADED_COUNT, None)
        st.session_state["collect_created"] = (created.public_id, created.owner_token)


def show_links() -> None:
    """The respondents' link and the owner's (secret) link of the survey just created."""
    public_id, owner_token = st.session_state["collect_created"]
    st.success(t("c.created"))
    st.markdown(f"**{t('c.respondents_link')}**")
    st.code(collect.respondents_link(public_id), language=None)
    st.markdown(f"**{t('c.owner_link')}**")
    st.warning(t("c.owner_warning"), icon=":material/key:")
    st.code(collect.owner_link(owner_token), language=None)
    st.page_link("pages/survey.py", label=t("c.open_survey"), icon=":material/monitoring:")


survey_lang, title, profile = survey_settings()
template = store.template_questions(survey_lang, tuple(profile))
edited = item_editors(template, survey_lang)
consent = st.text_area(
    t("c.consent"),
    value=store.consent_default(survey_lang),
    max_chars=store.MAX_CONSENT,
    key=f"collect_consent_{survey_lang}",
)
one_per_browser = st.checkbox(t("c.one_per_browser"), value=True, key="collect_once")
if st.button(t("c.create"), type="primary"):
    create(title, survey_lang, questions_from(template, edited), consent, one_per_browser)
if "collect_created" in st.session_state:
    show_links()
