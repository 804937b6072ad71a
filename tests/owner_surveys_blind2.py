"""A SECOND blind corpus of owner-written questionnaires for the mapping suggester (issue 12).

Written on 2026-11-30 (committed about 07:07 UTC) by a helper engineer who had NOT opened
``engine/intake/suggest.py``, not grepped it and not run the suggester: only the study's
items (``engine/study/questionnaire.py``, which define the constructs), the formats and
builders of ``tests/owner_surveys.py`` and ``tests/owner_surveys_blind.py`` and
``tests/test_intake_blind.py`` were read. Every question is new wording, neither
the study's nor the other corpora's, as eight new shops would write it (coffee
beans, hijab, bike parts, handmade soap, secondhand books, sneakers, herbal
drinks, phone cases): formal and slang Indonesian, English, one mixed; five of
the eight are plain question lists without section titles, two are shuffled.

Ground truth: each question belongs to the construct of the study item closest
to it in meaning (the item is named in a comment on every question), e.g.
"I can ask them to show it my way" is PSN03, sharing or recommending the live
to others is VCC05, commenting or reacting is CLE04, answering questions is INT01.

Committed before the suggester was run on it; must not be changed after the
figure was measured (that would make it a development set).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import owner_surveys_blind_common as common
from .owner_surveys import OwnerSurvey
from .owner_surveys_blind_common import Blind
from .owner_surveys_blind_common import choice as _c

#: Answer labels, lowest code first.
AGREE = {
    # Indonesian 5-point with "Kurang Setuju" below "Setuju" (no neutral point)
    "id_kurang_caps": [
        "Sangat Tidak Setuju",
        "Tidak Setuju",
        "Kurang Setuju",
        "Setuju",
        "Sangat Setuju",
    ],
    # Indonesian 5-point starting at "Tidak setuju", with "Cukup setuju" in the middle
    "id_cukup": ["Tidak setuju", "Kurang setuju", "Cukup setuju", "Setuju", "Sangat setuju"],
    # the short codes, "R" (ragu-ragu) in the middle
    "id_short": ["STS", "TS", "R", "S", "SS"],
    # SurveyMonkey's agreement set
    "en_somewhat": [
        "Strongly disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Strongly agree",
    ],
    "en_ms": [
        "Strongly Disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly Agree",
    ],
    "en_lower": ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"],
}


@dataclass
class Blind2(Blind):
    """A plan of this corpus (the shared plan with this corpus's defaults)."""

    n: int = 140
    seed: int = 301


# -- 1. coffee beans, Google Forms plain, formal Indonesian, no sections -----------------
COFFEE = [
    ("INT", "", "Barista yang siaran menjawab pertanyaan tentang tingkat sangrai"),  # INT01
    ("INT", "", "Komentar penonton ditanggapi tanpa menunggu lama"),  # INT03
    ("INT", "", "Saya bisa mengobrol dengan barista ketika siaran sedang berjalan"),  # INT02
    ("INT", "", "Saya merasa diajak ikut berdiskusi selama siaran"),  # INT04
    ("INF", "", "Asal kebun dan ketinggian tanam biji kopi dijelaskan"),  # INF01
    ("INF", "", "Catatan rasa yang disebutkan sesuai dengan kopi yang saya terima"),  # INF02
    ("INF", "", "Biji kopi ditampilkan dari dekat, lebih jelas daripada foto katalog"),  # INF03
    ("INF", "", "Saya jadi paham cara menyeduh dengan V60 dari siaran ini"),  # INF04
    ("PSN", "", "Barista menyarankan biji yang cocok dengan selera rasa saya"),  # PSN01
    ("PSN", "", "Saya disapa dengan nama akun saya"),  # PSN02
    ("PSN", "", "Saya bisa meminta biji tertentu digiling di depan kamera"),  # PSN03
    ("PSN", "", "Penawaran di siaran terasa pas untuk peminum kopi seperti saya"),  # PSN04
    ("CLE", "", "Saya menikmati setiap siaran kopi ini"),  # CLE01
    ("CLE", "", "Perhatian saya tidak teralihkan saat siaran berlangsung"),  # CLE02
    ("CLE", "", "Saya merasa akrab dengan barista dan sesama penonton"),  # CLE03
    ("CLE", "", "Saya sering menulis komentar atau mengirim emoji saat siaran"),  # CLE04
    ("VCC", "", "Saya mengusulkan biji dari daerah lain untuk dijual"),  # VCC01
    ("VCC", "", "Saran saya membantu toko memperbaiki kemasan kopi"),  # VCC02
    ("VCC", "", "Saya memberi tahu penonton lain biji mana yang cocok untuk alat seduh mereka"),
    # ^ VCC03
    ("VCC", "", "Saya merasa ikut meracik menu bersama toko"),  # VCC04
    ("VCC", "", "Saya mengajak rekan kerja menonton siaran kopi ini"),  # VCC05
]

# -- 2. hijab, Google Forms grid, slang Indonesian, sections in her words ----------------
HIJAB = [
    ("INT", "Pas Live", "Kak admin gercep bales komen"),  # INT03
    ("INT", "Pas Live", "Kalau aku nanya, kakaknya jawab saat itu juga"),  # INT01
    ("INT", "Pas Live", "Bisa ngobrol santai sama kakak host pas live"),  # INT02
    ("INT", "Pas Live", "Live-nya kerasa kayak ngobrol bareng, nggak cuma jualan"),  # INT04
    ("INF", "Soal Produk", "Kakaknya jelasin bahan hijabnya, jatuh atau kaku"),  # INF01
    ("INF", "Soal Produk", "Warna hijab di live sama kayak aslinya"),  # INF02
    ("INF", "Soal Produk", "Tekstur kain diliatin dari deket, yang nggak keliatan di foto"),
    # ^ INF03
    ("INF", "Soal Produk", "Aku jadi tau cara pake pashmina yang rapi dari live"),  # INF04
    ("INF", "Soal Produk", "Info ukuran dan harga jelas banget"),  # INF01
    ("PSN", "Buat Kamu", "Kakaknya rekomenin warna yang cocok sama kulitku"),  # PSN01
    ("PSN", "Buat Kamu", "Aku disapa pake nama pas masuk live"),  # PSN02
    ("PSN", "Buat Kamu", "Aku bisa request hijab dipakein ke model biar keliatan jatuhnya"),
    # ^ PSN03
    ("PSN", "Buat Kamu", "Live-nya kerasa emang buat cewek kayak aku"),  # PSN04
    ("CLE", "Kamu & Live Kita", "Nonton live hijab ini bikin happy"),  # CLE01
    ("CLE", "Kamu & Live Kita", "Aku fokus banget tiap live"),  # CLE02
    ("CLE", "Kamu & Live Kita", "Aku ngerasa akrab sama kakak host dan bestie yang nonton"),
    # ^ CLE03
    ("CLE", "Kamu & Live Kita", "Aku rajin kasih komen dan tap-tap love"),  # CLE04
    ("VCC", "Bareng-bareng", "Aku pernah kasih ide motif ke tokonya"),  # VCC01
    ("VCC", "Bareng-bareng", "Kritikku dipake buat benerin jahitan"),  # VCC02
    ("VCC", "Bareng-bareng", "Aku bantuin penonton lain milih warna"),  # VCC03
    ("VCC", "Bareng-bareng", "Aku rekomenin live ini ke temen-temen kampus"),  # VCC05
]

# -- 3. bike parts, Microsoft Forms, English, no sections, shuffled ----------------------
BIKE = [
    ("INT", "", "The mechanic on the stream answers my questions about fitting parts"),  # INT01
    ("INT", "", "Comments get a reply within a minute or two"),  # INT03
    ("INT", "", "I can have a real back-and-forth with the mechanic while it's live"),  # INT02
    ("INT", "", "The stream draws me into the discussion"),  # INT04
    ("INF", "", "Weights and materials of each part are given"),  # INF01
    ("INF", "", "The compatibility info they give turns out to be correct"),  # INF02
    ("INF", "", "Close-ups show wear and finish I can't judge from listing photos"),  # INF03
    ("INF", "", "The stream teaches me how to fit and adjust the parts myself"),  # INF04
    ("PSN", "", "They suggest parts that suit my kind of riding"),  # PSN01
    ("PSN", "", "The host calls me by my handle"),  # PSN02
    ("PSN", "", "I can ask them to spin the wheel or shift the gears so I see what I want"),
    # ^ PSN03
    ("PSN", "", "They take my bike's specific setup into account"),  # PSN05
    ("PSN", "", "The stream seems aimed at riders like me"),  # PSN04
    ("CLE", "", "Watching the workshop stream is a pleasure"),  # CLE01
    ("CLE", "", "I follow every step of the stream closely"),  # CLE02
    ("CLE", "", "I post comments and reactions while it's live"),  # CLE04
    ("VCC", "", "I've given the shop ideas for bundles"),  # VCC01
    ("VCC", "", "I point out problems so the shop can do better"),  # VCC02
    ("VCC", "", "I help newer riders in the chat pick the right part"),  # VCC03
    ("VCC", "", "I send the stream link to my cycling club"),  # VCC05
]

# -- 4. handmade soap, KoboToolbox paths (one group for all), mixed ID/EN, 1-7 numbers -----
SOAP = [
    ("INT", "penilaian", "Penjual menjawab pertanyaan penonton tentang sabunnya"),  # INT01
    ("INT", "penilaian", "The maker replies to comments straight away"),  # INT03
    ("INT", "penilaian", "Saya bisa ngobrol dengan pembuat sabun waktu live"),  # INT02
    ("INF", "penilaian", "Bahan alami setiap sabun disebutkan satu per satu"),  # INF01
    ("INF", "penilaian", "The scents are described honestly"),  # INF02
    ("INF", "penilaian", "Busa dan tekstur sabun diperlihatkan dari dekat"),  # INF03
    ("INF", "penilaian", "I learn how to store the soap so it lasts"),  # INF04
    ("PSN", "penilaian", "Pembuat sabun memilihkan varian yang pas untuk kulit saya"),  # PSN01
    ("PSN", "penilaian", "The maker says hi to me by name"),  # PSN02
    ("PSN", "penilaian", "Saya bisa minta sabun tertentu dipotong supaya kelihatan isinya"),
    # ^ PSN03
    ("PSN", "penilaian", "The maker remembers what I told her about my eczema"),  # PSN05
    ("CLE", "penilaian", "Saya senang menonton proses membuat sabun di live"),  # CLE01
    ("CLE", "penilaian", "I watch the whole live without getting distracted"),  # CLE02
    ("CLE", "penilaian", "I feel a bond with the maker and the regular viewers"),  # CLE03
    ("CLE", "penilaian", "Saya suka kasih komentar dan emoji"),  # CLE04
    ("VCC", "penilaian", "I suggested a scent they later made"),  # VCC01
    ("VCC", "penilaian", "Saya memberi masukan soal kemasan supaya lebih ramah lingkungan"),
    # ^ VCC02
    ("VCC", "penilaian", "Saya kasih saran ke penonton lain aroma mana yang enak"),  # VCC03
    ("VCC", "penilaian", "I feel we make these soaps together"),  # VCC04
]

# -- 5. secondhand books, SurveyMonkey two header rows, English, sections her way --------
BOOKS = [
    ("INT", "During the stream", "The bookseller answers questions about a book's condition"),
    # ^ INT01
    ("INT", "During the stream", "Messages in the chat are picked up quickly"),  # INT03
    ("INT", "During the stream", "I can talk books with the seller while the stream runs"),  # INT02
    ("INT", "During the stream", "The stream pulls me into the chat"),  # INT04
    ("INF", "About the books", "Edition, year and publisher are mentioned for each book"),  # INF01
    ("INF", "About the books", "Flaws such as notes or yellowed pages are disclosed truthfully"),
    # ^ INF02
    ("INF", "About the books", "Pages are flipped on camera so I see more than the listing photo"),
    # ^ INF03
    ("INF", "About the books", "Short summaries tell me what each book is about"),  # INF01
    ("PSN", "For you", "The seller picks titles based on what I've read before"),  # PSN01
    ("PSN", "For you", "I'm welcomed by name when I join"),  # PSN02
    ("PSN", "For you", "If I ask, they read out the first page of the book I want"),  # PSN03
    ("PSN", "For you", "The seller keeps an eye out for the authors I collect"),  # PSN05
    ("CLE", "Your experience", "I love spending an evening on these streams"),  # CLE01
    ("CLE", "Your experience", "My attention stays on the stream from start to finish"),  # CLE02
    ("CLE", "Your experience", "I feel at home with the seller and the other readers"),  # CLE03
    ("CLE", "Your experience", "I drop comments and reactions as books are shown"),  # CLE04
    ("VCC", "Your part", "I propose books or authors the shop should look for"),  # VCC01
    ("VCC", "Your part", "My feedback has changed how the shop packs books"),  # VCC02
    ("VCC", "Your part", "I help other viewers pick a good read"),  # VCC03
    ("VCC", "Your part", "I tell fellow readers about this stream"),  # VCC05
]

# -- 6. sneakers, hand-made sheet (numbered), slang Indonesian, no sections, shuffled ----
SNEAKERS = [
    ("INT", "", "Mimin live jawab pertanyaan soal ukuran sepatu"),  # INT01
    ("INT", "", "Chat gue langsung dibales, gak dicuekin"),  # INT03
    ("INT", "", "Bisa ngobrol bebas sama yang live"),  # INT02
    ("INF", "", "Dijelasin ori atau nggak, lengkap sama buktinya"),  # INF02
    ("INF", "", "Sol dan jahitan di-zoom, detail yang gak keliatan di foto"),  # INF03
    ("INF", "", "Info harga, size, dan kondisi jelas"),  # INF01
    ("INF", "", "Dikasih tau cara nyuci sneakers biar awet"),  # INF04
    ("PSN", "", "Mimin ngasih saran sepatu yang cocok buat gaya gue"),  # PSN01
    ("PSN", "", "Nama akun gue disebut pas live"),  # PSN02
    ("PSN", "", "Gue bisa minta sepatunya dipake jalan biar keliatan"),  # PSN03
    ("PSN", "", "Live-nya berasa buat sneakerhead kayak gue"),  # PSN04
    ("CLE", "", "Nonton live sneakers ini asik banget"),  # CLE01
    ("CLE", "", "Gue merhatiin live dari awal sampe akhir"),  # CLE02
    ("CLE", "", "Gue sering spam komen sama like"),  # CLE04
    ("VCC", "", "Gue pernah request brand yang mau dijual"),  # VCC01
    ("VCC", "", "Gue kasih feedback soal packing biar makin oke"),  # VCC02
    ("VCC", "", "Gue bantu jawab pertanyaan orang lain di kolom komen"),  # VCC03
    ("VCC", "", "Gue suka ngeracunin temen buat nonton live ini"),  # VCC05
]

# -- 7. herbal drinks (jamu), Google Forms plain, formal Indonesian, 1-5 numbers ---------
HERBAL = [
    ("INT", "", "Peracik jamu menjawab setiap pertanyaan dari penonton"),  # INT01
    ("INT", "", "Tanggapan atas komentar diberikan dengan segera"),  # INT03
    ("INT", "", "Saya dapat berdialog dengan peracik selama siaran berlangsung"),  # INT02
    ("INT", "", "Suasana siaran membuat saya ikut larut dalam obrolan"),  # INT04
    ("INF", "", "Khasiat setiap rempah diterangkan dengan jelas"),  # INF01
    ("INF", "", "Klaim manfaat yang disampaikan masuk akal dan tidak berlebihan"),  # INF02
    ("INF", "", "Warna dan kekentalan jamu diperlihatkan, tidak hanya lewat foto"),  # INF03
    ("INF", "", "Aturan minum dan takarannya dijelaskan"),  # INF04
    ("PSN", "", "Peracik menyarankan racikan yang sesuai kondisi badan saya"),  # PSN01
    ("PSN", "", "Nama saya disebut ketika saya bergabung"),  # PSN02
    ("PSN", "", "Keluhan pribadi saya ditanggapi dengan saran yang khusus"),  # PSN05
    ("PSN", "", "Siaran ini terasa cocok untuk orang seusia saya"),  # PSN04
    ("CLE", "", "Saya gembira setiap kali menonton siaran jamu ini"),  # CLE01
    ("CLE", "", "Saya menyimak siaran dengan penuh perhatian"),  # CLE02
    ("CLE", "", "Saya merasa akrab dengan peracik dan penonton lainnya"),  # CLE03
    ("CLE", "", "Saya kerap menuliskan komentar selama siaran"),  # CLE04
    ("CLE", "", "Saya memberi tanda suka pada siaran"),  # CLE04
    ("VCC", "", "Saya menyumbangkan resep keluarga sebagai ide racikan baru"),  # VCC01
    ("VCC", "", "Masukan saya soal rasa ditindaklanjuti oleh toko"),  # VCC02
    ("VCC", "", "Saya menganjurkan kerabat menonton siaran toko ini"),  # VCC05
]

# -- 8. phone cases, Google Forms plain, informal English, no sections --------------------
PHONECASE = [
    ("INT", "", "The host actually replies when I ask something"),  # INT01
    ("INT", "", "She's quick to react to the chat"),  # INT03
    ("INT", "", "I can chat back and forth with her during the live"),  # INT02
    ("INF", "", "Which phone models each case fits is made clear"),  # INF01
    ("INF", "", "The drop protection they claim is accurate"),  # INF02
    ("INF", "", "She shows how the case looks on a real phone, not just a mockup"),  # INF03
    ("INF", "", "I learn how to put on the screen protector without bubbles"),  # INF04
    ("PSN", "", "She suggests designs that match my style"),  # PSN01
    ("PSN", "", "She shouts out my username"),  # PSN02
    ("PSN", "", "I can ask her to try a case on my phone model so I see the fit"),  # PSN03
    ("PSN", "", "She remembers what phone I have"),  # PSN05
    ("PSN", "", "The designs on show feel picked for someone my age"),  # PSN04
    ("CLE", "", "These lives are fun to watch"),  # CLE01
    ("CLE", "", "I stay glued to the live"),  # CLE02
    ("CLE", "", "I feel like I know her and the regulars in the chat"),  # CLE03
    ("CLE", "", "I spam hearts and comments"),  # CLE04
    ("VCC", "", "I send her design ideas for new cases"),  # VCC01
    ("VCC", "", "I tell her what to fix when an order goes wrong"),  # VCC02
    ("VCC", "", "I help others in the chat choose a case"),  # VCC03
    ("VCC", "", "I feel like I'm helping build the shop with her"),  # VCC04
    ("VCC", "", "I got my sister to start watching her lives"),  # VCC05
]


PLANS = [
    Blind2(
        "blind2-coffee-google-id",
        "id",
        "google",
        COFFEE,
        "id_cukup",
        before=(
            ("Cap waktu", "ts"),
            ("Nama panggilan", "name"),
            _c("Jenis kelamin Anda", "Wanita", "Pria"),
            _c("Umur", "Di bawah 21", "21-30", "31-40", "Di atas 40"),
        ),
        after=(
            _c("Metode seduh favorit", "V60", "Tubruk", "French press", "Espresso"),
            _c("Seberapa sering Anda membeli kopi dari kami?", "Tiap minggu", "Tiap bulan"),
            ("Masukan tambahan", "free_id"),
        ),
        seed=301,
    ),
    Blind2(
        "blind2-hijab-grid-id",
        "id",
        "grid",
        HIJAB,
        "id_short",
        before=(
            ("Cap waktu", "ts"),
            ("Alamat email", "email"),
            _c("Kamu biasa nonton live di mana?", "TikTok", "Shopee", "Instagram"),
        ),
        after=(
            _c("Umur kamu", "15-19", "20-24", "25-29", "30+"),
            _c("Biasanya nonton berapa lama?", "< 10 menit", "10-30 menit", "> 30 menit"),
            ("Kritik & saran", "free_id"),
        ),
        seed=302,
        fmt="xlsx",
    ),
    Blind2(
        "blind2-bike-msforms-en",
        "en",
        "msforms",
        BIKE,
        "en_ms",
        shuffle=True,
        before=(
            ("ID", "id"),
            ("Start time", "start"),
            ("Completion time", "end"),
            ("Email", "anon"),
            ("Name", "blank"),
            _c("What do you ride most?", "Road", "MTB", "Gravel", "Commuter"),
        ),
        after=(
            _c("How often do you catch our streams?", "Weekly", "Monthly", "Rarely"),
            _c("Age group", "Under 25", "25-34", "35-44", "45+"),
            ("Anything we should add?", "free_en"),
        ),
        seed=303,
        fmt="xlsx",
    ),
    Blind2(
        "blind2-soap-kobo-mixed",
        "mixed",
        "kobo",
        SOAP,
        None,
        points=7,
        before=(
            ("start", "start"),
            ("end", "end"),
            _c("profil/jenis_kelamin", "perempuan", "laki_laki"),
            _c("profil/usia", "u_25", "25_40", "40_plus"),
        ),
        after=(
            _c("profil/platform", "tiktok", "instagram", "shopee"),
            ("komentar", "free_id"),
            ("_id", "id"),
            ("_uuid", "uuid"),
            ("_submission_time", "ts"),
        ),
        seed=304,
    ),
    Blind2(
        "blind2-books-surveymonkey-en",
        "en",
        "surveymonkey",
        BOOKS,
        "en_somewhat",
        before=(
            ("Respondent ID", "rid"),
            ("Collector ID", "cid"),
            ("Start Date", "start"),
            ("End Date", "end"),
            ("IP Address", "ip"),
            _c("What do you mostly read?", "Fiction", "Non-fiction", "Comics", "Textbooks"),
        ),
        after=(
            _c("How long do you usually stay on a stream?", "<15 min", "15-45 min", ">45 min"),
            ("Your message for us", "free_en"),
        ),
        seed=305,
        fmt="xlsx",
    ),
    Blind2(
        "blind2-sneakers-handmade-id",
        "id",
        "handmade",
        SNEAKERS,
        "id_kurang_caps",
        shuffle=True,
        before=(
            ("No", "id"),
            ("Nama", "name"),
            _c("Cowok/Cewek", "Cowok", "Cewek"),
            _c("Umur", "<18", "18-22", "23-27", ">27"),
        ),
        after=(
            _c("Ukuran sepatu", "38", "39", "40", "41", "42", "43"),
            ("Saran buat live berikutnya", "free_id"),
        ),
        seed=306,
        fmt="xlsx",
    ),
    Blind2(
        "blind2-herbal-google-id",
        "id",
        "google",
        HERBAL,
        None,
        points=5,
        before=(
            ("Cap waktu", "ts"),
            _c("Jenis kelamin", "Perempuan", "Laki-laki"),
            _c("Kelompok usia", "Di bawah 30 tahun", "30-45 tahun", "Di atas 45 tahun"),
            _c("Kota tempat tinggal", "Semarang", "Solo", "Surabaya", "Jakarta"),
        ),
        after=(
            _c("Jamu yang paling sering dibeli", "Kunyit asam", "Beras kencur", "Temulawak"),
            _c("Berapa kali sebulan Anda menonton siaran kami?", "1-2 kali", "3-5 kali", "> 5"),
            ("Saran untuk kami", "free_id"),
        ),
        seed=307,
    ),
    Blind2(
        "blind2-phonecase-google-en",
        "en",
        "google",
        PHONECASE,
        "en_lower",
        before=(
            ("Timestamp", "ts"),
            ("Email Address", "email"),
            _c("Which phone do you have?", "Samsung", "iPhone", "Xiaomi", "Oppo"),
        ),
        after=(
            _c("Gender", "Female", "Male", "Rather not say"),
            _c("Where do you watch our lives?", "TikTok", "Instagram", "Shopee"),
            ("Suggestions", "free_en"),
        ),
        seed=308,
    ),
]

#: how this corpus's side columns and files look (built by owner_surveys_blind_common.build)
STYLE = common.Style(
    names=("Wulan", "Rizky", "Nadia", "Fajar", "Laras", "Yoga", "Tari", "Bima", "Sinta", "Adit"),
    free={
        "free_id": ["Mantul", "Live-nya sering-sering ya", "Ongkir tolong murahin", "Oke", "Top"],
        "free_en": ["Nice", "More stock please", "Stream lagged", "Keep going", "Cheaper shipping"],
    },
    free_share=0.4,
    ts_format="%d/%m/%Y %H:%M:%S",
    email="{name}{k}@gmail.com",
    collector_id=498765432,
    ip_prefix="36",
    start="2026-11-09 20:00",
    days=10,
    took=(90, 900),
    missing=0.02,
    sm_free_prefix="Your message",
    sheet1_layouts=("msforms", "handmade"),
)


def build(plan: Blind) -> OwnerSurvey:
    return common.build(plan, STYLE, AGREE)


def corpus() -> list[OwnerSurvey]:
    return [build(p) for p in PLANS]


def single_questions() -> list[tuple[str, str]]:
    """Every answer question of this corpus, wording only, for the no-context mode."""
    return common.single_questions(PLANS)
