"""Estimation settings: an immutable record kept on every result."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from .errors import DriverLabError

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
            raise DriverLabError(
                f"Unknown inner weighting scheme {self.scheme!r}.",
                "Use one of: " + ", ".join(SCHEMES) + ".",
                indonesian=(
                    f"Skema pembobotan dalam {self.scheme!r} tidak dikenal.",
                    "Pakai salah satu: " + ", ".join(SCHEMES) + ".",
                ),
            )
        if self.missing not in MISSING:
            raise DriverLabError(
                f"Unknown missing-data policy {self.missing!r}.",
                "Use one of: " + ", ".join(MISSING) + ".",
                indonesian=(
                    f"Aturan data hilang {self.missing!r} tidak dikenal.",
                    "Pakai salah satu: " + ", ".join(MISSING) + ".",
                ),
            )
        if not (
            isinstance(self.max_iter, int)
            and not isinstance(self.max_iter, bool)
            and 1 <= self.max_iter <= MAX_ITER
        ):
            raise DriverLabError(
                f"max_iter must be a whole number from 1 to {MAX_ITER:,}.",
                "300 is the usual choice.",
                indonesian=(
                    f"max_iter harus bilangan bulat dari 1 sampai {MAX_ITER:,}.",
                    "300 adalah pilihan yang biasa.",
                ),
            )
        if not (
            isinstance(self.tol, int | float)
            and not isinstance(self.tol, bool)
            and TOL_RANGE[0] <= self.tol <= TOL_RANGE[1]
        ):
            raise DriverLabError(
                f"tol must be a number from {TOL_RANGE[0]:g} to {TOL_RANGE[1]:g}.",
                "1e-07 is the usual choice.",
                indonesian=(
                    f"tol harus bilangan dari {TOL_RANGE[0]:g} sampai {TOL_RANGE[1]:g}.",
                    "1e-07 adalah pilihan yang biasa.",
                ),
            )
        code = self.missing_code
        if code is not None and (
            isinstance(code, bool)
            or not isinstance(code, int | float)
            or not math.isfinite(code)
            or abs(code) > 1e15
        ):
            raise DriverLabError(
                "The missing-answer code must be a number, such as -99.",
                "Leave it empty when unanswered items are simply blank.",
                indonesian=(
                    "Kode jawaban kosong harus berupa angka, misalnya -99.",
                    "Biarkan kosong bila butir yang tidak dijawab memang dibiarkan kosong.",
                ),
            )

    def to_dict(self) -> dict[str, Any]:
        """The settings as JSON values, in field order: the one serialisation used by
        the result's meta (CLI JSON) and the saved analysis (``engine.schema`` reads it)."""
        return asdict(self)
