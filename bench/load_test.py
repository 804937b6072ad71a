"""Many users at once: N browser sessions, each uploading its own survey and bootstrapping.

    python bench/load_test.py [--sessions 10]

One Driver Lab server; N headless Chromium sessions at the same time, each
uploads a different survey (distinct rows of the sample), opens the Structural
model page (5000-resample bootstrap) and reads back its "Valid responses" and
its first path coefficient, which must be that survey's own. Prints the time
to result per session, the server's peak memory (VmHWM) and whether every
session saw only its own data.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine import estimate  # noqa: E402
from tests.browser import CHROMIUM, FLAGS, running_serve  # noqa: E402


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_memory_mb(pid: int | str) -> tuple[float, float]:
    """(resident, peak resident) MB of a process ("self": this one)."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


async def one_session(browser, url: str, path: Path, expected_n: int, expected_beta: float):
    from playwright.async_api import expect

    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    t0 = time.perf_counter()
    await page.goto(f"{url}/data")
    await expect(page.get_by_text("Valid responses")).to_be_visible(timeout=120_000)
    t_page = time.perf_counter() - t0
    await page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        str(path)
    )
    await expect(page.get_by_text(f"Using your file: {path.name}")).to_be_visible(timeout=120_000)
    t_upload = time.perf_counter() - t0 - t_page
    await page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Structural").first.click()
    await expect(page.get_by_text("Hypothesis tests (bootstrap)")).to_be_visible(timeout=180_000)
    metric = await page.locator('[data-testid="stMetricValue"]').first.inner_text()
    # the path diagram is an SVG image: its first arrow carries this survey's own coefficient
    diagram = page.locator(".st-key-path_diagram img")
    await expect(diagram).to_be_visible(timeout=60_000)
    elapsed = time.perf_counter() - t0
    labels = diagram_texts(await diagram.get_attribute("src"))
    shown = sum((label or "").startswith(f"{expected_beta:.2f}") for label in labels)
    await context.close()
    return elapsed, int(metric) == expected_n, shown == 1, (t_page, t_upload)


def diagram_texts(src: str | None) -> list[str]:
    """The words drawn in the path diagram, an SVG image shown as a data: URL."""
    import base64
    import xml.etree.ElementTree as ET

    drawing = ET.fromstring(base64.b64decode((src or ",").split(",", 1)[1]))
    return [t.text or "" for t in drawing.iter("{http://www.w3.org/2000/svg}text")]


def run(sessions: int) -> dict:
    """Start a server, run the sessions at once; their times, checks and the memory."""
    return asyncio.run(_run(sessions))


async def _run(sessions: int) -> dict:
    from playwright.async_api import async_playwright

    clean = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for k in range(sessions):
            n = 150 + 7 * k
            survey = clean.sample(n=n, random_state=k).reset_index(drop=True)
            path = Path(tmp) / f"shop-{k + 1}.csv"
            survey.to_csv(path, index=False)
            beta = float(estimate(survey).paths.estimate.iloc[0])
            jobs.append((path, n, beta))
        # the README's server (serve.py: warmed at start), its survey database in ``tmp``
        with running_serve(tmp) as (url, _database):
            pid = server_pid(url)
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                t0 = time.perf_counter()
                cpu0 = cpu_seconds(pid)
                results = await asyncio.gather(
                    *(one_session(browser, url, path, n, beta) for path, n, beta in jobs)
                )
                wall = time.perf_counter() - t0
                server_cpu = cpu_seconds(pid) - cpu0
                await browser.close()
            rss, peak = server_memory_mb(pid)
    return {
        "sessions": sessions,
        "finished": len(results),
        "times": [r[0] for r in results],
        "own": [r[1] and r[2] for r in results],
        "first_page": [r[3][0] for r in results],
        "upload": [r[3][1] for r in results],
        "wall": wall,
        "server_cpu": server_cpu,
        "rss_mb": rss,
        "peak_mb": peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10)
    args = parser.parse_args()
    out = run(args.sessions)
    times, own = out["times"], all(out["own"])
    print(
        f"{out['sessions']} simultaneous sessions, each uploading its own survey and bootstrapping"
    )
    print(
        f"  all finished: {out['finished']} of {out['sessions']}; each saw only its own data: "
        f"{'yes' if own else 'NO'}"
    )
    print(
        f"  time to result: median {statistics.median(times):.1f} s, "
        f"slowest {max(times):.1f} s, wall {out['wall']:.1f} s"
    )
    print(
        f"  of which: first page shown {statistics.median(out['first_page']):.1f} s, "
        f"upload read {statistics.median(out['upload']):.1f} s (medians)"
    )
    print(
        f"  server CPU: {out['server_cpu']:.1f} s over the {out['wall']:.0f} s "
        "(the rest of the 2 cores went to the browsers)"
    )
    print(f"  server memory: {out['rss_mb']:.0f} MB now, {out['peak_mb']:.0f} MB peak")
    if not own:
        raise SystemExit(1)


def server_pid(url: str) -> int:
    port = url.rsplit(":", 1)[1]
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "streamlit" in cmd and f"--server.port {port}" in cmd:
            return int(proc.name)
    raise RuntimeError("server process not found")


if __name__ == "__main__":
    main()
