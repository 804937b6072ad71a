"""Report: downloads (Excel workbook, printable HTML, Word results chapter, reproduction
scripts) and save/open the whole analysis."""

import streamlit as st

import engine
from engine.outputs.export import html_report, save_analysis, workbook
from engine.outputs.scripts import analysis_data, python_script, r_script
from ui import owner, render, session, state
from ui.i18n import file_name, language, t


def _advice(r: session.Results):
    """advise(result, boot, scale), computed once per analysis (the owner's story)."""
    try:
        return owner.story(r).advice
    except engine.DriverLabError as exc:
        render.show_error(exc)


def _reports(a: session.Analysis, result, boot, advice) -> None:
    # Files are built when their button is pressed (callables), not on every visit.
    lang = language()
    # the hypotheses named (and their directions) as on the Structural page and in the Word chapter
    names = st.session_state.get(state.HYPOTHESIS_NAMES, {})
    signs = st.session_state.get(state.HYPOTHESIS_SIGNS, {})
    render.download(
        t("r.excel"),
        lambda: workbook(
            result,
            boot,
            a.survey,
            advice,
            lang=lang,
            hypothesis_names=names,
            hypothesis_signs=signs,
        ),
        file_name=file_name("results", "xlsx"),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/table:",
    )
    render.download(
        t("r.html"),
        lambda: html_report(result, advice, boot, lang, scale=a.survey.scale),
        file_name=file_name("report", "html"),
        mime="text/html",
        icon=":material/print:",
    )


# -- the thesis kit (issue 18): Word results chapter and reproduction scripts ---------------
DATA_FILE = "driver-lab-data.csv"


def _thesis_kit(a: session.Analysis, result, boot) -> None:
    st.subheader(t("r.thesis"))
    st.caption(t("r.thesis_help"))
    names = st.session_state.get(state.HYPOTHESIS_NAMES, {})
    signs = st.session_state.get(state.HYPOTHESIS_SIGNS, {})
    lang = language()

    def _word() -> bytes:
        from engine.outputs.word import word_report

        return word_report(result, boot, a.survey, lang, names=names, signs=signs)

    render.download(
        t("r.word"),
        _word,
        file_name=file_name("results", "docx"),  # driver-lab-hasil.docx in Indonesian
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        icon=":material/description:",
    )
    _scripts(result, boot)


def _scripts(result, boot) -> None:
    """The reproduction scripts and the data they read, side by side (built when pressed)."""
    files = (
        ("r.script_py", lambda: python_script(result, boot, DATA_FILE), "driver-lab-analysis.py",
         "text/x-python", ":material/code:"),
        ("r.script_data", lambda: analysis_data(result), DATA_FILE, "text/csv", ":material/table:"),
        ("r.script_r", lambda: r_script(result, boot, DATA_FILE), "driver-lab-analysis.R",
         "text/plain", ":material/code:"),
    )  # fmt: skip
    for column, (label, build, name, mime, icon) in zip(st.columns(3), files, strict=True):
        render.download(t(label), build, file_name=name, mime=mime, where=column, icon=icon)


def _save_and_open(a: session.Analysis) -> None:
    st.subheader(t("r.save"))
    st.caption(t("r.save_help"))
    upload = st.session_state.get(state.UPLOAD_BYTES) if not a.is_sample else None
    overrides = st.session_state.get(state.OVERRIDES, {})
    reversed_items = st.session_state.get(state.REVERSED, ())
    render.download(
        t("r.save"),
        lambda: save_analysis(
            upload,
            a.source,
            a.spec,
            a.settings,
            overrides,
            reversed_items,
            tuple(st.session_state.get(state.LEFT_OUT, ())),
        ),
        file_name=file_name("analysis", "json"),
        mime="application/json",
        icon=":material/save:",
    )
    saved = st.file_uploader(t("r.open"), type=["json"], key="open_analysis")
    if saved is not None and saved.file_id != st.session_state.get("opened_id"):
        st.session_state["opened_id"] = saved.file_id
        try:
            session.open_saved(saved.getvalue())
            st.rerun()
        except engine.DriverLabError as exc:
            render.error(exc)


st.title(t("r.title"))
r = session.results()
owner.kicker(r.analysis, r.result.meta["n_obs"])  # which survey the files are made from
st.metric(t("metric.valid"), r.result.meta["n_obs"])
advice = _advice(r)
_reports(r.analysis, r.result, r.boot, advice)
_thesis_kit(r.analysis, r.result, r.boot)
_save_and_open(r.analysis)
