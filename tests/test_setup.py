"""From a fresh clone: the repository is self-contained, the CLI starts at once and says
what it wrote, the README's list of JSON keys is the one the CLI writes, and the app's
first page does not load what it does not show."""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .conftest import PAPER_TABLES, REFERENCE, ROOT

RAW = ROOT / "sample_data" / "livestream_survey_raw.xlsx"
#: Heavy modules nothing should load before it needs them.
HEAVY = ("scipy.stats", "altair", "vl_convert", "openpyxl", "graphviz")


def python(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def test_no_code_reads_a_path_outside_the_repository() -> None:
    outside = re.compile(
        # (each name spelled with a class, so this pattern is no hit of the plain grep itself)
        r"""DRIVERLAB_SHAR[E]D|\.\./shar[e]d|["']shar[e]d["']|parent\.parent\.parent"""
    )
    # Path(__file__).parents[k] of a file d folders deep (engine/study/x.py: d = 2) is the
    # repository itself at k = d and outside it beyond
    upward = re.compile(r"__file__\)(?:\.resolve\(\))?\.parents\[(\d+)\]")
    hits = []
    for folder in ("tests", "scripts", "bench", "engine", "ui", "pages", "sample_data", ".ci"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in {".py", ".sh", ""} or not path.is_file():
                continue
            if path == Path(__file__):
                continue
            for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                too_far = any(
                    int(k) >= len(path.relative_to(ROOT).parts) for k in upward.findall(line)
                )
                if outside.search(line) or too_far:
                    hits.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not hits, hits
    # what the tests read instead, with its provenance
    assert (REFERENCE / "reference_models.json").is_file()
    assert "GPL-3.0" in (REFERENCE / "README.md").read_text()
    assert json.loads(PAPER_TABLES.read_text())["table6_paths"]


def test_engine_help_answers_at_once() -> None:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        proc = python("-m", "engine", "--help")
        times.append(time.perf_counter() - t0)
        assert proc.returncode == 0 and "analyze" in proc.stdout, proc.stderr
    # a bare interpreter takes ~0.08 s here, NumPy + pandas alone ~0.5 s, SciPy's stats ~0.6 s
    assert statistics.median(times) < 0.6, times
    proc = python(
        "-c",
        "import sys, engine.cli; "
        "print(sorted(m for m in ('numpy', 'pandas', *" + repr(HEAVY) + ") if m in sys.modules))",
    )
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_first_page_does_not_load_what_it_does_not_show() -> None:
    code = (
        "import sys\n"
        "from streamlit.testing.v1 import AppTest\n"
        "at = AppTest.from_file('app.py', default_timeout=60).run()\n"
        "assert not at.exception, at.exception\n"
        "assert any('most strongly linked' in h.value for h in at.subheader), at.subheader\n"
        f"print(sorted(m for m in {(*HEAVY, 'docx', 'sqlalchemy')!r} if m in sys.modules))\n"
    )
    proc = python("-c", code)
    assert proc.returncode == 0, proc.stderr
    # Home (the owner's answer) reads the bundled workbook (openpyxl), draws her levers
    # (Altair) with their likely range (the bootstrap's t and p come from scipy.special,
    # not SciPy's statistics module); it renders no file (vl-convert, python-docx), no
    # diagram and opens no survey database
    loaded = set(json.loads(proc.stdout.strip().splitlines()[-1].replace("'", '"')))
    assert loaded <= {"openpyxl", "altair"}, loaded


def readme_json_keys() -> dict[str, str]:
    text = (ROOT / "README.md").read_text()
    block = text.split("<!-- json-keys")[1].split("<!-- /json-keys -->")[0]
    return dict(re.findall(r"^\| `(\w+)` \| ([^|]+?) \|", block, flags=re.M))


def test_readme_lists_every_json_key_analyze_writes(tmp_path: Path) -> None:
    keys = readme_json_keys()
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    proc = python("-m", "engine", "analyze", str(RAW), "--out", str(plain), "--quiet")
    assert proc.returncode == 0, proc.stderr
    options = ["--n-boot", "30", "--seed", "1", "--group", "gender", "--n-perm", "30"]
    options += ["--whatif", "PSN=0.5", "--goal", "CLE=4.2"]
    proc = python("-m", "engine", "analyze", str(RAW), *options, "--out", str(full), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert set(json.loads(plain.read_text())) == {k for k, w in keys.items() if w == "always"}
    assert set(json.loads(full.read_text())) == set(keys)


def test_analyze_ends_with_one_line_saying_what_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    proc = python("-m", "engine", "analyze", str(RAW), "--n-boot", "40", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text())
    # the counts in the line are the ones in the file (262 rows, 37 incomplete set aside)
    assert result["screening"]["collected"] == 262 and result["meta"]["n_obs"] == 225
    assert proc.stdout == (
        f"Wrote {out}: 225 of 262 respondents used, 5 constructs, 40 bootstrap resamples.\n"
    )
    proc = python("-m", "engine", "analyze", str(RAW), "--out", str(out), "--quiet")
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout
    proc = python("-m", "engine", "analyze", str(RAW), "--out", str(out))
    assert proc.stdout.endswith("5 constructs, no bootstrap resamples.\n"), proc.stdout


def test_bootstrap_summaries_are_computed_once_and_handed_out_as_copies() -> None:
    """A page switch asks for the same intervals again: the quantiles are not redone."""
    import numpy as np

    from engine import STUDY_MODEL, estimate, read_table
    from engine.core.bootstrap import bootstrap

    result = estimate(read_table(ROOT / "sample_data" / "livestream_survey.csv"), STUDY_MODEL)
    boot = bootstrap(result, n_boot=200, seed=3)
    first = boot.inference()
    first.loc[:, "ci_lower"] = np.nan  # a caller's change stays with the caller
    again = boot.inference()
    assert again is not first and again["ci_lower"].notna().all()
    # the same as computing afresh, by the definition (type-7 quantiles of the valid draws)
    draws = boot.draws_all[boot.valid]
    assert np.allclose(again["ci_lower"], np.quantile(draws, 0.025, axis=0))
    assert np.allclose(again["se"], draws.std(axis=0, ddof=1))
    assert list(boot._summaries) == [("percentile", 0.95)]
    assert not boot.inference(level=0.9).equals(again)  # another level, another table
