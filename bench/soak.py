"""Soak: many consecutive analyses, with memory watched.

    python bench/soak.py [--analyses 200]            # in one Python process
    python bench/soak.py --server [--analyses 200]   # through one running server

In-process: each analysis is a different survey (resampled rows of the sample)
going through what a session does: read the upload, import and screen it,
estimate, bootstrap (5000 resamples, through the app's bounded cache), drivers,
IPMA, advice and the Excel workbook.

--server: one ``streamlit run app.py`` process and headless Chromium; each
analysis is a new browser session that uploads its own survey on the Data page
and opens the Structural model page (5000-resample bootstrap), then leaves.
The "Valid responses" shown must be that survey's own.

Prints resident memory after the first 20 analyses, half way and at the end:
it must stay flat after warm-up.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _marks(n: int) -> set[int]:
    return {min(20, n), n // 2, n}


def in_process(analyses: int) -> dict:
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from bench.load_test import server_memory_mb
    from engine import STUDY_MODEL, Settings, estimate
    from engine.advice import advise
    from engine.drivers import drivers, ipma
    from engine.export import workbook
    from engine.io import read_upload
    from engine.survey import import_survey
    from ui import cache

    clean = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
    marks = {}
    t0 = time.perf_counter()
    for k in range(analyses):
        raw = clean.sample(n=225, replace=True, random_state=k).to_csv(index=False).encode()
        survey = import_survey(read_upload(raw, f"wave-{k}.csv").frame)
        result = estimate(survey.data, STUDY_MODEL)
        boot = cache.bootstrapped(survey.data, STUDY_MODEL, Settings(), 5000)
        advice = advise(result, boot)
        drivers(result, boot), ipma(result)
        workbook(result, boot, survey, advice)
        if k + 1 in _marks(analyses):
            marks[k + 1] = server_memory_mb("self")[0]
    return {"analyses": analyses, "seconds": time.perf_counter() - t0, "rss_mb": marks}


def through_server(analyses: int) -> dict:
    from playwright.sync_api import expect, sync_playwright

    from bench.load_test import server_memory_mb, server_pid
    from tests.browser import CHROMIUM, FLAGS, running_app

    clean = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
    marks, wrong, seconds = {}, [], []
    with tempfile.TemporaryDirectory() as tmp, running_app() as url, sync_playwright() as p:
        pid = server_pid(url)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        t0 = time.perf_counter()
        for k in range(analyses):
            n = 120 + k % 100
            path = Path(tmp) / f"shop-{k}.csv"
            clean.sample(n=n, random_state=k).to_csv(path, index=False)
            t_start = time.perf_counter()
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(f"{url}/data")
            expect(page.get_by_text("Upload my survey")).to_be_visible(timeout=60_000)
            uploader = page.locator('[data-testid="stFileUploaderDropzoneInput"]').first
            uploader.set_input_files(str(path))
            expect(page.get_by_text(f"Using your file: {path.name}")).to_be_visible(timeout=60_000)
            page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Structural").click()
            expect(page.get_by_text("Hypothesis tests (bootstrap)")).to_be_visible(timeout=120_000)
            shown = page.locator('[data-testid="stMetricValue"]').first.inner_text()
            if shown != str(n):
                wrong.append((k, n, shown))
            context.close()
            path.unlink()
            seconds.append(time.perf_counter() - t_start)
            if k + 1 in _marks(analyses):
                marks[k + 1] = server_memory_mb(pid)[0]
        browser.close()
        peak = server_memory_mb(pid)[1]
    return {
        "analyses": analyses,
        "seconds": time.perf_counter() - t0,
        "rss_mb": marks,
        "peak_mb": peak,
        "wrong": wrong,
        "median_s": sorted(seconds)[len(seconds) // 2],
    }


def report(out: dict, where: str) -> None:
    print(f"{out['analyses']} consecutive analyses {where}, {out['seconds']:.0f} s")
    if "median_s" in out:
        print(f"  each: median {out['median_s']:.1f} s (new session, upload, bootstrap)")
        print(f"  every session saw its own survey: {'yes' if not out['wrong'] else out['wrong']}")
    for n, mb in out["rss_mb"].items():
        print(f"  resident memory after {n:4d}: {mb:6.0f} MB")
    first, last = min(out["rss_mb"]), max(out["rss_mb"])
    print(f"  growth after warm-up: {out['rss_mb'][last] - out['rss_mb'][first]:+.0f} MB")
    if "peak_mb" in out:
        print(f"  server peak: {out['peak_mb']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--analyses", type=int, default=200)
    parser.add_argument("--server", action="store_true", help="through a running server")
    args = parser.parse_args()
    if args.server:
        report(through_server(args.analyses), "through one server process")
    else:
        report(in_process(args.analyses), "in one process")


if __name__ == "__main__":
    main()
