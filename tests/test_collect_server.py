"""The respondents' form through the running app (``streamlit run serve.py``), loopback only.

Burst: respondents at an even pace through the form, every one stored exactly once, the
owner's count right. Restart: the server killed (SIGKILL) mid-burst and started again,
nothing committed lost, nothing half-written counted. Access: the public link reaches the
form and nothing else. Each against SQLite and a real PostgreSQL server; the 300-respondent
versions are ``slow``.
"""

from __future__ import annotations

import html
import re
import secrets

import pytest
import requests

from bench.collect_burst import run, running
from collect import db, store
from collect.form import RateLimit
from tests import collect_support

postgres = collect_support.postgres
#: the module's server accepts this many answers per link and minute
RATE = 8


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path):
    """(database URL, environment for the server) for each database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/{db.FILE_NAME}"
        env = {db.ENV_DIR: str(tmp_path), db.ENV_URL: ""}
    else:
        url = request.getfixturevalue("postgres")(f"s_{secrets.token_hex(6)}")
        env = {db.ENV_URL: url}
    yield url, env
    db.dispose()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("collect-server")
    url = f"sqlite:///{folder}/{db.FILE_NAME}"
    env = {db.ENV_DIR: str(folder), db.ENV_URL: "", "DRIVERLAB_FORM_RATE": str(RATE)}
    with running(env) as app:
        yield app.url, url
    db.dispose()


def test_the_rate_limit_per_link_keeps_her_answers(server) -> None:
    base, url = server
    created = store.create_survey("t", "en", store.template_questions("en"), url=url)
    other = store.create_survey("t", "en", store.template_questions("en"), url=url)
    link = f"{base}/s/{created.public_id}"
    codes = []
    for _ in range(RATE + 1):
        phone = requests.Session()
        codes.append(phone.post(link, data=_form(phone.get(link, timeout=30).text), timeout=30))
    assert [r.status_code for r in codes] == [200] * RATE + [429]
    assert "wait a minute" in codes[-1].text and 'value="4" checked' in codes[-1].text
    view = store.owner_survey(created.owner_token, url)
    assert store.count(view.id, url=url) == RATE
    # another link is not held back by this one
    phone = requests.Session()
    second = f"{base}/s/{other.public_id}"
    assert phone.post(second, data=_form(phone.get(second, timeout=30).text), timeout=30).ok


FIELD = re.compile(r'name="([^"]+)" value="([^"]*)"')


def _form(page: str, answer: str = "4") -> dict:
    fields: dict[str, list[str]] = {}
    for name, value in FIELD.findall(page):
        fields.setdefault(name, []).append(html.unescape(value))
    form = {"sub": fields.pop("sub")[0], "started": fields.pop("started")[0], "consent": "yes"}
    fields.pop("consent", None)
    for name, values in fields.items():
        form[name] = answer if answer in values else values[0]
    return form


def test_the_form_takes_one_answer_per_browser_and_shows_nothing_else(server) -> None:
    base, url = server
    created = store.create_survey(
        "<script>alert(1)</script> Toko", "id", store.template_questions("id"), url=url
    )
    survey = store.owner_survey(created.owner_token, url)
    link = f"{base}/s/{created.public_id}"
    first = requests.get(link, timeout=30)
    assert first.status_code == 200
    assert "<script>alert(1)</script>" not in first.text and "&lt;script&gt;" in first.text
    assert "default-src 'none'" in first.headers["Content-Security-Policy"]
    assert 'lang="id"' in first.text and "Kirim jawaban saya" in first.text

    phone = requests.Session()
    answer = phone.post(link, data=_form(phone.get(link, timeout=30).text), timeout=30)
    assert answer.status_code == 200 and "Terima kasih" in answer.text
    assert store.count(survey.id, url=url) == 1
    again = phone.get(link, timeout=30)
    assert "sudah mengisi" in again.text and "<form" not in again.text
    resent = phone.post(link, data=_form(first.text), timeout=30)
    assert "sudah mengisi" in resent.text and store.count(survey.id, url=url) == 1

    # others' answers never reach the form: the page is the same before and after them
    for _ in range(3):
        other = requests.Session()
        other.post(link, data=_form(other.get(link, timeout=30).text, "2"), timeout=30)
    later = requests.get(link, timeout=30)
    strip = re.compile(r'name="(sub|started)" value="[^"]*"')
    assert strip.sub("", later.text) == strip.sub("", first.text)
    assert store.count(survey.id, url=url) == 4


def test_a_half_answered_form_comes_back_with_its_answers(server) -> None:
    base, url = server
    created = store.create_survey("t", "en", store.template_questions("en"), url=url)
    link = f"{base}/s/{created.public_id}"
    form = _form(requests.get(link, timeout=30).text, "5")
    del form["PSN03"]
    back = requests.post(link, data=form, timeout=30)
    assert back.status_code == 400 and "Please answer" in back.text
    assert re.search(r'name="INT01" value="5" checked', back.text)
    assert 'class="q scale miss"' in back.text
    assert f'value="{form["sub"]}"' in back.text  # the same submission id: sent later, once
    no_consent = {k: v for k, v in _form(requests.get(link, timeout=30).text).items()}
    del no_consent["consent"]
    back = requests.post(link, data=no_consent, timeout=30)
    assert back.status_code == 400 and '<div class="q miss"><p>' in back.text
    view = store.owner_survey(created.owner_token, url)
    assert store.count(view.id, url=url) == 0


def test_the_honeypot_and_oversized_bodies_store_nothing(server) -> None:
    base, url = server
    created = store.create_survey("t", "en", store.template_questions("en"), url=url)
    link = f"{base}/s/{created.public_id}"
    form = _form(requests.get(link, timeout=30).text)
    bot = requests.post(link, data={**form, "website": "http://spam"}, timeout=30)
    assert bot.status_code == 200 and "Thank you" in bot.text
    huge = requests.post(link, data={**form, "x": "a" * 100_000}, timeout=30)
    assert huge.status_code == 413
    view = store.owner_survey(created.owner_token, url)
    assert store.count(view.id, url=url) == 0


def test_the_public_link_reaches_nothing_but_the_form(server) -> None:
    base, url = server
    created = store.create_survey("t", "en", store.template_questions("en"), url=url)
    other = store.create_survey("other", "en", store.template_questions("en"), url=url)
    link = f"{base}/s/{created.public_id}"
    for path in ("/results", "/owner", "/../survey", "/responses.csv", "/" + other.public_id):
        assert requests.get(link + path, timeout=30).status_code == 404
    altered = created.public_id[:-1] + ("A" if created.public_id[-1] != "A" else "B")
    for pid in (secrets.token_urlsafe(9), altered, "x" * 40, "%00", "%2e%2e"):
        r = requests.get(f"{base}/s/{pid}", timeout=30)
        assert r.status_code in (400, 404) and "<form" not in r.text
    # the owner's token in the form's URL changes nothing; the public id is no owner token
    page = requests.get(link, params={"owner": created.owner_token}, timeout=30).text
    assert created.owner_token not in page and other.public_id not in page
    assert store.owner_survey(created.public_id, url) is None
    # answers sent to one link land in that survey only
    form = _form(requests.get(link, timeout=30).text)
    requests.post(link, data=form, timeout=30)
    a = store.owner_survey(created.owner_token, url)
    b = store.owner_survey(other.owner_token, url)
    assert store.count(a.id, url=url) == 1 and store.count(b.id, url=url) == 0


def test_rate_limit_per_link() -> None:
    limit = RateLimit(3, window=60, max_links=2)
    assert [limit.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limit.allow("b", now=3) and limit.allow("a", now=61)  # the window slides
    limit.allow("c", now=62)
    assert len(limit._hits) == 2  # bounded memory


def _assert_exact(figures: dict, n: int) -> None:
    assert figures["respondents"] == n
    assert figures["thanked"] == n, figures
    assert figures["stored"] == figures["distinct"] == figures["owner_count"] == n, figures
    assert figures["duplicates"] == figures["lost"] == figures["altered"] == 0, figures
    assert figures["whole"], figures


def test_burst_every_response_stored_exactly_once(backend) -> None:
    url, env = backend
    figures = run(40, 4, url, env)  # ten a second: the slow version's 300 come 2.7 a second
    print(figures)
    _assert_exact(figures, 40)


def test_restart_mid_burst_loses_nothing_and_counts_nothing_half_written(backend) -> None:
    url, env = backend
    # killed at the 15th, 2 s in: the other 30 arrive while it is down or coming back
    figures = run(45, 6, url, env, restart=True)
    print(figures)
    assert "restart_seconds" in figures
    _assert_exact(figures, 45)


@pytest.mark.slow
def test_burst_of_300_in_two_minutes(backend) -> None:
    url, env = backend
    figures = run(300, 110, url, env)
    print(figures)
    _assert_exact(figures, 300)


@pytest.mark.slow
def test_restart_during_a_burst_of_300(backend) -> None:
    url, env = backend
    figures = run(300, 110, url, env, restart=True)
    print(figures)
    _assert_exact(figures, 300)
