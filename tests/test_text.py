"""The one bilingual catalog and the one number rule (engine.base.text), checked from outside."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest

from engine.base import text

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
    assert text.listing(names[:3], "en") == text.listing(names[:3], "id") == "R0, R1, R2"
    assert text.listing(names, "en", limit=5) == "R0, R1, R2, R3, R4 and 15 more"
    assert text.listing(names, "id", limit=5) == "R0, R1, R2, R3, R4 dan 15 lainnya"
    assert text.listing([0.5, 1.25], "id") == "0,500; 1,250"
    assert text.listing([0.5, 1.25], "en") == "0.500, 1.250"
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
        if key == "part.by_lang":  # picks the parameter named after the language
            continue
        fields = [
            {f for _, f, _, _ in text._Formatter("en").parse(entry[lang]) if f}
            for lang in ("en", "id")
        ]
        assert fields[0] == fields[1], key


def _literals() -> set[str]:
    """Every string constant in the code, except the catalog's own keys (defining an entry
    is not using it)."""
    found: set[str] = set()
    sources = [*ROOT.joinpath("engine").rglob("*.py"), *ROOT.joinpath("ui").glob("*.py")]
    sources += [*ROOT.joinpath("pages").glob("*.py"), ROOT / "app.py"]
    sources += [
        *ROOT.joinpath("collect").glob("*.py")
    ]  # the survey builder's errors (err.collect_*)
    for path in sources:
        tree = ast.parse(path.read_text())
        definitions: set[int] = set()
        if path.name in ("text.py", "i18n.py"):
            for node in ast.walk(tree):
                if isinstance(node, ast.Dict):
                    definitions |= {id(k) for k in node.keys if k is not None}
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg:  # frame.assign(sig=...)
                found.add(node.arg)
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in definitions:
                    continue
                found.add(node.value)
                found.update(re.findall(r"\{([a-z0-9_.]+)[!:}]", node.value))
    return found


def _used(key: str, literals: set[str]) -> bool:
    """Named in the code as a whole, or built as f"<prefix>.{code}" from two pieces that
    both appear (f"note.{code}" with the code "LOADING_LOW" written where it is raised)."""
    base = key.removesuffix(".hint")
    if base in literals:
        return True
    if base.startswith("val."):  # val.<column>.<value>: both named somewhere in the code
        column, _, value = base[4:].partition(".")
        return column in literals | {"bool"} and value in literals | {"True", "False"}
    cuts = [k + 1 for k, ch in enumerate(base) if ch == "."]
    rests = [(base[:k], base[k:]) for k in cuts if base[:k] in literals]
    # f"rep.{key}_help": the code, then a suffix written beside it
    return any(
        rest in literals
        or any(rest.endswith(s) and rest[: -len(s)] in literals for s in ("_help",))
        for _, rest in rests
    )


def test_every_entry_in_both_languages_and_used() -> None:
    import ui.i18n  # noqa: F401  (registers the app's own entries in the one catalog)

    assert text.missing_languages() == []
    literals = _literals()
    assert [key for key in text.CATALOG if not _used(key, literals)] == []


def test_command_line_notes_carry_indonesian(tmp_path) -> None:
    """Issue 20, point 14: the JSON's notes in both languages, with their parameters."""
    import json

    from engine.cli import main

    out = tmp_path / "r.json"
    assert (
        main(["analyze", str(ROOT / "sample_data" / "livestream_survey.csv"), "--out", str(out)])
        == 0
    )
    notes = json.loads(out.read_text())["notes"]
    assert notes and all(n["message_id"] and n["message_id"] != n["message"] for n in notes)
    low = next(n for n in notes if n["code"] == "LOADING_LOW")
    shown = f"{low['params']['loading']:.3f}"
    assert shown in low["message"] and shown.replace(".", ",") in low["message_id"]


def _texts() -> dict[str, list[tuple[str, str]]]:
    """Every sentence people read, by language, as (where, text): the catalog, the
    questionnaire (items, profile and screening questions) and the Word chapter."""
    import ui.i18n  # noqa: F401  (the pages' entries join the one catalog)
    from engine.study.questionnaire import ITEMS, PROFILE, SCREENING

    out: dict[str, list[tuple[str, str]]] = {"en": [], "id": []}
    for key, entry in text.CATALOG.items():
        for lang in out:
            out[lang].append((key, entry[lang]))
    # the Word chapter's sentences are the catalog's doc.* entries
    for source in (ITEMS, SCREENING, {k: v[:2] for k, v in PROFILE.items()}):
        for key, (en, id_) in source.items():
            out["en"].append((key, en))
            out["id"].append((key, id_))
    return out


def _uses(sentence: str, word: str) -> bool:
    """``word`` as a whole word (or phrase) in ``sentence``, placeholders left out."""
    words = re.sub(r"\{[^}]*\}", "", sentence)
    left = r"(?<!\w)" if word[0].isalnum() else ""
    right = r"(?!\w)" if word[-1].isalnum() else ""
    return re.search(left + re.escape(word) + right, words) is not None


def test_catalog_keeps_to_the_glossary() -> None:
    """One term per idea: no sentence uses a word the glossary replaced (issue 20)."""
    texts = _texts()
    found = [
        (where, lang, avoided)
        for lang, avoid in text.GLOSSARY.items()
        for where, sentence in texts[lang]
        for avoided in avoid
        if _uses(sentence, avoided)
    ]
    assert found == []
    assert text.say("a.action.invest", "id") == "Prioritaskan"
    assert _uses("Efek total", "Efek") and not _uses("efektif", "efek")  # whole words


def test_every_chosen_term_is_in_use() -> None:
    """The glossary's chosen terms are the ones the texts say (a term nobody uses is a
    glossary gone stale)."""
    texts = _texts()
    for idea, terms in text.TERMS.items():
        for lang, term in zip(("en", "id"), terms, strict=True):
            assert any(term.lower() in s.lower() for _, s in texts[lang]), (idea, lang, term)


def test_numbers_and_counts_read_as_people_write_them() -> None:
    """ "95%" with no space in both languages; Indonesian counts people ("225 responden"),
    cites "dkk." and never shows a decimal point in a literal number."""
    texts = _texts()
    for lang in ("en", "id"):
        for where, sentence in texts[lang]:
            assert not re.search(r"(\d|\})\s%", sentence), (where, sentence)
    for where, sentence in texts["id"]:
        assert not re.search(r"(\d|\}) respons\b", sentence), (where, sentence)
        assert not _uses(sentence, "et al."), where
        literal = re.sub(r"\{[^}]*\}", "", sentence)
        assert not re.search(r"\d\.\d", literal), (where, sentence)
