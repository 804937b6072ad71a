"""Issue 19's journey in headless Chromium: a viewer answers on a phone, the owner sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from collect import db, store
from tests.collect_support import fill, sample

from .browser import PHONE, browser_context, require_chromium, running_serve, wait_idle

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "bench" / "out" / "screens"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_chromium()
    with running_serve(tmp_path_factory.mktemp("collect-browser")) as served:
        yield served
    db.dispose()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_viewer_answers_on_a_phone_with_one_tap_per_question(served, lang) -> None:
    from playwright.sync_api import expect

    url, database = served
    created = store.create_survey("Toko Rina", lang, store.template_questions(lang), url=database)
    view = store.owner_survey(created.owner_token, database)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with browser_context(PHONE) as context:
        page = context.new_page()
        page.goto(f"{url}/s/{created.public_id}")
        groups = page.get_by_role("radiogroup")
        expect(groups.first).to_be_visible()
        assert groups.count() == len(view.questions)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        page.screenshot(path=str(SHOTS / f"collect-form-{lang}-390.png"))
        for k in range(groups.count()):
            groups.nth(k).locator("label").last.click()  # one tap per question
            if k == 4:
                expect(page.locator("#n")).to_have_text(f"5 / {len(view.questions)}")
        page.locator('input[name="consent"]').locator("..").click()
        page.screenshot(path=str(SHOTS / f"collect-form-filled-{lang}-390.png"), full_page=False)
        page.get_by_role("button").click()
        thanks = "Terima kasih" if lang == "id" else "Thank you"
        expect(page.get_by_text(thanks)).to_be_visible()
        page.goto(f"{url}/s/{created.public_id}")
        expect(page.get_by_text("Terima kasih" if lang == "id" else "Thank you")).to_be_visible()
        assert page.locator("form").count() == 0  # one response per browser
    assert store.count(view.id, url=database) == 1


WIDE = {"width": 1366, "height": 900}


@pytest.mark.parametrize(
    ("viewport", "lang"), [(PHONE, "id"), (WIDE, "en")], ids=["phone-id", "desktop-en"]
)
def test_the_owner_opens_her_results_by_her_link(served, viewport, lang) -> None:
    from playwright.sync_api import expect

    url, database = served
    created = store.create_survey("Toko Rina", lang, store.template_questions(lang), url=database)
    frame = sample()
    fill(database, created, frame.iloc[:110])
    store.new_wave(created.owner_token, "greeting viewers by name", database)
    better = frame.iloc[110:225].copy()
    psn = [f"PSN0{k}" for k in range(1, 6)]
    better[psn] = (better[psn] + 1).clip(upper=5)
    fill(database, created, better)
    words = {
        "id": ("Tautan responden (bagikan", "Personalisasi naik dari"),
        "en": ("Respondents' link (share", "Personalization rose from"),
    }[lang]
    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(f"{url}/survey?owner={created.owner_token}&lang={lang}")
        expect(page.get_by_text(words[0])).to_be_visible(timeout=60_000)
        expect(page.get_by_text("225 /")).to_be_visible(timeout=60_000)
        expect(page.get_by_text(words[1])).to_be_visible(timeout=60_000)
        wait_idle(page)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        page.screenshot(path=str(SHOTS / f"collect-owner-{lang}-{viewport['width']}.png"))
        page.get_by_text(words[1]).scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / f"collect-waves-{lang}-{viewport['width']}.png"))
        page.goto(f"{url}/survey?owner={created.owner_token[:-2]}xy")
        expect(page.get_by_text("There is no survey at this link")).to_be_visible(timeout=60_000)
        assert created.public_id not in page.content()


@pytest.mark.parametrize(("viewport", "lang"), [(PHONE, "id"), (WIDE, "en")], ids=["phone", "wide"])
def test_the_owner_creates_a_survey_and_gets_her_links(served, viewport, lang) -> None:
    from playwright.sync_api import expect

    url, _ = served
    create = {"id": "Buat survei", "en": "Create the survey"}[lang]
    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(f"{url}/collect?lang={lang}")
        button = page.get_by_role("button", name=create)
        expect(button).to_be_visible(timeout=60_000)
        wait_idle(page)
        page.screenshot(path=str(SHOTS / f"collect-create-{lang}-{viewport['width']}.png"))
        button.click()
        expect(page.get_by_text("/survey?owner=")).to_be_visible(timeout=60_000)
        wait_idle(page)
        page.get_by_text("/survey?owner=").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / f"collect-created-{lang}-{viewport['width']}.png"))


def test_the_owner_page_follows_new_answers_by_itself(served) -> None:
    """No click: answers arriving while her page is open show up within the refresh interval."""
    from playwright.sync_api import expect

    url, database = served
    created = store.create_survey("Toko Rina", "en", store.template_questions("en"), url=database)
    fill(database, created, sample().iloc[:100])
    with browser_context(PHONE) as context:
        page = context.new_page()
        page.goto(f"{url}/survey?owner={created.owner_token}")
        expect(page.get_by_text("100 answers (100 usable)")).to_be_visible(timeout=60_000)
        fill(database, created, sample().iloc[100:130])
        expect(page.get_by_text("130 answers (130 usable)")).to_be_visible(timeout=40_000)
