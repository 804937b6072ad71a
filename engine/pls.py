"""The PLS-SEM algorithm on item correlation matrices, vectorized over a batch.

Everything PLS-SEM estimates from standardized items is a function of their
correlation matrix S: construct scores are S-weighted sums, their correlations
are W'SW, loadings are SW. Working on S instead of the raw rows makes one
estimation cheap and lets the bootstrap run thousands of resamples as one batch
of (B, p, p) matrices. A single estimation is a batch of one.

Conventions (SmartPLS and seminr, see shared/reference/README.md):

- weights start at 1 for every item of its block;
- each pass standardizes the construct scores, builds inner proxies with the
  chosen scheme, updates the outer weights (mode A: covariance of each item with
  the proxy; mode B: regression of the proxy on the block's items), and rescales
  them to give unit-variance scores;
- it stops when the sum of absolute weight changes falls below ``tol``
  (default 1e-7) or after ``max_iter`` updates, and says which.

Inner schemes, with R the construct-score correlations and A the path matrix
(A[i, j] = 1 for a path i -> j), E[i, j] being the weight of score i in the
proxy of j:

- path weighting (Lohmöller 1989): successors enter with their correlation,
  predecessors with their coefficients from regressing j on its predecessors;
- factorial: every neighbour with its correlation;
- centroid: every neighbour with the sign of its correlation.

Consistent PLS (Dijkstra & Henseler 2015) is applied to constructs flagged
reflective: their correlations are divided by sqrt(rho_A) and their loadings
become w * sqrt(rho_A) / (w'w). Composites keep rho = 1. (seminr corrects every
mode-A construct whenever one is reflective; with all constructs reflective the
two agree.)
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np

from .spec import ModelSpec


@dataclass(frozen=True)
class Layout:
    """A model as index arrays: which item belongs to which construct, and the paths."""

    names: tuple[str, ...]
    items: tuple[str, ...]
    block: np.ndarray  # (p,) construct index of each item
    membership: np.ndarray  # (p, K) 0/1
    slices: tuple[slice, ...]  # items of each construct (contiguous)
    sizes: np.ndarray  # (K,) items per construct
    mode_b: np.ndarray  # (K,) bool
    reflective: np.ndarray  # (K,) bool
    adjacency: np.ndarray  # (K, K) A[i, j] = 1 for a path i -> j
    antecedents: tuple[tuple[int, ...], ...]
    endogenous: tuple[int, ...]

    @classmethod
    def of(cls, spec: ModelSpec) -> Layout:
        names = spec.names
        index = {n: k for k, n in enumerate(names)}
        sizes = np.array([len(c.indicators) for c in spec.constructs], dtype=int)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        block = np.repeat(np.arange(len(names)), sizes)
        membership = np.zeros((len(block), len(names)))
        membership[np.arange(len(block)), block] = 1.0
        adjacency = np.zeros((len(names), len(names)))
        for s, t in spec.paths:
            adjacency[index[s], index[t]] = 1.0
        antecedents = tuple(tuple(index[a] for a in spec.antecedents(n)) for n in names)
        for a in (block, membership, adjacency, sizes):
            a.setflags(write=False)
        mode_b = np.array([c.mode == "B" for c in spec.constructs])
        reflective = np.array([c.reflective for c in spec.constructs])
        mode_b.setflags(write=False)
        reflective.setflags(write=False)
        return cls(
            names=names,
            items=spec.items,
            block=block,
            membership=membership,
            slices=tuple(slice(int(s), int(s + k)) for s, k in zip(starts, sizes, strict=True)),
            sizes=sizes,
            mode_b=mode_b,
            reflective=reflective,
            adjacency=adjacency,
            antecedents=antecedents,
            endogenous=tuple(k for k, a in enumerate(antecedents) if a),
        )


def solve_batch(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``np.linalg.solve`` over a batch; a singular member yields NaN, not an exception."""
    try:
        return np.linalg.solve(a, b)
    except np.linalg.LinAlgError:
        out = np.full(np.broadcast_shapes(a.shape[:-1], b.shape), np.nan)
        for i in range(a.shape[0]):
            with contextlib.suppress(np.linalg.LinAlgError):
                out[i] = np.linalg.solve(a[i], b[i])
        return out


def _regress(r: np.ndarray, ants: tuple[int, ...], target: int) -> np.ndarray:
    """OLS coefficients of ``target`` on ``ants`` from correlations r (B, K, K)."""
    idx = np.array(ants)
    rxx = r[:, idx[:, None], idx[None, :]]
    rxy = r[:, idx, target]
    return solve_batch(rxx, rxy[..., None])[..., 0]


def inner_weights(r: np.ndarray, layout: Layout, scheme: str) -> np.ndarray:
    """The inner weighting matrix E (B, K, K) from score correlations r."""
    a = layout.adjacency
    if scheme == "factorial":
        return r * (a + a.T)
    if scheme == "centroid":
        return np.sign(r) * (a + a.T)
    e = r * a.T
    for target in layout.endogenous:
        ants = layout.antecedents[target]
        e[:, np.array(ants), target] = _regress(r, ants, target)
    return e


@dataclass(frozen=True)
class WeightFit:
    """Outer weights of a batch and how the iterations ended, member by member."""

    weights: np.ndarray  # (B, p), scaled to unit-variance scores
    iterations: np.ndarray  # (B,) weight updates made
    converged: np.ndarray  # (B,) bool
    failed: np.ndarray  # (B,) bool: NaN or singular along the way


def fit_weights(
    s: np.ndarray, layout: Layout, scheme: str = "path", max_iter: int = 300, tol: float = 1e-7
) -> WeightFit:
    """Run the PLS iterations for every correlation matrix in ``s`` (B, p, p).

    Each member stops at its own convergence (so a batch gives exactly what
    one-at-a-time estimation gives); the batch shrinks as members finish.
    """
    n_batch, p, _ = s.shape
    m = layout.membership
    block = layout.block
    rows = np.arange(p)

    final_w = np.full((n_batch, p), np.nan)
    iterations = np.zeros(n_batch, dtype=int)
    converged = np.zeros(n_batch, dtype=bool)
    failed = np.zeros(n_batch, dtype=bool)

    idx = np.arange(n_batch)  # members still iterating
    s_work = s
    w = np.ones((n_batch, p))
    sw = s_work @ m  # S W for the current weights, (b, p, K)
    d = np.sqrt(np.einsum("pk,bpk->bk", m, sw))  # score standard deviations
    for step in range(1, max_iter + 1):
        # construct-score covariances: C = W' S W; rows of W' are w * m
        c = np.einsum("bp,pk,bpl->bkl", w, m, sw)
        with np.errstate(invalid="ignore", divide="ignore"):
            r = c / (d[:, :, None] * d[:, None, :])
            e = inner_weights(r, layout, scheme)
            g_all = (sw / d[:, None, :]) @ e  # cov(items, proxies)
        g = g_all[:, rows, block]
        for k in np.flatnonzero(layout.mode_b):
            sl = layout.slices[k]
            g[:, sl] = solve_batch(s_work[:, sl, sl], g[:, sl, None])[..., 0]
        sg = s_work @ (g[..., None] * m)
        with np.errstate(invalid="ignore", divide="ignore"):
            scale = np.sqrt(np.einsum("bp,pk,bpk->bk", g, m, sg))
            w_new = g / scale[:, block]
        diff = np.abs(w_new - w).sum(axis=1)
        w = w_new
        sw = sg / scale[:, None, :]
        d = np.ones_like(scale)

        bad = ~np.isfinite(diff)
        done = (diff < tol) | bad
        if step == max_iter:
            done[:] = True
        if done.any():
            members = idx[done]
            final_w[members] = w[done]
            iterations[members] = step
            converged[members] = (diff[done] < tol) & ~bad[done]
            failed[members] = bad[done]
            keep = ~done
            if not keep.any():
                break
            idx, s_work, w, sw, d = idx[keep], s_work[keep], w[keep], sw[keep], d[keep]
    return WeightFit(final_w, iterations, converged, failed)


@dataclass(frozen=True)
class Estimates:
    """Everything derived from S and the outer weights, for a batch (B first)."""

    weights: np.ndarray  # (B, p)
    cross: np.ndarray  # (B, p, K) item-score correlations
    loadings: np.ndarray  # (B, p) own-construct loadings (PLSc-adjusted for reflective)
    scores_cor: np.ndarray  # (B, K, K) correlations of the composite scores
    cor: np.ndarray  # (B, K, K) construct correlations used for the paths (PLSc-adjusted)
    rho_a: np.ndarray  # (B, K)
    paths: np.ndarray  # (B, K, K) coefficient of i -> j at [i, j]
    r2: np.ndarray  # (B, K), NaN for exogenous constructs
    total: np.ndarray  # (B, K, K) total effects


def rho_a(s: np.ndarray, w: np.ndarray, layout: Layout) -> np.ndarray:
    """Dijkstra-Henseler rho_A (B, K): 1 for single-item and mode-B constructs."""
    out = np.ones((s.shape[0], len(layout.names)))
    for k, sl in enumerate(layout.slices):
        if layout.mode_b[k] or layout.sizes[k] < 2:
            continue
        wk = w[:, sl]
        skk = s[:, sl, sl]
        wtw = (wk * wk).sum(axis=1)
        diag = np.diagonal(skk, axis1=1, axis2=2)
        num = np.einsum("bi,bij,bj->b", wk, skk, wk) - (wk * wk * diag).sum(axis=1)
        den = wtw**2 - (wk**4).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[:, k] = wtw**2 * num / den
    return out


def structural(cor: np.ndarray, layout: Layout) -> tuple[np.ndarray, np.ndarray]:
    """Path coefficients (B, K, K) and R² (B, K) by OLS on construct correlations."""
    n_batch, k = cor.shape[:2]
    paths = np.zeros((n_batch, k, k))
    r2 = np.full((n_batch, k), np.nan)
    for target in layout.endogenous:
        ants = np.array(layout.antecedents[target])
        beta = _regress(cor, layout.antecedents[target], target)
        paths[:, ants, target] = beta
        r2[:, target] = (beta * cor[:, ants, target]).sum(axis=1)
    return paths, r2


def total_effects(paths: np.ndarray) -> np.ndarray:
    """Total effects B + B² + ... = (I - B)^-1 - I for a recursive model."""
    k = paths.shape[-1]
    total = np.zeros_like(paths)
    power = paths.copy()
    for _ in range(k):  # a recursive model has no chain longer than K - 1 paths
        total += power
        power = power @ paths
    return total


def derive(s: np.ndarray, w: np.ndarray, layout: Layout) -> Estimates:
    """Loadings, correlations, paths, R² and total effects from S and the weights."""
    m = layout.membership
    block = layout.block
    wf = w[..., None] * m
    cross = s @ wf
    scores_cor = np.einsum("bpk,bpl->bkl", wf, cross)
    loadings = cross[:, np.arange(len(block)), block].copy()
    rho = rho_a(s, w, layout)
    cor = scores_cor
    if layout.reflective.any():
        q = np.where(layout.reflective[None, :], rho, 1.0)
        with np.errstate(invalid="ignore"):
            root = np.sqrt(q)
            cor = scores_cor / (root[:, :, None] * root[:, None, :])
        k = len(layout.names)
        cor[:, np.arange(k), np.arange(k)] = 1.0
        for j in np.flatnonzero(layout.reflective):
            sl = layout.slices[j]
            wk = w[:, sl]
            loadings[:, sl] = wk * (root[:, j] / (wk * wk).sum(axis=1))[:, None]
    paths, r2 = structural(cor, layout)
    return Estimates(
        weights=w,
        cross=cross,
        loadings=loadings,
        scores_cor=scores_cor,
        cor=cor,
        rho_a=rho,
        paths=paths,
        r2=r2,
        total=total_effects(paths),
    )


def htmt(s: np.ndarray, layout: Layout) -> np.ndarray:
    """Heterotrait-monotrait ratios (B, K, K) from absolute item correlations.

    Henseler, Ringle & Sarstedt (2015). A single-item block has monotrait 1.
    The diagonal is NaN.
    """
    m = layout.membership
    a = np.abs(s)
    sums = np.einsum("pk,bpq,ql->bkl", m, a, m)
    sizes = layout.sizes.astype(float)
    k = len(sizes)
    diag_sum = np.einsum("pk,bp->bk", m, np.abs(np.diagonal(s, axis1=1, axis2=2)))
    within = np.diagonal(sums, axis1=1, axis2=2) - diag_sum
    pairs = sizes * (sizes - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mono = np.where(sizes > 1, within / np.where(pairs > 0, pairs, 1), 1.0)
        hetero = sums / np.outer(sizes, sizes)
        out = hetero / np.sqrt(mono[:, :, None] * mono[:, None, :])
    out[:, np.arange(k), np.arange(k)] = np.nan
    return out
