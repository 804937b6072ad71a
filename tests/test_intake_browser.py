"""Issue 12 in a real headless browser: her own Google Forms export, untouched, to her
results, in Indonesian; and the mapping step at phone and desktop width in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .browser import (
    DESKTOP,
    PHONE,
    browser_context,
    choose_option,
    wait_idle,
)
from .owner_surveys import PLANS, build

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screens"
UPLOAD = '[data-testid="stFileUploaderDropzoneInput"]'
BATIK = build(PLANS[0])  # Google Forms, Indonesian, "Sangat setuju ... Sangat tidak setuju"
SNACKS = build(PLANS[3])  # Microsoft Forms, English (not every question is clear-cut)


def _body(page) -> str:
    return page.evaluate("() => document.body.innerText")


def _upload(page, survey, tmp_path: Path) -> None:
    path = tmp_path / survey.file_name
    path.write_bytes(survey.raw)
    page.locator(UPLOAD).first.set_input_files(str(path))


def test_her_export_to_her_results_in_indonesian(app_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    with browser_context({"width": 1366, "height": 900}) as context:
        page = context.new_page()
        page.goto(f"{app_url}/data?lang=id")
        expect(page.get_by_role("heading", name="Survei Anda")).to_be_visible(timeout=60_000)
        wait_idle(page)
        _upload(page, BATIK, tmp_path)
        # her own questions, listed with the suggested topic
        first = BATIK.wording["INT01"]
        expect(page.get_by_text(first).first).to_be_visible(timeout=60_000)
        # read once the step is drawn to its end (its button): "idle" alone can come
        # between two parts of a run on a busy machine, before the topics' summary
        expect(page.get_by_role("button", name="Analisis survei saya")).to_be_visible(
            timeout=60_000
        )
        wait_idle(page)
        body = _body(page)
        assert all(q in body for q in BATIK.wording.values())
        assert "Interaktivitas (INT)" in body and "INT01" not in body
        # correct one: her last question is not part of the model
        last = BATIK.wording["VCC05"]
        combo = page.get_by_role("combobox", name=re.compile(re.escape(last)))
        choose_option(page, combo, "Bukan bagian model")  # by keyboard, read back
        wait_idle(page)
        # while it waits, Home says plainly whose figures it shows (once); then back, and
        # her correction is still there
        page.locator('[data-testid="stSidebarNavLink"]', has_text="Beranda").click()
        banner = page.get_by_text(re.compile("sedang menunggu.*sampel studi"))
        expect(banner).to_have_count(1, timeout=120_000)
        # the figures it speaks of are drawn too before the picture is taken
        expect(page.get_by_text("Respons valid").first).to_be_visible(timeout=120_000)
        wait_idle(page, timeout=120_000)
        expect(banner).to_have_count(1)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "intake-home-waiting-id-1366.png"))
        page.locator('[data-testid="stSidebarNavLink"]', has_text="Data").click()
        combo = page.get_by_role("combobox", name=re.compile(re.escape(last)))
        expect(combo).to_be_visible(timeout=60_000)
        wait_idle(page)
        expect(combo).to_have_value("Bukan bagian model", timeout=30_000)
        page.get_by_role("button", name="Analisis survei saya").click()
        expect(page.get_by_text("Model memakai pertanyaan Anda sendiri")).to_be_visible(
            timeout=120_000
        )
        wait_idle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        valid = BATIK.coded.drop(columns="VCC05").dropna().shape[0]
        # Home: her count under "Respons valid"
        page.locator('[data-testid="stSidebarNavLink"]', has_text="Beranda").click()
        expect(page.get_by_text("Respons valid").first).to_be_visible(timeout=120_000)
        wait_idle(page, timeout=180_000)
        shown = page.locator('[data-testid="stMain"]').get_by_text(re.compile(rf"\b{valid}\b"))
        expect(shown.first).to_be_visible(timeout=120_000)
        # Advice: her own question wording quoted
        page.locator('[data-testid="stSidebarNavLink"]', has_text="Saran").click()
        wording = [q for code, q in BATIK.wording.items() if code != "VCC05"]
        pattern = re.compile("|".join(re.escape(f'"{q}"') for q in wording))
        expect(page.get_by_text(pattern).first).to_be_visible(timeout=300_000)
        wait_idle(page, timeout=300_000)
        assert page.locator('[data-testid="stException"]').count() == 0
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "intake-advice-id-1366.png"), full_page=True)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP | {"width": 1366}], ids=["390", "1366"])
def test_mapping_step_screens(app_url: str, tmp_path: Path, viewport: dict, lang: str) -> None:
    from playwright.sync_api import expect

    survey = BATIK if lang == "id" else SNACKS
    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(f"{app_url}/data?lang={lang}")
        title = "Survei Anda" if lang == "id" else "Your survey"
        expect(page.get_by_role("heading", name=title)).to_be_visible(timeout=60_000)
        wait_idle(page)
        _upload(page, survey, tmp_path)
        question = next(iter(survey.wording.values()))
        expect(page.get_by_text(question).first).to_be_visible(timeout=60_000)
        wait_idle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=str(SHOTS / f"intake-mapping-{lang}-{viewport['width']}.png"), full_page=True
        )
        # the end of the step: counts per topic, the button to analyse
        name = "Analisis survei saya" if lang == "id" else "Analyse my survey"
        page.get_by_role("button", name=name).scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / f"intake-mapping-end-{lang}-{viewport['width']}.png"))
        page.get_by_role("button", name=name).click()
        done = (
            "Model memakai pertanyaan Anda sendiri" if lang == "id" else "The model uses your own"
        )
        expect(page.get_by_text(done)).to_be_visible(timeout=120_000)
        wait_idle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        page.get_by_text(done).scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / f"intake-analysed-{lang}-{viewport['width']}.png"))
