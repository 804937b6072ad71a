"""Shared fixtures of the collect tests: a database per test, SQLite and PostgreSQL."""

from __future__ import annotations

import secrets
from pathlib import Path

import pandas as pd
import pytest

from collect import db, store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "livestream_survey.csv"


@pytest.fixture(scope="session")
def postgres():
    from tests import pg

    with pg.server() as database:
        yield database


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        value = f"sqlite:///{tmp_path}/{db.FILE_NAME}"
    else:
        value = request.getfixturevalue("postgres")(f"t_{secrets.token_hex(6)}")
    yield value
    db.dispose()


def sample() -> pd.DataFrame:
    return pd.read_csv(SAMPLE)


def answers_of(row: pd.Series, codes) -> dict:
    """A sample respondent's row as the form would store it (screening answered yes)."""
    out: dict = {"age_17_plus": "Yes", "has_watched": "Yes"}
    for code in codes:
        if code in row.index:
            value = row[code]
            out[code] = int(value) if isinstance(value, (int, float)) else str(value)
    return out


def fill(url: str, created: store.Created, frame: pd.DataFrame) -> None:
    view = store.owner_survey(created.owner_token, url)
    codes = [q.code for q in view.questions]
    for _, row in frame.iterrows():
        store.submit(
            created.public_id, answers_of(row, codes), secrets.token_urlsafe(18), 120.0, url
        )
