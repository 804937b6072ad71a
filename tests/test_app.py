"""Every page runs under AppTest without an exception and shows real numbers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

import engine
from ui import state

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def test_home_estimates_the_demo() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.metric[0].label == "Valid responses" and at.metric[0].value == "120"
    paths = at.dataframe[0].value
    expected = engine.estimate(pd.read_csv(Path(APP).parent / "sample_data" / "demo_survey.csv"))
    assert paths.iloc[:, 2].tolist() == expected.paths.estimate.tolist()
    assert len(at.dataframe[1].value) == 5  # reliability of the five constructs


def test_home_shows_a_data_error_without_traceback() -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[state.DATA] = pd.DataFrame({"INT01": [1, 2, 3]})
    at.session_state[state.SOURCE] = "upload.csv"
    at.run()
    assert not at.exception
    assert "no column for 21" in at.error[0].value
