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


def load_sample() -> None:
    survey = cache.sample_survey()
    st.session_state[state.SURVEY] = survey
    st.session_state[state.DATA] = survey.data
    st.session_state[state.SOURCE] = "sample"


def current() -> Analysis:
    """The session's analysis; the bundled sample when the URL asks or nothing is loaded."""
    wants_sample = st.query_params.get("sample") == "1"
    if state.DATA not in st.session_state or (
        wants_sample and st.session_state.get(state.SOURCE) != "sample"
    ):
        load_sample()
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
