"""Latency of the what-if interaction in a real browser, next to an empty Streamlit page.

    python bench/whatif_latency.py [--moves 15]

Starts Driver Lab and a minimal Streamlit app (one slider, one metric) in the
same run, moves a slider with the keyboard in headless Chromium and times
each move from the key press until the shown prediction changes. Prints the
median of the moves for both and their ratio (goal: within 1.5x).
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
    parser.add_argument("--moves", type=int, default=15)
    args = parser.parse_args()
    with running_app() as url:
        ours = time_moves(url, "/whatif?sample=1", args.moves)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "app.py"
        empty.write_text(EMPTY_APP)
        with running_app(script=empty) as url:
            base = time_moves(url, "/", args.moves)
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"what-if slider move, median of {args.moves} (headless Chromium, same run)")
    print(f"  Driver Lab what-if page : {m_ours * 1000:7.1f} ms")
    print(f"  empty Streamlit page    : {m_base * 1000:7.1f} ms")
    print(f"  ratio                   : {m_ours / m_base:5.2f}x (goal: within 1.5x)")


if __name__ == "__main__":
    main()
