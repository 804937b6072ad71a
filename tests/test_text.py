"""The one bilingual catalog and the one number rule (engine.text), checked from outside."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest

from engine import text

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("value", "spec", "en", "id_"),
    [
        (0.708, ".3f", "0.708", "0,708"),
        (0.7, ".2f", "0.70", "0,70"),
        (-0.2549, "+.2f", "-0.25", "-0,25"),
        (0.25, "+.2f", "+0.25", "+0,25"),
        (1500, ",d", "1,500", "1.500"),
        (12345.678, ",.1f", "12,345.7", "12.345,7"),
        (0.5439, ".0%", "54%", "54%"),
        (225, "", "225", "225"),
        (np.int64(7), "", "7", "7"),
        (np.float64(0.1234), "", "0.123", "0,123"),
        (5.0, "g", "5", "5"),
        (0.4, "g", "0.4", "0,4"),
        (float("nan"), ".3f", "—", "—"),
        (float("inf"), ".3f", "—", "—"),
        (None, ".3f", "—", "—"),
    ],
)
def test_one_number_rule(value, spec, en, id_) -> None:
    assert text.number(value, "en", spec) == en
    assert text.number(value, "id", spec) == id_


def test_lists_end_in_the_language_of_the_sentence() -> None:
    names = [f"R{k}" for k in range(20)]
    assert text.listing(names[:3], "en") == "R0, R1 and R2"
    assert text.listing(names[:3], "id") == "R0, R1 dan R2"
    assert text.listing(names, "en", limit=5) == "R0, R1, R2, R3, R4 and 15 more"
    assert text.listing(names, "id", limit=5) == "R0, R1, R2, R3, R4 dan 15 lainnya"
    assert text.listing([0.5, 1.25], "id") == "0,500 dan 1,250"
    short = text.shortlist(names, 5)
    assert text.render(short, "id") == "R0, R1, R2, R3, R4 dan 15 lainnya"


def test_an_indonesian_error_has_no_english_tail() -> None:
    """'… INF04 and 14 more.' was the bug: the tail of a long list stayed English."""
    import pandas as pd

    import engine

    frame = pd.DataFrame({"age": [20, 30, 40]})
    with pytest.raises(engine.DataError) as caught:
        engine.prepare(frame, engine.STUDY_MODEL)
    more = len(engine.STUDY_MODEL.items) - 8  # eight named, the rest counted
    english, _ = caught.value.text("en")
    indonesian, hint = caught.value.text("id")
    assert english.endswith(f"INF04 and {more} more.") and "more" not in indonesian
    assert indonesian.endswith(f"INF04 dan {more} lainnya.") and hint.startswith("Beri nama")
    assert str(caught.value) == caught.value.sentence()  # the CLI's one line stays English


def test_placeholders_agree_between_languages() -> None:
    for key, entry in text.CATALOG.items():
        fields = [
            {f for _, f, _, _ in text._Formatter("en").parse(entry[lang]) if f}
            for lang in ("en", "id")
        ]
        assert fields[0] == fields[1], key


def _literals() -> set[str]:
    found: set[str] = set()
    sources = [*ROOT.joinpath("engine").glob("*.py"), *ROOT.joinpath("ui").glob("*.py")]
    sources += [*ROOT.joinpath("pages").glob("*.py"), ROOT / "app.py"]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
                found.update(re.findall(r"\{([a-z0-9_.]+)[!:}]", node.value))
    return found


#: Prefixes whose keys are built from a code at run time: note.<code>, err.<code>, ...
DYNAMIC = ("note.", "err.", "level.", "stat.", "col.", "val.", "q.", "reason.", "a.action.")


def test_every_entry_in_both_languages_and_used() -> None:
    import ui.i18n  # noqa: F401  (registers the app's own entries in the one catalog)

    assert text.missing_languages() == []
    literals = _literals()
    unused = []
    for key in text.CATALOG:
        base = key.removesuffix(".hint")
        if base in literals:
            continue
        prefix = next((p for p in DYNAMIC if base.startswith(p)), None)
        if prefix and base[len(prefix) :] in literals:
            continue
        unused.append(key)
    assert unused == []
