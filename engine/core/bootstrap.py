"""Bootstrap inference for every estimate, vectorized over resamples.

``bootstrap(result, n_boot=5000, seed=...)`` draws ``n_boot`` resamples of the
analysis sample with replacement, at its size, and re-estimates the model on
each. Nothing loops over resamples in Python: a batch of resamples is a batch
of item correlation matrices, formed at once from resample counts with one
matrix product (counts @ outer products of the rows), then run through the same
PLS code as a single estimation (:mod:`engine.core.pls`), members stopping at their
own convergence. So a batch gives exactly what one-at-a-time estimation gives.

Conventions:

- Resamples are drawn from the rows the estimation used. Under listwise
  deletion that is the complete responses (as SmartPLS, which bootstraps the
  smaller sample after case-wise deletion); under mean replacement, every row
  with at least one answer, the means being recomputed inside each resample.
- Reproducible: the indices come from ``numpy.random.default_rng(seed)``, drawn
  resample after resample, so the same seed gives identical draws whatever the
  batch size. Without a seed one is drawn from fresh entropy and stored.
- A resample fails when its estimation breaks down (a constant item in the
  resample, a singular matrix) or does not converge. Failures are counted
  (``n_failed``, split in ``n_singular`` and ``n_nonconverged``) and left out
  of the summaries; never dropped silently.
- Statistics: path coefficients, loadings, weights, R², HTMT, total effects and
  every specific indirect effect (each chain of paths); on request f² too,
  re-estimating the model without each path inside each resample (as the point
  estimate does), which costs one more PLS run per path.
- Summaries: bootstrap mean; standard error = standard deviation of the draws
  (ddof 1); t = estimate / SE; two-tailed p = 2 * P(T > |t|) with T Student's
  t with (valid resamples - 1) degrees of freedom, SmartPLS's convention
  (indistinguishable from the normal at 5000 resamples).
- Intervals are chosen when reporting, not when resampling (the draws are
  kept): percentile (default; R's type-7 quantiles, as seminr) or BCa
  (Efron 1987; bias correction from the share of draws below the estimate,
  acceleration from a jackknife over the respondents, computed once on demand).
- HTMT also gets one-sided tests against 0.85, 0.90 and 1 (Henseler et al.
  2015): the upper bound of the one-sided interval at the reporting level, and
  the share of draws at or above the threshold as a one-sided p.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from engine.base.errors import BootstrapCancelled, DriverLabError
from engine.base.thresholds import HTMT_TESTED
from engine.core.estimate import PLSResult
from engine.core.pls import Layout, derive, fit_weights, htmt
from engine.core.spec import ModelSpec, reachable
from engine.core.tables import chain_name, records

CI_METHODS = ("percentile", "bca")
#: The usual number of resamples: the study's, and the app's (more adds little precision).
N_BOOT = 5000
#: Rows per matrix product when forming resample correlations (see Moments.correlations).
CHUNK = 32
INFERENCE_FIELDS = ["kind", "name", "estimate", "boot_mean", "se", "t", "p", "ci_lower", "ci_upper"]


# --------------------------------------------------------------------------
# Correlation matrices of many resamples at once
# --------------------------------------------------------------------------
class Moments:
    """Forms item correlation matrices of weighted resamples (weights = counts).

    With counts c (B, n) over the rows, the resample's cross-products are
    c @ (x_i x_i'), taken over the upper triangle only. Rows are z-scored first
    so the sums stay well conditioned. Missing cells (mean replacement) add
    three more products so that each resample fills its holes with its own means.
    """

    def __init__(self, raw: np.ndarray) -> None:
        n, p = raw.shape
        self.n, self.p = n, p
        self.iu = np.triu_indices(p)
        observed = ~np.isnan(raw)
        self.has_missing = not observed.all()
        with np.errstate(invalid="ignore"):
            mean = np.nanmean(raw, axis=0)
            sd = np.nanstd(raw, axis=0, ddof=1)
        sd = np.where(sd > 0, sd, 1.0)
        z = np.where(observed, (raw - mean) / sd, 0.0)
        i, j = self.iu
        self.z = z
        self.zz = z[:, i] * z[:, j]  # (n, q)
        if self.has_missing:
            u = (~observed).astype(float)
            self.obs = observed.astype(float)
            self.zu_ij = z[:, i] * u[:, j]
            self.zu_ji = z[:, j] * u[:, i]
            self.uu = u[:, i] * u[:, j]

    def correlations(self, counts: np.ndarray) -> np.ndarray:
        """(B, p, p) correlation matrices for the resamples given by ``counts`` (B, n).

        The matrix products run in chunks of exactly CHUNK rows (the last one
        padded), so each resample's sums are computed the same way, bit for bit,
        whatever the batch size.
        """
        b = counts.shape[0]
        padded = -(-b // CHUNK) * CHUNK
        if padded != b:
            counts = np.vstack([counts, np.zeros((padded - b, counts.shape[1]))])
        out = np.empty((padded, self.p, self.p))
        for start in range(0, padded, CHUNK):
            out[start : start + CHUNK] = self._chunk(counts[start : start + CHUNK])
        return out[:b]

    def _chunk(self, counts: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):  # padding rows are all zero
            return self._chunk_unguarded(counts)

    def _chunk_unguarded(self, counts: np.ndarray) -> np.ndarray:
        total = counts.sum(axis=1)
        i, j = self.iu
        sums = counts @ self.z
        if self.has_missing:
            answered = counts @ self.obs
            with np.errstate(invalid="ignore", divide="ignore"):
                mean = sums / answered  # resample mean of the answered cells
            m2 = (
                counts @ self.zz
                + (counts @ self.zu_ij) * mean[:, j]
                + (counts @ self.zu_ji) * mean[:, i]
                + (counts @ self.uu) * mean[:, i] * mean[:, j]
            )
        else:
            mean = sums / total[:, None]
            m2 = counts @ self.zz
        cov_u = (m2 - total[:, None] * mean[:, i] * mean[:, j]) / (total - 1)[:, None]
        s = np.empty((counts.shape[0], self.p, self.p))
        s[:, i, j] = cov_u
        s[:, j, i] = cov_u
        diag = np.diagonal(s, axis1=1, axis2=2)
        with np.errstate(invalid="ignore", divide="ignore"):
            root = np.sqrt(diag)
            s /= root[:, :, None] * root[:, None, :]
        return s


def counts_from_indices(indices: np.ndarray, n: int) -> np.ndarray:
    """Resample counts (B, n) from row indices (B, n)."""
    b = indices.shape[0]
    flat = (indices + n * np.arange(b)[:, None]).ravel()
    return np.bincount(flat, minlength=b * n).reshape(b, n).astype(float)


# --------------------------------------------------------------------------
# The statistics of one batch
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Plan:
    """What to compute per resample, fixed from the original estimate."""

    catalog: pd.DataFrame  # kind, name, estimate (one row per statistic)
    layout: Layout
    scheme: str
    max_iter: int
    tol: float
    path_idx: tuple[np.ndarray, np.ndarray]
    endo: np.ndarray
    htmt_idx: tuple[np.ndarray, np.ndarray]
    effect_idx: tuple[np.ndarray, np.ndarray]
    chains: tuple[tuple[int, ...], ...]
    reduced: tuple  # per path: (layout, item index, target index) or None
    with_f2: bool


def _plan(result: PLSResult, with_f2: bool) -> _Plan:
    spec, layout = result.spec, result.layout
    pos = {n: k for k, n in enumerate(layout.names)}
    pairs = reachable(layout.adjacency, layout.names, spec.causal_order)
    chains = spec.indirect_chains()
    hi, hj = np.triu_indices(len(layout.names), 1)
    catalog = pd.DataFrame(
        _catalog_rows(spec, layout, with_f2, pairs, chains), columns=["kind", "name"]
    )
    plan = _Plan(
        catalog=catalog,
        layout=layout,
        scheme=result.settings.scheme,
        max_iter=result.settings.max_iter,
        tol=result.settings.tol,
        path_idx=(
            np.array([pos[s] for s, _ in spec.paths]),
            np.array([pos[t] for _, t in spec.paths]),
        ),
        endo=np.array(layout.endogenous),
        htmt_idx=(hi, hj),
        effect_idx=(
            np.array([a for a, _ in pairs], dtype=int),
            np.array([b for _, b in pairs], dtype=int),
        ),
        chains=tuple(tuple(pos[n] for n in c) for c in chains),
        reduced=_reduced_models(spec) if with_f2 else (),
        with_f2=with_f2,
    )
    estimate = _statistics(result.corr[None], plan)[0][0]
    catalog["estimate"] = estimate
    return plan


def _catalog_rows(
    spec: ModelSpec,
    layout: Layout,
    with_f2: bool,
    pairs: list[tuple[int, int]],
    chains: tuple[tuple[str, ...], ...],
) -> list[tuple[str, str]]:
    """(kind, name) of every statistic, in the order ``_statistics`` computes them."""
    names, items, block = layout.names, layout.items, layout.block
    rows = [("path", f"{s} -> {t}") for s, t in spec.paths]
    rows += [("loading", f"{items[i]} <- {names[block[i]]}") for i in range(len(items))]
    rows += [("weight", f"{items[i]} -> {names[block[i]]}") for i in range(len(items))]
    rows += [("r2", names[k]) for k in layout.endogenous]
    hi, hj = np.triu_indices(len(names), 1)
    rows += [("htmt", f"{names[a]} <-> {names[b]}") for a, b in zip(hi, hj, strict=True)]
    if with_f2:
        rows += [("f_squared", f"{s} -> {t}") for s, t in spec.paths]
    rows += [("total_effect", f"{names[a]} -> {names[b]}") for a, b in pairs]
    rows += [("indirect_effect", chain_name(c)) for c in chains]
    return rows


def _reduced_models(spec: ModelSpec) -> tuple[tuple[Layout, np.ndarray, int] | None, ...]:
    """Per path, the model without it (its layout, item index, target index) for f²;
    None where the target keeps no driver."""
    item_pos = {it: q for q, it in enumerate(spec.items)}
    reduced: list[tuple[Layout, np.ndarray, int] | None] = []
    for s, t in spec.paths:
        sub = spec.without_path(s, t)
        if sub is None or not sub.antecedents(t):
            reduced.append(None)
            continue
        idx = np.array([item_pos[it] for it in sub.items])
        reduced.append((Layout.of(sub), idx, sub.names.index(t)))
    return tuple(reduced)


def _statistics(s: np.ndarray, plan: _Plan) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Statistics (B, m) for correlation matrices s (B, p, p); plus failed, non-converged masks."""
    lay = plan.layout
    fit = fit_weights(s, lay, plan.scheme, plan.max_iter, plan.tol)
    failed = fit.failed.copy()
    nonconv = ~fit.converged & ~failed
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        est = derive(s, fit.weights, lay)
        src, tgt = plan.path_idx
        paths = est.paths[:, src, tgt]
        r2_all = est.r2
        parts = [paths, est.loadings, est.weights, r2_all[:, plan.endo]]
        h = htmt(s, lay)
        parts.append(h[:, plan.htmt_idx[0], plan.htmt_idx[1]])
        if plan.with_f2:
            f2 = np.empty((s.shape[0], len(plan.reduced)))
            for q, red in enumerate(plan.reduced):
                r2_in = r2_all[:, tgt[q]]
                if red is None:
                    r2_out: float | np.ndarray = 0.0
                else:
                    sub_layout, idx, target = red
                    sub_s = s[:, idx[:, None], idx[None, :]]
                    sub_fit = fit_weights(sub_s, sub_layout, plan.scheme, plan.max_iter, plan.tol)
                    failed |= sub_fit.failed
                    nonconv |= ~sub_fit.converged & ~sub_fit.failed
                    r2_out = derive(sub_s, sub_fit.weights, sub_layout).r2[:, target]
                f2[:, q] = (r2_in - r2_out) / (1.0 - r2_in)
            parts.append(f2)
        ea, eb = plan.effect_idx
        parts.append(est.total[:, ea, eb])
        chain_values = np.ones((s.shape[0], len(plan.chains)))
        for c, chain in enumerate(plan.chains):
            for a, b in itertools.pairwise(chain):
                chain_values[:, c] *= est.paths[:, a, b]
        parts.append(chain_values)
        out = np.concatenate(parts, axis=1)
    failed |= ~np.isfinite(out).all(axis=1)
    return out, failed, nonconv & ~failed


# --------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------
def percentile_interval(draws: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    alpha = 1 - level
    lower, upper = np.quantile(draws, [alpha / 2, 1 - alpha / 2], axis=0)
    return lower, upper


def bca_interval(
    draws: np.ndarray, estimate: np.ndarray, jack: np.ndarray, level: float
) -> tuple[np.ndarray, np.ndarray]:
    """Bias-corrected and accelerated interval (Efron 1987; Efron & Tibshirani 1993, 14.3).

    draws (B, m) bootstrap values, estimate (m,), jack (n, m) leave-one-out values.
    """
    # the normal distribution's functions themselves: scipy.special loads in a third of
    # the time of scipy.stats (whose norm.ppf/cdf call these), on every first page
    from scipy.special import ndtr, ndtri

    b = draws.shape[0]
    below = (draws < estimate).sum(axis=0) + 0.5 * (draws == estimate).sum(axis=0)
    share = np.clip(below / b, 1.0 / (b + 1), b / (b + 1.0))
    z0 = ndtri(share)
    dev = np.nanmean(jack, axis=0) - jack
    num = np.nansum(dev**3, axis=0)
    den = 6.0 * np.nansum(dev**2, axis=0) ** 1.5
    with np.errstate(invalid="ignore", divide="ignore"):
        accel = np.where(den > 0, num / den, 0.0)
    alpha = 1 - level
    bounds = []
    for z_alpha in (ndtri(alpha / 2), ndtri(1 - alpha / 2)):
        adj = ndtr(z0 + (z0 + z_alpha) / (1 - accel * (z0 + z_alpha)))
        bounds.append(adj)
    lower = np.array([np.quantile(draws[:, k], bounds[0][k]) for k in range(draws.shape[1])])
    upper = np.array([np.quantile(draws[:, k], bounds[1][k]) for k in range(draws.shape[1])])
    return lower, upper


@dataclass(frozen=True, eq=False)
class BootstrapResult:
    """Every resample's statistics, kept, and their summaries on demand."""

    result: PLSResult = field(repr=False)
    plan: _Plan = field(repr=False)
    draws_all: np.ndarray = field(repr=False)  # (n_boot, m); failed rows included
    failed: np.ndarray = field(repr=False)  # (n_boot,) bool, singular or NaN
    nonconverged: np.ndarray = field(repr=False)  # (n_boot,) bool
    seed: int | None
    n_boot: int
    indices_injected: bool = False

    @property
    def valid(self) -> np.ndarray:
        return ~(self.failed | self.nonconverged)

    @property
    def n_failed(self) -> int:
        return int((~self.valid).sum())

    @property
    def n_valid(self) -> int:
        return int(self.valid.sum())

    @property
    def catalog(self) -> pd.DataFrame:
        """kind, name, estimate: one row per statistic, in the column order of the draws."""
        return self.plan.catalog.copy(deep=False)

    def draws(self, kind: str | None = None) -> pd.DataFrame:
        """The valid resamples' values (rows) of each statistic (columns named kind:name)."""
        cat = self.plan.catalog
        cols = np.ones(len(cat), dtype=bool) if kind is None else (cat.kind == kind).to_numpy()
        labels = (cat.kind + ":" + cat.name)[cols]
        return pd.DataFrame(self.draws_all[self.valid][:, cols], columns=list(labels))

    @functools.cached_property
    def _jackknife(self) -> np.ndarray:
        """Leave-one-out statistics (n, m), for the BCa acceleration."""
        data = self.result.data
        moments = Moments(data.raw)
        n = moments.n
        out = np.empty((n, len(self.plan.catalog)))
        for start in range(0, n, 500):
            stop = min(n, start + 500)
            counts = np.ones((stop - start, n))
            counts[np.arange(stop - start), np.arange(start, stop)] = 0.0
            values, failed, nonconv = _statistics(moments.correlations(counts), self.plan)
            values[failed | nonconv] = np.nan
            out[start:stop] = values
        return out

    @functools.cached_property
    def _summaries(self) -> dict[tuple[str, float], pd.DataFrame]:
        """inference() tables computed so far, by (ci, level): the draws never change."""
        return {}

    def inference(self, ci: str = "percentile", level: float = 0.95) -> pd.DataFrame:
        """kind, name, estimate, boot_mean, se, t, p, ci_lower, ci_upper for every statistic.

        Computed once per interval method and level (a page switch asks again; the
        quantiles of 5000 draws per statistic are the cost); each call gets a copy.
        """
        key = (ci, level)
        if key not in self._summaries:
            self._summaries[key] = self._inference(ci, level)
        return self._summaries[key].copy()

    def _inference(self, ci: str, level: float) -> pd.DataFrame:
        if ci not in CI_METHODS:
            raise DriverLabError.coded("boot_ci_method", ci=ci)
        if not 0 < level < 1:
            raise DriverLabError.coded("boot_level", level=0.95)
        cat = self.plan.catalog
        estimate = cat.estimate.to_numpy()
        out = cat[["kind", "name", "estimate"]].copy()
        n_valid = self.n_valid
        if n_valid < 2:
            for col in INFERENCE_FIELDS[3:]:
                out[col] = np.nan
            return out
        draws = self.draws_all[self.valid]
        se = draws.std(axis=0, ddof=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            t = estimate / se
        out["boot_mean"] = draws.mean(axis=0)
        out["se"] = se
        out["t"] = t
        # Student's t upper tail, sf(|t|) = stdtr(df, -|t|): scipy.stats.t.sf calls this same
        # function; scipy.special loads in a third of the time (Home waits for it)
        from scipy.special import stdtr

        out["p"] = 2.0 * stdtr(n_valid - 1, -np.abs(t))
        if ci == "bca":
            lower, upper = bca_interval(draws, estimate, self._jackknife, level)
        else:
            lower, upper = percentile_interval(draws, level)
        out["ci_lower"] = lower
        out["ci_upper"] = upper
        return out

    def htmt_tests(self, level: float = 0.95) -> pd.DataFrame:
        """One-sided tests that each HTMT lies below 0.85, 0.90 and 1."""
        cat = self.plan.catalog
        cols = np.flatnonzero((cat.kind == "htmt").to_numpy())
        draws = self.draws_all[self.valid][:, cols]
        rows = []
        for q, c in enumerate(cols):
            a, b = cat.name.iloc[c].split(" <-> ")
            upper = float(np.quantile(draws[:, q], level)) if len(draws) else np.nan
            for threshold in HTMT_TESTED:
                share = float((draws[:, q] >= threshold).mean()) if len(draws) else np.nan
                rows.append(
                    (a, b, float(cat.estimate.iloc[c]), threshold, upper, share, upper < threshold)
                )
        return pd.DataFrame(
            rows,
            columns=[
                "construct_a",
                "construct_b",
                "estimate",
                "threshold",
                "ci_upper",
                "p",
                "below",
            ],
        )

    def meta_dict(self, ci: str = "percentile", level: float = 0.95) -> dict[str, Any]:
        return {
            "n_boot": self.n_boot,
            "n_failed": self.n_failed,
            "n_singular": int(self.failed.sum()),
            "n_nonconverged": int(self.nonconverged.sum()),
            "seed": self.seed,
            "ci_method": ci,
            "ci_level": level,
        }

    def to_dict(self, ci: str = "percentile", level: float = 0.95) -> dict[str, Any]:
        """The command line's ``inference`` records (and ``htmt_tests``)."""
        return {
            "inference": records(self.inference(ci, level)[INFERENCE_FIELDS]),
            "htmt_tests": records(self.htmt_tests(level)),
        }


def default_batch_size(p: int) -> int:
    """Resamples per batch: about 2 MB of correlation matrices, so a batch stays in cache."""
    return int(max(64, min(2000, 2e6 / (8.0 * p * p))))


def bootstrap(
    result: PLSResult,
    n_boot: int = N_BOOT,
    *,
    seed: int | None = None,
    batch_size: int | None = None,
    indices: np.ndarray | None = None,
    f_squared: bool = False,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BootstrapResult:
    """Bootstrap ``result``'s model: see the module docstring.

    ``indices`` (n_boot x n row positions, 0-based, into the rows the estimation
    used) replaces the random draws, for comparisons with other software.
    ``f_squared=True`` adds f² draws; each re-estimates the model without one
    path, so it multiplies the cost by about (paths + 1).
    ``progress`` is called with the fraction done after each batch; ``cancel``
    is polled before each batch and stops the run with BootstrapCancelled.
    """
    n = result.data.raw.shape[0]
    if indices is not None:
        indices = np.asarray(indices, dtype=np.int64)
        if indices.ndim != 2 or indices.shape[1] != n or indices.min() < 0 or indices.max() >= n:
            raise DriverLabError.coded("boot_indices", n=n, last=n - 1)
        n_boot = indices.shape[0]
    if not isinstance(n_boot, int | np.integer) or n_boot < 2:
        raise DriverLabError.coded("boot_too_few")
    from engine.core.budget import check_result_bootstrap

    check_result_bootstrap(result, int(n_boot), f_squared)  # refused before any work (issue 14)
    used_seed = seed
    if indices is None and used_seed is None:
        used_seed = int(np.random.SeedSequence().generate_state(1)[0])
    rng = np.random.default_rng(used_seed)
    injected = indices

    def draw(start: int, stop: int) -> np.ndarray:
        """Row positions of resamples start..stop: injected, else drawn with replacement."""
        if injected is not None:
            return injected[start:stop]
        return rng.integers(0, n, (stop - start, n))

    plan = _plan(result, f_squared)
    draws, failed, nonconv = _run_batches(
        result.data.raw, plan, int(n_boot), draw, batch_size, progress, cancel
    )
    return BootstrapResult(
        result=result,
        plan=plan,
        draws_all=draws,
        failed=failed,
        nonconverged=nonconv,
        seed=used_seed,
        n_boot=int(n_boot),
        indices_injected=indices is not None,
    )


def _run_batches(
    raw: np.ndarray,
    plan: _Plan,
    n_boot: int,
    draw: Callable[[int, int], np.ndarray],
    batch_size: int | None,
    progress: Callable[[float], None] | None,
    cancel: Callable[[], bool] | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every resample's statistics, batch by batch: (draws, failed, non-converged)."""
    moments = Moments(raw)
    n = raw.shape[0]
    batch = batch_size or default_batch_size(moments.p)
    draws = np.empty((n_boot, len(plan.catalog)))
    failed = np.zeros(n_boot, dtype=bool)
    nonconv = np.zeros(n_boot, dtype=bool)
    for start in range(0, n_boot, batch):
        if cancel is not None and cancel():
            raise BootstrapCancelled.coded("boot_cancelled")
        stop = min(n_boot, start + batch)
        s = moments.correlations(counts_from_indices(draw(start, stop), n))
        draws[start:stop], failed[start:stop], nonconv[start:stop] = _statistics(s, plan)
        if progress is not None:
            progress(stop / n_boot)
    draws.setflags(write=False)
    return draws, failed, nonconv
