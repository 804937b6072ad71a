"""The Segments page's one sentence (engine.analytics.segments.answer): which paths differ
between groups, for whom they are stronger, and when nothing can be said.

The rule is re-derived here from the comparison's own columns (a difference holds when
its permutation p is below 0.05 and MICOM step 2 is met for the pair; the group it is
stronger for has the larger coefficient in the per-group table), never from the
function under test.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from engine import STUDY_MODEL
from engine.analytics.segments import (
    DIFFERENCE_COLUMNS,
    GroupComparison,
    answer,
    compare_groups,
    held,
)
from engine.base import text

from .synth import simulate

#: Two populations of the study model whose paths differ (tests/synth.py draws them from
#: the seed): INF -> CLE weighs 0.25 beside 0.25 and 0.46 (seed 23) and 0.48 beside 0.23
#: and 0.33 (seed 37); every path positive in both, so "stronger" is the larger effect.
TIKTOK, SHOPEE = 23, 37


def _groups(params_a: int, params_b: int, seed: int, n=(200, 160)) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frames = [
        simulate(STUDY_MODEL, size, rng, likert=True, params_rng=np.random.default_rng(p)).assign(
            platform=label
        )
        for p, size, label in ((params_a, n[0], "Tiktok"), (params_b, n[1], "Shopee"))
    ]
    return pd.concat(frames, ignore_index=True)


def _said(comparison: GroupComparison) -> tuple[str, str]:
    msg = answer(comparison, "platform")
    return text.render(msg, "en"), text.render(msg, "id")


def _holds(comparison: GroupComparison) -> list[tuple[str, str, str, str]]:
    """(source, target, stronger group, weaker group) of every difference that holds."""
    estimates = comparison.groups.set_index(["group", "source", "target"]).estimate
    out = []
    for row in comparison.differences.itertuples(index=False):
        if row.p_permutation < 0.05 and bool(row.micom_ok):
            source, target = row.path.split(" -> ")
            a, b = estimates[row.group_a, source, target], estimates[row.group_b, source, target]
            pair = (row.group_a, row.group_b) if a > b else (row.group_b, row.group_a)
            out.append((source, target, *pair))
    return out


def _phrase(source: str, target: str, stronger: str, weaker: str, lang: str) -> str:
    label = {"Tiktok": "TikTok", "Shopee": "Shopee"}
    s, t = text.lever(source, lang), text.lever(target, lang)
    if lang == "en":
        return f"{s} matters more to {t} for {label[stronger]} viewers than for {label[weaker]}"
    return f"{s} lebih penting bagi {t} pada penonton {label[stronger]} daripada pada penonton"


def test_a_path_that_differs_is_named_with_the_group_it_is_stronger_for() -> None:
    """Shopee's population weighs informativeness more: the sentence names that path and
    Shopee, and no other path (each path that holds by the rule is named, none else)."""
    comparison = compare_groups(_groups(TIKTOK, SHOPEE, seed=4), "platform", n_perm=200, n_boot=200)
    holds = _holds(comparison)
    assert ("INF", "CLE", "Shopee", "Tiktok") in holds  # the population's difference found
    en, id_ = _said(comparison)
    assert en.startswith("TikTok and Shopee viewers (200 and 160 responses) differ clearly")
    assert id_.startswith("Penonton TikTok dan Shopee (200 dan 160 responden) jelas berbeda")
    for source, target in STUDY_MODEL.paths:
        named = [h for h in holds if h[:2] == (source, target)]
        for lang, sentence in (("en", en), ("id", id_)):
            if named:
                assert _phrase(*named[0], lang) in sentence
            else:  # a path that does not hold is not named with either group first
                for first, second in (("Tiktok", "Shopee"), ("Shopee", "Tiktok")):
                    assert _phrase(source, target, first, second, lang) not in sentence
    assert "Otherwise the same advice serves both." in en
    assert "Selebihnya, saran yang sama berlaku untuk keduanya." in id_
    assert held(comparison).shape[0] == len(holds)


def test_groups_of_one_population_get_the_same_advice() -> None:
    """One population in both groups: no difference holds by the rule, and the sentence says
    the same advice serves both, naming no path."""
    comparison = compare_groups(_groups(TIKTOK, TIKTOK, seed=4), "platform", n_perm=200, n_boot=200)
    assert _holds(comparison) == []
    assert comparison.micom.ok.all()
    en, id_ = _said(comparison)
    assert en == (
        "TikTok and Shopee viewers (200 and 160 responses) do not differ clearly in what "
        "moves them: the same advice serves both."
    )
    assert id_ == (
        "Penonton TikTok dan Shopee (200 dan 160 responden) tidak berbeda secara jelas dalam "
        "hal yang menggerakkan mereka: saran yang sama berlaku untuk keduanya."
    )


def _comparison(differences: list[tuple], micom_fails: dict, refused=()) -> GroupComparison:
    """A comparison of Tiktok (90), Shopee (60) and Instagram (40) built by hand."""
    sizes = {"Tiktok": 90, "Shopee": 60, "Instagram": 40}
    groups = pd.DataFrame(
        [(g, n, "INF", "CLE", 0.3) for g, n in sizes.items()],
        columns=["group", "n", "source", "target", "estimate"],
    )
    pairs = [("Tiktok", "Shopee"), ("Tiktok", "Instagram"), ("Shopee", "Instagram")]
    micom = pd.DataFrame(
        [
            (a, b, c, 0.9, 0.95, c not in micom_fails.get((a, b), ()))
            for a, b in pairs
            for c in "AB"
        ],
        columns=["group_a", "group_b", "construct", "c", "c_quantile_5", "ok"],
    )
    ok = micom.groupby(["group_a", "group_b"]).ok.all()
    diff = pd.DataFrame(
        [(path, a, b, d, p, 0.5, bool(ok[a, b]), 0.5) for path, a, b, d, p in differences],
        columns=DIFFERENCE_COLUMNS,  # the comparison's own layout
    )
    refused_frame = pd.DataFrame(
        [(g, n, 30) for g, n in refused], columns=["group", "n", "minimum"]
    )
    return GroupComparison(groups, diff, micom, refused_frame)


def test_a_pair_not_scored_alike_is_not_read_and_is_said() -> None:
    """Tiktok with Shopee fails MICOM step 2: its p = 0.01 is not read as a difference, the
    pair is named as not comparable; Shopee with Instagram holds with a negative difference
    (Instagram's path larger); the group too small to compare is named with its size."""
    comparison = _comparison(
        [
            ("INF -> CLE", "Tiktok", "Shopee", 0.3, 0.01),
            ("INF -> CLE", "Tiktok", "Instagram", 0.1, 0.40),
            ("INF -> CLE", "Shopee", "Instagram", -0.25, 0.02),
        ],
        {("Tiktok", "Shopee"): ("B",)},
        refused=[("Lazada", 18)],
    )
    en, id_ = _said(comparison)
    assert en == (
        "TikTok, Shopee and Instagram viewers (90, 60 and 40 responses) differ clearly here: "
        "informativeness matters more to engagement for Instagram viewers than for Shopee "
        "viewers. Otherwise the same advice serves all of them. TikTok with Shopee cannot be "
        "compared fairly: their scores for B are not made the same way (MICOM step 2). Too "
        "few responses to compare (at least 30 each): Lazada (18)."
    )
    assert "TikTok dengan Shopee tidak dapat dibandingkan secara adil" in id_
    assert "(minimal 30 per kelompok): Lazada (18)." in id_


def test_when_no_pair_is_scored_alike_no_advice_is_split() -> None:
    """Two groups whose only pair fails MICOM step 2: no "same advice serves both" (nothing
    is known), and no path named even with p < 0.05."""
    comparison = _comparison([("INF -> CLE", "Tiktok", "Shopee", 0.3, 0.01)], {})
    two = GroupComparison(
        comparison.groups[comparison.groups.group != "Instagram"],
        comparison.differences,
        comparison.micom[comparison.micom.group_b == "Shopee"].assign(ok=[True, False]),
        comparison.refused,
    )
    en, id_ = _said(two)
    assert en.startswith(
        "TikTok and Shopee viewers (90 and 60 responses) cannot be compared fairly: their "
        "scores for B are not made the same way (MICOM step 2)"
    )
    assert "same advice" not in en and "matters more" not in en
    assert "tidak dapat dibandingkan secara adil" in id_ and "lebih penting" not in id_
