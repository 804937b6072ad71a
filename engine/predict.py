"""PLSpredict (Shmueli et al. 2016, 2019): out-of-sample prediction of the target's items.

k-fold cross-validation, repeated: in each fold the model is estimated on the
training rows; the holdout rows' exogenous items are standardized with the
training means and SDs, weighted into construct scores, carried through the
path coefficients to the endogenous constructs (the earliest-antecedent
approach, as seminr's default) and turned back into answers through the
loadings and the training means and SDs. The benchmark is a linear regression
of each target item on all items of the exogenous constructs. Reported per
item of the target(s): Q²predict (against the training mean), RMSE and MAE of
PLS and of the benchmark. The verdict follows Shmueli et al. (2019): none /
low / medium / high predictive power as no, a minority, a majority or all of
the items have a lower prediction error than the benchmark (RMSE; MAE when the
prediction errors are highly skewed), provided Q²predict > 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats as sps

from .estimate import correlation
from .pls import Layout, derive, fit_weights

COLUMNS = ["indicator", "q2_predict", "rmse_pls", "rmse_lm", "mae_pls", "mae_lm"]


def _predict_fold(train: np.ndarray, test: np.ndarray, layout: Layout, settings) -> np.ndarray:
    """PLS predictions (n_test, p) of every item from the exogenous constructs."""
    mean, sd = train.mean(axis=0), train.std(axis=0, ddof=1)
    s = correlation(train)[None]
    fit = fit_weights(s, layout, settings.scheme, settings.max_iter, settings.tol)
    est = derive(s, fit.weights, layout)
    z = (test - mean) / sd
    k = len(layout.names)
    scores = np.zeros((len(test), k))
    exo = [j for j in range(k) if j not in layout.endogenous]
    w = fit.weights[0]
    for j in exo:
        sl = layout.slices[j]
        scores[:, j] = z[:, sl] @ w[sl]
    # earliest antecedents: endogenous scores from the exogenous ones via total effects
    scores += scores[:, exo] @ est.total[0][exo, :]
    loadings = est.loadings[0]
    z_hat = scores[:, layout.block] * loadings
    return z_hat * sd + mean


def _lm_fold(train: np.ndarray, test: np.ndarray, x_cols: np.ndarray) -> np.ndarray:
    design = np.column_stack([np.ones(len(train)), train[:, x_cols]])
    coef = np.linalg.lstsq(design, train, rcond=None)[0]
    return np.column_stack([np.ones(len(test)), test[:, x_cols]]) @ coef


def pls_predict(
    result,
    k: int = 10,
    repetitions: int = 10,
    seed: int = 1,
    targets: tuple[str, ...] | None = None,
    folds: np.ndarray | None = None,
) -> tuple[pd.DataFrame, str]:
    """(per-item table, verdict). ``folds`` (repetitions x n fold numbers) can be injected."""
    values = np.asarray(result.data.values, dtype=float)
    layout = result.layout
    n = len(values)
    names = layout.names
    targets = targets or tuple(
        names[j] for j in layout.endogenous if not any(j in a for a in layout.antecedents)
    )
    target_idx = [names.index(t) for t in targets]
    item_idx = np.concatenate(
        [np.arange(layout.slices[j].start, layout.slices[j].stop) for j in target_idx]
    )
    exo = [j for j in range(len(names)) if j not in layout.endogenous]
    x_cols = np.concatenate([np.arange(layout.slices[j].start, layout.slices[j].stop) for j in exo])
    rng = np.random.default_rng(seed)
    if folds is None:
        folds = np.array([rng.permutation(np.arange(n) % k) for _ in range(repetitions)])
    err_pls = np.zeros((len(folds), n, len(item_idx)))
    err_lm = np.zeros_like(err_pls)
    err_naive = np.zeros_like(err_pls)
    for r, assign in enumerate(folds):
        for f in np.unique(assign):
            test = assign == f
            train_v, test_v = values[~test], values[test]
            pls = _predict_fold(train_v, test_v, layout, result.settings)
            lm = _lm_fold(train_v, test_v, x_cols)
            err_pls[r, test] = (test_v - pls)[:, item_idx]
            err_lm[r, test] = (test_v - lm)[:, item_idx]
            err_naive[r, test] = (test_v - train_v.mean(axis=0))[:, item_idx]

    # average over repetitions of each respondent's prediction error, as PLSpredict does
    def rmse(e):
        return np.sqrt((e**2).mean(axis=(0, 1)))

    def mae(e):
        return np.abs(e).mean(axis=(0, 1))

    q2 = 1 - (err_pls**2).sum(axis=(0, 1)) / (err_naive**2).sum(axis=(0, 1))
    table = pd.DataFrame(
        {
            "indicator": [layout.items[j] for j in item_idx],
            "q2_predict": q2,
            "rmse_pls": rmse(err_pls),
            "rmse_lm": rmse(err_lm),
            "mae_pls": mae(err_pls),
            "mae_lm": mae(err_lm),
        }
    )
    skewed = np.abs(sps.skew(err_pls.reshape(-1, len(item_idx)), axis=0)) > 1
    better = np.where(skewed, table.mae_pls < table.mae_lm, table.rmse_pls < table.rmse_lm)
    if (table.q2_predict <= 0).any():
        verdict = "no predictive relevance (Q²predict not above 0 for every item)"
    elif better.all():
        verdict = "high predictive power"
    elif better.mean() > 0.5:
        verdict = "medium predictive power"
    elif better.any():
        verdict = "low predictive power"
    else:
        verdict = "lacks predictive power"
    return table, verdict
