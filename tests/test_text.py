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
        # a tiny negative rounds to zero without a sign (Replication's differences read
        # "-0.000"), and keeps it when a digit is left
        (-0.0004, ".3f", "0.000", "0,000"),
        (-0.004, "+.2f", "+0.00", "+0,00"),
        (-0.4, ".0%", "-40%", "-40%"),
        (-0.001, ".0%", "0%", "0%"),
        (-0.0006, ".3f", "-0.001", "-0,001"),
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


#: Where the keys are used: the engine, the app and the collect server (tests do not count).
SOURCES = [
    *ROOT.joinpath("engine").rglob("*.py"),
    *ROOT.joinpath("ui").rglob("*.py"),
    *ROOT.joinpath("pages").rglob("*.py"),
    *ROOT.joinpath("collect").rglob("*.py"),
    ROOT / "app.py",
]
#: What may follow a built key: err.<code>.hint, rep.<table>_help.
DECORATIONS = (".hint", "_help")


def _trees() -> list[tuple[Path, ast.AST]]:
    return [(path, ast.parse(path.read_text())) for path in SOURCES]


def _literals(trees) -> set[str]:
    """Every string constant in the code, except the catalog's own keys (defining an entry
    is not using it), plus keyword names (frame.assign(sig=...)) and placeholders."""
    found: set[str] = set()
    for path, tree in trees:
        definitions: set[int] = set()
        if path.name == "text.py":
            for node in ast.walk(tree):
                if isinstance(node, ast.Dict):
                    definitions |= {id(k) for k in node.keys if k is not None}
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg:
                found.add(node.arg)
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in definitions:
                    continue
                found.add(node.value)
                found.update(re.findall(r"\{([a-z0-9_.]+)[!:}]", node.value))
    return found


def _raised(trees) -> set[str]:
    """The codes of every ``SomeError.coded("<code>", ...)`` in the code."""
    return {
        node.args[0].value
        for _, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "coded"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def _built_prefixes(trees) -> dict[str, str]:
    """Prefixes of keys built at run time (f"note.{code}", 'a.action.' + code) -> where."""
    shape = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.")
    found: dict[str, str] = {}
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and len(node.values) > 1:
                head = node.values[0]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                head = node.left
            else:
                continue
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                prefix = head.value
                if shape.fullmatch(prefix) and any(k.startswith(prefix) for k in text.CATALOG):
                    found.setdefault(prefix, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _code_of(key: str) -> tuple[str, str] | None:
    """(family prefix, code) of a key under a registered family (the longest prefix)."""
    prefixes = [p for p in text.FAMILIES if key.startswith(p)]
    if not prefixes:
        return None
    prefix = max(prefixes, key=len)
    code = key[len(prefix) :]
    for decoration in DECORATIONS:
        code = code.removesuffix(decoration)
    return prefix, code


def _used(key: str, literals: set[str], raised: set[str], constructs: set[str]) -> bool:
    """Named whole in the code, or built from a registered family with a code in use."""
    if key in literals or key.removesuffix(".hint") in literals:
        return True
    family = _code_of(key)
    if family is None:
        return False
    prefix, code = family
    source = text.FAMILIES[prefix]
    if source == "raised":  # or chosen before the raise / handed to a helper that raises
        return code in raised or code in literals
    if source == "constructs":
        return code in constructs
    if source == "pairs":  # val.<field>.<value>; val.bool.True for yes/no cells
        field, _, value = code.partition(".")
        return field in literals | {"bool"} and value in literals | {"True", "False"}
    return code in literals


@pytest.fixture(scope="module")
def code():
    import engine
    import ui.i18n  # noqa: F401  (the Streamlit glue: it must hold no entries of its own)

    trees = _trees()
    constructs = {c.name for c in engine.STUDY_MODEL.constructs}
    return _literals(trees), _raised(trees), constructs, _built_prefixes(trees)


def test_every_entry_in_both_languages_and_used(code) -> None:
    literals, raised, constructs, _ = code
    assert text.missing_languages() == []
    assert [key for key in text.CATALOG if not _used(key, literals, raised, constructs)] == []


def test_every_key_built_at_run_time_is_a_registered_family(code) -> None:
    """f"<prefix>{code}" keys are explicit: their prefix is in text.FAMILIES, and every
    family is still built somewhere (or its codes written whole)."""
    literals, _, _, built = code
    assert {p: where for p, where in built.items() if p not in text.FAMILIES} == {}
    idle = [
        p
        for p in text.FAMILIES
        if p not in built
        and p not in literals  # handed to a builder: text.labels("construct.", codes)
        and not any(k.startswith(p) and k in literals for k in text.CATALOG)
    ]
    assert idle == []


def test_every_code_raised_or_modelled_has_its_words(code) -> None:
    """The other way round: a code the engine raises, a note it writes or a construct of the
    study without its entry in both languages fails here (not on a user's screen)."""
    _, raised, constructs, _ = code
    missing = [f"err.{c}" for c in sorted(raised) if f"err.{c}" not in text.CATALOG]
    notes = ast.parse(ROOT.joinpath("engine", "core", "notes.py").read_text())
    missing += [  # note codes are written in capitals where notes.py decides them
        f"note.{n.value}"
        for n in ast.walk(notes)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and re.fullmatch(r"[A-Z][A-Z0-9_]+", n.value)
        and f"note.{n.value}" not in text.CATALOG
    ]
    missing += [
        f"{prefix}{c}"
        for prefix in ("construct.", "lever.")  # tactics are for drivers only
        for c in sorted(constructs)
        if f"{prefix}{c}" not in text.CATALOG
    ]
    assert missing == []
    assert text.missing_languages() == []


def _defined(tree: ast.AST) -> set[str]:
    return {n.name for n in getattr(tree, "body", []) if isinstance(n, ast.FunctionDef)}


def _named_keys(trees) -> dict[str, str]:
    """Keys written whole as the first argument of ``t(...)`` / ``say(...)`` -> where (a
    module with a ``say`` of its own table, word.py's ``TEXT``, is not the catalog's)."""
    found: dict[str, str] = {}
    for path, tree in trees:
        own = set() if path.name in ("text.py", "i18n.py") else _defined(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in own:
                continue
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if name in ("t", "say") and isinstance(first, ast.Constant):
                found.setdefault(str(first.value), f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_key_the_code_names_exists() -> None:
    """A t("...") or say("...") of a key the catalog lacks fails here, not on a page."""
    named = _named_keys(_trees())
    assert len(named) > 250  # the pages, the engine and the exports
    assert {k: where for k, where in named.items() if k not in text.CATALOG} == {}


def test_the_family_check_can_fail(code) -> None:
    """The checks above see an entry nothing uses and a raised code without words."""
    literals, raised, constructs, _ = code
    assert not _used("err.no_such_code", literals, raised, constructs)
    assert not _used("lever.XYZ", literals, raised, constructs)
    assert not _used("note.NO_SUCH_NOTE", literals, raised, constructs)
    assert not _used("home.no_such_label", literals, raised, constructs)
    assert _used("err.boot_too_few.hint", literals, raised, constructs)
    assert "boot_too_few" in raised and "LOADING_LOW" in literals


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
