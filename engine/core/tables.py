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


#: The tables of an estimate, in the order they have always been listed.
TABLE_ORDER = (
    "paths",
    "outer",
    "r_squared",
    "reliability",
    "htmt",
    "fornell_larcker",
    "construct_correlations",
    "cross_loadings",
    "vif_outer",
    "vif_inner",
    "f_squared",
    "effects",
    "indirect_effects",
    "scores",
)


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
    """Every table of an estimate: measurement, discriminant validity, structure, scores."""
    rho_c, ave = rho_c_ave(est.loadings[0], layout)
    t = {
        **_measurement_tables(layout, corr, est, rho_c, ave),
        **_discriminant_tables(layout.names, est.cor[0], htmt, ave),
        **_structural_tables(spec, layout, est, f2, prepared.n_obs),
        "scores": pd.DataFrame(
            scores, columns=list(layout.names), index=pd.Index(prepared.row_labels)
        ),
    }
    return {name: t[name] for name in TABLE_ORDER}


def _measurement_tables(
    layout: Layout, corr: np.ndarray, est: Estimates, rho_c: np.ndarray, ave: np.ndarray
) -> dict[str, pd.DataFrame]:
    """Weights and loadings, reliability, cross-loadings and the items' VIF."""
    names, items, k = layout.names, layout.items, len(layout.names)
    t = {
        "outer": pd.DataFrame(
            {
                "construct": [names[b] for b in layout.block],
                "indicator": list(items),
                "weight": est.weights[0],
                "loading": est.loadings[0],
            }
        ),
        "reliability": pd.DataFrame(
            {
                "construct": list(names),
                "alpha": alpha_from_corr(corr, layout),
                "rho_c": rho_c,
                "rho_a": est.rho_a[0],
                "ave": ave,
            }
        ),
        "cross_loadings": pd.DataFrame(
            [
                (items[i], names[j], float(est.cross[0, i, j]))
                for i in range(len(items))
                for j in range(k)
            ],
            columns=["indicator", "construct", "value"],
        ),
    }
    rows = []
    for j, sl in enumerate(layout.slices):
        for item, v in zip(items[sl], inv_diag(corr[sl, sl]), strict=True):
            rows.append((names[j], item, float(v)))
    t["vif_outer"] = pd.DataFrame(rows, columns=["construct", "indicator", "vif"])
    return t


def _discriminant_tables(
    names: tuple[str, ...] | list[str], cor: np.ndarray, htmt: np.ndarray, ave: np.ndarray
) -> dict[str, pd.DataFrame]:
    """HTMT, the Fornell-Larcker matrix and the construct correlations."""
    k = len(names)
    pair = ["construct_a", "construct_b", "value"]
    return {
        "htmt": pd.DataFrame(
            [(names[i], names[j], float(htmt[i, j])) for i in range(k) for j in range(i + 1, k)],
            columns=pair,
        ),
        "fornell_larcker": pd.DataFrame(
            [
                (names[i], names[j], float(math.sqrt(ave[i]) if i == j else cor[i, j]))
                for i in range(k)
                for j in range(i + 1)
            ],
            columns=pair,
        ),
        "construct_correlations": pd.DataFrame(
            [(names[i], names[j], float(cor[i, j])) for i in range(k) for j in range(k)],
            columns=pair,
        ),
    }


def _structural_tables(
    spec: ModelSpec, layout: Layout, est: Estimates, f2: list, n: int
) -> dict[str, pd.DataFrame]:
    """Paths, R², the drivers' VIF, f², total and specific indirect effects."""
    names = layout.names
    index = {name: k for k, name in enumerate(names)}
    paths, cor, total = est.paths[0], est.cor[0], est.total[0]
    r2_rows: list[tuple[Any, ...]] = []
    vif_rows: list[tuple[Any, ...]] = []
    for j in layout.endogenous:
        r2 = float(est.r2[0, j])
        ants = list(layout.antecedents[j])
        r2_rows.append((names[j], r2, 1 - (1 - r2) * (n - 1) / (n - len(ants) - 1)))
        vifs = inv_diag(cor[np.ix_(ants, ants)])
        vif_rows.extend((names[a], names[j], float(v)) for a, v in zip(ants, vifs, strict=True))
    effects = [
        (
            names[i],
            names[j],
            float(paths[i, j]),
            float(total[i, j] - paths[i, j]),
            float(total[i, j]),
        )
        for i, j in reachable(layout.adjacency, names, spec.causal_order)
    ]
    chains = []
    for chain in spec.indirect_chains():
        value = 1.0
        for a, b in itertools.pairwise(chain):
            value *= float(paths[index[a], index[b]])
        chains.append((chain_name(chain), chain[0], chain[-1], value))
    return {
        "paths": pd.DataFrame(
            [(s, g, float(paths[index[s], index[g]])) for s, g in spec.paths],
            columns=["source", "target", "estimate"],
        ),
        "r_squared": pd.DataFrame(r2_rows, columns=["construct", "r2", "r2_adj"]),
        "vif_inner": pd.DataFrame(vif_rows, columns=["source", "target", "vif"]),
        "f_squared": pd.DataFrame(f2, columns=["source", "target", "value"]),
        "effects": pd.DataFrame(
            effects, columns=["source", "target", "direct", "indirect", "total"]
        ),
        "indirect_effects": pd.DataFrame(chains, columns=["chain", "source", "target", "estimate"]),
    }


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
