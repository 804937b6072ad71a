"""Cached engine calls: each analysis is computed once per data, model and settings.

Caches are bounded (``max_entries``) so that many sessions cannot exhaust memory,
and hold no Streamlit UI calls. A call that raised is not cached.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

import engine

ROOT = Path(__file__).resolve().parents[1]
DEMO_PATH = ROOT / "sample_data" / "demo_survey.csv"


@st.cache_data(max_entries=4, show_spinner=False)
def demo_survey() -> pd.DataFrame:
    return engine.read_table(DEMO_PATH)


@st.cache_data(max_entries=32, show_spinner=False)
def estimate(
    data: pd.DataFrame, spec: engine.ModelSpec, settings: engine.Settings
) -> engine.PLSResult:
    return engine.estimate(data, spec, settings)
