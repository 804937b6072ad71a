"""seminr (the Python port on PyPI, 0.2.1, GPL) as a test-only oracle.

Never imported by the app or the engine. Returns its numbers keyed like ours.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import seminr
from seminr.evaluate.constructs_in_model import constructs_in_model

from engine import ModelSpec, Settings

INNER = {"path": seminr.path_weighting, "factorial": seminr.path_factorial}


def seminr_model(data: pd.DataFrame, spec: ModelSpec, settings: Settings):
    mm = seminr.constructs(
        *[
            seminr.reflective(c.name, list(c.indicators))
            if c.reflective
            else seminr.composite(
                c.name,
                list(c.indicators),
                weights=seminr.mode_B if c.mode == "B" else seminr.mode_A,
            )
            for c in spec.constructs
        ]
    )
    sm = seminr.relationships(*[seminr.paths(from_=s, to=t) for s, t in spec.paths])
    return seminr.estimate_pls(
        data[list(spec.items)],
        mm,
        sm,
        inner_weights=INNER[settings.scheme],
        missing=seminr.na_omit if settings.missing == "listwise" else seminr.mean_replacement,
        missing_value=settings.missing_code,
        max_it=settings.max_iter,
        stop_criterion=round(-np.log10(settings.tol)),
    )


def seminr_values(model, spec: ModelSpec, with_f2: bool = True) -> dict[str, dict]:
    out: dict[str, dict] = {}
    pc = model.path_coef
    out["paths"] = {(s, t): pc.get(s, t) for s, t in spec.paths}
    out["weights"] = {
        (c.name, i): model.outer_weights.get(i, c.name)
        for c in spec.constructs
        for i in c.indicators
    }
    out["loadings"] = {
        (c.name, i): model.outer_loadings.get(i, c.name)
        for c in spec.constructs
        for i in c.indicators
    }
    out["r2"] = {n: model.r_squared.get("Rsq", n) for n in spec.endogenous}
    out["r2_adj"] = {n: model.r_squared.get("AdjRsq", n) for n in spec.endogenous}
    rel = seminr.reliability_table(model)
    for ours, theirs in (("alpha", "alpha"), ("rho_a", "rhoA"), ("rho_c", "rhoC"), ("ave", "AVE")):
        out[ours] = {n: rel.get(n, theirs) for n in spec.names}
    h = seminr.htmt(model)
    names = spec.names
    out["htmt"] = {  # seminr fills the upper triangle of its own construct order
        (names[i], names[j]): np.nanmax([h.get(names[i], names[j]), h.get(names[j], names[i])])
        for i in range(len(names))
        for j in range(i + 1, len(names))
    }
    mc = constructs_in_model(model)
    vifs = seminr.item_vifs(model, mc)
    out["vif_outer"] = {(c, i): v for c, d in vifs.items() for i, v in d.items()}
    inner = seminr.pls_antecedent_vifs(model, mc)
    out["vif_inner"] = {
        (s, t): (1.0 if np.isnan(v) else v) for t, d in inner.items() for s, v in d.items()
    }
    cl = seminr.cross_loadings(model, mc)
    out["cross"] = {(i, c): cl.get(i, c) for i in cl.rows for c in cl.cols}
    tot = seminr.total_effects(pc)
    out["total"] = {(s, t): tot.get(s, t) for s in names for t in names}
    if with_f2:
        f2 = seminr.model_fsquares(model)
        out["f2"] = {(s, t): f2.get(s, t) for s, t in spec.paths}
    return out


def our_values(result) -> dict[str, dict]:
    out: dict[str, dict] = {}
    out["paths"] = {(r.source, r.target): r.estimate for r in result.paths.itertuples()}
    o = result.outer
    out["weights"] = {(r.construct, r.indicator): r.weight for r in o.itertuples()}
    out["loadings"] = {(r.construct, r.indicator): r.loading for r in o.itertuples()}
    r2 = result.r_squared
    out["r2"] = dict(zip(r2.construct, r2.r2, strict=True))
    out["r2_adj"] = dict(zip(r2.construct, r2.r2_adj, strict=True))
    rel = result.reliability.set_index("construct")
    for col in ("alpha", "rho_a", "rho_c", "ave"):
        out[col] = rel[col].to_dict()
    out["htmt"] = {(r.construct_a, r.construct_b): r.value for r in result.htmt.itertuples()}
    out["vif_outer"] = {(r.construct, r.indicator): r.vif for r in result.vif_outer.itertuples()}
    out["vif_inner"] = {(r.source, r.target): r.vif for r in result.vif_inner.itertuples()}
    out["cross"] = {(r.indicator, r.construct): r.value for r in result.cross_loadings.itertuples()}
    names = result.spec.names
    total = {(s, t): 0.0 for s in names for t in names}
    total.update({(r.source, r.target): r.total for r in result.effects.itertuples()})
    out["total"] = total
    out["f2"] = {(r.source, r.target): r.value for r in result.f_squared.itertuples()}
    return out
