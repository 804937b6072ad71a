"""The main journeys in a real headless browser (Chromium), at phone and desktop widths."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import DESKTOP, PHONE, browser_context, require_chromium, running_app, wait_idle

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screens"


@pytest.fixture(scope="module")
def app_url():
    require_chromium()
    with running_app() as url:
        yield url


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_shows_demo_results(app_url: str, viewport: dict) -> None:
    from playwright.sync_api import expect

    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(app_url)
        expect(page.get_by_text("Path coefficients")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Valid responses")).to_be_visible()
        wait_idle(page)
        metric = page.locator('[data-testid="stMetricValue"]').first
        expect(metric).to_have_text("225")
        # no horizontal scrolling of the page itself at phone width
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1
        assert page.locator('[data-testid="stException"]').count() == 0
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"home-{viewport['width']}.png"), full_page=True)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_replication_page_in_indonesian(app_url: str, viewport: dict) -> None:
    from playwright.sync_api import expect

    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(f"{app_url}/replication?sample=1&lang=id")
        expect(page.get_by_text("Tabel 6. Koefisien jalur dan hipotesis")).to_be_visible(
            timeout=60_000
        )
        wait_idle(page)
        expect(page.get_by_text("97 dari 97")).to_be_visible()
        assert page.locator('[data-testid="stException"]').count() == 0
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"replication-{viewport['width']}.png"), full_page=True)
