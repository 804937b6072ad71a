"""Issue 12: the suggester holds up on surveys it was not written for.

Each check states what a survey means (the study's items in
``engine/study/questionnaire.py`` are the constructs' definitions) and tests one
general rule, not a phrase of either corpus: agreement label sets in either
language and their usual variants, content before profile keywords, who acts
in the sentence, everyday Indonesian, and column order used only to break
near-ties. Expected codes are re-derived here from each label set's order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine.intake.suggest import CONFIDENT, suggest
from engine.intake.survey import import_survey
from engine.study.model import STUDY_MODEL

#: Ordered label sets as owners write them (lowest first); the code is the position + 1.
SCALES = {
    "id_kurang": [
        "Sangat tidak setuju",
        "Tidak setuju",
        "Kurang setuju",
        "Setuju",
        "Sangat setuju",
    ],
    "id_agak": ["Sangat Tidak Setuju", "Tidak Setuju", "Agak Setuju", "Setuju", "Sangat Setuju"],
    "id_cukup": ["Sangat tidak setuju", "Tidak setuju", "Cukup setuju", "Setuju", "Sangat setuju"],
    "id_ragu": ["Sangat tidak setuju", "Tidak setuju", "Ragu-ragu", "Setuju", "Sangat setuju"],
    "id_biasa": ["Sangat tidak setuju", "Tidak setuju", "Biasa saja", "Setuju", "Sangat setuju"],
    "id_abbr": ["STS", "TS", "N", "S", "SS"],
    "id_abbr_ks": ["STS", "TS", "KS", "S", "SS"],
    "id_abbr_r": ["STS", "TS", "R", "S", "SS"],
    "id_abbr_as": ["STS", "TS", "AS", "S", "SS"],
    "en_letters": ["SD", "D", "N", "A", "SA"],
    "en_somewhat_5": [
        "Strongly disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Strongly agree",
    ],
    "id_sesuai": [
        "Sangat tidak sesuai",
        "Tidak sesuai",
        "Kurang sesuai",
        "Sesuai",
        "Sangat sesuai",
    ],
    "en_neither": [
        "Strongly disagree",
        "Disagree",
        "Neither agree or disagree",
        "Agree",
        "Strongly agree",
    ],
    "en_abbr": ["SD", "Disagree", "Undecided", "Agree", "SA"],
    "id_7": [
        "Sangat tidak setuju",
        "Tidak setuju",
        "Agak tidak setuju",
        "Netral",
        "Agak setuju",
        "Setuju",
        "Sangat setuju",
    ],
    "en_7": [
        "Strongly disagree",
        "Disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Agree",
        "Strongly agree",
    ],
}


@pytest.mark.parametrize("name", SCALES)
def test_a_whole_agreement_label_set_is_read_in_its_order(name: str) -> None:
    labels = SCALES[name]
    rng = np.random.default_rng(len(name))
    codes = {c: rng.integers(0, len(labels), 40) for c in STUDY_MODEL.items}
    codes["INT01"][: len(labels)] = np.arange(len(labels))  # every label appears at least once
    frame = pd.DataFrame({c: [labels[k] for k in v] for c, v in codes.items()})
    assert {c.kind for c in suggest(frame).columns} == {"item"}
    data = import_survey(frame, STUDY_MODEL).data
    for c, v in codes.items():
        np.testing.assert_array_equal(data[c].to_numpy(), v + 1.0)


def test_letters_of_a_choice_question_are_not_an_agreement_scale() -> None:
    frame = pd.DataFrame({"Pilih paket favorit": list("ABCD") * 10})
    assert suggest(frame).columns[0].kind == "choice"


def test_a_seven_point_column_missing_a_label_keeps_its_order() -> None:
    # a 7-point column where nobody chose a 7-point-only tier is still read in order
    labels = SCALES["id_7"]
    values = [labels[k] for k in (0, 1, 3, 4, 5, 6) * 5]
    frame = pd.DataFrame({"INT01": values})
    codes = import_survey(frame, STUDY_MODEL).data["INT01"].to_numpy()
    assert (np.diff(codes[:6]) > 0).all()


def test_content_wins_over_a_profile_keyword() -> None:
    rng = np.random.default_rng(1)
    labels = SCALES["id_kurang"]
    frame = pd.DataFrame(
        {
            "They recommend food for my dog's breed and age": rng.integers(1, 6, 30),
            "Streamer paham produk yang cocok untuk usia saya": [
                labels[k] for k in rng.integers(0, 5, 30)
            ],
            "Age": rng.integers(1, 6, 30),  # band codes under a one-word header: a profile
            "Berapa kali Anda menonton dalam sebulan?": rng.integers(1, 6, 30),
        }
    )
    kinds = {c.column: (c.kind, c.maps_to) for c in suggest(frame).columns}
    assert kinds["They recommend food for my dog's breed and age"][0] == "item"
    assert kinds["Streamer paham produk yang cocok untuk usia saya"][0] == "item"
    assert kinds["Age"] == ("profile", "age")
    assert kinds["Berapa kali Anda menonton dalam sebulan?"] == ("profile", "frequency")


#: One rule each, in both languages and in everyday Indonesian; the construct follows the
#: study's items: CLE04 'I often comment or react', VCC05 'recommend ... to others',
#: PSN03 'ask for a product to be shown the way I want', VCC01-03 ideas, feedback, helping.
RULES = [
    ("I often leave comments and likes while they are live", "CLE"),
    ("Aku sering komen dan kasih love pas live", "CLE"),
    ("I stay in the live until it ends", "CLE"),
    ("Gue ngerasa asyik banget nonton live ini", "CLE"),
    ("The host replies to comments within seconds", "INT"),
    ("Kak admin bales chat penonton satu-satu", "INT"),
    ("I share the live with my friends", "VCC"),
    ("Saya mengajak teman ikut menonton live toko ini", "VCC"),
    ("I tell the shop what they could do better", "VCC"),
    ("Saya memberi usulan produk yang sebaiknya dijual", "VCC"),
    ("I help other viewers decide what to buy", "VCC"),
    ("Saya merekomendasikan live ini ke keluarga", "VCC"),
    ("The host recommends shades that suit me", "PSN"),
    ("I can ask them to switch the lamp on to see it lit", "PSN"),
    ("Aku bisa minta produknya ditunjukin dari samping", "PSN"),
    ("Min inget ukuran yang biasa aku beli", "PSN"),
    ("Bahannya dijelasin sampai detail", "INF"),
    ("The weight and size are stated on the live", "INF"),
]


def test_wording_rules_without_context() -> None:
    rng = np.random.default_rng(3)
    order = rng.permutation(len(RULES))
    frame = pd.DataFrame({RULES[k][0]: rng.integers(1, 6, 40) for k in order})
    got = {c.column: c.maps_to for c in suggest(frame).columns}
    wrong = [(q, c, got[q]) for q, c in RULES if got[q] != c]
    assert not wrong


def test_order_breaks_near_ties_but_does_not_overrule_clear_wording() -> None:
    rng = np.random.default_rng(4)
    plain = [
        "The host answers my questions",
        "They reply to every comment quickly",
        "I can chat with the seller in real time",
        "Product prices and materials are explained in detail",  # clear: INF among INT
        "The streamer talks with us during the live",
        "I enjoy watching their lives",
        "Overall it is a good experience",  # vague: its block decides
        "I pay full attention during the live",
    ]
    frame = pd.DataFrame({q: rng.integers(1, 6, 40) for q in plain})
    got = {c.column: c for c in suggest(frame).columns}
    assert got[plain[3]].maps_to == "INF"
    assert got[plain[6]].maps_to == "CLE"
    assert got[plain[6]].confidence < CONFIDENT  # a guess from its neighbours is asked


def test_a_shuffled_survey_gets_no_pull_from_its_neighbours() -> None:
    # vague questions in a shuffled survey are asked, never confidently given a neighbour's
    rng = np.random.default_rng(6)
    questions = [
        "The host answers my questions",
        "I enjoy watching their lives",
        "Overall it is a good experience",
        "The information about the product is accurate",
        "I give the shop ideas",
        "The live feels made for me",
    ]
    frame = pd.DataFrame({q: rng.integers(1, 6, 40) for q in questions})
    vague = next(c for c in suggest(frame).columns if c.column == questions[2])
    assert vague.confidence < CONFIDENT


#: Everyday wording written by the i12c engineer while improving the suggester (in neither
#: corpus). The first misses on it widened the lexicon, so it is development data too: it
#: guards the general rules against a regression, it is not a blind figure.
EVERYDAY = [
    ("Mbaknya cepet banget bales pertanyaan di kolom chat", "INT"),
    ("The presenter reacts to what we type straight away", "INT"),
    ("I can have a real conversation with the person selling", "INT"),
    ("Penjual menanggapi setiap komentar yang masuk", "INT"),
    ("Admin live selalu jawab kalau ditanya stok", "INT"),
    ("She answers questions about delivery while still live", "INT"),
    ("Semua keterangan produk disampaikan dengan rinci", "INF"),
    ("I find out exactly what the product is made of", "INF"),
    ("Harga dan promo dijelaskan dengan jelas", "INF"),
    ("The live shows how the gadget works step by step", "INF"),
    ("Saya jadi paham kegunaan tiap produk", "INF"),
    ("The seller is honest about the weak points of the product", "INF"),
    ("Penjual memilihkan produk yang pas untuk kebutuhan saya", "PSN"),
    ("The streamer remembers what I bought last time", "PSN"),
    ("Saya merasa diperlakukan sebagai pelanggan istimewa", "PSN"),
    ("They suggest items that match my style", "PSN"),
    ("Host nyapa aku pakai nama pas aku masuk live", "PSN"),
    ("I can request a close-up of any item", "PSN"),
    ("Saya betah berlama-lama nonton live toko ini", "CLE"),
    ("Watching their lives is a highlight of my week", "CLE"),
    ("Saya sering kirim emoji dan komentar waktu live", "CLE"),
    ("I get so caught up that I forget the time", "CLE"),
    ("Gue selalu nungguin jadwal live mereka", "CLE"),
    ("I tap like many times during the stream", "CLE"),
    ("I give the shop ideas for their next collection", "VCC"),
    ("Saya kasih saran soal kemasan ke penjual", "VCC"),
    ("I answer other viewers when they ask about sizes", "VCC"),
    ("Saya ikut menentukan produk yang dijual lewat voting", "VCC"),
    ("I tell people I know to watch this shop's lives", "VCC"),
    ("Saya menulis ulasan supaya toko bisa berbenah", "VCC"),
    ("Kalau ada yang nanya, kakaknya langsung jawab", "INT"),
    ("Live-nya kayak ngobrol sama temen sendiri", "INT"),
    ("The host notices my comment and responds", "INT"),
    ("Penonton bisa tanya apa aja dan dijawab", "INT"),
    ("They go through the questions in the chat one by one", "INT"),
    ("Penjelasan soal bahan dan ukuran lengkap", "INF"),
    ("I understand the product better after the live", "INF"),
    ("Info promo dan ongkir disampaikan jelas", "INF"),
    ("They show the product up close so I can see the details", "INF"),
    ("Kakaknya jujur soal kekurangan produk", "INF"),
    ("Rekomendasinya pas banget buat kulitku", "PSN"),
    ("The host knows what I usually like", "PSN"),
    ("Aku bisa request warna yang mau dilihat", "PSN"),
    ("I feel the live is tailored to people like me", "PSN"),
    ("Min sering nyapa aku duluan", "PSN"),
    ("Aku selalu nonton sampai habis", "CLE"),
    ("I look forward to every live session", "CLE"),
    ("Saya ikut meramaikan kolom komentar", "CLE"),
    ("Nonton live mereka bikin aku happy", "CLE"),
    ("I send gifts and hearts when they go live", "CLE"),
    ("Saya memberi ide produk baru ke toko", "VCC"),
    ("I post reviews that help other shoppers", "VCC"),
    ("Aku sering bantu jawab pertanyaan penonton lain", "VCC"),
    ("I tell the seller which items to bring back", "VCC"),
    ("Saya merekomendasikan live ini ke keluarga", "VCC"),
    ("Responses to viewers come fast", "INT"),
    ("It's easy to get a reply from the seller", "INT"),
    ("Streamer sering menyapa dan mengajak penonton bertanya", "INT"),
    ("Pertanyaan di kolom komentar tidak pernah diabaikan", "INT"),
    ("We can chat back and forth with the host", "INT"),
    ("The live tells me everything I need to know before buying", "INF"),
    ("Product descriptions in the live are trustworthy", "INF"),
    ("Saya mendapat gambaran jelas tentang produk", "INF"),
    ("Kelebihan dan kekurangan produk dibahas", "INF"),
    ("Cara pakai produk diperagakan langsung", "INF"),
    ("The streamer picks items with my preferences in mind", "PSN"),
    ("Produk yang ditawarkan sesuai dengan selera saya", "PSN"),
    ("I get offers that are relevant to me", "PSN"),
    ("Host manggil aku pake nama", "PSN"),
    ("I can ask to see the item in another colour", "PSN"),
    ("Time passes quickly when I watch", "CLE"),
    ("Saya menikmati setiap sesi live", "CLE"),
    ("I'm an active participant in the live", "CLE"),
    ("Aku kepo terus sama live mereka", "CLE"),
    ("I feel emotionally involved while watching", "CLE"),
    ("Saya memberikan kritik yang membangun untuk toko", "VCC"),
    ("I share tips with other viewers in the chat", "VCC"),
    ("My suggestions have changed what the shop sells", "VCC"),
    ("Saya ikut memberi ide konten live berikutnya", "VCC"),
    ("I'd tell my friends to watch this shop's live", "VCC"),
    ("The presenter takes viewers' questions live", "INT"),
    ("Messages from the audience are acknowledged quickly", "INT"),
    ("Interaksi dengan host terasa hidup", "INT"),
    ("Saya bisa berdiskusi dengan penjual saat live", "INT"),
    ("Staff toko aktif membalas DM selama siaran", "INT"),
    ("All product specs are covered in the stream", "INF"),
    ("I know what I'm getting before I order", "INF"),
    ("Materi live membantu saya membandingkan produk", "INF"),
    ("Ingredients are read out and explained", "INF"),
    ("Info ukuran lengkap, jadi aku nggak salah beli", "INF"),
    ("Penjual ingat pesanan saya sebelumnya", "PSN"),
    ("The shop tailors its picks to my taste", "PSN"),
    ("Saya mendapat saran produk sesuai tipe rambut saya", "PSN"),
    ("They greet regulars like me personally", "PSN"),
    ("Saya bisa request produk dipakai sama model", "PSN"),
    ("I keep watching even when I don't plan to buy", "CLE"),
    ("Live toko ini menghibur", "CLE"),
    ("I react with emojis during the show", "CLE"),
    ("Saya fokus penuh saat live berlangsung", "CLE"),
    ("I'm hooked once the live starts", "CLE"),
    ("I vote in polls about which products to launch", "VCC"),
    ("Saya sering kasih masukan soal kemasan", "VCC"),
    ("I answer newbies' questions in the comments", "VCC"),
    ("Saya mempromosikan live ini di media sosial saya", "VCC"),
    ("The shop has used my ideas", "VCC"),
]


@pytest.mark.parametrize("shuffled", [False, True])
def test_everyday_wording_in_plain_lists(shuffled: bool) -> None:
    rng = np.random.default_rng(11)
    order = rng.permutation(len(EVERYDAY)) if shuffled else np.arange(len(EVERYDAY))
    frame = pd.DataFrame({EVERYDAY[k][0]: rng.integers(1, 6, 40) for k in order})
    truth = dict(EVERYDAY)
    got = suggest(frame).columns
    right = sum(c.maps_to == truth[c.column] for c in got)
    print(f"\nEveryday wording, {'shuffled' if shuffled else 'in blocks'}: {right}/{len(truth)}")
    assert right / len(truth) >= 0.9


def test_the_reason_quotes_her_own_words_not_their_standard_form() -> None:
    rng = np.random.default_rng(8)
    frame = pd.DataFrame({"Kakak host suka bales chat aku pas live": rng.integers(1, 6, 30)})
    c = suggest(frame).columns[0]
    assert c.maps_to == "INT" and c.reason == "words"
    words = dict(c.params)["words"]
    assert "bales" in words and "balas" not in words


def test_example_answers_are_shown_as_she_typed_them() -> None:
    # a 1-7 column with a blank is read as floats (4.0); the Data page showed
    # "Contoh jawaban: 4.0, 2.0, 3.0" under her question, a decimal point in Indonesian
    answers = [4, 2, None, 3, 5.5, 7] * 5
    frame = pd.DataFrame({"Kak Sari cepat membalas komentar saya waktu live": answers})
    assert frame.iloc[:, 0].dtype == float
    assert suggest(frame).columns[0].examples == ("4", "2", "3")
    words = pd.DataFrame({"Q": ["Setuju", "Netral", None, "Setuju"] * 5})
    assert suggest(words).columns[0].examples == ("Setuju", "Netral")


def test_a_group_around_most_questions_is_a_container_not_a_topic(monkeypatch) -> None:
    """The container rule on its own (engine.intake.suggest.is_container): a section over
    more than half of her answer questions says nothing about which construct a question
    measures, so its title gets no say; at most half is a topic; with two constructs a
    large section can be a real topic."""
    import importlib

    from engine.intake.io import read_upload
    from engine.intake.suggest import CONTAINER_SHARE, is_container

    from .owner_surveys_blind2 import PLANS, build

    assert CONTAINER_SHARE == 0.5
    assert is_container(11, 20, 5) and not is_container(10, 20, 5)  # just over half
    assert is_container(20, 20, 3) and not is_container(20, 20, 2)
    # a Kobo export whose one group "penilaian" holds all 19 of her questions (blind2's soap
    # shop): suggested exactly as the same questions without any group
    soap = next(p for p in PLANS if p.layout == "kobo")
    frame = read_upload(build(soap).raw, f"{soap.name}.csv").frame
    assert sum(str(h).startswith("penilaian/") for h in frame.columns) == 19
    plain = frame.rename(columns=lambda h: str(h).removeprefix("penilaian/"))
    grouped = suggest(frame).answer_columns
    alone = suggest(plain).answer_columns
    assert len(grouped) == len(alone) == 19
    assert {c.section for c in grouped} == {"penilaian"} and {c.section for c in alone} == {""}
    assert [c.maps_to for c in grouped] == [c.maps_to for c in alone]
    # read as a topic, its title would have pulled questions toward one construct
    suggester = importlib.import_module("engine.intake.suggest")
    monkeypatch.setattr(suggester, "is_container", lambda *_: False)
    as_topic = suggest(frame).answer_columns
    assert sum(a.maps_to != b.maps_to for a, b in zip(as_topic, alone, strict=True)) >= 3
