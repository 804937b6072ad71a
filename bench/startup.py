"""Start-up: the first page settled and the median page switch, next to an empty Streamlit app.

    python bench/startup.py [--runs 5]

Each run starts a fresh Driver Lab server with the README's run command
(``streamlit run serve.py``) and a fresh empty app, both with the repository's
server settings (.streamlit/config.toml), and drives them in one headless
Chromium, side by side. The empty app has Driver Lab's frame and nothing
else: the same page settings (wide layout, icon), the same sidebar language box,
the same navigation (two sections, the fourteen page titles and icons, expanded);
each page a title and one line of text.

- first page settled: from navigating to a server that has served nobody yet
  until the page has settled. Driver Lab's server computes the bundled sample's
  analysis while it starts (``ui/warm.py``, in serve.py's start-up hook), so the
  time each server takes from its launch until it answers is printed too; and so
  is the first page of ``streamlit run app.py``, which does not warm (cold: its
  modules not yet imported, its caches empty);
- page switch: from a click in the sidebar navigation until the new page has
  settled; every page once (first visits: the engine computes, e.g. the
  Structural page's 5000-resample bootstrap), then every page again (cached
  results). The median over all these switches.

"Settled": Streamlit's ``script_finished`` message for the run has arrived on
the page's websocket and the page's DOM has then stayed unchanged for half a
second; the time is that of the last visible DOM change (browser clock:
navigation start, or the click, is time 0). Changes inside a <canvas> are not
visible (a canvas never draws its children): Streamlit's tables rewrite an
accessible copy of their cells there up to ~0.4 s after the table is painted;
the figures counting those too are printed as well. ``--controls`` then switches
between seven control pages (one table, the same table as ``st.table``'s static HTML and
through a pandas Styler as Driver Lab's tables are, one chart, four sliders, twenty
paragraphs, text only) to show what drawing each kind of content costs the browser by
itself. Prints each run and the median over the runs, with the ratios (goals:
first page within 1.5x the empty app, median switch within 2x). ``--pages``
adds every page's switch times and the time to the run's end as the bench
heard it (the rest is the browser drawing); ``--profile DIR`` records Driver
Lab's server with py-spy.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import DESKTOP, browser_context, running_app, running_serve  # noqa: E402

#: The empty app's navigation: Driver Lab's (app.py) two menu sections, page titles and icons.
SECTIONS = {
    "Your shop": [
        ("Home", "home"),
        ("Data", "upload_file"),
        ("Drivers", "leaderboard"),
        ("What-if", "tune"),
        ("Segments", "groups"),
        ("Advice", "lightbulb"),
        ("Report", "download"),
        ("Collect answers", "add_circle"),
        ("Collected answers", "monitoring"),
    ],
    "Methods & study": [
        ("Measurement quality", "rule"),
        ("Structural model", "account_tree"),
        ("Replication", "science"),
        ("Learn", "school"),
        ("Model editor", "schema"),
    ],
}
PAGES = [title for pages in SECTIONS.values() for title, _icon in pages]

#: The fair peer: an empty app with Driver Lab's frame — the same page settings, the same
#: sidebar language box, the same sectioned navigation (expanded) — and nothing on its pages
#: but a title and one line of text.
EMPTY_APP = f"""
import streamlit as st

st.set_page_config(page_title="Empty", page_icon=":material/insights:", layout="wide")
SECTIONS = {SECTIONS!r}
st.sidebar.selectbox("Language", ["en", "id"], key="language_choice")


def page(title):
    def show():
        st.title(title)
        st.write("One line of text.")

    return show


st.navigation(
    {{
        section: [
            st.Page(page(t), title=t, icon=f":material/{{i}}:", url_path=f"p{{k}}-{{j}}",
                    default=(k, j) == (0, 0))
            for j, (t, i) in enumerate(pages)
        ]
        for k, (section, pages) in enumerate(SECTIONS.items())
    }},
    expanded=True,
).run()
"""

#: ``--controls``: the empty app's page settings and language box, seven pages each showing one
#: kind of content (no sections), to
#: measure what the browser's drawing of a table, a chart or sliders costs by itself.
CONTROL_APP = """
import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Controls", page_icon=":material/insights:", layout="wide")
st.sidebar.selectbox("Language", ["en", "id"], key="language_choice")
TABLE = pd.DataFrame(np.random.default_rng(0).random((12, 7)).round(3), columns=list("ABCDEFG"))
CHART = {
    "mark": "bar",
    "encoding": {
        "y": {"field": "lever", "type": "nominal"},
        "x": {"field": "effect", "type": "quantitative"},
    },
    "data": {"values": [{"lever": k, "effect": v} for k, v in zip("ABC", (0.3, 0.2, 0.1))]},
}


def text():
    st.write("One line of text.")


def table():
    st.dataframe(TABLE)


def chart():
    st.vega_lite_chart(CHART, width="stretch")


def sliders():
    for k in range(4):
        st.slider(f"Slider {k}", 1.0, 5.0, 3.0, key=f"s{k}")


def static_table():
    st.table(TABLE)


def styled_table():
    st.dataframe(TABLE.style.format("{:.3f}"), hide_index=True)


def markdown():
    for k in range(20):
        st.markdown(f"Paragraph {k}: a short line of words.")


CONTENT = {"text only": text, "one table": table, "one chart": chart,
           "four sliders": sliders, "20 paragraphs": markdown,
           "static table": static_table, "styled table": styled_table}


def page(title):
    def show():
        st.title(title)
        CONTENT[title]()

    return show


st.navigation(
    [st.Page(page(t), title=t, url_path=f"c{k}", default=k == 0) for k, t in enumerate(CONTENT)]
).run()
"""


def controls(folder: Path, rounds: int = 6) -> dict[str, float]:
    """Median switch (s) to each control page, visited ``rounds`` times in turn."""
    script = folder / "control_app.py"
    script.write_text(CONTROL_APP)
    times: dict[str, list[float]] = {}
    with running_app(script=script) as url, browser_context(DESKTOP) as context:
        page = context.new_page()
        watch = RunWatch(page)
        watch.first_page(url)
        links = page.locator('[data-testid="stSidebarNav"] a')
        for _round in range(rounds):
            for k in [*range(1, links.count()), 0]:
                link = links.nth(k)
                name = link.inner_text().strip().splitlines()[-1]
                times.setdefault(name, []).append(watch.switch(link))
    return {name: statistics.median(values[1:]) for name, values in times.items()}


#: Installed in every page: the time (ms since navigation) of the last change to the DOM.
#: ``__lastSeen`` leaves out changes inside a <canvas>: a canvas's children are never drawn
#: (fallback content); Streamlit's tables (glide-data-grid) keep an accessible copy of their
#: cells there and rewrite it up to ~0.4 s after the table has been painted.
WATCH_DOM = """
window.__lastChange = 0;
window.__lastSeen = 0;
new MutationObserver((records) => {
  const now = performance.now();
  window.__lastChange = now;
  for (const m of records) {
    const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
    if (!(el && el.closest && el.closest("canvas"))) { window.__lastSeen = now; break; }
  }
}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
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
        self.finished_at = 0.0  # perf_counter when the last script_finished arrived
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
            self.finished_at = time.perf_counter()

    def _settle(self, seen: int, timeout: float) -> float:
        """Wait for a finished run, then for the DOM to stay unchanged; the last visible
        change (ms; ``last_change_ms``: the last change of any kind)."""
        t0 = time.perf_counter()
        while self.finished == seen:
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError("no script run finished")
            self.page.wait_for_timeout(5)
        self.page.wait_for_function(
            f"() => performance.now() - window.__lastChange > {QUIET_MS}", timeout=timeout * 1000
        )
        seen, last = self.page.evaluate("[window.__lastSeen, window.__lastChange]")
        self.last_change_ms = last
        return seen

    def first_page(self, url: str, timeout: float = 180.0) -> float:
        """Seconds from navigating to ``url`` until the page has settled."""
        seen = self.finished
        self.page.goto(url, wait_until="commit")
        settled = self._settle(seen, timeout) / 1000  # navigation start is the page's time 0
        self.any_s = self.last_change_ms / 1000
        return settled

    def switch(self, link, timeout: float = 180.0) -> float:
        """Seconds from clicking ``link`` (in the page) until the new page has settled.

        ``self.run_s`` is then the time from the click to the run's script_finished as the
        bench heard it (the server's share; the rest is the browser drawing)."""
        seen = self.finished
        clicked = time.perf_counter()
        start = link.evaluate("a => { const t = performance.now(); a.click(); return t; }")
        settled = (self._settle(seen, timeout) - start) / 1000
        self.any_s = (self.last_change_ms - start) / 1000
        self.run_s = self.finished_at - clicked
        return settled


def nav_links(page):
    """The sidebar's page links, unfolded first if the navigation shows "View more"."""
    more = page.get_by_role("button", name="View more")
    if more.count():
        more.first.click()
    return page.locator('[data-testid="stSidebarNav"] a')


def measure(url: str, switches: bool = True) -> dict:
    """First page settled and (``switches``) every page switch (two tours) in one new browser."""
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        watch = RunWatch(page)
        first = watch.first_page(url)
        first_any = watch.any_s
        # the page has drawn its content (Home has cards and no title)
        expect(page.locator('[data-testid="stMainBlockContainer"] p').first).to_be_visible()
        if not switches:
            return {"first": first}
        count = nav_links(page).count()
        if count != len(PAGES):
            raise RuntimeError(f"{count} pages in the navigation, the empty app has {len(PAGES)}")
        switches, names, runs, any_change = [], [], [], []
        for _tour in range(2):
            for k in [*range(1, count), 0]:
                link = nav_links(page).nth(k)
                names.append(link.inner_text().strip().splitlines()[-1])  # after the icon
                switches.append(watch.switch(link))
                runs.append(watch.run_s)
                any_change.append(watch.any_s)
        return {
            "first": first,
            "switches": switches,
            "names": names,
            "runs": runs,
            "first_any": first_any,
            "any": any_change,
        }


def profile(url: str, folder: str, run: int):
    """py-spy recording the server (every thread, idle excluded) until it is interrupted."""
    import subprocess

    from bench.load_test import server_pid

    Path(folder).mkdir(parents=True, exist_ok=True)
    out = Path(folder) / f"server-run{run + 1}.txt"
    return subprocess.Popen(
        [
            "py-spy",
            "record",
            "--pid",
            str(server_pid(url)),
            "--format",
            "raw",
            "--rate",
            "200",
            "--output",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _print_controls(found: dict[str, float]) -> None:
    base = found["text only"]
    print("  controls (one kind of content per page, the empty app's settings), median switch:")
    for name, seconds in found.items():
        print(f"    {name:15s} {seconds * 1000:5.0f} ms ({seconds / base:.2f}x text only)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", action="store_true", help="print every page's switch times")
    parser.add_argument(
        "--profile", metavar="DIR", help="record Driver Lab's server with py-spy into DIR"
    )
    parser.add_argument(
        "--controls",
        action="store_true",
        help="then switch between control pages (one table, one chart, four sliders, ...)",
    )
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
            launched = time.perf_counter()
            with running_serve(tmp) as (url, _database):  # its survey database in tmp
                ours_ready = time.perf_counter() - launched
                spy = profile(url, args.profile, run) if args.profile else None
                try:
                    ours = measure(url)
                finally:
                    if spy is not None:
                        spy.send_signal(signal.SIGINT)
                        spy.wait(timeout=60)
            launched = time.perf_counter()
            with running_app(script=empty) as url:
                base_ready = time.perf_counter() - launched
                base = measure(url)
            with running_app() as url:  # streamlit run app.py: no warming, nothing imported
                cold = measure(url, switches=False)
            row = {
                "ready": (ours_ready, base_ready),
                "cold": (cold["first"], base["first"]),
                "first": (ours["first"], base["first"]),
                "switch": (
                    statistics.median(ours["switches"]),
                    statistics.median(base["switches"]),
                ),
                "slowest": (max(ours["switches"]), max(base["switches"])),
                "first_any": (ours["first_any"], base["first_any"]),
                "switch_any": (statistics.median(ours["any"]), statistics.median(base["any"])),
                "again": (  # the second tour: every page's results already computed
                    statistics.median(ours["switches"][len(PAGES) :]),
                    statistics.median(base["switches"][len(PAGES) :]),
                ),
            }
            rows.append(row)
            if args.pages:
                n = len(PAGES)
                for k, name in enumerate(ours["names"][:n]):
                    first, again = ours["switches"][k], ours["switches"][n + k]
                    print(
                        f"    {name[:20]:20s} first visit {first * 1000:6.0f} ms (run "
                        f"{ours['runs'][k] * 1000:5.0f}; empty {base['switches'][k] * 1000:4.0f})"
                        f", again {again * 1000:5.0f} ms (run {ours['runs'][n + k] * 1000:5.0f}; "
                        f"empty {base['switches'][n + k] * 1000:4.0f})"
                    )
            print(
                f"  run {run + 1}: first page {row['first'][0]:.2f} s vs {row['first'][1]:.2f} s "
                f"({row['first'][0] / row['first'][1]:.2f}x); page switch "
                f"{row['switch'][0] * 1000:.0f} ms vs {row['switch'][1] * 1000:.0f} ms "
                f"({row['switch'][0] / row['switch'][1]:.2f}x), second visits "
                f"{row['again'][0] * 1000:.0f} ms vs {row['again'][1] * 1000:.0f} ms; slowest "
                f"{row['slowest'][0]:.2f} s vs {row['slowest'][1]:.2f} s; server answering "
                f"after {row['ready'][0]:.1f} s vs {row['ready'][1]:.1f} s; cold first page "
                f"(app.py) {row['cold'][0]:.2f} s"
            )
        if args.controls:
            _print_controls(controls(Path(tmp)))
    if not rows:  # --runs 0 --controls: the control pages alone
        return
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
    print(
        f"    server answering after launch {med['ready'][0]:.1f} s vs {med['ready'][1]:.1f} s "
        "(Driver Lab computes the sample's analysis while it starts)"
    )
    print(
        f"    cold first page (streamlit run app.py: no warming) {med['cold'][0]:.2f} s vs "
        f"{med['cold'][1]:.2f} s ({med['cold'][0] / med['cold'][1]:.2f}x)"
    )
    print(
        "    counting changes inside a canvas too (tables' accessible copies): first page "
        f"{med['first_any'][0]:.2f} s vs {med['first_any'][1]:.2f} s "
        f"({med['first_any'][0] / med['first_any'][1]:.2f}x), median switch "
        f"{med['switch_any'][0] * 1000:.0f} ms vs {med['switch_any'][1] * 1000:.0f} ms "
        f"({med['switch_any'][0] / med['switch_any'][1]:.2f}x)"
    )


if __name__ == "__main__":
    main()
