"""Helpers for the bench scripts: study-shaped data and median timing."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def study_shaped_data(n: int = 225, seed: int = 11):
    """Likert answers with the study's model behind them (n x 22 items)."""
    import numpy as np

    sys.path.insert(0, str(ROOT / "tests"))
    from synth import simulate

    from engine import STUDY_MODEL

    return simulate(STUDY_MODEL, n, np.random.default_rng(seed), likert=True)


def median_time(fn, repeats: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)
