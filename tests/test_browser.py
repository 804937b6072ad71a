"""The main journeys in a real headless browser (Chromium): the what-if slider, an
Indonesian export uploaded and followed to the advice and the workbook, and the idle
wait every browser test relies on. Home at both sizes is tests/test_dashboard_browser.py's;
every page is walked at both sizes in English there and in Indonesian in
tests/test_language.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import DESKTOP, browser_context, require_chromium, running_app, wait_idle

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screens"


def test_whatif_slider_moves_the_prediction(app_url: str) -> None:
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{app_url}/structural?sample=1")  # sample -> structural model -> what-if
        expect(page.get_by_text("Hypothesis tests (bootstrap)")).to_be_visible(timeout=60_000)
        wait_idle(page)
        page.locator('[data-testid="stSidebarNav"] a').filter(has_text="What-if").first.click()
        values = page.locator('[data-testid="stMetricValue"]')
        expect(values.nth(1)).to_be_visible(timeout=60_000)
        wait_idle(page)
        before = values.nth(1).inner_text()
        slider = page.get_by_role("slider", name="Personalization")
        slider.focus()
        for _ in range(5):
            slider.press("ArrowRight")
        expect(values.nth(1)).not_to_have_text(before, timeout=15_000)
        page.screenshot(path=str(SHOTS / "whatif-moved-1280.png"))


def test_upload_indonesian_export_to_advice(app_url: str) -> None:
    """Upload the raw export in Indonesian, then move through the app by its own navigation."""
    from playwright.sync_api import expect

    raw = Path(__file__).resolve().parents[1] / "sample_data" / "livestream_survey_raw.xlsx"
    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{app_url}/data?lang=id")
        expect(page.get_by_text("Respons valid")).to_be_visible(timeout=60_000)
        wait_idle(page)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(str(raw))
        expect(page.get_by_text("Memakai file Anda: livestream_survey_raw.xlsx")).to_be_visible(
            timeout=60_000
        )
        expect(page.get_by_text("262 terkumpul, 37 tidak lengkap, 225 dipakai")).to_be_visible()
        wait_idle(page)
        nav = page.locator('[data-testid="stSidebarNav"] a')
        nav.filter(has_text="Pendorong").first.click()
        expect(
            page.get_by_text("Apa yang paling kuat hubungannya dengan keterlibatan?")
        ).to_be_visible(timeout=60_000)
        wait_idle(page)
        # each chart downloads as PNG and SVG, drawn on the server when asked for
        with page.expect_download(timeout=60_000) as png:
            page.get_by_role("button", name="Grafik sebagai PNG").first.click()
        assert png.value.suggested_filename == "drivers-CLE.png"  # engagement first
        assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        with page.expect_download(timeout=60_000) as svg:
            page.get_by_role("button", name="Grafik sebagai SVG").nth(1).click()
        drawing = Path(svg.value.path()).read_text()
        assert svg.value.suggested_filename == "ipma-CLE-construct.svg"
        assert drawing.startswith("<svg") and ">Personalisasi<" in drawing
        assert "Kepentingan" in drawing
        nav.filter(has_text="Saran").first.click()
        expect(page.get_by_text("Apa yang dilakukan lebih dulu")).to_be_visible(timeout=60_000)
        wait_idle(page)
        expect(page.get_by_text("Prioritaskan · Personalisasi").first).to_be_visible()
        assert page.locator('[data-testid="stException"]').count() == 0
        page.screenshot(path=str(SHOTS / "advice-id-1280.png"))
        nav.filter(has_text="Laporan").first.click()
        button = page.get_by_role("button", name="Buku kerja Excel (semua tabel)")
        expect(button).to_be_visible(timeout=60_000)
        wait_idle(page)
        with page.expect_download(timeout=60_000) as info:
            button.click()
        import io

        from openpyxl import load_workbook

        # downloaded from an Indonesian page: the workbook speaks Indonesian
        assert info.value.suggested_filename == "driver-lab-hasil.xlsx"
        book = load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
        assert {"Koefisien jalur", "Inferensi bootstrap", "Saran", "Penyaringan"} <= set(
            book.sheetnames
        )
        advice_text = " ".join(
            str(v) for row in book["Saran"].iter_rows(values_only=True) for v in row if v
        )
        assert "Prioritaskan" in advice_text and "Setengah poin" in advice_text
        assert "Half a point" not in advice_text
        screening = [r for r in book["Penyaringan"].iter_rows(min_row=3, values_only=True)]
        assert len(screening) == 37


# A page whose button starts a run that writes, pauses, asks for a rerun (st.rerun) and
# pauses again before its last words: the moments where "idle" used to be read too soon
# (between the click and the server's answer, and between the two runs).
SLOW_PAGE = """
import time
import streamlit as st

st.title("Idle probe")
stage = st.session_state.get("stage", 0)
if st.button("Go"):
    st.session_state.stage = stage = 1
st.write(f"stage {stage}")
if stage == 1:
    time.sleep(0.6)
    st.session_state.stage = 2
    st.rerun()
if stage == 2:
    time.sleep(1.2)
    st.session_state.stage = 3
st.write("tail")
if st.session_state.get("stage") == 3:
    st.write("all done")
"""


def test_wait_idle_waits_out_a_click_and_a_rerun(tmp_path: Path) -> None:
    """wait_idle returns only once the run a click started and the rerun it asked for ended."""
    script = tmp_path / "probe.py"
    script.write_text(SLOW_PAGE)
    require_chromium()
    with running_app(script=script) as url, browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(url)
        page.get_by_text("stage 0").wait_for(timeout=60_000)
        wait_idle(page)
        for _ in range(2):  # the second time, the first time's words are on the page, stale
            page.get_by_role("button", name="Go").click()
            wait_idle(page, timeout=60_000)
            # read at once, no waiting: the last run's words are there and nothing is stale
            assert page.get_by_text("all done").count() == 1
            assert page.locator('[data-stale="true"]').count() == 0
            assert page.get_by_text("stage 2").count() == 1
