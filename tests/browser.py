"""Headless-Chromium helpers: start the app with ``streamlit run`` and drive it.

Uses Debian's Chromium at /usr/bin/chromium through Playwright (never
``playwright install``). Where Chromium is missing the browser tests skip on a
developer's machine, naming the install command, but fail when CI is set, so a
missing install step cannot pass unnoticed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    message = "Chromium is missing: apt-get update && apt-get install -y chromium"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def uploader_accepts(name: str, data: bytes) -> bool:
    """Whether the app's upload widget hands this file to the app at all."""
    from engine.intake.io import MAX_BYTES, UPLOAD_SUFFIXES

    return name.lower().endswith(UPLOAD_SUFFIXES) and len(data) <= MAX_BYTES


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def survey_database_in(folder) -> dict:
    """The environment that keeps the survey database (``collect.db``, SQLite) in ``folder``."""
    from collect import db

    return {db.ENV_DIR: str(folder), db.ENV_URL: ""}


@contextmanager
def running_serve(folder):
    """``streamlit run serve.py`` (the README's server) with its survey database in
    ``folder``; yield (its URL, the database's URL)."""
    from collect import db

    with running_app(survey_database_in(folder), ROOT / "serve.py") as url:
        yield url, f"sqlite:///{folder}/{db.FILE_NAME}"


@contextmanager
def running_app(env_extra: dict | None = None, script: Path | None = None):
    """Start ``streamlit run app.py`` (or ``script``) on a free port; yield its URL; stop it."""
    port = free_port()
    env = {**os.environ, **(env_extra or {})}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script or "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                raise RuntimeError(f"streamlit did not start:\n{out}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


#: Under pytest (tests/conftest.py sets it) consecutive browser tests share one Chromium;
#: elsewhere (the benches) every :func:`browser_context` is a new browser, as measured.
SHARE = False
_SHARED: dict = {}


def _chromium():
    """The shared Chromium, started on first use (again if it went away)."""
    from playwright.sync_api import sync_playwright

    browser = _SHARED.get("browser")
    if browser is not None and browser.is_connected():
        return browser
    close_browser()
    driver = sync_playwright().start()
    try:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
    except BaseException:
        driver.stop()
        raise
    _SHARED.update(driver=driver, browser=browser)
    return browser


def close_browser() -> None:
    """Stop the shared Chromium and Playwright's driver, if they run (tests/conftest.py
    calls it after the last of consecutive browser tests in a module)."""
    browser, driver = _SHARED.pop("browser", None), _SHARED.pop("driver", None)
    try:
        if browser is not None and browser.is_connected():
            browser.close()
    finally:
        if driver is not None:
            driver.stop()


@contextmanager
def browser_context(viewport: dict):
    """A fresh browser context at this size: its own cookies, storage and cache, as a new
    profile. Under pytest it opens in the Chromium that consecutive browser tests share
    (starting Playwright's driver and Chromium for every test cost 2-4 s each on the 2-core
    machine, a context 0.3 s); elsewhere in a Chromium of its own, started and stopped."""
    if SHARE:
        context = _chromium().new_context(viewport=viewport)
        try:
            yield context
        finally:
            context.close()
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            user_data_dir=profile,
            executable_path=CHROMIUM,
            args=FLAGS,
            headless=True,
            viewport=viewport,
        )
        try:
            yield context
        finally:
            context.close()


#: How long the app must stay idle before :func:`wait_idle` believes it (milliseconds).
QUIET_MS = 300

# Idle is read from what Streamlit's own front end knows, all of it at once:
# - ``stApp``'s data-test-script-state is "notRunning" (not "initial" before the first run,
#   not "rerunRequested": set the moment a widget changes, before the server heard of it,
#   nor "running") and its data-test-connection-state is "CONNECTED";
# - no status widget ("Running...", "Connecting", "Source changed");
# - no element is stale (data-stale="true": drawn by an earlier run and not yet by this one).
#   A run that ends in st.rerun() reports "notRunning" for a moment before the next run
#   starts; its elements stay stale (they are only cleared when a run ends successfully),
#   which is how such a gap is told from the end.
# and all of it must hold for QUIET_MS without a break, so a gap between two runs that
# shows nothing of the above (a rerun at the very end of a script) is not taken for idle.
_IDLE_FOR = """([key, quiet]) => {
    const app = document.querySelector('[data-testid="stApp"]');
    const busy = !app
        || app.getAttribute("data-test-script-state") !== "notRunning"
        || app.getAttribute("data-test-connection-state") !== "CONNECTED"
        || document.querySelector('[data-testid="stStatusWidget"]') !== null
        || document.querySelector('[data-testid="stElementContainer"][data-stale="true"]') !== null;
    const since = window.__idleSince || (window.__idleSince = {});
    const now = performance.now();
    if (busy) { delete since[key]; return false; }
    if (since[key] === undefined) since[key] = now;
    return now - since[key] >= quiet;
}"""
_calls = 0


def wait_idle(page, timeout: float = 30_000, quiet: float = QUIET_MS) -> None:
    """Wait until the app's script run finished and nothing moved for ``quiet`` ms.

    Call it after the expected content appeared (or after an action): the run it waits
    for must have started, or be about to (a changed widget marks it at once)."""
    global _calls
    _calls += 1
    page.wait_for_function(_IDLE_FOR, arg=[f"w{_calls}", quiet], polling=50, timeout=timeout)


def choose_option(page, combo, option: str, attempts: int = 3) -> None:
    """Choose ``option`` in a Streamlit select box by keyboard, and check that it took.

    On a busy machine a click on the box can leave it focused but closed (its option list
    never opens). So the box is focused, the option's words typed (the box filters its
    list to them), the option waited for and confirmed with Enter, and the box read back;
    a choice that did not show is tried again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    last: Exception | None = None
    for _ in range(attempts):
        try:
            wait_idle(page, timeout=60_000)
            combo.scroll_into_view_if_needed()
            combo.focus()
            combo.press("Control+a")
            combo.press_sequentially(option)
            listed = page.locator('[role="option"]').filter(has_text=option)
            expect(listed.first).to_be_visible(timeout=10_000)
            combo.press("Enter")
            expect(combo).to_have_attribute("aria-expanded", "false", timeout=10_000)
            # the box shows its value in its input; left without a choice it goes back to
            # the old one, so the typed words cannot pass for the choice
            combo.blur()
            expect(combo).to_have_value(option, timeout=10_000)
            return
        except (AssertionError, PlaywrightTimeout) as exc:  # not opened, or not kept
            last = exc
            combo.press("Escape")
    raise AssertionError(f"could not choose {option!r} in {attempts} attempts") from last


def edit_grid_cell(page, grid, column: int, row: int, text: str, attempts: int = 5) -> None:
    """Type ``text`` into one cell of a Streamlit data editor by keyboard, no pixel clicks.

    The grid is a canvas; its cells exist for assistive technology as ``glide-cell-C-R``
    (read here to see which cell is selected and what it holds). Focusing the canvas
    selects the first cell, arrow keys move to the target, Enter opens its editor; the
    typed text is waited for in the editor before Enter commits it (committed at once,
    the old value can win), and the cell is read back; an edit that did not show is
    tried again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    cell = grid.get_by_test_id(f"glide-cell-{column}-{row}")
    editor = page.locator("textarea.gdg-input")
    last: Exception | None = None
    for _ in range(attempts):
        wait_idle(page, timeout=60_000)
        grid.scroll_into_view_if_needed()
        try:
            expect(cell).to_be_attached(timeout=10_000)  # the accessible cells are drawn late
            grid.get_by_test_id("data-grid-canvas").focus()  # selects a cell (the first)
            selected = grid.locator('td[role="gridcell"][aria-selected="true"]')
            expect(selected).to_have_count(1, timeout=5_000)
            at_col, at_row = (int(n) for n in selected.get_attribute("id").split("-")[-2:])
            keys = ["ArrowRight"] * (column - at_col) + ["ArrowLeft"] * (at_col - column)
            keys += ["ArrowDown"] * (row - at_row) + ["ArrowUp"] * (at_row - row)
            for key in keys:
                page.keyboard.press(key)
            expect(cell).to_have_attribute("aria-selected", "true", timeout=5_000)
            page.keyboard.press("Enter")  # open the cell's editor
            expect(editor).to_be_focused(timeout=5_000)
            page.keyboard.press("Control+a")
            page.keyboard.type(text)
            expect(editor).to_have_value(text, timeout=5_000)
            page.wait_for_timeout(300)  # under load the editor's state can trail its text
            page.keyboard.press("Enter")
            expect(cell).to_have_text(text, timeout=15_000)
            return
        except (AssertionError, PlaywrightTimeout) as exc:
            last = exc
            page.keyboard.press("Escape")
    raise AssertionError(f"could not type {text!r} into cell {column},{row}") from last


#: Every page by its URL path ("" is Home), as the walks open them.
PAGES = [
    "",
    "data",
    "drivers",
    "whatif",
    "segments",
    "advice",
    "report",
    "measurement",
    "structural",
    "replication",
    "learn",
    "model",
]
#: A page is drawn: no status widget, progress bar or spinner, a title, Home's full card
#: (not the quick one shown before the bootstrap), every chart with its canvas or drawing.
READY = """() => !document.querySelector('[data-testid="stStatusWidget"]')
  && !document.querySelector('[data-testid="stProgress"], [data-testid="stSpinner"]')
  && document.querySelector('[data-testid="stMain"] h1, [data-testid="stMain"] h3')
  && !document.querySelector('[class*="st-key-card_answer_quick"]')
  && [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
       .every(e => e.querySelector('canvas, svg'))"""
CHARTS = {"": 1, "drivers": 2}  # charts each page draws (the first ones, at least)
#: Every table shown is drawn: glide-data-grid adds its accessible copy once it painted.
TABLES_DRAWN = """() => [...document.querySelectorAll('[data-testid="stDataFrame"]')]
  .every(d => !d.checkVisibility() || d.querySelector('table'))"""


def open_drawn(page, url: str, name: str) -> None:
    """Open ``url`` (the page ``name`` of :data:`PAGES`), wait until it is drawn and idle,
    and check what every page must: no exception, no sideways scroll of the page."""
    from playwright.sync_api import expect

    page.goto(url)
    page.wait_for_function(READY, timeout=120_000)
    charts = page.locator(".vega-embed canvas, .vega-embed svg")
    for k in range(CHARTS.get(name, 0)):  # drawn after the script finished
        expect(charts.nth(k)).to_be_visible(timeout=60_000)
    # tables paint after the run: waited for, not slept on (a fixed 0.8 s, 40 s a suite)
    page.wait_for_function(TABLES_DRAWN, timeout=60_000)
    wait_idle(page, 120_000)
    page.wait_for_function(READY, timeout=120_000)
    assert page.locator('[data-testid="stException"]').count() == 0, name
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1, name
