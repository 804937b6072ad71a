"""Cache keys: a cached result always belongs to the very table it was asked for.

Streamlit's own hash looks at a 10,000-row sample of a table with 50,000 rows or
more, so two surveys that differ only outside that sample would share a key
(issue 14, finding 1). These tests build exactly such a pair.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import streamlit as st

import engine
from engine import STUDY_MODEL, Settings
from ui import cache

from .synth import simulate

N = 50_000  # the upload limit, and Streamlit's "large table" threshold


@pytest.fixture(scope="module")
def twins() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two surveys equal on the rows Streamlit samples, different everywhere else."""
    a = simulate(STUDY_MODEL, N, np.random.default_rng(1), likert=True)
    other = simulate(
        STUDY_MODEL, N, np.random.default_rng(2), likert=True, params_rng=np.random.default_rng(9)
    )
    sampled = a.sample(n=10_000, random_state=0).index  # Streamlit's sample (seed 0)
    b = other.copy()
    b.loc[sampled] = a.loc[sampled]
    assert not a.equals(b)
    return a, b


def test_the_twins_fool_a_sampled_hash(twins) -> None:
    """The pair is a real test: a plain st.cache_data on the frame mixes them up."""
    a, b = twins
    calls = []

    @st.cache_data(show_spinner=False)
    def naive(frame: pd.DataFrame) -> float:
        calls.append(1)
        return float(frame.to_numpy().sum())

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first, second = naive(a), naive(b)
    assert len(calls) == 1 and first == second != float(b.to_numpy().sum())


def test_digest_sees_every_row_column_and_dtype(twins) -> None:
    a, b = twins
    assert cache.digest(a) != cache.digest(b)
    assert cache.digest(a) == cache.digest(a.copy())
    last = a.copy()
    last.iloc[-1, -1] = last.iloc[-1, -1] + 1  # one cell of the last row
    assert cache.digest(last) != cache.digest(a)
    assert cache.digest(a.astype("int64")) != cache.digest(a)  # same numbers, other dtype
    assert cache.digest(a.rename(columns={"INT01": "INT1"})) != cache.digest(a)
    assert cache.digest(a, STUDY_MODEL, Settings()) != cache.digest(
        a, STUDY_MODEL, Settings(scheme="factorial")
    )
    # the table's digest, computed once and passed on, keys exactly as the table itself
    whole, changed = cache.table_digest(a), cache.table_digest(last)
    assert whole != changed and whole == cache.table_digest(a.copy())
    assert cache.digest(a, STUDY_MODEL, table=whole) == cache.digest(a, STUDY_MODEL)
    assert cache.digest(last, STUDY_MODEL, table=changed) != cache.digest(a, STUDY_MODEL)


def test_cached_estimates_and_bootstraps_follow_the_full_table(twins) -> None:
    a, b = twins
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ra = cache.estimate(a, STUDY_MODEL, Settings())
        rb = cache.estimate(b, STUDY_MODEL, Settings())
    # each equals a fresh estimation on its own table (not our cache's word for it)
    for got, frame in ((ra, a), (rb, b)):
        fresh = engine.estimate(frame, STUDY_MODEL, Settings())
        np.testing.assert_allclose(got.paths.estimate, fresh.paths.estimate, atol=1e-12)
    assert np.abs(ra.paths.estimate.to_numpy() - rb.paths.estimate.to_numpy()).max() > 0.01
    small_a, small_b = a.iloc[:300], b.iloc[:300].copy()
    small_b.iloc[-1] = a.iloc[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ba = cache.bootstrapped(small_a, STUDY_MODEL, Settings(), 50)
        bb = cache.bootstrapped(small_b, STUDY_MODEL, Settings(), 50)
    assert ba is not bb
    assert cache.bootstrapped(small_a, STUDY_MODEL, Settings(), 50) is ba  # still cached


def test_a_session_digests_each_table_once(monkeypatch) -> None:
    """Home asks for its results twice, its story and whether the bootstrap is ready: the
    table is read for its digest once, not per call, and not again on the next page; a
    new table is digested afresh (and the pages follow it)."""
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    root = Path(__file__).resolve().parents[1]
    seen: list[tuple[int, int]] = []
    real = cache.table_digest

    def counted(data: pd.DataFrame) -> str:
        seen.append(data.shape)
        return real(data)

    def surveys() -> list[int]:
        """Rows of the survey tables digested (the charts' own small tables are keyed by
        their digest too: ui.render.altair)."""
        return [rows for rows, _ in seen if rows in (225, 150)]

    monkeypatch.setattr(cache, "table_digest", counted)
    at = AppTest.from_file(str(root / "app.py"), default_timeout=180)
    at.query_params["sample"] = "1"
    at.run()
    assert not at.exception
    assert surveys() == [225]
    at.switch_page("pages/structural.py").run()
    assert not at.exception and surveys() == [225]
    wave = pd.read_csv(root / "sample_data" / "livestream_survey.csv").head(150)
    at.switch_page("pages/data.py").run()
    at.get("file_uploader")[0].set_value(
        ("wave2.csv", wave.to_csv(index=False, sep=";").encode(), "text/csv")
    ).run()
    at.switch_page("pages/structural.py").run()
    assert not at.exception and at.metric[0].value == "150"
    assert surveys() == [225, 150]
