"""Soak: many consecutive analyses in one process, with memory watched.

    python bench/soak.py [--analyses 200]

Each analysis is a different survey (resampled rows of the sample) going
through what a session does: read the upload, import and screen it,
estimate, bootstrap (5000 resamples, through the app's bounded cache),
drivers, IPMA, advice and the Excel workbook. Prints the process's resident
memory after the first 20 analyses and at the end: it must stay flat.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from engine import STUDY_MODEL, Settings, estimate
    from engine.advice import advise
    from engine.drivers import drivers, ipma
    from engine.export import workbook
    from engine.io import read_upload
    from engine.survey import import_survey
    from ui import cache

    parser = argparse.ArgumentParser()
    parser.add_argument("--analyses", type=int, default=200)
    args = parser.parse_args()
    clean = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
    marks = {}
    t0 = time.perf_counter()
    for k in range(args.analyses):
        raw = clean.sample(n=225, replace=True, random_state=k).to_csv(index=False).encode()
        survey = import_survey(read_upload(raw, f"wave-{k}.csv").frame)
        result = estimate(survey.data, STUDY_MODEL)
        boot = cache.bootstrapped(survey.data, STUDY_MODEL, Settings(), 5000)
        advice = advise(result, boot)
        drivers(result, boot), ipma(result)
        workbook(result, boot, survey, advice)
        if k + 1 in (20, args.analyses // 2, args.analyses):
            marks[k + 1] = rss_mb()
    elapsed = time.perf_counter() - t0
    print(f"{args.analyses} consecutive analyses in one process, {elapsed:.0f} s")
    for n, mb in marks.items():
        print(f"  resident memory after {n:4d}: {mb:6.0f} MB")
    growth = marks[args.analyses] - marks[20]
    print(f"  growth after warm-up: {growth:+.0f} MB")


if __name__ == "__main__":
    main()
