"""Her language in every corner: every page in Indonesian, and the files the Report page
gives, checked in a real browser for English words, raw column names and decimal points.

The word list is maintained by hand: English words that have no business on an
Indonesian page (technical terms both languages share, such as HTMT, AVE, bootstrap or
loading, are not on it). Numbers in prose, captions and metrics must use the decimal
comma; the tables' numbers are drawn on a canvas from a Styler that applies the same
rule (tests/test_text.py checks it), so the page text without the tables is checked.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from .browser import PAGES as EVERY_PAGE
from .browser import PHONE, TABLES_DRAWN, browser_context, open_drawn, wait_idle

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screens"
#: the screenshots of every page to look at (English ones: tests/test_dashboard_browser.py)
LOOK = Path(__file__).resolve().parents[1] / "artifacts" / "screens"
LAPTOP = {"width": 1366, "height": 900}

#: English that must not appear on an Indonesian page or in an Indonesian file (whole
#: words, case-sensitive). Extend it whenever a leak is found.
ENGLISH = {
    # Streamlit's own words (the upload widget)
    "Upload", "Browse", "Drag", "drop", "Limit", "files",
    # function words
    "the", "and", "of", "with", "from", "for", "is", "are", "your", "you", "this", "that",
    "than", "when", "which", "what", "how", "not",
    # labels and values we once showed in English
    "Valid", "responses", "respondents", "Male", "Female", "Yes", "No", "None", "nan",
    "NaN", "True", "False", "Invest", "Maintain", "Monitor", "Good", "evidence",
    "Download", "Chart", "Outcome", "Level", "Topics", "Questions", "Drivers", "Question",
    "Answer", "Count", "Rank", "Path", "Estimate", "Weight", "Group", "Difference",
    "Holds", "Source", "Reflective", "Items", "Construct", "Name", "Cronbach's", "alpha",
    "Sheet", "Read", "Notes", "Advice", "Paths", "Profile", "Screening", "Mapping",
    "collected", "incomplete", "used", "more", "Running", "Stop",
}  # fmt: skip
#: The engine's own column and key names (snake_case), never shown to people.
RAW_KEY = re.compile(r"\b[a-z]+(?:_[A-Za-z0-9]+)+\b")
#: A decimal point between digits ("0.708"): the Indonesian page writes "0,708".
DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")

PAGES = {
    "": '[data-testid="stMetricValue"]',
    "data": '[data-testid="stMetricValue"]',
    "measurement": '[data-testid="stDataFrame"]',
    "structural": '[data-testid="stDataFrame"]',
    "drivers": '[data-testid="stDataFrame"]',
    "whatif": '[data-testid="stSlider"]',
    "segments": '[data-testid="stDataFrame"]',  # its fold opened first (FOLDS)
    "advice": '[data-testid="stHeading"]',
    "report": '[data-testid="stDownloadButton"]',
    "replication": '[data-testid="stDataFrame"]',
    "learn": '[data-testid="stMarkdown"]',
    "model": '[data-testid="stDataFrame"]',
}

#: Everything the page shows: its text, the tables' headers and cells (glide-data-grid keeps
#: an accessible copy of each table), and, separately, the text outside tables and sliders.
READ = """() => {
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  // what a reader cannot see: icon ligatures ("check_circle") and text Streamlit draws in
  // English that our style sheet hides behind the catalog's words (font size 0)
  main.querySelectorAll('*').forEach(e => {
    const icon = e.matches('[translate="no"], [data-testid*="Icon"]');
    if (icon || getComputedStyle(e).fontSize === '0px') e.setAttribute('data-unseen', '1');
  });
  const tables = main.querySelectorAll('[data-testid="stDataFrame"] table');
  const copy = main.cloneNode(true);
  copy.querySelectorAll('[data-unseen], [data-testid="stDataFrame"]').forEach(e => e.remove());
  document.body.appendChild(copy);
  const cells = [...tables].map(t => [...t.querySelectorAll('th, td')].map(c => c.textContent));
  const all = copy.innerText + "\\n" + cells.flat().join("\\n");
  copy.querySelectorAll('[data-testid="stSlider"], .vega-embed').forEach(e => e.remove());
  const prose = copy.innerText;
  copy.remove();
  return [all, prose];
}"""


def english_in(words: str) -> list[str]:
    """The listed English words and the raw key names found in ``words``."""
    tokens = set(re.findall(r"[A-Za-z][A-Za-z']*", words))
    found = sorted(tokens & ENGLISH)
    return found + sorted(set(RAW_KEY.findall(words)))


def test_the_checker_catches_what_it_should() -> None:
    """The checks themselves, on known text (so that a pass means something)."""
    assert english_in("Upload survei Anda") == ["Upload"]
    assert english_in("watch_length 134; construct_a") == ["construct_a", "watch_length"]
    assert english_in("Koefisien jalur dan loading; HTMT; bootstrap") == []
    assert DECIMAL_POINT.findall("loading 0.708 dan 0,708; versi 0.1.0") == ["0.708"]


def _open(page, url: str, name: str) -> tuple[str, str]:
    """Open the page drawn, its tables too (no exception, no sideways scroll: tests/
    browser.py's open_drawn), wait for its content; return what it shows."""
    from playwright.sync_api import expect

    open_drawn(page, url, name)
    if name in FOLDS:  # tables drawn only once their fold is opened: their words too
        page.locator('[data-testid="stExpander"] summary').filter(has_text=FOLDS[name]).click()
        expect(page.locator(f"{PAGES[name]} >> visible=true").first).to_be_visible(timeout=120_000)
        page.wait_for_function(TABLES_DRAWN, timeout=60_000)
        wait_idle(page)
    expect(page.locator(f"{PAGES[name]} >> visible=true").first).to_be_visible(timeout=120_000)
    return page.evaluate(READ)


#: Pages whose tables are folded away: the fold opened (by its title) before reading.
FOLDS = {"segments": "Angka di balik jawaban ini"}
#: What some pages must say, beyond their language (the replication: every table compared).
SAYS = {
    "replication": ("Tabel 6. Koefisien jalur dan hipotesis", "97 dari 97"),
    "segments": ("tidak berbeda secara jelas dalam hal yang menggerakkan mereka",),
}


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_every_page_in_indonesian_has_no_english(app_url: str, viewport: dict) -> None:
    """Every page with the sample in Indonesian at this size: drawn, no exception, no
    sideways scroll (the English walk is tests/test_dashboard_browser.py's), no English
    word, raw name or decimal point; a screenshot of each."""
    from playwright.sync_api import expect

    SHOTS.mkdir(parents=True, exist_ok=True)
    LOOK.mkdir(parents=True, exist_ok=True)
    assert set(PAGES) == set(EVERY_PAGE)
    leaks = {}
    with browser_context(viewport) as context:
        page = context.new_page()
        for name in EVERY_PAGE:
            shown, prose = _open(page, f"{app_url}/{name}?sample=1&lang=id", name)
            found = english_in(shown) + [f"'{n}'" for n in DECIMAL_POINT.findall(prose)]
            if found:
                leaks[name or "home"] = found
            for words in SAYS.get(name, ()):
                expect(page.get_by_text(words).first).to_be_visible()
            shot = page.screenshot()
            (SHOTS / f"id-{name or 'home'}-{viewport['width']}.png").write_bytes(shot)
            (LOOK / f"{name or 'home'}-id-{viewport['width']}.png").write_bytes(shot)
    if leaks:
        pytest.fail("English or raw names on Indonesian pages: " + repr(leaks))


def test_files_from_the_report_page_in_indonesian(app_url: str) -> None:
    """The workbook and the HTML report, downloaded as she would, in her language."""
    from openpyxl import load_workbook

    with browser_context(LAPTOP) as context:
        page = context.new_page()
        _open(page, f"{app_url}/report?sample=1&lang=id", "report")
        with page.expect_download(timeout=120_000) as got:
            page.get_by_role("button", name="Buku kerja Excel (semua tabel)").click()
        assert got.value.suggested_filename == "driver-lab-hasil.xlsx"
        book = load_workbook(io.BytesIO(Path(got.value.path()).read_bytes()))
        words = " ".join(book.sheetnames)
        for ws in book.worksheets:
            for row in ws.iter_rows(values_only=True):
                words += " " + " ".join(str(v) for v in row if isinstance(v, str))
        # item codes, construct codes and the settings' values are names, not words
        assert english_in(words.replace("listwise", "")) == []
        assert "Koefisien jalur" in book.sheetnames and "Read me" not in book.sheetnames

        with page.expect_download(timeout=120_000) as got:
            page.get_by_role("button", name="Laporan siap cetak (HTML)").click()
        assert got.value.suggested_filename == "driver-lab-laporan.html"
        report = Path(got.value.path())
        html = report.read_text(encoding="utf-8")
        body = re.sub(r"<style>.*?</style>|<[^>]+>", " ", html, flags=re.S)
        assert english_in(body) == []
        # the versions and the date are no decimals
        assert DECIMAL_POINT.findall(re.sub(r"Driver Lab [\d.]+", "", body)) == []
        shown = SHOTS / "id-report.html"  # the download has no suffix: name it as a page
        shown.write_text(html, encoding="utf-8")
        view = context.new_page()
        view.goto(shown.as_uri())
        view.screenshot(path=str(SHOTS / "id-report-html-1366.png"), full_page=True)
        view.emulate_media(media="print")
        view.screenshot(path=str(SHOTS / "id-report-print-1366.png"), full_page=True)
        view.pdf(path=str(SHOTS / "id-report.pdf"), format="A4")  # Chromium's print to PDF
