"""Hostile and broken files: how each is answered, and how fast.

    python bench/hostile.py [--browser]

Runs the upload corpus of tests/test_upload.py through the command line
(in-process ``python -m engine analyze``) and, with --browser, through the
running app in headless Chromium (one session, the sample loaded first).
Prints the count per outcome and the median and slowest answer times.
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


def corpus():
    """(case, data, name, outcome, expected): outcome 'refused' or 'read'."""
    from tests.test_upload import HOSTILE_ACCEPTED, INVALID, VALID

    for case, (make, fragment) in INVALID.items():
        data, name = make()
        yield case, data, name, "refused", fragment
    for case, (make, n) in HOSTILE_ACCEPTED.items():
        data, name = make()
        yield case, data, name, "read, bad cells flagged", n
    for case, make in VALID.items():
        data, name = make()
        yield case, data, name, "read as the clean survey", 225


def through_cli(tmp: Path) -> list[tuple[str, str, float, bool]]:
    import contextlib
    import io
    import json

    from engine.cli import main

    out = []
    for case, data, name, outcome, expected in corpus():
        path = tmp / name
        path.write_bytes(data)
        err = io.StringIO()
        t0 = time.perf_counter()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["analyze", str(path), "--out", str(tmp / "r.json"), "--n-boot", "0"])
        elapsed = time.perf_counter() - t0
        if outcome == "refused":
            ok = code == 2 and expected in err.getvalue() and err.getvalue().count("\n") == 1
        else:
            ok = code == 0 and json.loads((tmp / "r.json").read_text())["meta"]["n_obs"] == expected
        out.append((case, outcome, elapsed, ok))
    return out


def through_browser(tmp: Path) -> list[tuple[str, str, float, bool]]:
    from playwright.sync_api import expect

    from tests.browser import DESKTOP, browser_context, running_app, uploader_accepts, wait_idle

    out = []
    with running_app() as url, browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{url}/data?sample=1")
        expect(page.get_by_text("Valid responses")).to_be_visible(timeout=60_000)
        wait_idle(page)
        uploader = page.locator('[data-testid="stFileUploaderDropzoneInput"]').first
        for case, data, name, outcome, expected in corpus():
            if not uploader_accepts(name, data):
                continue  # the uploader itself refuses these before the app sees them
            path = tmp / name
            path.write_bytes(data)
            t0 = time.perf_counter()
            uploader.set_input_files(str(path))
            if outcome == "refused":
                target = page.locator('[data-testid="stAlertContentError"]').filter(
                    has_text=expected[:40]
                )
            else:
                target = page.get_by_text(f"Using your file: {name}")
            ok = True
            try:
                expect(target.first).to_be_visible(timeout=10_000)
            except AssertionError:
                ok = False
            elapsed = time.perf_counter() - t0
            wait_idle(page)
            ok = ok and page.locator('[data-testid="stException"]').count() == 0
            out.append((case, outcome, elapsed, ok))
    return out


def report(rows, where: str) -> None:
    print(f"{len(rows)} files through {where}:")
    for outcome in dict.fromkeys(r[1] for r in rows):
        mine = [r for r in rows if r[1] == outcome]
        print(f"  {outcome:28s} {len(mine):3d}  ({sum(r[3] for r in mine)} as expected)")
    times = [r[2] for r in rows]
    slowest = max(rows, key=lambda r: r[2])
    print(
        f"  answer time: median {statistics.median(times):.2f} s, "
        f"slowest {slowest[2]:.2f} s ({slowest[0]})"
    )
    bad = [r[0] for r in rows if not r[3]]
    if bad:
        print(f"  NOT as expected: {bad}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report(through_cli(Path(tmp)), "the command line")
        if args.browser:
            report(through_browser(Path(tmp)), "the running app (headless Chromium)")


if __name__ == "__main__":
    main()
