"""The bundled sample's analysis computed when the server starts, before anyone visits.

``serve.py`` (the README's run command) calls :func:`warm` in its start-up hook, so the
first visitor does not wait for the heavy imports (pandas, SciPy, Altair), the sample's
workbook, its estimate, its 5000-resample bootstrap and the owner's story: the pages
find them in the same bounded caches a session would have filled (``ui.cache``), under
the same keys (the digest of the whole table, model and settings), because the analysis
is built by the very function a session uses (:func:`ui.session.sample_analysis`).

Nothing here belongs to a session: only the bundled sample is computed, and a session
still receives only results keyed on the data it supplied. A failure is logged and the
server starts anyway (the pages then compute on the first visit, as without warming).
"""

from __future__ import annotations

import logging
import time

_LOG = logging.getLogger("driverlab.warm")


def warm() -> float:
    """Compute what the first pages of a visit to the sample draw; seconds taken."""
    started = time.perf_counter()
    quiet = logging.getLogger("streamlit")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # "no script run context": expected, nobody is visiting
    try:
        _warm()
    except Exception:  # never stop the server: the pages compute on the first visit instead
        _LOG.exception("warming the sample's analysis failed; pages compute it on first visit")
    finally:
        quiet.setLevel(level)
    _settle_heap()
    return time.perf_counter() - started


def _first_element_check() -> None:
    """Streamlit's once-per-process check, made on the first element a script draws, of
    whether it runs in a Python REPL (``inspect.stack()`` from the script's deep stack:
    ~130 ms with the app's modules loaded, paid by the first visitor): made here, on a
    short stack, where it finds no REPL and a running server, so it says nothing. Skipped
    if a Streamlit version no longer has it."""
    from streamlit import delta_generator

    check = getattr(delta_generator, "_maybe_print_use_warning", None)
    if callable(check):
        check()


def _settle_heap() -> None:
    """Leave what start-up built (modules, the sample's results) out of Python's cyclic
    garbage collector: with it, a full collection took ~260 ms in the middle of a page
    run (seen on a What-if switch); frozen, the collector looks only at what pages make
    afterwards. Memory still returns by reference counting when a cached result is
    dropped; only a reference cycle among the frozen objects would stay."""
    import gc

    gc.collect()
    gc.freeze()


#: What the pages import on their first visit (their own modules aside): imported here once.
MODULES = (
    "altair",  # the charts
    "pandas.io.formats.style",  # the tables' number formats (pandas' Styler and its template)
    "engine.analytics.advice",
    "engine.analytics.drivers",
    "engine.analytics.segments",
    "engine.analytics.story",
    "engine.outputs.charts",
    "engine.outputs.svg",  # the path diagram
    "engine.study.replication",
    "collect.store",  # Collect answers (SQLAlchemy)
)


def _warm() -> None:
    import importlib

    for name in MODULES:
        importlib.import_module(name)
    import pandas as pd

    pd.DataFrame({"x": [0.5]}).style.format("{:.1f}").to_html()  # its template, loaded once
    _first_element_check()

    from . import cache, owner, render, session
    from .i18n import speaking

    analysis = session.sample_analysis()
    result = cache.estimate(analysis.data, analysis.spec, analysis.settings, analysis.digest)
    boot = cache.bootstrapped(
        analysis.data, analysis.spec, analysis.settings, table=analysis.digest
    )
    results = session.Results(analysis, result, boot)
    told = owner.story(results)  # Home, Drivers, Advice, Report
    if told.target is not None:
        owner.driver_tables(results, told.target)  # Drivers' default outcome
    for lang in ("en", "id"):  # Home's chart, as Streamlit is given it, in both languages
        with speaking(lang):
            render.chart_spec(*owner.levers_chart(told))
    if "platform" in analysis.data.columns:  # Segments' default comparison
        cache.groups(analysis.data, analysis.spec, analysis.settings, "platform", analysis.digest)
