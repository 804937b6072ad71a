"""Estimation settings: an immutable record kept on every result."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DriverLabError

SCHEMES = ("path", "factorial", "centroid")
MISSING = ("listwise", "mean")


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
        if not (isinstance(self.max_iter, int) and self.max_iter >= 1):
            raise DriverLabError.coded("settings_max_iter")
        if not (self.tol > 0):
            raise DriverLabError.coded("settings_tol")
