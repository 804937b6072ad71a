"""Owner-written questionnaires with a ground truth, built by the tests (issue 12).

Each survey is what a shop owner would export from her own form: her own
wording for each question (paraphrases, product words: batik, skincare,
snacks, sneakers, hijab ...), in Indonesian or English, 3-6 questions per
construct, mixed with questions the model does not use (timestamp, e-mail,
name, free text, choice and profile questions in her own words), blanks, and
the layout of the tool she used: Google Forms plain and grid ("Section
[question]"), SurveyMonkey (two header rows), Microsoft Forms (ID, Start time,
Completion time, Email, Name first), KoboToolbox (group/question paths),
Typeform and a hand-made sheet.

The wording was written from what each construct means to a shop owner, not
copied from the study's questionnaire (``engine/study/questionnaire.py``), and was
not changed after the suggester was written.

Answers come from a known model (INT, INF, PSN -> CLE -> VCC) so that a
confirmed mapping can be checked against the same answers under coded headers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# -- her questions: (construct, wording); {p} is her product -------------------------
ID_QUESTIONS = {
    "INT": [
        "Penjual merespons komentar saya dengan cepat saat live",
        "Pertanyaan saya dijawab langsung oleh host",
        "Saya bisa ngobrol dengan penjual selama live berlangsung",
        "Host membalas chat penonton satu per satu",
        "Komunikasi dengan penjual saat live terasa dua arah",
        "Kalau saya bertanya soal {p}, host cepat menanggapi",
    ],
    "INF": [
        "Penjelasan tentang bahan {p} di live sangat jelas",
        "Saya jadi tahu ukuran dan harga {p} dengan pasti",
        "Host menunjukkan detail {p} yang tidak kelihatan di foto",
        "Info yang diberikan saat live bisa dipercaya",
        "Saya mendapat informasi lengkap sebelum membeli {p}",
        "Dari live saya belajar cara merawat {p}",
    ],
    "PSN": [
        "Saya bisa minta {p} tertentu ditunjukkan saat live",
        "Host menyarankan {p} yang cocok untuk saya",
        "Penjual menyapa saya dengan nama saya",
        "Rekomendasi di live sesuai dengan selera saya",
        "Live ini terasa dibuat untuk pembeli seperti saya",
        "Permintaan khusus saya diperhatikan oleh penjual",
    ],
    "CLE": [
        "Saya menikmati menonton live toko ini",
        "Saya betah menonton live sampai selesai",
        "Saat live saya fokus dan tidak membuka aplikasi lain",
        "Saya merasa dekat dengan host dan penonton lain",
        "Saya sering ikut berkomentar atau kasih like saat live",
        "Saya selalu menunggu jadwal live berikutnya",
    ],
    "VCC": [
        "Saya memberi saran kepada toko saat live",
        "Masukan saya membantu toko memperbaiki {p}",
        "Saya membantu penonton lain memilih {p}",
        "Saya mengajak teman untuk ikut menonton live toko ini",
        "Saya merasa ikut mengembangkan produk bersama toko",
        "Saya berbagi pengalaman memakai {p} dengan penonton lain",
    ],
}

EN_QUESTIONS = {
    "INT": [
        "The seller replies to my comments quickly during the live",
        "My questions get answered right away by the host",
        "I can chat with the seller while the live is on",
        "The host talks back to viewers one by one",
        "Talking with the shop during the live feels two-way",
        "When I ask about the {p}, the host responds fast",
    ],
    "INF": [
        "The live explains what the {p} are made of clearly",
        "I find out the exact size and price of the {p}",
        "The host shows details of the {p} I can't see in photos",
        "The information given in the live is trustworthy",
        "I get complete information before buying {p}",
        "The live teaches me how to take care of my {p}",
    ],
    "PSN": [
        "I can ask to see a particular {p} during the live",
        "The host suggests {p} that suit me",
        "The seller greets me by my name",
        "Recommendations in the live match my taste",
        "The live feels made for shoppers like me",
        "The seller pays attention to my special requests",
    ],
    "CLE": [
        "I enjoy watching this shop's lives",
        "I stay until the end of the live",
        "During the live I'm focused and don't open other apps",
        "I feel close to the host and the other viewers",
        "I often comment or send likes during the live",
        "I look forward to the next live",
    ],
    "VCC": [
        "I give the shop suggestions during the live",
        "My feedback helps the shop improve its {p}",
        "I help other viewers pick {p}",
        "I invite friends to watch the shop's live",
        "I feel I develop products together with the shop",
        "I share my experience with the {p} with other viewers",
    ],
}

#: Her section titles for grid questions (owner's words, not construct names).
SECTIONS = {
    "id": {
        "INT": "Interaksi saat live",
        "INF": "Info produk",
        "PSN": "Pelayanan khusus untuk Anda",
        "CLE": "Pengalaman menonton",
        "VCC": "Ikut membangun toko",
    },
    "en": {
        "INT": "Talking with us in the live",
        "INF": "Product information",
        "PSN": "Just for you",
        "CLE": "Watching the live",
        "VCC": "Helping the shop grow",
    },
}

AGREE = {
    "id": ["Sangat tidak setuju", "Tidak setuju", "Netral", "Setuju", "Sangat setuju"],
    "id_caps": ["Sangat Tidak Setuju", "Tidak Setuju", "Ragu-ragu", "Setuju", "Sangat Setuju"],
    "id_short": ["STS", "TS", "N", "S", "SS"],
    "en": ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
}

# -- the extra questions, her wording; values drawn per respondent ----------------------
EXTRAS_ID = {
    "gender": ("Jenis kelamin", ["Perempuan", "Laki-laki"]),
    "age": (
        "Usia Anda",
        ["Di bawah 20 tahun", "20-29 tahun", "30-39 tahun", "40-49 tahun", "50 tahun ke atas"],
    ),
    "platform": (
        "Di mana Anda biasanya menonton live kami?",
        ["TikTok", "Shopee Live", "Instagram", "Tokopedia"],
    ),
    "frequency": (
        "Seberapa sering Anda menonton live kami?",
        ["Hampir setiap hari", "Seminggu sekali", "Sebulan sekali", "Jarang"],
    ),
    "watch_length": (
        "Biasanya berapa lama Anda menonton?",
        ["Kurang dari 15 menit", "15-30 menit", "Lebih dari 30 menit"],
    ),
}
EXTRAS_EN = {
    "gender": ("Are you", ["Female", "Male", "Prefer not to say"]),
    "age": ("How old are you?", ["Under 20", "20-29", "30-39", "40-49", "50 or older"]),
    "platform": ("Where do you usually watch our lives?", ["TikTok", "Shopee", "Instagram"]),
    "frequency": (
        "How often do you watch our live sales?",
        ["Almost every day", "Once a week", "Once a month", "Rarely"],
    ),
    "watch_length": (
        "How long do you usually stay in a live?",
        ["Less than 15 minutes", "15-30 minutes", "More than 30 minutes"],
    ),
}
FREE_TEXT_ID = [
    "Semoga live-nya lebih sering",
    "Tolong tambah motif baru",
    "Mantap, pengiriman cepat",
    "Suara host kadang kurang jelas",
    "Diskon lagi dong kak",
    "Sudah bagus, pertahankan",
    "Jam live-nya pas buat saya",
]
FREE_TEXT_EN = [
    "More giveaways please",
    "Great host, very friendly",
    "Sound was a bit low last time",
    "Could you do lives in the evening?",
    "Love the new collection",
    "Shipping took too long",
    "Keep it up!",
]
NAMES = ["Sari", "Budi", "Dewi", "Rina", "Agus", "Putri", "Andi", "Maya", "Tono", "Lina"]
CONSTRUCTS = ("INT", "INF", "PSN", "CLE", "VCC")


@dataclass
class OwnerSurvey:
    """One owner's export: the file as uploaded and the truth behind it."""

    name: str
    file_name: str
    raw: bytes = field(repr=False)
    #: column header (as read) -> construct for her answer questions
    truth: dict[str, str]
    #: the same answers under coded headers (INT01 ... in her column order), blanks kept
    coded: pd.DataFrame = field(repr=False)
    lang: str = "id"
    #: her question wording per coded header
    wording: dict[str, str] = field(default_factory=dict)


def simulate(n: int, seed: int) -> dict[str, np.ndarray]:
    """Latent scores from the known model: INT, INF, PSN -> CLE -> VCC."""
    rng = np.random.default_rng(seed)
    cov = np.full((3, 3), 0.35) + np.eye(3) * 0.65
    x = rng.multivariate_normal(np.zeros(3), cov, size=n)
    cle = 0.35 * x[:, 0] + 0.25 * x[:, 1] + 0.3 * x[:, 2] + 0.6 * rng.standard_normal(n)
    vcc = 0.6 * cle + 0.7 * rng.standard_normal(n)
    return {"INT": x[:, 0], "INF": x[:, 1], "PSN": x[:, 2], "CLE": cle, "VCC": vcc}


def answers(latent: np.ndarray, points: int, rng: np.random.Generator) -> np.ndarray:
    """Codes 1..points of one question measuring ``latent``."""
    z = latent / latent.std() * 0.8 + 0.6 * rng.standard_normal(latent.size) + 0.4
    cuts = np.linspace(-1.6, 1.6, points - 1)
    return 1 + np.searchsorted(cuts, z)


@dataclass
class Plan:
    name: str
    lang: str
    layout: str  # google | grid | surveymonkey | msforms | kobo | typeform | handmade
    product: str
    counts: dict[str, int]
    labels: str | None  # key of AGREE, or None for numbers
    points: int = 5
    shuffle: bool = False
    extras: tuple[str, ...] = ("gender", "age", "platform")
    n: int = 160
    seed: int = 1
    fmt: str = "csv"


PLANS = [
    Plan(
        "batik-google-id",
        "id",
        "google",
        "kain",
        {"INT": 4, "INF": 4, "PSN": 5, "CLE": 4, "VCC": 5},
        "id",
        extras=("gender", "age", "platform"),
        n=152,
        seed=11,
    ),
    Plan(
        "batik-grid-id",
        "id",
        "grid",
        "batik",
        {"INT": 3, "INF": 4, "PSN": 3, "CLE": 5, "VCC": 4},
        "id_caps",
        extras=("age", "gender", "frequency"),
        seed=12,
        fmt="xlsx",
    ),
    Plan(
        "skincare-shuffled-id",
        "id",
        "google",
        "serum",
        {"INT": 5, "INF": 3, "PSN": 4, "CLE": 3, "VCC": 3},
        "id_short",
        shuffle=True,
        extras=("gender", "platform", "watch_length"),
        seed=13,
    ),
    Plan(
        "snacks-msforms-en",
        "en",
        "msforms",
        "snacks",
        {"INT": 4, "INF": 5, "PSN": 3, "CLE": 4, "VCC": 3},
        "en",
        extras=("age", "frequency"),
        seed=14,
        fmt="xlsx",
    ),
    Plan(
        "sneakers-surveymonkey-en",
        "en",
        "surveymonkey",
        "sneakers",
        {"INT": 3, "INF": 3, "PSN": 3, "CLE": 3, "VCC": 3},
        None,
        points=7,
        extras=("gender", "age"),
        seed=15,
    ),
    Plan(
        "hijab-kobo-id",
        "id",
        "kobo",
        "hijab",
        {"INT": 4, "INF": 4, "PSN": 4, "CLE": 4, "VCC": 4},
        "id",
        extras=("gender", "age", "frequency"),
        seed=16,
    ),
    Plan(
        "coffee-typeform-en",
        "en",
        "typeform",
        "coffee beans",
        {"INT": 6, "INF": 4, "PSN": 3, "CLE": 5, "VCC": 4},
        None,
        points=7,
        shuffle=True,
        extras=("platform", "watch_length"),
        seed=17,
    ),
    Plan(
        "gamis-handmade-id",
        "id",
        "handmade",
        "gamis",
        {"INT": 3, "INF": 5, "PSN": 6, "CLE": 3, "VCC": 3},
        None,
        points=7,
        extras=("gender",),
        seed=18,
        fmt="xlsx",
    ),
    Plan(
        "jewelry-grid-en",
        "en",
        "grid",
        "rings",
        {"INT": 4, "INF": 3, "PSN": 4, "CLE": 4, "VCC": 6},
        "en",
        extras=("gender", "age", "platform", "frequency"),
        seed=19,
    ),
    Plan(
        "sambal-shuffled-google-id",
        "id",
        "google",
        "sambal",
        {"INT": 3, "INF": 6, "PSN": 3, "CLE": 6, "VCC": 3},
        None,
        points=7,
        shuffle=True,
        extras=("age", "watch_length", "frequency"),
        seed=20,
    ),
    Plan(
        "kids-clothes-surveymonkey-id",
        "id",
        "surveymonkey",
        "baju anak",
        {"INT": 4, "INF": 4, "PSN": 4, "CLE": 4, "VCC": 4},
        "id_caps",
        extras=("gender", "platform"),
        seed=21,
        fmt="xlsx",
    ),
    Plan(
        "plants-kobo-en",
        "en",
        "kobo",
        "plants",
        {"INT": 5, "INF": 3, "PSN": 5, "CLE": 3, "VCC": 5},
        None,
        points=7,
        extras=("age", "gender"),
        seed=22,
    ),
]


def _questions(plan: Plan, rng: np.random.Generator) -> list[tuple[str, str]]:
    pool = ID_QUESTIONS if plan.lang == "id" else EN_QUESTIONS
    out = []
    for construct in CONSTRUCTS:
        picks = rng.choice(len(pool[construct]), size=plan.counts[construct], replace=False)
        for k in sorted(picks):
            out.append((construct, pool[construct][k].replace("{p}", plan.product)))
    if plan.shuffle:
        order = rng.permutation(len(out))
        out = [out[k] for k in order]
    return out


def _header(plan: Plan, construct: str, text: str, position: int) -> str:
    section = SECTIONS[plan.lang][construct]
    if plan.layout == "grid":
        return f"{section} [{text}]"
    if plan.layout == "kobo":
        group = section.lower().replace(" ", "_")
        return f"{group}/{text}"
    if plan.layout == "typeform":
        return f"{text}?" if not text.endswith("?") else text
    if plan.layout == "handmade":
        return f"{position}. {text}"
    return text


def build(plan: Plan) -> OwnerSurvey:
    rng = np.random.default_rng(plan.seed)
    n = plan.n
    latent = simulate(n, plan.seed)
    questions = _questions(plan, rng)
    extras_src = EXTRAS_ID if plan.lang == "id" else EXTRAS_EN
    columns: dict[str, list] = {}
    start = pd.Timestamp("2026-10-01 09:00") + pd.to_timedelta(
        np.sort(rng.integers(0, 20 * 24 * 3600, n)), unit="s"
    )
    took = pd.to_timedelta(rng.integers(150, 900, n), unit="s")
    if plan.layout == "msforms":
        columns["ID"] = list(range(1, n + 1))
        columns["Start time"] = [t.strftime("%m/%d/%y %H:%M:%S") for t in start]
        columns["Completion time"] = [
            (t + d).strftime("%m/%d/%y %H:%M:%S") for t, d in zip(start, took, strict=True)
        ]
        columns["Email"] = ["anonymous"] * n
        columns["Name"] = [""] * n
    elif plan.layout == "surveymonkey":
        columns["Respondent ID"] = list(rng.integers(10**10, 10**11, n))
        columns["Collector ID"] = [431234567] * n
        columns["Start Date"] = [t.strftime("%m/%d/%Y %I:%M:%S %p") for t in start]
        columns["End Date"] = [
            (t + d).strftime("%m/%d/%Y %I:%M:%S %p") for t, d in zip(start, took, strict=True)
        ]
        columns["IP Address"] = [
            f"36.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{k % 250}" for k in range(n)
        ]
    elif plan.layout == "kobo":
        columns["start"] = [t.isoformat() for t in start]
        columns["end"] = [(t + d).isoformat() for t, d in zip(start, took, strict=True)]
    elif plan.layout == "typeform":
        columns["#"] = [f"{rng.integers(16**11, 16**12):x}" for _ in range(n)]
    elif plan.layout == "handmade":
        columns["No"] = list(range(1, n + 1))
        columns["Nama"] = [NAMES[k % len(NAMES)] for k in range(n)]
    else:
        columns["Timestamp" if plan.lang == "en" or plan.seed % 2 else "Cap waktu"] = [
            t.strftime("%Y/%m/%d %I:%M:%S %p GMT+7") for t in start
        ]
        if plan.seed % 3 == 0:
            columns["Email Address" if plan.lang == "en" else "Alamat email"] = [
                f"{NAMES[k % 10].lower()}{k}@gmail.com" for k in range(n)
            ]
    for key in plan.extras[:1]:
        q, options = extras_src[key]
        columns[q] = list(rng.choice(options, n))
    truth: dict[str, str] = {}
    coded: dict[str, np.ndarray] = {}
    wording: dict[str, str] = {}
    counter = dict.fromkeys(CONSTRUCTS, 0)
    labels = AGREE[plan.labels] if plan.labels else None
    for position, (construct, text) in enumerate(questions, start=1):
        header = _header(plan, construct, text, position)
        codes = answers(latent[construct], plan.points, rng).astype(float)
        blank = rng.random(n) < 0.012
        codes[blank] = np.nan
        counter[construct] += 1
        code = f"{construct}{counter[construct]:02d}"
        coded[code] = codes
        wording[code] = f"{text}?" if plan.layout == "typeform" and not text.endswith("?") else text
        truth[
            f"{SECTIONS[plan.lang][construct]} [{text}]"
            if plan.layout == "surveymonkey"
            else header
        ] = construct
        if labels:
            columns[header] = [None if np.isnan(c) else labels[int(c) - 1] for c in codes]
        else:
            columns[header] = [None if np.isnan(c) else int(c) for c in codes]
    for key in plan.extras[1:]:
        q, options = extras_src[key]
        columns[q] = list(rng.choice(options, n))
    text_q = (
        "Saran untuk live kami berikutnya"
        if plan.lang == "id"
        else "Any suggestions for our next live?"
    )
    free = FREE_TEXT_ID if plan.lang == "id" else FREE_TEXT_EN
    columns[text_q] = [
        free[k] if rng.random() < 0.6 else None for k in rng.integers(0, len(free), n)
    ]
    frame = pd.DataFrame(columns)
    # coded frame: her answers under the study's style of codes, in her column order per construct
    ordered = sorted(coded, key=lambda k: (CONSTRUCTS.index(k[:3]), k))
    coded_frame = pd.DataFrame({k: coded[k] for k in ordered})
    raw, file_name = _export(plan, frame)
    return OwnerSurvey(plan.name, file_name, raw, truth, coded_frame, plan.lang, wording)


def _export(plan: Plan, frame: pd.DataFrame) -> tuple[bytes, str]:
    """The file as her tool exports it."""
    if plan.layout == "surveymonkey":
        # two header rows: the question (grid questions: the section over its first row,
        # blanks after), then 'Response' or the grid row's statement
        top, second = [], []
        last_section = None
        for col in frame.columns:
            construct = None
            for c in SECTIONS[plan.lang]:
                if col in _all_questions(plan, c):
                    construct = c
            if construct:
                title = SECTIONS[plan.lang][construct]
                top.append(title if title != last_section else "")
                second.append(col)
                last_section = title
            else:
                meta = col in ("Respondent ID", "Collector ID", "Start Date", "End Date")
                meta = meta or col == "IP Address"
                top.append(col)
                free = col.startswith(("Saran", "Any suggestions"))
                second.append("" if meta else ("Open-Ended Response" if free else "Response"))
                last_section = None
        grid = [top, second, *frame.astype(object).where(frame.notna(), "").values.tolist()]
    else:
        grid = [list(frame.columns), *frame.astype(object).where(frame.notna(), "").values.tolist()]
    if plan.fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "Form Responses 1" if plan.layout != "msforms" else "Sheet1"
        for row in grid:
            ws.append(
                [None if v == "" else (v.item() if isinstance(v, np.generic) else v) for v in row]
            )
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue(), f"{plan.name}.xlsx"
    out = io.StringIO()
    import csv

    writer = csv.writer(out)
    for row in grid:
        writer.writerow(
            ["" if v is None else (v.item() if isinstance(v, np.generic) else v) for v in row]
        )
    return out.getvalue().encode("utf-8"), f"{plan.name}.csv"


def _all_questions(plan: Plan, construct: str) -> set[str]:
    pool = ID_QUESTIONS if plan.lang == "id" else EN_QUESTIONS
    return {q.replace("{p}", plan.product) for q in pool[construct]}


def corpus() -> list[OwnerSurvey]:
    return [build(p) for p in PLANS]
