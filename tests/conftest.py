"""Fixtures for every test: seminr's reference data (tests/reference/) and models built on it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from engine import Construct, ModelSpec, Settings

ROOT = Path(__file__).resolve().parents[1]
#: seminr's published fixtures, copied into the repository (tests/reference/README.md names
#: where each file came from); no test reads anything outside the repository.
REFERENCE = ROOT / "tests" / "reference"
#: The study's published tables, transcribed (sample_data/paper_tables.json).
PAPER_TABLES = ROOT / "sample_data" / "paper_tables.json"

SCHEMES = {"path_weighting": "path", "path_factorial": "factorial"}
MISSING = {"mean_replacement": "mean", "na_omit": "listwise"}


def reference_cases() -> list[dict]:
    return json.loads((REFERENCE / "reference_models.json").read_text())["cases"]


def case_spec(case: dict) -> ModelSpec:
    model = case["model"]
    constructs = []
    for c in model["constructs"]:
        kind = c["type"]
        constructs.append(
            Construct(
                c["name"],
                tuple(c["items"]),
                mode="B" if kind.endswith("modeB") else "A",
                reflective=kind.startswith("reflective"),
            )
        )
    return ModelSpec(tuple(constructs), tuple(tuple(p) for p in model["paths"]))


def case_settings(case: dict) -> Settings:
    model = case["model"]
    return Settings(
        scheme=SCHEMES[model["inner_weights"]],
        missing=MISSING[model["missing"]],
        missing_code=model["missing_value"],
        max_iter=model["maxIt"],
        tol=10.0 ** -model["stopCriterion"],
    )


def case_data(case: dict) -> pd.DataFrame:
    return pd.read_csv(REFERENCE / case["dataset"])


@pytest.fixture(scope="session")
def mobi() -> pd.DataFrame:
    return pd.read_csv(REFERENCE / "mobi.csv")


@pytest.fixture(scope="session")
def corp_rep() -> pd.DataFrame:
    return pd.read_csv(REFERENCE / "corp_rep_data.csv")


def pytest_configure(config: pytest.Config) -> None:
    from tests import browser

    browser.SHARE = True  # consecutive browser tests share one Chromium (tests/browser.py)


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """The browser tests of a module share one Chromium (tests/browser.py); it is stopped
    as soon as the next test is not one of them. Between Playwright's calls the thread's
    asyncio loop counts as running, which no other test should meet."""
    if (
        nextitem is not None
        and getattr(nextitem, "module", None) is getattr(item, "module", None)
        and nextitem.get_closest_marker("browser") is not None
    ):
        return
    browser = sys.modules.get("tests.browser")
    if browser is not None:
        browser.close_browser()


@pytest.fixture(scope="session")
def app_url():
    """One ``streamlit run app.py`` for every browser test that needs no server of its own:
    each test opens its own browser context, so each is a new session of a server that has
    already served others (as the deployed app has); starting one server per module cost
    the suite its start and the sample's first, cold analysis six times over."""
    from tests.browser import require_chromium, running_app

    require_chromium()
    with running_app() as url:
        yield url
