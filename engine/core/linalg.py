"""Standardized items and their correlations: the one definition the estimate, its
bootstrap and the prediction folds share (ddof = 1 throughout, as SmartPLS and seminr)."""

from __future__ import annotations

import numpy as np


def moments(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each column's mean and standard deviation (ddof 1)."""
    return values.mean(axis=0), values.std(axis=0, ddof=1)


def standardize(
    values: np.ndarray, mean: np.ndarray | None = None, sd: np.ndarray | None = None
) -> np.ndarray:
    """z-scores of each column; by the given ``mean`` and ``sd`` (a training fold's) if any."""
    if mean is None or sd is None:
        mean, sd = moments(values)
    return (values - mean) / sd


def correlation(values: np.ndarray) -> np.ndarray:
    """Item correlation matrix (p, p) from complete numeric data, ddof = 1."""
    z = standardize(values)
    return (z.T @ z) / (values.shape[0] - 1)
