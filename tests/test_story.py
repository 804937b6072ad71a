"""One story (issue 13): the importance-performance quadrant and the advice action never
disagree, and Home, Drivers and Advice name the same top lever and first steps —
over many random result sets, with the quadrant and the effect in answer points
re-derived here from their definitions (Ringle & Sarstedt 2016), not from the engine."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, estimate
from engine.analytics.advice import advise
from engine.analytics.drivers import classify, drivers, ipma
from engine.analytics.story import effects, first_steps, focus_outcome, levers, story
from engine.core.bootstrap import bootstrap

from .conftest import ROOT
from .synth import random_model, simulate

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")


def ipma_by_hand(result, target: str, scale=(1.0, 5.0)) -> pd.DataFrame:
    """Importance (points of the target per point of the driver) and performance (0-100),
    from the IPMA's definition: 0-100 items, unstandardized weights normalized per
    construct, the standardized total effect rescaled by the scores' standard deviations."""
    layout = result.layout
    values = np.asarray(result.data.values, dtype=float)
    lo, hi = scale
    x100 = (values - lo) / (hi - lo) * 100
    unstd = result.estimates.weights[0] / values.std(axis=0, ddof=1)
    scores = {}
    for name, block in zip(layout.names, layout.slices, strict=True):
        w = unstd[block] / unstd[block].sum()
        scores[name] = x100[:, block] @ w
    total = result.effects.set_index(["source", "target"]).total
    rows = []
    for (source, tgt), value in total.items():
        if tgt != target or value == 0:
            continue
        ratio = scores[target].std(ddof=1) / scores[source].std(ddof=1)
        rows.append((source, value * ratio, scores[source].mean()))
    return pd.DataFrame(rows, columns=["name", "importance", "performance"]).set_index("name")


def random_results(count: int):
    rng = np.random.default_rng(1313)
    for k in range(count):
        spec = STUDY_MODEL if k % 3 == 0 else random_model(rng, allow_mode_b=False)
        data = simulate(spec, int(rng.integers(50, 220)), rng, likert=True)
        for c in spec.constructs:  # some topics rated high, some low
            shift = int(rng.integers(-1, 2))
            for item in c.indicators:
                data[item] = np.clip(data[item] + shift, 1, 5)
        if rng.random() < 0.3:  # now and then a topic unrelated to the rest
            c = spec.constructs[int(rng.integers(len(spec.constructs)))]
            for item in c.indicators:
                data[item] = rng.integers(1, 6, len(data))
        try:
            result = estimate(data, spec)
        except Exception:  # a degenerate draw (e.g. a constant item): not a result set
            continue
        if (result.estimates.weights[0] <= 0).any():
            continue  # the IPMA needs positive weights (Ringle & Sarstedt 2016)
        yield result, bootstrap(result, 200, seed=k)


@pytest.fixture(scope="module")
def results():
    sets = list(random_results(50))
    assert len(sets) >= 25
    return sets


def test_quadrant_and_action_never_disagree(results) -> None:
    seen = set()
    for result, boot in results:
        ci = drivers(result, boot).set_index(["driver", "target"])
        imp = ipma(result, scale=(1.0, 5.0), boot=boot)
        advice = advise(result, boot, scale=(1.0, 5.0))
        for tgt in imp.target.unique():
            mine = ipma_by_hand(result, tgt)
            points = imp[(imp.target == tgt) & (imp.level == "construct")].set_index("name")
            assert np.allclose(points.importance, mine.importance[points.index], atol=1e-8)
            assert np.allclose(points.performance, mine.performance[points.index], atol=1e-8)
            imp_mean, perf_mean = mine.importance.mean(), mine.performance.mean()
            for name, point in points.iterrows():
                high = mine.importance[name] >= imp_mean
                rated = mine.performance[name] >= perf_mean
                quadrant = {
                    (True, False): "fix_first",
                    (True, True): "keep_up",
                    (False, False): "low_priority",
                    (False, True): "overkill",
                }[(bool(high), bool(rated))]
                assert point.quadrant == quadrant, (name, tgt)
                row = ci.loc[(name, tgt)]
                supported = row.ci_lower > 0 or row.ci_upper < 0
                records = advice[(advice.kind == "driver") & (advice.subject == f"{name} -> {tgt}")]
                assert len(records) == 1
                action = records.action.iloc[0]
                assert action == point.action  # the map and the advice: one classification
                seen.add(action)
                # what the quadrant says and what the advice says never contradict
                if action == "invest":
                    assert quadrant == "fix_first" and supported and row.total_effect > 0
                if quadrant in ("overkill", "low_priority", "keep_up"):
                    assert action != "invest"
                if not supported:
                    assert action == "no evidence"
                if supported and row.total_effect > 0:
                    expected = {
                        "fix_first": "invest",
                        "keep_up": "maintain",
                        "overkill": "maintain",
                        "low_priority": "monitor",
                    }[quadrant]
                    assert action == expected
    assert {"invest", "maintain", "monitor", "no evidence"} <= seen, seen


def test_home_drivers_and_advice_tell_the_same_story(results) -> None:
    for result, boot in results:
        s = story(result, boot, scale=(1.0, 5.0))
        layout = result.layout
        # the focus outcome: the one with the most direct antecedents nothing points to
        exogenous = [n for k, n in enumerate(layout.names) if k not in layout.endogenous]
        counts = {
            layout.names[t]: sum(layout.names[a] in exogenous for a in layout.antecedents[t])
            for t in layout.endogenous
        }
        assert counts[s.target] == max(counts.values())
        mine = ipma_by_hand(result, s.target)
        own = mine[mine.index.isin(exogenous)]
        assert set(s.levers.driver) == set(own.index) == set(levers(result)) & set(mine.index)
        if len(own):
            strongest = own.importance.abs().idxmax()
            # Home's top lever = the largest effect in answer points, re-derived here
            assert s.top == strongest
            assert np.isclose(s.levers.effect.iloc[0], own.importance[strongest])
            # Drivers ranks the same outcome the same way
            ranked = effects(result, boot, s.target, scale=(1.0, 5.0))
            assert ranked[ranked.lever].driver.iloc[0] == s.top
            assert list(ranked.effect.abs()) == sorted(ranked.effect.abs(), reverse=True)
            top = s.levers.iloc[0]
            if np.isfinite(top.lower):
                assert top.lower <= top.effect <= top.upper
        # Advice's first steps are Home's
        advice = advise(result, boot, scale=(1.0, 5.0))
        assert s.first == first_steps(advice, s.target)
        assert 1 <= len(s.first) <= 2
        for i in s.first:
            row = advice.loc[i]
            assert row.action != "invest" or row.subject.endswith(f" -> {s.target}")


def test_classify_by_the_rule() -> None:
    assert classify(0.5, 40, 0.3, 60, True) == ("fix_first", "invest")
    assert classify(0.5, 70, 0.3, 60, True) == ("keep_up", "maintain")
    assert classify(0.1, 70, 0.3, 60, True) == ("overkill", "maintain")
    assert classify(0.1, 40, 0.3, 60, True) == ("low_priority", "monitor")
    assert classify(0.5, 40, 0.3, 60, False) == ("fix_first", "no evidence")
    assert classify(-0.5, 40, 0.3, 60, True) == ("low_priority", "monitor")


def test_the_sample_story() -> None:
    """The study's sample: personalization is the lever most strongly linked to
    engagement (CLE), and the first thing to do is to prioritise it."""
    result = estimate(CLEAN, STUDY_MODEL)
    boot = bootstrap(result, 1000, seed=3)
    s = story(result, boot, scale=(1.0, 5.0))
    assert focus_outcome(result) == s.target == "CLE"
    assert s.top == "PSN" and list(s.levers.driver) == ["PSN", "INT", "INF"]
    first = s.advice.loc[s.first[0]]
    assert (first.action, first.subject) == ("invest", "PSN -> CLE")
    assert s.measurement_sound and s.enough_responses
    assert list(s.mechanism.driver) == ["CLE"] and list(s.mechanism.outcome) == ["VCC"]
