"""Driver Lab's PLS-SEM engine: pure Python (NumPy, pandas, SciPy), no Streamlit.

Typical use::

    from engine import estimate, read_table, STUDY_MODEL
    result = estimate(read_table("survey.csv"), STUDY_MODEL)
    result.paths, result.reliability, result.notes

From the command line: ``python -m engine analyze DATA --out RESULT.json``.
"""

__version__ = "0.1.0"

from .errors import BootstrapCancelled, DataError, DriverLabError, EstimationError, ModelError
from .settings import Settings
from .spec import (
    STUDY_LABELS,
    STUDY_MODEL,
    Construct,
    ModelSpec,
    composite,
    items,
    paths,
    reflective,
)
from .data import PreparedData, prepare
from .estimate import PLSResult, estimate
from .io import read_table

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
