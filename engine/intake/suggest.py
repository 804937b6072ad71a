"""Her own questionnaire: what each column is, and which construct each question measures.

Owners write their own questions, in their own words and number, in Indonesian
or English, in any order, mixed with questions the model does not use.
``suggest(frame, spec)`` looks at every column of a survey export and returns
an :class:`Intake`:

- the column's *kind*, from its content first: ``item`` (answers on an
  agreement scale, as labels in either language or numbers 1-5/1-7/1-10),
  then, from the header and the content, ``profile`` (gender, age, platform,
  how often / how long they watch, in her wording), ``screening``, ``time``,
  ``start``, ``end``, ``duration``, ``email``, ``name``, ``id``, ``text`` (free
  text), ``choice`` (other choice questions) or ``empty``;
- for every answer column a suggested construct with a confidence (0-1) and
  a short reason returned as data (a code and its parameters; :func:`explain`
  renders it in English or Indonesian), from three clues: the grid section
  title ("Interaksi saat live [Penjual merespons ...]", Kobo's
  "group/question", SurveyMonkey's two header rows; a bounded say), the
  question's wording (everyday Indonesian normalised first; a bilingual lexicon
  of what each construct means; who acts in the sentence; a character n-gram
  TF-IDF cosine with the study's items and construct definitions), and the
  column order (a Viterbi pass whose pull to stay in one construct is measured
  on her survey, so order only breaks near-ties and a shuffled survey gets none).

A header that names an item code (``INT01``, ``int_1`` ...) is taken as that
item, as before. Nothing here imports Streamlit.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from engine.base import text as catalog
from engine.core.spec import ModelSpec
from engine.intake.survey import answer_number, item_code, item_keys, scale_labels
from engine.study.model import STUDY_LABELS, STUDY_MODEL
from engine.study.questionnaire import ITEMS

#: Weight of the nearest-item similarity (cosine 0-1) beside the lexicon's points.
SIMILARITY_WEIGHT = 6.0
#: Odds of staying in the same construct from one column to the next (column order
#: breaks near-ties; two agreeing neighbours must not overrule clear wording).
STAY = 3.0
#: The most a section title (with its questions) adds to one construct's evidence.
SECTION_BONUS = 4.0
#: Below this a suggestion is shown as a question to the owner, not a fact.
CONFIDENT = 0.8
#: Rows read to tell a column's kind (the whole column is converted later, by import_survey).
SAMPLE_ROWS = 1000

# -- headers -------------------------------------------------------------------------
_GRID = re.compile(r"^(?P<section>.+?)\s*\[(?P<question>[^\[\]]+)\]\s*$")
_NUMBERING = re.compile(
    r"^\s*(?:q(?:uestion)?|p(?:ertanyaan)?|no\.?)?\s*\d{1,3}\s*[.):_-]\s*", re.I
)


def split_header(header: str) -> tuple[str, str]:
    """(section, question): 'Section [question]' (Google Forms grid, SurveyMonkey's two
    rows), 'group/question' (KoboToolbox, ODK), '12. question' (numbered); else ('', header)."""
    text = " ".join(str(header).split())
    m = _GRID.match(text)
    if m:
        return m.group("section").strip(), m.group("question").strip()
    if "/" in text:
        left, _, right = text.partition("/")
        if left and " " not in left.strip() and len(right.split()) >= 3:
            return left.replace("_", " ").strip(), right.strip()
    stripped = _NUMBERING.sub("", text)
    if stripped != text and len(stripped.split()) >= 2:
        return "", stripped.strip()
    return "", text


def question_text(header: str) -> str:
    """Her question as she wrote it, without the section or numbering around it."""
    return split_header(header)[1]


# -- the lexicon: what each construct is about, in both languages -----------------
# Matched on ' normalized text ' : an entry starting with a space matches at the start
# of a word; others anywhere (Indonesian affixes: balas -> membalas, dibalas).
LEXICON: dict[str, dict[str, float]] = {
    "INT": {
        "respon": 2, "tanggap": 2, "balas": 3, "jawab": 3, "tanya": 2, "ngobrol": 3,
        "obrol": 3, "komunikasi": 3, "interaksi": 3, "interaktif": 3, "dua arah": 3,
        " chat": 2, "dialog": 2, "percakapan": 2, "real time": 2, "real-time": 2, "cepat": 1,
        "komentar": 1, "berbicara": 2, "bicara": 2, "diskusi": 2,
        "respond": 2, " repl": 3, " answer": 3, "question": 2, " ask ": 1, " talk": 3,
        "conversation": 3, "communicat": 3, "interact": 3, "two-way": 3, "two way": 3,
        "quick": 1, " fast": 1, " comment": 1, "discuss": 2, "back and forth": 3,
    },
    "INF": {
        "informasi": 3, " info": 3, "jelas": 2, "detail": 3, "lengkap": 2, "akurat": 3,
        "dipercaya": 2, "penjelasan": 3, "jelaskan": 3, "bahan": 2, "ukuran": 2, "harga": 2,
        " cara ": 2, "belajar": 2, " tahu": 2, "mengetahui": 2, "kualitas": 2,
        "spesifikasi": 3, " foto": 2, "tekstur": 2, "komposisi": 2, "manfaat": 2,
        "berguna": 2, "produk": 0.5, "kelebihan": 2, "kekurangan": 2, "fakta": 2,
        "informati": 3, "explain": 3, " clear": 2, "complete": 2, "accurat": 3,
        "trustworth": 2, "reliable": 2, "useful": 2, " learn": 2, " teach": 2, "how to": 2,
        "find out": 2, " know": 1, " size": 2, " price": 2, "material": 2, "made of": 2,
        "ingredient": 2, "quality": 2, " photo": 2, "pictures": 2, "specification": 3,
        "benefit": 2, "product": 0.5, "honest": 2, "facts": 2,
    },
    "PSN": {
        "pribadi": 3, "personal": 3, "untuk saya": 3, "untuk anda": 3, "cocok": 2,
        "sesuai": 1, "selera": 3, "kebutuhan": 2, "nama saya": 3, " nama": 2, "menyapa": 2,
        " sapa": 2, " minta": 3, "meminta": 3, "permintaan": 3, "request": 3, "keinginan": 3,
        "khusus": 2, "seperti saya": 3, "rekomendasi": 2, "menyarankan": 3, "jenis kulit": 3,
        "tipe kulit": 3, "diperhatikan": 1,
        "for me": 3, "for you": 3, "suit me": 3, " suit": 2, "my taste": 3, " taste": 2,
        "my needs": 3, " need": 1, "my name": 3, " name": 2, " greet": 2, "ask for": 3,
        "ask to see": 3, "like me": 3, "tailor": 3, "recommend": 2, " suggests": 3,
        "special request": 3, "just for": 3, "fit me": 3, "my style": 3, "skin type": 3,
    },
    "CLE": {
        "senang": 3, "menikmati": 3, "nikmat": 3, " suka": 1, " seru": 3, "asyik": 3,
        "betah": 3, "fokus": 3, "memperhatikan": 2, " dekat": 3, "terhubung": 3,
        "lupa waktu": 3, "sampai selesai": 3, "sampai habis": 3, "menunggu": 3,
        "tidak sabar": 3, "antusias": 3, "semangat": 2, "berkomentar": 3, "kasih like": 3,
        " like": 2, "bereaksi": 3, "reaksi": 2, "terlibat": 3, "menonton": 1, "tertarik": 2,
        "menarik": 1, "pengalaman menonton": 3, "hiburan": 3, "terhibur": 3,
        "enjoy": 3, " fun": 3, "exciting": 2, "attention": 2, "focus": 3, "absorb": 3,
        "lose track": 3, "until the end": 3, " stay": 2, " close to": 3, "connect": 3,
        "look forward": 3, "can't wait": 3, " react": 3, " likes": 2, "watching": 1,
        "hooked": 3, "engag": 3, "entertain": 3, "excited": 3, " watch": 1,
    },
    "VCC": {
        "saran": 2, "memberi saran": 3, "masukan": 3, " usul": 3, " ide": 3, "gagasan": 3,
        "kritik": 2, "penonton lain": 2, "membantu": 2, " bantu": 2, "mengajak": 3,
        " ajak": 3, "teman": 2, "orang lain": 2, "berbagi": 3, "membagikan": 3, "bersama": 2,
        "mengembangkan": 3, "kembangkan": 3, "membangun": 3, "memperbaiki": 2,
        "lebih baik": 2, "menciptakan": 3, "nilai": 1, "ulasan": 3, "testimoni": 3,
        " review": 2, "kepada orang lain": 3,
        " idea": 3, "suggestion": 3, "feedback": 3, "help other": 3, "help the shop": 3,
        "helping the shop": 3, " help": 1, "improve": 2, "invite": 3, "friend": 2,
        " share": 3, "together": 2, "develop": 3, "co-creat": 3, " create": 2, "to others": 3,
        " others": 1, "other viewers": 1, " grow": 2, "word of mouth": 3, "tell people": 3,
    },
}  # fmt: skip
# broader words from what each construct means (interactivity: two-way, real-time talk;
# informativeness: honest, complete product facts; personalization: being known and
# catered for; engagement: absorbed, taking part; co-creation: contributing to the shop)
_MORE: dict[str, dict[str, float]] = {
    "INT": {
        "live chat": 3, " dm": 2, "didengar": 2, " listen": 2, " hear ": 2, "tanya jawab": 3,
        " q&a": 3, " q a ": 3, "kolom komentar": 2, "comment section": 2, "acknowledge": 2,
        " notice": 2,
    },
    "INF": {
        "jujur": 2, " asli": 2, "real product": 2, " demo": 2, "mencoba": 2, "try on": 2,
        "swatch": 2, "perbandingan": 2, "compare": 2, " paham": 2, "understand": 2,
        "mengerti": 2, "transparan": 2, "transparent": 2, " stok": 2, " stock": 2, "garansi": 2,
        "warranty": 2, "tutorial": 2,
    },
    "PSN": {
        " ingat": 3, "remember": 3, "mengenal": 2, "know me": 3, "langganan": 2,
        "regular customer": 2, "pelanggan setia": 2, " loyal": 2, "preferensi": 3,
        "preference": 3, "riwayat": 2, "history": 2, "eksklusif": 2, "exclusive": 2,
        " custom": 2,
    },
    "CLE": {
        "tidak terasa": 3, "time flies": 3, "hanyut": 3, "immersed": 3, " kuis": 2, " quiz": 2,
        " games": 2, "giveaway": 2, "participate": 2, " join": 2, "bergabung": 2,
        "nonton ulang": 2, "rewatch": 2, "replay": 2, "notifikasi": 2, "notification": 2,
        "pengingat": 2, "reminder": 2,
    },
    "VCC": {
        " post": 2, "posting": 2, " rating": 2, "konten": 2, "content": 2, "repost": 2,
        "produk baru": 2, "new product": 2, " vote": 2, "polling": 2, "co-design": 3,
        "usulan": 3,
    },
}  # fmt: skip
for _c, _words in _MORE.items():
    for _w, _weight in _words.items():
        LEXICON[_c].setdefault(_w, _weight)


# -- issue 12 (wt-12c): more of what each construct means, built from its definition and
# the study's items (engine/study/questionnaire.py), not from any one survey's phrases --------
_MEANING: dict[str, dict[str, float]] = {
    "INT": {
        # the seller talks WITH viewers: answers, replies, reads their messages
        " pesan": 2, "message": 2, " read": 1, "membaca": 1, "read out": 2, "reads out": 2,
        "menyebut pertanyaan": 2, "live chat": 3, "replies": 3, "langsung dijawab": 3,
        " shout": 1, "chat penonton": 2, "viewers' questions": 2, "our questions": 2,
        "pertanyaan kami": 2, "pertanyaan saya": 2, "my question": 2, "ngajak ngobrol": 3,
    },
    "INF": {
        # information about the products: what, how, how much, is it genuine
        "bpom": 3, "halal": 2, "keaslian": 3, "original": 2, "genuine": 2, "authentic": 2,
        " ori ": 2, "size chart": 3, "lingkar": 2, "dimensi": 2, "dimension": 2,
        "berat": 1, "weight": 1, "expired": 2, "kedaluwarsa": 2, "battery": 2, "baterai": 2,
        "compatible": 2, "kompatibel": 2, "fitur": 2, "feature": 2, "perawatan": 2, " care": 1,
        "ditunjukkan": 1, "shown clearly": 2, "disebutkan": 2, "mention": 1, "mix and match": 2,
        "instructions": 2, "petunjuk": 2, "kandungan": 2, "nutrisi": 2, "nutrition": 2,
"banding": 2, "before i buy": 2, "before i order": 2, "before ordering": 2,
        "before purchasing": 2, "sebelum pesan": 2, "sebelum order": 2, "sebelum checkout": 2,
        "need to know": 3, "perlu tahu": 3, "perlu saya ketahui": 3, "before buying": 2,
        "sebelum membeli": 2, "sebelum beli": 2, "what's in": 2, "percent": 2, "persen": 2,
        "kalori": 2, "calorie": 2, "protein": 2,
        "how much": 1, "berapa banyak": 1, "diskon": 1, "discount": 1, "ongkir": 1, "shipping": 1,
    },
    "PSN": {
        # catered for me: my name, my size, my type, my preferences, shown my way
        "username": 3, "nama akun": 3, " akun ": 1, " id ": 1, "ukuran saya": 2,
        "my size": 2, "bentuk badan": 3, "body": 1, " pas ": 1, "breed": 3, " ras ": 2,
        "my dog": 2, "my cat": 2, "anjing saya": 2, "kucing saya": 2, "my pet": 2,
        "pelanggan lama": 3, "returning": 2, "repeat customer": 2, " usually ": 1,
        " biasanya": 1, "my way": 3, "the way i": 3, " swatch": 2, "dicoba": 1, "try it": 1,
        "switch it on": 2, "show me": 3, "tunjukkan": 1, "diperlihatkan": 2, "minta dicoba": 3,
        "sesuai keinginan": 3, "memanggil": 2, " calls me": 3, "call me": 3, "by name": 3,
        "just me": 2, "individual": 2, "my skin": 3, "kulit saya": 3, "my budget": 2,
        "budget saya": 2, "my age": 2, "umur saya": 2, "usia saya": 2, " buat saya": 3,
        "for my": 2, "untuk saya": 3, "istimewa": 3, "special": 2, "diperlakukan": 2,
        "treated": 2, "treats me": 3, "perhatian": 1, "care about me": 3,
        "relevan": 3, "relevant": 3, "offers for me": 3, "penawaran untuk saya": 3,
        "knows what i": 3, "knows my": 3, "knows me": 3, "tahu apa yang saya": 3,
        "tahu selera": 3, "kenal saya": 3, "my usual": 2, "what i usually": 2,
    },
    "CLE": {
        # I take part and am absorbed: watch, enjoy, comment, like, hearts, stay, attention
        "komentar saya": 1, " love ": 2, "hearts": 3, " heart": 3, "emoji": 3,
        "sticker": 2, "stiker": 2, " tap": 2, " like ": 2, "get into": 3, "hang around": 3,
        "a long time": 2, "lama-lama": 2, "berlama": 3, "sampai bubar": 3, "sampai akhir": 3,
        "to the end": 3, "full attention": 3, "sepenuhnya": 2, "part of": 2, "bagian dari": 3,
        "menulis komentar": 3, "write comments": 3, "leave comments": 3, "i comment": 3,
        "often comment": 3, "sering komen": 3, "aktif": 2, "active": 2, "ketagihan": 3,
        "addict": 3, "tidak sabar": 3, "excited": 3, "seneng": 3, "happy": 2, "nonton": 1,
        "menonton": 1, "watch": 1, "rame": 2, "ramai": 2, "lively": 2,
        "time passes": 3, "waktu berlalu": 3, "forget the time": 3, "kepo": 3, "penasaran": 2,
        "curious": 2, "involved": 3, "participa": 2, "ikut serta": 2,
    },
    "VCC": {
        # I contribute to the shop and other viewers: ideas, feedback, help, recommend
        " suggest ": 3, "suggested": 3, "should stock": 3, "should carry": 3, " carry": 2,
        " stock ": 1, "restock": 2, "tell the shop": 3, "what went wrong": 3, " fix": 2,
        "what to improve": 3, "better": 1, "help answer": 3, "bantu jawab": 3,
        "membantu menjawab": 3, "help other": 3, "other viewers": 2, "other owners": 3,
        "other buyers": 3, "pembeli lain": 3, "calon pembeli": 3, "tell other": 3,
        "to buy from": 2, "recommend this": 3, "recommend the shop": 3, "rekomendasikan toko": 3,
        "merekomendasikan toko": 3, "ke teman": 3, "kepada teman": 3, "with my friends": 3,
        "with friends": 3, "my friends": 3, "share the live": 3, "share link": 3,
        "ke grup": 3, "tell my friends": 3, "invite": 3, " ajak": 3, "usul": 3, "masukan": 3,
        "kritik": 3, "evaluasi": 2, "review": 2, "ulasan": 3, "warna baru": 2, "new colour": 2,
        "new color": 2, "new flavour": 2, "rasa baru": 2, "new product": 3, "produk baru": 3,
        "jual juga": 2, "nambah": 1, "add more": 2, "ideas": 3, "makin bagus": 3,
        "lebih bagus": 3, "lebih baik": 3,
    },
}  # fmt: skip
for _c, _words in _MEANING.items():
    for _w, _weight in _words.items():
        LEXICON[_c][_w] = max(LEXICON[_c].get(_w, 0), _weight)
# words that point to the seller's side but were read as the viewer's (and back)
LEXICON["INT"][" comment"] = 0.5
LEXICON["INT"]["komentar"] = 0.5
LEXICON["VCC"][" share"] = 3
LEXICON["CLE"]["berkomentar"] = 3

#: Everyday Indonesian (and chat English) -> the standard form the lexicon is written in.
SLANG = {
    "gue": "saya", "gw": "saya", "gua": "saya", "aku": "saya", "ku": "saya", "sy": "saya",
    "kak": "streamer", "kakak": "streamer", "kakaknya": "streamer", "min": "streamer",
    "admin": "streamer", "mimin": "streamer", "mbak": "streamer", "mbaknya": "streamer",
    "mas": "streamer", "masnya": "streamer", "cici": "streamer", "koko": "streamer",
    "host": "streamer", "hostnya": "streamer",
    "seller": "streamer", "sellernya": "streamer", "penjual": "streamer", "penjualnya": "streamer",
    "inget": "ingat", "ngerasa": "merasa", "ngerti": "mengerti", "ngasih": "memberi",
    "kasih": "memberi", "dikasih": "diberi", "nanya": "tanya", "nanyain": "tanya",
    "bales": "balas", "dibales": "dibalas", "ngebales": "membalas", "komen": "komentar",
    "temen": "teman", "temen-temen": "teman", "buat": "untuk", "nonton": "menonton",
    "ditonton": "menonton", "bubar": "selesai", "nggak": "tidak", "gak": "tidak",
    "ga": "tidak", "enggak": "tidak", "tdk": "tidak", "yg": "yang", "dgn": "dengan",
    "pas": "saat", "kalo": "kalau", "udah": "sudah", "dijelasin": "dijelaskan",
    "jelasin": "jelaskan", "nunjukin": "menunjukkan", "ditunjukin": "ditunjukkan",
    "disebutin": "disebutkan", "kasih tau": "memberi tahu", "tau": "tahu", "dicobain": "dicoba",
    "cobain": "coba", "manggil": "memanggil", "dipanggil": "memanggil", "ngobrol": "ngobrol",
    "seneng": "senang", "bgt": "sekali", "banget": "sekali", "kayak": "seperti",
    "kyk": "seperti", "sm": "sama", "pengen": "ingin", "pgn": "ingin", "bikin": "membuat",
    "nyaranin": "menyarankan", "saranin": "sarankan", "ngajak": "mengajak", "ngajakin": "mengajak",
    "u": "you", "ur": "your", "pls": "please", "thx": "thanks",
}  # fmt: skip
_SLANG_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(SLANG, key=len, reverse=True)) + r")\b"
)


def _norm(text: object, slang: bool = True) -> str:
    s = str(text).lower().replace("’", "'")
    s = re.sub(r"[^\w'\-]+", " ", s)
    s = " ".join(s.split())
    if slang:  # everyday words -> their standard form, word for word
        s = _SLANG_RE.sub(lambda m: SLANG[m.group(1)], s)
    return f" {s} "


def _template_words() -> dict[str, set[str]]:
    """Content words of the study's own questions, per construct (both languages);
    words shared by three or more constructs ('streamer', 'siaran') say nothing."""
    words: dict[str, set[str]] = {}
    for code, pair in ITEMS.items():
        c = code.rstrip("0123456789")  # INT01 -> INT
        for text in pair:
            words.setdefault(c, set()).update(w for w in _norm(text).split() if len(w) >= 4)
    counts: dict[str, int] = {}
    for ws in words.values():
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    return {c: {w for w in ws if counts[w] <= 2} for c, ws in words.items()}


_TEMPLATE = _template_words()


def _her_word(stem: str, norm: str, raw: str | None = None) -> str:
    """The words of her question a lexicon entry matched ('respon' -> 'merespons'), as she
    wrote them ('bales', not its standard form 'balas') when ``raw`` (her text, normalised
    without the slang step, word for word the same length) is given."""
    start = norm.index(stem)
    end = start + len(stem)
    while start > 0 and norm[start - 1] != " ":
        start -= 1
    while end < len(norm) and norm[end] != " ":
        end += 1
    words = norm[start:end].strip()
    if raw is not None:
        first = len(norm[:start].split())
        mine, hers = norm.split(), raw.split()
        if len(mine) == len(hers):
            return " ".join(hers[first : first + len(words.split())])
    return words


#: Asking to see a product her way (the study's PSN03), in either language.
_ASK_TO_SEE = re.compile(
    r" (ask|asks|asked|request|requests|minta|meminta|request) (\S+ ){0,7}?(to )?"
    r"(show|see|display|switch|turn|try|open|zoom|hold|put|ditunjuk\w*|diperlihat\w*|"
    r"dicoba\w*|coba\w*|dinyala\w*|dibuka\w*|buka\w*|lihat\w*|tunjuk\w*|dipakai\w*|"
    r"di ?zoom|dibalik\w*|diputar\w*)\b"
)
#: The viewer answering or replying (to other viewers).
_ANSWERS = re.compile(
    r"^ (i|saya|kami|we)( (often|sometimes|also|usually|always|even|sering|juga|suka|kadang|"
    r"biasanya|selalu|ikut|bantu|help|ikut membantu|membantu))* (answer|answers|reply|replies|"
    r"respond|jawab|menjawab|"
    r"balas|membalas|bantu jawab|help answer) "
)
#: Help given to her ('membantu saya membandingkan', 'helps me decide').
_HELPS_ME = re.compile(r" (membantu|bantu|help|helps|helped|helping) (saya|me) ")
#: Recommending the shop or its live to other people (VCC05), not to her (PSN01).
_RECOMMEND_TO = re.compile(
    r"(recommend\w*|rekomendasi\w*|merekomendasikan|menyarankan|share\w*|bagikan|membagikan|"
    r"tell|ajak\w*|mengajak|invite\w*|promosi\w*|promote\w*) (\S+ ){0,6}?"
    r"(to|ke|kepada|with|dengan|sama) (?!(me|saya|streamer|the streamer)\b)"
    r"(\S+ )?(others?|other people|orang|friends?|teman\w*|famil\w*|keluarga\w*|"
    r"relatives?|saudara\w*|colleagues?|rekan\w*|kolega|tetangga|neighbou?rs?|grup|group|"
    r"people|everyone|semua)"
)
_SHARED_LABEL_WORDS = {
    "live-streaming", "streaming", "live", "customer", "pelanggan", "viewer", "penonton",
    "siaran", "langsung", "jualan",
}  # fmt: skip


def _word_evidence(c: str, norm: str, raw: str, tokens: set[str]) -> tuple[float, list[str]]:
    """Points from what her words say: the construct's lexicon, the study's own item
    words, the construct's own name ("Interaktivitas", "Informasi") and its code."""
    score, hits = 0.0, []
    for stem, weight in LEXICON.get(c, {}).items():
        if stem in norm:
            score += weight
            hits.append(_her_word(stem, norm, raw))
    shared = tokens & _TEMPLATE.get(c, set())
    score += 1.0 * len(shared)
    hits += sorted(shared - set(hits))
    for lang in ("en", "id"):
        label = STUDY_LABELS.get(c, {}).get(lang, c)
        for word in _norm(label).split():
            if word in _SHARED_LABEL_WORDS:  # in every construct's setting: says nothing
                continue
            if len(word) >= 5 and word[:6] in norm:
                score += 2
                hits.append(word)
    if f" {c.lower()} " in norm:
        score += 3
        hits.append(c)
    return score, hits


def _who_evidence(
    c: str, score: float, hits: list[str], norm: str, raw: str, actor: dict[str, float]
) -> float:
    """The score after what she does in the sentence (answering others, recommending the
    shop, asking to be shown) and what is done for her; adds the words it used to ``hits``."""
    if c in ("INT", "INF") and actor.get("VCC", 0) > 0:
        # she answers, chats, tells: taking part, not the seller's responsiveness or facts
        score *= 0.5 if c == "INT" else 0.75
    if c == "VCC" and actor.get("VCC", 0) > 0 and (m := _ANSWERS.search(norm)):
        score += 5  # VCC03: she answers (other viewers' questions): helping them
        hits.append(_her_word(m.group(0).strip(), norm, raw))
    if c == "VCC" and _HELPS_ME.search(norm):
        score -= 3  # 'it helps me compare': help given to her is not her contribution
    if c == "VCC" and (m := _RECOMMEND_TO.search(norm)):  # VCC05: recommending it to others
        score += 4
        hits.append(_her_word(m.group(0).strip(), norm, raw))
    if c == "PSN" and (m := _ASK_TO_SEE.search(norm)):  # PSN03: shown the way she asks
        score += 4
        hits.append(_her_word(m.group(0).strip(), norm, raw))
    return score


def wording_scores(text: str, constructs: tuple[str, ...]) -> dict[str, tuple[float, list[str]]]:
    """Evidence per construct from the words of ``text``: (score, the words that gave it)."""
    norm = _norm(text)
    raw = _norm(text, slang=False)
    tokens = set(norm.split())
    actor = _actor_scores(norm)
    sim = similarity(text)
    out = {}
    for c in constructs:
        score, hits = _word_evidence(c, norm, raw, tokens)
        score = _who_evidence(c, score, hits, norm, raw, actor)
        score += actor.get(c, 0.0) + SIMILARITY_WEIGHT * sim.get(c, 0.0)
        out[c] = (score, list(dict.fromkeys(h for h in hits if h)))
    return out


# -- issue 12 (wt-12c): who acts, and how near the study's own items her wording is -----
#: What each construct means, in both languages (read with the study's items as definitions).
DEFINITIONS: dict[str, tuple[str, ...]] = {
    "INT": (
        "The seller talks with viewers during the live: answers their questions, replies to "
        "chat and comments quickly, reads their messages, a two-way conversation in real time.",
        "Penjual berinteraksi dengan penonton saat live: menjawab pertanyaan, membalas chat dan "
        "komentar dengan cepat, membaca pesan, ngobrol dua arah secara langsung.",
    ),
    "INF": (
        "The live gives clear, accurate, complete information about the products: material, "
        "size, price, quality, how to use them, details not visible in photos, genuine.",
        "Live memberi informasi produk yang jelas, akurat dan lengkap: bahan, ukuran, harga, "
        "kualitas, cara memakai, detail yang tidak terlihat di foto, keaslian.",
    ),
    "PSN": (
        "The live is made for me: the seller remembers me, calls me by name, recommends what "
        "suits my needs and taste, shows a product the way I ask.",
        "Live terasa untuk saya: penjual ingat saya, memanggil nama saya, merekomendasikan yang "
        "cocok dengan kebutuhan dan selera saya, menunjukkan produk sesuai permintaan saya.",
    ),
    "CLE": (
        "I enjoy watching, I pay attention, I stay until the end, I comment, react, like and "
        "send hearts, I feel part of the live and lose track of time.",
        "Saya senang menonton, memperhatikan, bertahan sampai selesai, berkomentar, bereaksi, "
        "memberi like dan love, merasa menjadi bagian dari live dan lupa waktu.",
    ),
    "VCC": (
        "I contribute to the shop: I give ideas, suggestions and feedback, tell the shop what "
        "to improve or which products to stock, help other viewers choose, recommend the shop.",
        "Saya ikut membangun toko: memberi ide, usul, saran dan masukan, memberi tahu toko apa "
        "yang perlu diperbaiki atau produk apa dijual, membantu penonton lain, mengajak teman.",
    ),
}

_VIEWER = re.compile(r"^ (saya|i|i'm|i've|i'd|kami|we) ")
_ABLE = re.compile(r" (can|could|am able|bisa|dapat|boleh|get to) ")
_SELLER = re.compile(
    r"^ (streamer|the streamer|the seller|the host|he|she|they|the shop|toko|the staff|"
    r"pemandu|pembawa|the presenter|presenter|penyiar|seller|the owner|the team|"
    r"live|siaran|the live|this live|the stream) "
)


def _actor_scores(norm: str) -> dict[str, float]:
    """A prior from who acts in her sentence: the viewer doing something ('I comment',
    'I suggest') speaks for engagement or co-creation; the seller doing something, or
    what the viewer *can* do in the live ('I can ask'), for the seller's side."""
    viewer = bool(_VIEWER.search(norm)) or norm.startswith(" saya ") or " saya sering " in norm
    if viewer and not _ABLE.search(norm[:40]):
        return {"CLE": 1.0, "VCC": 1.0}
    if _SELLER.search(norm):
        return {"INT": 0.7, "INF": 0.7, "PSN": 0.7, "CLE": -1.0, "VCC": -1.0}
    if viewer:  # what she can do in the live
        return {"INT": 0.7, "INF": 0.7, "PSN": 0.7}
    return {}


def _grams(norm: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for word in norm.split():
        w = f" {word} "
        for n in (3, 4, 5):
            for k in range(max(1, len(w) - n + 1)):
                g = w[k : k + n]
                out[g] = out.get(g, 0.0) + 1.0
    return out


def _similarity_index() -> tuple[dict[str, int], np.ndarray, list[str], np.ndarray]:
    """Character 3-5-gram TF-IDF of every study item and definition sentence (both
    languages): (gram -> column, IDF, the construct of each row, L2-normalised rows)."""
    docs: list[tuple[str, str]] = []
    for code, pair in ITEMS.items():
        c = code.rstrip("0123456789")  # "INT01" -> "INT"
        docs += [(c, _norm(t)) for t in pair]
    for c, texts in DEFINITIONS.items():
        for text in texts:
            docs += [(c, _norm(part)) for part in re.split(r"[:,]", text) if len(part) > 12]
    grams = [_grams(t) for _, t in docs]
    vocab: dict[str, int] = {}
    for g in grams:
        for k in g:
            vocab.setdefault(k, len(vocab))
    df = np.zeros(len(vocab))
    for g in grams:
        for k in g:
            df[vocab[k]] += 1
    idf = np.log((1 + len(docs)) / (1 + df)) + 1
    mat = np.zeros((len(docs), len(vocab)))
    for i, g in enumerate(grams):
        for k, v in g.items():
            mat[i, vocab[k]] = (1 + math.log(v)) * idf[vocab[k]]
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-12
    return vocab, idf, [c for c, _ in docs], mat


_SIM = _similarity_index()


def similarity(text: str) -> dict[str, float]:
    """Cosine of her question with the nearest study item or definition phrase, per construct."""
    vocab, idf, owners, mat = _SIM
    vec = np.zeros(len(vocab))
    for k, v in _grams(_norm(text)).items():
        if k in vocab:
            vec[vocab[k]] = (1 + math.log(v)) * idf[vocab[k]]
    norm = np.linalg.norm(vec)
    if norm == 0:
        return {}
    cos = mat @ (vec / norm)
    out: dict[str, float] = {}
    for c, v in zip(owners, cos, strict=True):
        out[c] = max(out.get(c, 0.0), float(v))
    return out


# -- column kinds ----------------------------------------------------------------------
_PROFILE_HEADERS = {
    "gender": r"\b(gender|sex|jenis kelamin|kelamin)\b",
    "age": r"\b(age|usia|umur|how old|age group|kelompok usia)\b",
    "platform": r"\b(platform|aplikasi apa|which app|di mana anda|where do you)\b",
    "frequency": r"(how often|how many times|berapa kali|seberapa sering|frekuensi|frequency)",
    "watch_length": r"(how long|berapa lama|lama menonton|durasi menonton|watch length)",
}
_PROFILE_VALUES = {
    "gender": r"^(male|female|man|woman|laki-laki|laki laki|perempuan|pria|wanita|l|p|m|f)$",
    "age": r"(\d+\s*(tahun|years?|thn)|^\d{2}\s*-\s*\d{2}$|^(under|over|di bawah|di atas) \d+)",
    "platform": r"(tiktok|shopee|instagram|tokopedia|lazada|facebook|youtube|whatsapp)",
    "frequency": r"(setiap hari|every day|seminggu|once a|sebulan|a week|a month|kali|times)",
    "watch_length": r"(menit|minutes?|jam|hours?)",
}
_TIME_HEADERS = {
    "time": r"^(timestamp|time stamp|cap waktu|stempel waktu|submitted|submission time|"
    r"submitted at|waktu pengisian|tanggal|date)\b",
    "start": r"^(start|started|start time|start date|mulai|waktu mulai)\b",
    "end": r"^(end|ended|end time|end date|completion time|completed|selesai|waktu selesai)\b",
    "duration": r"\b(duration|durasi pengisian|time taken|seconds|detik|lama pengisian)\b",
}
_EMAIL_HEADER = r"\b(e-?mail|surel|email address|alamat email)\b"
_NAME_HEADER = r"^(name|nama|full name|first name|last name|nama lengkap|your name|nama anda)\b"
_ID_HEADER = (
    r"^(id|no|no\.|nomor|#|respondent id|collector id|ip address|response id|uuid|_id|"
    r"_uuid|_index|_submission_time|token|network id)$"
)
_SCREENING_HEADER = r"\b(pernah menonton|ever watched|have you (ever )?watched|17)\b"


def _is_blank(v: object) -> bool:
    return (
        v is None
        or (isinstance(v, float) and math.isnan(v))
        or (isinstance(v, str) and not v.strip())
    )


def _example(v: object) -> str:
    """An answer as she typed it: 4, not the 4.0 of a number column that has blanks."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)[:40]


def _answer_values(values: list) -> np.ndarray | None:
    """The column as agreement codes when (nearly) every answer is one, else None."""
    labels = scale_labels(values)
    out = []
    for v in values:
        if isinstance(v, bool | dt.date | dt.time | dt.timedelta | pd.Timestamp):
            return None
        if isinstance(v, int | float | np.integer | np.floating):
            out.append(float(v))
        else:
            code = answer_number(v, labels)
            out.append(np.nan if code is None else code)
    arr = np.array(out, dtype=float)
    ok = np.isfinite(arr)
    if ok.mean() < 0.9:
        return None
    good = arr[ok]
    if not len(good) or (good != np.round(good)).any() or good.min() < 0 or good.max() > 10:
        return None
    if len(np.unique(good)) < 2:
        return None
    return arr


def _text_labels(values: list) -> bool:
    return any(isinstance(v, str) and not re.fullmatch(r"\s*\d+\s*", v) for v in values)


@dataclass(frozen=True)
class ColumnSuggestion:
    """One column of her file: what it looks like and what it is suggested to be."""

    column: str
    question: str
    section: str
    kind: str
    maps_to: str | None = None
    confidence: float = 1.0
    reason: str = ""
    params: tuple[tuple[str, str], ...] = ()
    examples: tuple[str, ...] = ()

    def record(self) -> dict:
        return {
            "column": self.column,
            "kind": self.kind,
            "maps_to": self.maps_to,
            "confidence": round(float(self.confidence), 2),
            "reason": explain(self.reason, dict(self.params), "en"),
            "reason_code": self.reason,
            "reason_params": dict(self.params),
        }


def explain(code: str, params: dict | None = None, lang: str = "en") -> str:
    """A suggestion's reason in the user's language (the one place reasons are worded)."""
    key = f"intake.reason.{code}"  # the catalog words every reason code
    if key not in catalog.CATALOG:
        return code
    try:
        return catalog.say(key, lang, **(params or {}))
    except (KeyError, IndexError):  # a reason saved without its parameters
        entry = catalog.CATALOG[key]
        return entry.get(lang) or entry["en"]


def _timing_or_item(header: str, low: str, present: list) -> str | None:
    """'item' for answers on an agreement scale, a timing kind for a timing header (unless
    a statement answered on the scale carries it); None for anything else."""
    answers = _answer_values(present)
    for kind, pattern in _TIME_HEADERS.items():
        if re.search(pattern, low) and not (answers is not None and _statement(header)):
            return kind
    if answers is not None and (
        _text_labels(present) or not _profile_header(low) or _statement(header)
    ):
        # content wins: agreement labels, or a statement answered 1-5, is a question of
        # the model even when it mentions 'age' or 'breed'
        return "item"
    return None


def _contact_or_time(low: str, present: list, strings: list[str]) -> str | None:
    """E-mail addresses, names, or dates and times (by header or content)."""
    if re.search(_EMAIL_HEADER, low) or (sum("@" in str(v) for v in present) > 0.5 * len(present)):
        return "email"
    if re.search(_NAME_HEADER, low):
        return "name"
    if all(isinstance(v, dt.date | dt.datetime | pd.Timestamp) for v in present) or (
        np.mean([bool(re.search(r"\d{1,4}[/-]\d{1,2}[/-]\d{1,4}.*\d:\d\d", s)) for s in strings])
        > 0.9
    ):
        return "time"
    return None


def _question_kind(low: str, present: list, strings: list[str]) -> tuple[str, str | None]:
    """A screening or profile question (by header, then by its answers), a respondent
    number, free text or another choice question."""
    if re.search(_SCREENING_HEADER, low) and set(strings) <= {"ya", "yes", "tidak", "no"}:
        return "screening", ("age_17_plus" if "17" in low else "has_watched")
    field = _profile_header(low)
    if field:
        return "profile", field
    distinct = sorted(set(strings))
    for field, pattern in _PROFILE_VALUES.items():
        if np.mean([bool(re.search(pattern, s)) for s in distinct]) >= 0.6 and len(distinct) <= 12:
            return "profile", field
    if all(isinstance(v, int | float | np.integer | np.floating) for v in present):
        return ("id" if len(set(present)) == len(present) else "choice"), None
    mean_len = np.mean([len(s) for s in strings])
    if len(distinct) > max(12, 0.3 * len(strings)) or mean_len >= 25:
        return "text", None
    return "choice", None


def _classify(header: str, values: list) -> tuple[str, str | None]:
    """(kind, profile/screening field or None) for one column, content first."""
    present = [v for v in values if not _is_blank(v)]
    low = " ".join(str(header).lower().split())
    if not present:
        return "empty", None
    if re.search(_ID_HEADER, low):
        return "id", None
    kind = _timing_or_item(header, low, present)
    if kind is None:
        strings = [str(v).strip().lower() for v in present]
        kind = _contact_or_time(low, present, strings)
        if kind is None:
            return _question_kind(low, present, strings)
    return kind, None


def _statement(header: str) -> bool:
    """A sentence to agree with ('They recommend food for my dog's age'), not a profile
    question ('Age', 'How old are you?', 'Berapa kali ...?')."""
    q = question_text(header).strip()
    return (
        len(q.split()) >= 6
        and not q.endswith("?")
        and not re.match(r"(?i)(how|what|which|berapa|apa|di ?mana|kapan)\b", q)
    )


def _profile_header(low: str) -> str | None:
    for field, pattern in _PROFILE_HEADERS.items():
        if re.search(pattern, low):
            return field
    return None


# -- the suggestion ---------------------------------------------------------------------
@dataclass(frozen=True)
class Intake:
    """Every column of her file with its kind and suggestion (see the module docstring)."""

    columns: tuple[ColumnSuggestion, ...]
    constructs: tuple[str, ...]
    #: (item code, its construct) for the model's own item codes
    owners: tuple[tuple[str, str], ...] = ()

    @property
    def answer_columns(self) -> tuple[ColumnSuggestion, ...]:
        return tuple(c for c in self.columns if c.kind == "item")

    def filled(self) -> dict[str, int]:
        """Columns per construct (a column mapped to an item code counts for its construct)."""
        out = dict.fromkeys(self.constructs, 0)
        owners = dict(self.owners)
        for c in self.answer_columns:
            owner = c.maps_to if c.maps_to in out else owners.get(c.maps_to or "")
            if owner:
                out[owner] += 1
        return out

    def missing(self) -> list[str]:
        """Constructs that no column fills."""
        return [c for c, n in self.filled().items() if n == 0]

    @property
    def confident(self) -> bool:
        """Every answer column recognised with confidence and every construct filled."""
        return (
            bool(self.answer_columns)
            and all(c.confidence >= CONFIDENT for c in self.answer_columns)
            and not self.missing()
        )

    @property
    def coded(self) -> bool:
        """A coded export: answer columns name item codes in their headers (other answer
        questions beside them are left out of the model, as before)."""
        return any(c.reason == "code" for c in self.answer_columns) and all(
            c.reason in ("code", "extra") for c in self.answer_columns
        )

    def overrides(self) -> dict[str, str | None]:
        """column -> target for :func:`engine.intake.survey.import_survey` (None: not used)."""
        return {c.column: c.maps_to for c in self.columns}

    def records(self) -> list[dict]:
        return [c.record() for c in self.columns]

    def mapping_json(self) -> str:
        """The suggested mapping in the saved-mapping format (``survey.load_mapping``)."""
        return json.dumps(
            {"driver_lab_mapping": 1, "columns": self.records(), "reversed_items": []},
            indent=1,
            ensure_ascii=False,
        )


def _softmax(scores: np.ndarray, temperature: float = 1.5) -> np.ndarray:
    z = (scores - scores.max()) / temperature
    e = np.exp(z)
    return e / e.sum()


def _column_rows(frame: pd.DataFrame, spec: ModelSpec) -> list[dict]:
    """Each column's header parts, kind (a profile field taken once) and item code."""
    keys = item_keys(spec)
    rows: list[dict] = []
    taken_profile: set[str] = set()
    for position, col in enumerate(frame.columns):
        header = str(col)
        section, question = split_header(header)
        # the kind shows in the first answers: bounded work on a large file
        values = frame.iloc[:SAMPLE_ROWS, position].tolist()
        examples = tuple(dict.fromkeys(_example(v) for v in values if not _is_blank(v)).keys())[:3]
        code = header.strip() if header.strip() in spec.items else item_code(header, keys)
        kind, field = _classify(header, values)
        row = {
            "column": header,
            "question": question,
            "section": section,
            "kind": kind,
            "field": field,
            "examples": examples,
            "code": code,
        }
        if kind == "profile" and field in taken_profile:
            row["kind"], row["field"] = "choice", None
        elif kind == "profile" and field is not None:
            taken_profile.add(field)
        if code and kind in ("item", "choice", "empty"):
            row["kind"] = "item"
        rows.append(row)
    return rows


def _suggest_answers(rows: list[dict], constructs: tuple[str, ...]) -> None:
    """A construct for each answer column without an item code (in place); in a coded
    export such questions stay out, as before."""
    answer = [r for r in rows if r["kind"] == "item" and not r["code"]]
    coded = sum(1 for r in rows if r["kind"] == "item" and r["code"]) >= 3
    if answer and coded:
        for r in answer:
            r.update(maps_to=None, confidence=0.9, reason="extra", params=())
    elif answer:
        _suggest_constructs(answer, constructs)


def _suggestion(r: dict, spec: ModelSpec, saved: dict[str, str | None] | None) -> ColumnSuggestion:
    """One column's suggestion: her saved choice, its item code, its construct, or its kind."""
    common = {
        "column": r["column"],
        "question": r["question"],
        "section": r["section"],
        "examples": r["examples"],
    }
    if saved and r["column"] in saved:
        target = saved[r["column"]]
        kind = r["kind"] if target is None or r["kind"] != "item" else "item"
        if target and (target in spec.names or target in spec.items):
            kind = "item"
        return ColumnSuggestion(**common, kind=kind, maps_to=target, confidence=1.0, reason="saved")
    if r["kind"] == "item" and r["code"]:
        params = (("item", r["code"]),)
        return ColumnSuggestion(
            **common, kind="item", maps_to=r["code"], reason="code", params=params
        )
    if r["kind"] == "item":
        return ColumnSuggestion(
            **common,
            kind="item",
            maps_to=r["maps_to"],
            confidence=r["confidence"],
            reason=r["reason"],
            params=r["params"],
        )
    if r["kind"] in ("profile", "screening"):
        params = (("field", r["field"]),)
        return ColumnSuggestion(
            **common,
            kind=r["kind"],
            maps_to=r["field"],
            confidence=0.9,
            reason=r["kind"],
            params=params,
        )
    if r["kind"] in ("time", "start", "end", "duration"):
        target = {"time": "timestamp"}.get(r["kind"], r["kind"])
        return ColumnSuggestion(**common, kind=r["kind"], maps_to=target, reason="time")
    return ColumnSuggestion(**common, kind=r["kind"], reason=r["kind"])


def _one_of_each_time(columns: list[ColumnSuggestion]) -> tuple[ColumnSuggestion, ...]:
    """One timestamp, start, end, duration at most (import_survey maps each once)."""
    seen: set[str] = set()
    final = []
    for c in columns:
        if c.kind in ("time", "start", "end", "duration") and c.maps_to:
            if c.maps_to in seen:
                c = ColumnSuggestion(
                    c.column, c.question, c.section, "time", None, 1.0, "time", (), c.examples
                )
            seen.add(c.maps_to or "")
        final.append(c)
    return tuple(final)


def suggest(
    frame: pd.DataFrame,
    spec: ModelSpec = STUDY_MODEL,
    saved: dict[str, str | None] | None = None,
) -> Intake:
    """Kinds and construct suggestions for every column of ``frame`` (see the docstring).

    ``saved``: a mapping the owner confirmed before (column -> target); columns it
    names keep her choice.
    """
    rows = _column_rows(frame, spec)
    _suggest_answers(rows, spec.names)
    columns = _one_of_each_time([_suggestion(r, spec, saved) for r in rows])
    owners = tuple((i, c.name) for c in spec.constructs for i in c.indicators)
    return Intake(columns, spec.names, owners)


def _stay_odds(probs: np.ndarray, k: int) -> float:
    """Odds of staying in the same construct from one column to the next, measured on
    her survey: among consecutive columns whose wording alone is clear, the share that
    agree (shrunk to even odds), turned into odds against one other construct, between
    1 (no pull) and :data:`STAY`."""
    pick = probs.argmax(axis=1)
    clear = probs.max(axis=1) >= 0.6
    pairs = [(pick[i] == pick[i + 1]) for i in range(len(pick) - 1) if clear[i] and clear[i + 1]]
    share = (sum(pairs) + 1.0) / (len(pairs) + 2.0)
    odds = share * (k - 1) / max(1e-6, 1 - share)
    return float(min(STAY, max(1.0, odds)))


#: A section holding more than this share of her answer questions is a container, not a topic.
CONTAINER_SHARE = 0.5


def is_container(members: int, questions: int, constructs: int) -> bool:
    """Whether a section of ``members`` of her ``questions`` answer questions is a container
    of the questionnaire rather than a topic, so that its title gets no say.

    One group over most of the questionnaire (KoboToolbox's "group_survey" or
    "penilaian" around every question, a form's single "Penilaian" page) spans several
    constructs, so its title says nothing about which one a question measures; read as a
    topic it pulled every vaguely worded question toward the construct its title
    resembles (eight of the 17 misses on tests/owner_surveys_blind2.py came from one
    such Kobo export). A section of at most half the questions (``CONTAINER_SHARE``) is
    a topic. With one or two constructs a section over most of the questions can be a
    real topic, so it is never a container there.
    """
    return constructs > 2 and members > CONTAINER_SHARE * questions


def _own_evidence(
    rows: list[dict], constructs: tuple[str, ...]
) -> tuple[np.ndarray, list[dict[str, list[str]]]]:
    """Each question's wording scores per construct, and the words that gave them."""
    own = np.zeros((len(rows), len(constructs)))
    hits: list[dict[str, list[str]]] = []
    for i, r in enumerate(rows):
        scores = wording_scores(r["question"], constructs)
        own[i] = [scores[c][0] for c in constructs]
        hits.append({c: scores[c][1] for c in constructs})
    return own, hits


def _section_evidence(
    rows: list[dict], constructs: tuple[str, ...], own: np.ndarray
) -> tuple[np.ndarray, dict[str, int]]:
    """A section's title, and the words of all its questions, speak for each question in
    it: (the bounded say per question and construct, the construct each section points to)."""
    k = len(constructs)
    sections: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r["section"]:
            sections.setdefault(r["section"], []).append(i)
    by_section = np.zeros_like(own)
    section_pick: dict[str, int] = {}
    for title, members in sections.items():
        if is_container(len(members), len(rows), k):  # its title says nothing: no say
            continue
        title_scores = wording_scores(title, constructs)
        title_vec = np.array([title_scores[c][0] for c in constructs])
        total = 3 * title_vec + own[members].sum(axis=0)
        if total.max() > 0:
            section_pick[title] = int(np.argmax(total))
            # a bounded say: the section settles a vaguely worded question, but a question
            # clearly about something else (an 'ask to see it' in a 'Chat' section) keeps it
            by_section[members] = SECTION_BONUS * _softmax(total, temperature=3.0)
    return by_section, section_pick


def _best_path(probs: np.ndarray, stay: float) -> list[int]:
    """The most likely construct per column in column order (Viterbi), staying in one
    construct from a column to the next worth ``stay`` (a log-odds)."""
    n, k = probs.shape
    logp = np.log(probs + 1e-9)
    best = logp[0].copy()
    back = np.zeros((n, k), dtype=int)
    for i in range(1, n):
        trans = best[:, None] + np.where(np.eye(k, dtype=bool), stay, 0.0)
        back[i] = trans.argmax(axis=0)
        best = trans.max(axis=0) + logp[i]
    path = [int(best.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i][path[-1]]))
    path.reverse()
    return path


def _reason(
    r: dict, c: int, own: np.ndarray, hits: dict[str, list[str]], name: str, pick: int | None
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Why column ``r`` goes to construct ``c``: its section, its words, or neither."""
    if r["section"] and pick == c:
        return "section", (("section", r["section"]),)
    p_own = float(_softmax(own)[c]) if own.max() > 0 else 1.0 / len(own)
    if own.max() > 0 and int(np.argmax(own)) == c and p_own >= 0.5:
        return "words", (("words", ", ".join(f"'{w}'" for w in hits[name][:3])),)
    return "", ()


def _suggest_constructs(rows: list[dict], constructs: tuple[str, ...]) -> None:
    """Fill maps_to, confidence, reason, params of the answer rows (in column order)."""
    k = len(constructs)
    own, hits = _own_evidence(rows, constructs)
    by_section, section_pick = _section_evidence(rows, constructs, own)
    probs = np.zeros_like(own)
    for i in range(len(rows)):
        probs[i] = _softmax(own[i] + by_section[i])
    # column order: consecutive questions usually belong together -- as much as her own
    # clearly worded neighbours show they do (a shuffled survey gets no pull at all)
    path = _best_path(probs, math.log(_stay_odds(probs, k)))
    for i, r in enumerate(rows):
        c = path[i]
        name = constructs[c]
        neighbours = [path[j] for j in (i - 1, i + 1) if 0 <= j < len(rows)]
        agree = np.mean([n == c for n in neighbours]) if neighbours else 0.0
        confidence = min(0.99, 0.65 * float(probs[i][c]) + 0.35 * agree)
        reason, params = _reason(r, c, own[i], hits[i], name, section_pick.get(r["section"]))
        if not reason and agree > 0:
            reason = "neighbours"
            confidence = min(confidence, 0.6)
        elif not reason:
            reason = "guess"
            confidence = min(confidence, 0.3)
        r.update(maps_to=name, confidence=round(confidence, 2), reason=reason, params=params)


def refuse_unusable(intake: Intake) -> None:
    """Refuse a file with no answer column at all, naming what is missing."""
    from engine.base.errors import DataError

    if intake.answer_columns:
        return
    columns = (
        catalog.shortlist((f"'{c.question[:30]}'" for c in intake.columns), limit=4)
        if intake.columns
        else catalog.message("intake.nothing")
    )
    raise DataError.coded("intake_no_answers", items=len(intake.owners), columns=columns)


def with_choices(intake: Intake, choices: dict[str, str | None]) -> Intake:
    """The intake with the owner's choices (column -> target, None: not used); a changed
    column's reason becomes 'your choice'."""
    out = []
    for c in intake.columns:
        if c.column in choices and choices[c.column] != c.maps_to:
            target = choices[c.column]
            kind = "item" if c.kind == "item" or target in intake.constructs else c.kind
            c = ColumnSuggestion(
                c.column, c.question, c.section, kind, target, 1.0, "user", (), c.examples
            )
        out.append(c)
    return Intake(tuple(out), intake.constructs, intake.owners)
