"""Collecting surveys (issue 19): the database, the owner's access, waves, her data.

Every test runs against SQLite and against a real PostgreSQL server (tests/pg.py).
"""

from __future__ import annotations

import hashlib
import secrets

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import func, inspect, select, text

import engine
from collect import db, store
from collect.models import Question, Response, Survey, Wave
from engine.intake.survey import import_survey
from tests import collect_support
from tests.collect_support import SAMPLE, answers_of, fill, sample

# the database fixtures (SQLite, and a real PostgreSQL server)
postgres = collect_support.postgres
url = collect_support.url


def _create(url: str, **kw) -> store.Created:
    return store.create_survey("Toko Rina", "id", store.template_questions("id"), url=url, **kw)


def test_migrations_create_the_schema(url) -> None:
    engine_ = db.engine_for(url)
    tables = set(inspect(engine_).get_table_names())
    assert {"survey", "question", "wave", "response", "alembic_version"} <= tables
    with engine_.connect() as c:
        assert c.execute(text("select version_num from alembic_version")).scalar() == "0001"
    db.dispose()
    db.engine_for(url)  # a second start upgrades nothing and loses nothing


def test_sqlite_file_in_the_data_folder_in_wal_mode(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(db.ENV_DIR, str(tmp_path / "folder"))
    monkeypatch.delenv(db.ENV_URL, raising=False)
    assert db.database_url() == f"sqlite:///{tmp_path / 'folder' / db.FILE_NAME}"
    try:
        with db.engine_for().connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert (tmp_path / "folder" / db.FILE_NAME).exists()
    finally:
        db.dispose()


def test_the_url_setting_wins(monkeypatch) -> None:
    monkeypatch.setenv(db.ENV_URL, "postgresql+psycopg://u@/x?host=/tmp")
    assert db.database_url() == "postgresql+psycopg://u@/x?host=/tmp"


def test_owner_token_is_stored_only_hashed(url) -> None:
    created = _create(url)
    assert len(created.owner_token) >= 43 and created.public_id not in created.owner_token
    with db.session(url) as s:
        survey = s.scalar(select(Survey))
        assert survey.owner_hash == hashlib.sha256(created.owner_token.encode()).hexdigest()
        dump = " ".join(
            str(v)
            for model in (Survey, Question, Wave, Response)
            for row in s.execute(select(model.__table__)).all()
            for v in row
        )
    assert created.owner_token not in dump
    assert created.public_id in dump


def test_a_guessed_or_altered_owner_token_gets_nothing(url) -> None:
    created = _create(url)
    other = _create(url)
    token = created.owner_token
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    guesses = [
        flipped,
        token[:-1],
        token + "x",
        token.upper() if token.upper() != token else token.lower(),
        created.public_id,
        "",
        secrets.token_urlsafe(32),
        "' OR 1=1 --" + "x" * 20,
    ]
    for guess in guesses:
        assert store.owner_survey(guess, url) is None
        with pytest.raises(LookupError):
            store.responses_frame(guess, url)
        with pytest.raises(LookupError):
            store.delete_survey(guess, url)
        with pytest.raises(LookupError):
            store.new_wave(guess, "", url)
    assert store.owner_survey(token, url).public_id == created.public_id
    assert store.owner_survey(other.owner_token, url).public_id == other.public_id


def test_responses_read_back_as_the_upload_reads_the_same_answers(url) -> None:
    """The sample's 225 respondents through the database give the upload path's estimates."""
    created = _create(url)
    frame = sample()
    fill(url, created, frame)
    view = store.owner_survey(created.owner_token, url)
    back = store.responses_frame(created.owner_token, url)
    assert len(back) == 225 and store.count(view.id, url=url) == 225
    survey = import_survey(back, view.spec(), overrides=store.mapping_for(view))
    upload = import_survey(engine.read_table(SAMPLE))
    assert survey.screening.valid == upload.screening.valid == 225
    ours = engine.estimate(survey.data, view.spec())
    theirs = engine.estimate(upload.data)
    np.testing.assert_allclose(ours.paths.estimate, theirs.paths.estimate, atol=1e-12)
    assert survey.profile_table().equals(upload.profile_table())


def test_a_form_sent_twice_is_stored_once(url) -> None:
    created = _create(url)
    view = store.owner_survey(created.owner_token, url)
    answers = answers_of(sample().iloc[0], [q.code for q in view.questions])
    sub = secrets.token_urlsafe(18)
    assert store.submit(created.public_id, answers, sub, 30.0, url) == "stored"
    assert store.submit(created.public_id, answers, sub, 30.0, url) == "duplicate"
    assert store.count(view.id, url=url) == 1


def test_a_full_survey_takes_no_more(url, monkeypatch) -> None:
    created = _create(url)
    view = store.owner_survey(created.owner_token, url)
    answers = answers_of(sample().iloc[0], [q.code for q in view.questions])
    monkeypatch.setattr(store, "MAX_RESPONSES", 2)
    outcomes = [
        store.submit(created.public_id, answers, secrets.token_urlsafe(18), 30.0, url)
        for _ in range(3)
    ]
    assert outcomes == ["stored", "stored", "full"] and store.count(view.id, url=url) == 2


def test_only_known_answers_are_kept() -> None:
    view = store.SurveyView(
        1, "p" * 12, "t", "en", "c", True, tuple(store.template_questions("en")), ((1, "", ""),)
    )
    raw = {q.code: "3" for q in view.questions if q.kind == "item"}
    raw.update({"INT01": "6", "INT02": "<script>", "gender": "Robot", "age": "23-28"})
    raw.update({"age_17_plus": "Yes", "has_watched": "maybe", "name": "Rina", "email": "r@x"})
    answers, missing = store.clean_answers(view, raw)
    assert answers["INT03"] == 3 and answers["age"] == "23-28" and answers["age_17_plus"] == "Yes"
    assert {"INT01", "INT02", "gender", "has_watched"} <= set(missing)
    assert "name" not in answers and "email" not in answers
    assert set(answers) | set(missing) == {q.code for q in view.questions}


def _rows(url: str, model, **where) -> int:
    with db.session(url) as s:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(s.scalar(query))


def test_waves_and_deleting_a_wave_or_the_survey(url) -> None:
    created = _create(url)
    keep = _create(url)  # another owner's survey must not be touched
    frame = sample()
    fill(url, created, frame.iloc[:30])
    fill(url, keep, frame.iloc[:5])
    assert store.new_wave(created.owner_token, "from today I greet viewers by name", url) == 2
    fill(url, created, frame.iloc[30:50])
    view = store.owner_survey(created.owner_token, url)
    assert store.counts_by_wave(view.id, url) == {1: 30, 2: 20}
    assert view.waves[1][1] == "from today I greet viewers by name"
    back = store.responses_frame(created.owner_token, url)
    assert back.wave.tolist() == [1] * 30 + [2] * 20

    store.delete_wave(created.owner_token, 1, url)
    assert _rows(url, Response, survey_id=view.id) == 20
    assert _rows(url, Wave, survey_id=view.id) == 1
    with pytest.raises(store.CollectError) as refused:
        store.delete_wave(created.owner_token, 2, url)
    assert refused.value.text("id")[0].startswith("Ini satu-satunya")

    store.delete_survey(created.owner_token, url)
    for model in (Response, Wave, Question):
        assert _rows(url, model, survey_id=view.id) == 0
    assert _rows(url, Survey, id=view.id) == 0
    assert store.owner_survey(created.owner_token, url) is None
    assert store.public_survey(created.public_id, url) is None
    other = store.owner_survey(keep.owner_token, url)
    assert store.count(other.id, url=url) == 5


def test_bad_definitions_are_refused_in_both_languages(url) -> None:
    base = store.template_questions("en")
    no_psn = [q for q in base if q.construct != "PSN"]
    bad_code = [*base, store.QuestionDef("item", "INT01x", "Hi", "INT")]
    blank = [store.QuestionDef(q.kind, q.code, " ", q.construct) for q in base]
    twice = [*base, base[-1]]
    for title, questions in [
        ("t", no_psn),
        ("t", bad_code),
        ("t", blank),
        ("t", twice),
        ("x" * 201, base),
        ("", base),
    ]:
        with pytest.raises(store.CollectError) as refused:
            store.create_survey(title, "en", questions, url=url)
        assert refused.value.hint and refused.value.text("id")[0] != refused.value.message
    assert _rows(url, Survey) == 0


def test_added_and_removed_questions_shape_the_model(url) -> None:
    base = [q for q in store.template_questions("en") if q.code != "INT04"]
    base.append(store.QuestionDef("item", "PSN06", "The host remembers my last order.", "PSN"))
    created = store.create_survey("t", "en", base, url=url)
    spec = store.owner_survey(created.owner_token, url).spec()
    assert spec.construct("INT").indicators == ("INT01", "INT02", "INT03")
    assert spec.construct("PSN").indicators[-1] == "PSN06"
    assert spec.paths == engine.STUDY_MODEL.paths


def test_wave_comparison_against_the_formula() -> None:
    from collect.waves import compare_waves

    frame = sample()
    second = frame.copy()
    psn = [f"PSN0{k}" for k in range(1, 6)]
    second[psn] = np.clip(second[psn] + 1, 1, 5)
    both = pd.concat([frame.assign(wave=1), second.assign(wave=2)], ignore_index=True)
    both = both.drop(columns="response_id")
    survey = import_survey(both, overrides={"wave": None})
    result = compare_waves(survey, both, engine.STUDY_MODEL, 1, 2, n_perm=200, n_boot=50)
    expected = {
        w: (part[psn].to_numpy(float).mean() - 1) / 4 * 100 for w, part in ((1, frame), (2, second))
    }
    moves = {m["construct"]: m for m in result["moves"]}
    assert moves["PSN"]["before"] == pytest.approx(expected[1], abs=1e-9)
    assert moves["PSN"]["after"] == pytest.approx(expected[2], abs=1e-9)
    assert moves["PSN"]["direction"] == "rose" and moves["INT"]["direction"] == "same"
    assert result["n"] == {1: 225, 2: 225}

    same = pd.concat([frame.assign(wave=1), frame.assign(wave=2)], ignore_index=True)
    same = same.drop(columns="response_id")
    survey = import_survey(same, overrides={"wave": None})
    result = compare_waves(survey, same, engine.STUDY_MODEL, 1, 2, n_perm=200, n_boot=50)
    paths = result["paths"]
    assert all(not p["changed"] and p["before"] == pytest.approx(p["after"]) for p in paths)
    assert all(m["direction"] == "same" for m in result["moves"])

    small = same.iloc[list(range(10)) + list(range(225, 235))]
    survey = import_survey(small.reset_index(drop=True), overrides={"wave": None})
    result = compare_waves(survey, small.reset_index(drop=True), engine.STUDY_MODEL, 1, 2)
    assert result["paths"] is None and result["paths_minimum"] >= 20


HALF_WRITE = """
import os, secrets, sys, time
os.environ["DRIVERLAB_DATABASE_URL"] = sys.argv[1]
from collect import db
from collect.models import Response
s = db.session(write=True)
s.begin()
s.add(Response(survey_id=int(sys.argv[2]), wave_id=int(sys.argv[3]),
               submission_id=secrets.token_urlsafe(18), answers={"INT01": 5}))
s.flush()
print("written", flush=True)
time.sleep(60)
"""


def test_a_process_killed_mid_write_leaves_nothing_half_written(url) -> None:
    """A response written but not committed when the server dies is not counted."""
    import signal
    import subprocess
    import sys

    created = _create(url)
    fill(url, created, sample().iloc[:3])
    view = store.owner_survey(created.owner_token, url)
    with db.session(url) as s:
        wave_id = s.scalar(select(Wave.id).where(Wave.survey_id == view.id))
    db.dispose()
    proc = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITE, url, str(view.id), str(wave_id)],
        cwd=collect_support.ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "written"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert store.count(view.id, url=url) == 3
    fill(url, created, sample().iloc[3:5])  # and the database takes answers again
    assert store.count(view.id, url=url) == 5


def test_speeders_and_straight_liners_are_screened_as_in_uploads(url) -> None:
    from engine.intake.survey import ScreeningRules

    created = _create(url)
    view = store.owner_survey(created.owner_token, url)
    codes = [q.code for q in view.questions]
    rows = sample().iloc[:6]
    for k, (_, row) in enumerate(rows.iterrows()):
        answers = answers_of(row, codes)
        if k == 0:  # the same answer everywhere
            answers.update({c: 4 for c in codes if c in engine.STUDY_MODEL.items})
        if k == 1:
            answers["has_watched"] = "No"
        seconds = 5.0 if k == 2 else 200.0  # 22 items in 5 s: faster than 2 s an item
        store.submit(created.public_id, answers, secrets.token_urlsafe(18), seconds, url)
    frame = store.responses_frame(created.owner_token, url)
    rules = ScreeningRules(straight_lining=True, too_fast=True)
    survey = import_survey(frame, view.spec(), rules, overrides=store.mapping_for(view))
    excluded = survey.screening.excluded
    reasons = dict(zip(excluded.row, excluded.reasons, strict=True))
    assert reasons == {2: ["straight-lining"], 3: ["never watched"], 4: ["too fast"]}
    assert survey.screening.valid == 3


def test_the_downloads_hold_every_answer(url) -> None:
    from io import BytesIO

    from ui.collect import workbook

    created = _create(url)
    fill(url, created, sample().iloc[:12])
    frame = store.responses_frame(created.owner_token, url)
    back = pd.read_excel(BytesIO(workbook(frame)))
    assert list(back.columns) == list(frame.columns) and len(back) == 12
    items = list(engine.STUDY_MODEL.items)
    assert (back[items].to_numpy() == sample().iloc[:12][items].to_numpy()).all()
    assert (back["gender"] == sample().iloc[:12]["gender"].to_numpy()).all()
    assert "name" not in frame.columns and "email" not in frame.columns


def test_readers_do_not_wait_for_a_writer(url) -> None:
    """While one response is being written, the owner's count answers at once (WAL / MVCC)."""
    import time

    created = _create(url)
    fill(url, created, sample().iloc[:2])
    view = store.owner_survey(created.owner_token, url)
    with db.session(url, write=True) as s, s.begin():
        wave_id = s.scalar(select(Wave.id).where(Wave.survey_id == view.id))
        s.add(Response(survey_id=view.id, wave_id=wave_id, submission_id="w" * 20, answers={}))
        s.flush()  # holds the write lock until the block ends
        t0 = time.perf_counter()
        assert store.count(view.id, url=url) == 2  # not yet committed: not counted
        assert time.perf_counter() - t0 < 2.0
    assert store.count(view.id, url=url) == 3
