"""Plain-language findings about an estimated model, returned as data.

Each note has a stable ``code`` (for translations and tests), a ``severity``
("info", "warning" or "critical"), the ``subject`` it concerns (an item, a
construct or a path) and ``params``, the values it cites. Its sentence comes
from the one catalog (``engine.base.text``, key ``note.<code>``): ``note_text(code,
subject, params, lang)``; ``message`` (English) and ``message_id`` (Indonesian)
carry it rendered, for the JSON output and the workbook. Each says what was
found, against which rule of thumb, and what to consider doing.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from engine.base import text
from engine.base import thresholds as th
from engine.core.power import minimum_sample
from engine.core.spec import MAX_INDIRECT, ModelSpec

COLUMNS = ["code", "severity", "subject", "message", "message_id", "params"]


def note_text(code: str, subject: str, params: dict, lang: str = "en") -> str:
    """A note's sentence in ``lang``, from its code, subject and parameters (one catalog)."""
    extra = {}
    if "level" in params:
        extra["level_word"] = text.message(f"level.{params['level']}")
    if code == "SMALL_SAMPLE":  # the path that sets the figure, or "every path is ~zero"
        extra["what"] = (
            text.message("note.small_what_path", path=params["path"], beta=params["beta"])
            if params.get("path")
            else text.message("note.small_what_zero", beta=params["beta"])
        )
    return text.say(f"note.{code}", lang, subject=subject, **params, **extra)


#: One finding before it is worded: (code, severity, subject, params).
Finding = tuple[str, str, str, dict[str, Any]]


def build_notes(spec: ModelSpec, t: dict[str, pd.DataFrame], meta: dict) -> pd.DataFrame:
    """Every note of an estimate, family by family, each worded in both languages."""
    blocks = _reflective_blocks(spec)
    findings = [
        *_estimation_notes(meta),
        *_sample_notes(t, meta),
        *_loading_notes(t["outer"], blocks),
        *_reliability_notes(t["reliability"], blocks, t["outer"]),
        *_htmt_notes(t["htmt"]),
        *_outer_vif_notes(t["vif_outer"], {c.name: c.mode for c in spec.constructs}),
        *_inner_vif_notes(t["vif_inner"]),
        *_r_squared_notes(t["r_squared"]),
        *_indirect_notes(spec),
    ]
    rows = []
    for code, severity, subject, params in findings:
        english, indonesian = (note_text(code, subject, params, lang) for lang in text.LANGS)
        rows.append((code, severity, subject, english, indonesian, params))
    return pd.DataFrame(rows, columns=COLUMNS)


def _reflective_blocks(spec: ModelSpec) -> set[str]:
    """Mode A constructs with two or more items: the blocks loadings and reliability judge."""
    return {c.name for c in spec.constructs if c.mode == "A" and len(c.indicators) >= 2}


def _estimation_notes(meta: dict) -> list[Finding]:
    """Convergence, and what the missing-data policy did to the rows and cells."""
    out: list[Finding] = []
    if not meta["converged"]:
        params = {"iterations": meta["iterations"], "max_iter": meta["max_iter"]}
        out.append(("NOT_CONVERGED", "critical", "model", params))
    if meta["n_dropped"]:
        params = {k: meta[k] for k in ("n_dropped", "n_input", "n_obs")}
        out.append(("ROWS_DROPPED", "info", "data", params))
    if meta["n_replaced"]:
        out.append(("CELLS_REPLACED", "info", "data", {"n_replaced": meta["n_replaced"]}))
    return out


def _sample_notes(t: dict[str, pd.DataFrame], meta: dict) -> list[Finding]:
    """Too few responses for the smallest path (the inverse square root method)."""
    # issue 20 (points 3 and 10): the inverse square root figure the advice gives, not the
    # ten-times rule (Barclay et al. 1995), so that one minimum is shown everywhere
    size = minimum_sample(t["paths"], meta["n_obs"]) if len(t["paths"]) else None
    if not (size and size["minimum_n"] and meta["n_obs"] < size["minimum_n"]):
        return []
    params = {
        "n_obs": meta["n_obs"],
        "needed": size["minimum_n"],
        "path": size["path"],
        "beta": size["beta_min"],
    }
    return [("SMALL_SAMPLE", "warning", "data", params)]


def _loading_level(lam: float) -> tuple[str, str] | None:
    if lam < 0:
        return "LOADING_NEGATIVE", "warning"
    if lam < th.LOADING_DROP:
        return "LOADING_VERY_LOW", "warning"
    if lam < th.LOADING_MIN:
        return "LOADING_LOW", "info"
    return None


def _loading_notes(outer: pd.DataFrame, blocks: set[str]) -> list[Finding]:
    out: list[Finding] = []
    for row in outer.itertuples(index=False):
        level = _loading_level(row.loading) if row.construct in blocks else None
        if level:
            params = {"loading": row.loading, "construct": row.construct}
            out.append((*level, row.indicator, params))
    return out


def rho_a_readable(value: float) -> bool:
    """Whether a rho_A can be read as a reliability (0 to 1).

    rho_A rests on the block's weights; for two questions it is s12 (w1² + w2²)² / (w1 w2),
    so a question whose weight is near zero (a weak or near-zero path leaves the proxy
    little to go on) sends it anywhere, e.g. -214 while alpha is 0.79 and rho_C 0.83. Such
    a value says the weights are degenerate, not that the questions disagree."""
    return 0.0 <= value <= 1.0


def _reliability_notes(
    reliability: pd.DataFrame, blocks: set[str], outer: pd.DataFrame
) -> list[Finding]:
    """Alpha, rho_A, rho_C below the minimum, rho_C too high, AVE below 0.5; a rho_A
    outside 0-1 is not a low reliability but a question with almost no weight (info)."""
    out: list[Finding] = []
    for row in reliability.itertuples(index=False):
        if row.construct not in blocks:
            continue
        values = {"alpha": row.alpha, "rho_a": row.rho_a, "rho_c": row.rho_c}
        if not rho_a_readable(row.rho_a):
            block = outer[outer.construct == row.construct]
            light = block.iloc[int(np.argmin(np.abs(block.weight.to_numpy())))]
            params = {"rho_a": row.rho_a, "indicator": light.indicator, "weight": light.weight}
            out.append(("RHO_A_UNREADABLE", "info", row.construct, params))
        low = [
            text.message(f"stat.{name}", value=v)
            for name, v in values.items()
            if v < th.RELIABILITY_MIN and (name != "rho_a" or rho_a_readable(v))
        ]
        if low:
            out.append(("RELIABILITY_LOW", "warning", row.construct, {**values, "low": low}))
        if row.rho_c > th.RELIABILITY_MAX:
            out.append(("RELIABILITY_TOO_HIGH", "warning", row.construct, {"rho_c": row.rho_c}))
        if row.ave < th.AVE_MIN:
            out.append(("AVE_LOW", "warning", row.construct, {"ave": row.ave}))
    return out


def _htmt_notes(htmt: pd.DataFrame) -> list[Finding]:
    out: list[Finding] = []
    for row in htmt.itertuples(index=False):
        if row.value != row.value:  # NaN
            continue
        if row.value >= th.HTMT_LIBERAL:
            code, severity = "HTMT_HIGH", "warning"
        elif row.value >= th.HTMT_STRICT:
            code, severity = "HTMT_BORDERLINE", "info"
        else:
            continue
        params = {
            "value": row.value,
            "construct_a": row.construct_a,
            "construct_b": row.construct_b,
        }
        out.append((code, severity, f"{row.construct_a} <-> {row.construct_b}", params))
    return out


def _outer_vif_notes(vif_outer: pd.DataFrame, modes: dict[str, str]) -> list[Finding]:
    """Indicator collinearity is assessed for formative (mode B) blocks (Hair et al. 2019);
    in a mode A block redundancy shows as rho_C above 0.95, and only a near-copy is named."""
    out: list[Finding] = []
    for row in vif_outer.itertuples(index=False):
        formative = modes.get(row.construct) == "B"
        if row.vif >= (th.VIF_CRITICAL if formative else th.VIF_NEAR_COPY):
            params = {
                "vif": row.vif,
                "construct": row.construct,
                "mode": modes.get(row.construct),
                "why": text.message("part.vif_formative" if formative else "part.vif_copy"),
            }
            out.append(("VIF_OUTER_HIGH", "warning", row.indicator, params))
    return out


def _inner_vif_notes(vif_inner: pd.DataFrame) -> list[Finding]:
    out: list[Finding] = []
    for row in vif_inner.itertuples(index=False):
        if row.vif >= th.VIF_CRITICAL:
            severity, code = "warning", "VIF_INNER_HIGH"
        elif row.vif >= th.VIF_IDEAL:
            severity, code = "info", "VIF_INNER_ELEVATED"
        else:
            continue
        params = {"vif": row.vif, "source": row.source, "target": row.target}
        out.append((code, severity, f"{row.source} -> {row.target}", params))
    return out


def r2_level(r2: float) -> str:
    """Hair et al.'s words for an R²: substantial, moderate, weak or very weak."""
    if r2 >= th.R2_SUBSTANTIAL:
        return "substantial"
    if r2 >= th.R2_MODERATE:
        return "moderate"
    if r2 >= th.R2_WEAK:
        return "weak"
    return "very weak"


def _r_squared_notes(r_squared: pd.DataFrame) -> list[Finding]:
    return [
        ("R2_LEVEL", "info", row.construct, {"r2": row.r2, "level": r2_level(row.r2)})
        for row in r_squared.itertuples(index=False)
    ]


def _indirect_notes(spec: ModelSpec) -> list[Finding]:
    """Issue 14: specific indirect effects are reported up to a cap."""
    n_chains = spec.count_indirect_chains()
    if n_chains <= MAX_INDIRECT:
        return []
    return [("INDIRECT_CAPPED", "info", "model", {"n_chains": n_chains, "shown": MAX_INDIRECT})]
