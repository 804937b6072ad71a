"""A BLIND corpus of owner-written questionnaires for the mapping suggester (issue 12).

Written on 2026-11-30 (committed 07:01 UTC) by an engineer who had NOT opened
``engine/intake/suggest.py`` nor seen its lexicon: only the data format and builders of
``tests/owner_surveys.py``, the construct definitions (README, brief) and
``tests/test_intake.py`` were read. Every question below is new wording, written
as eight different owners would (fashion, food, cosmetics, electronics, plants,
kids' toys, batik, pet food), and the ground truth follows the construct
definitions: INT = the seller talks with viewers (answers, responds, viewers can
ask to see things); INF = information about products; PSN = fits me, my name, my
preferences; CLE = I watch, enjoy, comment, like, share, stay, feel involved;
VCC = I give feedback/ideas, help other viewers, shape products, recommend.

Ground truth reviewed on 2026-11-30 (07:15 UTC, a helper engineer, still without
opening ``engine/intake/suggest.py``) against the study's own items
(``engine/study/questionnaire.py``, which define the constructs): "I can ask to see
it shown my way" is PSN03 ("I can ask for a product to be shown the way I
want"), not INT; sharing the live with friends is VCC05 ("I would recommend the
shop's live streams to others"), not CLE. 13 labels changed, each marked
``truth review`` below; commenting/reacting stays CLE (CLE04).

The corpus was committed before the suggester was run on it, and must not be
changed after the figure was measured (that would make it a development set).
"""

from __future__ import annotations

from . import owner_surveys_blind_common as common
from .owner_surveys import OwnerSurvey
from .owner_surveys_blind_common import Blind
from .owner_surveys_blind_common import choice as _c

AGREE = {
    # common Indonesian 5-point with "Kurang setuju" in the middle-low
    "id_kurang": [
        "Sangat tidak setuju",
        "Tidak setuju",
        "Kurang setuju",
        "Setuju",
        "Sangat setuju",
    ],
    "id_caps": ["Sangat Tidak Setuju", "Tidak Setuju", "Netral", "Setuju", "Sangat Setuju"],
    # Microsoft Forms Likert
    "en_ms": [
        "Strongly Disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly Agree",
    ],
    "en": ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
}


# -- 1. fashion, Google Forms, informal Indonesian, no sections -------------------------
FASHION = [
    ("INT", "", "Kakak host suka bales chat aku pas live"),
    ("INT", "", "Kalau aku nanya ukuran, langsung dijawab sama kakaknya"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "", "Aku bisa minta baju dicobain di depan kamera"),
    ("INT", "", "Host sering ngajak ngobrol penonton"),
    ("INF", "", "Bahan bajunya dijelasin detail, adem atau nggak"),
    ("INF", "", "Harga tiap baju disebutin jelas waktu live"),
    ("INF", "", "Kakaknya kasih tau size chart dan lingkar dada"),
    ("INF", "", "Cara mix and match outfit dijelasin di live"),
    ("PSN", "", "Host inget aku biasanya pakai ukuran apa"),
    ("PSN", "", "Aku dikasih rekomendasi model yang pas sama bentuk badanku"),
    ("PSN", "", "Kakaknya manggil nama akun aku pas live"),
    ("PSN", "", "Ada promo khusus buat pelanggan lama kayak aku"),
    ("CLE", "", "Aku seru aja nonton live-nya"),
    ("CLE", "", "Aku sering kasih love dan komen pas live"),
    # truth review: study VCC05 "recommend the shop's live streams to others" (was CLE)
    ("VCC", "", "Aku suka share link live ke grup temen"),
    ("CLE", "", "Kadang aku nonton sampai live-nya bubar"),
    ("CLE", "", "Aku ngerasa jadi bagian dari live itu"),
    ("VCC", "", "Aku pernah usul warna baru ke tokonya"),
    ("VCC", "", "Aku bantu jawab pertanyaan penonton lain soal ukuran"),
    ("VCC", "", "Aku ngasih masukan biar live-nya makin bagus"),
    ("VCC", "", "Aku ajak temen-temen buat belanja di sini"),
]

# -- 2. food (frozen food), grid, formal English, sections in her words ------------------
FOOD = [
    ("INT", "Chatting with our team", "Our host responds to questions typed in the chat"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "Chatting with our team", "Viewers can ask the host to open a pack on camera"),
    ("INT", "Chatting with our team", "The host holds a conversation with the audience"),
    ("INT", "Chatting with our team", "Comments from viewers are acknowledged promptly"),
    ("INF", "What you learn about our food", "The ingredients of each dumpling are listed"),
    ("INF", "What you learn about our food", "The host explains how to cook the products"),
    ("INF", "What you learn about our food", "Storage and expiry dates are made clear"),
    ("INF", "What you learn about our food", "Prices per pack are stated during the stream"),
    ("INF", "What you learn about our food", "The host compares our flavours honestly"),
    ("PSN", "Made for you", "The host suggests menus based on my family size"),
    ("PSN", "Made for you", "I receive offers that match what I usually order"),
    ("PSN", "Made for you", "The host remembers my dietary preferences"),
    ("CLE", "Your time with us", "I pay close attention when the stream is on"),
    ("CLE", "Your time with us", "Watching the cooking demo is fun for me"),
    ("CLE", "Your time with us", "I usually stay for the whole stream"),
    ("CLE", "Your time with us", "I press like several times during the stream"),
    ("VCC", "Growing together", "I send the shop ideas for new flavours"),
    ("VCC", "Growing together", "I tell the team what could be better after I order"),
    ("VCC", "Growing together", "I help other viewers decide which pack to buy"),
    ("VCC", "Growing together", "I would recommend this stream to other parents"),
]

# -- 3. cosmetics, Google Forms, formal Indonesian, shuffled, 1-7 numbers ----------------
COSMETICS = [
    ("INT", "", "Penjual menanggapi setiap komentar dengan ramah"),
    ("INT", "", "Pemandu siaran menjawab pertanyaan seputar jenis kulit"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "", "Saya dapat meminta swatch warna lipstik tertentu"),
    ("INT", "", "Terjadi tanya jawab yang aktif selama siaran"),
    ("INT", "", "Pemandu siaran membaca pesan penonton dengan suara keras"),
    ("INF", "", "Kandungan bahan aktif dijelaskan secara rinci"),
    ("INF", "", "Cara pemakaian produk diperagakan langsung"),
    ("INF", "", "Nomor BPOM dan keaslian produk ditunjukkan"),
    ("INF", "", "Perbedaan antarvarian dijelaskan dengan jujur"),
    ("PSN", "", "Saya mendapat saran produk sesuai jenis kulit saya"),
    ("PSN", "", "Penjual mengingat keluhan kulit saya dari siaran sebelumnya"),
    ("PSN", "", "Penawaran yang saya terima sesuai kebutuhan saya"),
    ("PSN", "", "Saya dipanggil dengan nama saat siaran"),
    ("CLE", "", "Saya memperhatikan siaran dengan saksama"),
    ("CLE", "", "Menonton siaran ini menyenangkan bagi saya"),
    ("CLE", "", "Saya aktif menulis komentar saat siaran"),
    # truth review: study VCC05 "recommend the shop's live streams to others" (was CLE)
    ("VCC", "", "Saya membagikan siaran ini kepada teman"),
    ("VCC", "", "Saya menyampaikan ulasan jujur setelah memakai produk"),
    ("VCC", "", "Saya memberikan ide varian baru kepada penjual"),
    ("VCC", "", "Saya berbagi tips perawatan kulit dengan penonton lain"),
    ("VCC", "", "Saya menyarankan produk toko ini kepada orang lain"),
]

# -- 4. electronics (gadget accessories), Microsoft Forms, informal English ----------------
ELECTRONICS = [
    ("INT", "", "The guy in the live actually answers my tech questions"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "", "I can ask him to plug the charger in and show it working"),
    ("INT", "", "He reacts to what people write in the comments"),
    ("INF", "", "Specs like watt, battery size and ports are explained"),
    ("INF", "", "He tells us which phones the cable works with"),
    ("INF", "", "He compares the power banks side by side"),
    ("INF", "", "Warranty and prices are stated clearly"),
    ("PSN", "", "He recommends gear that fits the phone I own"),
    ("PSN", "", "I get deals tailored to what I bought before"),
    ("PSN", "", "He says my username when he replies"),
    ("CLE", "", "I really get into the live"),
    ("CLE", "", "I hang around in the live for a long time"),
    ("CLE", "", "I leave comments and hearts during the live"),
    # truth review: study VCC05 "recommend the shop's live streams to others" (was CLE)
    ("VCC", "", "I share the live with my friends"),
    ("VCC", "", "I've suggested products the shop should stock"),
    ("VCC", "", "I help answer other viewers' questions in the chat"),
    ("VCC", "", "I tell the shop what went wrong so they can fix it"),
]

# -- 5. plants, KoboToolbox group/question paths, Indonesian and English mixed ------------
PLANTS = [
    ("INT", "bagian_b", "Admin menjawab pertanyaan soal perawatan tanaman"),
    ("INT", "bagian_b", "The seller replies to comments quickly"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "bagian_b", "Saya bisa minta tanaman tertentu diperlihatkan dari dekat"),
    ("INF", "bagian_c", "Info media tanam dan pupuk dijelaskan"),
    ("INF", "bagian_c", "The size of the pot and the plant is shown clearly"),
    ("INF", "bagian_c", "Kebutuhan cahaya dan penyiraman tiap tanaman dijelaskan"),
    ("INF", "bagian_c", "Harga tanaman disebutkan jelas"),
    ("PSN", "bagian_d", "Admin menyarankan tanaman yang cocok untuk rumah saya"),
    ("PSN", "bagian_d", "The seller remembers which plants I already have"),
    ("PSN", "bagian_d", "Saya mendapat tawaran sesuai minat saya"),
    ("CLE", "bagian_e", "Saya menikmati live tanaman ini"),
    ("CLE", "bagian_e", "I watch the live until it ends"),
    ("CLE", "bagian_e", "Saya sering komentar waktu live"),
    ("CLE", "bagian_e", "I feel involved in the live"),
    ("VCC", "bagian_f", "Saya memberi masukan ke penjual soal pengemasan"),
    ("VCC", "bagian_f", "I share care tips with other viewers"),
    ("VCC", "bagian_f", "Saya mengusulkan jenis tanaman yang sebaiknya dijual"),
]

# -- 6. kids' toys, SurveyMonkey two header rows, Indonesian, sections her way ------------
TOYS = [
    ("INT", "Ngobrol bareng kami", "Host menjawab pertanyaan orang tua di kolom chat"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "Ngobrol bareng kami", "Saya bisa minta mainan dinyalakan dan dicoba"),
    ("INT", "Ngobrol bareng kami", "Host menyapa dan membalas penonton"),
    ("INT", "Ngobrol bareng kami", "Saya bisa bertanya langsung saat live"),
    ("INF", "Soal mainannya", "Usia anak yang cocok untuk tiap mainan disebutkan"),
    ("INF", "Soal mainannya", "Keamanan bahan mainan dijelaskan"),
    ("INF", "Soal mainannya", "Cara merakit mainan diperlihatkan"),
    ("INF", "Soal mainannya", "Harga dan isi paket dijelaskan"),
    ("PSN", "Khusus buat Anda", "Host menyarankan mainan sesuai umur anak saya"),
    ("PSN", "Khusus buat Anda", "Toko ingat mainan apa yang disukai anak saya"),
    ("PSN", "Khusus buat Anda", "Saya dapat voucher sesuai belanjaan saya"),
    ("CLE", "Nonton live", "Saya dan anak senang menonton live ini"),
    ("CLE", "Nonton live", "Saya menonton live cukup lama"),
    ("CLE", "Nonton live", "Saya ikut kasih komentar dan like"),
    ("CLE", "Nonton live", "Saya fokus memperhatikan isi live"),
    # truth review: study VCC05 "recommend the shop's live streams to others" (was CLE)
    ("VCC", "Nonton live", "Saya membagikan live ke grup WhatsApp orang tua"),
    ("VCC", "Ide dari Anda", "Saya mengusulkan mainan edukasi yang perlu dijual"),
    ("VCC", "Ide dari Anda", "Saya memberi saran agar live lebih ramah anak"),
    ("VCC", "Ide dari Anda", "Saya membantu orang tua lain memilih mainan"),
]

# -- 7. batik, grid, Indonesian, sections her way (not the constructs' names) ------------
BATIK = [
    ("INT", "Saat Live Berlangsung", "Pembawa acara menjawab pertanyaan tentang motif"),
    ("INT", "Saat Live Berlangsung", "Pembawa acara membalas komentar penonton"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "Saat Live Berlangsung", "Saya bisa minta kain dibentangkan agar motifnya terlihat"),
    ("INF", "Tentang Kain Kami", "Asal daerah dan makna motif dijelaskan"),
    ("INF", "Tentang Kain Kami", "Beda batik tulis, cap, dan printing diterangkan"),
    ("INF", "Tentang Kain Kami", "Ukuran kain dan harga disebutkan"),
    ("INF", "Tentang Kain Kami", "Cara mencuci batik agar awet dijelaskan"),
    ("INF", "Tentang Kain Kami", "Warna kain yang ditunjukkan sesuai aslinya"),
    ("INF", "Tentang Kain Kami", "Kekurangan kain juga disampaikan terus terang"),
    ("PSN", "Sesuai Selera Anda", "Motif yang ditawarkan sesuai selera saya"),
    ("PSN", "Sesuai Selera Anda", "Penjual ingat motif kesukaan saya"),
    ("PSN", "Sesuai Selera Anda", "Saya diberi saran kain untuk acara saya"),
    ("CLE", "Keterlibatan Anda", "Saya menyimak live batik sampai habis"),
    ("CLE", "Keterlibatan Anda", "Saya senang mengikuti live batik ini"),
    ("CLE", "Keterlibatan Anda", "Saya memberi like dan komentar"),
    ("VCC", "Masukan Anda", "Saya memberi usulan motif kepada pengrajin"),
    ("VCC", "Masukan Anda", "Saya menceritakan toko ini kepada kerabat"),
    ("VCC", "Masukan Anda", "Saya menjelaskan cara memakai kain kepada penonton lain"),
    ("VCC", "Masukan Anda", "Kritik saya dipakai toko untuk berbenah"),
]

# -- 8. pet food, plain English, shuffled, informal, 1-7 numbers, hand-made numbering ----
PETFOOD = [
    ("INT", "", "The host answers my questions about my cat's diet"),
    # truth review: study PSN03 "ask for a product to be shown the way I want" (was INT)
    ("PSN", "", "I can ask them to show the back of the bag"),
    ("INT", "", "They respond to every comment"),
    ("INT", "", "It feels like a chat, not an ad"),
    ("INF", "", "Protein and fat percentages are explained"),
    ("INF", "", "They explain how much to feed per day"),
    ("INF", "", "The difference between brands is explained fairly"),
    ("PSN", "", "They recommend food for my dog's breed and age"),
    ("PSN", "", "The host greets my pet by name"),
    ("PSN", "", "I get offers that fit my pets"),
    ("PSN", "", "They remember that my cat has allergies"),
    ("CLE", "", "I enjoy these lives a lot"),
    ("CLE", "", "I keep watching even when I don't need to buy"),
    ("CLE", "", "I comment and send hearts"),
    # truth review: study VCC05 "recommend the shop's live streams to others" (was CLE)
    ("VCC", "", "I tell my friends when the live starts"),
    ("VCC", "", "I help other pet owners in the chat with advice"),
    ("VCC", "", "I suggest brands they should carry"),
    ("VCC", "", "I give feedback on their delivery"),
    ("VCC", "", "I tell other owners to buy from this shop"),
]

TS_ID = ("Cap waktu", "ts")
TS_EN = ("Timestamp", "ts")
EMAIL_ID = ("Alamat email", "email")
EMAIL_EN = ("Email Address", "email")


PLANS = [
    Blind(
        "blind-fashion-google-id",
        "id",
        "google",
        FASHION,
        "id_kurang",
        before=(
            TS_ID,
            EMAIL_ID,
            ("Nama kamu", "name"),
            _c("Umur kamu berapa?", "< 18", "18-24", "25-34", "35+"),
        ),
        after=(
            _c("Biasanya beli baju apa?", "Atasan", "Celana", "Dress", "Hijab"),
            ("Ada kritik/saran buat kami?", "free_id"),
        ),
        seed=201,
    ),
    Blind(
        "blind-food-grid-en",
        "en",
        "grid",
        FOOD,
        "en",
        before=(TS_EN, _c("Gender", "Female", "Male")),
        after=(
            _c("Which product do you buy most often?", "Dumplings", "Nuggets", "Meatballs"),
            _c("City", "Jakarta", "Bandung", "Surabaya", "Medan"),
            ("Anything else you'd like to tell us?", "free_en"),
        ),
        seed=202,
        fmt="xlsx",
    ),
    Blind(
        "blind-cosmetics-shuffled-id",
        "id",
        "google",
        COSMETICS,
        None,
        points=7,
        shuffle=True,
        before=(
            TS_ID,
            _c("Jenis kelamin", "Perempuan", "Laki-laki"),
            _c("Pekerjaan", "Pelajar/Mahasiswa", "Karyawan", "Ibu rumah tangga", "Wiraswasta"),
        ),
        after=(
            _c("Jenis kulit Anda", "Normal", "Berminyak", "Kering", "Kombinasi", "Sensitif"),
            ("Produk apa yang ingin Anda lihat di siaran berikutnya?", "free_id"),
        ),
        seed=203,
    ),
    Blind(
        "blind-electronics-msforms-en",
        "en",
        "msforms",
        ELECTRONICS,
        "en_ms",
        before=(
            ("ID", "id"),
            ("Start time", "start"),
            ("Completion time", "end"),
            ("Email", "anon"),
            ("Name", "blank"),
            _c("Your age", "Under 18", "18-25", "26-35", "36-45", "Over 45"),
        ),
        after=(
            _c("What phone do you use?", "Android", "iPhone"),
            ("Any comments?", "free_en"),
        ),
        seed=204,
        fmt="xlsx",
    ),
    Blind(
        "blind-plants-kobo-mixed",
        "mixed",
        "kobo",
        PLANTS,
        None,
        points=5,
        before=(("start", "start"), ("end", "end"), _c("profil/umur", "<25", "25-40", ">40")),
        after=(
            _c("profil/tinggal_di", "Apartemen", "Rumah tapak", "Kos"),
            ("saran/komentar_lain", "free_id"),
            ("_uuid", "uuid"),
            ("_submission_time", "ts"),
        ),
        seed=205,
    ),
    Blind(
        "blind-toys-surveymonkey-id",
        "id",
        "surveymonkey",
        TOYS,
        "id_caps",
        before=(
            ("Respondent ID", "rid"),
            ("Collector ID", "cid"),
            ("Start Date", "start"),
            ("End Date", "end"),
            ("IP Address", "ip"),
            _c("Anak Anda usia berapa?", "0-2 tahun", "3-5 tahun", "6-9 tahun", "10+ tahun"),
        ),
        after=(
            _c("Anda ayah atau ibu?", "Ibu", "Ayah", "Lainnya"),
            ("Pesan untuk toko kami", "free_id"),
        ),
        seed=206,
        fmt="xlsx",
    ),
    Blind(
        "blind-batik-grid-id",
        "id",
        "grid",
        BATIK,
        "id_caps",
        before=(TS_ID, EMAIL_ID, _c("Domisili", "Solo", "Yogyakarta", "Pekalongan", "Jakarta")),
        after=(
            _c("Anda membeli batik untuk", "Dipakai sendiri", "Hadiah", "Dijual lagi"),
            ("Harapan Anda untuk live berikutnya", "free_id"),
        ),
        seed=207,
    ),
    Blind(
        "blind-petfood-shuffled-en",
        "en",
        "handmade",
        PETFOOD,
        None,
        points=7,
        shuffle=True,
        before=(("No", "id"), ("Name", "name"), _c("Your pet", "Cat", "Dog", "Both")),
        after=(
            _c("How many pets do you have?", "1", "2", "3 or more"),
            ("What should we improve?", "free_en"),
        ),
        seed=208,
        fmt="xlsx",
    ),
]

#: how this corpus's side columns and files look (built by owner_surveys_blind_common.build)
STYLE = common.Style(
    names=("Ayu", "Bagus", "Citra", "Dimas", "Eka", "Fitri", "Gilang", "Hana", "Indra", "Joko"),
    free={
        "free_id": [
            "Mantap kak",
            "Live-nya kurang lama",
            "Tambah diskon",
            "Suka banget",
            "Ongkir mahal",
        ],
        "free_en": [
            "Great stuff",
            "More discounts pls",
            "Audio was choppy",
            "Love it",
            "Ship faster",
        ],
    },
    free_share=0.5,
    ts_format="%Y/%m/%d %I:%M:%S %p GMT+7",
    email="{name}.{k}@yahoo.co.id",
    collector_id=512345678,
    ip_prefix="114",
    start="2026-11-02 19:00",
    days=14,
    took=(120, 800),
    missing=0.015,
    sm_free_prefix="Pesan",
    sheet1_layouts=("msforms",),
)


def build(plan: Blind) -> OwnerSurvey:
    return common.build(plan, STYLE, AGREE)


def corpus() -> list[OwnerSurvey]:
    return [build(p) for p in PLANS]


def single_questions() -> list[tuple[str, str]]:
    """Every answer question of the blind corpus, wording only, for the no-context mode."""
    return common.single_questions(PLANS)
