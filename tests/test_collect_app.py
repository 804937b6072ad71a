"""The collect pages under AppTest (issue 19): create a survey, open it by the owner's link,
results follow the answers, waves compared in words, her data downloaded and deleted."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import engine
from collect import db, store
from collect.models import Response, Survey
from engine.core.power import minimum_sample
from tests.collect_support import SAMPLE, fill, sample

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")


@pytest.fixture
def database(tmp_path, monkeypatch):
    monkeypatch.setenv(db.ENV_DIR, str(tmp_path))
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("DRIVERLAB_FORM_SERVED", "1")  # as under streamlit run serve.py
    yield db.database_url()
    db.dispose()


def app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def _survey_page(token: str, **query) -> AppTest:
    at = app(owner=token, **query).run()
    return at.switch_page("pages/survey.py").run()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_create_a_survey_with_edited_questions(database, lang) -> None:
    at = app(lang=lang).run()
    at.switch_page("pages/collect.py").run()
    assert not at.exception
    at.selectbox(key="collect_lang").set_value("id").run()
    at.text_input(key="collect_title_id").input("Survei Toko Rina").run()
    at.button[0].click().run()
    assert not at.exception and not at.error
    public_id, token = at.session_state["collect_created"]
    codes = [c.value for c in at.code]
    assert codes[0].endswith(f"/s/{public_id}") and codes[1].endswith(f"/survey?owner={token}")
    assert at.warning[0].value.startswith("Whoever" if lang == "en" else "Siapa pun")
    view = store.owner_survey(token, database)
    assert view.lang == "id" and view.title == "Survei Toko Rina"
    assert [q.code for q in view.questions if q.kind == "item"][:2] == ["INT01", "INT02"]
    assert view.questions[-1].text.startswith("Saya akan merekomendasikan")


def test_her_wordings_in_a_folded_section_are_the_ones_created(database) -> None:
    """The wording tables are drawn only while their section is open; what she left in a
    section she folded (kept in her session) is what the survey is created with."""
    import pandas as pd

    at = app().run()
    at.switch_page("pages/collect.py").run()
    assert not at.exception and not at.dataframe  # no table drawn until a section is opened
    mine = pd.DataFrame({"text": ["The host answers my questions live.", "I can ask the host."]})
    at.session_state["collect_items_kept_INT_en"] = mine
    at.run()
    at.button[0].click().run()
    assert not at.exception and not at.error
    _public_id, token = at.session_state["collect_created"]
    items = [q for q in store.owner_survey(token, database).questions if q.construct == "INT"]
    assert [q.text for q in items] == list(mine.text)
    assert [q.code for q in items] == ["INT01", "INT02"]


def test_a_refused_definition_keeps_what_she_typed(database) -> None:
    at = app().run()
    at.switch_page("pages/collect.py").run()
    at.text_input(key="collect_title_en").input(" ").run()
    at.text_area(key="collect_consent_en").input("My own consent line").run()
    at.button[0].click().run()
    assert at.error and "title" in at.error[0].value
    assert at.text_area(key="collect_consent_en").value == "My own consent line"
    with db.session(database) as s:
        assert s.query(Survey).count() == 0


def test_started_without_the_form_it_says_how_to_start_it(database, monkeypatch) -> None:
    monkeypatch.delenv("DRIVERLAB_FORM_SERVED")
    at = app(lang="id").run()
    at.switch_page("pages/collect.py").run()
    assert "streamlit run serve.py" in at.warning[0].value
    assert at.warning[0].value.startswith("Server ini")


def test_a_wrong_owner_token_sees_nothing(database) -> None:
    created = store.create_survey("Rina", "en", store.template_questions("en"), url=database)
    fill(database, created, sample().iloc[:120])
    token = created.owner_token
    for guess in (token[:-1] + ("A" if token[-1] != "A" else "B"), created.public_id, "x" * 43):
        at = _survey_page(guess)
        assert not at.exception
        assert at.error and "no survey" in at.error[0].value
        assert not at.code and not at.metric and not at.download_button
        assert not any("Rina" in m.value for m in at.markdown)
    at = app().run().switch_page("pages/survey.py").run()
    assert at.info and not at.code


def test_the_owner_sees_her_answers_on_every_page_and_they_grow(database) -> None:
    created = store.create_survey("Rina", "en", store.template_questions("en"), url=database)
    frame = sample()
    fill(database, created, frame.iloc[:10])
    at = _survey_page(created.owner_token)
    assert not at.exception
    study = engine.estimate(engine.read_table(SAMPLE))
    minimum = minimum_sample(study.paths, 10)["minimum_n"]
    assert at.metric[0].value == f"10 / {minimum}"  # the study's figure while she has 10
    assert at.progress[0].value == int(100 * 10 / minimum)  # AppTest reports percent
    fill(database, created, frame.iloc[10:150])
    at.run()
    assert at.metric[0].value.startswith("150 /")
    at.switch_page("pages/home.py").run()
    assert at.metric[0].label == "Valid responses" and at.metric[0].value == "150"
    fill(database, created, frame.iloc[150:200])
    at.session_state["collect_checked_at"] = 0.0  # as if the refresh interval had passed
    at.run()
    assert at.metric[0].value == "200"
    at.switch_page("pages/drivers.py").run()
    assert not at.exception


def test_a_few_usable_answers_are_counted_before_the_model_can_run(database) -> None:
    """Two complete answers said "2 jawaban (0 dapat dipakai)": the usable count is the
    screening's even while the answers are too few to estimate the model."""
    created = store.create_survey("Sari", "id", store.template_questions("id"), url=database)
    fill(database, created, sample().iloc[:2])
    at = _survey_page(created.owner_token, lang="id")
    assert not at.exception
    assert at.metric[0].value.startswith("2 / ")
    assert at.progress[0].text.startswith("2 jawaban (2 dapat dipakai)")
    assert not any("Survei contoh" in m.value for m in at.caption)  # nothing else loaded


def test_waves_compared_in_words_and_her_data_deleted(database) -> None:
    created = store.create_survey("Rina", "id", store.template_questions("id"), url=database)
    frame = sample()
    fill(database, created, frame.iloc[:110])
    store.new_wave(created.owner_token, "mulai hari ini saya menyapa penonton", database)
    psn = [f"PSN0{k}" for k in range(1, 6)]
    better = frame.iloc[110:225].copy()
    better[psn] = (better[psn] + 1).clip(upper=5)
    fill(database, created, better)
    at = _survey_page(created.owner_token, lang="id")
    assert not at.exception
    words = " ".join(m.value for m in at.markdown)
    assert "Personalisasi naik dari" in words and "sejak gelombang 1" in words
    assert "mulai hari ini saya menyapa penonton" in words
    labels = [b.label for b in at.get("download_button")]
    assert "Unduh semua jawaban (CSV)" in labels and "Unduh semua jawaban (Excel)" in labels

    view = store.owner_survey(created.owner_token, database)
    at.checkbox(key="collect_del_wave_sure").check().run()
    at.selectbox(key="collect_del_wave").set_value(1).run()
    at.button(key="collect_del_wave_go").click().run()
    assert store.counts_by_wave(view.id, database) == {2: 115}

    at.checkbox(key="collect_del_survey_sure").check().run()
    at.button(key="collect_del_survey_go").click().run()
    assert not at.exception
    with db.session(database) as s:
        assert s.query(Survey).count() == 0 and s.query(Response).count() == 0
    at.switch_page("pages/home.py").run()
    assert at.metric[0].value == "225"  # back on the sample, nothing of hers left


def test_nothing_of_the_form_needs_streamlit() -> None:
    """The form and the store run without Streamlit (engine-like rule for collect/)."""
    import subprocess
    import sys

    code = (
        "import sys; import collect.form, collect.store, collect.waves, collect.db; "
        "sys.exit('streamlit' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_token_never_in_the_survey_list_of_another_session(database) -> None:
    mine = store.create_survey("Mine", "en", store.template_questions("en"), url=database)
    theirs = store.create_survey("Theirs", "en", store.template_questions("en"), url=database)
    at = _survey_page(mine.owner_token)
    page = " ".join(str(e.value) for e in [*at.markdown, *at.code])
    assert theirs.public_id not in page and theirs.owner_token not in page
    assert secrets.compare_digest(at.session_state["collect_owner_token"], mine.owner_token)


def test_a_new_empty_wave_and_an_empty_survey_open_without_error(database) -> None:
    created = store.create_survey("Rina", "en", store.template_questions("en"), url=database)
    at = _survey_page(created.owner_token)
    assert not at.exception and at.metric[0].value.startswith("0 /")
    fill(database, created, sample().iloc[:30])
    store.new_wave(created.owner_token, "", database)
    at = _survey_page(created.owner_token)
    assert not at.exception and not at.error
