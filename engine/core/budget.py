"""Work budgets: every expensive request is estimated before it starts (issue 14).

A bootstrap costs about ``resamples x (responses x items² + items³ + statistics)``
operations; a group comparison about ``group pairs x permutations`` estimations
on top of one bootstrap per group. Requests whose estimate is over the budget,
or that ask for more resamples or permutations than any analysis needs, are
refused with a :class:`~engine.base.errors.LimitError` that says what to change,
before any of the work is done. The constants were measured on the project's
2-core machine (``bench/``); they err on the slow side for large item counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.base.errors import LimitError
from engine.base.text import message

if TYPE_CHECKING:
    from engine.core.estimate import PLSResult


#: Most bootstrap resamples one request may ask for (5000 is the usual choice).
MAX_BOOT = 10_000
#: Most permutations (MGA) one request may ask for; at least MIN_PERM.
MAX_PERM = 10_000
MIN_PERM = 10
#: Most groups compared at once (each pair is a permutation test).
MAX_GROUPS = 20
#: The most work one request may start, in estimated seconds on a 2-core machine.
MAX_SECONDS = 180.0

# seconds per unit, measured: forming one resample's correlation matrix costs about
# A x responses x items², one PLS fit about B x items³, each statistic about C.
_A = 8e-10
_B = 7e-11
_C = 1e-7


def n_statistics(n_items: int, n_constructs: int, n_paths: int, n_chains: int) -> int:
    """How many statistics one resample yields (paths, loadings, weights, R², HTMT, effects)."""
    k = n_constructs
    return n_paths + 2 * n_items + k + k * (k - 1) // 2 + k * k + n_chains


def bootstrap_seconds(
    n_obs: float, n_items: int, n_stats: int, n_boot: int, n_paths: int = 0, f_squared: bool = False
) -> float:
    """Estimated seconds for a bootstrap of this size (f² re-fits the model once per path)."""
    fits = 1 + (n_paths if f_squared else 0)
    per_resample = _A * n_obs * n_items**2 + fits * _B * n_items**3 + _C * n_stats
    return n_boot * per_resample


def _minutes(seconds: float) -> dict[str, Any]:
    """Minutes as a message: whole from two minutes on, else to one decimal."""
    if seconds >= 120:
        return message("part.minutes_whole", minutes=round(seconds / 60))
    return message("part.minutes_tenth", minutes=seconds / 60)


def check_resamples(n_boot: object) -> int:
    """``n_boot`` as a whole number of resamples within 2..MAX_BOOT, or a LimitError."""
    if isinstance(n_boot, bool) or not isinstance(n_boot, int):
        try:
            as_float = float(n_boot)  # type: ignore[arg-type]  # numpy integers, 5000.0
        except (TypeError, ValueError):
            as_float = float("nan")
        if not as_float.is_integer():
            raise LimitError.coded("limit_resamples_whole")
        n_boot = int(as_float)
    if n_boot > MAX_BOOT:
        raise LimitError.coded("limit_resamples", n_boot=n_boot, limit=MAX_BOOT)
    return n_boot


def check_bootstrap(
    n_obs: int,
    n_items: int,
    n_constructs: int,
    n_paths: int,
    n_chains: int,
    n_boot: int,
    f_squared: bool = False,
) -> float:
    """Refuse a bootstrap whose estimated time is over the budget; else its estimate."""
    check_resamples(n_boot)
    stats = n_statistics(n_items, n_constructs, n_paths, n_chains) + (n_paths if f_squared else 0)
    seconds = bootstrap_seconds(n_obs, n_items, stats, n_boot, n_paths, f_squared)
    if seconds > MAX_SECONDS:
        raise LimitError.coded(
            "limit_bootstrap_time",
            minutes=_minutes(seconds),
            n_boot=n_boot,
            n_items=n_items,
            n_obs=n_obs,
            limit=round(MAX_SECONDS / 60),
        )
    return seconds


def check_result_bootstrap(result: PLSResult, n_boot: int, f_squared: bool = False) -> float:
    """:func:`check_bootstrap` for an estimated ``PLSResult``."""
    spec = result.spec
    return check_bootstrap(
        n_obs=int(result.data.raw.shape[0]),
        n_items=len(spec.items),
        n_constructs=len(spec.constructs),
        n_paths=len(spec.paths),
        n_chains=len(spec.indirect_chains()),
        n_boot=n_boot,
        f_squared=f_squared,
    )


def check_permutations(n_perm: object) -> int:
    """``n_perm`` as a whole number within MIN_PERM..MAX_PERM, or a LimitError."""
    if (
        not isinstance(n_perm, int)
        or isinstance(n_perm, bool)
        or not MIN_PERM <= n_perm <= MAX_PERM
    ):
        raise LimitError.coded("limit_permutations", low=MIN_PERM, high=MAX_PERM)
    return n_perm


def check_groups(n_groups: int, n_obs: int, n_items: int, n_perm: int, n_boot: int) -> float:
    """Refuse a group comparison with too many groups or an estimate over the budget."""
    if n_groups > MAX_GROUPS:
        raise LimitError.coded("limit_groups", n_groups=n_groups, limit=MAX_GROUPS)
    pairs = n_groups * (n_groups - 1) // 2
    seconds = n_groups * bootstrap_seconds(
        n_obs / max(n_groups, 1), n_items, 0, n_boot
    ) + pairs * 2 * bootstrap_seconds(n_obs, n_items, 0, n_perm)
    if seconds > MAX_SECONDS:
        raise LimitError.coded(
            "limit_groups_time",
            n_groups=n_groups,
            minutes=_minutes(seconds),
            limit=round(MAX_SECONDS / 60),
        )
    return seconds
