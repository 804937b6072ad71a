"""A third BLIND corpus of owner-written questionnaires for the mapping suggester (issue 12).

Written on 2026-11-30 between 07:35 and 07:50 UTC by a helper engineer (branch
i12e) who had NOT opened, grepped or run ``engine/intake/suggest.py`` and had not seen
the other blind corpora's misses nor any test output. Read before writing: the
study's items (``engine/study/questionnaire.py``, which DEFINE the constructs), the
formats and builders of ``tests/owner_surveys.py`` and
``tests/owner_surveys_blind.py``, and ``tests/test_intake_blind.py``.

Eight new shops (frozen seafood, batik tulis, gaming accessories, baby clothes,
coffee grinders, woven bags, vitamins, bonsai), every question in new wording
(not the study's, not the other corpora's): formal Indonesian, slang Indonesian,
English (formal and informal) and one mixed survey; five of the eight are plain
question lists WITHOUT section titles, three are shuffled; Google Forms plain and
grid, Microsoft Forms, SurveyMonkey two header rows, KoboToolbox paths and a
hand-made sheet; agreement labels in both languages with variants (a "Kurang
setuju" set, "Ragu-ragu", "Somewhat", "Undecided") and 1-7 / 1-5 numbers.

Ground truth follows the study's items, item by item (the code in each comment):
INT01 answers questions, INT02 talk in real time, INT03 responds quickly to
comments, INT04 feel part of the conversation; INF01 useful information, INF02
accurate, INF03 details not visible in photos, INF04 learn how to use; PSN01
recommends what suits me, PSN02 greets by name, PSN03 ask for a product to be
shown my way, PSN04 made for someone like me, PSN05 responds to my personal
needs; CLE01 enjoy watching, CLE02 full attention, CLE03 connected to streamer
and viewers, CLE04 often comment or react; VCC01 share ideas, VCC02 feedback
that helps improve, VCC03 help other viewers choose, VCC04 create value
together, VCC05 recommend the live to others.

The corpus is committed BEFORE the suggester is run on it and must not be
changed after the figure is measured (that would make it a development set).
The surveys are built with ``owner_surveys_blind.build``; this module only adds
its own answer-label sets (keys ``b3_*``) to that module's ``AGREE``.
"""

from __future__ import annotations

from . import owner_surveys_blind as _blind
from .owner_surveys import OwnerSurvey
from .owner_surveys_blind import Blind

_LABELS = {
    # Indonesian 5-point with "Kurang setuju" as the second step, lower case
    "b3_id_kurang": [
        "Sangat tidak setuju",
        "Kurang setuju",
        "Netral",
        "Setuju",
        "Sangat setuju",
    ],
    # Indonesian with "Ragu-ragu" in the middle
    "b3_id_ragu": ["Sangat Tidak Setuju", "Tidak Setuju", "Ragu-ragu", "Setuju", "Sangat Setuju"],
    # English "somewhat" set
    "b3_en_somewhat": [
        "Strongly disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Strongly agree",
    ],
    # English with "Undecided" in the middle
    "b3_en_undecided": ["Strongly disagree", "Disagree", "Undecided", "Agree", "Strongly agree"],
}
for _key, _values in _LABELS.items():
    _blind.AGREE.setdefault(_key, _values)

# -- 1. frozen seafood, Google Forms plain, formal Indonesian, no sections ---------------
SEAFOOD = [
    ("INT", "", "Penjual membalas pertanyaan penonton tentang cara menyimpan ikan"),  # INT01
    ("INT", "", "Saya bisa bercakap langsung dengan admin selama siaran"),  # INT02
    ("INT", "", "Komentar saya cepat ditanggapi oleh penjual"),  # INT03
    ("INT", "", "Selama siaran saya merasa diajak berbincang"),  # INT04
    ("INF", "", "Siaran memberi keterangan yang bermanfaat tentang udang dan cumi yang dijual"),
    ("INF", "", "Berat bersih dan asal tangkapan yang disebutkan sesuai kenyataan"),  # INF02
    ("INF", "", "Penjual memperlihatkan tekstur daging yang tidak tampak di foto katalog"),
    ("INF", "", "Saya jadi tahu cara mencairkan dan mengolah produk beku dari siaran ini"),
    ("PSN", "", "Penjual menyarankan hasil laut yang cocok dengan kebutuhan dapur saya"),
    ("PSN", "", "Admin menyebut nama akun saya ketika menyapa"),  # PSN02
    ("PSN", "", "Saya dapat meminta kemasan dibuka agar isinya diperlihatkan"),  # PSN03
    ("PSN", "", "Siaran ini terasa cocok untuk ibu rumah tangga seperti saya"),  # PSN04
    ("CLE", "", "Saya menikmati menonton siaran toko seafood ini"),  # CLE01
    ("CLE", "", "Saya fokus mengikuti siaran dari awal"),  # CLE02
    ("CLE", "", "Saya merasa akrab dengan penjual dan sesama penonton"),  # CLE03
    ("CLE", "", "Saya kerap menulis komentar atau memberi tanda suka saat siaran"),  # CLE04
    ("VCC", "", "Saya menyampaikan gagasan menu olahan kepada toko saat siaran"),  # VCC01
    ("VCC", "", "Saya memberi kritik agar pelayanan toko makin baik"),  # VCC02
    ("VCC", "", "Saya membantu penonton lain menentukan ukuran udang yang tepat"),  # VCC03
    ("VCC", "", "Saya akan mengajak kerabat menonton siaran toko ini"),  # VCC05
]

# -- 2. batik tulis, Google grid, formal Indonesian, her own section titles, 1-7 ---------
_OB, _PK, _PU, _PM, _PA = (
    "Obrolan dengan Pembatik",
    "Pengetahuan Kain",
    "Perhatian untuk Anda",
    "Pengalaman Menonton",
    "Peran Anda",
)
BATIK_TULIS = [
    ("INT", _OB, "Pembatik meladeni pertanyaan penonton tentang proses mencanting"),  # INT01
    ("INT", _OB, "Penonton dapat berdialog dengan pembatik saat itu juga"),  # INT02
    ("INT", _OB, "Pertanyaan di kolom komentar segera dijawab"),  # INT03/INT01
    ("INF", _PK, "Penjelasan tentang pewarna alam dan sintetis bermanfaat bagi saya"),  # INF01
    ("INF", _PK, "Keterangan tentang lama pengerjaan kain dapat dipercaya"),  # INF02
    ("INF", _PK, "Guratan canting diperlihatkan dari dekat, tidak seperti di foto"),  # INF03
    ("INF", _PK, "Saya belajar cara merawat dan menyimpan batik tulis dari siaran"),  # INF04
    ("PSN", _PU, "Penjual menawarkan motif yang pas dengan usia dan selera saya"),  # PSN01
    ("PSN", _PU, "Saya disapa dengan nama saat bergabung"),  # PSN02
    ("PSN", _PU, "Saya boleh meminta sisi kain tertentu diperlihatkan"),  # PSN03
    ("PSN", _PU, "Penjual memperhatikan kebutuhan saya, misalnya kain seragam keluarga"),  # PSN05
    ("CLE", _PM, "Menyaksikan proses membatik secara langsung menyenangkan"),  # CLE01
    ("CLE", _PM, "Perhatian saya tertuju penuh pada siaran"),  # CLE02
    ("CLE", _PM, "Saya merasa dekat dengan para pembatik dan penonton lainnya"),  # CLE03
    ("CLE", _PM, "Saya rajin mengirim komentar dan emoji selama siaran"),  # CLE04
    ("VCC", _PA, "Saya mengusulkan ide motif baru kepada pembatik"),  # VCC01
    ("VCC", _PA, "Masukan saya membantu toko memperbaiki cara berjualan"),  # VCC02
    ("VCC", _PA, "Saya membantu penonton lain memilih kain yang sesuai"),  # VCC03
    ("VCC", _PA, "Saya merasa ikut melestarikan batik bersama toko ini"),  # VCC04
    ("VCC", _PA, "Saya menganjurkan teman untuk menonton siaran ini"),  # VCC05
]

# -- 3. gaming accessories, Microsoft Forms, informal English, no sections, shuffled -----
GAMING = [
    ("INT", "", "The streamer actually replies when I ask stuff in chat"),  # INT01
    ("INT", "", "I can chat back and forth with the host while it's live"),  # INT02
    ("INT", "", "Comments get a reaction from the host within seconds"),  # INT03
    ("INT", "", "The stream feels like hanging out and talking, not a sales pitch"),  # INT04
    ("INF", "", "I get useful info on switches, DPI and polling rate"),  # INF01
    ("INF", "", "The specs they mention turn out to be correct"),  # INF02
    ("INF", "", "They show the RGB and build quality up close, stuff photos don't show"),
    ("INF", "", "I pick up how to set up the mouse software from the stream"),  # INF04
    ("PSN", "", "The host suggests gear that suits how I play"),  # PSN01
    ("PSN", "", "The host shouts out my gamertag"),  # PSN02
    ("PSN", "", "If I ask, they'll test the headset the way I want to hear it"),  # PSN03
    ("PSN", "", "The stream feels aimed at gamers like me"),  # PSN04
    ("PSN", "", "They take care of what I personally need for my setup"),  # PSN05
    ("CLE", "", "Watching these streams is a good time for me"),  # CLE01
    ("CLE", "", "I'm locked in the whole time the stream runs"),  # CLE02
    ("CLE", "", "I feel like part of the crew with the host and the other viewers"),  # CLE03
    ("CLE", "", "I spam emotes and drop comments during the stream"),  # CLE04
    ("VCC", "", "I pitch ideas to the shop about what to stock"),  # VCC01
    ("VCC", "", "My feedback has helped them run things better"),  # VCC02
    ("VCC", "", "I help other viewers figure out which keyboard to get"),  # VCC03
    ("VCC", "", "I'd tell my squad to check out these streams"),  # VCC05
]

# -- 4. baby clothes, Google Forms plain, slang Indonesian, no sections, shuffled --------
BABY = [
    ("INT", "", "Mimin jawabin pertanyaan aku soal bahan baju bayi"),  # INT01
    ("INT", "", "Aku bisa ngobrol langsung sama kakak host pas live"),  # INT02
    ("INT", "", "Komen aku cepet banget dibales"),  # INT03
    ("INT", "", "Live-nya berasa kayak ngobrol bareng, bukan jualan doang"),  # INT04
    ("INF", "", "Info soal bahan katun sama ukuran umur bayinya berguna banget"),  # INF01
    ("INF", "", "Ukuran yang disebut pas live sesuai sama aslinya"),  # INF02
    ("INF", "", "Kakaknya nunjukin jahitan sama kancing yang nggak keliatan di foto"),  # INF03
    ("INF", "", "Aku jadi tau cara nyuci baju bayi yang bener dari live"),  # INF04
    ("PSN", "", "Kakaknya rekomen baju yang pas buat umur anakku"),  # PSN01
    ("PSN", "", "Aku disapa pakai nama pas masuk live"),  # PSN02
    ("PSN", "", "Aku bisa minta bajunya dibalik biar keliatan dalemnya"),  # PSN03
    ("PSN", "", "Live-nya kerasa pas buat mama muda kayak aku"),  # PSN04
    ("CLE", "", "Seneng deh nonton live toko ini"),  # CLE01
    ("CLE", "", "Aku fokus banget pas nonton live-nya"),  # CLE02
    ("CLE", "", "Aku ngerasa deket sama host dan mama-mama lain di live"),  # CLE03
    ("CLE", "", "Aku rajin kirim komen sama stiker pas live"),  # CLE04
    ("VCC", "", "Aku suka kasih ide motif lucu ke tokonya"),  # VCC01
    ("VCC", "", "Aku kasih masukan biar tokonya makin oke"),  # VCC02
    ("VCC", "", "Aku bantuin mama lain milih ukuran yang pas"),  # VCC03
    ("VCC", "", "Aku bakal rekomendasiin live ini ke temen-temen"),  # VCC05
]

# -- 5. coffee grinders, SurveyMonkey two header rows, formal English, sections ---------
_TB, _AG, _JY, _YV, _YC = (
    "Talking with our barista",
    "About the grinders",
    "Just for you",
    "Your viewing",
    "Your contribution",
)
GRINDERS = [
    ("INT", _TB, "The barista answers viewers' questions about grind settings"),  # INT01
    ("INT", _TB, "I am able to have a real-time conversation with the barista"),  # INT02
    ("INT", _TB, "Comments in the chat receive a swift reply"),  # INT03
    ("INF", _AG, "The stream provides helpful information about burr types"),  # INF01
    ("INF", _AG, "The technical details presented about each grinder are correct"),  # INF02
    ("INF", _AG, "The barista shows close-ups of the burrs that product photos do not reveal"),
    ("INF", _AG, "I learn how to calibrate and clean a grinder from the stream"),  # INF04
    ("PSN", _JY, "The barista recommends a grinder that suits my brewing method"),  # PSN01
    ("PSN", _JY, "Regular viewers are welcomed by their names"),  # PSN02
    ("PSN", _JY, "I can request that a grinder be demonstrated at the setting I prefer"),
    ("PSN", _JY, "The barista addresses my individual needs"),  # PSN05
    ("CLE", _YV, "I find watching the grinder streams enjoyable"),  # CLE01
    ("CLE", _YV, "I give the stream my undivided attention"),  # CLE02
    ("CLE", _YV, "I feel a bond with the barista and fellow viewers"),  # CLE03
    ("CLE", _YV, "I frequently post comments or reactions during the stream"),  # CLE04
    ("VCC", _YC, "I share suggestions with the shop on which grinders to carry"),  # VCC01
    ("VCC", _YC, "I provide feedback that helps the shop serve customers better"),  # VCC02
    ("VCC", _YC, "I assist other viewers in choosing a grinder"),  # VCC03
    ("VCC", _YC, "I feel the shop and I build something worthwhile together"),  # VCC04
    ("VCC", _YC, "I would encourage other coffee lovers to watch these streams"),  # VCC05
]

# -- 6. woven bags, KoboToolbox group/question paths, Indonesian and English mixed -------
WOVEN = [
    ("INT", "grup_1", "Penjual menjawab pertanyaan tentang bahan anyaman pandan"),  # INT01
    ("INT", "grup_1", "I can talk to the seller live during the broadcast"),  # INT02
    ("INT", "grup_1", "Admin cepat merespons chat penonton"),  # INT03
    ("INF", "grup_2", "The live gives me helpful details about each bag's size and weave"),
    ("INF", "grup_2", "Keterangan ukuran tas yang disampaikan tepat"),  # INF02
    ("INF", "grup_2", "The seller shows the inside lining, which I can't see in the photos"),
    ("INF", "grup_2", "Saya jadi paham cara merawat tas anyaman dari live ini"),  # INF04
    ("PSN", "grup_3", "The seller recommends bags that match my style"),  # PSN01
    ("PSN", "grup_3", "Saya dipanggil pakai nama saat live"),  # PSN02
    ("PSN", "grup_3", "I can ask the seller to turn the bag around so I see the back"),  # PSN03
    ("PSN", "grup_3", "Live ini terasa pas untuk orang seperti saya"),  # PSN04
    ("CLE", "grup_4", "I like watching the woven bag live"),  # CLE01
    ("CLE", "grup_4", "Saya menyimak live dengan penuh perhatian"),  # CLE02
    ("CLE", "grup_4", "I feel close to the seller and the other viewers"),  # CLE03
    ("CLE", "grup_4", "Saya sering memberi komentar dan reaksi selama live"),  # CLE04
    ("VCC", "grup_5", "I share design ideas with the shop"),  # VCC01
    ("VCC", "grup_5", "Saya memberikan masukan supaya toko semakin baik"),  # VCC02
    ("VCC", "grup_5", "I help other viewers pick a bag"),  # VCC03
    ("VCC", "grup_5", "Saya akan menyarankan live toko ini kepada teman"),  # VCC05
]

# -- 7. vitamins, hand-made numbered sheet, formal Indonesian, no sections, shuffled, 1-7 -
VITAMINS = [
    ("INT", "", "Apoteker di siaran menjawab pertanyaan penonton tentang dosis"),  # INT01
    ("INT", "", "Saya dapat berdiskusi langsung dengan pembawa acara saat siaran"),  # INT02
    ("INT", "", "Pesan penonton ditanggapi tanpa menunggu lama"),  # INT03
    ("INT", "", "Siaran ini membuat saya merasa dilibatkan dalam obrolan"),  # INT04
    ("INF", "", "Siaran ini memberi keterangan bermanfaat tentang khasiat tiap vitamin"),  # INF01
    ("INF", "", "Kandungan yang disebutkan sesuai dengan yang tertera di kemasan"),  # INF02
    ("INF", "", "Pembawa acara memperlihatkan ukuran tablet yang tidak jelas di foto"),  # INF03
    ("INF", "", "Saya memahami aturan minum vitamin dari siaran ini"),  # INF04
    ("PSN", "", "Pembawa acara menyarankan suplemen yang sesuai dengan kondisi saya"),  # PSN01
    ("PSN", "", "Nama saya disebut ketika saya bergabung ke siaran"),  # PSN02
    ("PSN", "", "Saya dapat meminta label komposisi diperlihatkan lebih dekat"),  # PSN03
    ("PSN", "", "Pembawa acara memperhatikan keperluan kesehatan pribadi saya"),  # PSN05
    ("CLE", "", "Saya gemar menonton siaran toko vitamin ini"),  # CLE01
    ("CLE", "", "Saya menyimak siaran dengan sungguh-sungguh"),  # CLE02
    ("CLE", "", "Saya merasa memiliki ikatan dengan pembawa acara dan penonton lain"),  # CLE03
    ("CLE", "", "Saya kerap memberi reaksi selama siaran berlangsung"),  # CLE04
    ("VCC", "", "Saya menyampaikan usulan produk baru kepada toko"),  # VCC01
    ("VCC", "", "Saya memberi saran yang berguna bagi perbaikan toko"),  # VCC02
    ("VCC", "", "Saya membantu penonton lain memilih vitamin yang cocok"),  # VCC03
    ("VCC", "", "Saya merasa ikut membangun toko ini bersama penjual"),  # VCC04
]

# -- 8. bonsai, Google Forms plain, plain English, no sections ---------------------------
BONSAI = [
    ("INT", "", "The grower answers questions about pruning and wiring"),  # INT01
    ("INT", "", "I get to talk with the grower as things happen"),  # INT02
    ("INT", "", "My comments get picked up fast"),  # INT03
    ("INF", "", "I get practical info on soil, pots and watering from the live"),  # INF01
    ("INF", "", "What they say about a tree's age is reliable"),  # INF02
    ("INF", "", "They turn the tree so I see the trunk and roots, which photos hide"),  # INF03
    ("INF", "", "I learn techniques I can use on my own trees"),  # INF04
    ("PSN", "", "They suggest trees that suit my balcony and climate"),  # PSN01
    ("PSN", "", "The grower says hi to me by name"),  # PSN02
    ("PSN", "", "I can ask them to show a tree from the angle I want"),  # PSN03
    ("PSN", "", "The live feels like it's for beginners like me"),  # PSN04
    ("PSN", "", "The grower deals with my particular worries about my tree"),  # PSN05
    ("CLE", "", "These bonsai lives are a pleasure to watch"),  # CLE01
    ("CLE", "", "I watch closely without getting distracted"),  # CLE02
    ("CLE", "", "I feel connected with the grower and the other hobbyists"),  # CLE03
    ("CLE", "", "I regularly post comments and reactions"),  # CLE04
    ("VCC", "", "I've shared ideas with the nursery about workshops"),  # VCC01
    ("VCC", "", "I tell them what could be improved"),  # VCC02
    ("VCC", "", "I help newcomers in the chat pick their first tree"),  # VCC03
    ("VCC", "", "I'd recommend these lives to other bonsai fans"),  # VCC05
]

_c = _blind._c
TS_ID, TS_EN, EMAIL_ID, EMAIL_EN = _blind.TS_ID, _blind.TS_EN, _blind.EMAIL_ID, _blind.EMAIL_EN

PLANS = [
    Blind(
        "blind3-seafood-google-id",
        "id",
        "google",
        SEAFOOD,
        "b3_id_kurang",
        before=(
            TS_ID,
            EMAIL_ID,
            _c("Usia Anda", "< 20 tahun", "20-30 tahun", "31-40 tahun", "> 40 tahun"),
            _c("Kota tempat tinggal", "Makassar", "Surabaya", "Jakarta", "Semarang"),
        ),
        after=(
            _c("Seberapa sering Anda membeli seafood beku?", "Seminggu sekali", "Sebulan sekali"),
            ("Saran untuk toko kami", "free_id"),
        ),
        seed=301,
    ),
    Blind(
        "blind3-batiktulis-grid-id",
        "id",
        "grid",
        BATIK_TULIS,
        None,
        points=7,
        before=(TS_ID, _c("Jenis kelamin", "Perempuan", "Laki-laki"), ("Nama lengkap", "name")),
        after=(
            _c("Berapa kain batik tulis yang Anda miliki?", "Belum punya", "1-3", "Lebih dari 3"),
            ("Motif apa yang ingin Anda lihat?", "free_id"),
        ),
        seed=302,
        fmt="xlsx",
    ),
    Blind(
        "blind3-gaming-msforms-en",
        "en",
        "msforms",
        GAMING,
        "b3_en_somewhat",
        shuffle=True,
        before=(
            ("ID", "id"),
            ("Start time", "start"),
            ("Completion time", "end"),
            ("Email", "anon"),
            ("Name", "blank"),
            _c("How old are you?", "Under 16", "16-20", "21-25", "26+"),
        ),
        after=(
            _c("Main platform you game on", "PC", "Console", "Mobile"),
            ("Anything we should add to the store?", "free_en"),
        ),
        seed=303,
        fmt="xlsx",
    ),
    Blind(
        "blind3-baby-google-slang-id",
        "id",
        "google",
        BABY,
        "b3_id_ragu",
        shuffle=True,
        before=(
            TS_ID,
            ("Nama bunda", "name"),
            _c("Umur si kecil", "0-6 bulan", "6-12 bulan", "1-2 tahun", "2+ tahun"),
        ),
        after=(
            _c("Biasanya belanja lewat apa?", "Shopee", "TikTok", "Instagram"),
            ("Ada pesan buat mimin?", "free_id"),
        ),
        seed=304,
    ),
    Blind(
        "blind3-grinders-surveymonkey-en",
        "en",
        "surveymonkey",
        GRINDERS,
        "en_ms",
        before=(
            ("Respondent ID", "rid"),
            ("Collector ID", "cid"),
            ("Start Date", "start"),
            ("End Date", "end"),
            ("IP Address", "ip"),
            _c("How do you brew at home?", "Pour-over", "Espresso", "French press", "Moka pot"),
        ),
        after=(
            _c("Which grinder do you own?", "Hand grinder", "Electric burr", "Blade", "None yet"),
            ("Any other thoughts?", "free_en"),
        ),
        seed=305,
        fmt="xlsx",
    ),
    Blind(
        "blind3-woven-kobo-mixed",
        "mixed",
        "kobo",
        WOVEN,
        None,
        points=5,
        before=(
            ("start", "start"),
            ("end", "end"),
            _c("profil/asal_kota", "Bali", "Lombok", "NTT"),
        ),
        after=(
            _c("profil/pekerjaan", "Mahasiswa", "Karyawan", "Wiraswasta"),
            ("penutup/pesan", "free_id"),
            ("_uuid", "uuid"),
            ("_submission_time", "ts"),
        ),
        seed=306,
    ),
    Blind(
        "blind3-vitamins-handmade-id",
        "id",
        "handmade",
        VITAMINS,
        None,
        points=7,
        shuffle=True,
        before=(("No", "id"), ("Nama", "name"), _c("Usia", "18-25", "26-35", "36-50", "> 50")),
        after=(
            _c("Vitamin yang paling sering dibeli", "Vitamin C", "Vitamin D", "Multivitamin"),
            ("Catatan", "free_id"),
        ),
        seed=307,
        fmt="xlsx",
    ),
    Blind(
        "blind3-bonsai-google-en",
        "en",
        "google",
        BONSAI,
        "b3_en_undecided",
        before=(
            TS_EN,
            EMAIL_EN,
            _c("How long have you kept bonsai?", "Not yet", "Under 1 year", "1-5 years", "5+"),
        ),
        after=(
            _c("Where do you keep your trees?", "Balcony", "Garden", "Indoors"),
            ("What would you like to see next time?", "free_en"),
        ),
        seed=308,
    ),
]


def corpus() -> list[OwnerSurvey]:
    return [_blind.build(p) for p in PLANS]


def single_questions() -> list[tuple[str, str]]:
    """Every answer question of this corpus, wording only, for the no-context mode."""
    return [(text, construct) for p in PLANS for construct, _, text in p.questions]
