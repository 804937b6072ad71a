"""Random PLS models and data for property and oracle tests (test-only helpers)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from engine import Construct, ModelSpec


def random_model(rng: np.random.Generator, allow_mode_b: bool = True) -> ModelSpec:
    """3-8 constructs, 1-8 items each, mode A or B, a random recursive path structure."""
    k = int(rng.integers(3, 9))
    constructs = []
    for j in range(k):
        n_items = int(rng.integers(1, 9))
        mode = "B" if allow_mode_b and n_items >= 2 and rng.random() < 0.3 else "A"
        name = f"C{j}"
        constructs.append(Construct(name, tuple(f"{name}_{i}" for i in range(n_items)), mode))
    paths = [("C0", "C1")]
    for j in range(2, k):
        n_pred = int(rng.integers(1, min(j, 3) + 1))
        for src in rng.choice(j, size=n_pred, replace=False):
            paths.append((f"C{int(src)}", f"C{j}"))
    return ModelSpec(tuple(constructs), tuple(paths))


def simulate(
    spec: ModelSpec,
    n: int,
    rng: np.random.Generator,
    likert: bool = False,
    params_rng: np.random.Generator | None = None,
) -> pd.DataFrame:
    """Data with a real structure behind ``spec``: latent scores driven along the paths,
    items loading 0.6-0.9 on their construct.

    The population (path weights, loadings) comes from ``params_rng`` when given,
    else from ``rng``; the respondents' noise always from ``rng``. A fixed
    ``params_rng`` seed therefore gives repeated samples of one population.
    """
    prng = rng if params_rng is None else params_rng
    betas = {}
    for name in spec.causal_order:
        ants = spec.antecedents(name)
        if ants:
            signs = prng.choice([1, 1, 1, -1], size=len(ants))
            betas[name] = prng.uniform(0.2, 0.6, size=len(ants)) * signs
    loadings = {i: prng.uniform(0.6, 0.9) for i in spec.items}

    latent: dict[str, np.ndarray] = {}
    for name in spec.causal_order:
        ants = spec.antecedents(name)
        if not ants:
            latent[name] = rng.standard_normal(n)
            continue
        signal = sum(b * latent[a] for a, b in zip(ants, betas[name], strict=True))
        signal = signal / signal.std()
        latent[name] = 0.7 * signal + np.sqrt(1 - 0.49) * rng.standard_normal(n)
    columns = {}
    for c in spec.constructs:
        for item in c.indicators:
            lam = loadings[item]
            x = lam * latent[c.name] + np.sqrt(1 - lam**2) * rng.standard_normal(n)
            if likert:
                x = np.clip(np.round(3 + 1.1 * x), 1, 5)
            columns[item] = x
    return pd.DataFrame(columns)
