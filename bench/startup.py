"""Start-up: the first page settled and the median page switch, next to an empty Streamlit app.

    python bench/startup.py [--runs 5]

Each run starts a fresh Driver Lab server and a fresh empty app (the same twelve
page titles in ``st.navigation``, each page a title and one line of text), both
with the repository's server settings (.streamlit/config.toml), and drives them
in one headless Chromium, side by side:

- first page settled: from navigating to a server that has served nobody yet
  (its modules not yet imported, its caches empty) until the page has settled;
- page switch: from a click in the sidebar navigation until the new page has
  settled; every page once (first visits: the engine computes, e.g. the
  Structural page's 5000-resample bootstrap), then every page again (cached
  results). The median over all these switches.

"Settled": Streamlit's ``script_finished`` message for the run has arrived on
the page's websocket and the page's DOM has then stayed unchanged for half a
second; the time is that of the DOM's last change (browser clock: navigation
start, or the click, is time 0). Prints each run and the median over the runs,
with the ratios (goals: first page within 1.5x the empty app, median switch
within 2x).
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

from tests.browser import DESKTOP, browser_context, running_app  # noqa: E402

#: Page titles of the empty app: as many pages as Driver Lab's navigation has.
PAGES = [
    "Home",
    "Data",
    "Measurement quality",
    "Structural model",
    "Drivers",
    "What-if",
    "Segments",
    "Advice",
    "Report",
    "Replication",
    "Learn",
    "Model editor",
]

EMPTY_APP = f"""
import streamlit as st

st.set_page_config(page_title="Empty", layout="centered")
TITLES = {PAGES!r}


def page(title):
    def show():
        st.title(title)
        st.write("One line of text.")

    return show


st.navigation(
    [st.Page(page(t), title=t, url_path=f"p{{k}}", default=k == 0) for k, t in enumerate(TITLES)]
).run()
"""

#: Installed in every page: the time (ms since navigation) of the last change to the DOM.
WATCH_DOM = """
window.__lastChange = 0;
new MutationObserver(() => { window.__lastChange = performance.now(); })
  .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
"""
#: The page counts as settled once the DOM has not changed for this long after the run ended.
QUIET_MS = 500


#: ForwardMsg.ScriptFinishedStatus of a run stopped early because another run was asked for.
EARLY = 2  # ForwardMsg.FINISHED_EARLY_FOR_RERUN


class RunWatch:
    """Streamlit's script_finished messages on the page's websocket, and the DOM settling."""

    def __init__(self, page) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self.finished = 0
        self._parse = ForwardMsg.FromString
        self.page = page
        page.add_init_script(WATCH_DOM)
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload) -> None:
        if not isinstance(payload, bytes | bytearray):
            return
        try:
            msg = self._parse(bytes(payload))
        except Exception:  # not a ForwardMsg: nothing to count
            return
        # a run cut short for a rerun (the first connection does that) is not the page's run
        if msg.WhichOneof("type") == "script_finished" and msg.script_finished != EARLY:
            self.finished += 1

    def _settle(self, seen: int, timeout: float) -> float:
        """Wait for a finished run, then for the DOM to stay unchanged; the last change (ms)."""
        t0 = time.perf_counter()
        while self.finished == seen:
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError("no script run finished")
            self.page.wait_for_timeout(5)
        self.page.wait_for_function(
            f"() => performance.now() - window.__lastChange > {QUIET_MS}", timeout=timeout * 1000
        )
        return self.page.evaluate("window.__lastChange")

    def first_page(self, url: str, timeout: float = 180.0) -> float:
        """Seconds from navigating to ``url`` until the page has settled."""
        seen = self.finished
        self.page.goto(url, wait_until="commit")
        return self._settle(seen, timeout) / 1000  # navigation start is the page's time 0

    def switch(self, link, timeout: float = 180.0) -> float:
        """Seconds from clicking ``link`` (in the page) until the new page has settled."""
        seen = self.finished
        start = link.evaluate("a => { const t = performance.now(); a.click(); return t; }")
        return (self._settle(seen, timeout) - start) / 1000


def nav_links(page):
    """The sidebar's page links, unfolded first if the navigation shows "View more"."""
    more = page.get_by_role("button", name="View more")
    if more.count():
        more.first.click()
    return page.locator('[data-testid="stSidebarNav"] a')


def measure(url: str) -> dict:
    """First page settled and every page switch (two tours) in one new browser."""
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        watch = RunWatch(page)
        first = watch.first_page(url)
        expect(page.locator("h1").first).to_be_visible()
        count = nav_links(page).count()
        switches = []
        for _tour in range(2):
            for k in [*range(1, count), 0]:
                switches.append(watch.switch(nav_links(page).nth(k)))
        if count != len(PAGES):
            raise RuntimeError(f"{count} pages in the navigation, the empty app has {len(PAGES)}")
        return {"first": first, "switches": switches}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(
        f"start-up in headless Chromium, {args.runs} runs, each on fresh servers; "
        f"page switch = median of {2 * len(PAGES)} switches (every page twice)"
    )
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty_app.py"
        empty.write_text(EMPTY_APP)
        for run in range(args.runs):
            with running_app() as url:
                ours = measure(url)
            with running_app(script=empty) as url:
                base = measure(url)
            row = {
                "first": (ours["first"], base["first"]),
                "switch": (
                    statistics.median(ours["switches"]),
                    statistics.median(base["switches"]),
                ),
                "slowest": (max(ours["switches"]), max(base["switches"])),
                "again": (  # the second tour: every page's results already computed
                    statistics.median(ours["switches"][len(PAGES) :]),
                    statistics.median(base["switches"][len(PAGES) :]),
                ),
            }
            rows.append(row)
            print(
                f"  run {run + 1}: first page {row['first'][0]:.2f} s vs {row['first'][1]:.2f} s "
                f"({row['first'][0] / row['first'][1]:.2f}x); page switch "
                f"{row['switch'][0] * 1000:.0f} ms vs {row['switch'][1] * 1000:.0f} ms "
                f"({row['switch'][0] / row['switch'][1]:.2f}x), second visits "
                f"{row['again'][0] * 1000:.0f} ms vs {row['again'][1] * 1000:.0f} ms; slowest "
                f"{row['slowest'][0]:.2f} s vs {row['slowest'][1]:.2f} s"
            )
    med = {k: tuple(statistics.median(r[k][i] for r in rows) for i in (0, 1)) for k in rows[0]}
    print(f"  median of {args.runs} runs (Driver Lab vs empty app):")
    print(
        f"    first page settled {med['first'][0]:.2f} s vs {med['first'][1]:.2f} s: "
        f"{med['first'][0] / med['first'][1]:.2f}x (goal: within 1.5x)"
    )
    print(
        f"    median page switch {med['switch'][0] * 1000:.0f} ms vs "
        f"{med['switch'][1] * 1000:.0f} ms: {med['switch'][0] / med['switch'][1]:.2f}x "
        "(goal: within 2x)"
    )
    print(
        f"    second visits only {med['again'][0] * 1000:.0f} ms vs "
        f"{med['again'][1] * 1000:.0f} ms: {med['again'][0] / med['again'][1]:.2f}x"
    )
    print(f"    slowest switch {med['slowest'][0]:.2f} s vs {med['slowest'][1]:.2f} s")


if __name__ == "__main__":
    main()
