"""All three inner schemes against a plain row-by-row implementation (tests/naive.py)."""

from __future__ import annotations

import numpy as np
import pytest

from engine import Settings, estimate

from .naive import naive_pls
from .synth import random_model, simulate


@pytest.mark.parametrize("scheme", ["path", "factorial", "centroid"])
@pytest.mark.parametrize("seed", range(5))
def test_scheme_matches_plain_implementation(scheme: str, seed: int) -> None:
    rng = np.random.default_rng(4000 + seed)
    spec = random_model(rng)
    data = simulate(spec, 200, rng, likert=True)
    result = estimate(data, spec, Settings(scheme=scheme))
    assert result.converged
    coefs, weights = naive_pls(data, spec, scheme)
    for row in result.paths.itertuples():
        assert row.estimate == pytest.approx(coefs[(row.source, row.target)], abs=1e-6)
    for row in result.outer.itertuples():
        assert row.weight == pytest.approx(weights[(row.construct, row.indicator)], abs=1e-6)


def test_centroid_differs_from_path_weighting(mobi) -> None:
    """The scheme is really used: on mobi the three schemes give different weights."""
    from .conftest import case_spec, reference_cases

    spec = case_spec(reference_cases()[0])
    got = {
        s: estimate(mobi, spec, Settings(scheme=s)).outer.weight.to_numpy()
        for s in ("path", "factorial", "centroid")
    }
    assert np.abs(got["path"] - got["centroid"]).max() > 1e-5
    assert np.abs(got["factorial"] - got["centroid"]).max() > 1e-5
