"""Hardening: server settings, private uploads, installed dependencies, numerical edge cases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, EstimationError, estimate

from .browser import (
    DESKTOP,
    ROOT,
    browser_context,
    require_chromium,
    running_app,
    uploader_accepts,
    wait_idle,
)

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")


def test_server_settings_protect_users() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableXsrfProtection"] is True
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"
    from engine.intake.io import MAX_BYTES

    assert config["server"]["maxUploadSize"] * 2**20 == MAX_BYTES


def test_installed_dependencies_are_consistent() -> None:
    out = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    pinned = [
        line
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert pinned and all("==" in line for line in pinned)


def test_dependency_audit_flags_a_version_that_a_release_fixes() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from audit_deps import audit, runtime_closure

    advisories = {
        "https://pypi.org/pypi/old/1.2.0/json": {
            "vulnerabilities": [{"id": "PYSEC-1", "fixed_in": ["1.2.1"]}]
        },
        "https://pypi.org/pypi/nofix/2.0/json": {
            "vulnerabilities": [{"id": "GHSA-x", "fixed_in": []}]  # nothing to move to
        },
        "https://pypi.org/pypi/fine/3.1/json": {"vulnerabilities": []},
        "https://pypi.org/pypi/latest/json": {"info": {"version": "5.0"}, "vulnerabilities": []},
        "https://pypi.org/pypi/behind/json": {"info": {"version": "9.0"}, "vulnerabilities": []},
    }
    packages = {"old": "1.2.0", "nofix": "2.0", "fine": "3.1", "latest": "5.0", "behind": "1.0"}
    out = audit(packages, fetch=advisories.get)
    assert out["vulnerable"] == [("old", "1.2.0", [("PYSEC-1", ["1.2.1"])])]
    assert [c[0] for c in out["clean"]] == ["fine", "latest", "nofix"]
    assert out["unverified"] == [("behind", "1.0")]  # never passed unchecked
    closure = runtime_closure()  # requirements.txt and what they pull in
    assert {"streamlit", "pandas", "altair", "pyarrow", "jinja2"} <= set(closure)
    assert "pytest" not in closure and "seminr" not in closure  # test-only tools are not shipped


def test_no_installed_dependency_is_known_vulnerable_with_a_fix() -> None:
    """PyPI's advisory data for every runtime package (skipped only when PyPI is unreachable)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from audit_deps import audit, fetch_json, runtime_closure

    if fetch_json("https://pypi.org/pypi/pip/json") is None:
        if os.environ.get("CI"):
            pytest.fail("PyPI is unreachable from CI: the dependency audit cannot run")
        pytest.skip("PyPI is unreachable: the dependency audit cannot run")
    out = audit(runtime_closure())
    assert out["vulnerable"] == [], out["vulnerable"]
    assert len(out["clean"]) >= len(out["unverified"]), out


@pytest.mark.browser
def test_uploaded_survey_never_touches_the_disk(tmp_path: Path) -> None:
    """Run the app with a fresh home and temp dir, upload a survey with a unique marker,
    and look for the marker anywhere the app could have written."""
    require_chromium()
    marker = f"PRIVATE-{uuid.uuid4().hex}"
    survey = CLEAN.assign(note=marker)
    upload = tmp_path / "upload" / "my-shop-survey.csv"
    upload.parent.mkdir()
    upload.write_text(survey.to_csv(index=False))
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {"HOME": str(home), "TMPDIR": str(tmp), "TMP": str(tmp), "TEMP": str(tmp)}
    before = {p for p in ROOT.rglob("*") if p.is_file()}
    from playwright.sync_api import expect

    with running_app(env_extra=env) as url, browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{url}/data")
        expect(page.get_by_text("Valid responses")).to_be_visible(timeout=60_000)
        wait_idle(page)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
            str(upload)
        )
        expect(page.get_by_text("Using your file: my-shop-survey.csv")).to_be_visible(
            timeout=60_000
        )
        wait_idle(page)
    needle = marker.encode()
    for folder in (home, tmp, ROOT):
        for path in folder.rglob("*"):
            if path.is_file() and path.stat().st_size < 50 * 2**20:
                assert needle not in path.read_bytes(), f"survey data written to {path}"
    created = {p for p in ROOT.rglob("*") if p.is_file()} - before
    assert not [p for p in created if "screens" not in p.parts and "__pycache__" not in p.parts]


def test_numerical_edge_cases_give_diagnostics_not_nan() -> None:
    dup = CLEAN.assign(INT05=CLEAN.INT01)
    from engine import ModelSpec, composite

    spec = ModelSpec(
        (
            composite("INT", ["INT01", "INT02", "INT03", "INT04", "INT05"]),
            *STUDY_MODEL.constructs[1:],
        ),
        STUDY_MODEL.paths,
    )
    result = estimate(dup, spec)
    notes = result.notes
    assert {"INT01", "INT05"} <= set(notes[notes.code == "VIF_OUTER_HIGH"].subject)
    assert np.isfinite(result.paths.estimate).all()
    twins = CLEAN.copy()
    for k in range(1, 5):
        twins[f"INF0{k}"] = twins[f"INT0{k}"]
    with pytest.raises(EstimationError, match="perfectly collinear"):
        estimate(twins, STUDY_MODEL)
    few = CLEAN.head(12)
    small = estimate(few, STUDY_MODEL)  # fewer respondents than items: still estimable
    assert "SMALL_SAMPLE" in set(small.notes.code)
    assert np.isfinite(small.paths.estimate).all() and np.isfinite(small.r_squared.r2).all()
    # non-convergence, a negatively loading item and a group too small for MGA:
    # tests/test_notes.py and tests/test_segments_predict.py


def test_a_singular_member_does_not_break_its_batch() -> None:
    from engine.core.pls import solve_batch

    a = np.stack([np.eye(3), np.ones((3, 3)), 2 * np.eye(3)])
    b = np.ones((3, 3, 1))
    out = solve_batch(a, b)
    assert out.shape == (3, 3, 1)
    np.testing.assert_allclose(out[0, :, 0], 1.0)
    assert np.isnan(out[1]).all()
    np.testing.assert_allclose(out[2, :, 0], 0.5)


def _corpus():
    from .test_upload import INVALID

    for case, (make, fragment) in INVALID.items():
        data, name = make()
        if uploader_accepts(name, data):
            yield case, data, name, fragment


def test_hostile_corpus_through_the_command_line(tmp_path: Path, capsys) -> None:
    import time

    from engine.cli import main

    for case, data, name, fragment in _corpus():
        path = tmp_path / name
        path.write_bytes(data)
        t0 = time.perf_counter()
        code = main(["analyze", str(path), "--out", str(tmp_path / "r.json")])
        elapsed = time.perf_counter() - t0
        err = capsys.readouterr().err
        assert code == 2, case
        assert fragment in err and err.count("\n") == 1 and "Traceback" not in err, case
        assert elapsed < 10, (case, elapsed)
    from .test_upload import HOSTILE_ACCEPTED

    for case, (make, n) in HOSTILE_ACCEPTED.items():
        data, name = make()
        path = tmp_path / name
        path.write_bytes(data)
        assert main(["analyze", str(path), "--out", str(tmp_path / "r.json")]) == 0, case
        capsys.readouterr()
        out = json.loads((tmp_path / "r.json").read_text())
        assert out["meta"]["n_obs"] == n, case


@pytest.mark.browser
def test_hostile_corpus_through_the_running_app(tmp_path: Path, app_url: str) -> None:
    """Each hostile file uploaded in a real browser: a plain message within 10 s, no
    traceback, the previous analysis still loaded, and the server keeps serving."""
    from playwright.sync_api import expect

    cases = list(_corpus())
    assert len(cases) >= 15
    url = app_url
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{url}/data?sample=1")
        expect(page.get_by_text("Valid responses")).to_be_visible(timeout=60_000)
        wait_idle(page)
        uploader = page.locator('[data-testid="stFileUploaderDropzoneInput"]').first
        for case, data, name, fragment in cases:
            path = tmp_path / name
            path.write_bytes(data)
            uploader.set_input_files(str(path))
            message = page.locator('[data-testid="stAlertContentError"]').filter(
                has_text=fragment[:40]
            )
            expect(message.first).to_be_visible(timeout=10_000)
            wait_idle(page)
            assert page.locator('[data-testid="stException"]').count() == 0, case
            metric = page.locator('[data-testid="stMetricValue"]').first
            expect(metric).to_have_text("225")
        # Hostile files that still hold a survey: read, nothing in them runs.
        from .test_upload import HOSTILE_ACCEPTED

        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for case, (make, n) in HOSTILE_ACCEPTED.items():
            data, name = make()
            path = tmp_path / name
            path.write_bytes(data)
            uploader.set_input_files(str(path))
            expect(page.get_by_text(f"Using your file: {name}")).to_be_visible(timeout=10_000)
            wait_idle(page)
            expect(page.locator('[data-testid="stMetricValue"]').first).to_have_text(str(n))
            assert page.locator('[data-testid="stException"]').count() == 0, case
        assert dialogs == []
        assert page.evaluate("() => typeof window.pwned") == "undefined"
        assert page.locator("img[src='x'], script:has-text('pwned')").count() == 0
        other = context.new_page()  # another user is still served
        other.goto(f"{url}/?sample=1")
        expect(other.get_by_text("The study's sample survey · 225 responses").first).to_be_visible(
            timeout=60_000
        )  # Home shows the survey's size in its first card (issue 13)
