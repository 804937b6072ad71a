"""Load and soak: the heavy reliability checks, run on demand.

    python -m pytest -m slow tests/test_heavy.py

Each prints what it is doing as it goes (the soaks every 10 analyses: memory,
sessions still open, how full the bounded caches are). Their last figures are
in the README's reliability section (the bench scripts print the same figures:
bench/load_test.py, bench/soak.py).
"""

from __future__ import annotations

import pytest

from bench import load_test, soak

from .browser import require_chromium

pytestmark = pytest.mark.slow

#: Memory a server may still gain on its plateau: allocator noise. It grows by design
#: while the bounded caches fill (estimates 32 entries, bootstraps 16 of ~3 MB; every
#: survey in the soak is new, so they are full after 32-40 analyses) and for about as
#: many analyses more (see bench.soak.growth_once_full); measured from there to the end
#: (half way at the earliest). Keeping one analysis per survey (~3 MB) would add ~300 MB
#: over those 100 analyses.
FLAT_MB = 25


def say(line: str) -> None:
    """Progress on the terminal (the tests run with pytest's capturing disabled)."""
    print(line, flush=True)


@pytest.mark.browser
def test_200_analyses_through_one_server_keep_memory_flat_once_the_caches_are_full(capsys) -> None:
    with capsys.disabled():
        soak_through_one_server()


def soak_through_one_server() -> None:
    require_chromium()
    say("\n200 analyses through one server, each a new browser session (about 20 min) ...")
    out = soak.through_server(200, progress=say)
    assert not out["wrong"], out["wrong"]
    # the caches do fill (every survey is new), and early enough to see a plateau
    assert out["caches_full_at"] is not None and out["caches_full_at"] <= 50, out["timeline"]
    start, end, most = soak.growth_once_full(out)
    say(
        f"  caches full after {out['caches_full_at']}; plateau from {start} on: "
        f"{end:+.0f} MB at the end, {most:+.0f} MB at most"
    )
    assert end < FLAT_MB and most < FLAT_MB, out["rss_mb"]


@pytest.mark.browser
def test_ten_sessions_at_once_each_see_only_their_own_survey(capsys) -> None:
    with capsys.disabled():
        ten_sessions_at_once()


def ten_sessions_at_once() -> None:
    require_chromium()
    say("\n10 browser sessions at once, each uploading its own survey and bootstrapping ...")
    out = load_test.run(10)
    say(f"  finished {out['finished']}, slowest {max(out['times']):.0f} s")
    assert out["finished"] == 10
    assert all(out["own"]), out["own"]  # its own "Valid responses" and path coefficient
    assert max(out["times"]) < 300
    assert out["peak_mb"] < 1500, out["peak_mb"]  # bounded caches, 10 sessions' data


def test_200_analyses_in_one_process_keep_memory_flat(capsys) -> None:
    with capsys.disabled():
        soak_in_one_process()


def soak_in_one_process() -> None:
    say("\n200 analyses in one process (upload to workbook) ...")
    out = soak.in_process(200, progress=say)
    start, end, most = soak.growth_once_full(out)
    say(f"  from {start} on: {end:+.0f} MB at the end, {most:+.0f} MB at most")
    assert end < FLAT_MB and most < FLAT_MB, out["rss_mb"]
