"""Latency of the what-if interaction in a real browser, next to an empty Streamlit page.

    python bench/whatif_latency.py [--moves 25] [--runs 5]

Starts Driver Lab and a minimal Streamlit app (one slider, two metrics) in the
same run, moves a slider with the keyboard in headless Chromium and times
each move from the key press until the shown prediction changes. Prints, per
run, the median of the moves for both and their ratio, then the median over
the runs (goal: within 1.5x). Both servers use the repository's server
settings (.streamlit/config.toml).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import DESKTOP, browser_context, running_app, wait_idle  # noqa: E402

EMPTY_APP = """
import streamlit as st

value = st.slider("Personalization", -1.0, 1.0, 0.0, 0.1)
st.metric("Valid responses", 225)
st.metric("Predicted", f"{3.91 + 0.39 * value:.2f}")
"""


def time_moves(url: str, path: str, moves: int) -> list[float]:
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(url + path)
        values = page.locator('[data-testid="stMetricValue"]')
        expect(values.nth(1)).to_be_visible(timeout=120_000)
        wait_idle(page)
        slider = page.get_by_role("slider", name="Personalization")
        slider.focus()
        out = []
        for k in range(moves):
            before = values.nth(1).inner_text()
            t0 = time.perf_counter()
            slider.press("ArrowRight" if k % 2 == 0 else "ArrowLeft")
            expect(values.nth(1)).not_to_have_text(before, timeout=15_000)
            out.append(time.perf_counter() - t0)
            wait_idle(page)
        return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=25)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"what-if slider move, median of {args.moves} moves per run (headless Chromium)")
    ratios, ours_all, base_all = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "app.py"
        empty.write_text(EMPTY_APP)
        for run in range(args.runs):
            with running_app() as url:
                ours = statistics.median(time_moves(url, "/whatif?sample=1", args.moves))
            with running_app(script=empty) as url:
                base = statistics.median(time_moves(url, "/", args.moves))
            ours_all.append(ours)
            base_all.append(base)
            ratios.append(ours / base)
            print(
                f"  run {run + 1}: Driver Lab {ours * 1000:6.1f} ms, "
                f"empty page {base * 1000:6.1f} ms, ratio {ours / base:4.2f}x"
            )
    print(
        f"  median of {args.runs} runs: Driver Lab {statistics.median(ours_all) * 1000:.1f} ms, "
        f"empty page {statistics.median(base_all) * 1000:.1f} ms, "
        f"ratio {statistics.median(ratios):.2f}x (goal: within 1.5x)"
    )


if __name__ == "__main__":
    main()
