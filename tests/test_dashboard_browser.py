"""The owner's dashboard in a real browser (issue 13): her answer on the first screen,
the what-if results in view on a phone, and every page in English with the sample.

Screenshots go to ``artifacts/screens/`` (gitignored): every page in English (here) and
Indonesian (tests/test_language.py) at 1366x900 and 390x844, to be looked at after a
change of the look.
"""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

from .browser import (
    PAGES,
    PHONE,
    browser_context,
    open_drawn,
    wait_idle,
)

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "artifacts" / "screens"
LAPTOP = {"width": 1366, "height": 900}
PHONE_844 = {**PHONE, "height": 844}
SIZES = [LAPTOP, PHONE_844]
ANSWER = ".st-key-card_answer"
FIRST = ".st-key-card_do"


def in_view(page, locator) -> bool:
    """Wholly inside the first screen: visible without scrolling."""
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["y"] >= 0
        and box["x"] >= 0
        and box["y"] + box["height"] <= size["height"]
        and box["x"] + box["width"] <= size["width"]
    )


def answer_on_first_screen(page, lever: str, action: str) -> None:
    from playwright.sync_api import expect

    headline = page.locator(ANSWER).get_by_text(f"{lever} is most strongly linked to engagement")
    expect(headline).to_be_visible(timeout=90_000)
    first = page.locator(FIRST).get_by_text(action).first
    expect(first).to_be_visible(timeout=90_000)
    wait_idle(page, 90_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert in_view(page, headline), "the top lever is below the first screen"
    assert in_view(page, first), "the first action is below the first screen"
    assert in_view(page, page.locator(".st-key-doors")), "the two doors are below the fold"
    assert page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTop") == 0


@pytest.mark.parametrize("viewport", SIZES, ids=["laptop", "phone"])
def test_home_answers_on_the_first_screen_for_the_sample(app_url: str, viewport: dict) -> None:
    """The app's address alone opens the study's sample (every page's ?sample=1 is walked
    by test_every_page_in_english)."""
    from playwright.sync_api import expect

    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(app_url)
        sample = page.get_by_text("The study's sample survey · 225 responses")
        expect(sample.first).to_be_visible(timeout=90_000)
        answer_on_first_screen(page, "Personalization", "Prioritise · Personalization")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1  # no sideways scroll of the page itself
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"home-first-screen-{viewport['width']}.png"))


def shuffled_upload(tmp: Path) -> Path:
    """The clean sample with items renamed the way survey tools write them, columns shuffled."""
    raw = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
    renamed = raw.rename(
        columns={c: f"{c[:3].lower()}_{int(c[3:])}" for c in raw.columns if c[:3].isupper()}
    )
    order = list(renamed.columns)
    random.Random(13).shuffle(order)
    path = tmp / "my-shop-survey.csv"
    renamed[order].to_csv(path, index=False)
    return path


@pytest.mark.parametrize("viewport", SIZES, ids=["laptop", "phone"])
def test_home_answers_on_the_first_screen_for_an_upload(
    app_url: str, viewport: dict, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    upload = shuffled_upload(tmp_path)
    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(f"{app_url}/data")
        uploader = page.locator('[data-testid="stFileUploaderDropzoneInput"]').first
        expect(uploader).to_be_attached(timeout=90_000)
        # upload only once the page has finished drawing (a late rerun would drop the file)
        expect(page.get_by_text("Questionnaire template")).to_be_visible(timeout=90_000)
        wait_idle(page, 90_000)
        uploader.set_input_files(str(upload))
        expect(page.get_by_text("Using your file: my-shop-survey.csv")).to_be_visible(
            timeout=90_000
        )
        wait_idle(page, 90_000)
        if viewport is PHONE_844:  # the menu sits behind the sidebar button on a phone
            page.locator('[data-testid="stExpandSidebarButton"]').click()
        page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Home").first.click()
        expect(page.locator(ANSWER).get_by_text("Your survey · 225 responses")).to_be_visible(
            timeout=90_000
        )
        if viewport is PHONE_844:  # close the menu again if it stayed open
            close = page.locator('[data-testid="stSidebarCollapseButton"] button')
            if close.count() and close.first.is_visible():
                close.first.click()
        answer_on_first_screen(page, "Personalization", "Prioritise · Personalization")
        page.screenshot(path=str(SHOTS / f"home-upload-first-screen-{viewport['width']}.png"))


def test_whatif_results_stay_in_view_on_the_phone(app_url: str) -> None:
    from playwright.sync_api import expect

    with browser_context(PHONE_844) as context:
        page = context.new_page()
        page.goto(f"{app_url}/whatif?sample=1")
        results = page.locator(".st-key-whatif_results")
        values = results.locator('[data-testid="stMetricValue"]')
        expect(values.nth(1)).to_be_visible(timeout=90_000)
        wait_idle(page, 90_000)
        before = [values.nth(k).inner_text() for k in range(2)]
        last = page.get_by_role("slider", name="Personalization")
        last.scroll_into_view_if_needed()
        last.focus()
        for _ in range(5):
            last.press("ArrowRight")
        expect(values.nth(1)).not_to_have_text(before[1], timeout=15_000)
        expect(values.nth(0)).not_to_have_text(before[0], timeout=15_000)
        wait_idle(page)
        thumb = last.locator("xpath=../..")  # the drawn thumb around the slider's input
        assert in_view(page, thumb), "the slider just moved is off the screen"
        for k in range(2):  # engagement and co-creation both on screen with the slider
            assert in_view(page, values.nth(k)), f"result {k} scrolled away"
        size = thumb.bounding_box()
        assert size["width"] >= 24 and size["height"] >= 24  # a finger, not 12 px
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "whatif-moved-390.png"))


TABLE = '[data-testid="stDataFrame"] canvas'
NO_METRIC = {"learn", "model"}
KICKER = {"drivers", "whatif", "advice", "segments"}  # the survey and its size in one line
DRAWN = {
    "measurement": (TABLE,),
    "structural": (".st-key-path_diagram img", TABLE),
    "drivers": (".vega-embed canvas, .vega-embed svg", TABLE),
    # the answer in one sentence; its tables are folded away (tests/test_app.py opens them)
    "segments": (
        '[data-testid="stMain"] >> text=do not differ clearly',
        '[data-testid="stExpander"]',
    ),
    "replication": (TABLE,),
    "data": (TABLE,),
}


@pytest.mark.parametrize("viewport", SIZES, ids=["laptop", "phone"])
def test_every_page_in_english(app_url: str, viewport: dict) -> None:
    """Every page with the sample, at this size: its results (the 225 responses, its
    tables, diagram and charts) drawn, no exception, no sideways page scroll; a screenshot
    of each. The same walk in Indonesian is tests/test_language.py's."""
    from playwright.sync_api import expect

    SHOTS.mkdir(parents=True, exist_ok=True)
    with browser_context(viewport) as context:
        page = context.new_page()
        for name in PAGES:
            open_drawn(page, f"{app_url}/{name}?sample=1&lang=en", name)
            main = page.locator('[data-testid="stMain"]')
            if name in NO_METRIC:
                expect(main.locator("h1").first).to_be_visible()
            elif name == "":  # Home's first card: the survey and its size
                expect(
                    main.get_by_text("The study's sample survey · 225 responses")
                ).to_be_visible()
            elif name in KICKER:
                expect(main.get_by_text("· 225 responses").first).to_be_visible()
            else:
                expect(main.locator('[data-testid="stMetricValue"]').first).to_have_text("225")
            if name == "whatif":  # the sliders' panel is a fragment: its output is there
                expect(main.locator('[data-testid="stMetricValue"]').nth(1)).to_be_visible()
            for selector in DRAWN.get(name, ()):
                expect(page.locator(selector).first).to_be_visible()
            shot = SHOTS / f"{name or 'home'}-en-{viewport['width']}.png"
            page.screenshot(path=str(shot))
