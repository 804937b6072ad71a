"""The answer scale of a survey: one rule for the intake and the owner analytics.

``engine.intake.survey.import_survey`` uses it to set aside answers off the scale;
``engine.analytics.drivers`` (IPMA, what-if) and ``engine.analytics.advice`` put answers on 0-100
with it when the caller gives no scale (the app and the CLI pass the survey's).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

#: The standard answer scales, smallest first (their lower end is 1, or 0 below).
TOPS = (5, 7, 10)
#: Share of answers a standard scale must hold: the rest are stray entries
#: (typing mistakes such as 55 for 5), which the intake flags off the scale.
HOLDS = 0.995
#: Answers of 0 start the scale at 0 when more than this share of them are 0;
#: fewer are stray entries too.
ZERO_SHARE = 0.01


def detect_scale(values: np.ndarray | Mapping[str, np.ndarray]) -> tuple[float, float]:
    """The answer scale: 1-5, 1-7 or 1-10 (0-... when 0 is a real answer).

    The smallest standard scale holding 99.5% of the answers; when none does
    (answers above 10 points, such as 0-100 ratings) the answers' own range, so
    that nothing is forced onto a scale it does not have. No answers: 1-5.
    """
    arrays = values.values() if isinstance(values, Mapping) else [values]
    present = np.concatenate([np.asarray(v, dtype=float).ravel() for v in arrays] + [np.empty(0)])
    present = present[np.isfinite(present)]
    if present.size == 0:
        return (1.0, 5.0)
    top = float(np.quantile(present, HOLDS))
    low = 0.0 if (present == 0).mean() > ZERO_SHARE else 1.0
    for high in TOPS:
        if top <= high:
            return (low, float(high))
    return (float(present.min()), float(present.max()))
