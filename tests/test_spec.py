"""Model specifications: built-in study model, JSON round trip, one message per mistake."""

from __future__ import annotations

import dataclasses

import pytest

from engine import STUDY_MODEL, Construct, ModelError, ModelSpec, composite, items, paths


def test_study_model_reads_like_the_paper() -> None:
    assert STUDY_MODEL.names == ("INT", "INF", "PSN", "CLE", "VCC")
    assert STUDY_MODEL.paths == (("INT", "CLE"), ("INF", "CLE"), ("PSN", "CLE"), ("CLE", "VCC"))
    assert STUDY_MODEL.construct("PSN").indicators == items("PSN", 5)
    assert len(STUDY_MODEL.items) == 22
    assert STUDY_MODEL.items[0] == "INT01" and STUDY_MODEL.items[-1] == "VCC05"
    assert STUDY_MODEL.endogenous == ("CLE", "VCC")
    assert STUDY_MODEL.indirect_chains() == (
        ("INT", "CLE", "VCC"),
        ("INF", "CLE", "VCC"),
        ("PSN", "CLE", "VCC"),
    )


def test_spec_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        STUDY_MODEL.paths = ()  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        STUDY_MODEL.constructs[0].mode = "B"  # type: ignore[misc]


def test_json_round_trip_in_contract_format() -> None:
    data = STUDY_MODEL.to_dict()
    assert data["constructs"][0] == {
        "name": "INT",
        "indicators": ["INT01", "INT02", "INT03", "INT04"],
        "mode": "A",
        "reflective": False,
    }
    assert data["paths"][0] == ["INT", "CLE"]
    assert ModelSpec.from_json(STUDY_MODEL.to_json()) == STUDY_MODEL


def _spec(constructs, path_list):
    return ModelSpec(tuple(constructs), tuple(path_list))


A = composite("A", ["a1", "a2"])
B = composite("B", ["b1", "b2"])
C = composite("C", ["c1", "c2"])

INVALID = [
    ("unknown construct", lambda: _spec([A, B], [("A", "Z")]), "'Z', which is not a construct"),
    ("cycle", lambda: _spec([A, B, C], [("A", "B"), ("B", "C"), ("C", "A")]), "cycle"),
    ("self loop", lambda: _spec([A, B], [("A", "B"), ("B", "B")]), "points at itself"),
    (
        "item in two constructs",
        lambda: _spec([A, composite("B", ["a1", "b2"])], [("A", "B")]),
        "in both 'A' and 'B'",
    ),
    (
        "item twice in one construct",
        lambda: _spec([composite("A", ["a1", "a1"]), B], [("A", "B")]),
        "twice in 'A'",
    ),
    ("empty block", lambda: _spec([composite("A", []), B], [("A", "B")]), "empty block"),
    ("duplicate names", lambda: _spec([A, composite("A", ["x"]), B], [("A", "B")]), "used twice"),
    (
        "single-item mode B",
        lambda: _spec([composite("A", ["a1"], mode="B"), B], [("A", "B")]),
        "mode B with a single item",
    ),
    ("construct without paths", lambda: _spec([A, B, C], [("A", "B")]), "'C' has no paths"),
    ("no paths", lambda: _spec([A, B], []), "no paths"),
    ("bad mode", lambda: _spec([composite("A", ["a1", "a2"], mode="C"), B], [("A", "B")]), "mode"),
    (
        "reflective mode B",
        lambda: _spec([Construct("A", ("a1", "a2"), "B", True), B], [("A", "B")]),
        "reflective but uses mode B",
    ),
    ("duplicate path", lambda: _spec([A, B], [("A", "B"), ("A", "B")]), "listed twice"),
    ("no constructs", lambda: _spec([], []), "no constructs"),
]


@pytest.mark.parametrize(("label", "build", "fragment"), INVALID, ids=[i[0] for i in INVALID])
def test_each_invalid_model_has_its_own_message(label, build, fragment) -> None:
    with pytest.raises(ModelError) as info:
        build()
    assert fragment in info.value.message
    assert info.value.hint, "every model error says what to do"


def test_messages_are_distinct() -> None:
    messages = set()
    for _, build, _ in INVALID:
        with pytest.raises(ModelError) as info:
            build()
        messages.add(info.value.message)
    assert len(messages) == len(INVALID)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"paths": []}', "no 'constructs'"),
        ('{"constructs": [{"name": "A"}], "paths": []}', "needs a 'name' and 'indicators'"),
        ('{"constructs": [{"name": "A", "indicators": "a1"}], "paths": []}', "list of item codes"),
        (
            '{"constructs": [{"name": "A", "indicators": ["a"]},'
            ' {"name": "B", "indicators": ["b"]}], "paths": [["A"]]}',
            "[source, target] pair",
        ),
    ],
)
def test_invalid_model_json(text: str, fragment: str) -> None:
    with pytest.raises(ModelError, match=None) as info:
        ModelSpec.from_json(text)
    assert fragment in info.value.message


def test_builders() -> None:
    assert items("IMAG", 3, pad=1) == ("IMAG1", "IMAG2", "IMAG3")
    assert paths(["A", "B"], "C") == (("A", "C"), ("B", "C"))
    spec = _spec([A, B, C], [*paths("A", ["B", "C"]), ("B", "C")])
    assert spec.causal_order == ("A", "B", "C")
    assert spec.without_path("A", "B").paths == (("A", "C"), ("B", "C"))
    assert _spec([A, B], [("A", "B")]).without_path("A", "B") is None
