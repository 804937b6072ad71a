"""Why ui/__init__ sets a private Streamlit flag (issue 17): the facts it rests on.

Streamlit 1.67 has no supported way to leave the legacy multipage mode that a `pages/`
folder beside the entry point switches on (see ui/__init__.py). These checks fail when an
upgrade changes that, so that the workaround is revisited instead of silently doing nothing.
"""

from __future__ import annotations

import pytest
import streamlit
from streamlit import config
from streamlit.runtime.pages_manager import PagesManager

from .browser import (
    DESKTOP,
    browser_context,
    require_chromium,
    running_app,
    survey_database_in,
    wait_idle,
)
from .conftest import ROOT


def test_a_pages_folder_beside_the_entry_point_starts_the_legacy_mode() -> None:
    saved = PagesManager.uses_pages_directory
    try:
        PagesManager.uses_pages_directory = None  # as on a fresh server
        PagesManager(str(ROOT / "app.py"))
        assert PagesManager.uses_pages_directory is True
    finally:
        PagesManager.uses_pages_directory = saved


def test_no_option_leaves_the_legacy_mode() -> None:
    options = config.get_config_options()
    names = [k for k in options if "page" in k.lower() or "mpa" in k.lower()]
    assert names == [], names  # an option to turn the pages/ folder off would be the supported way
    navigation = [k for k in options if "navigation" in k.lower()]
    assert navigation == ["client.showSidebarNavigation"]  # it only hides the menu


def test_the_pinned_streamlit_is_the_one_checked() -> None:
    pinned = next(
        line.split("==")[1].strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.startswith("streamlit==")
    )
    assert streamlit.__version__ == pinned == "1.67.0"  # re-read ui/__init__.py when upgrading


@pytest.mark.browser
@pytest.mark.parametrize("script", ["app.py", "serve.py"])
def test_a_shared_link_opens_inside_the_app_on_a_fresh_server(script, tmp_path) -> None:
    # The first request of a new server process is a page's own URL: without leaving the
    # legacy mode it would run pages/whatif.py alone (no navigation, no language switch).
    # serve.py imports `ui` at start-up (it warms the sample), before any session: the
    # flag was unset then, and the legacy mode came back for its first visitor.
    from playwright.sync_api import expect

    require_chromium()
    env = survey_database_in(tmp_path)
    with running_app(env, ROOT / script) as url, browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{url}/whatif?sample=1&lang=id")
        expect(page.get_by_text("Bahasa").first).to_be_visible(timeout=60_000)  # app.py's switch
        expect(page.get_by_text("Beranda").first).to_be_visible()  # app.py's navigation
        wait_idle(page)
        assert page.url.split("?")[0].endswith("/whatif")
        assert page.locator('[data-testid="stException"]').count() == 0
