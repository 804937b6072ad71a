"""The PLS-SEM algorithm on item correlation matrices, vectorized over a batch.

Everything PLS-SEM estimates from standardized items is a function of their
correlation matrix S: construct scores are S-weighted sums, their correlations
are W'SW, loadings are SW. Working on S instead of the raw rows makes one
estimation cheap and lets the bootstrap run thousands of resamples as one batch
of (B, p, p) matrices. A single estimation is a batch of one.

Conventions (SmartPLS and seminr, see tests/reference/README.md):

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

from engine.core.spec import ModelSpec


@dataclass(frozen=True)
class RegressionPlan:
    """Index arrays that stack every endogenous construct's regression into one solve."""

    eye: np.ndarray  # (T, k, k) identity padding
    t: np.ndarray  # system, row, column in the stack <- construct pair (i, j) in r
    row: np.ndarray
    col: np.ndarray
    i: np.ndarray
    j: np.ndarray
    rt: np.ndarray  # right-hand sides: system, row <- r[ri, rj]
    rrow: np.ndarray
    ri: np.ndarray
    rj: np.ndarray

    @classmethod
    def of(cls, antecedents: tuple[tuple[int, ...], ...]) -> RegressionPlan | None:
        targets = [(j, ants) for j, ants in enumerate(antecedents) if ants]
        if not targets:
            return None
        kmax = max(len(a) for _, a in targets)
        eye = np.zeros((len(targets), kmax, kmax))
        t, row, col, i, j, rt, rrow, ri, rj = ([] for _ in range(9))
        for q, (target, ants) in enumerate(targets):
            for x in range(kmax):
                if x >= len(ants):
                    eye[q, x, x] = 1.0
            for x, ax in enumerate(ants):
                rt.append(q)
                rrow.append(x)
                ri.append(ax)
                rj.append(target)
                for y, ay in enumerate(ants):
                    t.append(q)
                    row.append(x)
                    col.append(y)
                    i.append(ax)
                    j.append(ay)
        arrays = [np.array(v, dtype=int) for v in (t, row, col, i, j, rt, rrow, ri, rj)]
        return cls(eye, *arrays)


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
    regressions: RegressionPlan | None = None

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
            regressions=RegressionPlan.of(antecedents),
        )


def solve_batch(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``np.linalg.solve`` over a batch; a singular member yields NaN, not an exception."""
    try:
        return np.linalg.solve(a, b)
    except np.linalg.LinAlgError:
        out = np.full(b.shape, np.nan)  # callers pass matching batch dimensions
        for i in range(a.shape[0]):
            with contextlib.suppress(np.linalg.LinAlgError):
                out[i] = np.linalg.solve(a[i], b[i])
        return out


def regress_all(r: np.ndarray, layout: Layout) -> np.ndarray:
    """OLS coefficients of every endogenous construct on its antecedents, in one solve.

    Returns (B, K, K) with the coefficient of i in the regression of j at [i, j].
    The T regressions are stacked as (B, T, k, k) systems, padded to the
    largest k with an identity block, so one batched solve does them all.
    """
    plan = layout.regressions
    n_batch, k = r.shape[0], r.shape[-1]
    out = np.zeros((n_batch, k, k))
    if plan is None:
        return out
    a = np.broadcast_to(plan.eye, (n_batch, *plan.eye.shape)).copy()
    a[:, plan.t, plan.row, plan.col] = r[:, plan.i, plan.j]
    rhs = np.zeros((n_batch, *plan.eye.shape[:2], 1))
    rhs[:, plan.rt, plan.rrow, 0] = r[:, plan.ri, plan.rj]
    beta = solve_batch(a.reshape(-1, *a.shape[2:]), rhs.reshape(-1, *rhs.shape[2:]))
    beta = beta.reshape(rhs.shape)[..., 0]
    out[:, plan.ri, plan.rj] = beta[:, plan.rt, plan.rrow]
    return out


def inner_weights(r: np.ndarray, layout: Layout, scheme: str) -> np.ndarray:
    """The inner weighting matrix E (B, K, K) from score correlations r."""
    a = layout.adjacency
    if scheme == "factorial":
        return r * (a + a.T)
    if scheme == "centroid":
        return np.sign(r) * (a + a.T)
    return r * a.T + regress_all(r, layout)


@dataclass(frozen=True)
class WeightFit:
    """Outer weights of a batch and how the iterations ended, member by member."""

    weights: np.ndarray  # (B, p), scaled to unit-variance scores
    iterations: np.ndarray  # (B,) weight updates made
    converged: np.ndarray  # (B,) bool
    failed: np.ndarray  # (B,) bool: NaN or singular along the way


def block_sum(x: np.ndarray, layout: Layout) -> np.ndarray:
    """Sum of (B, p) values over each construct's items: (B, K).

    Elementwise, so each batch member's result is independent of the batch (a
    matrix product with the membership matrix would not be, bit for bit).
    """
    return np.add.reduceat(x, [sl.start for sl in layout.slices], axis=1)


def block_product(s: np.ndarray, v: np.ndarray, layout: Layout) -> np.ndarray:
    """S @ (v * M) for a batch: (B, p, p), (B, p) -> (B, p, K).

    The weight matrix is block-sparse: column k holds only block k's weights,
    so each column is one batched matrix-vector product over that block.
    """
    out = np.empty((s.shape[0], s.shape[1], len(layout.slices)))
    for k, sl in enumerate(layout.slices):
        out[:, :, k] = (s[:, :, sl] @ v[:, sl, None])[..., 0]
    return out


def fit_weights(
    s: np.ndarray, layout: Layout, scheme: str = "path", max_iter: int = 300, tol: float = 1e-7
) -> WeightFit:
    """Run the PLS iterations for every correlation matrix in ``s`` (B, p, p).

    Each member stops at its own convergence, so a batch gives exactly what
    one-at-a-time estimation gives. Finished members are set aside and the
    working batch is compacted once a quarter of it has finished.

    A member whose matrix holds NaN (a resample in which an item has one answer
    only) or turns singular is marked ``failed``; NumPy's floating-point warnings
    on the way are silenced because that outcome is reported, not hidden.
    """
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        fit = _fit_weights(s, layout, scheme, max_iter, tol)
    singular = singular_mode_b(s, layout).any(axis=1)
    if not singular.any():
        return fit
    weights = fit.weights.copy()
    weights[singular] = np.nan
    return WeightFit(weights, fit.iterations, fit.converged & ~singular, fit.failed | singular)


#: A mode-B block whose smallest item-correlation eigenvalue is below this share of its
#: largest has no unique weights: an item is, to rounding, a weighted sum of the others
#: (VIF above about 1e10). Its "solution" would be one of infinitely many.
SINGULAR_BLOCK = 1e-10


def singular_mode_b(s: np.ndarray, layout: Layout) -> np.ndarray:
    """(B, K) bool: the mode-B blocks of each correlation matrix that are singular."""
    out = np.zeros((s.shape[0], len(layout.names)), dtype=bool)
    for k in np.flatnonzero(layout.mode_b):
        sl = layout.slices[k]
        if layout.sizes[k] < 2:
            continue
        blocks = s[:, sl, sl]
        finite = np.isfinite(blocks).all(axis=(1, 2))
        if finite.any():
            values = np.linalg.eigvalsh(blocks[finite])
            out[finite, k] = values[:, 0] < SINGULAR_BLOCK * values[:, -1]
    return out


def _fit_weights(
    s: np.ndarray, layout: Layout, scheme: str, max_iter: int, tol: float
) -> WeightFit:
    n_batch, p, _ = s.shape
    m = layout.membership
    block = layout.block
    rows = np.arange(p)

    final_w = np.full((n_batch, p), np.nan)
    iterations = np.zeros(n_batch, dtype=int)
    converged = np.zeros(n_batch, dtype=bool)
    failed = np.zeros(n_batch, dtype=bool)

    idx = np.arange(n_batch)  # batch members in the working arrays
    live = np.ones(n_batch, dtype=bool)  # of those, still iterating
    s_work = s
    w = np.ones((n_batch, p))
    sw = block_product(s_work, w, layout)  # S W for the current weights, (b, p, K)
    d = np.sqrt((sw * m).sum(axis=1))  # score standard deviations
    for step in range(1, max_iter + 1):
        # construct-score covariances: C = W' S W; rows of W' are w * m
        c = m.T @ (w[..., None] * sw)
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            r = c / (d[:, :, None] * d[:, None, :])
            e = inner_weights(r, layout, scheme)
            # covariance of each item with its own construct's inner proxy
            g = np.einsum("bik,bki->bi", sw / d[:, None, :], e[:, :, block])
        for k in np.flatnonzero(layout.mode_b):
            sl = layout.slices[k]
            g[:, sl] = solve_batch(s_work[:, sl, sl], g[:, sl, None])[..., 0]
        sg = block_product(s_work, g, layout)
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            scale = np.sqrt(block_sum(g * sg[:, rows, block], layout))
            w_new = g / scale[:, block]
            diff = np.abs(w_new - w).sum(axis=1)
            sw = sg / scale[:, None, :]
        w = w_new
        d = np.ones_like(scale)

        bad = ~np.isfinite(diff)
        done = live & ((diff < tol) | bad | (step == max_iter))
        if done.any():
            members = idx[done]
            final_w[members] = w[done]
            iterations[members] = step
            converged[members] = (diff[done] < tol) & ~bad[done]
            failed[members] = bad[done]
            live &= ~done
            if not live.any():
                break
            if live.sum() < 0.75 * len(live):
                idx, s_work, w, sw, d = idx[live], s_work[live], w[live], sw[live], d[live]
                live = np.ones(len(idx), dtype=bool)
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
        num = (wk * (skk @ wk[..., None])[..., 0]).sum(axis=1) - (wk * wk * diag).sum(axis=1)
        den = wtw**2 - (wk**4).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[:, k] = wtw**2 * num / den
    return out


def structural(cor: np.ndarray, layout: Layout) -> tuple[np.ndarray, np.ndarray]:
    """Path coefficients (B, K, K) and R² (B, K) by OLS on construct correlations."""
    paths = regress_all(cor, layout)
    r2 = (paths * cor).sum(axis=1)
    exogenous = np.ones(cor.shape[-1], dtype=bool)
    exogenous[list(layout.endogenous)] = False
    r2[:, exogenous] = np.nan
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
    scores_cor = wf.transpose(0, 2, 1) @ cross
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
    sums = m.T @ (a @ m)
    sizes = layout.sizes.astype(float)
    k = len(sizes)
    diag_sum = block_sum(np.abs(np.diagonal(s, axis1=1, axis2=2)), layout)
    within = np.diagonal(sums, axis1=1, axis2=2) - diag_sum
    pairs = sizes * (sizes - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mono = np.where(sizes > 1, within / np.where(pairs > 0, pairs, 1), 1.0)
        hetero = sums / np.outer(sizes, sizes)
        out = hetero / np.sqrt(mono[:, :, None] * mono[:, None, :])
    out[:, np.arange(k), np.arange(k)] = np.nan
    return out
