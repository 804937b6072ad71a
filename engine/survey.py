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

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import DataError
from .questionnaire import PROFILE, SCALE
from .spec import STUDY_MODEL, ModelSpec

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

_YES = {"yes", "ya", "y", "iya", "true", "1"}
_NO = {"no", "tidak", "t", "n", "false", "0", "belum", "tidak pernah"}


def _answer_code(norm: str) -> float | None:
    """Number of an agreement answer: '4', '4 (Setuju)', 'Setuju'; None if unknown."""
    if norm in LABELS:
        return float(LABELS[norm])
    m = re.fullmatch(r"(\d+(?:[.,]0+)?)\s*(?:[-=.:)]?\s*\(?([^)]*)\)?)?", norm)
    if m:
        return float(m.group(1).replace(",", "."))
    m = re.fullmatch(r"\(?([^)]*?)\)?\s*[-=:(]?\s*(\d+)\)?", norm)
    if m and _norm(m.group(1)) in LABELS:
        return float(m.group(2))
    return None


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


def _item_code(header: str, items: dict[str, str]) -> str | None:
    """The model item a header names: 'INT01', 'int_1', 'INT 1 - text', 'text (INT1)'."""
    norm = _norm(header)
    candidates = re.findall(r"([a-z]+)[\s_\-.]*0*(\d{1,3})(?![\d])", norm)
    for prefix, number in candidates[:1] + candidates[-1:]:
        key = f"{prefix}{int(number)}"
        if key in items:
            return items[key]
    return None


def _item_keys(spec: ModelSpec) -> dict[str, str]:
    """Lookup 'int1' -> 'INT01' for the model's codes, plus 'interactivity1' style."""
    keys: dict[str, str] = {}
    from .spec import STUDY_LABELS

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
    """One column of the file and what it was taken to be."""

    column: str
    kind: str  # item, profile, screening, time, ignored
    target: str | None = None


@dataclass(frozen=True)
class ScreeningRules:
    complete: bool = True
    age_17_plus: bool = True
    has_watched: bool = True


@dataclass(frozen=True)
class Screening:
    """What was collected, what was excluded and why, what is used."""

    collected: int
    valid: int
    excluded: pd.DataFrame  # row, reasons (list of str)

    def by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for reasons in self.excluded.reasons:
            for r in reasons:
                counts[r] = counts.get(r, 0) + 1
        return counts

    def summary(self) -> str:
        parts = [f"{self.collected} collected"]
        parts += [f"{n} {reason}" for reason, n in self.by_reason().items()]
        parts.append(f"{self.valid} used")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {
            "collected": self.collected,
            "valid": self.valid,
            "by_reason": self.by_reason(),
            "excluded": [
                {"row": int(r), "reasons": list(reasons)}
                for r, reasons in zip(self.excluded.row, self.excluded.reasons, strict=True)
            ],
        }


@dataclass(frozen=True, eq=False)
class Survey:
    """Valid responses (items as numbers, profile as canonical labels) and how they were made."""

    data: pd.DataFrame = field(repr=False)
    mapping: tuple[ColumnMatch, ...]
    screening: Screening

    def profile_table(self) -> pd.DataFrame:
        """question, answer, count for every profile question present (the study's Table 1)."""
        rows = []
        for field_ in PROFILE_FIELDS:
            if field_ not in self.data.columns:
                continue
            counts = self.data[field_].value_counts()
            known = list(PROFILE[field_][2])
            for answer in known + sorted(set(counts.index) - set(known)):
                rows.append((field_, answer, int(counts.get(answer, 0))))
        return pd.DataFrame(rows, columns=["question", "answer", "count"])

    def mapping_records(self) -> list[dict]:
        return [{"column": m.column, "kind": m.kind, "maps_to": m.target} for m in self.mapping]


def match_columns(columns, spec: ModelSpec) -> tuple[ColumnMatch, ...]:
    keys = _item_keys(spec)
    out = []
    taken: set[str] = set()
    for col in columns:
        header = str(col)
        norm = _norm(header)
        match = ColumnMatch(header, "ignored")
        code = _item_code(header, keys)
        if header.strip() in spec.items:
            code = header.strip()
        if code and code not in taken:
            match = ColumnMatch(header, "item", code)
        elif re.search(_TIME_PATTERN, norm):
            match = ColumnMatch(header, "time", "timestamp")
        else:
            for name, pattern in _SCREENING_PATTERNS.items():
                if name not in taken and re.search(pattern, norm) and "?" in header + "?":
                    if name == "age_17_plus" and not re.search(r"usia|age|umur|berusia", norm):
                        continue
                    match = ColumnMatch(header, "screening", name)
                    break
            if match.kind == "ignored":
                for name, pattern in _PROFILE_PATTERNS.items():
                    if name not in taken and re.search(pattern, norm):
                        match = ColumnMatch(header, "profile", name)
                        break
                if match.kind == "ignored" and norm in PROFILE_FIELDS and norm not in taken:
                    match = ColumnMatch(header, "profile", norm)
        if match.target:
            taken.add(match.target)
        out.append(match)
    return tuple(out)


def _item_values(col: pd.Series, code: str, rows: pd.Index) -> np.ndarray:
    """Answers of one item column as numbers (NaN where unanswered)."""
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        return col.to_numpy(dtype=float, na_value=np.nan)
    out = np.full(len(col), np.nan)
    unknown: dict[str, list] = {}
    for k, value in enumerate(col.tolist()):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        norm = _norm(value)
        if norm == "":
            continue
        code_ = _answer_code(norm)
        if code_ is None:
            unknown.setdefault(str(value), []).append(rows[k])
        else:
            out[k] = code_
    if unknown:
        examples = ", ".join(f"'{v}' (row {r[0]})" for v, r in list(unknown.items())[:3])
        raise DataError(
            f"Item {code} has answers that are neither numbers nor agreement labels: {examples}.",
            "Use 1-5 or labels such as 'Setuju' / 'Agree'; fix or clear those cells.",
        )
    return out


def import_survey(
    frame: pd.DataFrame, spec: ModelSpec = STUDY_MODEL, rules: ScreeningRules | None = None
) -> Survey:
    """Match, convert and screen a survey export; see the module docstring."""
    rules = rules or ScreeningRules()
    mapping = match_columns(frame.columns, spec)
    sheet_rows = (
        pd.Index(np.arange(len(frame)) + 2)
        if isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0
        else pd.Index(frame.index)
    )
    data: dict[str, object] = {}
    answered = np.ones(len(frame), dtype=bool)
    reasons: list[list[str]] = [[] for _ in range(len(frame))]
    for position, m in enumerate(mapping):
        col = frame.iloc[:, position]
        if m.kind == "item":
            values = _item_values(col, m.target, sheet_rows)
            data[m.target] = values
            answered &= ~np.isnan(values)
        elif m.kind == "profile":
            raw = col.tolist()
            canon = []
            for value in raw:
                if (
                    value is None
                    or (isinstance(value, float) and np.isnan(value))
                    or not str(value).strip()
                ):
                    canon.append(None)
                else:
                    canon.append(_profile_value(m.target, value) or str(value).strip())
            data[m.target] = canon
            answered &= np.array([c is not None for c in canon])
        elif m.kind == "screening":
            norm = [_norm(v) if v is not None and not pd.isna(v) else "" for v in col.tolist()]
            answered &= np.array([n != "" for n in norm])
            enabled = getattr(rules, m.target)
            label = {"age_17_plus": "under 17", "has_watched": "never watched"}[m.target]
            for k, n in enumerate(norm):
                if enabled and n in _NO:
                    reasons[k].append(label)
    if rules.complete:
        for k in np.flatnonzero(~answered):
            reasons[k].insert(0, "incomplete")
    keep = np.array([not r for r in reasons])
    # items without a column are left out here; estimate() names them all in one message
    table = pd.DataFrame(data, index=sheet_rows)
    valid = table[keep]
    dropped = np.flatnonzero(~keep)
    excluded = pd.DataFrame(
        {"row": sheet_rows[dropped].to_numpy(), "reasons": [reasons[k] for k in dropped]}
    )
    return Survey(
        data=valid,
        mapping=mapping,
        screening=Screening(collected=len(frame), valid=int(keep.sum()), excluded=excluded),
    )
