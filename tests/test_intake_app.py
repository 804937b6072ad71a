"""Issue 12 in the app (AppTest): the mapping step on the Data page is never a dead end."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui import state

from .owner_surveys import PLANS, build

APP = str(Path(__file__).resolve().parents[1] / "app.py")
BATIK = build(PLANS[0])  # Google Forms, Indonesian labels, 22 questions


def app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for k, v in query.items():
        at.query_params[k] = v
    return at


def _upload(at: AppTest, survey) -> AppTest:
    return at.get("file_uploader")[0].set_value((survey.file_name, survey.raw, "text/csv")).run()


def _mapping_keys(at: AppTest) -> list[str]:
    pending = at.session_state[state.PENDING]
    n = len(pending["intake"].answer_columns)
    return [f"map_{pending['id']}_{k}" for k in range(1, n + 1)]


def test_her_questions_are_listed_corrected_and_analysed() -> None:
    at = app(lang="id", sample="1").run()
    at.switch_page("pages/data.py").run()
    _upload(at, BATIK)
    assert not at.exception
    shown = " ".join(m.value for m in at.markdown)
    for question in BATIK.wording.values():
        assert question in shown  # her own questions, not the sample's columns
    keys = _mapping_keys(at)
    assert [at.selectbox(key=k).value for k in keys] == list(BATIK.truth.values())
    assert "Interaktivitas (INT)" in at.selectbox(key=keys[0]).options
    # while her file waits, another page says the figures are the sample's
    at.selectbox(key=keys[1]).set_value("CLE").run()
    at.switch_page("pages/home.py").run()
    assert [w.value for w in at.warning if "sampel studi" in w.value] != []
    assert len([w for w in at.warning if "menunggu" in w.value]) == 1
    at.switch_page("pages/data.py").run()
    assert at.selectbox(key=keys[1]).value == "CLE"  # her change is still there
    at.selectbox(key=keys[1]).set_value("INT").run()
    # a whole block at once: questions 1-4 -> INF, then back to INT
    pending_id = at.session_state[state.PENDING]["id"]
    at.selectbox(key=f"map_{pending_id}_from").set_value(1)
    at.selectbox(key=f"map_{pending_id}_to").set_value(4)
    at.selectbox(key=f"map_{pending_id}_as").set_value("INF").run()
    at.button(key=f"map_{pending_id}_block").click().run()
    assert [at.selectbox(key=k).value for k in keys[:5]] == ["INF"] * 5
    at.selectbox(key=f"map_{pending_id}_as").set_value("INT").run()
    at.button(key=f"map_{pending_id}_block").click().run()
    # one question marked as not part of the model, then analyse
    at.selectbox(key=keys[-1]).set_value("—").run()
    next(b for b in at.button if b.label == "Analisis survei saya").click().run()
    assert not at.exception and not at.error
    assert state.PENDING not in at.session_state
    survey = at.session_state[state.SURVEY]
    assert survey.spec.construct("VCC").indicators == ("VCC01", "VCC02", "VCC03", "VCC04")
    assert survey.item_label("INT01") == BATIK.wording["INT01"]
    valid = BATIK.coded.drop(columns="VCC05").dropna().shape[0]
    assert at.metric[0].label == "Respons valid" and at.metric[0].value == str(valid)
    # analysed: the way to her answer, on a phone whose menu is folded away
    assert [p.label for p in at.get("page_link")] == ["Lihat hasil survei Anda"]
    # the next wave with the same headers is mapped the same way without asking
    at.get("file_uploader")[0].set_value(
        ("gelombang-2.csv", BATIK.raw.replace(b"Perempuan", b"perempuan"), "text/csv")
    ).run()
    assert not at.exception and state.PENDING not in at.session_state
    assert at.session_state[state.SURVEY].spec.construct("VCC").indicators[-1] == "VCC04"
    # and she can open her choices again
    next(b for b in at.button if b.label == "Ubah pertanyaan mana mengukur apa").click().run()
    assert not at.exception and state.PENDING in at.session_state
    keys = _mapping_keys(at)
    assert at.selectbox(key=keys[-1]).value == "—" and at.selectbox(key=keys[0]).value == "INT"


def test_refusals_name_what_is_missing_and_keep_the_previous_analysis() -> None:
    at = app(lang="id", sample="1").run()
    at.switch_page("pages/data.py").run()
    contacts = "Timestamp,Nama,Email\n" + "".join(
        f"2026/10/0{k} 10:00:00,Sari {k},s{k}@x.id\n" for k in range(1, 8)
    )
    at.get("file_uploader")[0].set_value(("kontak.csv", contacts.encode(), "text/csv")).run()
    assert not at.exception
    assert "Tidak ada kolom di file ini yang berisi jawaban skala persetujuan" in at.error[0].value
    assert at.metric[0].value == "225"  # the sample is still loaded
    _upload(at, BATIK)
    for k, construct in zip(_mapping_keys(at), BATIK.truth.values(), strict=True):
        if construct == "PSN":
            at.selectbox(key=k).set_value("—")
    at.run()
    assert any("Personalisasi (PSN)" in w.value for w in at.warning)  # said before pressing
    next(b for b in at.button if b.label == "Analisis survei saya").click().run()
    assert not at.exception
    assert "Personalisasi (PSN)" in at.error[0].value
    assert state.PENDING in at.session_state  # her choices wait; nothing is lost
    assert at.session_state[state.SOURCE] == "sample"


def test_a_saved_mapping_fills_in_her_choices() -> None:
    import json

    from engine.intake.io import read_upload
    from engine.intake.suggest import suggest, with_choices

    frame = read_upload(BATIK.raw, BATIK.file_name).frame
    last = list(BATIK.truth)[-1]
    saved = with_choices(suggest(frame), {last: None}).mapping_json()
    assert {"column": last, "maps_to": None}.items() <= next(
        r for r in json.loads(saved)["columns"] if r["column"] == last
    ).items()
    at = app(lang="en", sample="1").run()
    at.switch_page("pages/data.py").run()
    _upload(at, BATIK)
    before = at.session_state[state.PENDING]["id"]
    uploader = at.get("file_uploader")[1]
    uploader.set_value(("mapping.json", saved.encode(), "application/json")).run()
    assert not at.exception
    assert at.session_state[state.PENDING]["id"] != before
    keys = _mapping_keys(at)
    assert at.selectbox(key=keys[-1]).value == "—"
    assert at.selectbox(key=keys[0]).value == "INT"


def test_her_words_are_shown_as_text_never_as_markup() -> None:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(2)
    hostile = "Host **menjawab** [klik](http://x.id) <img src=x onerror=alert(1)> $x$"
    frame = pd.DataFrame(
        {
            f"Seksi <b>A</b> [{hostile}]": rng.integers(1, 6, 40),
            "Saya senang menonton live": rng.integers(1, 6, 40),
        }
    )
    at = app(lang="id", sample="1").run()
    at.switch_page("pages/data.py").run()
    at.get("file_uploader")[0].set_value(
        ("aneh.csv", frame.to_csv(index=False).encode(), "text/csv")
    ).run()
    assert not at.exception
    shown = next(m.value for m in at.markdown if "menjawab" in m.value)
    assert "\\*\\*menjawab\\*\\*" in shown and "\\[klik\\]" in shown and "\\<img" in shown
    assert "\\$x\\$" in shown and "\\<b\\>A\\</b\\>" in shown
    label = at.selectbox(key=_mapping_keys(at)[0]).label
    assert "\\[klik\\]" in label


def test_a_survey_recognised_with_confidence_is_analysed_at_once() -> None:
    jewelry = build(PLANS[8])  # Google Forms grid: the section titles say it all
    at = app(sample="1").run()
    at.switch_page("pages/data.py").run()
    _upload(at, jewelry)
    assert not at.exception and state.PENDING not in at.session_state
    assert at.metric[0].value == str(jewelry.coded.dropna().shape[0])
    assert any("The model uses your own questions: 21" in c.value for c in at.caption)
    survey = at.session_state[state.SURVEY]
    assert survey.item_label("VCC01") == jewelry.wording["VCC01"]
    next(b for b in at.button if b.label == "Change which question measures what").click().run()
    assert state.PENDING in at.session_state  # her questions, to check or change


def _drivers_questions(at: AppTest) -> dict[str, str]:
    """Drivers' importance-performance table at the questions' level: item -> its question."""
    from engine.base.text import say

    at.switch_page("pages/drivers.py").run()
    at.radio[0].set_value("item").run()
    assert not at.exception
    lang = at.session_state[state.LANG]
    column = say("own.col.question", lang)
    table = next(d.value for d in at.dataframe if column in d.value.columns)
    return dict(zip(table.iloc[:, 0], table[column], strict=True))


def test_drivers_show_each_question_in_her_words_or_the_questionnaire_s() -> None:
    """The sample's questions as the published data dictionary words them (the page in
    English: AppTest formats select boxes outside the session's language, so Indonesian is
    checked on ``questionnaire.wording``, the page's one source); an owner's survey, her own
    wording verbatim."""
    import json

    from engine.study.questionnaire import wording

    dictionary = json.loads((Path(APP).parent / "sample_data" / "data_dictionary.json").read_text())
    columns = dictionary["files"]["livestream_survey.csv"]["columns"]
    published = {c["name"]: c for c in columns if c.get("role") == "item"}
    for item, entry in published.items():
        for lang in ("en", "id"):
            assert wording(item, lang) == entry[f"question_{lang}"], (item, lang)
        assert wording(item, "id", "Her own words") == "Her own words"
    assert wording("Q7", "en") == "" and wording("Q7", "id", "Q7") == ""
    shown = _drivers_questions(app(sample="1").run())
    # the target's drivers' questions (for engagement: interactivity, information, offers)
    assert {item[:3] for item in shown} == {"INT", "INF", "PSN"}
    for item, question in shown.items():
        assert question == published[item]["question_en"], item
    jewelry = build(PLANS[8])  # analysed at once: her questions are the model's items
    at = app(sample="1").run()
    at.switch_page("pages/data.py").run()
    _upload(at, jewelry)
    shown = _drivers_questions(at)
    assert shown and set(shown) <= set(jewelry.wording)
    for item, question in shown.items():
        assert question == jewelry.wording[item], item


def test_she_decides_who_is_left_out_and_sees_which_rows_were_flagged() -> None:
    """Her own file with a repeated response, three respondents who skipped one question and
    one who skipped most: the repeat is flagged with its row number in her file; leaving out
    repeats drops it; keeping respondents with some blanks (mean replacement) brings the
    three back but not the one with more than half blank. Counts re-derived with pandas.
    The choices travel in a saved analysis."""

    import numpy as np
    import pandas as pd

    import engine

    frame = pd.read_csv(Path(APP).parent / "sample_data" / "livestream_survey.csv")
    items = list(engine.STUDY_MODEL.items)
    frame = pd.concat([frame, frame.iloc[[4]]], ignore_index=True)  # row 5 sent twice
    repeat_row = len(frame) + 1  # spreadsheet row (the header is row 1)
    frame.loc[[10, 20, 30], "INF02"] = np.nan
    frame.loc[40, items[:15]] = np.nan
    raw = frame.to_csv(index=False).encode()
    blanks = frame[items].isna().sum(axis=1)
    complete = int((blanks == 0).sum())
    few = int(((blanks > 0) & (blanks <= len(items) / 2)).sum())
    assert (complete, few) == (len(frame) - 4, 3)
    answers = [c for c in frame.columns if c != "response_id"]  # the sample has a repeat too
    repeats = int((frame[answers].duplicated() & (blanks == 0)).sum())
    assert repeats == 2

    at = app(sample="1").run()
    at.switch_page("pages/data.py").run()
    at.get("file_uploader")[0].set_value(("mine.csv", raw, "text/csv")).run()
    assert not at.exception and at.metric[0].value == str(complete)  # the repeat still in
    flagged = next(c.value for c in at.caption if c.value.startswith("Flagged but kept"))
    assert str(repeat_row) in flagged
    box = next(c for c in at.checkbox if c.label.startswith("Leave out repeated responses"))
    box.check().run()
    next(b for b in at.button if b.label == "Apply these choices").click().run()
    assert not at.exception and at.metric[0].value == str(complete - repeats)
    repeat_box = next(c for c in at.checkbox if c.label.startswith("Leave out repeated"))
    assert repeat_box.value  # the box shows the choice in force on the new table
    next(c for c in at.checkbox if c.label.startswith("Keep respondents")).check().run()
    next(b for b in at.button if b.label == "Apply these choices").click().run()
    assert at.metric[0].value == str(complete - repeats + few)
    assert at.session_state[state.SETTINGS].missing == "mean"
    result = engine.estimate(
        at.session_state[state.DATA], settings=at.session_state[state.SETTINGS]
    )
    assert result.meta["n_obs"] == complete - repeats + few  # the estimate uses them all

    from engine.outputs.export import open_analysis, save_analysis

    saved = open_analysis(
        save_analysis(
            raw,
            "mine.csv",
            engine.STUDY_MODEL,
            at.session_state[state.SETTINGS],
            left_out=at.session_state[state.LEFT_OUT],
        )
    )
    assert saved["left_out"] == ("duplicates",) and saved["settings"].missing == "mean"
    with pytest.raises(engine.DriverLabError, match="left_out"):
        open_analysis(_tampered_left_out(raw))


def _tampered_left_out(raw: bytes) -> bytes:
    import json

    from engine import STUDY_MODEL, Settings
    from engine.outputs.export import save_analysis

    saved = json.loads(save_analysis(raw, "mine.csv", STUDY_MODEL, Settings()))
    saved["left_out"] = ["everyone"]
    return json.dumps(saved).encode()
