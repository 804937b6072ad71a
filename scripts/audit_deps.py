"""Known vulnerabilities in the installed runtime dependencies, from PyPI's advisory data.

    python scripts/audit_deps.py        # exit 1 when a vulnerable version has a fixed one

Walks requirements.txt and everything it pulls in (installed metadata), asks PyPI
for each release's known vulnerabilities (the per-release JSON API, the data
pip-audit uses) and reports any that a newer version fixes. Where the
per-release API cannot be reached but the project's can (some sandboxes), a
package is still checked when the installed version is the project's latest;
otherwise it is listed as unverified rather than passed.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPI = "https://pypi.org/pypi"

Fetch = Callable[[str], dict | None]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(requirements: Path = ROOT / "requirements.txt") -> dict[str, str]:
    """Installed name -> version for the requirements and all they require (no extras)."""
    todo = [
        _name(line)
        for line in requirements.read_text().splitlines()
        if line.strip() and not line.startswith(("#", "-"))
    ]
    found: dict[str, str] = {}
    while todo:
        name = canonical(todo.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = dist.version
        for req in dist.requires or []:
            if "extra ==" not in req:
                todo.append(_name(req))
    return found


def fetch_json(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return json.load(response)
    except (urllib.error.URLError, TimeoutError, ValueError):
        return None


def _key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else -1 for p in re.split(r"[.+-]", version))


def _advisories(name: str, version: str, fetch: Fetch) -> dict | None:
    """The release's data, or the project's when it is the installed version; else None."""
    release = fetch(f"{PYPI}/{name}/{version}/json")
    if release is None:
        project = fetch(f"{PYPI}/{name}/json")
        if project is None or project["info"]["version"] != version:
            return None
        release = project
    return release


def audit(packages: dict[str, str], fetch: Fetch = fetch_json) -> dict[str, list]:
    """Sort packages into vulnerable (with a fix), clean, and unverified."""
    out: dict[str, list] = {"vulnerable": [], "clean": [], "unverified": []}
    wanted = sorted(packages.items())
    # a few requests at a time: one after the other, the fifty-odd round trips took 10 s
    with ThreadPoolExecutor(max_workers=6) as pool:
        found = list(pool.map(lambda nv: _advisories(*nv, fetch), wanted))
    for (name, version), release in zip(wanted, found, strict=True):
        if release is None:
            out["unverified"].append((name, version))
            continue
        fixable = [
            (v.get("id"), v.get("fixed_in"))
            for v in release.get("vulnerabilities", [])
            if any(_key(f) > _key(version) for f in v.get("fixed_in") or [])
        ]
        out["vulnerable" if fixable else "clean"].append((name, version, fixable))
    return out


def main() -> int:
    result = audit(runtime_closure())
    for name, version, found in result["vulnerable"]:
        print(f"VULNERABLE {name} {version}: {found}")
    print(f"clean: {len(result['clean'])}, vulnerable with a fix: {len(result['vulnerable'])}")
    if result["unverified"]:
        names = ", ".join(f"{n} {v}" for n, v in result["unverified"])
        print(f"unverified (PyPI's per-release data not reachable here): {names}")
    return 1 if result["vulnerable"] else 0


if __name__ == "__main__":
    sys.exit(main())
