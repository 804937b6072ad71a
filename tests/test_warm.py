"""ui/warm.py: what the server computes while it starts is what a visitor's pages then use.

The warm-up is only worth its start-up time if a session opening the sample finds its
results under the very keys warm() filled: the test empties every cache, warms, then
makes every heavy computation fail and walks the sample's pages as a visitor. Without
the warm-up (or with keys that differ from a session's), the walk computes and fails.
"""

from __future__ import annotations

import gc
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


def _empty_caches() -> None:
    from ui import cache, render

    st.cache_data.clear()
    with cache._BOOT_LOCK:
        cache._BOOT_CACHE.clear()
    with cache._KEPT_LOCK:
        cache._KEPT.clear()
    with render._SPECS_LOCK:
        render._SPECS.clear()


def _refuse(*_args, **_kwargs):
    raise AssertionError("computed on a visit: the warm-up should have done it")


def test_a_visit_after_warming_computes_nothing_heavy(monkeypatch) -> None:
    import engine.analytics.segments
    import ui.cache
    import ui.owner
    from ui import warm

    _empty_caches()
    try:
        assert warm.warm() > 0
        assert gc.get_freeze_count() > 0  # start-up's objects left out of the cyclic collector
        # the heavy work a first visit would otherwise do: bootstrap, story, groups
        monkeypatch.setattr(ui.cache, "bootstrap", _refuse)
        monkeypatch.setattr(ui.owner, "build_story", _refuse)
        monkeypatch.setattr(engine.analytics.segments, "compare_groups", _refuse)
        for lang in ("id", "en"):  # the walk below goes on in English
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.query_params["lang"] = lang
            at.run()
            assert not at.exception, at.exception
            assert at.subheader, "Home shows its answer"
        # (AppTest formats a selectbox's options outside the session's language, so the
        # page walk is in English)
        for page in ("drivers", "advice", "segments", "whatif", "structural", "report"):
            at.switch_page(f"pages/{page}.py").run()
            assert not at.exception, (page, at.exception)
    finally:
        monkeypatch.undo()
        _empty_caches()  # other tests start from empty caches, as before
        gc.unfreeze()


def test_warming_never_stops_the_server(monkeypatch, caplog) -> None:
    """A failure while warming is logged; the server starts anyway (pages compute later)."""
    from ui import session, warm

    def broken():
        raise OSError("sample missing")

    monkeypatch.setattr(session, "sample_analysis", broken)
    with caplog.at_level("ERROR", logger="driverlab.warm"):
        assert warm.warm() >= 0
    assert "warming the sample's analysis failed" in caplog.text


def test_the_run_command_warms_while_starting(monkeypatch) -> None:
    """serve.py (the README's run command) warms in its start-up hook, before it serves."""
    import asyncio
    import importlib
    import sys

    monkeypatch.syspath_prepend(str(ROOT))
    serve = importlib.import_module("serve")
    calls = []
    monkeypatch.setattr(serve.db, "engine_for", lambda: calls.append("database"))
    monkeypatch.setattr(serve.db, "dispose", lambda: calls.append("closed"))
    monkeypatch.setattr(serve.warm, "warm", lambda: calls.append("warmed") or 0.0)

    async def start_and_stop():
        async with serve._lifespan(None):
            calls.append("serving")

    asyncio.run(start_and_stop())
    assert calls == ["database", "warmed", "serving", "closed"]
    sys.modules.pop("serve", None)
