"""Every command-line option bounded: exit 2 and one readable sentence, never a traceback
(issue 14, finding 8)."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pandas as pd
import pytest

from engine.cli import MAX_MESSAGE, main

from .browser import ROOT

SAMPLE_CSV = ROOT / "sample_data" / "livestream_survey.csv"


def refused(capsys, argv: list[str]) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1, err  # one line
    assert "Traceback" not in err
    assert len(err) < MAX_MESSAGE + 120, len(err)
    return err


def analyze(tmp_path: Path, *options: str, data: Path = SAMPLE_CSV) -> list[str]:
    return ["analyze", str(data), *options, "--out", str(tmp_path / "o.json")]


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (["--seed", "-1"], "--seed must be"),
        (["--seed", str(2**40)], "--seed must be"),
        (["--goal", "CLE=4.2,VCC=4.0"], "one outcome"),
        (["--goal", "CLE=nan"], "finite"),
        (["--goal", "CLE=inf"], "finite"),
        (["--whatif", "PSN=nan"], "finite"),
        (["--whatif", "PSN=1,PSN=2"], "twice"),
        (["--whatif", "P" * 5000 + "=1"], "NAME=NUMBER"),
        (["--n-perm", "0"], "--n-perm must be"),
        (["--n-perm", "-5"], "--n-perm must be"),
        (["--n-boot", "1000000000"], "--n-boot must be"),
        (["--n-boot", "1"], "--n-boot must be"),
        (["--n-boot", "1e9"], "invalid int value"),
        (["--level", "nan"], "--level must be"),
        (["--level", "inf"], "--level must be"),
        (["--missing-code", "nan"], "--missing-code must be"),
        (["--missing-code", "1e308"], "--missing-code must be"),
        (["--max-iter", "0"], "--max-iter must be"),
        (["--max-iter", "1000000000"], "--max-iter must be"),
        (["--sheet", "S" * 500], "--sheet takes"),
        (["--group", "g" * 5000], "--group"),
    ],
)
def test_options_out_of_bounds_are_refused_before_work(
    tmp_path: Path, capsys, options: list[str], fragment: str
) -> None:
    start = time.perf_counter()
    err = refused(capsys, analyze(tmp_path, *options))
    assert fragment in err, err
    assert time.perf_counter() - start < 1.0  # refused before the file is read


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (["--whatif", "PSN=1e308"], "answer-scale points from -4 to 4"),
        (["--whatif", "CLE=0.5"], "moves drivers (INT, INF, PSN), not 'CLE'"),
        (["--goal", "INT=4"], "takes an outcome (CLE, VCC), not 'INT'"),
        (["--goal", "CLE=9"], "answer scale, 1 to 5"),
        (["--group", "not_a_column"], "names no column"),
    ],
)
def test_options_checked_against_the_model(
    tmp_path: Path, capsys, options: list[str], fragment: str
) -> None:
    assert fragment in refused(capsys, analyze(tmp_path, *options))


def test_a_5000_group_column_gives_a_short_message(tmp_path: Path, capsys) -> None:
    data = pd.read_csv(SAMPLE_CSV)
    data["respondent"] = [f"id-{k:05d}-{'x' * 20}" for k in range(len(data))]
    path = tmp_path / "ids.csv"
    data.to_csv(path, index=False)
    err = refused(capsys, analyze(tmp_path, "--group", "respondent", data=path))
    assert "225 different values" in err and "at most 20 groups" in err


def test_mapping_and_model_files(tmp_path: Path, capsys) -> None:
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": [{"column": "INT01", "maps_to": ["INT01"]}]}))
    err = refused(capsys, ["check", str(SAMPLE_CSV), "--mapping", str(mapping)])
    assert "maps_to must be text" in err
    mapping.write_text(json.dumps({"columns": [], "reversed_items": ["INT01", "INT01"]}))
    assert "listed twice" in refused(capsys, analyze(tmp_path, "--mapping", str(mapping)))
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert "levels deep" in refused(capsys, analyze(tmp_path, "--model", str(deep)))
    assert "levels deep" in refused(capsys, ["check", str(SAMPLE_CSV), "--mapping", str(deep)])
    long_path = str(tmp_path / ("p" * 200)) + ".json"
    err = refused(capsys, analyze(tmp_path, "--model", long_path))
    assert "cannot be read" in err and "…" in err


def test_the_exponential_model_is_refused_within_a_second(tmp_path: Path, capsys) -> None:
    k = 22  # every construct points at every later one: 231 paths, 2^22 chains
    model = {
        "constructs": [{"name": f"C{j}", "indicators": [f"C{j}_1"]} for j in range(k)],
        "paths": [[f"C{a}", f"C{b}"] for a, b in itertools.combinations(range(k), 2)],
    }
    path = tmp_path / "exp.json"
    path.write_text(json.dumps(model))
    start = time.perf_counter()
    err = refused(capsys, analyze(tmp_path, "--model", str(path)))
    assert time.perf_counter() - start < 1.0
    assert "231 paths, over the limit of 200" in err
