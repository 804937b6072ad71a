"""``estimate``: a PLS-SEM model fitted to survey data, with every table a reviewer expects.

The result is immutable: its tables are tidy DataFrames at full precision,
with stable snake_case columns, handed out as copies so that changing one
never changes the result. Notes (plain-language findings judged against the
rules of thumb in :mod:`engine.base.thresholds`) come back as a table too.

Definitions (as seminr and SmartPLS compute them):

- Cronbach's alpha on the items' correlations: k/(k-1) * (1 - k / sum(R)).
- rho_C = (sum l)^2 / ((sum l)^2 + sum(1 - l^2)); AVE = mean(l^2).
- rho_A (Dijkstra & Henseler 2015) from the outer weights and item correlations.
- A single-item construct has alpha = rho_C = rho_A = AVE = 1.
- HTMT from absolute item correlations (Henseler et al. 2015).
- Outer VIF: each item on the other items of its block. Inner VIF: each
  predictor on the other predictors of the same target (1 when there is one).
- f² = (R²_included - R²_excluded) / (1 - R²_included), re-estimating the model
  without the path; a target left without predictors has R²_excluded = 0.
- Adjusted R² = 1 - (1 - R²)(n - 1)/(n - k - 1), k predictors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from engine.base.errors import EstimationError
from engine.base.settings import Settings
from engine.base.version import __version__
from engine.core.data import PreparedData, prepare
from engine.core.linalg import correlation, standardize
from engine.core.pls import SINGULAR_BLOCK, Estimates, Layout, derive, fit_weights, htmt
from engine.core.spec import ModelSpec


def _table(name: str, doc: str) -> property:
    def getter(self: PLSResult) -> pd.DataFrame:
        return self._tables[name].copy(deep=False)

    getter.__doc__ = doc
    return property(getter)


@dataclass(frozen=True, eq=False)
class PLSResult:
    """An estimated model. Tables are tidy DataFrames; ``meta`` describes the run."""

    spec: ModelSpec
    settings: Settings
    data: PreparedData = field(repr=False)
    corr: np.ndarray = field(repr=False)  # item correlations used
    layout: Layout = field(repr=False)
    estimates: Estimates = field(repr=False)  # batch of one
    _tables: dict = field(repr=False)
    _meta: dict = field(default_factory=dict)

    @property
    def meta(self) -> MappingProxyType:
        """n_obs, n_dropped, iterations, converged, scheme, engine_version and the settings."""
        return MappingProxyType(self._meta)

    paths = _table("paths", "source, target, estimate: the path coefficients.")
    outer = _table("outer", "construct, indicator, weight, loading.")
    r_squared = _table("r_squared", "construct, r2, r2_adj for each endogenous construct.")
    reliability = _table("reliability", "construct, alpha, rho_c, rho_a, ave.")
    htmt = _table("htmt", "construct_a, construct_b, value for each pair (a before b).")
    fornell_larcker = _table(
        "fornell_larcker",
        "construct_a, construct_b, value: lower triangle; the diagonal is sqrt(AVE).",
    )
    construct_correlations = _table(
        "construct_correlations", "construct_a, construct_b, value (every ordered pair)."
    )
    cross_loadings = _table("cross_loadings", "indicator, construct, value.")
    vif_outer = _table("vif_outer", "construct, indicator, vif.")
    vif_inner = _table("vif_inner", "source, target, vif.")
    f_squared = _table("f_squared", "source, target, value.")
    effects = _table("effects", "source, target, direct, indirect, total.")
    indirect_effects = _table(
        "indirect_effects", "chain (e.g. 'INT -> CLE -> VCC'), source, target, estimate."
    )
    scores = _table("scores", "Construct scores (standardized), one row per respondent used.")
    notes = _table("notes", "code, severity, subject, message: findings in plain words.")

    @property
    def converged(self) -> bool:
        return bool(self.meta["converged"])

    def path(self, source: str, target: str) -> float:
        """One path coefficient."""
        i, j = self.layout.names.index(source), self.layout.names.index(target)
        return float(self.estimates.paths[0, i, j])

    def to_dict(self) -> dict[str, Any]:
        """The command-line JSON contract: each table as a list of records, plus meta."""
        from engine.core.tables import result_to_dict

        return result_to_dict(self)


def _refit_r2(corr: np.ndarray, spec: ModelSpec, settings: Settings, target: str) -> float:
    """R² of ``target`` in ``spec`` (a reduced model), re-estimated on the same data."""
    if not spec.antecedents(target):
        return 0.0
    est, _ = fit_on_corr(corr, spec, settings)
    return float(est.r2[0, spec.names.index(target)])


def submatrix(corr: np.ndarray, full: ModelSpec, sub: ModelSpec) -> np.ndarray:
    pos = {item: k for k, item in enumerate(full.items)}
    idx = np.array([pos[i] for i in sub.items])
    return corr[..., idx[:, None], idx[None, :]]


def collinear_mode_b_items(corr: np.ndarray, spec: ModelSpec) -> list[tuple[str, tuple[str, ...]]]:
    """(construct, items) for every mode-B block whose items are exactly collinear.

    The items named are those that take part in a linear dependence: the
    non-negligible entries of the block correlation matrix's (near-)null vectors.
    """
    layout = Layout.of(spec)
    out = []
    for k in np.flatnonzero(layout.mode_b):
        sl = layout.slices[k]
        if layout.sizes[k] < 2:
            continue
        values, vectors = np.linalg.eigh(corr[sl, sl])
        null = values < SINGULAR_BLOCK * values[-1]  # as pls.singular_mode_b
        if not null.any():
            continue
        involved = (np.abs(vectors[:, null]) > 1e-4).any(axis=1)
        out.append((layout.names[k], tuple(np.asarray(layout.items[sl])[involved])))
    return out


def _refuse_singular_mode_b(corr: np.ndarray, spec: ModelSpec) -> None:
    found = collinear_mode_b_items(corr, spec)
    if not found:
        return
    name, items = found[0]
    raise EstimationError.coded("mode_b_collinear", name=name, items=list(items))


def fit_on_corr(corr: np.ndarray, spec: ModelSpec, settings: Settings):
    """Estimate ``spec`` on item correlations ``corr`` (p, p) ordered as ``spec.items``."""
    layout = Layout.of(spec)
    s = corr[None] if corr.ndim == 2 else corr
    wf = fit_weights(s, layout, settings.scheme, settings.max_iter, settings.tol)
    if wf.failed.any():
        raise EstimationError.coded("collinear_blocks")
    est = derive(s, wf.weights, layout)
    return est, wf


def f_squared_values(corr: np.ndarray, spec: ModelSpec, settings: Settings, r2) -> list:
    """f² of every path, re-estimating without it (seminr's and SmartPLS's definition)."""
    out = []
    for source, target in spec.paths:
        r2_in = float(r2[spec.names.index(target)])
        reduced = spec.without_path(source, target)
        if reduced is None or target not in reduced.names:
            r2_out = 0.0
        else:
            r2_out = _refit_r2(submatrix(corr, spec, reduced), reduced, settings, target)
        out.append((source, target, (r2_in - r2_out) / (1.0 - r2_in)))
    return out


def estimate(data: pd.DataFrame, spec: ModelSpec, settings: Settings | None = None) -> PLSResult:
    """Estimate ``spec`` on ``data`` (one column per item code; other columns ignored).

    ``engine.estimate`` (the public API) is this with the study's model as the default spec.

    Raises DataError for unusable data and EstimationError when the algorithm
    breaks down; non-convergence is not an error but is reported in ``meta``
    and ``notes``.
    """
    settings = settings or Settings()
    prepared = prepare(data, spec, settings)
    corr = correlation(prepared.values)
    corr.setflags(write=False)
    layout = Layout.of(spec)
    _refuse_singular_mode_b(corr, spec)
    est, wf = fit_on_corr(corr, spec, settings)
    if not np.all(np.isfinite(est.paths)):
        raise EstimationError.coded("collinear_drivers")
    from engine.core.tables import build_tables

    f2 = f_squared_values(corr, spec, settings, est.r2[0])
    z = standardize(prepared.values)
    scores = z @ (est.weights[0][:, None] * layout.membership)
    tables = build_tables(
        spec, layout, corr, est, htmt(corr[None], layout)[0], f2, scores, prepared
    )
    meta = {
        "n_obs": prepared.n_obs,
        "n_input": prepared.n_input,
        "n_dropped": prepared.n_dropped,
        "n_replaced": prepared.n_replaced,
        "iterations": int(wf.iterations[0]),
        "converged": bool(wf.converged[0]),
        **settings.to_dict(),
        "plsc": bool(layout.reflective.any()),
        "engine_version": __version__,
    }
    from engine.core.notes import build_notes

    tables["notes"] = build_notes(spec, tables, meta)
    return PLSResult(
        spec=spec,
        settings=settings,
        data=prepared,
        corr=corr,
        layout=layout,
        estimates=est,
        _tables=tables,
        _meta=meta,
    )
