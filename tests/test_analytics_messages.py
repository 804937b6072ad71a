"""The owner analytics and their outputs speak through the one catalog (issue 17): coded
errors in both languages, no (English, Indonesian) pairs written by hand."""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

from engine import STUDY_MODEL, estimate
from engine.analytics import drivers as drv
from engine.analytics.segments import compare_groups
from engine.base import text
from engine.base.errors import DataError, DriverLabError

ROOT = Path(__file__).resolve().parents[1]
CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
FILES = [
    *ROOT.joinpath("engine", "analytics").glob("*.py"),
    *(ROOT / "engine" / "outputs" / f"{name}.py" for name in ("export", "word", "thesis")),
]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_hand_translated_words(path: Path) -> None:
    """No ``indonesian=(...)`` on a raise and no module-level table of (English, Indonesian)
    string pairs: the catalog words both languages."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            assert "indonesian" not in {k.arg for k in node.keywords}, node.lineno
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Dict):
            pairs = [
                v
                for v in value.values
                if isinstance(v, ast.Tuple)
                and len(v.elts) == 2
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in v.elts)
            ]
            assert not pairs, f"{path.name}:{node.lineno} holds (English, Indonesian) pairs"


@pytest.fixture(scope="module")
def result():
    return estimate(CLEAN, STUDY_MODEL)


def _both(err: DriverLabError) -> tuple[tuple[str, str], tuple[str, str]]:
    (en, hint_en), (id_, hint_id) = err.text("en"), err.text("id")
    assert en and hint_en and id_ and hint_id and en != id_ and hint_en != hint_id
    return (en, hint_en), (id_, hint_id)


def test_driver_errors_are_coded_in_both_languages(result) -> None:
    with pytest.raises(DriverLabError) as info:
        drv.drivers(result, target="INT")  # nothing points to INT
    assert info.value.code == "not_an_outcome"
    (_, hint_en), (_, hint_id) = _both(info.value)
    outcomes = [result.layout.names[k] for k in result.layout.endogenous]
    assert hint_en == "Choose one of: " + ", ".join(outcomes) + "."
    assert hint_id == "Pilih salah satu: " + ", ".join(outcomes) + "."
    with pytest.raises(DriverLabError) as info:
        drv.Simulator(result).predict({"NOPE": 1.0})
    assert info.value.code == "no_construct" and "'NOPE'" in _both(info.value)[1][0]
    with pytest.raises(DriverLabError) as info:
        drv.rescaled_model(result, (3.0, 3.0))
    assert info.value.code == "scale_empty"
    _both(info.value)


def test_group_sizes_end_in_the_language_of_the_sentence() -> None:
    """A column with a value per respondent: ten sizes named, the rest counted, in words
    of the message's own language (issue 17: no English tail in an Indonesian error)."""
    frame = CLEAN.assign(who=[f"r{k}" for k in range(len(CLEAN))])
    with pytest.raises(DataError) as info:
        compare_groups(frame, "who", n_perm=10, n_boot=10)
    assert info.value.code == "groups_too_small"
    (en, _), (id_, _) = _both(info.value)
    more = len(CLEAN) - 10
    assert en.endswith(f"and {more} more).") and id_.endswith(f"dan {more} lainnya).")
    assert "more" not in id_ and "r9 1" in id_ and "r10 1" not in id_
    with pytest.raises(DataError) as info:
        compare_groups(CLEAN, "nope")
    assert info.value.code == "no_group_column"
    _both(info.value)


def test_quadrants_and_limits_are_the_catalogs(result) -> None:
    for quadrant in drv.QUADRANT_CODES:
        en, id_ = (drv.quadrant_label(quadrant, lang) for lang in ("en", "id"))
        assert en == text.say(f"drv.quadrant.{quadrant}", "en") != id_
        assert id_ == text.say(f"drv.quadrant.{quadrant}", "id")
    points = drv.ipma(result)
    assert set(points.quadrant) <= set(drv.QUADRANT_CODES)
    for lang in text.LANGS:
        assert drv.limits(lang) == text.say("drv.limits", lang)
    assert drv.limits("en") != drv.limits("id")
