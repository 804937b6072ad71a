"""Folded sections drawn only when opened (issue 15), in headless Chromium: on Collect answers
her question wordings survive folding and reopening a section and are what the survey is
created with, in whatever order she folds, edits and presses Create."""

from __future__ import annotations

from pathlib import Path

import pytest

from collect import db, store

from .browser import DESKTOP, browser_context, edit_grid_cell, require_chromium, running_app
from .browser import wait_idle as _wait_idle

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
MINE = "The host answers my questions while the live is on."


def wait_idle(page) -> None:
    _wait_idle(page, timeout=60_000)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_chromium()
    folder = tmp_path_factory.mktemp("speed-folds")
    env = {db.ENV_DIR: str(folder), db.ENV_URL: ""}
    with running_app(env_extra=env, script=ROOT / "serve.py") as url:
        yield url, f"sqlite:///{folder}/{db.FILE_NAME}"
    db.dispose()


def _section(page, code: str = "INT"):
    return page.locator('[data-testid="stExpander"]').filter(has_text=f"({code})").first


def _toggle(page, code: str = "INT") -> None:
    _section(page, code).locator("summary").click()


def _grid(page, code: str = "INT"):
    return _section(page, code).locator('[data-testid="stDataFrame"]').first


def _open_collect(page, url: str, lang: str = "en") -> None:
    from playwright.sync_api import expect

    page.goto(f"{url}/collect?lang={lang}")
    expect(_section(page)).to_be_visible(timeout=60_000)
    wait_idle(page)
    assert page.locator('[data-testid="stDataFrame"]').count() == 0  # nothing drawn folded


def _open_and_edit(page, text: str = MINE):
    from playwright.sync_api import expect

    _toggle(page)
    grid = _grid(page)
    expect(grid).to_be_visible(timeout=60_000)
    edit_grid_cell(page, grid, column=1, row=0, text=text)  # 0: the row markers
    return grid


def _create_and_read(page, url: str, database: str, lang: str = "en") -> list[str]:
    """Press Create; the INT wordings of the survey created, read from the store."""
    from playwright.sync_api import expect

    wait_idle(page)
    page.get_by_role("button", name={"en": "Create the survey", "id": "Buat survei"}[lang]).click()
    link = page.get_by_text("/survey?owner=")
    expect(link).to_be_visible(timeout=60_000)
    token = link.inner_text().strip().rsplit("owner=", 1)[1]
    view = store.owner_survey(token, database)
    return [q.text for q in view.questions if q.construct == "INT"]


def test_her_wording_survives_folding_and_is_created(served) -> None:
    from playwright.sync_api import expect

    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _open_and_edit(page)
        wait_idle(page)
        _toggle(page)  # fold
        wait_idle(page)
        assert _grid(page).count() == 0
        _toggle(page)  # open again: her wording, not the template's
        cell = _grid(page).get_by_test_id("glide-cell-1-0")
        expect(cell).to_have_text(MINE, timeout=30_000)
        wait_idle(page)
        _toggle(page)  # folded when she presses Create
        wait_idle(page)
        texts = _create_and_read(page, url, database)
    assert texts[0] == MINE
    assert len(texts) == len([q for q in store.template_questions("en") if q.construct == "INT"])


def test_folded_at_once_after_the_edit_her_wording_is_kept(served) -> None:
    """She folds the section the moment her edit shows, while the page still runs for it."""
    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _open_and_edit(page)
        _toggle(page)  # no wait: the fold's run can interrupt the edit's
        wait_idle(page)
        texts = _create_and_read(page, url, database)
    assert texts[0] == MINE


def test_typed_then_folded_without_enter_her_wording_is_kept(served) -> None:
    """She types a wording and clicks the section's header to fold it, without Enter: the
    browser sends the fold first and the typed cell after it, to a page that no longer
    draws the table (the template's wording came back in 2 of 3 tries before the fix)."""
    from playwright.sync_api import expect

    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _toggle(page)
        grid = _grid(page)
        cell = grid.get_by_test_id("glide-cell-1-0")
        expect(cell).to_be_attached(timeout=60_000)
        wait_idle(page)
        grid.get_by_test_id("data-grid-canvas").focus()  # selects the first cell
        selected = grid.locator('td[role="gridcell"][aria-selected="true"]')
        expect(selected).to_have_count(1, timeout=10_000)
        if selected.get_attribute("id").endswith("-0-0"):  # the row markers' column
            page.keyboard.press("ArrowRight")
        expect(cell).to_have_attribute("aria-selected", "true", timeout=10_000)
        page.keyboard.press("Enter")
        editor = page.locator("textarea.gdg-input")
        expect(editor).to_be_focused(timeout=10_000)
        page.keyboard.press("Control+a")
        page.keyboard.type(MINE)
        expect(editor).to_have_value(MINE, timeout=10_000)
        _toggle(page)  # no Enter: the click on the header commits the cell and folds
        wait_idle(page)
        _toggle(page)
        expect(_grid(page).get_by_test_id("glide-cell-1-0")).to_have_text(MINE, timeout=30_000)
        texts = _create_and_read(page, url, database)
    assert texts[0] == MINE


def test_created_at_once_after_the_edit_her_wording_is_kept(served) -> None:
    """She presses Create the moment her edit shows, the section still open."""
    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _open_and_edit(page)
        page.get_by_role("button", name="Create the survey").click()
        texts = _create_and_read(page, url, database)
    assert texts[0] == MINE


def test_switching_the_page_language_keeps_her_wording(served) -> None:
    """The sidebar's language renames the section and the table's column (new widgets to
    Streamlit); her wording must not go with them."""
    from playwright.sync_api import expect

    from .browser import choose_option

    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _open_and_edit(page)
        wait_idle(page)
        box = page.locator('[data-testid="stSidebar"] input[role="combobox"]').first
        choose_option(page, box, "Bahasa Indonesia")
        expect(page.get_by_role("button", name="Buat survei")).to_be_visible(timeout=60_000)
        wait_idle(page)
        if _grid(page).count() == 0:  # renamed, the section comes back folded
            _toggle(page)
        cell = _grid(page).get_by_test_id("glide-cell-1-0")
        expect(cell).to_have_text(MINE, timeout=30_000)
        texts = _create_and_read(page, url, database, lang="id")
    assert texts[0] == MINE


def test_her_wording_in_one_survey_language_waits_for_her_return(served) -> None:
    """Edited for an English survey, she looks at the Indonesian one and comes back."""
    from playwright.sync_api import expect

    from .browser import choose_option

    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _open_and_edit(page)
        wait_idle(page)
        survey_lang = page.get_by_role("main").locator('input[role="combobox"]').first
        choose_option(page, survey_lang, "Bahasa Indonesia")
        wait_idle(page)
        choose_option(page, survey_lang, "English")
        wait_idle(page)
        if _grid(page).count() == 0:  # folded on the way: reopened, it shows her wording
            _toggle(page)
        cell = _grid(page).get_by_test_id("glide-cell-1-0")
        expect(cell).to_have_text(MINE, timeout=30_000)
        texts = _create_and_read(page, url, database)
    assert texts[0] == MINE
