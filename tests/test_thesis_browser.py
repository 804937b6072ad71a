"""The thesis kit in a real headless browser (issue 18): the Structural page at phone and
desktop widths in both languages, the path diagram as PNG, the Word file from the Report
page, and an exported chart that carries its title."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest

from .browser import (
    DESKTOP,
    PHONE,
    browser_context,
    edit_grid_cell,
    wait_idle,
)

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screens"
WORDS = {
    "en": (
        "Hypothesis tests (bootstrap)",
        "Mediation: specific indirect effects",
        "Path diagram (PNG)",
    ),
    "id": (
        "Uji hipotesis (bootstrap)",
        "Mediasi: pengaruh tidak langsung spesifik",
        "Diagram jalur (PNG)",
    ),
}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("viewport", [PHONE, {"width": 1366, "height": 900}], ids=["390", "1366"])
def test_structural_page_hypotheses_and_png(app_url: str, viewport: dict, lang: str) -> None:
    from playwright.sync_api import expect

    heading, mediation, png_label = WORDS[lang]
    with browser_context(viewport) as context:
        page = context.new_page()
        page.goto(f"{app_url}/structural?sample=1&lang={lang}")
        expect(page.get_by_text(mediation)).to_be_visible(timeout=120_000)
        wait_idle(page, timeout=120_000)
        expect(page.get_by_role("heading", name=heading).first).to_be_visible()
        assert page.locator('[data-testid="stException"]').count() == 0
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1
        with page.expect_download(timeout=60_000) as png:
            page.get_by_role("button", name=png_label).click()
        assert png.value.suggested_filename == "path-diagram.png"
        data = Path(png.value.path()).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        assert width >= 1500  # high resolution (4x the drawing)
        page.wait_for_timeout(300)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=str(SHOTS / f"structural-{lang}-{viewport['width']}.png"), full_page=True
        )


def test_word_file_from_the_report_page_in_indonesian(app_url: str) -> None:
    import docx
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{app_url}/report?sample=1&lang=id")
        button = page.get_by_role("button", name="Bab hasil (Word)")
        expect(button).to_be_visible(timeout=120_000)
        wait_idle(page, timeout=120_000)
        with page.expect_download(timeout=180_000) as info:
            button.click()
        assert info.value.suggested_filename == "driver-lab-hasil.docx"  # as the workbook
        document = docx.Document(io.BytesIO(Path(info.value.path()).read_bytes()))
        texts = [p.text for p in document.paragraphs]
        assert "Tabel 1" in texts and "Gambar 1" in texts and "Daftar Pustaka" in texts
        hyp = [t for t in document.tables if t.rows[0].cells[0].text == "Hipotesis"]
        assert [r.cells[0].text for r in hyp[0].rows[1:]] == ["H1", "H2", "H3", "H4"]
        with page.expect_download(timeout=60_000) as script:
            page.get_by_role("button", name="Skrip Python").click()
        assert "from engine import ModelSpec" in Path(script.value.path()).read_text()


def test_an_exported_chart_carries_its_title(app_url: str) -> None:
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{app_url}/drivers?sample=1")
        expect(page.get_by_role("button", name="Chart as SVG").first).to_be_visible(timeout=120_000)
        wait_idle(page, timeout=120_000)
        with page.expect_download(timeout=60_000) as svg:
            page.get_by_role("button", name="Chart as SVG").first.click()
        drawing = Path(svg.value.path()).read_text()
        from ui.i18n import CATALOG

        title = CATALOG["own.d.ranking"]["en"]  # the subheading above the chart on the page
        assert f"{title}: Engagement" in html.unescape(drawing)  # Drivers opens on engagement


def test_a_hypothesis_renamed_on_screen_is_named_so_in_the_word_file(app_url: str) -> None:
    import docx
    from playwright.sync_api import expect

    with browser_context(DESKTOP) as context:
        page = context.new_page()
        page.goto(f"{app_url}/structural?sample=1")
        expect(page.get_by_text("Mediation: specific indirect effects")).to_be_visible(
            timeout=120_000
        )
        wait_idle(page, timeout=120_000)
        page.get_by_text("Rename the hypotheses").click()
        editor = page.locator('[data-testid="stExpander"]').filter(has_text="Rename the hypotheses")
        grid = editor.locator('[data-testid="stDataFrame"]').first
        expect(grid).to_be_visible()
        # the editor: one row per path; the name is column 1 of row 3 (CLE -> VCC)
        expect(grid.get_by_test_id("glide-cell-0-3")).to_have_text("CLE -> VCC", timeout=10_000)
        edit_grid_cell(page, grid, column=1, row=3, text="H2a")  # by keyboard, read back
        # the page took the name: its hypothesis table (drawn by the server) shows it
        table = page.locator('[data-testid="stDataFrame"]').filter(
            has=page.locator("td", has_text=re.compile(r"^CLE → VCC$"))
        )
        expect(table.first.locator("td", has_text=re.compile(r"^H2a$"))).to_have_count(
            1, timeout=60_000
        )
        wait_idle(page, timeout=60_000)
        page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Report").first.click()
        button = page.get_by_role("button", name="Results chapter (Word)")
        expect(button).to_be_visible(timeout=120_000)
        wait_idle(page, timeout=120_000)
        with page.expect_download(timeout=180_000) as info:
            button.click()
        document = docx.Document(io.BytesIO(Path(info.value.path()).read_bytes()))
        hyp = next(t for t in document.tables if t.rows[0].cells[0].text == "Hypothesis")
        assert [r.cells[0].text for r in hyp.rows[1:]] == ["H1", "H2", "H3", "H2a"]
        text = "\n".join(p.text for p in document.paragraphs)
        assert "H2a: CLE has a positive effect on VCC" in text
