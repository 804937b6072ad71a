"""The study's questionnaire: item wordings, profile questions and answer codings.

Written for Driver Lab in English and Bahasa Indonesia, adapted in spirit from
the scales the study cites (Chen & Lin 2018; Kim & Park 2013; Alimamy & Gnoth
2022; Wongkitrungrueng & Assarut 2020; Opata et al. 2019); not the original
instruments' wording. Used by the sample generator, the data dictionary, the
importer and the questionnaire template, so all four always agree.
"""

from __future__ import annotations

from engine.base import text

#: Five-point agreement scale: code -> (English, Indonesian).
SCALE = {
    1: ("Strongly disagree", "Sangat Tidak Setuju"),
    2: ("Disagree", "Tidak Setuju"),
    3: ("Neutral", "Netral"),
    4: ("Agree", "Setuju"),
    5: ("Strongly agree", "Sangat Setuju"),
}

#: Item code -> (English wording, Indonesian wording).
ITEMS = {
    "INT01": (
        "The streamer answers viewers' questions during the live stream.",
        "Streamer menjawab pertanyaan penonton selama siaran langsung.",
    ),
    "INT02": (
        "I can talk with the streamer in real time.",
        "Saya dapat berkomunikasi dengan streamer secara langsung.",
    ),
    "INT03": (
        "The streamer responds quickly to comments.",
        "Streamer merespons komentar dengan cepat.",
    ),
    "INT04": (
        "The live stream makes me feel part of the conversation.",
        "Siaran langsung membuat saya merasa ikut dalam percakapan.",
    ),
    "INF01": (
        "The live stream gives me useful information about the products.",
        "Siaran langsung memberi saya informasi yang berguna tentang produk.",
    ),
    "INF02": ("The information shown is accurate.", "Informasi yang disampaikan akurat."),
    "INF03": (
        "The streamer shows details I cannot see in product photos.",
        "Streamer menunjukkan detail yang tidak terlihat di foto produk.",
    ),
    "INF04": (
        "I learn how to use the products from the live stream.",
        "Saya belajar cara memakai produk dari siaran langsung.",
    ),
    "PSN01": (
        "The streamer recommends products that suit me.",
        "Streamer merekomendasikan produk yang sesuai untuk saya.",
    ),
    "PSN02": (
        "The streamer greets viewers by name.",
        "Streamer menyapa penonton dengan menyebut namanya.",
    ),
    "PSN03": (
        "I can ask for a product to be shown the way I want.",
        "Saya dapat meminta produk diperlihatkan sesuai keinginan saya.",
    ),
    "PSN04": (
        "The live stream feels made for someone like me.",
        "Siaran langsung terasa dibuat untuk orang seperti saya.",
    ),
    "PSN05": (
        "The streamer responds to my personal needs.",
        "Streamer menanggapi kebutuhan pribadi saya.",
    ),
    "CLE01": (
        "I enjoy watching this shop's live streams.",
        "Saya senang menonton siaran langsung toko ini.",
    ),
    "CLE02": (
        "I pay full attention during the live stream.",
        "Saya memperhatikan sepenuhnya selama siaran langsung.",
    ),
    "CLE03": (
        "I feel connected to the streamer and other viewers.",
        "Saya merasa terhubung dengan streamer dan penonton lain.",
    ),
    "CLE04": (
        "I often comment or react during the live stream.",
        "Saya sering berkomentar atau bereaksi selama siaran langsung.",
    ),
    "VCC01": (
        "I share my ideas with the shop during the live stream.",
        "Saya berbagi ide dengan toko selama siaran langsung.",
    ),
    "VCC02": (
        "I give feedback that helps the shop improve.",
        "Saya memberi masukan yang membantu toko menjadi lebih baik.",
    ),
    "VCC03": (
        "I help other viewers choose products.",
        "Saya membantu penonton lain memilih produk.",
    ),
    "VCC04": (
        "I feel I create value together with the shop.",
        "Saya merasa ikut menciptakan nilai bersama-sama dengan toko ini.",
    ),
    "VCC05": (
        "I would recommend the shop's live streams to others.",
        "Saya akan merekomendasikan siaran langsung toko ini kepada orang lain.",
    ),
}


def _answers(field: str, *codes: str) -> dict[str, tuple[str, str]]:
    """Canonical answer -> (English, Indonesian), in the catalog's words (val.<field>.<answer>)."""
    return {
        code: (text.say(f"val.{field}.{code}", "en"), text.say(f"val.{field}.{code}", "id"))
        for code in codes
    }


#: Profile questions: field -> (English question, Indonesian question, answers).
#: Answers: canonical label (as paper-tables.json prints it) -> (English, Indonesian).
PROFILE = {
    "gender": (
        "Gender",
        "Jenis kelamin",
        _answers("gender", "Male", "Female"),
    ),
    "age": (
        "Age",
        "Usia",
        _answers("age", "17-22", "23-28", "29-34", "35-40", ">40"),
    ),
    "watch_length": (
        "How long do you usually watch a live-streaming sale?",
        "Biasanya berapa lama Anda menonton satu live jualan?",
        _answers("watch_length", "<30 min", "30-60 min", "61-90 min", ">90 min"),
    ),
    "platform": (
        "On which platform do you watch live-streaming sales most?",
        "Di platform mana Anda paling sering menonton live jualan?",
        _answers("platform", "Instagram", "Tokopedia", "Shopee", "Lazada", "Tiktok"),
    ),
    "frequency": (
        "How many times a month do you watch live-streaming sales?",
        "Berapa kali dalam sebulan Anda menonton live jualan?",
        _answers("frequency", "1-3 times", "4-6 times", "7-9 times", ">9 times"),
    ),
}

#: Screening questions: field -> (English, Indonesian); answered Yes/Ya to take part.
SCREENING = {
    "age_17_plus": (
        "Are you an Indonesian citizen aged 17 or older?",
        "Apakah Anda warga negara Indonesia berusia 17 tahun atau lebih?",
    ),
    "has_watched": (
        "Have you ever watched a live-streaming sale (live-streaming commerce)?",
        "Apakah Anda pernah menonton live jualan (belanja lewat siaran langsung)?",
    ),
}
YES = ("Yes", "Ya")
NO = ("No", "Tidak")


def wording(code: str, lang: str, own: str | None = None) -> str:
    """An item's question in ``lang``: ``own`` when the owner's model names it in her own
    words (issue 12: her questionnaire's wording, the same in both languages), else the
    study questionnaire's, else "" (an item of neither)."""
    if own and own != code:
        return own
    pair = ITEMS.get(code)
    return "" if pair is None else pair[0 if lang == "en" else 1]


def item_header(code: str, lang: str = "id") -> str:
    """The header a questionnaire tool exports: the code, then the question."""
    en, idn = ITEMS[code]
    return f"{code} - {idn if lang == 'id' else en}"
