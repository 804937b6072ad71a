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

import pandas as pd

from engine.base import text
from engine.base import thresholds as th
from engine.core.power import minimum_sample
from engine.core.spec import ModelSpec

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


def build_notes(spec: ModelSpec, t: dict[str, pd.DataFrame], meta: dict) -> pd.DataFrame:
    notes: list[tuple] = []

    def add(code: str, severity: str, subject: str, **params):
        english, indonesian = (note_text(code, subject, params, lang) for lang in text.LANGS)
        notes.append((code, severity, subject, english, indonesian, params))

    if not meta["converged"]:
        add(
            "NOT_CONVERGED",
            "critical",
            "model",
            iterations=meta["iterations"],
            max_iter=meta["max_iter"],
        )
    if meta["n_dropped"]:
        add(
            "ROWS_DROPPED",
            "info",
            "data",
            n_dropped=meta["n_dropped"],
            n_input=meta["n_input"],
            n_obs=meta["n_obs"],
        )
    if meta["n_replaced"]:
        add("CELLS_REPLACED", "info", "data", n_replaced=meta["n_replaced"])
    # issue 20 (points 3 and 10): the inverse square root figure the advice gives, not the
    # ten-times rule (Barclay et al. 1995), so that one minimum is shown everywhere
    size = minimum_sample(t["paths"], meta["n_obs"]) if len(t["paths"]) else None
    if size and size["minimum_n"] and meta["n_obs"] < size["minimum_n"]:
        add(
            "SMALL_SAMPLE",
            "warning",
            "data",
            n_obs=meta["n_obs"],
            needed=size["minimum_n"],
            path=size["path"],
            beta=size["beta_min"],
        )

    modes = {c.name: c.mode for c in spec.constructs}
    sizes = {c.name: len(c.indicators) for c in spec.constructs}
    for row in t["outer"].itertuples(index=False):
        if modes[row.construct] != "A" or sizes[row.construct] < 2:
            continue
        lam = row.loading
        if lam < 0:
            code, severity = "LOADING_NEGATIVE", "warning"
        elif lam < th.LOADING_DROP:
            code, severity = "LOADING_VERY_LOW", "warning"
        elif lam < th.LOADING_MIN:
            code, severity = "LOADING_LOW", "info"
        else:
            continue
        add(code, severity, row.indicator, loading=lam, construct=row.construct)

    for row in t["reliability"].itertuples(index=False):
        if modes[row.construct] != "A" or sizes[row.construct] < 2:
            continue
        values = {"alpha": row.alpha, "rho_a": row.rho_a, "rho_c": row.rho_c}
        low = [
            text.message(f"stat.{name}", value=v)
            for name, v in values.items()
            if v < th.RELIABILITY_MIN
        ]
        if low:
            add("RELIABILITY_LOW", "warning", row.construct, **values, low=low)
        if row.rho_c > th.RELIABILITY_MAX:
            add("RELIABILITY_TOO_HIGH", "warning", row.construct, rho_c=row.rho_c)
        if row.ave < th.AVE_MIN:
            add("AVE_LOW", "warning", row.construct, ave=row.ave)

    for row in t["htmt"].itertuples(index=False):
        if row.value != row.value:  # NaN
            continue
        if row.value >= th.HTMT_LIBERAL:
            code, severity = "HTMT_HIGH", "warning"
        elif row.value >= th.HTMT_STRICT:
            code, severity = "HTMT_BORDERLINE", "info"
        else:
            continue
        pair = {"construct_a": row.construct_a, "construct_b": row.construct_b}
        add(code, severity, f"{row.construct_a} <-> {row.construct_b}", value=row.value, **pair)

    # Indicator collinearity is assessed for formative (mode B) blocks (Hair et al. 2019);
    # in a mode A block redundancy shows as rho_C above 0.95, and only a near-copy is named.
    for row in t["vif_outer"].itertuples(index=False):
        formative = modes.get(row.construct) == "B"
        if row.vif >= (th.VIF_CRITICAL if formative else th.VIF_NEAR_COPY):
            why = text.message("part.vif_formative" if formative else "part.vif_copy")
            add(
                "VIF_OUTER_HIGH",
                "warning",
                row.indicator,
                vif=row.vif,
                construct=row.construct,
                mode=modes.get(row.construct),
                why=why,
            )
    for row in t["vif_inner"].itertuples(index=False):
        if row.vif >= th.VIF_CRITICAL:
            severity, code = "warning", "VIF_INNER_HIGH"
        elif row.vif >= th.VIF_IDEAL:
            severity, code = "info", "VIF_INNER_ELEVATED"
        else:
            continue
        add(
            code,
            severity,
            f"{row.source} -> {row.target}",
            vif=row.vif,
            source=row.source,
            target=row.target,
        )
    for row in t["r_squared"].itertuples(index=False):
        level = (
            "substantial"
            if row.r2 >= th.R2_SUBSTANTIAL
            else "moderate"
            if row.r2 >= th.R2_MODERATE
            else "weak"
            if row.r2 >= th.R2_WEAK
            else "very weak"
        )
        add("R2_LEVEL", "info", row.construct, r2=row.r2, level=level)
    # -- issue 14: specific indirect effects are reported up to a cap ---------
    from engine.core.spec import MAX_INDIRECT

    n_chains = spec.count_indirect_chains()
    if n_chains > MAX_INDIRECT:
        add("INDIRECT_CAPPED", "info", "model", n_chains=n_chains, shown=MAX_INDIRECT)
    return pd.DataFrame(notes, columns=COLUMNS)
