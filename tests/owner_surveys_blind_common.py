"""What the blind corpora share: the builder of an owner's export, and the one way they are scored.

The corpora (``tests/owner_surveys_blind.py``, ``..._blind2.py``, ``..._blind3.py``) keep
what their authors wrote: the questions and their ground truth, the plans (layout, labels,
side columns), the answer labels, and the look of the side columns (a :class:`Style`:
respondents' names, free answers, time-stamp and e-mail formats, ...). This module turns a
plan into the file an owner would upload (:func:`build`), exactly as each corpus's own
copy of the builder did when its figure was measured (``tests/test_intake_blind_frozen.py``
holds the files to that), and scores a corpus against its truth (:func:`score`,
:func:`score_single`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .owner_surveys import CONSTRUCTS, OwnerSurvey, answers, simulate

#: SurveyMonkey leaves the second header row empty for these
SM_META = ("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address")


@dataclass
class Blind:
    name: str
    lang: str  # id | en | mixed
    layout: str  # google | grid | msforms | surveymonkey | kobo | handmade
    #: (construct, section or "", her wording) in her column order
    questions: list[tuple[str, str, str]]
    labels: str | None  # key of the corpus's answer labels, or None for numbers 1..points
    points: int = 5
    #: columns before and after the questions: (header, options) / special names
    before: tuple = ()
    after: tuple = ()
    n: int = 150
    seed: int = 101
    fmt: str = "csv"
    shuffle: bool = False


@dataclass(frozen=True)
class Style:
    """How one corpus's side columns and files look (each corpus chose its own)."""

    names: tuple[str, ...]  # respondents' names (ten, used in turn)
    free: dict[str, list[str]]  # free answers by kind ("free_id", "free_en")
    free_share: float  # share of respondents who type a free answer
    ts_format: str  # strftime of the "ts" column
    email: str  # format of an e-mail address, from {name} (lower case) and {k}
    collector_id: int  # SurveyMonkey's "Collector ID"
    ip_prefix: str  # first part of the IP addresses
    start: str  # the first answer's time
    days: int  # answers spread over this many days
    took: tuple[int, int]  # seconds to answer, [low, high)
    missing: float  # share of answers left empty per question
    sm_free_prefix: str  # SurveyMonkey: a free-text column's header starts so
    sheet1_layouts: tuple[str, ...] = field(default=("msforms",))  # xlsx sheet "Sheet1"


def choice(header, *options):
    """A side column of the given options (``(header, [options])``)."""
    return (header, list(options))


def _extra(kind, n, rng, start, took, style: Style):
    if isinstance(kind, list):
        return list(rng.choice(kind, n))
    if kind == "ts":
        return [t.strftime(style.ts_format) for t in start]
    if kind == "start":
        return [t.strftime("%m/%d/%y %H:%M:%S") for t in start]
    if kind == "end":
        return [(t + d).strftime("%m/%d/%y %H:%M:%S") for t, d in zip(start, took, strict=True)]
    if kind == "email":
        return [style.email.format(name=style.names[k % 10].lower(), k=k) for k in range(n)]
    if kind == "anon":
        return ["anonymous"] * n
    if kind == "blank":
        return [""] * n
    if kind == "name":
        return [style.names[k % 10] for k in range(n)]
    if kind == "id":
        return list(range(1, n + 1))
    if kind == "rid":
        return [int(v) for v in rng.integers(10**10, 10**11, n)]
    if kind == "cid":
        return [style.collector_id] * n
    if kind == "ip":
        prefix = style.ip_prefix
        return [
            f"{prefix}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{k % 250}" for k in range(n)
        ]
    if kind == "uuid":
        return [f"{rng.integers(16**11, 16**12):x}" for _ in range(n)]
    if kind.startswith("free"):
        words = style.free[kind]
        share = style.free_share
        return [words[k] if rng.random() < share else "" for k in rng.integers(0, len(words), n)]
    raise ValueError(kind)


def _header(plan: Blind, section: str, text: str, position: int) -> str:
    if plan.layout in ("grid", "surveymonkey"):
        return f"{section} [{text}]"
    if plan.layout == "kobo":
        return f"{section}/{text}"
    if plan.layout == "handmade":
        return f"{position}. {text}"
    return text


def build(plan: Blind, style: Style, agree: dict[str, list[str]]) -> OwnerSurvey:
    """The export file of ``plan`` as its owner would upload it, with its truth."""
    rng = np.random.default_rng(plan.seed)
    n = plan.n
    latent = simulate(n, plan.seed)
    questions = list(plan.questions)
    if plan.shuffle:
        questions = [questions[k] for k in rng.permutation(len(questions))]
    start = pd.Timestamp(style.start) + pd.to_timedelta(
        np.sort(rng.integers(0, style.days * 24 * 3600, n)), unit="s"
    )
    took = pd.to_timedelta(rng.integers(*style.took, n), unit="s")
    columns: dict[str, list] = {}
    top: list[str] = []  # SurveyMonkey first header row
    for header, kind in plan.before:
        columns[header] = _extra(kind, n, rng, start, took, style)
        top.append(header)
    truth: dict[str, str] = {}
    coded: dict[str, np.ndarray] = {}
    wording: dict[str, str] = {}
    counter = dict.fromkeys(CONSTRUCTS, 0)
    labels = agree[plan.labels] if plan.labels else None
    for position, (construct, section, text) in enumerate(questions, start=1):
        header = _header(plan, section, text, position)
        codes = answers(latent[construct], plan.points, rng).astype(float)
        codes[rng.random(n) < style.missing] = np.nan
        counter[construct] += 1
        code = f"{construct}{counter[construct]:02d}"
        coded[code] = codes
        wording[code] = text
        truth[header] = construct
        top.append(section)
        if labels:
            columns[header] = [None if np.isnan(c) else labels[int(c) - 1] for c in codes]
        else:
            columns[header] = [None if np.isnan(c) else int(c) for c in codes]
    for header, kind in plan.after:
        columns[header] = _extra(kind, n, rng, start, took, style)
        top.append(header)
    frame = pd.DataFrame(columns)
    ordered = sorted(coded, key=lambda k: (CONSTRUCTS.index(k[:3]), k))
    coded_frame = pd.DataFrame({k: coded[k] for k in ordered})
    body = frame.astype(object).where(frame.notna(), "").values.tolist()
    if plan.layout == "surveymonkey":
        first, second, last = [], [], None
        for col, head in zip(frame.columns, top, strict=True):
            if col in truth:
                first.append(head if head != last else "")
                second.append(col[len(head) + 2 : -1])
                last = head
            else:
                first.append(col)
                free = col.startswith(style.sm_free_prefix)
                second.append(
                    "" if col in SM_META else ("Open-Ended Response" if free else "Response")
                )
                last = None
        grid = [first, second, *body]
    else:
        grid = [list(frame.columns), *body]
    lang = "en" if plan.lang == "en" else "id"
    if plan.fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "Sheet1" if plan.layout in style.sheet1_layouts else "Form Responses 1"
        for row in grid:
            ws.append(
                [None if v == "" else (v.item() if isinstance(v, np.generic) else v) for v in row]
            )
        buf = io.BytesIO()
        wb.save(buf)
        return OwnerSurvey(
            plan.name, f"{plan.name}.xlsx", buf.getvalue(), truth, coded_frame, lang, wording
        )
    out = io.StringIO()
    writer = csv.writer(out)
    for row in grid:
        writer.writerow([v.item() if isinstance(v, np.generic) else v for v in row])
    raw = out.getvalue().encode("utf-8")
    return OwnerSurvey(plan.name, f"{plan.name}.csv", raw, truth, coded_frame, lang, wording)


def single_questions(plans: list[Blind]) -> list[tuple[str, str]]:
    """Every answer question of these plans, wording only, for the no-context mode."""
    return [(text, construct) for p in plans for construct, _, text in p.questions]


# -- scoring -------------------------------------------------------------------------------


@dataclass
class Score:
    """A corpus scored: answer columns whose suggested construct is the truth."""

    right: int
    total: int
    #: per survey "name ok/total", each followed by its misses, ready to print
    lines: list[str]
    #: misses counted by (truth, taken)
    patterns: Counter[tuple[str, str]]

    @property
    def share(self) -> float:
        return self.right / self.total


def score(surveys: list[OwnerSurvey], width: int = 32) -> Score:
    """Each survey read as uploaded and suggested (``engine.intake.suggest``); a column is
    right when its suggested construct is its truth (left unmapped is a miss)."""
    from engine.intake.io import read_upload
    from engine.intake.suggest import suggest

    right = total = 0
    lines: list[str] = []
    patterns: Counter[tuple[str, str]] = Counter()
    for s in surveys:
        intake = suggest(read_upload(s.raw, s.file_name).frame)
        by_column = {c.column: c for c in intake.columns}
        assert set(s.truth) <= set(by_column), s.name
        misses = []
        for header, construct in s.truth.items():
            taken = by_column[header].maps_to
            if taken != construct:
                patterns[(construct, str(taken))] += 1
                misses.append(f"      miss: {construct} taken for {taken}: {header}")
        ok = len(s.truth) - len(misses)
        right += ok
        total += len(s.truth)
        lines += [f"  {s.name:{width}} {ok}/{len(s.truth)}", *misses]
    return Score(right, total, lines, patterns)


def score_single(questions: list[tuple[str, str]], seed: int) -> Score:
    """Each question alone, shuffled (``seed``), no section: the wording is all there is."""
    from engine.intake.suggest import suggest

    rng = np.random.default_rng(seed)
    order = rng.permutation(len(questions))
    frame = pd.DataFrame({questions[k][0]: rng.integers(1, 6, 50) for k in order})
    truth = dict(questions)
    columns = suggest(frame).columns
    misses = []
    patterns: Counter[tuple[str, str]] = Counter()
    for c in columns:
        if c.maps_to != truth[c.column]:
            patterns[(truth[c.column], str(c.maps_to))] += 1
            misses.append(f"      miss: {truth[c.column]} taken for {c.maps_to}: {c.column}")
    return Score(len(columns) - len(misses), len(questions), misses, patterns)
