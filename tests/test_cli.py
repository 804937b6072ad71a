"""The command-line contract: options, JSON keys and fields, exit status 2 with one sentence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from engine import STUDY_MODEL
from engine.cli import main
from engine.core.tables import CONTRACT_FIELDS

from .conftest import REFERENCE, ROOT, case_spec, reference_cases

SAMPLE_CSV = ROOT / "sample_data" / "livestream_survey.csv"


def run_cli(*args: str) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "engine", *args], cwd=ROOT, capture_output=True, text=True
    )
    return proc.returncode, proc.stderr


def test_analyze_writes_the_contract(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    code, err = run_cli("analyze", str(SAMPLE_CSV), "--out", str(out))
    assert code == 0, err
    result = json.loads(out.read_text())
    for key, fields in CONTRACT_FIELDS.items():
        assert result[key], key
        for record in result[key]:
            assert list(record) == fields, key
    assert set(result["meta"]) >= {
        "n_obs",
        "n_dropped",
        "iterations",
        "converged",
        "scheme",
        "engine_version",
    }
    assert result["meta"]["n_obs"] == 225 and result["meta"]["scheme"] == "path"
    assert [(p["source"], p["target"]) for p in result["paths"]] == list(STUDY_MODEL.paths)


def test_model_file_and_options_reproduce_reference(tmp_path: Path) -> None:
    case = reference_cases()[3]  # corp_rep, -99 mean-replaced
    model = tmp_path / "model.json"
    model.write_text(case_spec(case).to_json())
    out = tmp_path / "r.json"
    args = [str(REFERENCE / case["dataset"]), "--model", str(model), "--missing", "mean"]
    assert main(["analyze", *args, "--missing-code", "-99", "--out", str(out)]) == 0
    got = {(p["source"], p["target"]): p["estimate"] for p in json.loads(out.read_text())["paths"]}
    for key, want in case["expected"]["path_coef"]["values"].items():
        assert got[tuple(key.split("->"))] == pytest.approx(want, abs=1e-6)


def test_xlsx_and_scheme(tmp_path: Path) -> None:
    xlsx = tmp_path / "survey.xlsx"
    pd.read_csv(SAMPLE_CSV).to_excel(xlsx, index=False)
    out = tmp_path / "r.json"
    assert main(["analyze", str(xlsx), "--scheme", "centroid", "--out", str(out)]) == 0
    assert json.loads(out.read_text())["meta"]["scheme"] == "centroid"


def bad(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return str(path)


@pytest.mark.parametrize(
    ("make_args", "fragment"),
    [
        (lambda t: [str(t / "nope.csv")], "There is no file"),
        (lambda t: [bad(t, "x.xlsx", b"not a zip")], "not a valid Excel workbook"),
        (lambda t: [bad(t, "x.pdf", "%PDF")], "cannot be read"),
        (lambda t: [bad(t, "x.csv", "a,b\n1,2\n")], "agreement scale"),
        (
            lambda t: [bad(t, "x.csv", pd.read_csv(SAMPLE_CSV).assign(INT01="yes").to_csv())],
            "(INT01) holds 225 answers that are neither numbers nor agreement labels",
        ),
        (
            lambda t: [bad(t, "x.csv", pd.read_csv(SAMPLE_CSV).assign(CLE01=3).to_csv())],
            "CLE01 has the same answer",
        ),
        (
            lambda t: [bad(t, "x.csv", pd.read_csv(SAMPLE_CSV).head(3).to_csv())],
            "Only 3 complete response(s)",
        ),
        (
            lambda t: [str(SAMPLE_CSV), "--model", bad(t, "m.json", '{"constructs": []}')],
            "no 'paths' list",
        ),
        (
            lambda t: [str(SAMPLE_CSV), "--model", bad(t, "m.json", "{oops")],
            "not valid JSON",
        ),
        (lambda t: [str(SAMPLE_CSV), "--scheme", "magic"], "invalid choice"),
        (lambda t: [str(SAMPLE_CSV), "--n-boot", "-5"], "--n-boot must be 0 or more"),
    ],
)
def test_bad_input_exits_2_with_one_sentence(tmp_path: Path, make_args, fragment, capsys) -> None:
    code = main(["analyze", *make_args(tmp_path), "--out", str(tmp_path / "o.json")])
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "o.json").exists()


def test_no_traceback_through_the_real_entry_point(tmp_path: Path) -> None:
    code, err = run_cli("analyze", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o"))
    assert code == 2 and err.startswith("error: There is no file") and "Traceback" not in err
    code, err = run_cli()
    assert code == 2 and "Traceback" not in err


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path: Path) -> None:
    """``python -m engine check FILE | head -1``: the reader leaves before the report is
    written (its end of the pipe is closed before the command starts writing), and the
    command stops without a traceback, with a pipe-closed exit status like `yes | head -1`."""
    raw = ROOT / "sample_data" / "livestream_survey_raw.xlsx"
    runs = [["check", str(raw)], ["analyze", str(SAMPLE_CSV), "--out", str(tmp_path / "o.json")]]
    for args in runs:
        proc = subprocess.Popen(
            [sys.executable, "-m", "engine", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before anything is written
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 141, err
        assert err == ""
    # the full output is unchanged when the reader stays
    full = subprocess.run(
        [sys.executable, "-m", "engine", "check", str(raw)], cwd=ROOT, capture_output=True
    )
    assert full.returncode == 0 and full.stdout.startswith(b"File: livestream_survey_raw.xlsx")


def test_bootstrap_extends_the_contract(tmp_path: Path) -> None:
    out = tmp_path / "boot.json"
    args = ["analyze", str(SAMPLE_CSV), "--n-boot", "200", "--seed", "1", "--ci", "bca"]
    assert main([*args, "--level", "0.9", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    fields = ["kind", "name", "estimate", "boot_mean", "se", "t", "p", "ci_lower", "ci_upper"]
    assert all(list(r) == fields for r in result["inference"])
    kinds = {r["kind"] for r in result["inference"]}
    assert kinds == {
        "path",
        "loading",
        "weight",
        "r2",
        "htmt",
        "f_squared",
        "total_effect",
        "indirect_effect",
    }
    names = {(r["kind"], r["name"]) for r in result["inference"]}
    for expected in [
        ("path", "INT -> CLE"),
        ("f_squared", "INT -> CLE"),
        ("total_effect", "INT -> VCC"),
        ("loading", "INT01 <- INT"),
        ("weight", "INT01 -> INT"),
        ("r2", "CLE"),
        ("htmt", "INT <-> CLE"),
        ("indirect_effect", "INT -> CLE -> VCC"),
    ]:
        assert expected in names
    meta = result["meta"]
    assert (meta["n_boot"], meta["seed"], meta["ci_method"], meta["ci_level"]) == (
        200,
        1,
        "bca",
        0.9,
    )
    assert meta["n_failed"] == 0
    again = tmp_path / "again.json"
    assert main([*args, "--level", "0.9", "--out", str(again)]) == 0
    assert json.loads(again.read_text())["inference"] == result["inference"]


def test_analytics_keys_group_whatif_and_goal(tmp_path: Path) -> None:
    raw = ROOT / "sample_data" / "livestream_survey_raw.xlsx"
    out = tmp_path / "a.json"
    args = [
        "analyze",
        str(raw),
        "--n-boot",
        "300",
        "--seed",
        "2",
        "--group",
        "gender",
        "--n-perm",
        "200",
        "--whatif",
        "PSN=0.5",
        "--goal",
        "CLE=4.2",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    r = json.loads(out.read_text())
    assert list(r["drivers"][0]) == [
        "target",
        "driver",
        "total_effect",
        "ci_lower",
        "ci_upper",
        "p",
        "rank",
    ]
    assert list(r["ipma"][0]) == ["target", "level", "name", "importance", "performance"]
    assert {"text_en", "text_id", "kind", "action"} <= set(r["advice"][0])
    assert list(r["predict"][0]) == [
        "indicator",
        "q2_predict",
        "rmse_pls",
        "rmse_lm",
        "mae_pls",
        "mae_lm",
        "metric",
        "pls_ahead",
        "settled",
        "q2_settled",
    ]
    assert isinstance(r["predict_borderline"], bool)
    assert set(r["sample_size"]) == {"minimum_n", "n", "verdict", "beta_min", "path"}
    assert {g["group"] for g in r["groups"]} == {"Male", "Female"}
    assert list(r["group_differences"][0]) == [
        "path",
        "group_a",
        "group_b",
        "difference",
        "p_permutation",
        "p_bootstrap",
        "micom_ok",
        "p_bootstrap_one_sided",
    ]
    change = {w["target"]: w["change"] for w in r["whatif"]}
    assert change["CLE"] > 0 and change["VCC"] > 0
    assert r["goal_seek"]["shortfall"] == 0 and r["goal_seek"]["plan"][0]["driver"] == "PSN"


def test_bad_whatif_option(tmp_path: Path, capsys) -> None:
    args = ["analyze", str(SAMPLE_CSV), "--whatif", "PSN", "--out", str(tmp_path / "o.json")]
    assert main(args) == 2
    assert "NAME=NUMBER" in capsys.readouterr().err
    args = ["analyze", str(SAMPLE_CSV), "--whatif", "XYZ=1", "--out", str(tmp_path / "o.json")]
    assert main(args) == 2
    assert "no construct 'XYZ'" in capsys.readouterr().err
