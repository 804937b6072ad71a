"""A real PostgreSQL server for the collect tests (Debian's ``postgresql`` package).

Started in a temporary folder on a Unix socket only (no TCP port at all, so nothing
outside this machine can reach it), as the ``postgres`` user when the tests run as
root (the server refuses to run as root). Where the package is missing the tests that
need it are skipped with the install command as the reason, or fail when ``CI`` is
set, so a missing install step cannot pass unnoticed. ``scripts/test.sh`` installs it
when run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

INSTALL = "apt-get update && apt-get install -y postgresql"


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _user() -> str | None:
    if os.geteuid() != 0:
        return None  # run as ourselves
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return "missing"
    return "postgres"


def require_postgres() -> Path:
    bin_dir = binaries()
    user = _user()
    reason = None
    if bin_dir is None:
        reason = f"PostgreSQL is not installed: {INSTALL}"
    elif user == "missing":
        reason = "PostgreSQL's 'postgres' user is missing: reinstall the postgresql package"
    if reason:
        print(f"skipping PostgreSQL tests: {reason}")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return bin_dir


def _run(args: list[str], user: str | None, **kw) -> subprocess.CompletedProcess:
    if user:
        args = ["runuser", "-u", user, "--", *args]
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120, **kw)


@contextmanager
def server():
    """Start a throw-away PostgreSQL; yield a function database(name) -> SQLAlchemy URL."""
    bin_dir = require_postgres()
    user = _user()
    root = Path(tempfile.mkdtemp(prefix="driverlab-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if user:
        shutil.chown(root, user)
        shutil.chown(sock, user)
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"], user)
    opts = f"-c listen_addresses='' -k {sock} -c fsync=on -c max_connections=200"
    log = root / "server.log"
    start = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o", opts, "start"]
    _run(start, user)
    created = []

    def database(name: str) -> str:
        _run([str(bin_dir / "createdb"), "-h", str(sock), "-U", "postgres", name], user)
        created.append(name)
        return f"postgresql+psycopg://postgres@/{name}?host={sock}"

    try:
        yield database
    finally:
        _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], user)
        shutil.rmtree(root, ignore_errors=True)
