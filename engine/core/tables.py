"""Tidy tables from estimates, and the JSON form of a result (the CLI contract)."""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from engine.core.data import PreparedData
from engine.core.pls import Estimates, Layout
from engine.core.spec import ModelSpec, reachable

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult


def chain_name(chain) -> str:
    return " -> ".join(chain)


def alpha_from_corr(corr: np.ndarray, layout: Layout) -> np.ndarray:
    out = np.ones(len(layout.names))
    for k, sl in enumerate(layout.slices):
        n = layout.sizes[k]
        if n > 1:
            out[k] = (n / (n - 1)) * (1 - np.trace(corr[sl, sl]) / corr[sl, sl].sum())
    return out


def rho_c_ave(loadings: np.ndarray, layout: Layout) -> tuple[np.ndarray, np.ndarray]:
    k = len(layout.names)
    rho_c = np.ones(k)
    ave = np.ones(k)
    for j, sl in enumerate(layout.slices):
        lam = loadings[sl]
        if len(lam) > 1:
            total = lam.sum()
            rho_c[j] = total**2 / (total**2 + (1 - lam**2).sum())
            ave[j] = (lam**2).mean()
    return rho_c, ave


def inv_diag(m: np.ndarray) -> np.ndarray:
    if m.shape[0] == 1:
        return np.ones(1)
    try:
        return np.diag(np.linalg.inv(m))
    except np.linalg.LinAlgError:
        return np.full(m.shape[0], np.inf)


def build_tables(
    spec: ModelSpec,
    layout: Layout,
    corr: np.ndarray,
    est: Estimates,
    htmt: np.ndarray,
    f2: list,
    scores: np.ndarray,
    prepared: PreparedData,
) -> dict[str, pd.DataFrame]:
    names = layout.names
    index = {n: k for k, n in enumerate(names)}
    items = layout.items
    block = layout.block
    w = est.weights[0]
    lam = est.loadings[0]
    cor = est.cor[0]
    n = prepared.n_obs
    t: dict[str, pd.DataFrame] = {}

    t["paths"] = pd.DataFrame(
        [(s, g, float(est.paths[0, index[s], index[g]])) for s, g in spec.paths],
        columns=["source", "target", "estimate"],
    )
    t["outer"] = pd.DataFrame(
        {
            "construct": [names[b] for b in block],
            "indicator": list(items),
            "weight": w,
            "loading": lam,
        }
    )
    rows: list[tuple[Any, ...]] = []
    for j in layout.endogenous:
        r2 = float(est.r2[0, j])
        k = len(layout.antecedents[j])
        rows.append((names[j], r2, 1 - (1 - r2) * (n - 1) / (n - k - 1)))
    t["r_squared"] = pd.DataFrame(rows, columns=["construct", "r2", "r2_adj"])

    alpha = alpha_from_corr(corr, layout)
    rho_c, ave = rho_c_ave(lam, layout)
    t["reliability"] = pd.DataFrame(
        {
            "construct": list(names),
            "alpha": alpha,
            "rho_c": rho_c,
            "rho_a": est.rho_a[0],
            "ave": ave,
        }
    )
    k = len(names)
    t["htmt"] = pd.DataFrame(
        [(names[i], names[j], float(htmt[i, j])) for i in range(k) for j in range(i + 1, k)],
        columns=["construct_a", "construct_b", "value"],
    )
    t["fornell_larcker"] = pd.DataFrame(
        [
            (names[i], names[j], float(math.sqrt(ave[i]) if i == j else cor[i, j]))
            for i in range(k)
            for j in range(i + 1)
        ],
        columns=["construct_a", "construct_b", "value"],
    )
    t["construct_correlations"] = pd.DataFrame(
        [(names[i], names[j], float(cor[i, j])) for i in range(k) for j in range(k)],
        columns=["construct_a", "construct_b", "value"],
    )
    t["cross_loadings"] = pd.DataFrame(
        [
            (items[i], names[j], float(est.cross[0, i, j]))
            for i in range(len(items))
            for j in range(k)
        ],
        columns=["indicator", "construct", "value"],
    )
    rows = []
    for j, sl in enumerate(layout.slices):
        for item, v in zip(items[sl], inv_diag(corr[sl, sl]), strict=True):
            rows.append((names[j], item, float(v)))
    t["vif_outer"] = pd.DataFrame(rows, columns=["construct", "indicator", "vif"])
    rows = []
    for j in layout.endogenous:
        ants = list(layout.antecedents[j])
        vifs = inv_diag(cor[np.ix_(ants, ants)])
        rows.extend((names[a], names[j], float(v)) for a, v in zip(ants, vifs, strict=True))
    t["vif_inner"] = pd.DataFrame(rows, columns=["source", "target", "vif"])
    t["f_squared"] = pd.DataFrame(f2, columns=["source", "target", "value"])
    total = est.total[0]
    t["effects"] = pd.DataFrame(
        [
            (
                names[i],
                names[j],
                float(est.paths[0, i, j]),
                float(total[i, j] - est.paths[0, i, j]),
                float(total[i, j]),
            )
            for i, j in reachable(layout.adjacency, layout.names, spec.causal_order)
        ],
        columns=["source", "target", "direct", "indirect", "total"],
    )
    rows = []
    for chain in spec.indirect_chains():
        value = 1.0
        for a, b in itertools.pairwise(chain):
            value *= float(est.paths[0, index[a], index[b]])
        rows.append((chain_name(chain), chain[0], chain[-1], value))
    t["indirect_effects"] = pd.DataFrame(rows, columns=["chain", "source", "target", "estimate"])
    t["scores"] = pd.DataFrame(scores, columns=list(names), index=pd.Index(prepared.row_labels))
    return t


def _clean(value: Any) -> Any:
    """JSON-safe scalars: NaN and infinities become null, numpy types plain Python."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    cols = list(frame.columns)
    return [
        {c: _clean(v) for c, v in zip(cols, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


#: The command-line contract: each table's records carry exactly these fields.
CONTRACT_FIELDS = {
    "paths": ["source", "target", "estimate"],
    "outer": ["construct", "indicator", "weight", "loading"],
    "r_squared": ["construct", "r2", "r2_adj"],
    "reliability": ["construct", "alpha", "rho_c", "rho_a", "ave"],
    "htmt": ["construct_a", "construct_b", "value"],
    "fornell_larcker": ["construct_a", "construct_b", "value"],
    "cross_loadings": ["indicator", "construct", "value"],
    "vif_outer": ["construct", "indicator", "vif"],
    "vif_inner": ["source", "target", "vif"],
    "f_squared": ["source", "target", "value"],
    "effects": ["source", "target", "direct", "indirect", "total"],
    # message_id (Indonesian) and params (to word the code again) extend the note records
    "notes": ["code", "severity", "subject", "message", "message_id", "params"],
}
#: Further tables written to the JSON (extra keys are part of no contract yet).
EXTRA_TABLES = ("construct_correlations", "indirect_effects")


def result_to_dict(result: PLSResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        name: records(getattr(result, name)[fields]) for name, fields in CONTRACT_FIELDS.items()
    }
    for name in EXTRA_TABLES:
        out[name] = records(getattr(result, name))
    # each note also in Indonesian, with the code's parameters to word it again
    notes = result.notes
    for record, indonesian, params in zip(
        out["notes"], notes.message_id, notes.params, strict=True
    ):
        record["message_id"] = indonesian
        record["params"] = params
    out["meta"] = {k: _clean(v) for k, v in result.meta.items()}
    out["model"] = result.spec.to_dict()
    return out
