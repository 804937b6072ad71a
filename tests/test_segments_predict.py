"""Segments (permutation and bootstrap MGA, MICOM) and PLSpredict."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from engine import STUDY_MODEL, DataError, ModelSpec, composite, estimate
from engine.analytics.predict import pls_predict
from engine.analytics.segments import compare_groups, minimum_group_size

from .conftest import ROOT
from .synth import simulate

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
SIMPLE = ModelSpec(
    (composite("X", ["x1", "x2", "x3"]), composite("Y", ["y1", "y2", "y3"])), (("X", "Y"),)
)


def two_groups(rng, beta_a: float, beta_b: float, n: int = 120) -> pd.DataFrame:
    frames = []
    for label, beta in (("a", beta_a), ("b", beta_b)):
        x = rng.standard_normal(n)
        y = beta * x + np.sqrt(1 - beta**2) * rng.standard_normal(n)
        cols = {f"x{i}": 0.8 * x + 0.6 * rng.standard_normal(n) for i in (1, 2, 3)}
        cols.update({f"y{i}": 0.8 * y + 0.6 * rng.standard_normal(n) for i in (1, 2, 3)})
        frames.append(pd.DataFrame(cols).assign(group=label))
    return pd.concat(frames, ignore_index=True)


def test_group_estimates_equal_separate_estimation() -> None:
    out = compare_groups(CLEAN, "gender", n_perm=200, n_boot=200)
    for group in ("Male", "Female"):
        alone = estimate(CLEAN[CLEAN.gender == group], STUDY_MODEL)
        got = out.groups[out.groups.group == group].estimate.to_numpy()
        np.testing.assert_allclose(got, alone.paths.estimate, atol=1e-12)
    assert set(out.differences.columns) == {
        "path",
        "group_a",
        "group_b",
        "difference",
        "p_permutation",
        "p_bootstrap",
        "micom_ok",
        "p_bootstrap_one_sided",
    }
    assert out.micom.ok.all()


def test_small_groups_are_refused_with_the_minimum_stated() -> None:
    out = compare_groups(CLEAN, "platform", n_perm=100, n_boot=100)
    assert out.refused.to_dict("records") == [{"group": "Lazada", "n": 18, "minimum": 30}]
    assert "Lazada" not in set(out.groups.group)
    with pytest.raises(DataError, match="at least 30 respondents"):
        compare_groups(CLEAN[CLEAN.platform.isin(["Lazada", "Shopee"])], "platform")
    assert minimum_group_size(STUDY_MODEL) == 30
    with pytest.raises(DataError, match="no column called"):
        compare_groups(CLEAN, "nope")


def test_permutation_p_values_are_uniform_under_one_population() -> None:
    rng = np.random.default_rng(5)
    ps = []
    for _ in range(60):
        data = two_groups(rng, 0.4, 0.4, n=60)
        out = compare_groups(
            data, "group", SIMPLE, n_perm=199, n_boot=100, seed=int(rng.integers(1e6))
        )
        ps.append(out.differences.p_permutation.iloc[0])
    assert stats.kstest(ps, "uniform").pvalue > 0.01
    assert np.mean(np.array(ps) < 0.05) <= 0.15


def test_permutation_and_bootstrap_detect_a_real_difference() -> None:
    rng = np.random.default_rng(6)
    data = two_groups(rng, 0.7, 0.1, n=150)
    out = compare_groups(data, "group", SIMPLE, n_perm=500, n_boot=500)
    row = out.differences.iloc[0]
    assert row.difference > 0.3
    assert row.p_permutation < 0.01
    # Henseler's reflected draws: group b's bootstrap distribution is skewed (a weak path),
    # which costs the bootstrap test some power against the permutation test
    assert row.p_bootstrap < 0.05
    assert row.p_bootstrap == pytest.approx(2 * row.p_bootstrap_one_sided)


def test_pls_predict_equals_a_direct_k_fold_computation() -> None:
    rng = np.random.default_rng(8)
    data = simulate(STUDY_MODEL, 150, rng, likert=True)
    result = estimate(data, STUDY_MODEL)
    folds = np.array([rng.permutation(np.arange(150) % 5)])
    table, verdict = pls_predict(result, folds=folds)
    items = list(STUDY_MODEL.items)
    vcc = [i for i in items if i.startswith("VCC")]
    exo_items = [i for i in items if i[:3] in ("INT", "INF", "PSN")]
    sq_pls = np.zeros(len(vcc))
    sq_lm = np.zeros(len(vcc))
    sq_naive = np.zeros(len(vcc))
    for f in range(5):
        train, test = data[folds[0] != f], data[folds[0] == f]
        fit = estimate(train.reset_index(drop=True), STUDY_MODEL)
        w = fit.outer.set_index("indicator").weight
        lam = fit.outer.set_index("indicator").loading
        mean, sd = train[items].mean(), train[items].std(ddof=1)
        z = (test[items] - mean) / sd
        score = {
            c: z[list(STUDY_MODEL.construct(c).indicators)]
            @ w[list(STUDY_MODEL.construct(c).indicators)]
            for c in ("INT", "INF", "PSN")
        }
        cle = sum(fit.path(c, "CLE") * score[c] for c in ("INT", "INF", "PSN"))
        vcc_score = fit.path("CLE", "VCC") * cle
        pred = np.column_stack([vcc_score * lam[i] * sd[i] + mean[i] for i in vcc])
        sq_pls += ((test[vcc].to_numpy() - pred) ** 2).sum(axis=0)
        design = np.column_stack([np.ones(len(train)), train[exo_items]])
        coef = np.linalg.lstsq(design, train[vcc], rcond=None)[0]
        lm = np.column_stack([np.ones(len(test)), test[exo_items]]) @ coef
        sq_lm += ((test[vcc].to_numpy() - lm) ** 2).sum(axis=0)
        sq_naive += ((test[vcc] - train[vcc].mean()) ** 2).sum(axis=0).to_numpy()
    np.testing.assert_allclose(table.rmse_pls, np.sqrt(sq_pls / 150), atol=1e-10)
    np.testing.assert_allclose(table.rmse_lm, np.sqrt(sq_lm / 150), atol=1e-10)
    np.testing.assert_allclose(table.q2_predict, 1 - sq_pls / sq_naive, atol=1e-10)
    assert list(table.indicator) == vcc
    assert verdict.endswith("predictive power") or verdict.startswith("no predictive")


def test_pls_predict_on_the_sample() -> None:
    table, verdict = pls_predict(estimate(CLEAN, STUDY_MODEL), k=10, repetitions=3)
    assert (table.q2_predict > 0).all()
    assert verdict in {
        "high predictive power",
        "medium predictive power",
        "low predictive power",
        "lacks predictive power",
    }


def test_advice_names_segment_differences_and_prediction() -> None:
    from engine.analytics.advice import advise

    rng = np.random.default_rng(6)
    data = two_groups(rng, 0.7, 0.1, n=150)
    result = estimate(data, SIMPLE)
    comparison = compare_groups(data, "group", SIMPLE, n_perm=300, n_boot=300)
    prediction = pls_predict(result, k=5, repetitions=2)
    advice = advise(result, None, prediction=prediction, segments=comparison)
    segment = advice[advice.kind == "segment"].iloc[0]
    assert "stronger for a" in segment.finding_en and segment.finding_id
    assert "permutation p" not in segment.finding_en  # the test's figures are its source
    # the path as an owner reads it, with the model's names ("X → Y"), not "X -> Y"
    source, target = segment.subject.split(": ")[0].split(" -> ")
    assert f"The link {source} → {target} is clearly stronger" in segment.finding_en
    assert f"Hubungan {source} → {target} jelas lebih kuat" in segment.finding_id
    assert (advice.kind == "prediction").sum() == 1
    # without a bootstrap no driver is supported, so nothing says 'invest'
    assert set(advice[advice.kind == "driver"].action) == {"no evidence"}
