"""Load and soak: the heavy reliability checks, run on demand.

    python -m pytest -m slow tests/test_heavy.py

Their last figures are in the README's reliability section (the bench scripts
print the same figures: bench/load_test.py, bench/soak.py).
"""

from __future__ import annotations

import pytest

from bench import load_test, soak

from .browser import require_chromium

pytestmark = pytest.mark.slow

#: Memory a warmed-up server may still gain over the rest of a soak (allocator
#: noise, Streamlit's bounded caches filling up); a leak of one survey's results
#: per analysis would be several times this over 200 analyses.
FLAT_MB = 40


@pytest.mark.browser
def test_ten_sessions_at_once_each_see_only_their_own_survey() -> None:
    require_chromium()
    out = load_test.run(10)
    assert out["finished"] == 10
    assert all(out["own"]), out["own"]  # its own "Valid responses" and path coefficient
    assert max(out["times"]) < 300
    assert out["peak_mb"] < 1500, out["peak_mb"]  # bounded caches, 10 sessions' data


@pytest.mark.browser
def test_200_analyses_through_one_server_keep_memory_flat() -> None:
    require_chromium()
    out = soak.through_server(200)
    assert not out["wrong"], out["wrong"]
    marks = out["rss_mb"]
    assert marks[200] - marks[20] < FLAT_MB, marks


def test_200_analyses_in_one_process_keep_memory_flat() -> None:
    out = soak.in_process(200)
    marks = out["rss_mb"]
    assert marks[200] - marks[20] < FLAT_MB, marks
