"""Build ``demo_survey.csv``: a small synthetic survey shaped like the study.

The demo lets the app and the command line show real output from day one. It
is synthetic: latent scores are drawn with the study's path structure
(INT, INF, PSN -> CLE -> VCC) and effect sizes near the published ones, and
turned into 1-5 answers leaning toward agreement. Deterministic: running this
script rebuilds the file byte for byte. The calibrated 225-response sample that
reproduces the paper's tables is ``make_sample.py`` (issue 4).

    python sample_data/make_demo.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261125
N = 120
LOADINGS = {
    "INT": [0.75, 0.74, 0.80, 0.80],
    "INF": [0.73, 0.70, 0.74, 0.74],
    "PSN": [0.72, 0.72, 0.83, 0.81, 0.79],
    "CLE": [0.86, 0.88, 0.91, 0.82],
    "VCC": [0.84, 0.87, 0.84, 0.89, 0.88],
}
CUTS = np.array([-2.2, -1.3, -0.35, 0.75])  # answers 1..5, leaning toward agreement


def build(seed: int = SEED, n: int = N) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    drivers = rng.multivariate_normal(
        np.zeros(3), [[1, 0.53, 0.63], [0.53, 1, 0.51], [0.63, 0.51, 1]], size=n
    )
    beta = np.array([0.27, 0.22, 0.37])
    signal = drivers @ beta
    cle = signal + rng.standard_normal(n) * np.sqrt(max(1 - signal.var(), 0.3))
    cle = (cle - cle.mean()) / cle.std()
    vcc = 0.74 * cle + rng.standard_normal(n) * np.sqrt(1 - 0.74**2)
    latent = {
        "INT": drivers[:, 0],
        "INF": drivers[:, 1],
        "PSN": drivers[:, 2],
        "CLE": cle,
        "VCC": vcc,
    }
    columns = {}
    for name, lams in LOADINGS.items():
        for k, lam in enumerate(lams, start=1):
            x = lam * latent[name] + np.sqrt(1 - lam**2) * rng.standard_normal(n)
            columns[f"{name}{k:02d}"] = np.searchsorted(CUTS, x) + 1
    frame = pd.DataFrame(columns)
    frame.insert(0, "respondent", np.arange(1, n + 1))
    return frame


if __name__ == "__main__":
    out = Path(__file__).with_name("demo_survey.csv")
    build().to_csv(out, index=False, lineterminator="\n")
    print(f"wrote {out}")
