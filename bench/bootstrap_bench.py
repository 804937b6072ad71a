"""Bootstrap speed and memory, next to seminr's bootstrap_model measured in the same run.

    python bench/bootstrap_bench.py            # everything (seminr's 5000 resamples take ~1 min)
    python bench/bootstrap_bench.py --quick    # seminr on 500 resamples, scaled by 10

Prints medians of repeated runs. The default statistics are paths, loadings,
weights, R², HTMT, total and specific indirect effects (a superset of what
seminr's bootstrap_model keeps); "with f2" also re-estimates the model without
each path in every resample.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import numpy as np
from common import ROOT, median_time, study_shaped_data

from engine import STUDY_MODEL, Construct, ModelSpec, estimate
from engine.core.bootstrap import Moments, bootstrap, counts_from_indices


def naive_formation(values: np.ndarray, n_boot: int, seed: int = 1) -> None:
    """The plain way: gather each resample's rows, then its correlation matrix."""
    rng = np.random.default_rng(seed)
    n = values.shape[0]
    for start in range(0, n_boot, 500):
        idx = rng.integers(0, n, (min(500, n_boot - start), n))
        x = values[idx]  # (b, n, p)
        x = x - x.mean(axis=1, keepdims=True)
        cov = (x.transpose(0, 2, 1) @ x) / (n - 1)
        sd = np.sqrt(np.diagonal(cov, axis1=1, axis2=2))
        _ = cov / (sd[:, :, None] * sd[:, None, :])


def our_formation(moments: Moments, n: int, n_boot: int, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    for start in range(0, n_boot, 500):
        idx = rng.integers(0, n, (min(500, n_boot - start), n))
        moments.correlations(counts_from_indices(idx, n))


def large_model() -> ModelSpec:
    constructs = tuple(Construct(f"K{j}", tuple(f"K{j}_{i}" for i in range(4))) for j in range(10))
    paths = [(f"K{j}", f"K{j + 3}") for j in range(7)] + [(f"K{j}", f"K{j + 1}") for j in range(9)]
    return ModelSpec(constructs, tuple(sorted(set(paths))))


def peak_memory_mb(n_boot: int) -> tuple[float, float]:
    """Peak traced allocation of one bootstrap, and the whole process's max RSS, in MB."""
    code = (
        "import sys; sys.path.insert(0, 'bench'); import tracemalloc, resource;"
        "from common import study_shaped_data; from engine import estimate;"
        "from engine.core.bootstrap import bootstrap;"
        "r = estimate(study_shaped_data()); tracemalloc.start();"
        f"bootstrap(r, {n_boot}, seed=1);"
        "peak = tracemalloc.get_traced_memory()[1]; tracemalloc.stop();"
        "print(peak / 2**20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    traced, rss = out.stdout.split()
    return float(traced), float(rss)


def main() -> None:
    import seminr

    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--repeats", type=int, default=3, help="runs of seminr (median)")
    args = parser.parse_args()
    load = os.getloadavg()[0]  # the machine is shared: say how busy it was

    data = study_shaped_data()
    result = estimate(data, STUDY_MODEL)
    values = result.data.values
    moments = Moments(result.data.raw)
    n = values.shape[0]
    b = 5000

    core = median_time(lambda: bootstrap(result, b, seed=1), repeats=7)
    full = median_time(lambda: bootstrap(result, b, seed=1, f_squared=True), repeats=5)
    naive = median_time(lambda: naive_formation(values, b), repeats=5)
    ours = median_time(lambda: our_formation(moments, n, b), repeats=7)

    mm = seminr.constructs(
        *[seminr.composite(c.name, list(c.indicators)) for c in STUDY_MODEL.constructs]
    )
    sm = seminr.relationships(*[seminr.paths(from_=s, to=t) for s, t in STUDY_MODEL.paths])
    model = seminr.estimate_pls(data, mm, sm, missing=seminr.na_omit)
    seminr_n = 500 if args.quick else b
    # a median of three runs like ours: one run of the peer timed under load inflated it 3x
    # (60.6 s in an old README; 21 s on a quiet machine)
    theirs = median_time(
        lambda: seminr.bootstrap_model(model, seminr_n, seed=1), repeats=args.repeats, warmup=0
    ) * (b / seminr_n)

    print(f"study model, n = {n}, 22 items, {b} resamples (medians, one process)")
    print(f"  (load average before the run: {load:.1f} on {os.cpu_count()} cores)")
    print(f"  seminr 0.2.1 bootstrap_model{' (500, x10)' if args.quick else ''}: {theirs:8.2f} s")
    print(f"  ours, default statistics:       {core:8.3f} s   {theirs / core:6.0f}x faster")
    print(f"  ours, with f2 (re-estimations): {full:8.3f} s   {theirs / full:6.0f}x faster")
    print(
        f"  forming {b} correlation matrices, plain gather: {naive:6.3f} s"
        f"   ours (counts @ outer products): {ours:6.3f} s"
    )
    print(
        f"  bootstrap / plain formation: {core / naive:4.2f}x   "
        f"bootstrap / our formation: {core / ours:4.2f}x"
    )
    traced, rss = peak_memory_mb(b)
    print(
        f"  peak memory: {traced:.0f} MB traced in the bootstrap, "
        f"{rss:.0f} MB max RSS of the process"
    )

    big = large_model()
    rng = np.random.default_rng(5)
    sys.path.insert(0, str(ROOT / "tests"))
    from synth import simulate

    print("\nlarger model: 10 constructs, 40 items, 16 paths (default statistics)")
    for n_big in (250, 500, 1000, 2000):
        big_data = simulate(big, n_big, rng, likert=True)
        big_result = estimate(big_data, big)
        row = []
        for n_boot in (1000, 5000, 10000):
            t = median_time(
                lambda r=big_result, b=n_boot: bootstrap(r, b, seed=1), repeats=3, warmup=0
            )
            row.append(f"{n_boot:5d}: {t:5.2f} s")
        print(f"  n = {n_big:5d}   " + "   ".join(row))
        if n_big == 1000:
            t = median_time(
                lambda r=big_result: bootstrap(r, 5000, seed=1, f_squared=True), repeats=1, warmup=0
            )
            f2_line = f"  n =  1000, 5000 resamples with f2 (16 more PLS runs each): {t:5.2f} s"
    print(f2_line)


if __name__ == "__main__":
    main()
