"""From a questionnaire tool's export to the answers the model needs.

``import_survey(frame, spec)`` matches columns to the model's items and to the
profile and screening questions, turns answers into numbers (1-5 codes or
agreement labels in English or Bahasa Indonesia), applies the study's
screening rules and returns an immutable :class:`Survey`: the valid responses,
the mapping it used, a screening report and the respondent profile.

Rules (each switchable in :class:`ScreeningRules`):

- ``complete``: every mapped question answered (the study: "valid if the
  respondent filled out all the questions");
- ``age_17_plus`` and ``has_watched``: the screening questions answered yes.

Row numbers in reports are spreadsheet rows: the header is row 1, the first
response row 2.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from engine.base import text
from engine.base.errors import DataError
from engine.base.scale import detect_scale
from engine.core.schema import OPTIONAL_RULES
from engine.core.spec import ModelSpec
from engine.study.model import STUDY_MODEL
from engine.study.questionnaire import PROFILE, SCALE, SCREENING

PROFILE_FIELDS = tuple(PROFILE)


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s)


#: Agreement labels (normalized) -> code, English and Indonesian, common variants.
LABELS: dict[str, int] = {}
for _code, (_en, _id) in SCALE.items():
    LABELS[_norm(_en)] = _code
    LABELS[_norm(_id)] = _code
LABELS.update(
    {
        "ragu-ragu": 3,
        "ragu ragu": 3,
        "netral / ragu-ragu": 3,
        "biasa saja": 3,
        "neither agree nor disagree": 3,
        "sts": 1,
        "ts": 2,
        "n": 3,
        "s": 4,
        "ss": 5,
    }
)

# -- issue 12 (wt-12c): a whole agreement label set, 5 or 7 points, either language ------
#: Each label's place on a fine scale: -3 strongly disagree ... 0 middle ... +3 strongly
#: agree; -1/+1 are the soft tiers ('Agak (tidak) setuju', 'Somewhat (dis)agree').
FINE: dict[str, int] = {}
for _p, _words in {
    -3: "sangat tidak setuju|sangat tdk setuju|sts|strongly disagree|sd|sangat tidak sesuai|"
    "totally disagree|completely disagree",
    -2: "tidak setuju|tdk setuju|ts|disagree|d|tidak sesuai",
    -1: "agak tidak setuju|ats|somewhat disagree|slightly disagree|mildly disagree",
    0: "netral|n|ragu-ragu|ragu ragu|ragu|rr|r|kurang setuju|ks|cukup setuju|cs|biasa saja|"
    "biasa|netral / ragu-ragu|neutral|neither agree nor disagree|neither agree or disagree|"
    "neither|undecided|not sure|unsure|kurang sesuai|cukup sesuai",
    1: "agak setuju|as|somewhat agree|slightly agree|mildly agree",
    2: "setuju|s|agree|a|sesuai",
    3: "sangat setuju|ss|strongly agree|sa|setuju sekali|sangat sesuai|totally agree|"
    "completely agree",
}.items():
    for _w in _words.split("|"):
        FINE[_w] = _p
#: The usual 5-point reading of every label (a soft tier alone is the middle: STS/TS/AS/S/SS).
LABELS.update({_w: {-3: 1, -2: 2, -1: 3, 0: 3, 1: 3, 2: 4, 3: 5}[_p] for _w, _p in FINE.items()})
for _w in ("sd", "sa", "as", "cs", "ats", "a", "d"):  # short codes: only in a whole set
    LABELS.pop(_w, None)
_FIVE_SOFT = {-3: 1, -1: 2, 0: 3, 1: 4, 3: 5}  # Strongly / Somewhat / Neither (SurveyMonkey)


def scale_labels(values: list) -> dict[str, int]:
    """Label -> code for the label set a column is answered on, read as a whole: 7 points
    when both soft tiers, or a soft tier beside the middle and the plain ones, or more than
    five levels appear ('Agak tidak setuju' ... 'Sangat setuju'); 5 points with soft tiers
    when there is no plain 'Agree' ('Somewhat agree' ... 'Strongly agree'); otherwise the
    usual 5 points, where a lone soft tier or 'Kurang/Cukup setuju' is the middle."""
    norms = {_norm(v).rstrip(".") for v in values if isinstance(v, str) and v.strip()}
    levels = {FINE[n] for n in norms if n in FINE}
    soft, plain = levels & {-1, 1}, levels & {-2, 2}
    if len(levels) > 5 or (soft and plain and (soft == {-1, 1} or 0 in levels)):
        scheme = {p: p + 4 for p in range(-3, 4)}
    elif soft and not plain:
        scheme = _FIVE_SOFT
    elif len(levels) >= 3:
        scheme = {-3: 1, -2: 2, -1: 3, 0: 3, 1: 3, 2: 4, 3: 5}
    else:
        return LABELS
    return {**LABELS, **{w: scheme[p] for w, p in FINE.items() if p in scheme}}


# -- end of issue 12 (wt-12c) block --

_YES = {"yes", "ya", "y", "iya", "true", "1"}
_NO = {"no", "tidak", "t", "n", "false", "0", "belum", "tidak pernah"}


def _answer_code(norm: str, labels: dict[str, int] | None = None) -> float | None:
    """Number of an agreement answer: '4', '4 (Setuju)', 'Setuju'; None if unknown.
    ``labels``: the column's label set (:func:`scale_labels`), the 5-point one by default."""
    labels = LABELS if labels is None else labels
    norm = norm.rstrip(".")
    if norm in labels:
        return float(labels[norm])
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(?:[-=.:)]?\s*\(?([^)]*?)\)?)?", norm)
    if m and (not m.group(2) or _norm(m.group(2)) in labels or _norm(m.group(2)) in FINE):
        return float(m.group(1).replace(",", "."))  # her number wins over the label
    m = re.fullmatch(r"\(?([^)]*?)\)?\s*[-=:(]?\s*(\d+)\)?", norm)
    if m and _norm(m.group(1)) in labels:
        return float(m.group(2))
    return None


def answer_number(value: object, labels: dict[str, int] | None = None) -> float | None:
    """An agreement answer as its number ('4', '4 (Setuju)', 'Setuju'); None if unknown."""
    return _answer_code(_norm(value), labels)


def _profile_value(field_: str, value: object) -> str | None:
    """Canonical profile label (as the paper prints it), or None if unrecognised."""
    norm = _norm(value)
    answers = PROFILE[field_][2]
    for canonical, (en, idn) in answers.items():
        if norm in (_norm(canonical), _norm(en), _norm(idn)):
            return canonical
    squeezed = re.sub(r"\s|tahun|years?|menit|minutes?|min|kali|times?|x", "", norm)
    for canonical, (en, idn) in answers.items():
        for label in (canonical, en, idn):
            other = re.sub(r"\s|tahun|years?|menit|minutes?|min|kali|times?|x", "", _norm(label))
            if squeezed and squeezed == other:
                return canonical
    if field_ == "gender":
        if norm in ("m", "l", "pria", "laki laki", "man"):
            return "Male"
        if norm in ("f", "p", "wanita", "woman"):
            return "Female"
    return None


# -- column matching ------------------------------------------------------------
_PROFILE_PATTERNS = {
    "gender": r"\b(gender|sex|jenis kelamin)\b",
    "age": r"^(age|usia|umur)\b|\b(age group|kelompok usia|usia anda|umur anda|your age)\b",
    "watch_length": r"\b(how long|berapa lama|watch length|duration|durasi|lama menonton)\b",
    "platform": r"\bplatform\b",
    "frequency": r"\b(how many times|how often|berapa kali|frequency|frekuensi|seberapa sering)\b",
}
_SCREENING_PATTERNS = {
    "age_17_plus": r"\b17\b",
    "has_watched": r"\b(pernah menonton|ever watched|have you watched|has watched|pernah)\b",
}
_TIME_PATTERN = r"^(timestamp|time stamp|waktu|tanggal|submitted|submission time|cap waktu)\b"
_DURATION_PATTERN = r"\b(duration|durasi|time taken|seconds|detik|lama pengisian)\b"
_START_PATTERN = r"^(start|started|start time|mulai|waktu mulai)\b"
_END_PATTERN = r"^(end|ended|end time|completed|selesai|waktu selesai)\b"


def item_code(header: str, items: dict[str, str]) -> str | None:
    """The model item a header names: 'INT01', 'int_1', 'INT 1 - text', 'text (INT1)',
    'Interactivity 1', 'Customer live-streaming engagement 2'."""
    norm = _norm(header)
    candidates = re.findall(r"([a-z]+)[\s_\-.]*0*(\d{1,3})(?![\d])", norm)
    for prefix, number in candidates[:1] + candidates[-1:]:
        key = f"{prefix}{int(number)}"
        if key in items:
            return items[key]
    m = re.fullmatch(r"([a-z][a-z\s\-_.]*?)[\s_\-.]*0*(\d{1,3})", norm)
    if m:
        key = re.sub(r"[^a-z]", "", m.group(1)) + str(int(m.group(2)))
        return items.get(key)
    return None


@functools.lru_cache(maxsize=32)
def item_keys(spec: ModelSpec) -> dict[str, str]:
    """Lookup 'int1' -> 'INT01' for the model's codes, plus 'interactivity1' style."""
    keys: dict[str, str] = {}
    from engine.study.model import STUDY_LABELS

    for code in spec.items:
        m = re.fullmatch(r"([A-Za-z]+)[\s_\-.]*0*(\d+)", code)
        if m:
            keys[f"{m.group(1).lower()}{int(m.group(2))}"] = code
            label = STUDY_LABELS.get(m.group(1).upper())
            if label:
                for lang in ("en", "id"):
                    word = re.sub(r"[^a-z]", "", label[lang].lower())
                    keys[f"{word}{int(m.group(2))}"] = code
        else:
            keys[code.lower()] = code
    return keys


@dataclass(frozen=True)
class ColumnMatch:
    """One column of the file and what it was taken to be.

    kind: item, profile, screening, time (submission timestamp), start, end,
    duration (seconds taken), or ignored.
    """

    column: str
    kind: str
    target: str | None = None
    #: the item code the answers are stored under, when ``target`` names a construct
    #: (her question becomes one of its items: INT01, INT02 ... in column order)
    item: str | None = None

    @property
    def code(self) -> str | None:
        return self.item or self.target


@dataclass(frozen=True)
class ScreeningRules:
    """Which rules exclude a response. The first three are the study's (on by default);
    the others are detected and reported always, and exclude only when switched on."""

    complete: bool = True
    age_17_plus: bool = True
    has_watched: bool = True
    straight_lining: bool = False
    duplicates: bool = False
    too_fast: bool = False
    #: fewer seconds than this per item counts as impossibly fast
    seconds_per_item: float = 2.0
    #: with ``complete`` off (blanks filled by the estimate's mean replacement), a response
    #: that left more than this share of the model's questions blank is still excluded as
    #: incomplete: a row of averages would stand in for a person
    max_blank_share: float = 0.5

    #: The rules an owner may switch on for her own survey (the study's three stay on).
    OPTIONAL = OPTIONAL_RULES


@dataclass(frozen=True)
class Screening:
    """What was collected, what was excluded and why, what is used, what was flagged."""

    collected: int
    valid: int
    excluded: pd.DataFrame  # row, reasons (list of str)
    flagged: pd.DataFrame  # row, reasons: detected but kept (their rule is off)

    def by_reason(self) -> dict[str, int]:
        return _count_reasons(self.excluded)

    def flagged_by_reason(self) -> dict[str, int]:
        return _count_reasons(self.flagged)

    def flagged_rows(self) -> dict[str, list[int]]:
        """Each reason's flagged rows (her file's row numbers), so she can look them up."""
        rows: dict[str, list[int]] = {}
        for row, reasons in zip(self.flagged.row, self.flagged.reasons, strict=True):
            for r in reasons:
                rows.setdefault(r, []).append(int(row))
        return rows

    def summary(self, lang: str = "en") -> str:
        """E.g. '262 collected, 37 incomplete, 225 used' (a row counts under its first reason).

        ``lang="id"``: '262 terkumpul, 37 tidak lengkap, 225 dipakai'.
        """
        first: dict[str, int] = {}
        for reasons in self.excluded.reasons:
            first[reasons[0]] = first.get(reasons[0], 0) + 1
        counts = [(self.collected, "collected"), *((n, r) for r, n in first.items())]
        counts.append((self.valid, "used"))
        return ", ".join(f"{text.number(n, lang)} {text.reason(r, lang)}" for n, r in counts)

    def excluded_table(self) -> pd.DataFrame:
        """row, reasons (as text): for download."""
        return pd.DataFrame(
            {"row": self.excluded.row, "reasons": ["; ".join(r) for r in self.excluded.reasons]}
        )

    def to_dict(self) -> dict:
        def rows(frame: pd.DataFrame) -> list[dict]:
            return [
                {"row": int(r), "reasons": list(reasons)}
                for r, reasons in zip(frame.row, frame.reasons, strict=True)
            ]

        return {
            "collected": self.collected,
            "valid": self.valid,
            "by_reason": self.by_reason(),
            "excluded": rows(self.excluded),
            "flagged": rows(self.flagged),
        }


def _count_reasons(rows: pd.DataFrame) -> dict[str, int]:
    """Rows per reason (a row with two reasons counts under both)."""
    counts: dict[str, int] = {}
    for reasons in rows.reasons:
        for r in reasons:
            counts[r] = counts.get(r, 0) + 1
    return counts


def reason_text(reason: str, lang: str = "id") -> str:
    """A screening reason, or a problem of the issues table, in the user's language."""
    return text.reason(reason, lang)


ISSUE_COLUMNS = ["column", "item", "problem", "cells", "examples", "rows"]


@dataclass(frozen=True, eq=False)
class Survey:
    """Valid responses (items as numbers, profile as canonical labels) and how they were made."""

    data: pd.DataFrame = field(repr=False)
    mapping: tuple[ColumnMatch, ...]
    screening: Screening
    scale: tuple[int, int] = (1, 5)
    issues: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ISSUE_COLUMNS))
    reversed_items: tuple[str, ...] = ()
    #: the model as her questionnaire made it (her questions as items, her wording as
    #: their labels) when columns were mapped to constructs; None: the model as given
    spec: ModelSpec | None = None
    #: each row of ``issues``: its problem as a catalog message
    issue_messages: tuple[dict, ...] = ()

    def issues_table(self, lang: str = "en") -> pd.DataFrame:
        """The answers set aside, for a reader: the problem in ``lang``, the examples and
        the first rows as text."""
        problems = [text.render(m, lang) for m in self.issue_messages]
        if len(problems) != len(self.issues):  # a survey made without messages
            problems = [reason_text(p, lang) for p in self.issues.problem]
        return self.issues.assign(
            problem=problems,
            examples=self.issues.examples.map(", ".join),
            rows=self.issues.rows.map(lambda r: ", ".join(map(str, r[:8]))),
        )

    def model(self, spec: ModelSpec) -> ModelSpec:
        """The model to estimate on these answers: ``spec`` (its constructs, paths and
        modes, e.g. as edited in the model editor) with her questions as the items of the
        constructs she mapped them to and her wording as their labels; ``spec`` itself
        when she mapped no question to a construct."""
        if self.spec is None or self.spec == spec:
            return self.spec or spec
        from engine.core.spec import Construct

        mine = {c.name: c.indicators for c in self.spec.constructs}
        constructs = []
        for c in spec.constructs:
            items = mine.get(c.name, c.indicators)
            mode = c.mode if len(items) > 1 else "A"
            constructs.append(Construct(c.name, items, mode, c.reflective and mode == "A"))
        labels = dict(spec.labels) | dict(self.spec.labels)
        return ModelSpec(tuple(constructs), spec.paths, labels=tuple(labels.items()))

    def item_label(self, item: str) -> str:
        """Her question text for an item (the item code when she has none)."""
        return self.spec.label(item) if self.spec is not None else item

    def profile_table(self) -> pd.DataFrame:
        """question, answer, count for every profile question present (the study's Table 1)."""
        rows = []
        for field_ in PROFILE_FIELDS:
            if field_ not in self.data.columns:
                continue
            counts = self.data[field_].value_counts()
            known = list(PROFILE[field_][2])
            if not set(known) & set(counts.index):  # her own answer options only
                known = []
            for answer in known + sorted(set(counts.index) - set(known), key=_answer_order):
                rows.append((field_, answer, int(counts.get(answer, 0))))
        return pd.DataFrame(rows, columns=["question", "answer", "count"])

    def mapping_records(self) -> list[dict]:
        return [
            {"column": m.column, "kind": m.kind, "maps_to": m.target}
            | ({"item": m.item} if m.item else {})  # her question as item INT01 ... of INT
            for m in self.mapping
        ]

    def unmatched(self) -> list[str]:
        """Columns that were not used, listed rather than silently dropped."""
        return [m.column for m in self.mapping if m.kind == "ignored"]

    def mapping_json(self) -> str:
        """The mapping, to save and apply to the next wave of the same survey."""
        return json.dumps(
            {
                "driver_lab_mapping": 1,
                "columns": self.mapping_records(),
                "reversed_items": list(self.reversed_items),
            },
            indent=1,
            ensure_ascii=False,
        )

    def suspected_reversed(self, spec: ModelSpec = STUDY_MODEL) -> list[str]:
        """Items that run against the rest of their block (negative correlation with the
        sum of the other items): probably worded the other way round."""
        out = []
        frame = self.data
        for c in spec.constructs:
            items = [i for i in c.indicators if i in frame.columns]
            if c.mode != "A" or len(items) < 3:
                continue
            block = frame[items].astype(float)
            for item in items:
                rest = block.drop(columns=item).sum(axis=1)
                x = block[item]
                if x.std() > 0 and rest.std() > 0 and np.corrcoef(x, rest)[0, 1] < 0:
                    out.append(item)
        return out


def load_mapping(text: bytes | str) -> tuple[dict[str, str | None], tuple[str, ...]]:
    """Overrides and reversed items from a saved mapping (Survey.mapping_json).

    Checked whole by ``engine.core.schema.mapping`` (types, lengths, nesting, duplicates).
    """
    from engine.core.schema import mapping

    return mapping(text)


def _timing_match(header: str, norm: str, taken: set[str]) -> ColumnMatch | None:
    """A submission time, duration, start or end column (each taken once)."""
    for kind, target, pattern in (
        ("time", "timestamp", _TIME_PATTERN),
        ("duration", "duration", _DURATION_PATTERN),
        ("start", "start", _START_PATTERN),
        ("end", "end", _END_PATTERN),
    ):
        if target not in taken and re.search(pattern, norm):
            return ColumnMatch(header, kind, target)
    return None


def _question_match(header: str, norm: str, taken: set[str]) -> ColumnMatch | None:
    """A screening question, else a profile question (each taken once)."""
    for name, pattern in _SCREENING_PATTERNS.items():
        if name in taken or not re.search(pattern, norm):
            continue
        if name == "age_17_plus" and not re.search(r"usia|age|umur|berusia", norm):
            continue
        return ColumnMatch(header, "screening", name)
    for name, pattern in _PROFILE_PATTERNS.items():
        if name not in taken and re.search(pattern, norm):
            return ColumnMatch(header, "profile", name)
    if norm in PROFILE_FIELDS and norm not in taken:
        return ColumnMatch(header, "profile", norm)
    return None


def _match_column(
    header: str, spec: ModelSpec, keys: dict[str, str], taken: set[str]
) -> ColumnMatch:
    """What one column is: an item (or a second column for one), a timing column, a
    screening or profile question, or ignored."""
    code = header.strip() if header.strip() in spec.items else item_code(header, keys)
    if code:
        return ColumnMatch(header, "duplicate" if code in taken else "item", code)
    norm = _norm(header)
    found = _timing_match(header, norm, taken) or _question_match(header, norm, taken)
    return found or ColumnMatch(header, "ignored")


def match_columns(columns: Iterable[object], spec: ModelSpec) -> tuple[ColumnMatch, ...]:
    """Guess what each column is (see the module docstring for the spellings recognised)."""
    keys = item_keys(spec)
    out = []
    taken: set[str] = set()
    for col in columns:
        match = _match_column(str(col), spec, keys, taken)
        if match.target:
            taken.add(match.target)
        out.append(match)
    return tuple(out)


def _target_kind(target: str, spec: ModelSpec) -> str:
    if target in spec.items or target in spec.names:
        return "item"
    if target in PROFILE_FIELDS:
        return "profile"
    if target in SCREENING:
        return "screening"
    if target in ("timestamp", "duration", "start", "end"):
        return {"timestamp": "time"}.get(target, target)
    raise DataError.coded("survey_target", target=target, fields=", ".join(PROFILE_FIELDS))


def apply_overrides(
    mapping: tuple[ColumnMatch, ...], overrides: dict[str, str | None], spec: ModelSpec
) -> tuple[ColumnMatch, ...]:
    """The mapping with the user's corrections: column -> target (None: not used)."""
    known = {m.column for m in mapping}
    for column in overrides:
        if column not in known:
            raise DataError.coded("survey_no_column", column=column)
    out = []
    for m in mapping:
        if m.column in overrides:
            target = overrides[m.column]
            m = (
                ColumnMatch(m.column, "ignored")
                if not target
                else ColumnMatch(m.column, _target_kind(target, spec), target)
            )
        out.append(m)
    seen: dict[str, str] = {}
    for m in out:
        if m.target in spec.names:  # any number of her questions per construct
            continue
        if m.target and m.target in seen:
            raise DataError.coded(
                "survey_mapped_twice", first=seen[m.target], second=m.column, target=m.target
            )
        if m.target:
            seen[m.target] = m.column
    return tuple(out)


def _is_blank(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, float) and np.isnan(value))
        or (isinstance(value, str) and not value.strip())
    )


def _column_numbers(col: list) -> tuple[np.ndarray, np.ndarray, int]:
    """One item column as numbers: (values, cells not understood, cells answered)."""
    labels = scale_labels(col)
    out = np.full(len(col), np.nan)
    unknown = np.zeros(len(col), dtype=bool)
    answered = 0
    for k, value in enumerate(col):
        if _is_blank(value):
            continue
        answered += 1
        if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
            unknown[k] = True
        elif isinstance(value, int | float | np.integer | np.floating):
            out[k] = float(value)
            if not np.isfinite(out[k]):
                out[k] = np.nan
                unknown[k] = True
        else:
            code = _answer_code(_norm(value), labels)
            if code is None:
                unknown[k] = True
            else:
                out[k] = code
    return out, unknown, answered


def _parse_items(
    frame: pd.DataFrame, mapping: tuple[ColumnMatch, ...], rows: pd.Index
) -> tuple[dict[str, np.ndarray], list[tuple], dict[str, np.ndarray]]:
    """Items as numbers; unrecognised cells become NaN and are reported."""
    values: dict[str, np.ndarray] = {}
    problems: list[tuple] = []
    bad_cells: dict[str, np.ndarray] = {}
    for position, m in enumerate(mapping):
        if m.kind != "item" or m.code is None:
            continue
        col = frame.iloc[:, position].tolist()
        out, unknown, answered = _column_numbers(col)
        if unknown.any():
            examples = list(dict.fromkeys(str(col[k])[:40] for k in np.flatnonzero(unknown)))[:3]
            if unknown.sum() > 0.2 * max(answered, 1):
                raise DataError.coded(
                    "survey_not_answers",
                    column=m.column,
                    target=m.target,
                    n=int(unknown.sum()),
                    examples=", ".join(f"'{e}'" for e in examples),
                )
            problems.append(
                (
                    m.column,
                    m.code,
                    "unknown answer",
                    int(unknown.sum()),
                    examples,
                    [int(rows[k]) for k in np.flatnonzero(unknown)[:20]],
                    text.message("reason.unknown answer"),
                )
            )
        values[m.code] = out
        bad_cells[m.code] = unknown
    return values, problems, bad_cells


def _mapping(
    frame: pd.DataFrame,
    spec: ModelSpec,
    overrides: dict[str, str | None] | None,
) -> tuple[tuple[ColumnMatch, ...], ModelSpec | None]:
    """The columns' mapping (guessed, then her corrections) and the model her
    questionnaire makes; two columns for one item are refused."""
    mapping = match_columns(frame.columns, spec)
    if overrides:
        mapping = apply_overrides(mapping, overrides, spec)
    mapping, own_spec = follow_questionnaire(mapping, spec)
    for m in mapping:
        if m.kind == "duplicate":
            first = next(x.column for x in mapping if x.kind == "item" and x.target == m.target)
            raise DataError.coded(
                "survey_duplicate_item", item=m.target, first=first, second=m.column
            )
    return mapping, own_spec


def _row_numbers(frame: pd.DataFrame) -> pd.Index:
    """Spreadsheet rows (header = row 1) unless the frame already carries them."""
    if isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0:
        return pd.Index(np.arange(len(frame)) + 2)
    return pd.Index(frame.index)


def _off_scale(
    mapping: tuple[ColumnMatch, ...],
    parsed: tuple[dict[str, np.ndarray], list[tuple], dict[str, np.ndarray]],
    rows: pd.Index,
    lo: float,
    hi: float,
) -> None:
    """Answers outside the scale (or between its points) become missing and are reported
    (in place)."""
    values, problems, bad = parsed
    for m in mapping:
        if m.kind != "item" or m.code is None:
            continue
        v = values[m.code]
        with np.errstate(invalid="ignore"):
            off = ~np.isnan(v) & ((v < lo) | (v > hi) | (v != np.round(v)))
        if off.any():
            examples = list(dict.fromkeys(f"{x:g}" for x in v[off]))[:3]
            where = [int(rows[k]) for k in np.flatnonzero(off)[:20]]
            problems.append(
                (
                    m.column,
                    m.code,
                    f"outside the {lo:g}-{hi:g} scale",
                    int(off.sum()),
                    examples,
                    where,
                    text.message("reason.outside", scale=f"{lo:g}-{hi:g}"),
                )
            )
            v[off] = np.nan
            bad[m.code] = bad[m.code] | off


def _reverse(values: dict[str, np.ndarray], items: tuple[str, ...], lo: float, hi: float) -> None:
    """Reverse-coded items recoded (min + max - answer), in place."""
    for item in items:
        if item not in values:
            raise DataError.coded("survey_not_reversible", item=item)
        values[item] = (lo + hi) - values[item]


class _Reasons:
    """Why each response is excluded (its rule on) or flagged (its rule off), in the order
    the checks found it."""

    def __init__(self, n: int) -> None:
        self.excluded: list[list[str]] = [[] for _ in range(n)]
        self.flagged: list[list[str]] = [[] for _ in range(n)]

    def mark(self, k: int, reason: str, enabled: bool) -> None:
        (self.excluded if enabled else self.flagged)[k].append(reason)

    def mark_all(self, where: np.ndarray, reason: str, enabled: bool) -> None:
        for k in np.flatnonzero(where).tolist():
            self.mark(k, reason, enabled)


def _other_columns(
    frame: pd.DataFrame,
    mapping: tuple[ColumnMatch, ...],
    rules: ScreeningRules,
    reasons: _Reasons,
) -> tuple[dict[str, list], dict[str, list], np.ndarray]:
    """Profile answers (canonical labels), screening answers (marked), timing columns:
    (profile columns, timing columns, rows with every one of them answered)."""
    profile: dict[str, list] = {}
    timing: dict[str, list] = {}
    answered = np.ones(len(frame), dtype=bool)
    for position, m in enumerate(mapping):
        col = frame.iloc[:, position].tolist()
        if m.kind == "profile" and m.target is not None:
            canon = [
                None if _is_blank(x) else (_profile_value(m.target, x) or str(x).strip())
                for x in col
            ]
            profile[m.target] = canon
            answered &= np.array([c is not None for c in canon])
        elif m.kind == "screening" and m.target is not None:
            norm = ["" if _is_blank(x) else _norm(x) for x in col]
            answered &= np.array([x != "" for x in norm])
            label = {"age_17_plus": "under 17", "has_watched": "never watched"}[m.target]
            reasons.mark_all(np.array([x in _NO for x in norm]), label, getattr(rules, m.target))
        elif m.kind in ("time", "start", "end", "duration"):
            timing[m.kind] = col
    return profile, timing, answered


def _quality(
    block: np.ndarray,
    data: dict[str, object],
    seconds: np.ndarray | None,
    rules: ScreeningRules,
    reasons: _Reasons,
) -> None:
    """Straight-lining, duplicate responses and impossibly fast ones, among complete rows."""
    complete = ~np.isnan(block).any(axis=1)
    filled = np.where(complete[:, None], block, 0.0)
    same = complete & (filled.max(axis=1) == filled.min(axis=1))
    reasons.mark_all(same, "straight-lining", rules.straight_lining)
    answers = pd.DataFrame({k: v for k, v in data.items()}).astype(str)
    reasons.mark_all(
        answers.duplicated(keep="first").to_numpy() & complete, "duplicate", rules.duplicates
    )
    if seconds is not None:
        fast = seconds < rules.seconds_per_item * block.shape[1]
        reasons.mark_all(fast, "too fast", rules.too_fast)


def _screen(
    frame: pd.DataFrame,
    mapping: tuple[ColumnMatch, ...],
    spec: ModelSpec,
    parsed: tuple[dict[str, np.ndarray], list[tuple], dict[str, np.ndarray]],
    rules: ScreeningRules,
) -> tuple[dict[str, object], _Reasons]:
    """The answers (items, then profile) and every response's reasons, in the order the
    rules are checked: screening questions, completeness, answers, then quality."""
    values, _, bad = parsed
    n = len(frame)
    reasons = _Reasons(n)
    answered = np.ones(n, dtype=bool)
    invalid = np.zeros(n, dtype=bool)
    for item, v in values.items():
        answered &= ~np.isnan(v) | bad[item]
        invalid |= bad[item]
    profile, timing, others_answered = _other_columns(frame, mapping, rules, reasons)
    answered &= others_answered
    blank = np.zeros(n)
    for item, v in values.items():
        blank += np.isnan(v) & ~bad[item]
    too_blank = blank > rules.max_blank_share * max(len(values), 1)
    for k in range(n):
        if not answered[k]:
            reasons.mark(k, "incomplete", rules.complete or bool(too_blank[k]))
        if invalid[k]:
            reasons.mark(k, "invalid answer", rules.complete)
    data: dict[str, object] = {**values, **profile}
    items_present = [i for i in spec.items if i in values]  # spec: hers, when she mapped
    if items_present:
        block = np.column_stack([values[i] for i in items_present])
        _quality(block, data, _seconds_taken(timing, n), rules, reasons)
    return data, reasons


def import_survey(
    frame: pd.DataFrame,
    spec: ModelSpec = STUDY_MODEL,
    rules: ScreeningRules | None = None,
    overrides: dict[str, str | None] | None = None,
    reversed_items: tuple[str, ...] = (),
    scale: tuple[int, int] | None = None,
) -> Survey:
    """Match, convert and screen a survey export; see the module docstring.

    ``overrides`` corrects the automatic mapping (column -> target, None for
    not used); ``reversed_items`` are recoded (min + max - answer) after the
    user agreed; ``scale`` forces the answer scale instead of detecting it.
    """
    rules = rules or ScreeningRules()
    mapping, own_spec = _mapping(frame, spec, overrides)
    spec = own_spec or spec
    rows = _row_numbers(frame)
    parsed = _parse_items(frame, mapping, rows)
    values, problems, _ = parsed
    lo, hi = scale or detect_scale(values)
    _off_scale(mapping, parsed, rows, lo, hi)
    # each item recoded once: listed twice it would be flipped back (issue 14)
    reversed_items = tuple(dict.fromkeys(reversed_items))
    _reverse(values, reversed_items, lo, hi)
    data, reasons = _screen(frame, mapping, spec, parsed, rules)

    n = len(frame)
    keep = np.array([not r for r in reasons.excluded])
    table = pd.DataFrame(data, index=rows)
    # items without a column are left out here; estimate() names them all in one message
    dropped = np.flatnonzero(~keep)
    flagged = [k for k in range(n) if reasons.flagged[k] and keep[k]]
    return Survey(
        data=table[keep],
        mapping=mapping,
        screening=Screening(
            collected=n,
            valid=int(keep.sum()),
            excluded=pd.DataFrame(
                {"row": rows[dropped].to_numpy(), "reasons": [reasons.excluded[k] for k in dropped]}
            ),
            flagged=pd.DataFrame(
                {"row": rows[flagged].to_numpy(), "reasons": [reasons.flagged[k] for k in flagged]}
            ),
        ),
        scale=(int(lo), int(hi)),
        issues=pd.DataFrame([p[:-1] for p in problems], columns=ISSUE_COLUMNS),
        issue_messages=tuple(p[-1] for p in problems),
        reversed_items=reversed_items,
        spec=own_spec,
    )


def _her_items(
    mapping: tuple[ColumnMatch, ...], spec: ModelSpec
) -> tuple[tuple[ColumnMatch, ...], dict[str, list[str]], dict[str, str]]:
    """(the mapping with item codes filled in, each construct's items, her wording per new
    item code): a question mapped to a construct is coded INT01, INT02 ... around the
    codes already taken."""
    from engine.intake.suggest import question_text

    names = set(spec.names)
    owner = {i: c.name for c in spec.constructs for i in c.indicators}
    taken = {m.target for m in mapping if m.kind == "item" and m.target not in names}
    blocks: dict[str, list[str]] = {c: [] for c in spec.names}
    labels: dict[str, str] = {}
    out = []
    for m in mapping:
        if m.kind == "item" and m.target in names:
            k = 1
            while f"{m.target}{k:02d}" in taken:
                k += 1
            code = f"{m.target}{k:02d}"
            taken.add(code)
            blocks[m.target].append(code)
            labels[code] = question_text(m.column)
            m = ColumnMatch(m.column, "item", m.target, code)
        elif m.kind == "item" and m.target in owner:
            blocks[owner[m.target]].append(m.target)
        out.append(m)
    return tuple(out), blocks, labels


def _construct_name(name: str) -> dict:
    """'Interactivity (INT)' in either language; the bare name for a construct of her own."""
    from engine.study.model import STUDY_LABELS

    if name not in STUDY_LABELS:
        return text.message("part.code", name=name)
    label = STUDY_LABELS[name]
    return text.message("part.by_lang", en=f"{label['en']} ({name})", id=f"{label['id']} ({name})")


def follow_questionnaire(
    mapping: tuple[ColumnMatch, ...], spec: ModelSpec
) -> tuple[tuple[ColumnMatch, ...], ModelSpec | None]:
    """Her questions mapped to a construct become its items (in column order, coded
    INT01, INT02 ... around codes already taken) with her wording as their labels.

    Returns the mapping with item codes filled in and the model her questionnaire
    makes (None when no column names a construct: the model stays as given). A
    construct that no column fills is refused, naming it.
    """
    names = set(spec.names)
    if not any(m.kind == "item" and m.target in names for m in mapping):
        return mapping, None
    out, blocks, labels = _her_items(mapping, spec)
    empty = [c for c, items in blocks.items() if not items]
    if empty:
        raise DataError.coded(
            "survey_construct_empty", constructs=[_construct_name(c) for c in empty]
        )
    from engine.core.spec import Construct

    constructs = tuple(
        Construct(
            c.name, tuple(blocks[c.name]), c.mode if len(blocks[c.name]) > 1 else "A", c.reflective
        )
        for c in spec.constructs
    )
    return out, ModelSpec(constructs, spec.paths, labels=tuple(labels.items()))


def _seconds_taken(timing: dict[str, list], n: int) -> np.ndarray | None:
    """Seconds each response took, from a duration column or start and end times."""
    if "duration" in timing:
        return pd.to_numeric(pd.Series(timing["duration"]), errors="coerce").to_numpy(float)
    if "start" in timing and ("end" in timing or "time" in timing):
        import warnings

        with warnings.catch_warnings():  # mixed date formats are parsed one by one
            warnings.simplefilter("ignore", UserWarning)
            start = pd.to_datetime(pd.Series(timing["start"]), errors="coerce")
            end = pd.to_datetime(pd.Series(timing.get("end", timing.get("time"))), errors="coerce")
        return (end - start).dt.total_seconds().to_numpy(float)
    return None


_BELOW = re.compile(r"^\s*(<|≤|kurang dari|di bawah|dibawah|under|below|less than|up to)", re.I)
_ABOVE = re.compile(
    r"(^\s*(>|≥|lebih dari|di atas|over|more than))|(ke atas|atau lebih|or more|\+)\s*$", re.I
)


def _answer_order(answer: object) -> tuple:
    """Her own answer options in their natural order: bands by their first number ("< 18
    tahun", "18-24 tahun", ..., "45 tahun ke atas"), the rest alphabetically after them."""
    words = str(answer)
    number = re.search(r"\d+(?:[.,]\d+)?", words)
    if number is None:
        return (1, 0.0, 0, words)
    side = -1 if _BELOW.search(words) else 1 if _ABOVE.search(words) else 0
    hours = 60.0 if re.search(r"\b(jam|hours?)\b", words, re.I) else 1.0  # beside minutes
    return (0, hours * float(number.group().replace(",", ".")), side, words)
