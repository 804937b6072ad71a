"""Decision analytics: IPMA by hand, what-if against the model's own equations, advice rules."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, ModelSpec, composite, estimate
from engine.analytics.advice import MEASUREMENT_CODES, advise
from engine.analytics.drivers import Simulator, drivers, ipma, rescaled_model, sample_size
from engine.core.bootstrap import bootstrap

from .conftest import ROOT
from .synth import random_model, simulate

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")


@pytest.fixture(scope="module")
def fitted():
    result = estimate(CLEAN, STUDY_MODEL)
    return result, bootstrap(result, 1000, seed=3)


def test_ipma_by_hand_on_small_data() -> None:
    data = pd.DataFrame(
        {
            "a1": [1, 2, 3, 4, 5, 3, 4, 2],
            "a2": [2, 2, 3, 5, 4, 3, 5, 1],
            "b1": [1, 3, 3, 4, 5, 2, 5, 2],
            "b2": [2, 2, 4, 4, 5, 3, 4, 1],
        }
    )
    spec = ModelSpec((composite("A", ["a1", "a2"]), composite("B", ["b1", "b2"])), (("A", "B"),))
    result = estimate(data, spec)
    w = result.outer.set_index("indicator").weight
    # by hand: unstandardized weights, rescaled to sum to 1, on answers rescaled to 0-100
    x = (data - 1) / 4 * 100
    u = {i: w[i] / data[i].std(ddof=1) for i in data}
    ra = {i: u[i] / (u["a1"] + u["a2"]) for i in ("a1", "a2")}
    rb = {i: u[i] / (u["b1"] + u["b2"]) for i in ("b1", "b2")}
    score_a = ra["a1"] * x.a1 + ra["a2"] * x.a2
    score_b = rb["b1"] * x.b1 + rb["b2"] * x.b2
    slope = np.cov(score_a, score_b, ddof=1)[0, 1] / score_a.var(ddof=1)
    table = ipma(result, "B", scale=(1, 5)).set_index(["level", "name"])
    assert table.loc[("construct", "A"), "importance"] == pytest.approx(slope, abs=1e-12)
    assert table.loc[("construct", "A"), "performance"] == pytest.approx(score_a.mean(), abs=1e-12)
    assert table.loc[("item", "a2"), "importance"] == pytest.approx(ra["a2"] * slope, abs=1e-12)
    assert table.loc[("item", "a2"), "performance"] == pytest.approx(x.a2.mean(), abs=1e-12)
    assert set(table.quadrant) <= {"fix_first", "keep_up", "low_priority", "overkill"}


def test_what_if_follows_the_models_own_equations(fitted) -> None:
    result, boot = fitted
    model = rescaled_model(result, (1, 5))
    s = pd.DataFrame(model.scores, columns=result.layout.names)
    design = np.column_stack([np.ones(len(s)), s[["INT", "INF", "PSN"]]])
    b_cle = np.linalg.lstsq(design, s.CLE, rcond=None)[0]
    b_vcc = np.linalg.lstsq(np.column_stack([np.ones(len(s)), s.CLE]), s.VCC, rcond=None)[0]
    sim = Simulator(result, boot, scale=(1, 5))
    out = sim.what_if({"PSN": 1.0}).table.set_index("target")
    assert out.change["CLE"] == pytest.approx(b_cle[3], abs=1e-10)  # one point x total effect
    assert out.change["VCC"] == pytest.approx(b_cle[3] * b_vcc[1], abs=1e-10)
    half = sim.what_if({"PSN": 0.5, "INT": 0.5}).table.set_index("target")
    assert half.change["CLE"] == pytest.approx(0.5 * (b_cle[3] + b_cle[1]), abs=1e-10)
    assert half.new["CLE"] == pytest.approx(half.current["CLE"] + half.change["CLE"])
    assert half.band_lower["CLE"] < half.change["CLE"] < half.band_upper["CLE"]
    current = 1 + model.scores.mean(axis=0) * 4 / 100
    assert out.current["CLE"] == pytest.approx(current[3])
    # The band: percentiles of the bootstrap total effects, rescaled to answer points.
    draws = boot.draws("total_effect")
    label = next(c for c in draws.columns if c.endswith("PSN -> VCC"))
    per_point = draws[label] * s.VCC.std() / s.PSN.std()
    lo, hi = np.quantile(per_point, [0.025, 0.975])
    assert out.band_lower["VCC"] == pytest.approx(lo, abs=1e-12)
    assert out.band_upper["VCC"] == pytest.approx(hi, abs=1e-12)
    # The slider's fast path gives the same numbers as the table.
    fast = {p.target: p for p in sim.predict({"PSN": 0.5, "INT": 0.5})}
    for target in ("CLE", "VCC"):
        assert fast[target].new == half.new[target]
        assert fast[target].band_upper == half.band_upper[target]


def test_goal_seek_reaches_the_goal_or_says_how_far(fitted) -> None:
    result, boot = fitted
    sim = Simulator(result, boot, scale=(1, 5))
    goal = 4.2
    plan, short = sim.goal_seek("CLE", goal)
    assert short == 0
    moves = dict(zip(plan.driver, plan.move, strict=True))
    reached = sim.what_if(moves).table.set_index("target").new["CLE"]
    assert reached == pytest.approx(goal, abs=1e-9)
    assert plan.driver.iloc[0] == "PSN"  # largest effect per point
    cheap, _ = sim.goal_seek("CLE", goal, effort={"PSN": 10.0, "INT": 1.0, "INF": 1.0})
    assert cheap.driver.iloc[0] != "PSN"
    _, short = sim.goal_seek("CLE", 5.5)
    assert short > 0


def test_drivers_ranked_with_intervals_and_mediation(fitted) -> None:
    result, boot = fitted
    table = drivers(result, boot)
    cle = table[table.target == "CLE"]
    assert list(cle.driver) == list(cle.sort_values("total_effect", ascending=False).driver)
    assert list(cle["rank"]) == [1, 2, 3]
    vcc = table[table.target == "VCC"].set_index("driver")
    assert vcc.indirect_share["PSN"] == pytest.approx(1.0)
    assert vcc.indirect_share["CLE"] == pytest.approx(0.0)
    assert (table.ci_lower < table.total_effect).all()


def test_sample_size_inverse_square_root() -> None:
    from scipy.stats import norm

    result = estimate(CLEAN, STUDY_MODEL)
    size = sample_size(result)
    beta = result.paths.estimate.abs()
    beta = beta[beta >= 0.1].min()  # every path counts, significant or not, above the floor
    two_tailed = norm.ppf(0.975) + norm.ppf(0.80)  # 2.802: the app's p-values are two-tailed
    assert size["minimum_n"] == int(np.ceil((two_tailed / beta) ** 2))
    assert size["verdict"] == "enough"
    # Kock & Hadaya's (2018) constant 2.486 is the one-tailed 5 % test
    one = sample_size(result, two_tailed=False)
    assert one["power_constant"] == pytest.approx(2.486, abs=5e-4)
    assert one["minimum_n"] == int(np.ceil((one["power_constant"] / beta) ** 2))
    small = estimate(CLEAN.head(60), STUDY_MODEL)
    verdict = sample_size(small)["verdict"]
    assert verdict.startswith("collect about") or verdict == "enough"


def test_advice_properties_over_random_results() -> None:
    """Never 'invest' without support; measurement warnings whenever a threshold fails."""
    rng = np.random.default_rng(77)
    seen_actions: set[str] = set()
    for k in range(12):
        spec = STUDY_MODEL if k % 2 else random_model(rng, allow_mode_b=False)
        data = simulate(spec, int(rng.integers(40, 200)), rng, likert=True)
        if k % 3 == 0:  # a broken item now and then
            item = spec.items[int(rng.integers(len(spec.items)))]
            data[item] = rng.integers(1, 6, len(data))
        result = estimate(data, spec)
        boot = bootstrap(result, 200, seed=k)
        advice = advise(result, boot)
        drv = drivers(result, boot).set_index(["driver", "target"])
        for row in advice[advice.kind == "driver"].itertuples():
            source, target = row.subject.split(" -> ")
            d = drv.loc[(source, target)]
            if row.action == "invest":
                assert d.ci_lower > 0, row.subject
            if d.ci_lower <= 0 <= d.ci_upper:
                assert row.action == "no evidence"
            seen_actions.add(row.action)
        failing = result.notes.code.isin(MEASUREMENT_CODES).any()
        measurement = advice[advice.kind == "measurement"]
        assert advice.iloc[0].kind == "measurement"
        if failing:
            assert (measurement.severity == "warning").all() and len(measurement) >= 1
        else:
            assert measurement.iloc[0].finding_en.startswith("Your measurement looks sound")
        assert advice.text_id.str.len().gt(0).all()
    assert "no evidence" in seen_actions and "invest" in seen_actions


def test_measurement_todo_names_topics_in_words() -> None:
    """Home's first screen showed "Baca pertanyaan PSN berdampingan" to an owner: the to-do
    of a measurement record names the topic ("personalisasi"), the pair and the driver in
    words; the finding keeps the methods pages' codes."""
    data = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
    rng = np.random.default_rng(5)
    for c in [c for c in data.columns if c.startswith("PSN")]:
        data[c] = rng.integers(1, 6, len(data))  # answers that agree with nothing
    for k in range(1, 5):  # informativeness asked as interactivity: one topic twice
        nudge = rng.integers(-1, 2, len(data)) * (rng.random(len(data)) < 0.2)
        data[f"INF0{k}"] = np.clip(data[f"INT0{k}"] + nudge, 1, 5)
    advice = advise(estimate(data, STUDY_MODEL))
    todo = advice[advice.kind == "measurement"].set_index("subject").todo_id
    assert todo["PSN"].iloc[0].startswith("Baca pertanyaan personalisasi berdampingan")
    assert (
        "pertanyaan tentang interaktivitas dan pertanyaan tentang informativitas"
        in (todo["INT <-> INF"])
    )
    for said in todo:
        assert not re.search(r"\b(INT|INF|PSN|CLE|VCC)\b", said.split('"')[0]), said


def test_advice_sources_are_citations_in_no_language() -> None:
    """The workbook's "Sumber" column is the same in both languages: authors and years
    (and IPMA), no English words ("Kock & Hadaya (2018), inverse square root method"
    stood in the Indonesian workbook)."""
    data = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv").head(90)
    advice = advise(estimate(data, STUDY_MODEL))
    assert "collect more" in set(advice.action)
    for reference in advice.reference:
        assert not re.findall(r"\b[a-z]{3,}\b", reference.replace("et al.", "")), reference
