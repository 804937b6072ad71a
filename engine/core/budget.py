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

from typing import TYPE_CHECKING

from engine.base.errors import LimitError

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


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:,.0f}" if seconds >= 120 else f"{seconds / 60:.1f}"


def check_resamples(n_boot: object, what: str = "resamples") -> int:
    """``n_boot`` as a whole number of resamples within 2..MAX_BOOT, or a LimitError."""
    if isinstance(n_boot, bool) or not isinstance(n_boot, int):
        try:
            as_float = float(n_boot)  # type: ignore[arg-type]  # numpy integers, 5000.0
        except (TypeError, ValueError):
            as_float = float("nan")
        if not as_float.is_integer():
            raise LimitError(
                f"The number of {what} must be a whole number.",
                "Use 5000, as the study did.",
                indonesian=(
                    "Jumlah subsampel harus bilangan bulat.",
                    "Pakai 5000, seperti dalam studi.",
                ),
            )
        n_boot = int(as_float)
    if n_boot > MAX_BOOT:
        raise LimitError(
            f"{n_boot:,} {what} is over the limit of {MAX_BOOT:,}.",
            "Use 5000, as the study did; more adds little precision.",
            indonesian=(
                f"{n_boot:,} subsampel melebihi batas {MAX_BOOT:,}.",
                "Pakai 5000, seperti dalam studi; lebih banyak hampir tidak menambah ketelitian.",
            ),
        )
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
        raise LimitError(
            f"This bootstrap would take about {_minutes(seconds)} minutes ({n_boot:,} resamples "
            f"of {n_items:,} items and {n_obs:,} responses), over the "
            f"{MAX_SECONDS / 60:.0f}-minute limit of one request.",
            "Use fewer resamples, fewer items or a smaller model.",
            indonesian=(
                f"Bootstrap ini akan makan waktu sekitar {_minutes(seconds)} menit "
                f"({n_boot:,} subsampel dari {n_items:,} butir dan {n_obs:,} jawaban), melebihi "
                f"batas {MAX_SECONDS / 60:.0f} menit untuk satu permintaan.",
                "Pakai lebih sedikit subsampel, lebih sedikit butir, atau model yang lebih kecil.",
            ),
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
        raise LimitError(
            f"The number of permutations must be a whole number from {MIN_PERM} to {MAX_PERM:,}.",
            "Use 1000, the usual choice.",
            indonesian=(
                f"Jumlah permutasi harus bilangan bulat dari {MIN_PERM} sampai {MAX_PERM:,}.",
                "Pakai 1000, pilihan yang biasa.",
            ),
        )
    return n_perm


def check_groups(n_groups: int, n_obs: int, n_items: int, n_perm: int, n_boot: int) -> float:
    """Refuse a group comparison with too many groups or an estimate over the budget."""
    if n_groups > MAX_GROUPS:
        raise LimitError(
            f"The column has {n_groups:,} different values, over the limit of {MAX_GROUPS} "
            "groups to compare.",
            "Choose a column with a few groups, such as platform or gender, or merge values.",
            indonesian=(
                f"Kolom itu punya {n_groups:,} nilai berbeda, melebihi batas {MAX_GROUPS} "
                "kelompok untuk dibandingkan.",
                "Pilih kolom dengan sedikit kelompok, misalnya platform atau gender, atau "
                "gabungkan nilainya.",
            ),
        )
    pairs = n_groups * (n_groups - 1) // 2
    seconds = n_groups * bootstrap_seconds(
        n_obs / max(n_groups, 1), n_items, 0, n_boot
    ) + pairs * 2 * bootstrap_seconds(n_obs, n_items, 0, n_perm)
    if seconds > MAX_SECONDS:
        raise LimitError(
            f"Comparing {n_groups} groups would take about {_minutes(seconds)} minutes, over "
            f"the {MAX_SECONDS / 60:.0f}-minute limit of one request.",
            "Use fewer permutations, or compare fewer groups at a time.",
            indonesian=(
                f"Membandingkan {n_groups} kelompok akan makan waktu sekitar "
                f"{_minutes(seconds)} menit, melebihi batas {MAX_SECONDS / 60:.0f} menit untuk "
                "satu permintaan.",
                "Pakai lebih sedikit permutasi, atau bandingkan lebih sedikit kelompok sekaligus.",
            ),
        )
    return seconds
