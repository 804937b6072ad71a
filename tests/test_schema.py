"""One schema for saved analyses, saved mappings and model files (issue 14, findings 3, 6).

Each tampered file of the issue is refused with a plain message naming the field, in
both languages, within a fraction of a second; a good file round-trips.
"""

from __future__ import annotations

import json
import time

import pandas as pd
import pytest

import engine
from engine.base.errors import DataError, DriverLabError, ModelError
from engine.core import schema
from engine.intake.survey import load_mapping
from engine.outputs.export import open_analysis, save_analysis

from .browser import ROOT

WAVE = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv").head(120)


def good() -> dict:
    return json.loads(
        save_analysis(
            WAVE.to_csv(index=False).encode(),
            "wave.csv",
            engine.STUDY_MODEL,
            engine.Settings(missing_code=-99),
            {"Q1": "INT01"},
            ("INT02",),
        )
    )


def with_(path: str, value) -> bytes:
    d = good()
    *parents, last = path.split(".")
    target = d
    for p in parents:
        target = target[p]
    target[last] = value
    return json.dumps(d).encode()


def deep(n: int) -> bytes:
    return ("[" * n + "]" * n).encode()


def test_a_saved_analysis_round_trips() -> None:
    out = open_analysis(json.dumps(good()).encode())
    assert out["model"] == engine.STUDY_MODEL
    assert out["settings"] == engine.Settings(missing_code=-99)
    assert out["mapping"] == {"Q1": "INT01"} and out["reversed_items"] == ("INT02",)
    assert out["data"] == WAVE.to_csv(index=False).encode()


TAMPERED = [
    (b"[1]", "must be an object"),
    (deep(100_000), "levels deep"),
    (deep(9), "levels deep"),
    (b"\xff\xfe not utf-8", "not valid JSON"),
    (b'{"driver_lab_analysis": NaN}', "not valid JSON"),
    (b"{}", "not a Driver Lab analysis"),
    (with_("mapping", {"Q1": ["INT01"]}), "columns[0].maps_to must be text"),
    (with_("mapping", [1, 2]), "columns[0] must be an object"),
    (with_("mapping", "INT01"), "columns must be a list"),
    (with_("reversed_items", [["INT01"]]), "reversed_items[0] must be text"),
    (with_("reversed_items", ["INT01", "INT01"]), "listed twice"),
    (with_("settings.missing_code", [1, 2]), "settings.missing_code must be a number"),
    (with_("settings.missing_code", "abc"), "settings.missing_code must be a number"),
    (with_("settings.missing_code", {"a": 1}), "settings.missing_code must be a number"),
    (with_("settings.max_iter", 1e9), "settings.max_iter must be a whole number from 1 to"),
    (with_("settings.max_iter", 2.5), "settings.max_iter must be a whole number"),
    (with_("settings.tol", 1e-300), "settings.tol must be a number from"),
    (with_("settings.scheme", "magic"), "settings.scheme must be one of"),
    (with_("settings.extra", 1), "unknown field"),
    (with_("file_name", "x" * 10_000), "file_name is 10,000 characters long"),
    (with_("file_name", ["a"]), "file_name must be text"),
    (with_("data_base64", "@@@"), "not base64"),
    (with_("data_base64", 5), "data_base64 must be text"),
    (with_("model.constructs", "INT"), "model.constructs must be a list"),
    (with_("model.paths", [["INT", "CLE", "VCC"]]), "[source, target] pair"),
    (with_("model.constructs", [{"name": ["x"], "indicators": ["a"]}]), "name must be text"),
    (with_("model.constructs", [{"name": "A", "indicators": [1]}]), "indicators[0] must be text"),
    (
        with_("model.constructs", [{"name": f"C{i}", "indicators": [f"i{i}"]} for i in range(41)]),
        "over the limit of 40",
    ),
]


@pytest.mark.parametrize(("raw", "fragment"), TAMPERED, ids=range(len(TAMPERED)))
def test_tampered_analyses_are_refused_naming_the_field(raw: bytes, fragment: str) -> None:
    start = time.perf_counter()
    with pytest.raises(DriverLabError) as info:
        open_analysis(raw)
    assert time.perf_counter() - start < 1.0
    assert fragment in info.value.message, info.value.message
    message_id, hint_id = info.value.text("id")
    assert message_id != info.value.message and hint_id
    assert len(info.value.sentence()) < 300  # user values are cut to a readable length


def test_mapping_files() -> None:
    saved = {
        "driver_lab_mapping": 1,
        "columns": [
            # the keys wt-12's suggester writes (issue 12)
            {
                "column": "Seberapa sering host menjawab?",
                "kind": "item",
                "maps_to": "INT",
                "confidence": 0.82,
                "reason": 'the section title says "Interaksi"',
                "reason_code": "section",
                "reason_params": {"section": "Interaksi"},
            },
            {"column": "Email", "kind": "ignored", "maps_to": None},
        ],
        "reversed_items": ["INT02"],
    }
    overrides, reversed_items = load_mapping(json.dumps(saved))
    assert overrides == {"Seberapa sering host menjawab?": "INT", "Email": None}
    assert reversed_items == ("INT02",)
    for bad, fragment in [
        ({**saved, "columns": [{"column": "Q", "maps_to": ["INT01"]}]}, "maps_to must be text"),
        ({**saved, "reversed_items": ["INT02", "INT02"]}, "listed twice"),
        ({**saved, "columns": [{"column": "Q", "maps_to": "X", "confidence": 7}]}, "confidence"),
        ([1], "must be an object"),
        ({"columns": {"Q": {"deep": [[[[[[[[1]]]]]]]]}}}, "levels deep"),
    ]:
        with pytest.raises(DataError, match=None) as info:
            load_mapping(json.dumps(bad))
        assert fragment in info.value.message, info.value.message
    with pytest.raises(DataError, match="levels deep"):
        load_mapping(deep(100_000).decode())


def test_model_files() -> None:
    assert engine.ModelSpec.from_json(engine.STUDY_MODEL.to_json()) == engine.STUDY_MODEL
    for text, fragment in [
        (deep(100_000).decode(), "levels deep"),
        ('{"constructs": [{"name": "A", "indicators": ["a"]}], "paths": "A"}', "list"),
        (
            json.dumps({"constructs": [{"name": "A" * 500, "indicators": ["a"]}], "paths": []}),
            "characters long",
        ),
        (" " * (schema.MAX_JSON_BYTES + 1), "MB limit"),
    ]:
        start = time.perf_counter()
        with pytest.raises(ModelError) as info:
            engine.ModelSpec.from_json(text)
        assert time.perf_counter() - start < 1.0
        assert fragment in info.value.message, info.value.message


def test_depth_is_measured_without_recursion() -> None:
    nested: list = []
    for _ in range(50_000):
        nested = [nested]
    assert schema.depth(nested) == schema.MAX_DEPTH + 1  # stops early
    assert schema.depth({"a": [1, {"b": []}]}) == 4
