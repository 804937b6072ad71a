"""Errors of the core, the study, the CLI and the survey builder speak through the one
catalog (issue 17): codes with parameters, both languages, the language's number format."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from engine.base.errors import DriverLabError, LimitError, ModelError
from engine.core import schema
from engine.core.budget import check_bootstrap, check_groups
from engine.core.spec import Construct, ModelSpec
from engine.study.replication import inconsistencies

ROOT = Path(__file__).resolve().parents[1]
CODED = [
    *ROOT.joinpath("engine", "core").glob("*.py"),
    *ROOT.joinpath("engine", "study").glob("*.py"),
    ROOT / "engine" / "cli.py",
    ROOT / "collect" / "store.py",
]


@pytest.mark.parametrize("path", CODED, ids=lambda p: p.name)
def test_no_hand_translated_raise(path: Path) -> None:
    """No ``indonesian=(...)`` pair: the catalog words every error in both languages."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            assert "indonesian" not in {k.arg for k in node.keywords}, node.lineno


A, B = Construct("A", ("a1", "a2")), Construct("B", ("b1", "b2"))
BAD_MODELS = {
    "model_no_constructs": lambda: ModelSpec((), ()),
    "model_no_paths": lambda: ModelSpec((A, B), ()),
    "model_name_twice": lambda: ModelSpec((A, A), (("A", "A"),)),
    "model_item_twice": lambda: ModelSpec((Construct("A", ("a1", "a1")), B), (("A", "B"),)),
    "model_item_shared": lambda: ModelSpec((A, Construct("B", ("a1",))), (("A", "B"),)),
    "model_name_is_item": lambda: ModelSpec((A, Construct("B", ("A",))), (("A", "B"),)),
    "model_mode": lambda: ModelSpec((Construct("A", ("a1",), mode="C"), B), (("A", "B"),)),
    "model_path_unknown": lambda: ModelSpec((A, B), (("A", "C"),)),
    "model_path_self": lambda: ModelSpec((A, B), (("A", "B"), ("A", "A"))),
    "model_path_twice": lambda: ModelSpec((A, B), (("A", "B"), ("A", "B"))),
    "model_unconnected": lambda: ModelSpec((A, B, Construct("C", ("c1",))), (("A", "B"),)),
    "model_cycle": lambda: ModelSpec((A, B), (("A", "B"), ("B", "A"))),
    "model_path_pair": lambda: ModelSpec.from_dict(
        {"constructs": [{"name": "A", "indicators": ["a1"]}], "paths": [["A"]]}
    ),
}


@pytest.mark.parametrize("code", sorted(BAD_MODELS))
def test_model_errors_are_coded_in_both_languages(code: str) -> None:
    with pytest.raises(ModelError) as info:
        BAD_MODELS[code]()
    err = info.value
    assert err.code == code
    (en, hint_en), (id_, hint_id) = err.text("en"), err.text("id")
    assert en == err.message and hint_en == err.hint and hint_en
    assert id_ != en and hint_id != hint_en and hint_id


def test_cycle_lists_the_constructs_it_runs_through() -> None:
    with pytest.raises(ModelError) as info:
        BAD_MODELS["model_cycle"]()
    assert info.value.text("en")[0] == "The paths form a cycle through A, B."
    assert info.value.text("id")[0] == "Jalur-jalur membentuk lingkaran melalui A, B."


def test_budget_numbers_follow_the_language() -> None:
    with pytest.raises(LimitError) as info:
        check_bootstrap(2000, 300, 25, 24, 0, 5000)
    en, id_ = info.value.text("en")[0], info.value.text("id")[0]
    assert "5,000 resamples of 300 items and 2,000 responses" in en
    assert "5.000 subsampel dari 300 butir dan 2.000 responden" in id_
    assert "3-minute limit" in en and "batas 3 menit" in id_
    with pytest.raises(LimitError) as info:
        check_groups(21, 100, 10, 100, 100)
    assert info.value.code == "limit_groups" and "21 nilai berbeda" in info.value.text("id")[0]


def test_saved_file_problems_are_worded_with_the_decimal_comma() -> None:
    raw = (
        '{"driver_lab_analysis": 1, "model": {"constructs": [], "paths": []},'
        ' "settings": {"tol": 5}}'
    )
    with pytest.raises(DriverLabError) as info:
        schema.analysis(raw)
    en, id_ = info.value.text("en")[0], info.value.text("id")[0]
    assert en == (
        "This analysis file cannot be used (settings.tol): settings.tol must be a number "
        "from 1e-12 to 0.01, not '5'."
    )
    assert id_.startswith("File analisis ini tidak dapat dipakai (settings.tol)")
    assert "0,01" in id_ and "0.01" not in id_
    with pytest.raises(DriverLabError) as info:
        schema.model("{x")
    assert info.value.text("id")[0] == "File model ini bukan JSON yang sah (baris 1, kolom 2)."


def test_paper_inconsistencies_in_both_languages() -> None:
    found = inconsistencies()
    assert [i.table for i in found] == ["table5", "table4", "table2", "table1", "table1"]
    adjusted = found[0]
    assert "0.528" in adjusted.what and "0.518" in adjusted.explanation
    assert "0,528" in adjusted.text("id") and "0.528" not in adjusted.text("id")
    assert all(i.text("id") != i.text("en") for i in found)


def test_cli_says_an_unreadable_model_file_in_one_line(tmp_path, capsys) -> None:
    from engine.cli import main

    missing = tmp_path / "nope.json"
    data = ROOT / "sample_data" / "livestream_survey.csv"
    code = main(["analyze", str(data), "--model", str(missing), "--out", str(tmp_path / "r")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: The model file ") and "cannot be read" in err
    assert "Traceback" not in err
