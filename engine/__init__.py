"""Driver Lab's PLS-SEM engine: pure Python (NumPy, pandas, SciPy), no Streamlit.

Typical use::

    from engine import estimate, read_table, STUDY_MODEL
    result = estimate(read_table("survey.csv"), STUDY_MODEL)
    result.paths, result.reliability, result.notes

From the command line: ``python -m engine analyze DATA --out RESULT.json``.
"""

__version__ = "0.1.0"

import importlib
import sys
import types

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

#: Names whose modules need NumPy and pandas: imported on first use, so that
#: ``python -m engine --help`` answers without loading them (the start-up bench
#: and tests/test_setup.py watch this).
_LAZY = {
    "PreparedData": "data",
    "prepare": "data",
    "PLSResult": "estimate",
    "estimate": "estimate",
    "read_table": "io",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(types.ModuleType):
    """``engine.estimate`` stays the function once the submodule of that name is imported.

    Importing ``engine.estimate`` (the module) binds it on the package; with the
    imports above eager the function was bound after it. Lazily, this keeps that.
    """

    def __setattr__(self, name: str, value) -> None:
        if name == "estimate" and isinstance(value, types.ModuleType):
            value = value.estimate
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

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
