"""Cached engine calls: each analysis is computed once per data, model and settings.

Caches are bounded (``max_entries``) so that many sessions cannot exhaust memory,
and hold no Streamlit UI calls. A call that raised is not cached. Cached values
are keyed by the survey's contents, so one session can only ever receive a
result computed from the very data it supplied itself.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from pathlib import Path

import pandas as pd
import streamlit as st

import engine
from engine.bootstrap import BootstrapResult, bootstrap
from engine.survey import Survey, import_survey

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_RAW = ROOT / "sample_data" / "livestream_survey_raw.xlsx"
#: The bootstrap seed the app uses, so that results are the same on every visit.
SEED = 2023


@st.cache_data(max_entries=2, show_spinner=False)
def sample_survey() -> Survey:
    """The bundled raw export, screened with the study's rules (225 of 262)."""
    return import_survey(engine.read_table(SAMPLE_RAW))


@st.cache_data(max_entries=32, show_spinner=False)
def estimate(
    data: pd.DataFrame, spec: engine.ModelSpec, settings: engine.Settings
) -> engine.PLSResult:
    return engine.estimate(data, spec, settings)


_BOOT_LOCK = threading.Lock()
_BOOT_CACHE: OrderedDict[str, BootstrapResult] = OrderedDict()
BOOT_ENTRIES = 16


def _boot_key(data: pd.DataFrame, spec, settings, n_boot: int, f_squared: bool) -> str:
    digest = hashlib.sha256(pd.util.hash_pandas_object(data, index=True).to_numpy().tobytes())
    digest.update(repr((data.columns.tolist(), spec, settings, n_boot, f_squared)).encode())
    return digest.hexdigest()


def bootstrapped(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    n_boot: int = 5000,
    f_squared: bool = False,
    progress=None,
) -> BootstrapResult:
    """The bootstrap of this data, model and settings: computed once, kept in a bounded cache.

    Keyed by the data's contents, so a session only ever receives a bootstrap of the
    data it supplied. ``progress`` (fraction done) is called only when computing.
    """
    key = _boot_key(data, spec, settings, n_boot, f_squared)
    with _BOOT_LOCK:
        if key in _BOOT_CACHE:
            _BOOT_CACHE.move_to_end(key)
            return _BOOT_CACHE[key]
    result = estimate(data, spec, settings)
    boot = bootstrap(result, n_boot, seed=SEED, f_squared=f_squared, progress=progress)
    with _BOOT_LOCK:
        _BOOT_CACHE[key] = boot
        while len(_BOOT_CACHE) > BOOT_ENTRIES:
            _BOOT_CACHE.popitem(last=False)
    return boot


@st.cache_data(max_entries=16, show_spinner=False)
def groups(data: pd.DataFrame, spec: engine.ModelSpec, settings: engine.Settings, column: str):
    from engine.segments import compare_groups

    return compare_groups(data, column, spec, settings, n_perm=1000, n_boot=1000, seed=SEED)
