"""Did the change work? Two waves of the same survey compared, as data.

``compare_waves`` returns codes and numbers (rendered in the user's language by the
page): each construct's performance per wave (the mean answer of its questions on a
0-100 scale, as the importance-performance map reads performance: 0 = every answer
the lowest, 100 = every answer the highest), which moved by at least ``MOVE`` points,
and whether the paths changed between the waves (``engine.analytics.segments.compare_groups``
with the wave as the group: permutation MGA).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from engine.core.spec import ModelSpec
from engine.intake.survey import Survey

#: A move of at least this many points (of 100) is called a move in words.
MOVE = 3.0
#: A path difference is called a change when its permutation p is below this.
ALPHA = 0.05


def performance(data: pd.DataFrame, spec: ModelSpec, scale: tuple[int, int]) -> dict:
    """Construct -> mean of its items' answers rescaled to 0-100."""
    lo, hi = scale
    out = {}
    for c in spec.constructs:
        answers = data[list(c.indicators)].to_numpy(float)
        out[c.name] = float((np.nanmean(answers) - lo) / (hi - lo) * 100)
    return out


def wave_column(survey: Survey, frame: pd.DataFrame) -> pd.Series:
    """The wave of each valid response (``survey`` imported from ``frame`` with its
    default row numbers: spreadsheet rows, the first response is row 2)."""
    return pd.Series(
        frame["wave"].to_numpy()[survey.data.index.to_numpy() - 2], index=survey.data.index
    )


def moves(before: dict | None, after: dict | None, names: tuple[str, ...]) -> list[dict]:
    """Per construct: performance before and after, the change and its direction
    (rose/fell by at least ``MOVE`` points, else same); empty when a wave has no answers."""
    if not before or not after:
        return []
    out = []
    for name in names:
        a, b = before[name], after[name]
        change = b - a
        direction = "same" if abs(change) < MOVE else ("rose" if change > 0 else "fell")
        out.append(
            {"construct": name, "before": a, "after": b, "change": change, "direction": direction}
        )
    return out


def path_changes(
    both: pd.DataFrame,
    spec: ModelSpec,
    first: int,
    second: int,
    *,
    n_perm: int,
    n_boot: int,
    seed: int,
) -> list[dict] | None:
    """Each path in both waves with its permutation p (``wave_group`` holds the wave);
    None when the groups cannot be estimated on their own (too small, or refused)."""
    from engine.analytics.segments import compare_groups
    from engine.base.errors import DataError

    try:
        result = compare_groups(both, "wave_group", spec, n_perm=n_perm, n_boot=n_boot, seed=seed)
    except DataError:
        return None
    if not result.refused.empty:
        return None
    rows = []
    per = result.groups.assign(path=result.groups.source + " -> " + result.groups.target)
    for _, d in result.differences.iterrows():
        est = per[per.path == d.path].set_index("group").estimate
        rows.append(
            {
                "path": d.path,
                "before": float(est[str(first)]),
                "after": float(est[str(second)]),
                "p_permutation": float(d.p_permutation),
                "changed": bool(d.p_permutation < ALPHA),
            }
        )
    return rows


def compare_waves(
    survey: Survey,
    frame: pd.DataFrame,
    spec: ModelSpec,
    first: int,
    second: int,
    *,
    n_perm: int = 500,
    n_boot: int = 200,
    seed: int = 1,
) -> dict:
    """Compare wave ``first`` with wave ``second`` of the valid responses.

    Returns first, second, n (per wave), performance (per wave: construct -> 0-100),
    moves (construct, before, after, change, direction: rose/fell/same), paths (path,
    before, after, p_permutation, changed) or None with paths_refused (the minimum
    per group) when a wave is too small to estimate on its own.
    """
    from engine.analytics.segments import minimum_group_size

    waves = wave_column(survey, frame)
    data = survey.data
    out: dict = {"first": first, "second": second, "n": {}, "performance": {}}
    for w in (first, second):
        part = data[waves == w]
        out["n"][w] = len(part)
        out["performance"][w] = performance(part, spec, survey.scale) if len(part) else None
    out["moves"] = moves(out["performance"][first], out["performance"][second], spec.names)
    both = data[waves.isin([first, second])].assign(wave_group=waves.astype(str))
    out["paths"] = path_changes(both, spec, first, second, n_perm=n_perm, n_boot=n_boot, seed=seed)
    out["paths_minimum"] = minimum_group_size(spec)
    return out
