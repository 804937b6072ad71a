"""Bounded models and bounded work (issue 14, findings 2, 3 and 8's engine side).

Counts are checked against formulas re-derived here (a complete recursive model on
k constructs has one chain per ordered subset of 3 or more constructs), never against
the engine's own listing.
"""

from __future__ import annotations

import itertools
import math
import time

import numpy as np
import pytest

from engine import Construct, ModelSpec, Settings, estimate
from engine.base.errors import DriverLabError, LimitError, ModelError
from engine.core.bootstrap import bootstrap
from engine.core.budget import MAX_BOOT, check_bootstrap
from engine.core.spec import MAX_CONSTRUCTS, MAX_INDIRECT, MAX_ITEMS, MAX_NAME, MAX_PATHS

from .synth import simulate


def complete(k: int, items: int = 1) -> ModelSpec:
    """Every construct points at every later one: the exponential model of the issue."""
    cs = [Construct(f"C{j}", tuple(f"C{j}_{i}" for i in range(items))) for j in range(k)]
    return ModelSpec(
        tuple(cs), tuple((f"C{a}", f"C{b}") for a, b in itertools.combinations(range(k), 2))
    )


def chain(k: int, items: int = 1) -> ModelSpec:
    cs = [Construct(f"C{j}", tuple(f"C{j}_{i}" for i in range(items))) for j in range(k)]
    return ModelSpec(tuple(cs), tuple((f"C{j}", f"C{j + 1}") for j in range(k - 1)))


def naive_chains(spec: ModelSpec) -> list[tuple[str, ...]]:
    """Every chain of two or more paths, by brute force over ordered construct subsets."""
    edges = set(spec.paths)
    out = []
    for r in range(3, len(spec.names) + 1):
        for combo in itertools.permutations(spec.names, r):
            if all(p in edges for p in itertools.pairwise(combo)):
                out.append(combo)
    return out


@pytest.mark.parametrize("k", [3, 5, 7])
def test_small_models_list_every_chain(k) -> None:
    for spec in (complete(k), chain(k)):
        listed = spec.indirect_chains()
        assert sorted(listed) == sorted(naive_chains(spec))
        assert spec.count_indirect_chains() == len(naive_chains(spec))


def test_the_exponential_model_is_counted_not_listed() -> None:
    k = 20  # 190 paths, within MAX_PATHS
    start = time.perf_counter()
    spec = complete(k)
    # chains with >= 2 paths = ordered subsets of >= 3 constructs
    expected = sum(math.comb(k, r) for r in range(3, k + 1))
    assert spec.count_indirect_chains() == expected == 2**k - 1 - k - math.comb(k, 2)
    listed = spec.indirect_chains()
    assert len(listed) == MAX_INDIRECT and len(set(listed)) == MAX_INDIRECT
    assert all(len(c) == 3 for c in listed)  # the shortest first (C(20, 3) = 1140 of them)
    assert all(p in set(spec.paths) for c in listed for p in itertools.pairwise(c))
    assert time.perf_counter() - start < 1.0  # counted and listed (was 36 s and 2.1 GB)
    data = simulate(spec, 300, np.random.default_rng(3))
    start = time.perf_counter()
    result = estimate(data, spec, Settings())
    assert time.perf_counter() - start < 10.0  # 0.3-0.5 s unloaded
    assert len(result.indirect_effects) == MAX_INDIRECT
    note = result.notes[result.notes.code == "INDIRECT_CAPPED"]
    assert len(note) == 1 and f"{expected:,}" in note.message.iloc[0]
    assert note.params.iloc[0]["n_chains"] == expected
    boot = bootstrap(result, 20, seed=1)
    assert (boot.catalog.kind == "indirect_effect").sum() == MAX_INDIRECT


def test_the_issues_models_are_refused_within_a_second() -> None:
    start = time.perf_counter()
    with pytest.raises(ModelError, match="over the limit"):
        complete(22)  # 231 paths: 154 s and 7.8 GB before
    with pytest.raises(ModelError, match="over the limit"):
        chain(200)  # the hour-long bootstrap
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "build, what",
    [
        (lambda: chain(MAX_CONSTRUCTS + 1), "constructs"),
        (lambda: chain(10, MAX_ITEMS // 10 + 1), "items"),
        (lambda: complete(21), "paths"),  # 210 > 200
    ],
)
def test_model_size_limits(build, what) -> None:
    with pytest.raises(ModelError, match=f"{what}, over the limit") as info:
        build()
    message_id = info.value.text("id")[0]
    assert "melebihi batas" in message_id
    assert {"constructs": "konstruk", "items": "butir", "paths": "jalur"}[what] in message_id
    assert MAX_PATHS == 200


def test_long_names_are_refused_and_quoted_short() -> None:
    name = "X" * (MAX_NAME + 1)
    with pytest.raises(ModelError) as info:
        ModelSpec((Construct(name, ("a",)), Construct("B", ("b",))), ((name, "B"),))
    assert len(info.value.sentence()) < 250


def test_bootstrap_work_is_estimated_before_it_starts() -> None:
    spec = chain(25, 12)  # 300 items, the most a model may have
    data = simulate(spec, 2000, np.random.default_rng(1))
    result = estimate(data, spec, Settings())
    start = time.perf_counter()
    with pytest.raises(LimitError, match="minutes") as info:
        bootstrap(result, 5000, seed=1)
    assert time.perf_counter() - start < 1.0
    assert "menit" in info.value.text("id")[0]
    with pytest.raises(LimitError, match="over the limit"):
        check_bootstrap(225, 22, 5, 5, 3, 10**9)
    with pytest.raises(LimitError):
        check_bootstrap(225, 22, 5, 5, 3, MAX_BOOT + 1)
    # the study's own request (5000 resamples, 50,000 responses) is within budget
    check_bootstrap(50_000, 22, 5, 4, 3, 5000)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_iter": 10**9},
        {"max_iter": 0},
        {"max_iter": 3.5},
        {"max_iter": True},
        {"tol": 1e-300},
        {"tol": 0.0},
        {"tol": float("nan")},
        {"tol": "1e-7"},
        {"missing_code": "abc"},
        {"missing_code": {"a": 1}},
        {"missing_code": [1, 2]},
        {"missing_code": float("inf")},
        {"missing_code": float("nan")},
    ],
)
def test_settings_are_bounded(kwargs) -> None:
    with pytest.raises(DriverLabError) as info:
        Settings(**kwargs)
    english, indonesian = info.value.text("en"), info.value.text("id")
    assert english[0] and indonesian[0] and english[0] != indonesian[0]  # said in both


def test_usual_settings_still_work() -> None:
    Settings(max_iter=1000, tol=1e-12, missing_code=-99)
    Settings(max_iter=1, tol=1e-2, missing_code=-99.5)
