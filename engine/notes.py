"""Plain-language findings about an estimated model, returned as data.

Each note has a stable ``code`` (for translations and tests), a ``severity``
("info", "warning" or "critical"), the ``subject`` it concerns (an item, a
construct or a path), an English ``message`` that says what was found, against
which rule of thumb, and what to consider doing; and ``params``, the numbers in
the message, so that a page can word it in another language.
"""

from __future__ import annotations

import pandas as pd

from . import thresholds as th
from .spec import ModelSpec

COLUMNS = ["code", "severity", "subject", "message", "params"]


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def build_notes(spec: ModelSpec, t: dict[str, pd.DataFrame], meta: dict) -> pd.DataFrame:
    notes: list[tuple] = []

    def add(code: str, severity: str, subject: str, message: str, **params) -> None:
        notes.append((code, severity, subject, message, params))

    if not meta["converged"]:
        add(
            "NOT_CONVERGED",
            "critical",
            "model",
            f"The estimation did not settle within {meta['max_iter']} iterations, so the "
            "numbers may be unstable. Check for items with almost no variation, very "
            "small groups of respondents, or mode B blocks with highly correlated items.",
            iterations=meta["iterations"],
        )
    if meta["n_dropped"]:
        add(
            "ROWS_DROPPED",
            "info",
            "data",
            f"{meta['n_dropped']} of {meta['n_input']} responses were left out because they "
            f"missed at least one answer; {meta['n_obs']} were used.",
            n_dropped=meta["n_dropped"],
            n_input=meta["n_input"],
            n_obs=meta["n_obs"],
        )
    if meta["n_replaced"]:
        add(
            "CELLS_REPLACED",
            "info",
            "data",
            f"{meta['n_replaced']} unanswered items were filled with the item's average "
            "answer (mean replacement), which slightly understates how much answers vary.",
            n_replaced=meta["n_replaced"],
        )
    # ten-times rule: ten respondents per arrow into the busiest construct
    arrows = max(
        [len(spec.antecedents(n)) for n in spec.names]
        + [len(c.indicators) for c in spec.constructs if c.mode == "B"]
    )
    if meta["n_obs"] < 10 * arrows:
        add(
            "SMALL_SAMPLE",
            "warning",
            "data",
            f"Only {meta['n_obs']} responses: the usual minimum for this model is "
            f"{10 * arrows} (ten per arrow into its busiest construct, Hair et al. 2011). "
            "Treat the results as a first look and collect more responses.",
            n_obs=meta["n_obs"],
            needed=10 * arrows,
        )

    modes = {c.name: c.mode for c in spec.constructs}
    sizes = {c.name: len(c.indicators) for c in spec.constructs}
    for row in t["outer"].itertuples(index=False):
        if modes[row.construct] != "A" or sizes[row.construct] < 2:
            continue
        lam = row.loading
        if lam < 0:
            add(
                "LOADING_NEGATIVE",
                "warning",
                row.indicator,
                f"{row.indicator} loads {_fmt(lam)} on {row.construct}: it runs against the "
                "other items. It is probably worded the other way round (reverse-coded); "
                "recode it (6 minus the answer on a 1-5 scale) or remove it.",
                loading=lam,
                construct=row.construct,
            )
        elif lam < th.LOADING_DROP:
            add(
                "LOADING_VERY_LOW",
                "warning",
                row.indicator,
                f"{row.indicator} loads only {_fmt(lam)} on {row.construct}, below "
                f"{th.LOADING_DROP}: it hardly measures the same thing as the other items. "
                "Consider removing it.",
                loading=lam,
                construct=row.construct,
            )
        elif lam < th.LOADING_MIN:
            add(
                "LOADING_LOW",
                "info",
                row.indicator,
                f"{row.indicator} loads {_fmt(lam)} on {row.construct}, below the usual "
                f"{th.LOADING_MIN}. Keep it if {row.construct}'s reliability and AVE are "
                "acceptable; otherwise removing it may help.",
                loading=lam,
                construct=row.construct,
            )

    for row in t["reliability"].itertuples(index=False):
        if modes[row.construct] != "A" or sizes[row.construct] < 2:
            continue
        low = [
            (label, v)
            for label, v in (
                ("Cronbach's alpha", row.alpha),
                ("rho_A", row.rho_a),
                ("composite reliability rho_C", row.rho_c),
            )
            if v < th.RELIABILITY_MIN
        ]
        if low:
            what = ", ".join(f"{label} {_fmt(v)}" for label, v in low)
            add(
                "RELIABILITY_LOW",
                "warning",
                row.construct,
                f"{row.construct}'s items agree less than usual ({what}; the rule of thumb "
                f"is at least {th.RELIABILITY_MIN}). Check item wording and look for weak items.",
                alpha=row.alpha,
                rho_a=row.rho_a,
                rho_c=row.rho_c,
            )
        if row.rho_c > th.RELIABILITY_MAX:
            add(
                "RELIABILITY_TOO_HIGH",
                "warning",
                row.construct,
                f"{row.construct}'s composite reliability is {_fmt(row.rho_c)}, above "
                f"{th.RELIABILITY_MAX}: its items may be near-duplicates, or respondents may "
                "have given the same answer to all of them (straight-lining).",
                rho_c=row.rho_c,
            )
        if row.ave < th.AVE_MIN:
            add(
                "AVE_LOW",
                "warning",
                row.construct,
                f"{row.construct} explains on average only {row.ave:.0%} of its items' "
                f"variance (AVE {_fmt(row.ave)}, rule of thumb at least {th.AVE_MIN}). "
                "Weak items are the usual cause.",
                ave=row.ave,
            )

    for row in t["htmt"].itertuples(index=False):
        if row.value != row.value:  # NaN
            continue
        if row.value >= th.HTMT_LIBERAL:
            add(
                "HTMT_HIGH",
                "warning",
                f"{row.construct_a} <-> {row.construct_b}",
                f"{row.construct_a} and {row.construct_b} are hard to tell apart (HTMT "
                f"{_fmt(row.value)}, above {th.HTMT_LIBERAL}): respondents may see them as "
                "one thing. Consider sharpening the questions or merging the constructs.",
                value=row.value,
            )
        elif row.value >= th.HTMT_STRICT:
            add(
                "HTMT_BORDERLINE",
                "info",
                f"{row.construct_a} <-> {row.construct_b}",
                f"HTMT of {row.construct_a} and {row.construct_b} is {_fmt(row.value)}: above "
                f"the strict {th.HTMT_STRICT}, below the liberal {th.HTMT_LIBERAL}. Acceptable "
                "if the two are conceptually close.",
                value=row.value,
            )

    for row in t["vif_outer"].itertuples(index=False):
        if row.vif >= th.VIF_CRITICAL:
            add(
                "VIF_OUTER_HIGH",
                "warning",
                row.indicator,
                f"{row.indicator} overlaps strongly with the other items of {row.construct} "
                f"(VIF {row.vif:.2f}, critical at {th.VIF_CRITICAL:g}).",
                vif=row.vif,
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
            f"{row.source} overlaps with the other drivers of {row.target} (VIF "
            f"{row.vif:.2f}; ideally below {th.VIF_IDEAL:g}, critical at {th.VIF_CRITICAL:g}), "
            "so its own effect is hard to separate from theirs.",
            vif=row.vif,
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
        add(
            "R2_LEVEL",
            "info",
            row.construct,
            f"The model explains {row.r2:.0%} of the variation in {row.construct} "
            f"(R² {_fmt(row.r2)}: {level}, by the 0.25 / 0.50 / 0.75 rule of thumb).",
            r2=row.r2,
            level=level,
        )
    return pd.DataFrame(notes, columns=COLUMNS)
