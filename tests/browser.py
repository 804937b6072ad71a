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


@contextmanager
def browser_context(viewport: dict):
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


def wait_idle(page, timeout: float = 30_000) -> None:
    """Wait until the script run finished (after the expected content appeared)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
