"""The owner's brief: what to do first and why, in English and Bahasa Indonesia, as data.

``advise(result, boot)`` returns records (see ``COLUMNS``). Rules:

- Measurement first: when loadings, reliability, convergent or discriminant
  validity fail a rule of thumb, that comes before any driver advice and names
  the items; otherwise an explicit "your measurement looks sound".
- A driver's action is ``engine.analytics.drivers.classify`` of its importance-performance
  point, the one the map shows: "invest" only when its bootstrap interval
  excludes zero and it sits in the "fix first" quadrant (importance at or
  above, performance below the mean of the outcome's drivers); supported
  drivers rated above the mean are "maintain", supported ones that matter
  less "monitor"; an effect whose interval includes zero is "no evidence" and
  never "invest". Among the "invest" drivers the IPMA priority importance x
  (100 - performance) orders the advice.
- Numbers are rounded for people in the text; the tables keep full precision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from engine.analytics.drivers import ACTION_ORDER, Simulator, drivers, ipma, sample_size
from engine.analytics.segments import holds
from engine.base import text
from engine.base.thresholds import VIF_IDEAL
from engine.study.questionnaire import wording

if TYPE_CHECKING:
    from engine.analytics.segments import GroupComparison
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult


COLUMNS = [
    "kind",
    "subject",
    "severity",
    "action",
    "finding_en",
    "finding_id",
    "why_en",
    "why_id",
    "todo_en",
    "todo_id",
    "reference",
    "priority",
    "messages",
]

MEASUREMENT_CODES = {
    "LOADING_NEGATIVE",
    "LOADING_VERY_LOW",
    "RELIABILITY_LOW",
    "RELIABILITY_TOO_HIGH",
    "AVE_LOW",
    "HTMT_HIGH",
    "VIF_OUTER_HIGH",
    "VIF_INNER_HIGH",
    "NOT_CONVERGED",
}

#: What to do about a measurement finding, by what it concerns.
_MEASURE_TODO = {
    "LOADING_NEGATIVE": "item",
    "LOADING_VERY_LOW": "item",
    "VIF_OUTER_HIGH": "item",
    "RELIABILITY_LOW": "construct",
    "RELIABILITY_TOO_HIGH": "construct",
    "AVE_LOW": "construct",
    "HTMT_HIGH": "pair",
    "VIF_INNER_HIGH": "drivers",
    "NOT_CONVERGED": "model",
}

Msg = dict[str, Any]


def _msg(code: str, **params: Any) -> Msg:
    return text.message(code, **params)


def _worded(finding: list[Msg], why: list[Msg], todo: list[Msg]) -> dict[str, Any]:
    """The record's sentences as codes with parameters (``messages``) and rendered in both
    languages (the ``*_en`` / ``*_id`` columns of the JSON and the workbook)."""
    parts = {"finding": finding, "why": why, "todo": todo}
    out: dict[str, Any] = {"messages": parts}
    for part in parts:
        for lang in text.LANGS:
            out[f"{part}_{lang}"] = said(parts, part, lang)
    return out


def said(messages: Mapping[str, list[Msg]], part: str, lang: str = "en") -> str:
    """One part ("finding", "why", "todo") of a record's ``messages`` in ``lang``; every
    part, joined as the ``text_<lang>`` column, when ``part`` is "text"."""
    if part == "text":
        return " ".join(said(messages, p, lang) for p in ("finding", "why", "todo"))
    out = "".join(text.render(m, lang) for m in messages[part])
    return out[:1].upper() + out[1:]  # a sentence that opens with a topic in words


def named(messages: Mapping[str, list[Msg]], lang: str = "en") -> str | None:
    """What a record is about in its own words (her question, short, for an item-level
    finding), or None: then its ``subject`` names it (a topic or a path in words)."""
    return said(messages, "subject", lang) if messages.get("subject") else None


def _lever(name: str) -> Msg:
    return (
        _msg(f"lever.{name}") if f"lever.{name}" in text.CATALOG else _msg("part.code", name=name)
    )


def _wording(result: PLSResult, item: str) -> tuple[str, str] | None:
    """(English, Indonesian) wording of an item: the owner's own question when the model
    follows her questionnaire (issue 12), else the study's questionnaire."""
    own = result.spec.label(item)
    pair = (wording(item, "en", own), wording(item, "id", own))
    return pair if any(pair) else None


#: Item-level findings said to the owner about her question (``adv.item.<code>``).
_ITEM_FINDINGS = ("LOADING_VERY_LOW", "LOADING_NEGATIVE", "VIF_OUTER_HIGH")

#: Longest question shown whole in an advice card's title; longer ones are cut at a word.
SHORT_QUESTION = 42
#: ... unless it is at most this much longer (cutting "saya" off saves nothing).
SLACK = 8


def short_question(question: str, limit: int = SHORT_QUESTION) -> str:
    """Her question, cut after the last whole word that fits ``limit`` characters, with "…"
    ("Saya bisa minta kain tertentu…"); ones up to ``limit + SLACK`` characters whole."""
    question = " ".join(str(question).split())
    if len(question) <= limit + SLACK:  # cutting would save a word or two: keep it whole
        return question
    cut = question[: limit - 1].rsplit(" ", 1)[0] if " " in question[: limit - 1] else ""
    return (cut or question[: limit - 1]).rstrip(" ,;:.-") + "…"


def _question(wording: tuple[str, str], short: bool = False) -> Msg:
    """Her question quoted, in the sentence's language (the study's has both)."""
    en, idn = (short_question(w) for w in wording) if short else wording
    return _msg("adv.question", quote=_msg("part.by_lang", en=en, id=idn))


def _item_words(result: PLSResult, note: Any) -> tuple[Msg, Msg, Msg] | None:
    """An item-level finding as the owner reads it: (title, finding, the question to name in
    the to-do), quoting her question (short in the title and finding, whole in the to-do)
    instead of its code; None when the item has no
    wording (an item of neither her questionnaire nor the study's) or the note is not one."""
    wording = _wording(result, note.subject) if note.code in _ITEM_FINDINGS else None
    if not wording:
        return None
    params = dict(note.params)
    formative = params.get("mode") == "B"  # VIF_OUTER_HIGH: a weight, not a near-copy
    why = _msg("part.item_vif_formative" if formative else "part.item_vif_copy")
    short = _question(wording, short=True)
    finding = _msg(
        f"adv.item.{note.code}",
        question=short,
        construct=_topic(result, params.get("construct")),
        why=why,
    )
    return short, finding, _question(wording)


def _measurement(result: PLSResult) -> list[dict]:
    notes = result.notes
    bad = notes[notes.code.isin(MEASUREMENT_CODES)]
    if bad.empty:
        return [
            {
                "kind": "measurement",
                "subject": "survey",
                "severity": "info",
                "action": "none",
                **_worded(
                    [_msg("adv.sound.finding")], [_msg("adv.sound.why")], [_msg("adv.sound.todo")]
                ),
                "reference": "Hair et al. (2019)",
                "priority": 0.0,
            }
        ]
    return [_measure_record(result, note) for note in bad.itertuples(index=False)]


def _measure_record(result: PLSResult, note: Any) -> dict:
    """One measurement note as the owner reads it: her question or topic in words, the
    statistic (the methods pages' note) kept as the record's source."""
    wording = _wording(result, note.subject)
    quoted = (
        _msg("part.quoted", quote=_msg("part.by_lang", en=wording[0], id=wording[1]))
        if wording
        else ""
    )
    # the methods pages' note, its topics in words for the owner
    named = {k: _topic(result, v) for k, v in dict(note.params).items() if k in _TOPICS}
    finding = _msg(
        f"note.{note.code}",
        **(_note_params(note) | named),
        subject=_topic(result, note.subject),
    )
    kind = _MEASURE_TODO.get(note.code, "item")
    if note.code == "LOADING_NEGATIVE":  # worded the other way round: recode, not drop
        kind = "reversed"
    params = dict(note.params)
    for topic in ("construct_a", "construct_b", "source"):  # the to-do names topics in words
        if isinstance(params.get(topic), str):
            params[topic] = _lever(params[topic])
    subject: Any = _lever(note.subject)
    item = _item_words(result, note)
    title: dict[str, list[Msg]] = {}
    if item:  # her question, not its code; "loading" in words (the note for checking)
        title = {"subject": [item[0]], "source": [finding]}
        finding, subject, quoted = item[1], item[2], ""
    elif f"adv.topic.{note.code}" in text.CATALOG:  # the statistic to the source
        title = {"source": [finding]}
        finding = _msg(f"adv.topic.{note.code}", **finding["params"])
    todo = _msg(f"adv.measure.todo.{kind}", subject=subject, wording=quoted, **params)
    worded = _worded([finding], [_msg("adv.measure.why")], [todo])
    worded["messages"] |= title
    return {
        "kind": "measurement",
        "subject": note.subject,
        "severity": "warning",
        "action": "fix measurement",
        **worded,
        "reference": "Hair et al. (2019); Henseler et al. (2015)",
        "priority": 1000.0,
    }


#: The parameters of a measurement note that name a topic (construct).
_TOPICS = ("construct", "construct_a", "construct_b", "source", "target")


def _topic(result: PLSResult, name: Any) -> Any:
    """A construct of the model in words ("personalisasi"; her own name as she wrote it);
    an item code, a pair ("INT <-> INF") or anything else as it is."""
    if isinstance(name, str) and name in result.spec.names:
        return _lever(name)
    return name


def _note_params(note) -> dict:
    params = dict(note.params)
    if "level" in params:
        params["level_word"] = _msg(f"level.{params['level']}")
    return params


def _prediction(table: pd.DataFrame, verdict: str) -> dict:
    # issue 16: PLSpredict that could not run, and a verdict within fold noise, in words
    from engine.analytics.predict import NOT_ASSESSED, VERDICTS, is_borderline

    record = {
        "kind": "prediction",
        "subject": ", ".join(table.indicator),
        "reference": "Shmueli et al. (2019)",
        "priority": 100.0,
    }
    if verdict == NOT_ASSESSED:
        return record | {
            "severity": "warning",
            "action": "collect more",
            **_worded(
                [_msg("adv.predict.not_assessed")],
                [_msg("adv.predict.not_assessed.why")],
                [_msg("adv.predict.not_assessed.todo")],
            ),
        }
    borderline = is_borderline(table) if "settled" in table else False
    good = verdict in VERDICTS[:2]  # high or medium predictive power
    key = f"verdict.{verdict}"
    verdict_words = _msg(key if key in text.CATALOG else "verdict.other")
    finding = "adv.predict.borderline" if borderline else "adv.predict.finding"
    return record | {
        "severity": "info" if good else "warning",
        "action": "none" if good else "monitor",
        **_worded(
            [_msg(finding, verdict=verdict_words)],
            [_msg("adv.predict.why")],
            [_msg("adv.predict.todo.good" if good else "adv.predict.todo.weak")],
        ),
    }


def _path(name: str) -> Msg:
    """A path ("PSN -> CLE") as an owner reads it: "personalization → engagement" (her own
    topic names as she wrote them)."""
    source, target = name.split(" -> ", 1)
    return _msg("adv.path", source=_lever(source), target=_lever(target))


def _below(beta: float, floor: float) -> int:
    """Decimals that show ``beta`` below ``floor`` as rounded (0.097 is "0.097", not "0.10",
    in "paths below 0.10"): two, or as many more as it takes (at most four)."""
    for digits in (2, 3):
        if round(abs(beta), digits) < floor:
            return digits
    return 4


def _sample(size: dict) -> dict:
    """The inverse-square-root figure, saying which path sets it (issues 16 and 20)."""
    beta = size["beta_min"]
    what = (  # the test's details, for the record's source
        _msg("adv.sample.what_path", path=_path(size["path"]), beta=beta)
        if size["path"]
        else _msg("adv.sample.what_zero", beta=beta)
    )
    see = (  # her sentence: how weak a link it is about, without β, power or test
        _msg("adv.sample.see_path", path=_path(size["path"]))
        if size["path"]
        else _msg("adv.sample.see_zero")
    )
    why = [_msg("adv.sample.why")]
    small = size["ignored"] if size["path"] else []
    if small:
        listed = [
            _msg("adv.sample.small_path", path=_path(name), beta=b, digits=_below(b, size["floor"]))
            for name, b in small
        ]
        why.append(_msg("adv.sample.ignored", floor=size["floor"], paths=listed))
    worded = _worded(
        [_msg("adv.sample.finding", n=size["n"], minimum_n=size["minimum_n"], what=see)],
        why,
        [_msg("adv.sample.todo", more=size["minimum_n"] - size["n"])],
    )
    worded["messages"]["source"] = [
        _msg("adv.sample.source", what=what, minimum_n=size["minimum_n"])
    ]
    return {
        "kind": "sample",
        "subject": "survey",
        "severity": "warning",
        "action": "collect more",
        **worded,
        "reference": "Kock & Hadaya (2018)",
        "priority": 500.0,
    }


def _segments(comparison: GroupComparison) -> list[dict]:
    out = []
    held = comparison.differences[holds(comparison.differences)]
    for row in held.itertuples(index=False):
        bigger, smaller = (
            (row.group_a, row.group_b) if row.difference > 0 else (row.group_b, row.group_a)
        )
        found = _msg(
            "adv.segment.finding", path=_path(row.path), group=str(bigger), other=str(smaller)
        )
        worded = _worded(
            [found], [_msg("adv.segment.why")], [_msg("adv.segment.todo", group=str(bigger))]
        )
        worded["messages"]["source"] = [  # the test's figures, for checking (the workbook)
            _msg("adv.segment.source", difference=abs(row.difference), p=row.p_permutation)
        ]
        out.append(
            {
                "kind": "segment",
                "subject": f"{row.path}: {row.group_a} vs {row.group_b}",
                "severity": "info",
                "action": "monitor",
                **worded,
                "reference": "Chin & Dibbern (2010); Henseler et al. (2016)",
                "priority": 50.0,
            }
        )
    return out


@dataclass(frozen=True)
class DriverCall:
    """What the advice decides about one driver of one outcome, before any wording."""

    driver: str
    target: str
    action: str  # drivers.classify of its importance-performance point
    negative: bool  # the total effect is below zero
    performance: float  # its rating on 0-100
    priority: float  # importance x (100 - performance) when supported, else -1
    change: float  # answer points the target moves for half a point more of the driver
    band: tuple[float, float]  # bootstrap band of that change (NaN without a bootstrap)
    scale: tuple[float, float]  # the answer scale
    vif: float  # inner VIF of the driver for the target
    weakest: tuple[str, float] | None  # an "invest" driver's lowest-rated item, its rating


def classify_drivers(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    target: str | None = None,
    scale: tuple[float, float] | None = None,
) -> list[DriverCall]:
    """Every driver of every outcome (or of ``target``), classified as the map classifies it."""
    drv = drivers(result, boot)
    imp = ipma(result, scale=scale, boot=boot)
    sim = Simulator(result, boot, scale=scale)
    outcomes = [target] if target else list(dict.fromkeys(drv.target))
    # a question the measurement advice tells her to fix or drop is no place to start
    notes = result.notes
    broken = set(notes.subject[notes.code.isin(_ITEM_FINDINGS)])
    imp = imp[~((imp.level == "item") & imp.name.isin(broken))]
    calls = []
    for tgt in outcomes:
        d = drv[drv.target == tgt]
        m = imp[(imp.target == tgt) & (imp.level == "construct")].set_index("name")
        if d.empty or m.empty:
            continue
        calls += [_call(row, tgt, m, imp, sim) for row in d.itertuples(index=False)]
    return calls


def _call(row: Any, tgt: str, m: pd.DataFrame, imp: pd.DataFrame, sim: Simulator) -> DriverCall:
    """One driver's call: ``row`` of the drivers table, ``m`` the outcome's map by name."""
    name = row.driver
    supported = bool(np.isfinite(row.ci_lower) and (row.ci_lower > 0 or row.ci_upper < 0))
    importance = float(m.importance.get(name, np.nan))
    performance = float(m.performance.get(name, np.nan))
    action = m.action.get(name, "no evidence")
    move = sim.what_if({name: 0.5}).table.set_index("target").loc[tgt]
    weakest = None
    if action == "invest":
        weak = imp[(imp.target == tgt) & (imp.level == "item") & (imp.construct == name)]
        if not weak.empty:
            item = weak.sort_values("performance").iloc[0]
            weakest = (str(item["name"]), float(item.performance))
    return DriverCall(
        driver=name,
        target=tgt,
        action=action,
        negative=bool(row.total_effect < 0),
        performance=performance,
        priority=max(importance, 0) * (100 - performance) if supported else -1.0,
        change=float(move.change),
        band=(float(move.band_lower), float(move.band_upper)),
        scale=sim.model.scale,
        vif=float(row.vif),
        weakest=weakest,
    )


def _driver_record(result: PLSResult, call: DriverCall) -> dict:
    """A driver's call in words: what half a point more buys, why, and what to do."""
    words = {"driver": _lever(call.driver), "target": _lever(call.target)}
    lo, hi = call.scale
    # a change below zero is said with its sign ("a change of about -0.04 points"),
    # never as "-0.04 points more" (issue 20)
    up = call.change >= 0
    # a bound that two decimals would print as 0.00 (-0.004: its sign is the point) gets three
    fine = any(0 < abs(b) < 0.005 for b in call.band)
    key = {
        (True, False): "adv.band",
        (False, False): "adv.band_signed",
        (True, True): "adv.band_fine",
        (False, True): "adv.band_fine_signed",
    }[(up, fine)]
    band = (
        _msg(
            key,
            lower=call.band[0],
            upper=call.band[1],
        )
        if np.isfinite(call.band[0])
        else ""
    )
    effect = _msg(
        "adv.effect" if up else "adv.effect_signed",
        change=call.change,
        scale=f"{lo:g}-{hi:g}",
        band=band,
        **words,
    )
    why, todo = _why_todo(call, words)
    if np.isfinite(call.vif) and call.vif >= VIF_IDEAL:
        why.append(_msg("adv.overlap", vif=call.vif))
    wording = _wording(result, call.weakest[0]) if call.weakest else None
    if call.weakest and wording:
        quoted = _msg("part.by_lang", en=wording[0], id=wording[1])
        todo.append(_msg("adv.weakest", wording=quoted, performance=call.weakest[1]))
    return {
        "kind": "driver",
        "subject": f"{call.driver} -> {call.target}",
        "severity": "info",
        "action": call.action,
        **_worded([effect], why, todo),
        "reference": "Ringle & Sarstedt (2016), IPMA; Hair et al. (2019)",
        "priority": float(call.priority),
    }


def _why_todo(call: DriverCall, words: dict[str, Msg]) -> tuple[list[Msg], list[Msg]]:
    """Why the action, and what to do, by action (a negative effect: look into it first)."""
    action = call.action
    if action == "no evidence":
        return [_msg("adv.no_evidence.why")], [_msg("adv.no_evidence.todo")]
    if call.negative:
        return [_msg("adv.negative.why", **words)], [_msg("adv.negative.todo")]
    if action == "invest":
        tactic = f"tactic.{call.driver}"
        todo = _msg(tactic) if tactic in text.CATALOG else _msg("tactic.other", **words)
        return [_msg("adv.invest.why", performance=call.performance, **words)], [todo]
    if action == "maintain":
        why = [_msg("adv.maintain.why", performance=call.performance, **words)]
        return why, [_msg("adv.maintain.todo")]
    return [_msg("adv.monitor.why", **words)], [_msg("adv.monitor.todo")]


def _ordered(out: pd.DataFrame) -> pd.DataFrame:
    """Measurement, sample, drivers, segments, prediction; within a kind, what to act on
    first comes first (invest before maintain ...), then by priority."""
    order = {"measurement": 0, "sample": 1, "driver": 2, "segment": 3, "prediction": 4}
    out["_k"] = out.kind.map(order)
    out["_a"] = out.action.map({a: k for k, a in enumerate(ACTION_ORDER)}).fillna(-1)
    out = out.sort_values(["_k", "_a", "priority"], ascending=[True, True, False], kind="stable")
    return out.drop(columns=["_k", "_a"]).reset_index(drop=True)


def advise(
    result: PLSResult,
    boot: BootstrapResult | None = None,
    target: str | None = None,
    prediction: tuple[pd.DataFrame, str] | None = None,
    segments: GroupComparison | None = None,
    scale: tuple[float, float] | None = None,
) -> pd.DataFrame:
    """Advice records, most important first (see the module docstring).

    ``scale``: the answer scale (the survey's), as for the Drivers and What-if
    pages; detected from the data by ``engine.base.scale.detect_scale`` when omitted.

    ``prediction``: (table, verdict) from engine.analytics.predict.pls_predict;
    ``segments``: a GroupComparison from engine.analytics.segments.compare_groups;
    ``scale``: the answer scale (detected from the data when not given).
    A driver's action is the one ``engine.analytics.drivers.classify`` gives its
    importance-performance point (the same the map shows).
    """
    records = _measurement(result)
    records += [_driver_record(result, c) for c in classify_drivers(result, boot, target, scale)]
    size = sample_size(result, boot)
    if size["minimum_n"] and size["n"] < size["minimum_n"]:
        records.append(_sample(size))
    if prediction is not None:
        records.append(_prediction(*prediction))
    if segments is not None:
        records += _segments(segments)
    out = _ordered(pd.DataFrame(records, columns=COLUMNS))
    out["text_en"] = out.finding_en + " " + out.why_en + " " + out.todo_en
    out["text_id"] = out.finding_id + " " + out.why_id + " " + out.todo_id
    return out
