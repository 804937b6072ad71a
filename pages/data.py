"""Data: upload and map a survey, see how it was screened and who answered."""

from contextlib import contextmanager

import pandas as pd
import streamlit as st

import engine
from engine.base.text import listing
from engine.base.text import render as render_message
from engine.intake.io import UPLOAD_SUFFIXES
from engine.intake.survey import PROFILE_FIELDS, load_mapping, reason_text
from engine.intake.template import template_csv, template_xlsx
from ui import cache, mapping, render, session, state
from ui.i18n import field_label, file_name, language, t


def _upload() -> None:
    sample_column = st.columns(2)[0]  # half the width, as the upload box below
    if sample_column.button(t("data.sample"), icon=":material/science:", width="stretch"):
        session.load_sample()

    upload = st.file_uploader(t("data.upload"), type=[s[1:] for s in UPLOAD_SUFFIXES])
    if upload is not None and upload.file_id != st.session_state.get("upload_file_id"):
        st.session_state["upload_file_id"] = upload.file_id
        try:
            session.receive_upload(upload.getvalue(), upload.name)
        except engine.DriverLabError as exc:
            render.error(exc)
            if state.DATA in st.session_state:
                st.caption(t("data.kept"))

    if state.PENDING in st.session_state:  # her questions wait for her to confirm their topics
        mapping.step()
        st.stop()


def _current() -> session.Analysis:
    try:
        analysis = session.current()
    except engine.DriverLabError as exc:
        render.show_error(exc)
    return analysis


def _summary(analysis: session.Analysis) -> None:
    survey = analysis.survey
    st.metric(t("metric.valid"), survey.screening.valid)
    if analysis.is_sample:
        st.caption(t("data.using_sample"))
    else:
        st.caption(t("data.using_file", name=render.plain(analysis.source)))
        info = st.session_state.get(state.UPLOAD_TABLE, {})
        messages = info.get("messages", ())
        read = [render_message(m, language()) for m in messages] or info.get("notes")
        if read:
            st.caption(t("data.read_notes") + ": " + render.plain("; ".join(read)))

    st.caption(t("data.scale", lo=survey.scale[0], hi=survey.scale[1]))
    if not analysis.is_sample:  # analysed: the way to her answer (on a phone the menu is folded)
        st.page_link("pages/home.py", label=t("data.see_results"), icon=":material/home:")


# -- mapping -----------------------------------------------------------------------
def _own_questionnaire(survey) -> None:
    """The model follows her own questionnaire."""
    st.caption(t("map.questions_used", n=len(survey.spec.items)))
    c1, c2 = st.columns(2)
    if c1.button(t("map.change"), icon=":material/edit:"):
        session.remap_current()
        st.rerun()
    render.download(
        t("data.save_mapping"),
        survey.mapping_json(),
        file_name=file_name("mapping", "json"),
        mime="application/json",
        where=c2,
    )


def _coded_export(analysis: session.Analysis) -> None:
    """A coded export: item codes per column, as before."""
    survey = analysis.survey
    with _mapping_box(analysis) as shown:
        if not shown:
            return
        st.caption(t("data.mapping_help"))
        edited = _mapping_editor(analysis)
        unused = survey.unmatched()
        if unused:
            st.caption(t("data.unused", cols=render.plain(", ".join(unused))))
        can_remap = not analysis.is_sample and state.UPLOAD_BYTES in st.session_state
        c1, c2 = st.columns(2)
        if c1.button(t("data.apply"), disabled=not can_remap):
            _apply_mapping(survey, edited)
        render.download(
            t("data.save_mapping"),
            survey.mapping_json(),
            file_name="driver-lab-mapping.json",
            mime="application/json",
            where=c2,
        )
        _open_mapping(can_remap)


@contextmanager
def _mapping_box(analysis: session.Analysis):
    """The mapping's section: open for her file; for the sample (nothing to apply there)
    folded and drawn only when opened (its editor is a table the browser draws)."""
    if analysis.is_sample:
        with render.folded(t("data.mapping"), key="data_mapping_sample") as shown:
            yield shown
    else:
        with st.expander(t("data.mapping"), expanded=True):
            yield True


def _mapping_editor(analysis: session.Analysis) -> pd.DataFrame:
    survey = analysis.survey
    targets = [
        "",
        *analysis.spec.items,
        *PROFILE_FIELDS,
        "age_17_plus",
        "has_watched",
        "timestamp",
        "duration",
    ]
    frame = pd.DataFrame(
        {
            t("data.column"): [m.column for m in survey.mapping],
            t("data.used_as"): [m.target or "" for m in survey.mapping],
        }
    )
    return st.data_editor(
        frame,
        hide_index=True,
        disabled=[t("data.column")],
        column_config={
            t("data.used_as"): st.column_config.SelectboxColumn(
                options=targets, required=False, format_func=field_label
            )
        },
        key="mapping_editor",
        width="stretch",
    )


def _apply_mapping(survey, edited: pd.DataFrame) -> None:
    before = {m.column: (m.target or "") for m in survey.mapping}
    after = dict(zip(edited.iloc[:, 0], edited.iloc[:, 1].fillna(""), strict=True))
    overrides = dict(st.session_state.get(state.OVERRIDES, {}))
    overrides.update({c: (v or None) for c, v in after.items() if before.get(c) != v})
    try:
        session.load_upload(
            st.session_state[state.UPLOAD_BYTES],
            st.session_state[state.UPLOAD_NAME],
            overrides,
            st.session_state.get(state.REVERSED, ()),
        )
        st.rerun()
    except engine.DriverLabError as exc:
        render.error(exc)


def _open_mapping(can_remap: bool) -> None:
    saved = st.file_uploader(
        "mapping.json",
        type=["json"],
        key="mapping_upload",
        disabled=not can_remap,
        label_visibility="collapsed",
    )
    if saved is not None and can_remap and saved.file_id != st.session_state.get("mapping_id"):
        st.session_state["mapping_id"] = saved.file_id
        try:
            overrides, reversed_items = load_mapping(saved.getvalue().decode("utf-8", "replace"))
            session.load_upload(
                st.session_state[state.UPLOAD_BYTES],
                st.session_state[state.UPLOAD_NAME],
                overrides,
                reversed_items,
            )
            st.rerun()
        except engine.DriverLabError as exc:
            render.error(exc)


def _problems(analysis: session.Analysis) -> None:
    """The issues found in her answers, and the items that look reverse-worded."""
    survey = analysis.survey
    if len(survey.issues):
        with st.expander(t("data.issues"), expanded=True):
            render.table(survey.issues_table(language()))

    # shown for her own surveys only; computed once per data and model
    suspects = (
        []
        if analysis.is_sample
        else cache.kept(
            "reversed",
            cache.digest(survey.data, analysis.spec, table=analysis.digest),
            lambda: survey.suspected_reversed(analysis.spec),
        )
    )
    if suspects:
        items = render.plain(", ".join(suspects))
        st.warning(t("data.reversed", items=items), icon=":material/swap_vert:")
        if st.button(t("data.recode")):
            try:
                session.load_upload(
                    st.session_state[state.UPLOAD_BYTES],
                    st.session_state[state.UPLOAD_NAME],
                    st.session_state.get(state.OVERRIDES, {}),
                    tuple(st.session_state.get(state.REVERSED, ())) + tuple(suspects),
                )
                st.rerun()
            except engine.DriverLabError as exc:
                render.error(exc)


# -- screening and profile ------------------------------------------------------------
def _screening(analysis: session.Analysis) -> None:
    survey = analysis.survey
    st.subheader(t("data.screening"))
    screening = survey.screening
    st.write(screening.summary(language()))
    if len(screening.excluded):
        render.download(
            t("data.excluded_download"),
            lambda: screening.excluded_table().to_csv(index=False),  # built when pressed
            file_name=file_name("excluded", "csv"),
            mime="text/csv",
        )
    flagged = screening.flagged_rows()
    if flagged:  # with her file's row numbers, so she can look each one up
        lang = language()
        what = "; ".join(
            t(
                "data.flagged_rows" if len(rows) > 1 else "data.flagged_row",
                reason=reason_text(k, lang),
                n=len(rows),
                rows=listing([str(r) for r in rows], lang, limit=8),
            )
            for k, rows in flagged.items()
        )
        st.caption(t("data.flagged", what=render.plain(what)))
    if state.UPLOAD_BYTES in st.session_state:  # her own file: she decides who is left out
        _leave_out(analysis)

    profile = survey.profile_table()
    if len(profile):
        st.subheader(t("data.profile"))
        render.table(profile)


def _leave_out(analysis: session.Analysis) -> None:
    """Her screening choices: keep respondents with a few blanks (mean replacement), leave
    out same-answer, repeated or impossibly fast ones. Applied by re-reading her file; a
    choice that cannot be applied leaves the analysis as it was."""
    from dataclasses import replace

    from engine.intake.survey import ScreeningRules

    chosen = set(st.session_state.get(state.LEFT_OUT, ()))
    # keyed to the screened table: after her choices apply (or a saved analysis opens) the
    # boxes show what is in force, not what was ticked before
    this = analysis.digest[:12]
    with st.expander(
        t("data.leave_out"), expanded=bool(chosen) or analysis.settings.missing == "mean"
    ):
        keep = st.checkbox(
            t("data.keep_blanks"),
            value=analysis.settings.missing == "mean",
            key=f"keep_blanks_{this}",
        )
        picked = tuple(
            rule
            for rule in ScreeningRules.OPTIONAL
            if st.checkbox(
                t(f"data.leave_out.{rule}", seconds=ScreeningRules().seconds_per_item),
                value=rule in chosen,
                key=f"out_{rule}_{this}",
            )
        )
        if st.button(t("data.leave_out_apply"), icon=":material/filter_alt:"):
            settings = replace(analysis.settings, missing="mean" if keep else "listwise")
            try:
                session.load_upload(
                    st.session_state[state.UPLOAD_BYTES],
                    st.session_state[state.UPLOAD_NAME],
                    st.session_state.get(state.OVERRIDES, {}),
                    tuple(st.session_state.get(state.REVERSED, ())),
                    settings=settings,
                    left_out=picked,
                )
                st.rerun()
            except engine.DriverLabError as exc:
                render.error(exc)


def _template() -> None:
    st.subheader(t("data.template"))
    st.caption(t("data.template_help"))
    lang = language()
    c1, c2 = st.columns(2)
    render.download(
        "xlsx",
        lambda: template_xlsx(lang),
        file_name=file_name("questionnaire", "xlsx"),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        where=c1,
    )
    render.download(
        "csv",
        lambda: template_csv(lang),
        file_name=file_name("questionnaire", "csv"),
        mime="text/csv",
        where=c2,
    )


st.title(t("data.title"))
_upload()
analysis = _current()
_summary(analysis)
if analysis.survey.spec is not None:  # the model follows her own questionnaire
    _own_questionnaire(analysis.survey)
else:  # a coded export: item codes per column, as before
    _coded_export(analysis)
_problems(analysis)
_screening(analysis)
_template()
