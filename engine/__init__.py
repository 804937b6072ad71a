"""Driver Lab's PLS-SEM engine: pure Python (NumPy, pandas, SciPy), no Streamlit.

Typical use::

    from engine import estimate, read_table, STUDY_MODEL
    result = estimate(read_table("survey.csv"), STUDY_MODEL)
    result.paths, result.reliability, result.notes

From the command line: ``python -m engine analyze DATA --out RESULT.json``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from engine.base.errors import (
    BootstrapCancelled,
    DataError,
    DriverLabError,
    EstimationError,
    ModelError,
)
from engine.base.settings import Settings
from engine.base.version import __version__ as __version__
from engine.core.spec import Construct, ModelSpec, composite, items, paths, reflective
from engine.study.model import STUDY_LABELS, STUDY_MODEL

if TYPE_CHECKING:
    import pandas as pd

    from engine.core.data import PreparedData, prepare
    from engine.core.estimate import PLSResult
    from engine.intake.io import read_table

#: Names whose modules need NumPy and pandas: imported on first use, so that
#: ``python -m engine --help`` answers without loading them (the start-up bench
#: and tests/test_setup.py watch this).
_LAZY = {
    "PreparedData": "engine.core.data",
    "prepare": "engine.core.data",
    "PLSResult": "engine.core.estimate",
    "read_table": "engine.intake.io",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def estimate(
    data: pd.DataFrame, spec: ModelSpec = STUDY_MODEL, settings: Settings | None = None
) -> PLSResult:
    """Estimate ``spec`` (by default the study's model) on ``data``.

    One column per item code; other columns are ignored. See
    :func:`engine.core.estimate.estimate`.
    """
    from engine.core.estimate import estimate as _estimate

    return _estimate(data, spec, settings)


__all__ = [
    "STUDY_LABELS",
    "STUDY_MODEL",
    "BootstrapCancelled",
    "Construct",
    "DataError",
    "DriverLabError",
    "EstimationError",
    "ModelError",
    "ModelSpec",
    "PLSResult",
    "PreparedData",
    "Settings",
    "composite",
    "estimate",
    "items",
    "paths",
    "prepare",
    "read_table",
    "reflective",
]
