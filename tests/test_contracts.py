"""Contract properties of estimate(): deterministic, pure, invariant where it must be."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, Settings, estimate
from engine.core.pls import Layout, htmt

from .synth import random_model, simulate

TABLES = [
    "paths",
    "outer",
    "r_squared",
    "reliability",
    "htmt",
    "fornell_larcker",
    "cross_loadings",
    "vif_outer",
    "vif_inner",
    "f_squared",
    "effects",
    "indirect_effects",
    "construct_correlations",
]


def numbers(result) -> dict[str, np.ndarray]:
    return {t: getattr(result, t).select_dtypes("number").to_numpy() for t in TABLES}


def assert_same(a, b, tol=1e-10) -> None:
    na, nb = numbers(a), numbers(b)
    for t in TABLES:
        np.testing.assert_allclose(na[t], nb[t], atol=tol, rtol=0, err_msg=t)


@pytest.fixture(scope="module", params=range(3))
def case(request):
    rng = np.random.default_rng(500 + request.param)
    spec = random_model(rng) if request.param else STUDY_MODEL
    data = simulate(spec, 180, rng, likert=True)
    data.insert(0, "respondent", np.arange(len(data)))
    return spec, data


def test_same_input_same_output(case) -> None:
    spec, data = case
    a, b = estimate(data, spec), estimate(data, spec)
    for t in TABLES:
        pd.testing.assert_frame_equal(getattr(a, t), getattr(b, t))


def test_input_frame_is_not_modified(case) -> None:
    spec, data = case
    before = data.copy(deep=True)
    estimate(data, spec, Settings(missing="mean", missing_code=1))
    pd.testing.assert_frame_equal(data, before)


def test_row_order_does_not_matter(case) -> None:
    spec, data = case
    shuffled = data.sample(frac=1.0, random_state=3)
    assert_same(estimate(data, spec), estimate(shuffled, spec))


def test_column_order_does_not_matter(case) -> None:
    spec, data = case
    assert_same(estimate(data, spec), estimate(data[data.columns[::-1]], spec))


def test_positive_linear_rescaling_does_not_matter(case) -> None:
    spec, data = case
    rng = np.random.default_rng(1)
    items = list(spec.items)
    scaled = data.copy()
    scaled[items] = data[items] * rng.uniform(0.5, 10, len(items)) + rng.uniform(-5, 5, len(items))
    assert_same(estimate(data, spec), estimate(scaled, spec), tol=1e-9)


def test_total_is_direct_plus_indirect(case) -> None:
    spec, data = case
    effects = estimate(data, spec).effects
    np.testing.assert_allclose(effects.total, effects.direct + effects.indirect, atol=1e-14)
    assert len(effects) >= len(spec.paths)


def test_indirect_effects_sum_to_total_indirect(case) -> None:
    spec, data = case
    result = estimate(data, spec)
    chains = result.indirect_effects.groupby(["source", "target"]).estimate.sum()
    for row in result.effects.itertuples():
        got = chains.get((row.source, row.target), 0.0)
        assert got == pytest.approx(row.indirect, abs=1e-12)


def test_htmt_is_symmetric(case) -> None:
    spec, data = case
    result = estimate(data, spec)
    full = htmt(result.corr[None], Layout.of(spec))[0]
    np.testing.assert_allclose(full, full.T, atol=1e-15, equal_nan=True)
    k = len(spec.names)
    assert len(result.htmt) == k * (k - 1) // 2


def test_results_are_immutable(case) -> None:
    spec, data = case
    result = estimate(data, spec)
    paths = result.paths
    paths.loc[0, "estimate"] = 99.0
    assert result.paths.loc[0, "estimate"] != 99.0
    with pytest.raises(TypeError):
        result.meta["n_obs"] = 0  # type: ignore[index]
    with pytest.raises(ValueError):
        result.data.values[0, 0] = 1.0


def test_fornell_larcker_diagonal_is_root_ave(case) -> None:
    spec, data = case
    result = estimate(data, spec)
    fl = result.fornell_larcker
    diag = fl[fl.construct_a == fl.construct_b].set_index("construct_a").value
    ave = result.reliability.set_index("construct").ave
    np.testing.assert_allclose(diag[ave.index], np.sqrt(ave), atol=1e-15)
