"""Estimation settings: an immutable record kept on every result."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from engine.base.errors import DriverLabError

SCHEMES = ("path", "factorial", "centroid")
MISSING = ("listwise", "mean")
#: Bounds of the iteration settings (issue 14: max_iter 1e9 with tol 1e-300 ran ~100 h).
MAX_ITER = 1_000
TOL_RANGE = (1e-12, 1e-2)


@dataclass(frozen=True)
class Settings:
    """How to estimate.

    - ``scheme``: inner weighting scheme, "path" (default, as SmartPLS),
      "factorial" or "centroid".
    - ``missing``: "listwise" (default: drop rows with an unanswered item, the
      study's rule) or "mean" (replace by the item mean).
    - ``missing_code``: a number that marks an unanswered item (e.g. -99).
    - ``max_iter``: most weight updates before giving up (300).
    - ``tol``: stop when the summed absolute change of the outer weights falls
      below this (1e-7, SmartPLS's and seminr's default).
    """

    scheme: str = "path"
    missing: str = "listwise"
    missing_code: float | None = None
    max_iter: int = 300
    tol: float = 1e-7

    def __post_init__(self) -> None:
        if self.scheme not in SCHEMES:
            raise DriverLabError.coded("settings_scheme", value=self.scheme, choices=SCHEMES)
        if self.missing not in MISSING:
            raise DriverLabError.coded("settings_missing", value=self.missing, choices=MISSING)
        if not (
            isinstance(self.max_iter, int)
            and not isinstance(self.max_iter, bool)
            and 1 <= self.max_iter <= MAX_ITER
        ):
            raise DriverLabError.coded("settings_max_iter", most=MAX_ITER)
        if not (
            isinstance(self.tol, int | float)
            and not isinstance(self.tol, bool)
            and TOL_RANGE[0] <= self.tol <= TOL_RANGE[1]
        ):
            raise DriverLabError.coded("settings_tol", low=TOL_RANGE[0], high=TOL_RANGE[1])
        code = self.missing_code
        if code is not None and (
            isinstance(code, bool)
            or not isinstance(code, int | float)
            or not math.isfinite(code)
            or abs(code) > 1e15
        ):
            raise DriverLabError.coded("settings_missing_code")

    def to_dict(self) -> dict[str, Any]:
        """The settings as JSON values, in field order: the one serialisation used by
        the result's meta (CLI JSON) and the saved analysis (``engine.core.schema`` reads it)."""
        return asdict(self)
