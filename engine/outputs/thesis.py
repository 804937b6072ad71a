"""Hypotheses and mediation as a thesis reports them (issue 18). No Streamlit.

``hypotheses(result, boot)``: one row per path, in the model's order, labelled
H1 ... Hn (labels can be overridden), with beta, SE, t, p, the bootstrap
confidence interval, f² and the decision.

The decision rests on the interval: a hypothesis is *supported* when the
bootstrap confidence interval excludes zero. With percentile (or BCa) intervals
the t-based p-value agrees with the interval only approximately (the interval
comes from the draws' quantiles, p from a t distribution with the bootstrap
SE), so a path is counted as supported only when both agree
(interval excludes zero and p < alpha); where they disagree, ``agree`` is False
and the path is *not supported* (never "supported" with an interval spanning
zero, never with p >= alpha). A hypothesis states a direction (positive unless
given as negative): a clear effect the other way does not support it.

``mediation(result, boot)``: every specific indirect effect (each chain of
paths) with its interval and its type after Zhao, Lynch & Chen (2010):

==================  ==================  =======================  ============
indirect (a·b)      direct (c')         type                     mediation
==================  ==================  =======================  ============
interval excludes 0 interval excludes 0 complementary (a·b·c'>0) partial
interval excludes 0 interval excludes 0 competitive (a·b·c'<0)   partial
interval excludes 0 spans 0 / no path   indirect-only            full
spans 0             interval excludes 0 direct-only              none
spans 0             spans 0 / no path   no effect                none
==================  ==================  =======================  ============

Significance here is the interval's (the recommended test of an indirect effect,
whose bootstrap distribution is skewed; Zhao et al. 2010); ``agree`` says whether
the t-based p-value (p < 1 - level) tells the same, and the drafted text says so
when it does not.

The direct effect is the path from the chain's first to its last construct.
When the model has no such path the direct effect is fixed at zero by the
model, not tested: ``direct_in_model`` is False and the drafted text says so.

``explanatory(result)``: R² and adjusted R² per outcome.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult
    from engine.core.spec import ModelSpec

#: Mediation types (Zhao, Lynch & Chen 2010) and the mediation each implies.
MEDIATION_TYPES = {
    "complementary": "partial",
    "competitive": "partial",
    "indirect_only": "full",
    "direct_only": "none",
    "no_effect": "none",
}

HYPOTHESIS_COLUMNS = [
    "hypothesis",
    "source",
    "target",
    "path",
    "beta",
    "se",
    "t",
    "p",
    "ci_lower",
    "ci_upper",
    "f2",
    "excludes_zero",
    "agree",
    "expected",
    "direction_ok",
    "supported",
]

MEDIATION_COLUMNS = [
    "chain",
    "source",
    "target",
    "indirect",
    "se",
    "t",
    "p",
    "ci_lower",
    "ci_upper",
    "indirect_sig",
    "agree",
    "direct_in_model",
    "direct",
    "direct_ci_lower",
    "direct_ci_upper",
    "direct_sig",
    "type",
    "mediation",
]


def excludes_zero(lower: float, upper: float) -> bool:
    """True when the interval [lower, upper] lies wholly above or wholly below zero."""
    return bool((lower > 0 and upper > 0) or (lower < 0 and upper < 0))


def hypothesis_labels(
    spec: ModelSpec, names: Mapping[str, str] | Sequence[str] | None = None
) -> dict[str, str]:
    """'SOURCE -> TARGET' -> label: H1 ... Hn in the model's path order.

    ``names`` overrides labels, either as a mapping from the path name to its label
    (missing or blank entries keep the default) or as a sequence in path order.
    """
    keys = [f"{s} -> {t}" for s, t in spec.paths]
    out = {k: f"H{n}" for n, k in enumerate(keys, start=1)}
    if names is None:
        return out
    given = dict(zip(keys, names, strict=False)) if not isinstance(names, Mapping) else names
    for key in keys:
        label = str(given.get(key, "") or "").strip()
        if label:
            out[key] = label
    return out


def _by_name(inference: pd.DataFrame, kind: str) -> pd.DataFrame:
    return inference[inference.kind == kind].set_index("name")


def hypotheses(
    result: PLSResult,
    boot: BootstrapResult,
    names: Mapping[str, str] | Sequence[str] | None = None,
    ci: str = "percentile",
    level: float = 0.95,
    inference: pd.DataFrame | None = None,
    signs: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """One row per path (model order): H label, beta, SE, t, p, interval, f², decision.

    ``alpha`` is 1 - ``level`` (0.05 for 95 % intervals). ``inference`` may be
    passed when already computed with the same ``ci`` and ``level``. ``signs``: the
    direction each hypothesis states ('SOURCE -> TARGET' -> +1 or -1; +1, a positive
    effect, unless given): a hypothesis is supported only when its effect also goes that
    way (``direction_ok``), never for a clear effect opposite to what it states.
    """
    inf = boot.inference(ci=ci, level=level) if inference is None else inference
    alpha = 1.0 - level
    paths = _by_name(inf, "path")
    f2 = {(r.source, r.target): r.value for r in result.f_squared.itertuples(index=False)}
    labels = hypothesis_labels(result.spec, names)
    rows = []
    for source, target in result.spec.paths:
        key = f"{source} -> {target}"
        row = paths.loc[key]
        lo, hi, p = float(row.ci_lower), float(row.ci_upper), float(row.p)
        excl = excludes_zero(lo, hi)
        p_sig = bool(p < alpha)
        expected = -1 if (signs or {}).get(key, 1) < 0 else 1
        direction_ok = bool(float(row.estimate) * expected > 0)
        rows.append(
            {
                "hypothesis": labels[key],
                "source": source,
                "target": target,
                "path": key,
                "beta": float(row.estimate),
                "se": float(row.se),
                "t": float(row.t),
                "p": p,
                "ci_lower": lo,
                "ci_upper": hi,
                "f2": float(f2.get((source, target), np.nan)),
                "excludes_zero": excl,
                "agree": excl == p_sig,
                "expected": expected,
                "direction_ok": direction_ok,
                "supported": excl and p_sig and direction_ok,
            }
        )
    return pd.DataFrame(rows, columns=HYPOTHESIS_COLUMNS)


def mediation_type(indirect_sig: bool, direct_sig: bool, sign_product: float) -> str:
    """Zhao, Lynch & Chen (2010): the type from the two tests and the sign of a·b·c'."""
    if indirect_sig and direct_sig:
        return "complementary" if sign_product > 0 else "competitive"
    if indirect_sig:
        return "indirect_only"
    if direct_sig:
        return "direct_only"
    return "no_effect"


def mediation(
    result: PLSResult,
    boot: BootstrapResult,
    ci: str = "percentile",
    level: float = 0.95,
    inference: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every specific indirect effect with its interval and its Zhao et al. (2010) type."""
    inf = boot.inference(ci=ci, level=level) if inference is None else inference
    chains = _by_name(inf, "indirect_effect")
    paths = _by_name(inf, "path")
    rows = []
    for chain, row in chains.iterrows():
        parts = chain.split(" -> ")
        source, target = parts[0], parts[-1]
        lo, hi = float(row.ci_lower), float(row.ci_upper)
        ind_sig = excludes_zero(lo, hi)
        direct_key = f"{source} -> {target}"
        in_model = direct_key in paths.index
        if in_model:
            d = paths.loc[direct_key]
            direct, d_lo, d_hi = float(d.estimate), float(d.ci_lower), float(d.ci_upper)
            d_sig = excludes_zero(d_lo, d_hi)
        else:
            direct, d_lo, d_hi, d_sig = 0.0, np.nan, np.nan, False
        kind = mediation_type(ind_sig, d_sig, float(row.estimate) * direct)
        rows.append(
            {
                "chain": chain,
                "source": source,
                "target": target,
                "indirect": float(row.estimate),
                "se": float(row.se),
                "t": float(row.t),
                "p": float(row.p),
                "ci_lower": lo,
                "ci_upper": hi,
                "indirect_sig": ind_sig,
                "agree": ind_sig == bool(float(row.p) < 1.0 - level),
                "direct_in_model": in_model,
                "direct": direct,
                "direct_ci_lower": d_lo,
                "direct_ci_upper": d_hi,
                "direct_sig": d_sig,
                "type": kind,
                "mediation": MEDIATION_TYPES[kind],
            }
        )
    return pd.DataFrame(rows, columns=MEDIATION_COLUMNS)


def explanatory(result: PLSResult) -> pd.DataFrame:
    """construct, r2, r2_adj for each outcome, in the model's construct order."""
    return result.r_squared.reset_index(drop=True)
