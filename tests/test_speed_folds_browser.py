"""Folded sections drawn only when opened (issue 15), in headless Chromium: on Collect answers
her question wordings survive folding and reopening a section and are what the survey is
created with, in whatever order she folds, edits and presses Create."""

from __future__ import annotations

import pytest

from collect import db, store

from .browser import DESKTOP, browser_context, edit_grid_cell, require_chromium, running_serve
from .browser import wait_idle as _wait_idle

pytestmark = pytest.mark.browser
MINE = "The host answers my questions while the live is on."


def wait_idle(page) -> None:
    _wait_idle(page, timeout=60_000)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_chromium()
    with running_serve(tmp_path_factory.mktemp("speed-folds")) as served:
        yield served
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


def _open_and_edit(page, text: str = MINE, code: str = "INT"):
    from playwright.sync_api import expect

    _toggle(page, code)
    grid = _grid(page, code)
    expect(grid).to_be_visible(timeout=60_000)
    edit_grid_cell(page, grid, column=1, row=0, text=text)  # 0: the row markers
    return grid


def _create_and_read(
    page, url: str, database: str, lang: str = "en", press: bool = True
) -> dict[str, list[str]]:
    """Press Create (``press``: else it was just pressed); the survey created's wordings per
    construct, read from the store."""
    from playwright.sync_api import expect

    if press:
        wait_idle(page)
        button = {"en": "Create the survey", "id": "Buat survei"}[lang]
        page.get_by_role("button", name=button).click()
    link = page.get_by_text("/survey?owner=")
    expect(link).to_be_visible(timeout=60_000)
    token = link.inner_text().strip().rsplit("owner=", 1)[1]
    view = store.owner_survey(token, database)
    found: dict[str, list[str]] = {}
    for q in view.questions:
        if q.kind == "item":
            found.setdefault(q.construct, []).append(q.text)
    return found


def _type_without_enter(page, code: str, text: str) -> None:
    """Type a wording into the first cell and leave it without Enter (the cell is committed
    by whatever she clicks next)."""
    from playwright.sync_api import expect

    grid = _grid(page, code)
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
    page.keyboard.type(text)
    expect(editor).to_have_value(text, timeout=10_000)


def _shows(page, code: str, text: str) -> None:
    """The section (opened if folded) shows ``text`` in its first cell."""
    from playwright.sync_api import expect

    if _grid(page, code).count() == 0:  # renamed or reopened, the section comes back folded
        _toggle(page, code)
    cell = _grid(page, code).get_by_test_id("glide-cell-1-0")
    expect(cell).to_have_text(text, timeout=30_000)


def test_her_wording_survives_folding_and_every_language_switch(served) -> None:
    """Edited, folded and reopened; the survey's language switched away and back; the
    page's language switched (the section and the table's column are renamed: new widgets
    to Streamlit): her wording is shown each time and is the one created."""
    from .browser import choose_option

    url, database = served
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _open_and_edit(page)
        wait_idle(page)
        _toggle(page)  # fold
        wait_idle(page)
        assert _grid(page).count() == 0
        _shows(page, "INT", MINE)  # open again: her wording, not the template's
        wait_idle(page)
        survey_lang = page.get_by_role("main").locator('input[role="combobox"]').first
        choose_option(page, survey_lang, "Bahasa Indonesia")
        wait_idle(page)
        choose_option(page, survey_lang, "English")
        wait_idle(page)
        _shows(page, "INT", MINE)
        wait_idle(page)
        box = page.locator('[data-testid="stSidebar"] input[role="combobox"]').first
        choose_option(page, box, "Bahasa Indonesia")
        page.get_by_role("button", name="Buat survei").wait_for(timeout=60_000)
        wait_idle(page)
        _shows(page, "INT", MINE)
        texts = _create_and_read(page, url, database, lang="id")
    assert texts["INT"][0] == MINE
    assert len(texts["INT"]) == len(
        [q for q in store.template_questions("en") if q.construct == "INT"]
    )


def test_her_wordings_are_kept_however_fast_she_folds_or_creates(served) -> None:
    """Three races, one survey: INT typed and left by clicking its header, without Enter
    (the browser sends the fold first and the typed cell after it, to a page that no longer
    draws the table: the template's wording came back in 2 of 3 tries before the fix); INF
    folded the moment its edit shows; PSN edited and Create pressed at once, still open."""
    url, database = served
    typed, folded, created = (f"{MINE} ({k})" for k in ("typed", "folded", "created"))
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        _open_collect(page, url)
        _toggle(page, "INT")
        _type_without_enter(page, "INT", typed)
        _toggle(page, "INT")  # no Enter: the click on the header commits the cell and folds
        wait_idle(page)
        _shows(page, "INT", typed)
        _toggle(page, "INT")
        wait_idle(page)
        _open_and_edit(page, folded, "INF")
        _toggle(page, "INF")  # no wait: the fold's run can interrupt the edit's
        wait_idle(page)
        _open_and_edit(page, created, "PSN")
        page.get_by_role("button", name="Create the survey").click()  # at once
        texts = _create_and_read(page, url, database, press=False)
    assert (texts["INT"][0], texts["INF"][0], texts["PSN"][0]) == (typed, folded, created)
