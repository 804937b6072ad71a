"""One validation for every file a user gives back to us: saved analyses, saved
mappings and model files (issue 14, findings 3 and 6).

Each file is checked whole before anything of it is used: its size, that it is
JSON, how deeply it nests, and every field against its type, range and length.
A file that fails is refused with one :class:`~engine.base.errors.DriverLabError`
naming the field, in English and Indonesian; nothing of it is applied. The
bounds come from the modules that use the values (``spec``, ``settings``, ``io``).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable
from typing import Any

from engine.base.errors import DataError, DriverLabError, ModelError
from engine.base.settings import MAX_ITER, MISSING, SCHEMES, TOL_RANGE, Settings
from engine.base.text import message
from engine.core.spec import MAX_CONSTRUCTS, MAX_ITEMS, MAX_NAME, MAX_PATHS, ModelSpec, short

#: Deepest nesting any of our files has (analysis -> model -> constructs -> [i] ->
#: indicators -> [j] is 5); anything deeper is not ours.
MAX_DEPTH = 8
#: Largest model or mapping file.
MAX_JSON_BYTES = 2 * 2**20
#: Largest saved analysis: a 20 MB upload in base64 plus the rest.
MAX_ANALYSIS_BYTES = 30 * 2**20
#: Longest column header kept in a mapping (Excel's cell limit), file name, question text.
MAX_HEADER = 32_767
MAX_FILE_NAME = 255
MAX_LABEL = 2_000
#: Most columns in a mapping (an upload has at most 1,000).
MAX_MAPPED = 1_000

# Each kind of file: its error (``err.file_<kind>``: "This ... file ..." and what to do).
_KINDS: dict[str, tuple[str, type[DriverLabError]]] = {
    "analysis": ("file_analysis", DataError),
    "mapping": ("file_mapping", DataError),
    "model": ("file_model", ModelError),
}


class _Bad(Exception):
    """One failed check: the field, and what is wrong as a catalog code with parameters."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        super().__init__(code)
        self.field = field
        self.problem = message(code, field=field, **params)


def _refuse(kind: str, problem: dict[str, Any]) -> DriverLabError:
    """The file of ``kind`` refused: "This model file <problem>." with its hint."""
    code, cls = _KINDS[kind]
    return cls.coded(code, problem=problem)


def _wrap(kind: str, check: Callable[[], Any]) -> Any:
    try:
        return check()
    except _Bad as bad:
        if bad.field:
            unusable = message("part.file_unusable_at", field=bad.field, problem=bad.problem)
        else:
            unusable = message("part.file_unusable", problem=bad.problem)
        raise _refuse(kind, unusable) from None


# -- JSON text ---------------------------------------------------------------
def depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (iterative: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((c, level + 1) for c in children)
    return deepest


def parse(raw: bytes | str, kind: str) -> Any:
    """The JSON in ``raw``, refused when too large, not UTF-8 JSON, or nested too deeply."""
    limit = MAX_ANALYSIS_BYTES if kind == "analysis" else MAX_JSON_BYTES
    size = len(raw.encode("utf-8", "replace") if isinstance(raw, str) else raw)
    if size > limit:
        raise _refuse(
            kind, message("part.file_too_big", size=size / 2**20, limit=round(limit / 2**20))
        )
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes | bytearray) else raw
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        data = None  # nested beyond Python's own limit: refused as too deep below
        nested = MAX_DEPTH + 1
    except (ValueError, UnicodeDecodeError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            problem = message("part.file_not_json_at", line=exc.lineno, column=exc.colno)
        else:
            problem = message("part.file_not_json")
        raise _refuse(kind, problem) from None
    else:
        nested = depth(data)
    if nested > MAX_DEPTH:
        raise _refuse(kind, message("part.file_too_deep", most=MAX_DEPTH))
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity, -Infinity


# -- field checks (raise _Bad) ------------------------------------------------
def _type_name(value: Any) -> dict[str, Any]:
    """What a JSON value is, as a message ("a number" / "angka")."""
    if value is None:
        return message("part.json_null")
    if isinstance(value, bool):
        return message("part.json_bool")
    if isinstance(value, int | float):
        return message("part.json_number")
    if isinstance(value, str):
        return message("part.json_text")
    if isinstance(value, list):
        return message("part.json_list")
    return message("part.json_object")


def _expect(field: str, value: Any, wanted: str) -> _Bad:
    """``field`` is not what it should be; ``wanted`` is a ``part.json_*`` code."""
    return _Bad(field, "part.bad_type", wanted=message(wanted), found=_type_name(value))


def _obj(field: str, value: Any) -> dict:
    if not isinstance(value, dict):
        raise _expect(field or "the file", value, "part.json_object_braces")
    return value


def _list(field: str, value: Any, most: int) -> list:
    if not isinstance(value, list):
        raise _expect(field, value, "part.json_list_brackets")
    if len(value) > most:
        raise _Bad(field, "part.bad_entries", n=len(value), most=most)
    return value


def _text(field: str, value: Any, most: int, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise _expect(field, value, "part.json_text")
    if len(value) > most:
        raise _Bad(field, "part.bad_length", n=len(value), most=most)
    if not empty and not value.strip():
        raise _Bad(field, "part.bad_empty")
    return value


def _choice(field: str, value: Any, options: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in options:
        raise _Bad(field, "part.bad_choice", options=list(options), value=short(value, 20))
    return value


def _number(field: str, value: Any, low: float, high: float, whole: bool = False) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if ok and whole and not float(value).is_integer():
        ok = False
    if not ok or not math.isfinite(value) or not low <= value <= high:
        kind = message("part.json_whole" if whole else "part.json_number")
        raise _Bad(field, "part.bad_range", kind=kind, low=low, high=high, value=short(value, 20))
    return int(value) if whole else value


def _unique(field: str, values: list[str]) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise _Bad(field, "part.bad_twice", value=short(v))
        seen.add(v)


# -- the three files -----------------------------------------------------------
def _model_dict(d: Any, prefix: str = "") -> dict:
    d = _obj(prefix.rstrip("."), d)
    for key in ("constructs", "paths"):
        if key not in d:
            raise _Bad(prefix + key, "part.bad_missing")
    constructs = _list(prefix + "constructs", d["constructs"], MAX_CONSTRUCTS)
    n_items = 0
    for i, c in enumerate(constructs):
        where = f"{prefix}constructs[{i}]"
        c = _obj(where, c)
        for key in ("name", "indicators"):
            if key not in c:
                raise _Bad(where, "part.bad_missing_key", key=key)
        _text(f"{where}.name", c["name"], MAX_NAME)
        indicators = _list(f"{where}.indicators", c["indicators"], MAX_ITEMS)
        for j, item in enumerate(indicators):
            _text(f"{where}.indicators[{j}]", item, MAX_NAME)
        n_items += len(indicators)
        if "mode" in c:
            _choice(f"{where}.mode", c["mode"], ("A", "B", "a", "b"))
        if "reflective" in c and not isinstance(c["reflective"], bool):
            raise _expect(f"{where}.reflective", c["reflective"], "part.json_true_false")
    if n_items > MAX_ITEMS:
        raise _Bad(prefix + "constructs", "part.bad_items", n=n_items, most=MAX_ITEMS)
    paths = _list(prefix + "paths", d["paths"], MAX_PATHS)
    for i, p in enumerate(paths):
        where = f"{prefix}paths[{i}]"
        if not isinstance(p, list) or len(p) != 2:
            raise _expect(where, p, "part.json_pair")
        _text(f"{where}[0]", p[0], MAX_NAME)
        _text(f"{where}[1]", p[1], MAX_NAME)
    labels = d.get("labels")
    if labels is not None:  # item code -> the owner's question text (issue 12)
        labels = _obj(prefix + "labels", labels)
        if len(labels) > MAX_ITEMS:
            raise _Bad(prefix + "labels", "part.bad_entries", n=len(labels), most=MAX_ITEMS)
        for key, text in labels.items():
            _text(f"{prefix}labels[{short(key, 20)}]", key, MAX_NAME)
            _text(f"{prefix}labels[{short(key, 20)}]", text, MAX_LABEL, empty=True)
    return d


def model(raw: bytes | str) -> ModelSpec:
    """A model file: checked whole, then built (the model's own rules apply after)."""
    d = parse(raw, "model")
    try:
        _model_dict(d)
    except _Bad:
        # where the model's own reading has words for the problem, use them (they name
        # the construct); the 2 MB size and depth limits above bound that reading
        ModelSpec.from_dict(d)
        _wrap("model", lambda: _model_dict(d))
    return ModelSpec.from_dict(d)


def check_model(d: Any) -> None:
    """The schema checks of a model given as a dict (``ModelSpec.from_dict``'s input)."""
    _wrap("model", lambda: _model_dict(d))


def _mapping_fields(
    columns: Any, reversed_items: Any, prefix: str = ""
) -> tuple[dict[str, str | None], tuple[str, ...]]:
    overrides: dict[str, str | None] = {}
    if isinstance(columns, dict):  # a saved analysis keeps {column: target}
        columns = [{"column": k, "maps_to": v} for k, v in columns.items()]
    for i, r in enumerate(_list(prefix + "columns", columns, MAX_MAPPED)):
        where = f"{prefix}columns[{i}]"
        column, target = _mapping_row(where, r)
        if column in overrides:
            raise _Bad(f"{where}.column", "part.bad_column_twice", value=short(column))
        overrides[column] = target
    items = _list(prefix + "reversed_items", reversed_items, MAX_ITEMS)
    for i, item in enumerate(items):
        _text(f"{prefix}reversed_items[{i}]", item, MAX_NAME)
    _unique(prefix + "reversed_items", items)  # listed twice would flip it back
    return overrides, tuple(items)


def _mapping_row(where: str, r: Any) -> tuple[str, str | None]:
    """One column of a mapping: (her header, the item or field it is used as, or None)."""
    r = _obj(where, r)
    if "column" not in r or "maps_to" not in r:
        raise _Bad(where, "part.bad_column_fields")
    column = _text(f"{where}.column", r["column"], MAX_HEADER, empty=True)
    target = r["maps_to"]
    if target is not None:
        target = _text(f"{where}.maps_to", target, MAX_NAME)
    if r.get("kind") is not None:
        _text(f"{where}.kind", r["kind"], 40)
    if r.get("confidence") is not None:
        _number(f"{where}.confidence", r["confidence"], 0, 1)
    for key in ("reason", "reason_code"):
        if r.get(key) is not None:
            _text(f"{where}.{key}", r[key], MAX_LABEL, empty=True)
    if r.get("reason_params") is not None:
        _reason_params(f"{where}.reason_params", r["reason_params"])
    return column, target


def _reason_params(field: str, value: Any) -> None:
    """A suggestion's reason parameters: at most 20 short texts or numbers."""
    params = _obj(field, value)
    if len(params) > 20:
        raise _Bad(field, "part.bad_many_params", most=20)
    for key, v in params.items():
        _text(field, key, MAX_NAME)
        if not isinstance(v, str | int | float) or isinstance(v, bool):
            raise _expect(field, v, "part.json_text")
        _text(field, str(v), MAX_LABEL, empty=True)


def mapping(raw: bytes | str) -> tuple[dict[str, str | None], tuple[str, ...]]:
    """A saved mapping file: (column -> target or None, reverse-coded items)."""
    d = parse(raw, "mapping")

    def check():
        dd = _obj("", d)
        if "columns" not in dd:
            raise _Bad("columns", "part.bad_missing")
        return _mapping_fields(dd["columns"], dd.get("reversed_items", []))

    return _wrap("mapping", check)


#: The screening rules an owner may switch on for her survey (engine.intake.survey's
#: ScreeningRules fields of these names), as a saved analysis lists them.
OPTIONAL_RULES = ("straight_lining", "duplicates", "too_fast")


def analysis(raw: bytes | str) -> dict:
    """A saved analysis: data bytes (or None for the sample), file name, mapping,
    reversed items, model and settings, every field checked before any is used."""
    d = parse(raw, "analysis")

    def check() -> dict:
        dd = _obj("", d)
        if dd.get("driver_lab_analysis") != 1:
            raise _Bad("", "part.bad_not_analysis")
        for key in ("model", "settings"):
            if key not in dd:
                raise _Bad(key, "part.bad_missing")
        name = dd.get("file_name", "analysis")
        name = _text("file_name", name, MAX_FILE_NAME) if name is not None else "analysis"
        data = None
        encoded = dd.get("data_base64")
        if encoded is not None:
            _text("data_base64", encoded, MAX_ANALYSIS_BYTES, empty=True)
            try:
                data = base64.b64decode(encoded, validate=True) if encoded else None
            except (binascii.Error, ValueError):
                raise _Bad("data_base64", "part.bad_base64") from None
        overrides, reversed_items = _mapping_fields(
            dd.get("mapping") or {}, dd.get("reversed_items", [])
        )
        if "mapping" in dd and not isinstance(dd["mapping"], dict | list):
            raise _expect("mapping", dd["mapping"], "part.json_object_braces")
        _model_dict(dd["model"], "model.")
        kwargs = _settings_kwargs(dd["settings"])
        optional = OPTIONAL_RULES
        left_out = _list("left_out", dd.get("left_out", []), len(optional))
        return {
            "data": data,
            "file_name": name,
            "mapping": overrides,
            "reversed_items": reversed_items,
            "settings_kwargs": kwargs,
            # files saved before 2026-12 have none: the study's rules alone
            "left_out": tuple(_choice("left_out", r, optional) for r in left_out),
        }

    out = _wrap("analysis", check)
    out["model"] = ModelSpec.from_dict(d["model"])
    out["settings"] = Settings(**out.pop("settings_kwargs"))
    return out


def _settings_kwargs(value: Any) -> dict[str, Any]:
    """A saved analysis's settings, each field checked, as ``Settings`` keyword arguments."""
    s = _obj("settings", value)
    unknown = sorted(set(s) - set(Settings().to_dict()))
    if unknown:
        raise _Bad("settings", "part.bad_setting", value=short(unknown[0], 30))
    kwargs: dict[str, Any] = {}
    if "scheme" in s:
        kwargs["scheme"] = _choice("settings.scheme", s["scheme"], SCHEMES)
    if "missing" in s:
        kwargs["missing"] = _choice("settings.missing", s["missing"], MISSING)
    if s.get("missing_code") is not None:
        kwargs["missing_code"] = _number("settings.missing_code", s["missing_code"], -1e15, 1e15)
    if "max_iter" in s:
        kwargs["max_iter"] = _number("settings.max_iter", s["max_iter"], 1, MAX_ITER, whole=True)
    if "tol" in s:
        kwargs["tol"] = float(_number("settings.tol", s["tol"], *TOL_RANGE))
    return kwargs
