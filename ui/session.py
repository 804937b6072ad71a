"""What the session is analysing: the survey, the model and the settings.

Session state holds the inputs; results come from the cached calls in
``ui.cache``. ``?sample=1`` in the URL opens the bundled sample on any page.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

import engine
from engine.survey import Survey

from . import cache, state


@dataclass(frozen=True)
class Analysis:
    survey: Survey
    data: pd.DataFrame
    spec: engine.ModelSpec
    settings: engine.Settings
    source: str

    @property
    def is_sample(self) -> bool:
        return self.source == "sample"


def load_upload(
    data: bytes,
    name: str,
    overrides: dict | None = None,
    reversed_items: tuple[str, ...] = (),
) -> None:
    """Read and screen an upload; only on success does it replace what the session had.

    Raises engine.DriverLabError with a plain message (the page shows it and the
    previous analysis stays loaded). The bytes stay in session memory only.
    """
    from engine.io import read_upload
    from engine.survey import import_survey

    spec = st.session_state.get(state.MODEL, engine.STUDY_MODEL)
    table = read_upload(data, name)
    survey = import_survey(table.frame, spec, overrides=overrides, reversed_items=reversed_items)
    engine.estimate(survey.data, spec, st.session_state.get(state.SETTINGS, engine.Settings()))
    st.session_state[state.UPLOAD_BYTES] = data
    st.session_state[state.UPLOAD_NAME] = name
    st.session_state[state.UPLOAD_TABLE] = {
        "notes": table.notes,
        "sheet": table.sheet,
        "sheets": table.sheets,
        "header_row": table.header_row,
    }
    st.session_state[state.OVERRIDES] = dict(overrides or {})
    st.session_state[state.REVERSED] = tuple(reversed_items)
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = name


#: Every session key that opening a saved analysis may change (restored together on failure).
_ANALYSIS_KEYS = (
    state.MODEL,
    state.SETTINGS,
    state.UPLOAD_BYTES,
    state.UPLOAD_NAME,
    state.UPLOAD_TABLE,
    state.OVERRIDES,
    state.REVERSED,
    state.SURVEY,
    state.DATA,
    state.SOURCE,
)


def open_saved(raw: bytes) -> None:
    """Restore a saved analysis (data, mapping, model, settings): all of it or nothing.

    The file is checked whole first (``engine.schema``); then the data is read and
    estimated and its bootstrap's work estimated. Any failure puts every key back
    as it was, so the session keeps working on what it had (issue 14, finding 6).
    """
    from engine.budget import check_result_bootstrap
    from engine.export import open_analysis

    saved = open_analysis(raw)
    missing = object()
    previous = {k: st.session_state.get(k, missing) for k in _ANALYSIS_KEYS}
    try:
        st.session_state[state.MODEL] = saved["model"]
        st.session_state[state.SETTINGS] = saved["settings"]
        if saved["data"] is None:
            load_sample()
        else:
            load_upload(
                saved["data"], saved["file_name"], saved["mapping"], saved["reversed_items"]
            )
        result = cache.estimate(st.session_state[state.DATA], saved["model"], saved["settings"])
        check_result_bootstrap(result, 5000)
    except BaseException:
        for key, value in previous.items():
            if value is missing:
                st.session_state.pop(key, None)
            else:
                st.session_state[key] = value
        raise


def load_collected(frame: pd.DataFrame, spec, mapping: dict, title: str) -> None:
    """Issue 19: a collected survey's responses as the session's survey, like an upload
    (screened by the same rules, estimated once before anything is replaced)."""
    from engine.survey import import_survey

    survey = import_survey(frame, spec, overrides=mapping, scale=(1, 5))
    engine.estimate(survey.data, spec, st.session_state.get(state.SETTINGS, engine.Settings()))
    for key in (state.UPLOAD_BYTES, state.UPLOAD_NAME, state.UPLOAD_TABLE):
        st.session_state.pop(key, None)
    st.session_state[state.OVERRIDES] = {}
    st.session_state[state.REVERSED] = ()
    st.session_state[state.MODEL] = spec
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = f"survey: {title}"


def load_sample() -> None:
    survey = cache.sample_survey()
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = "sample"


def current() -> Analysis:
    """The session's analysis; the bundled sample when the URL asks or nothing is loaded."""
    if st.session_state.get("collect_owner_token"):  # issue 19: follow new answers
        from . import collect

        collect.refresh()
    # ?sample=1 opens the sample once, on arrival; later uploads are not overwritten
    wants_sample = st.query_params.get("sample") == "1" and not st.session_state.get(
        state.SAMPLE_URL_DONE
    )
    if state.DATA not in st.session_state or wants_sample:
        load_sample()
    st.session_state[state.SAMPLE_URL_DONE] = True
    survey = st.session_state.get(state.SURVEY)
    data = st.session_state[state.DATA]
    if survey is None:  # data set directly (tests, or a plain table)
        from engine.survey import import_survey

        survey = import_survey(data, st.session_state.get(state.MODEL, engine.STUDY_MODEL))
    return Analysis(
        survey=survey,
        data=survey.data if survey is not None else data,
        spec=st.session_state.get(state.MODEL, engine.STUDY_MODEL),
        settings=st.session_state.get(state.SETTINGS, engine.Settings()),
        source=st.session_state.get(state.SOURCE, "upload"),
    )


@dataclass(frozen=True)
class Results:
    """What a results page draws: the analysis, its estimate and (optionally) its bootstrap."""

    analysis: Analysis
    result: engine.PLSResult
    boot: object | None


def results(with_bootstrap: bool = True, n_boot: int = 5000) -> Results:
    """The session's analysis estimated (and bootstrapped), from the bounded caches.

    A problem the user can fix is shown as a plain message and the page stops.
    """
    from . import render
    from .i18n import t

    try:
        analysis = current()
        result = cache.estimate(analysis.data, analysis.spec, analysis.settings)
        boot = None
        if with_bootstrap:
            bar = None

            def progress(fraction: float) -> None:
                nonlocal bar
                if bar is None:
                    bar = st.progress(0.0, text=t("s.progress", n=n_boot))
                bar.progress(min(1.0, fraction), text=t("s.progress", n=n_boot))

            boot = cache.bootstrapped(
                analysis.data, analysis.spec, analysis.settings, n_boot, progress=progress
            )
            if bar is not None:
                bar.empty()
    except engine.DriverLabError as exc:
        render.show_error(exc)
    return Results(analysis, result, boot)
