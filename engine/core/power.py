"""Minimum sample size by the inverse square root method (Kock & Hadaya, 2018).

In the core because the measurement notes use it; ``engine.analytics.drivers.sample_size``
is the result-level wrapper.
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pandas as pd

from engine.base.thresholds import ALPHA

#: Paths smaller than this (absolute, standardized) are treated as practically zero.
PRACTICALLY_ZERO = 0.10


def power_constant(alpha: float = ALPHA, power: float = 0.80, two_tailed: bool = True) -> float:
    """z_{1-alpha/2} + z_power (two-tailed) or z_{1-alpha} + z_power.

    2.802 or 2.486 at 5 % and 80 % power.
    """
    z = NormalDist().inv_cdf
    return z(1 - alpha / 2 if two_tailed else 1 - alpha) + z(power)


def minimum_sample(
    paths: pd.DataFrame,
    n: int,
    *,
    effect: float | None = None,
    floor: float = PRACTICALLY_ZERO,
    alpha: float = ALPHA,
    power: float = 0.80,
    two_tailed: bool = True,
) -> dict:
    """``sample_size`` from a paths table (source, target, estimate) and the sample size."""
    names = list(paths.source + " -> " + paths.target)
    sizes = paths.estimate.abs().to_numpy()
    ignored = [[name, float(b)] for name, b in zip(names, paths.estimate, strict=True)]
    ignored = [pair for pair, size in zip(ignored, sizes, strict=True) if size < floor]
    path = None
    if effect is not None:
        beta = abs(float(effect))
    else:
        kept = np.flatnonzero(sizes >= floor)
        if kept.size:
            j = kept[np.argmin(sizes[kept])]
            beta, path = float(sizes[j]), names[j]
        else:
            beta = float(floor)
    constant = power_constant(alpha, power, two_tailed)
    minimum = int(np.ceil((constant / beta) ** 2)) if beta > 0 else None
    n = int(n)
    if minimum is None:
        verdict = "no path large enough to size for"
    elif n >= minimum:
        verdict = "enough"
    else:
        verdict = f"collect about {minimum - n} more"
    return {
        "minimum_n": minimum,
        "n": n,
        "beta_min": beta,
        "path": path,
        "ignored": ignored,
        "floor": floor,
        "power_constant": constant,
        "alpha": alpha,
        "power": power,
        "two_tailed": two_tailed,
        "verdict": verdict,
    }
