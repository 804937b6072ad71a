"""Cached engine calls: each analysis is computed once per data, model and settings.

Caches are bounded (``max_entries``) so that many sessions cannot exhaust memory,
and hold no Streamlit UI calls. A call that raised is not cached. Cached values
are keyed by a digest of the survey's full contents (every row, every column,
its names and dtypes) with the model and settings, so one session can only ever
receive a result computed from the very data it supplied itself. Streamlit's own
hashing is never used for tables: it hashes only a 10,000-row sample of a table
of 50,000 rows or more, so two surveys differing outside that sample would share
a key. The frames are passed with a leading underscore (excluded from Streamlit's
hash) next to their precomputed :func:`digest`.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

import engine
from engine.core.bootstrap import N_BOOT, BootstrapResult, bootstrap
from engine.intake.survey import Survey, import_survey

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_RAW = ROOT / "sample_data" / "livestream_survey_raw.xlsx"
#: The bootstrap seed the app uses, so that results are the same on every visit.
SEED = 2023


@st.cache_data(max_entries=2, show_spinner=False)
def sample_survey() -> Survey:
    """The bundled raw export, screened with the study's rules (225 of 262)."""
    return import_survey(engine.read_table(SAMPLE_RAW))


def _update(h, values) -> None:
    """Feed one column's (or the index's) exact values to the hash."""
    array = pd.Series(values).to_numpy()
    if array.dtype.kind in "biufcmM":
        h.update(array.dtype.str.encode())
        h.update(array.tobytes())  # exact bytes: NaN, -0.0 and every digit kept
    else:
        h.update(b"O")
        h.update("\x1f".join(f"{type(v).__name__}:{v!r}" for v in array).encode("utf-8", "replace"))
    h.update(b"\x1e")


def table_digest(data: pd.DataFrame) -> str:
    """SHA-256 of the whole table: every row and column, names, dtypes, index.

    The costly part of a key (it reads every cell): a session computes it once per table
    and keeps it on its analysis (``ui.session.Analysis.digest``), passing it as ``table=``.
    """
    h = hashlib.sha256()
    h.update(repr((data.shape, [str(c) for c in data.columns])).encode("utf-8", "replace"))
    _update(h, data.index)
    for _, column in data.items():
        _update(h, column)
    return h.hexdigest()


def digest(data: pd.DataFrame, *parts, table: str | None = None) -> str:
    """SHA-256 of the whole table (:func:`table_digest`) and ``parts``.

    ``parts`` (model, settings, options) enter through their ``repr``: the model and
    settings are frozen dataclasses whose repr names every field. ``table``: the table's
    :func:`table_digest` when already known (it must be that of ``data``).
    """
    h = hashlib.sha256()
    h.update((table or table_digest(data)).encode())
    h.update(repr(parts).encode("utf-8", "replace"))
    return h.hexdigest()


@st.cache_data(max_entries=32, show_spinner=False)
def _estimate(
    key: str, _data: pd.DataFrame, _spec: engine.ModelSpec, _settings: engine.Settings
) -> engine.PLSResult:
    return engine.estimate(_data, _spec, _settings)


def estimate(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    table: str | None = None,
) -> engine.PLSResult:
    """The estimate of this data, model and settings, keyed by :func:`digest`."""
    return _estimate(digest(data, spec, settings, table=table), data, spec, settings)


_BOOT_LOCK = threading.Lock()
_BOOT_CACHE: OrderedDict[str, BootstrapResult] = OrderedDict()
BOOT_ENTRIES = 16


def _boot_key(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    n_boot: int,
    f_squared: bool,
    table: str | None = None,
) -> str:
    return digest(data, spec, settings, n_boot, f_squared, SEED, table=table)


def boot_key(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    n_boot: int = N_BOOT,
    f_squared: bool = False,
    table: str | None = None,
) -> str:
    """The digest a bootstrap of exactly this data, model and settings is kept under."""
    return _boot_key(data, spec, settings, n_boot, f_squared, table)


def has_bootstrap(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    n_boot: int = N_BOOT,
    table: str | None = None,
) -> bool:
    """Whether that bootstrap is already computed (a page can then draw it without waiting)."""
    key = _boot_key(data, spec, settings, n_boot, False, table)
    with _BOOT_LOCK:
        return key in _BOOT_CACHE


def bootstrapped(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    n_boot: int = N_BOOT,
    f_squared: bool = False,
    progress: Callable[[float], None] | None = None,
    table: str | None = None,
) -> BootstrapResult:
    """The bootstrap of this data, model and settings: computed once, kept in a bounded cache.

    Keyed by the data's contents, so a session only ever receives a bootstrap of the
    data it supplied. ``progress`` (fraction done) is called only when computing.
    ``table``: the data's :func:`table_digest` when already known.
    """
    key = _boot_key(data, spec, settings, n_boot, f_squared, table)
    with _BOOT_LOCK:
        if key in _BOOT_CACHE:
            _BOOT_CACHE.move_to_end(key)
            return _BOOT_CACHE[key]
    result = estimate(data, spec, settings, table)
    boot = bootstrap(result, n_boot, seed=SEED, f_squared=f_squared, progress=progress)
    with _BOOT_LOCK:
        _BOOT_CACHE[key] = boot
        while len(_BOOT_CACHE) > BOOT_ENTRIES:
            _BOOT_CACHE.popitem(last=False)
    return boot


_KEPT_LOCK = threading.Lock()
_KEPT: dict[str, OrderedDict[str, object]] = {}
#: Derived results kept per kind (the owner's story, ...): as many as bootstraps.
KEPT_ENTRIES = 16


def kept(kind: str, key: str, build):
    """``build()``, computed once per ``key`` and kept in a bounded cache of its ``kind``.

    For results derived from an analysis (the owner's story with its advice): ``key``
    must be a digest of everything they are computed from (:func:`boot_key` and the
    options), so a session only ever receives what its own data gives. Unlike
    ``st.cache_data`` the value is returned as it is, not unpickled on every hit; it is
    shared, so it must not be changed (the engine's results are not).
    """
    with _KEPT_LOCK:
        entries = _KEPT.setdefault(kind, OrderedDict())
        if key in entries:
            entries.move_to_end(key)
            return entries[key]
    value = build()
    with _KEPT_LOCK:
        entries[key] = value
        while len(entries) > KEPT_ENTRIES:
            entries.popitem(last=False)
    return value


def prediction(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    result: engine.PLSResult,
    table: str | None = None,
):
    """PLSpredict's (table, verdict) for ``result``, the estimate of exactly ``data``,
    ``spec`` and ``settings`` (the key), computed once per key (10 folds x 10 repetitions)."""
    from engine.analytics.predict import pls_predict

    key = digest(data, spec, settings, "pls_predict", table=table)
    return kept("prediction", key, lambda: pls_predict(result))


@st.cache_data(max_entries=16, show_spinner=False)
def _groups(
    key: str, _data: pd.DataFrame, _spec: engine.ModelSpec, _settings: engine.Settings, column: str
):
    from engine.analytics.segments import compare_groups

    return compare_groups(_data, column, _spec, _settings, n_perm=1000, n_boot=1000, seed=SEED)


def groups(
    data: pd.DataFrame,
    spec: engine.ModelSpec,
    settings: engine.Settings,
    column: str,
    table: str | None = None,
):
    """The group comparison of this data on ``column``, keyed by :func:`digest`."""
    key = digest(data, spec, settings, column, table=table)
    return _groups(key, data, spec, settings, column)
