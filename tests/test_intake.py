"""Issue 12: her own survey, in her own words (engine side and command line).

The corpus (``tests/owner_surveys.py``) holds owner-written exports with a
ground truth. For each: the share of answer columns suggested right (printed;
the suite fails below 0.9 overall), and the confirmed mapping gives exactly the
estimates of the same answers under coded headers, estimated with a model built
here by hand.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from engine import ModelSpec, composite, estimate, paths
from engine.cli import main
from engine.intake.io import read_upload
from engine.intake.suggest import explain, split_header, suggest, with_choices
from engine.intake.survey import import_survey, load_mapping
from engine.study.model import STUDY_MODEL

from .owner_surveys import CONSTRUCTS, PLANS, build, corpus

SURVEYS = corpus()


def _read(s):
    return read_upload(s.raw, s.file_name).frame


def test_the_corpus_is_what_the_issue_asks() -> None:
    assert len(SURVEYS) >= 10
    layouts = {p.layout for p in PLANS}
    assert {"google", "grid", "surveymonkey", "msforms", "kobo"} <= layouts
    assert {p.lang for p in PLANS} == {"id", "en"}
    assert any(p.shuffle for p in PLANS) and any(p.points == 7 for p in PLANS)
    for s in SURVEYS:
        counts = pd.Series(list(s.truth.values())).value_counts()
        assert counts.between(3, 6).all() and set(counts.index) == set(CONSTRUCTS)
        assert s.coded.isna().any().any()  # blanks


def test_suggestions_are_right_for_nine_in_ten_answer_columns() -> None:
    right = total = 0
    lines = []
    for s in SURVEYS:
        intake = suggest(_read(s))
        by_column = {c.column: c for c in intake.columns}
        ok = sum(by_column[h].maps_to == c for h, c in s.truth.items())
        right += ok
        total += len(s.truth)
        lines.append(f"  {s.name:32} {ok}/{len(s.truth)}")
        # every answer column is found by its content, nothing else is taken for one
        assert {c.column for c in intake.answer_columns} == set(s.truth), s.name
    share = right / total
    print("\nConstruct suggested right, owner-written corpus:\n" + "\n".join(lines))
    print(f"  overall {right}/{total} = {share:.3f}")
    assert share >= 0.9


#: Set A: written after the suggester was first built; its misses (13 of 20 right) then led
#: to widening the lexicon from what each construct means. Development data since.
DEVELOPMENT = [
    ("Admin toko cepat menjawab DM saya waktu siaran", "INT"),
    ("Saya merasa didengar karena pertanyaan saya ditanggapi", "INT"),
    ("Warna asli produk diperlihatkan dengan jujur", "INF"),
    ("Saya paham kelebihan dan kekurangan produk setelah menonton", "INF"),
    ("Penjual ingat pesanan saya sebelumnya", "PSN"),
    ("Saya bisa request warna atau ukuran yang ingin dilihat", "PSN"),
    ("Waktu terasa cepat berlalu saat menonton live ini", "CLE"),
    ("Saya senang ikut kuis dan games selama live", "CLE"),
    ("Saya menulis ulasan tentang toko setelah membeli", "VCC"),
    ("Saya memberi ide produk baru kepada penjual", "VCC"),
    ("The streamer reacts to what we type in the chat", "INT"),
    ("I get a reply when I ask something", "INT"),
    ("The colours shown match the real product", "INF"),
    ("I understand the pros and cons of the product after watching", "INF"),
    ("The seller remembers what I bought before", "PSN"),
    ("I can request a size or colour to be shown", "PSN"),
    ("Time flies when I watch this live", "CLE"),
    ("I like joining the quizzes and games in the live", "CLE"),
    ("I post reviews about the shop after buying", "VCC"),
    ("I tell the seller my ideas for new products", "VCC"),
]

#: Set B: written before that widening and first scored after it; never used to change
#: the suggester. One question at a time, in shuffled order: no section title, and the
#: neighbours say nothing.
HELD_OUT = [
    ("Penjual cepat tanggap kalau ada yang bertanya di kolom komentar", "INT"),
    ("Saya bisa berdiskusi langsung dengan host tentang produk", "INT"),
    ("Host memperlihatkan produk dari berbagai sisi", "INF"),
    ("Harga dan promo dijelaskan dengan terbuka", "INF"),
    ("Host tahu produk apa yang biasanya saya beli", "PSN"),
    ("Saya merasa diperlakukan sebagai pelanggan istimewa", "PSN"),
    ("Saya sering lupa waktu kalau sudah menonton live ini", "CLE"),
    ("Live toko ini menghibur", "CLE"),
    ("Saya ikut memberi usulan desain produk", "VCC"),
    ("Saya merekomendasikan toko ini ke keluarga saya", "VCC"),
    ("The host answers questions in the comments without delay", "INT"),
    ("I feel I can have a real conversation with the seller", "INT"),
    ("The host shows the product from every angle", "INF"),
    ("Prices and promotions are explained openly", "INF"),
    ("The host knows what I usually buy", "PSN"),
    ("I feel treated like a special customer", "PSN"),
    ("I lose track of time when I watch this live", "CLE"),
    ("The shop's live is entertaining", "CLE"),
    ("I suggest new designs to the shop", "VCC"),
    ("I recommend this shop to my family", "VCC"),
]


def _one_by_one(questions: list[tuple[str, str]]) -> int:
    rng = np.random.default_rng(5)
    order = rng.permutation(len(questions))
    frame = pd.DataFrame({questions[k][0]: rng.integers(1, 6, 50) for k in order})
    truth = dict(questions)
    return sum(c.maps_to == truth[c.column] for c in suggest(frame).columns)


def test_single_questions_without_context() -> None:
    held_out, development = _one_by_one(HELD_OUT), _one_by_one(DEVELOPMENT)
    print(
        f"\nSingle questions, no section, shuffled: held-out {held_out}/{len(HELD_OUT)}, "
        f"development {development}/{len(DEVELOPMENT)}"
    )
    assert held_out / len(HELD_OUT) >= 0.4  # twice chance (0.2); the app always asks her


@pytest.mark.parametrize("s", SURVEYS, ids=lambda s: s.name)
def test_confirmed_mapping_gives_the_coded_estimates(s) -> None:
    frame = _read(s)
    confirmed = with_choices(suggest(frame), s.truth)  # she corrects what was wrong
    survey = import_survey(frame, STUDY_MODEL, overrides=confirmed.overrides())
    mine = estimate(survey.data, survey.model(STUDY_MODEL))
    blocks = {c: [k for k in s.coded.columns if k.startswith(c)] for c in CONSTRUCTS}
    by_hand = ModelSpec(
        [composite(c, blocks[c]) for c in CONSTRUCTS],
        [*paths(["INT", "INF", "PSN"], "CLE"), *paths("CLE", "VCC")],
    )
    coded = estimate(s.coded, by_hand)
    assert mine.meta["n_obs"] == coded.meta["n_obs"] == survey.screening.valid
    pd.testing.assert_frame_equal(
        mine.paths.reset_index(drop=True), coded.paths.reset_index(drop=True), atol=1e-12
    )
    pd.testing.assert_frame_equal(
        mine.outer.reset_index(drop=True), coded.outer.reset_index(drop=True), atol=1e-12
    )
    pd.testing.assert_frame_equal(mine.reliability, coded.reliability, atol=1e-12)
    # her wording is the item's label
    spec = survey.model(STUDY_MODEL)
    for code, text in s.wording.items():
        assert spec.label(code) == text
        assert survey.item_label(code) == text


def test_headers_of_every_tool_are_read_as_section_and_question() -> None:
    assert split_header("Interaksi saat live [Penjual merespons komentar saya]") == (
        "Interaksi saat live",
        "Penjual merespons komentar saya",
    )
    assert split_header("interaksi_saat_live/Pertanyaan saya dijawab langsung") == (
        "interaksi saat live",
        "Pertanyaan saya dijawab langsung",
    )
    assert split_header("12. Saya menikmati menonton live") == ("", "Saya menikmati menonton live")
    assert split_header("Platform (TikTok/Shopee)") == ("", "Platform (TikTok/Shopee)")
    monkey = next(s for s in SURVEYS if "surveymonkey" in s.name)
    table = read_upload(monkey.raw, monkey.file_name)
    assert table.header_row == 2 and any("two header rows" in n for n in table.notes)
    assert set(monkey.truth) <= set(table.frame.columns)
    assert len(table.frame) == len(monkey.coded)


def test_other_columns_are_set_aside_and_profile_recognised_in_her_wording() -> None:
    kinds: dict[str, set] = {}
    for s in SURVEYS:
        for c in suggest(_read(s)).columns:
            if c.column not in s.truth:
                kinds.setdefault(c.kind, set()).add(c.maps_to)
    assert "item" not in kinds
    assert kinds["profile"] == {"gender", "age", "platform", "frequency", "watch_length"}
    assert {"time", "start", "end", "email", "id", "name"} <= set(kinds)
    assert {"text", "choice"} & set(kinds)
    batik = suggest(_read(SURVEYS[0]))
    kind = {c.question: (c.kind, c.maps_to) for c in batik.columns}
    assert kind["Usia Anda"] == ("profile", "age")  # bands "Di bawah 20 tahun", "50 tahun ke atas"
    assert kind["Di mana Anda biasanya menonton live kami?"] == ("profile", "platform")


def test_her_own_answer_bands_are_listed_in_their_order() -> None:
    """ "Siapa yang menjawab" listed her age bands alphabetically: 18-24, 25-34, 35-44,
    45 tahun ke atas, < 18 tahun. Her bands keep their order; other answers stay A-Z."""
    frame = _read(SURVEYS[0])
    rng = np.random.default_rng(3)
    bands = ["45 tahun ke atas", "< 18 tahun", "25-34 tahun", "18-24 tahun", "35-44 tahun"]
    frame["Usia Anda"] = rng.choice(bands, len(frame))
    watch = ["1 jam atau lebih", "30-59 menit", "Kurang dari 30 menit"]
    frame["Berapa lama Anda menonton live?"] = rng.choice(watch, len(frame))
    frame["Di mana Anda biasanya menonton live kami?"] = rng.choice(
        ["TikTok", "Shopee"], len(frame)
    )
    table = import_survey(frame).profile_table()
    listed = table.groupby("question", sort=False).answer.apply(list).to_dict()
    assert listed["age"] == [
        "< 18 tahun",
        "18-24 tahun",
        "25-34 tahun",
        "35-44 tahun",
        "45 tahun ke atas",
    ]
    assert listed["watch_length"] == ["Kurang dari 30 menit", "30-59 menit", "1 jam atau lebih"]
    assert listed["gender"] == ["Male", "Female"]  # the study's own options keep its order


def test_reasons_are_data_rendered_in_both_languages() -> None:
    grid = next(s for s in SURVEYS if s.name == "batik-grid-id")
    c = suggest(_read(grid)).answer_columns[0]
    assert c.reason == "section" and dict(c.params)["section"] == "Interaksi saat live"
    assert explain(c.reason, dict(c.params), "en") == 'the section title says "Interaksi saat live"'
    assert explain(c.reason, dict(c.params), "id") == 'judul bagiannya "Interaksi saat live"'


def test_saved_mapping_keeps_its_format_and_names_constructs() -> None:
    s = SURVEYS[0]
    frame = _read(s)
    text = suggest(frame).mapping_json()
    data = json.loads(text)
    assert data["driver_lab_mapping"] == 1
    for record in data["columns"]:
        assert {"column", "kind", "maps_to", "confidence", "reason"} <= set(record)
    overrides, _ = load_mapping(text)
    assert {overrides[h] for h in s.truth} == set(CONSTRUCTS)
    survey = import_survey(frame, STUDY_MODEL, overrides=overrides)
    again = json.loads(survey.mapping_json())["columns"]
    assert {r["maps_to"] for r in again if r["column"] in s.truth} == set(CONSTRUCTS)
    # an item code still works as before, side by side with construct names
    first = next(iter(s.truth))
    mixed = {**overrides, first: "INT02"}
    survey = import_survey(frame, STUDY_MODEL, overrides=mixed)
    spec = survey.model(STUDY_MODEL)
    assert "INT02" in spec.construct("INT").indicators
    assert spec.label("INT02") == "INT02"


def test_a_construct_nothing_fills_is_refused_naming_it() -> None:
    s = SURVEYS[0]
    frame = _read(s)
    choices = {h: (None if c == "VCC" else c) for h, c in s.truth.items()}
    from engine.base.errors import DataError

    with pytest.raises(DataError) as exc:
        import_survey(
            frame, STUDY_MODEL, overrides=with_choices(suggest(frame), choices).overrides()
        )
    assert "Value co-creation (VCC)" in exc.value.message
    assert "Penciptaan nilai bersama (VCC)" in exc.value.text("id")[0]


# -- command line ---------------------------------------------------------------------------
def _write(tmp_path, s):
    path = tmp_path / s.file_name
    path.write_bytes(s.raw)
    return path


def test_check_writes_the_suggested_mapping_and_analyze_uses_her_wording(tmp_path, capsys):
    s = SURVEYS[0]
    data = _write(tmp_path, s)
    mapping = tmp_path / "mapping.json"
    assert main(["check", str(data), "--out", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "Penjual merespons komentar saya dengan cepat saat live" in out
    assert f"{s.coded.dropna().shape[0]} used" in out
    records = json.loads(mapping.read_text(encoding="utf-8"))["columns"]
    assert all({"column", "kind", "maps_to", "confidence", "reason"} <= set(r) for r in records)
    result = tmp_path / "result.json"
    assert main(["analyze", str(data), "--mapping", str(mapping), "--out", str(result)]) == 0
    got = json.loads(result.read_text(encoding="utf-8"))
    assert set(s.wording.values()) == set(got["item_labels"].values())
    assert got["meta"]["n_obs"] == s.coded.dropna().shape[0]


def test_check_exits_2_naming_the_constructs_no_column_fills(tmp_path, capsys):
    s = SURVEYS[0]
    frame = _read(s).drop(columns=[h for h, c in s.truth.items() if c in ("PSN", "VCC")])
    path = tmp_path / "no-psn.csv"
    frame.to_csv(path, index=False)
    mapping = tmp_path / "m.json"
    assert main(["check", str(path), "--out", str(mapping)]) == 2
    captured = capsys.readouterr()
    assert "Personalization (PSN)" in captured.err and "Value co-creation (VCC)" in captured.err
    assert "Interactivity" not in captured.err
    assert captured.err.count("\n") == 1 and "used" not in captured.out
    assert mapping.exists()  # the suggestion is written for her to complete


def test_check_refuses_a_file_without_answer_columns(tmp_path, capsys):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Timestamp,Nama,Email,Saran\n"
        + "".join(
            f"2026/10/0{k} 10:00:00,Sari {k},s{k}@x.id,bagus sekali kak {k}\n" for k in range(1, 8)
        ),
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert "No column of this file holds answers" in captured.err
    assert "used" not in captured.out


def test_a_plan_builds_the_same_survey_twice() -> None:
    assert build(PLANS[0]).raw == build(PLANS[0]).raw
    pd.testing.assert_frame_equal(_read(build(PLANS[3])), _read(build(PLANS[3])))


def test_a_coded_export_stays_as_before_with_an_extra_question() -> None:
    from pathlib import Path

    clean = pd.read_csv(
        Path(__file__).resolve().parents[1] / "sample_data" / "livestream_survey.csv"
    )
    frame = clean.assign(**{"Overall I am satisfied": np.resize([1, 2, 3, 4, 5], len(clean))})
    intake = suggest(frame)
    assert intake.coded and not intake.missing()
    extra = next(c for c in intake.columns if c.column == "Overall I am satisfied")
    assert extra.kind == "item" and extra.maps_to is None and extra.reason == "extra"
    survey = import_survey(frame, STUDY_MODEL, overrides=intake.overrides())
    assert survey.spec is None and survey.screening.valid == len(clean)


def test_the_mapping_travels_with_a_saved_analysis() -> None:
    from engine.base.settings import Settings
    from engine.outputs.export import open_analysis, save_analysis

    s = SURVEYS[1]
    frame = _read(s)
    overrides = with_choices(suggest(frame), s.truth).overrides()
    survey = import_survey(frame, STUDY_MODEL, overrides=overrides)
    spec = survey.model(STUDY_MODEL)
    first = estimate(survey.data, spec)
    saved = open_analysis(save_analysis(s.raw, s.file_name, spec, Settings(), overrides))
    assert saved["model"] == spec and saved["model"].label("INT01") == s.wording["INT01"]
    again = import_survey(
        read_upload(saved["data"], saved["file_name"]).frame,
        saved["model"],
        overrides=saved["mapping"],
    )
    assert again.model(saved["model"]) == spec
    pd.testing.assert_frame_equal(
        estimate(again.data, again.model(saved["model"])).paths, first.paths
    )


def test_her_wording_labels_ipma_advice_workbook_and_report() -> None:
    import io

    from openpyxl import load_workbook

    from engine.analytics.advice import advise
    from engine.analytics.drivers import ipma
    from engine.core.bootstrap import bootstrap
    from engine.outputs.export import html_report, workbook

    s = SURVEYS[0]
    frame = _read(s)
    survey = import_survey(
        frame, STUDY_MODEL, overrides=with_choices(suggest(frame), s.truth).overrides()
    )
    result = estimate(survey.data, survey.model(STUDY_MODEL))
    items = ipma(result)
    items = items[items.level == "item"]
    assert set(items.label) <= set(s.wording.values()) and len(set(items.label)) > 10
    boot = bootstrap(result, n_boot=300, seed=3)
    advice = advise(result, boot)
    quoted = " ".join(advice.todo_id) + " ".join(advice.todo_en)
    assert any(f'"{q}"' in quoted for q in s.wording.values())
    book = load_workbook(io.BytesIO(workbook(result, boot, survey)))
    sheet = [[c.value for c in row] for row in book["Questions"].iter_rows()]
    assert any(s.wording["PSN01"] in map(str, row) for row in sheet)
    report = html_report(result, advice, boot, lang="id")
    assert s.wording["PSN01"] in report and "Pertanyaan Anda" in report


def test_an_edited_model_keeps_her_questions() -> None:
    s = SURVEYS[0]
    frame = _read(s)
    survey = import_survey(
        frame, STUDY_MODEL, overrides=with_choices(suggest(frame), s.truth).overrides()
    )
    hers = survey.model(STUDY_MODEL)
    assert survey.model(hers) == hers
    edited = ModelSpec(
        [
            composite(c.name, c.indicators, mode="B" if c.name == "INT" else "A")
            for c in STUDY_MODEL.constructs
        ],
        [p for p in STUDY_MODEL.paths if p != ("INF", "CLE")] + [("INF", "VCC")],
    )
    model = survey.model(edited)
    assert ("INF", "VCC") in model.paths and ("INF", "CLE") not in model.paths
    assert model.construct("INT").mode == "B"
    assert model.construct("PSN").indicators == hers.construct("PSN").indicators
    assert model.label("PSN01") == s.wording["PSN01"]
    estimate(survey.data, model)  # estimable as edited


def test_a_first_answer_row_is_never_taken_for_a_second_header_row() -> None:
    labels = ["Setuju", "Sangat setuju", "Netral", "Tidak setuju"]
    rows = [",Saya senang menonton live,Host cepat membalas komentar"]
    rows += [f"Nama {k},{labels[k % 4]},{labels[(k + 1) % 4]}" for k in range(30)]
    table = read_upload(("\n".join(rows) + "\n").encode(), "tangan.csv")
    assert len(table.frame) == 30 and table.header_row == 1
    assert table.frame.iloc[0, 0] == "Nama 0"
