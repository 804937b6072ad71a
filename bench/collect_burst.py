"""A burst of respondents through the running app's survey form (loopback only).

    python bench/collect_burst.py [--respondents 300] [--seconds 120] [--postgres]
                                  [--restart]

Starts ``streamlit run serve.py`` on 127.0.0.1 with a fresh database (a temporary
SQLite file, or a throw-away PostgreSQL server with ``--postgres``), creates a survey,
and sends N respondents through the form at an even pace over the given seconds, 32
at a time at most: each opens the form (GET) and sends its answers (POST) as a phone
would. A respondent whose connection fails sends the same form again (the browser's
resend) until the server answers, for at most 90 s. With ``--restart`` the server is
killed (SIGKILL) when a third of the respondents have been sent and started again.
Then it checks, in the database: every respondent stored exactly once, every stored
response whole, the owner's count right. Prints the figures.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from collect import db, store  # noqa: E402

_FIELD = re.compile(r'name="([^"]+)" value="([^"]*)"')


class Server:
    """``streamlit run serve.py`` on a fixed loopback port; can be killed and restarted."""

    def __init__(self, env: dict, port: int) -> None:
        self.env = {**os.environ, **env}
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the process)

    def start(self, timeout: float = 90) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "serve.py",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.log.seek(0)
                raise RuntimeError("server did not start:\n" + self.log.read().decode()[-3000:])
            time.sleep(0.2)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)


@contextmanager
def running(env: dict):
    from tests.browser import free_port

    server = Server(env, free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def respond(base: str, public_id: str, seed: int, patience: float = 90.0) -> dict:
    """One respondent: open the form, answer every question, send; resend on failure."""
    rng = random.Random(seed)
    deadline = time.monotonic() + patience
    with requests.Session() as http:
        opened = 0
        while True:
            opened += 1
            try:
                t0 = time.perf_counter()
                page = http.get(f"{base}/s/{public_id}", timeout=30)
                page.raise_for_status()
                break
            except requests.RequestException:
                if time.monotonic() > deadline:
                    return {"seed": seed, "ok": False, "sub": None, "tries": 0}
                time.sleep(0.5)
        fields: dict[str, list[str]] = {}
        for name, value in _FIELD.findall(page.text):
            fields.setdefault(name, []).append(html.unescape(value))
        form = {"sub": fields["sub"][0], "started": str(time.time() - 60), "consent": "yes"}
        for name, values in fields.items():
            if name not in ("sub", "started", "consent"):
                form[name] = rng.choice(values)
        tries = 0
        while True:
            tries += 1
            try:
                answer = http.post(f"{base}/s/{public_id}", data=form, timeout=30)
                if answer.status_code == 200:
                    took = time.perf_counter() - t0
                    return {"seed": seed, "ok": True, "sub": form["sub"], "tries": tries,
                            "seconds": took, "answers": form, "opened": opened}  # fmt: skip
                if answer.status_code != 503 and answer.status_code < 500:
                    return {"seed": seed, "ok": False, "sub": form["sub"], "tries": tries,
                            "status": answer.status_code}  # fmt: skip
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                return {"seed": seed, "ok": False, "sub": form["sub"], "tries": tries}
            time.sleep(0.5)


def burst(base: str, public_id: str, n: int, seconds: float, workers: int = 32, on_sent=None):
    """n respondents at an even pace over ``seconds``; returns their results and the wall time."""
    results: list[dict] = []
    lock = threading.Lock()

    def one(k: int) -> None:
        r = respond(base, public_id, seed=k)
        with lock:
            results.append(r)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        for k in range(n):
            pause = t0 + k * seconds / n - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            pool.submit(one, k)
            if on_sent:
                on_sent(k + 1)
    return results, time.perf_counter() - t0


def check(url: str, token: str, results: list[dict]) -> dict:
    """What the database holds against what the respondents were told."""
    from sqlalchemy import func, select

    from collect.models import Response

    survey = store.owner_survey(token, url)
    codes = [q.code for q in survey.questions]
    with db.session(url) as s:
        rows = s.execute(select(Response.submission_id, Response.answers)).all()
        duplicates = s.execute(
            select(func.count())
            .select_from(Response)
            .group_by(Response.submission_id)
            .having(func.count() > 1)
        ).all()
    stored = {sub: answers for sub, answers in rows}
    thanked = [r for r in results if r["ok"]]
    lost = [r for r in thanked if r["sub"] not in stored]
    wrong = [
        r for r in thanked if r["sub"] in stored and any(
            str(stored[r["sub"]].get(c)) != r["answers"][c] for c in codes
        )
    ]  # fmt: skip
    whole = all(set(a) == set(codes) for a in stored.values())
    return {
        "respondents": len(results),
        "thanked": len(thanked),
        "stored": len(rows),
        "distinct": len(stored),
        "duplicates": len(duplicates),
        "lost": len(lost),
        "altered": len(wrong),
        "whole": whole,
        "owner_count": store.count(survey.id, url=url),
        "resent": sum(1 for r in results if r.get("tries", 0) > 1),
        "reopened": sum(1 for r in results if r.get("opened", 1) > 1),
    }


def run(n: int, seconds: float, url: str, env: dict, restart: bool = False) -> dict:
    created = store.create_survey("Burst", "id", store.template_questions("id"), url=url)
    out: dict = {}
    with running(env) as server:
        killed = threading.Event()

        def on_sent(k: int) -> None:
            if restart and k == n // 3 and not killed.is_set():
                killed.set()

                def bounce() -> None:
                    t = time.perf_counter()
                    server.kill()
                    server.start()
                    out["restart_seconds"] = time.perf_counter() - t

                threading.Thread(target=bounce, daemon=True).start()

        results, wall = burst(server.url, created.public_id, n, seconds, on_sent=on_sent)
    times = [r["seconds"] for r in results if r.get("seconds")]
    out.update(check(url, created.owner_token, results))
    out["wall_seconds"] = wall
    out["median_seconds"] = statistics.median(times) if times else None
    out["slowest_seconds"] = max(times) if times else None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--respondents", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--restart", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.postgres:
            from tests import pg

            with pg.server() as database:
                url = database("burst")
                env = {db.ENV_URL: url}
                figures = run(args.respondents, args.seconds, url, env, args.restart)
        else:
            url = f"sqlite:///{folder}/{db.FILE_NAME}"
            env = {db.ENV_DIR: folder, db.ENV_URL: ""}
            figures = run(args.respondents, args.seconds, url, env, args.restart)
        db.dispose()
    print(figures)


if __name__ == "__main__":
    main()
