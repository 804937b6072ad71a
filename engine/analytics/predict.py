"""PLSpredict (Shmueli et al. 2016, 2019): out-of-sample prediction of the target's items.

k-fold cross-validation, repeated: in each fold the model is estimated on the
training rows; the holdout rows' exogenous items are standardized with the
training means and SDs, weighted into construct scores, carried through the
path coefficients to the endogenous constructs (the earliest-antecedent
approach) and turned back into answers through the loadings and the training
means and SDs. The benchmark is a linear regression of each target item on all
items of the exogenous constructs; the naive benchmark of Q²predict is the
training mean.

Repetitions follow seminr's ``predict_pls(reps = ...)`` and Shmueli et al.
(2019): each respondent's out-of-sample prediction is averaged over the
repetitions first (PLS, the linear benchmark and the training mean alike), and
RMSE, MAE and Q²predict = 1 - SSE(PLS) / SSE(training mean) are computed once,
from those averaged predictions. (Pooling the squared errors of every
repetition instead inflates the benchmark's error more than PLS's and flatters
PLS.)

The verdict follows Shmueli et al. (2019): none / low / medium / high
predictive power as no, a minority, a majority or all of the items have a
lower prediction error than the benchmark (RMSE; MAE when the PLS prediction
errors are highly skewed, |skewness| > 1), provided Q²predict > 0 for every
item. Which folds a respondent falls in is random, so each comparison also
carries its fold noise: per repetition the difference of the two errors is
computed, and a comparison is ``settled`` when the averaged-prediction
difference is more than twice the standard error of that difference over the
repetitions (``q2_settled`` likewise for Q²predict against 0). ``is_borderline(table)`` says
whether an unsettled item could change the verdict; the default number of
repetitions (100 ten-fold runs) gives the same verdict for different seeds on
the bundled sample, and a borderline verdict is shown with that caveat. With a
single repetition the fold noise cannot be measured and nothing is flagged.

When a training fold cannot be estimated (too few responses, or an item with a
single answer among the training rows) nothing is predicted: the table holds
no values and the verdict is ``NOT_ASSESSED``, which the advice words.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import stats as sps

from engine.core.data import min_rows
from engine.core.linalg import correlation, moments, standardize
from engine.core.pls import Layout, derive, fit_weights

if TYPE_CHECKING:
    from engine.base.settings import Settings
    from engine.core.estimate import PLSResult


COLUMNS = [
    "indicator",
    "q2_predict",
    "rmse_pls",
    "rmse_lm",
    "mae_pls",
    "mae_lm",
    "metric",
    "pls_ahead",
    "settled",
    "q2_settled",
]
#: Repetitions of the 10-fold cross-validation by default (see the module docstring).
REPETITIONS = 100
NOT_ASSESSED = "not assessed"
VERDICTS = (
    "high predictive power",
    "medium predictive power",
    "low predictive power",
    "lacks predictive power",
    "no predictive relevance (Q²predict not above 0 for every item)",
    NOT_ASSESSED,
)


def _fold_moments(values: np.ndarray, train: np.ndarray):
    """Mean, SD (ddof 1) and item correlations of one fold's training rows."""
    rows = values[train]
    mean, sd = moments(rows)
    if not (sd > 0).all():
        return None
    return mean, sd, correlation(rows)


def _fit_folds(
    corr: np.ndarray, layout: Layout, settings: Settings
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The model estimated on every training fold at once: the folds' correlation
    matrices are one batch for the PLS iterations, as in the bootstrap. Returns
    (weights, total effects, loadings) per fold, or None when a fold cannot be
    estimated (a breakdown along the way)."""
    fit = fit_weights(corr, layout, settings.scheme, settings.max_iter, settings.tol)
    if fit.failed.any():
        return None
    with np.errstate(invalid="ignore", divide="ignore"):
        est = derive(corr, fit.weights, layout)
    if not (np.isfinite(est.total).all() and np.isfinite(est.loadings).all()):
        return None
    return fit.weights, est.total, est.loadings


def _predict_rows(values, fold, mean, sd, weights, total, loadings, layout) -> np.ndarray:
    """PLS predictions (n, p) of every item from the exogenous constructs, each row
    with the model of the fold it was held out of (``fold``: (n,) fold numbers)."""
    z = standardize(values, mean[fold], sd[fold])
    k = len(layout.names)
    scores = np.zeros((len(values), k))
    exo = [j for j in range(k) if j not in layout.endogenous]
    w = weights[fold]
    for j in exo:
        sl = layout.slices[j]
        scores[:, j] = (z[:, sl] * w[:, sl]).sum(axis=1)
    # earliest antecedents: endogenous scores from the exogenous ones via total effects
    scores += np.einsum("ne,nek->nk", scores[:, exo], total[fold][:, exo, :])
    return scores[:, layout.block] * loadings[fold] * sd[fold] + mean[fold]


def _lm_rows(values, fold, mean, sd, coef, x_cols, y_cols) -> np.ndarray:
    """The linear benchmark's predictions (n, m), each row from its own fold's fit."""
    zx = (values[:, x_cols] - mean[fold][:, x_cols]) / sd[fold][:, x_cols]
    return np.einsum("nx,nxy->ny", zx, coef[fold]) * sd[fold][:, y_cols] + mean[fold][:, y_cols]


def _verdict_from(any_q2_not_positive: bool, n_better: int, m: int) -> str:
    if any_q2_not_positive:
        return VERDICTS[4]
    if n_better == m:
        return VERDICTS[0]
    if n_better / m > 0.5:
        return VERDICTS[1]
    if n_better > 0:
        return VERDICTS[2]
    return VERDICTS[3]


def _verdict(q2: np.ndarray, better: np.ndarray) -> str:
    return _verdict_from(bool((q2 <= 0).any()), int(better.sum()), len(better))


def _columns(layout: Layout, targets: tuple[str, ...] | None) -> tuple[np.ndarray, np.ndarray]:
    """(target items, benchmark items): the items of the target constructs (by default the
    outcomes nothing else depends on) and those of the exogenous constructs."""
    names = layout.names
    targets = targets or tuple(
        names[j] for j in layout.endogenous if not any(j in a for a in layout.antecedents)
    )

    def items_of(constructs: list[int]) -> np.ndarray:
        return np.concatenate(
            [np.arange(layout.slices[j].start, layout.slices[j].stop) for j in constructs]
        )

    exo = [j for j in range(len(names)) if j not in layout.endogenous]
    return items_of([names.index(t) for t in targets]), items_of(exo)


def _training_sets(folds: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Fold g of repetition r holds out the rows with fold_of[r] == g (numbered across
    repetitions); trains[g] marks its training rows."""
    fold_of = np.zeros(folds.shape, dtype=int)
    trains: list[np.ndarray] = []
    for r, assign in enumerate(folds):
        for f in np.unique(assign):
            fold_of[r, assign == f] = len(trains)
            trains.append(assign != f)
    return fold_of, trains


def _out_of_sample(
    result: PLSResult, folds: np.ndarray, item_idx: np.ndarray, x_cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Each repetition's held-out predictions of the target items (repetitions x n x m) by
    PLS, the linear benchmark and the training mean; None when a fold cannot be estimated."""
    values = np.asarray(result.data.values, dtype=float)
    layout = result.layout
    need = max(min_rows(result.spec), len(x_cols) + 2)
    fold_of, trains = _training_sets(folds)
    if not all(t.sum() >= need for t in trains):
        return None
    parts = [_fold_moments(values, t) for t in trains]
    if any(part is None for part in parts):
        return None
    mean, sd, corr = (np.stack(x) for x in zip(*parts, strict=True))
    fitted = _fit_folds(corr, layout, result.settings)
    if fitted is None:
        return None
    # the benchmark: OLS with intercept, from each fold's standardized moments
    # (pseudo-inverse: exactly collinear items get the minimum-norm fit, as lstsq)
    coef = np.linalg.pinv(corr[:, x_cols[:, None], x_cols]) @ corr[:, x_cols[:, None], item_idx]
    shape = (len(folds), len(values), len(item_idx))
    pred_pls, pred_lm, pred_naive = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    for r in range(len(folds)):
        g = fold_of[r]
        pred_pls[r] = _predict_rows(values, g, mean, sd, *fitted, layout)[:, item_idx]
        pred_lm[r] = _lm_rows(values, g, mean, sd, coef, x_cols, item_idx)
        pred_naive[r] = mean[g][:, item_idx]
    if not (np.isfinite(pred_pls).all() and np.isfinite(pred_lm).all()):
        return None
    return pred_pls, pred_lm, pred_naive


def _not_assessed(items: list[str]) -> pd.DataFrame:
    empty = np.full(len(items), np.nan)
    table = pd.DataFrame(
        {
            "indicator": items,
            **{c: empty for c in COLUMNS[1:6]},
            "metric": "rmse",
            "pls_ahead": False,
            "settled": False,
            "q2_settled": False,
        }
    )
    return table[COLUMNS]


def _fold_noise(
    actual: np.ndarray, preds: tuple[np.ndarray, np.ndarray, np.ndarray], skewed: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Standard errors over the repetitions of the error gap and of Q²predict."""
    pred_pls, pred_lm, pred_naive = preds
    n_rep = len(pred_pls)
    r_pls, r_lm, r_naive = actual - pred_pls, actual - pred_lm, actual - pred_naive
    per_gap = np.where(
        skewed,
        np.abs(r_pls).mean(axis=1) - np.abs(r_lm).mean(axis=1),
        np.sqrt((r_pls**2).mean(axis=1)) - np.sqrt((r_lm**2).mean(axis=1)),
    )
    per_q2 = 1 - (r_pls**2).sum(axis=1) / (r_naive**2).sum(axis=1)
    se_gap = per_gap.std(axis=0, ddof=1) / np.sqrt(n_rep)
    se_q2 = per_q2.std(axis=0, ddof=1) / np.sqrt(n_rep)
    return se_gap, se_q2


def _assess(
    items: list[str], actual: np.ndarray, preds: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> tuple[pd.DataFrame, str]:
    """The table and the verdict from the repetitions' predictions (see the module docstring)."""
    # each respondent's prediction averaged over the repetitions first (seminr, Shmueli et al.)
    e_pls, e_lm, e_naive = (actual - p.mean(axis=0) for p in preds)
    rmse_pls, rmse_lm = np.sqrt((e_pls**2).mean(axis=0)), np.sqrt((e_lm**2).mean(axis=0))
    mae_pls, mae_lm = np.abs(e_pls).mean(axis=0), np.abs(e_lm).mean(axis=0)
    q2 = 1 - (e_pls**2).sum(axis=0) / (e_naive**2).sum(axis=0)
    with warnings.catch_warnings():  # constant errors: no skewness, compare RMSE
        warnings.simplefilter("ignore", RuntimeWarning)
        skewed = np.abs(sps.skew(e_pls, axis=0)) > 1
    gap = np.where(skewed, mae_pls - mae_lm, rmse_pls - rmse_lm)
    better = gap < 0
    # fold noise: the same comparisons within each repetition, and their spread
    settled = np.ones(len(items), dtype=bool)
    q2_settled = np.ones(len(items), dtype=bool)
    if len(preds[0]) >= 2:
        se_gap, se_q2 = _fold_noise(actual, preds, skewed)
        settled = np.abs(gap) > 2 * se_gap
        q2_settled = np.abs(q2) > 2 * se_q2
    table = pd.DataFrame(
        {
            "indicator": items,
            "q2_predict": q2,
            "rmse_pls": rmse_pls,
            "rmse_lm": rmse_lm,
            "mae_pls": mae_pls,
            "mae_lm": mae_lm,
            "metric": np.where(skewed, "mae", "rmse"),
            "pls_ahead": better,
            "settled": settled,
            "q2_settled": q2_settled,
        }
    )
    return table, _verdict(q2, better)


def pls_predict(
    result: PLSResult,
    k: int = 10,
    repetitions: int = REPETITIONS,
    seed: int = 1,
    targets: tuple[str, ...] | None = None,
    folds: np.ndarray | None = None,
) -> tuple[pd.DataFrame, str]:
    """(per-item table, verdict); see the module docstring.

    ``folds`` (repetitions x n fold numbers, one row per repetition) can be injected.
    The table's columns: indicator, q2_predict, rmse_pls, rmse_lm, mae_pls, mae_lm,
    metric (the error compared: "rmse" or "mae"), pls_ahead (PLS has the lower
    error), settled (that comparison holds beyond fold noise), q2_settled (so does
    Q²predict's sign).
    """
    values = np.asarray(result.data.values, dtype=float)
    n = len(values)
    item_idx, x_cols = _columns(result.layout, targets)
    if folds is None:
        rng = np.random.default_rng(seed)
        folds = np.array([rng.permutation(np.arange(n) % k) for _ in range(repetitions)])
    folds = np.atleast_2d(np.asarray(folds))
    items = [result.layout.items[j] for j in item_idx]
    preds = _out_of_sample(result, folds, item_idx, x_cols)
    if preds is None:
        return _not_assessed(items), NOT_ASSESSED
    return _assess(items, values[:, item_idx], preds)


def is_borderline(table: pd.DataFrame) -> bool:
    """Whether items within fold noise could change the verdict (see the module docstring)."""
    if table.q2_predict.isna().all():
        return False
    m = len(table)
    q2_low = (table.q2_predict <= 0).to_numpy()
    q2_loose = ~table.q2_settled.to_numpy(dtype=bool)
    better = table.pls_ahead.to_numpy(dtype=bool)
    loose = ~table.settled.to_numpy(dtype=bool)
    q2_states = {bool((q2_low & ~q2_loose).any())}
    if q2_loose.any():
        q2_states.add(True)
        if not (q2_low & ~q2_loose).any():
            q2_states.add(False)
    low, high = int((better & ~loose).sum()), int((better & ~loose).sum() + loose.sum())
    verdicts = {_verdict_from(q, c, m) for q in q2_states for c in range(low, high + 1)}
    return len(verdicts) > 1
