"""One bilingual message catalog and one number format, for the engine, the CLI and the app.

The engine speaks in codes with parameters (a note's ``code`` and ``params``,
an error's ``code``, an advice record's codes, a table's column names); this
module turns them into English or Bahasa Indonesia:

- ``say(key, lang, **params)`` renders one catalog entry. Parameters are
  formatted by one rule: numbers with the language's decimal mark (``0.708`` /
  ``0,708``; thousands ``1,500`` / ``1.500``), lists as "a, b and 3 more" /
  "a, b dan 3 lainnya", nested messages (``{"code": ..., "params": ...}``) in
  the same language.
- ``number(x, lang, spec)`` is that number rule on its own (tables, metrics,
  files); ``listing(items, lang)`` the list rule.
- ``register(entries)`` adds a block of entries. The pages' labels are here too
  (words are words; ``ui/i18n.py`` keeps only the Streamlit glue, ``t()`` in the
  session's language), so that there is one lookup and one formatter.

A test keeps every entry in both languages and fails on entries nothing uses.
No Streamlit here: the command line prints the same sentences.
"""

from __future__ import annotations

import math
import numbers
import string
from collections.abc import Iterable, Mapping
from typing import Any

from engine.base import thresholds as th

LANGS = ("en", "id")
#: The dash shown for an empty or undefined number (never "None" or "nan").
EMPTY = "—"

#: Every engine message: key -> {"en": ..., "id": ...}. Placeholders use
#: str.format syntax; a number's format spec (``{x:.3f}``) sets its decimals,
#: the language sets its decimal mark. Threshold names (``{LOADING_MIN}``) are
#: always available.
CATALOG: dict[str, dict[str, str]] = {}

#: Values every message may cite without passing them: the rules of thumb.
DEFAULTS: dict[str, Any] = {
    name: getattr(th, name) for name in dir(th) if name.isupper() and not name.startswith("_")
}


def register(entries: Mapping[str, Mapping[str, str]]) -> None:
    """Add entries to the one catalog (the app's own labels)."""
    for key, entry in entries.items():
        CATALOG[key] = dict(entry)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def number(value: Any, lang: str = "en", spec: str = "") -> str:
    """A number as people read it in ``lang``: ``0.708`` in English, ``0,708`` in Indonesian.

    ``spec`` is a Python format spec (``".3f"``, ``"+.2f"``, ``".0%"``, ``",d"``);
    without one, integers print whole and other numbers to three decimals.
    Missing and infinite values print as a dash.
    """
    if value is None:
        return EMPTY
    if not _is_number(value):
        return str(value) if spec == "" else format(value, spec)
    x = float(value)
    if math.isnan(x) or math.isinf(x):
        return EMPTY
    whole = isinstance(value, numbers.Integral)
    if not spec:
        spec = "d" if whole else ".3f"
    out = format(int(value) if whole else round(x), spec) if spec.endswith("d") else format(x, spec)
    if out.endswith("%"):
        out = out[:-1].rstrip() + "%"
    if out.startswith("-") and not any(c in "123456789" for c in out):  # -0.0004 -> 0.000
        out = ("+" if "+" in spec else "") + out[1:]
    if lang == "id":
        out = out.translate(_SWAP)
    return out


_SWAP = str.maketrans({".": ",", ",": "."})


def listing(items: Iterable[Any], lang: str = "en", limit: int | None = 8) -> str:
    """``a, b, c``; beyond ``limit``: ``a, b, … and 14 more`` / ``… dan 14 lainnya``."""
    items = list(items)
    shown = [number(i, lang) if _is_number(i) else str(i) for i in items]
    # decimal commas would run into the list's commas: numbers are then split by "; "
    sep = "; " if lang == "id" and any(_is_number(i) for i in items) else ", "
    if limit is not None and len(shown) > limit:
        return say("list.more", lang, shown=sep.join(shown[:limit]), n=len(shown) - limit)
    return sep.join(shown)


def shortlist(items: Iterable[Any], limit: int = 5) -> Any:
    """Labels for a message, cut after ``limit`` with a translated "and N more" tail."""
    shown = [str(i) for i in items]
    if len(shown) <= limit:
        return ", ".join(shown)
    return message("list.more", shown=", ".join(shown[:limit]), n=len(shown) - limit)


def is_message(value: Any) -> bool:
    """A nested message: a mapping with a ``code`` (and optional ``params``)."""
    return isinstance(value, Mapping) and "code" in value


def message(code: str, /, **params: Any) -> dict[str, Any]:
    """A message as data (JSON-ready), rendered later with :func:`render`."""
    return {"code": code, "params": params}


def render(msg: Mapping[str, Any], lang: str = "en") -> str:
    return say(msg["code"], lang, **dict(msg.get("params") or {}))


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if is_message(value):
            return render(value, self.lang)
        if isinstance(value, list | tuple):
            if value and all(is_message(v) for v in value):
                return ", ".join(render(v, self.lang) for v in value)
            return listing(value, self.lang)
        if _is_number(value):
            return number(value, self.lang, format_spec)
        return format(value, format_spec)


def say(key: str, lang: str = "en", /, **params: Any) -> str:
    """The catalog entry ``key`` in ``lang`` ("en" or "id"), its parameters formatted."""
    entry = CATALOG[key]
    template = entry.get(lang) or entry["en"]
    if "{" not in template:
        return template
    values = {**DEFAULTS, **params}
    return _Formatter(lang).vformat(template, (), values)


def missing_languages() -> list[str]:
    """Catalog keys without both languages (a test keeps this empty)."""
    return [k for k, e in CATALOG.items() if not all(e.get(lang) for lang in LANGS)]


#: Keys the code builds at run time from a prefix and a code (``f"err.{code}"``), with
#: where their codes come from: ``raised`` (``DriverLabError.coded("<code>", ...)``: every
#: code raised has its entry, every entry is raised), ``constructs`` (the study model's
#: construct codes), ``pairs`` (``val.<field>.<value>``: both written in the code) and
#: ``named`` (a code written out where it is decided: a note code, a column name, an
#: action). ``.hint`` and ``_help`` may follow a built key (``err.<code>.hint``,
#: ``rep.<table>_help``). tests/test_text.py fails on a key built from a prefix missing
#: here and on an entry whose code nothing uses; a helper adding a family adds it here.
FAMILIES: dict[str, str] = {
    "err.": "raised",
    "lever.": "constructs",
    "tactic.": "constructs",
    "construct.": "constructs",
    "val.": "pairs",
    "note.": "named",
    "reason.": "named",
    "stat.": "named",
    "level.": "named",
    "verdict.": "named",
    "a.action.": "named",
    "adv.measure.todo.": "named",
    "adv.item.": "named",
    "adv.topic.": "named",
    "col.": "named",
    "field.": "named",
    "file.stem.": "named",
    "sheet.": "named",
    "about.": "named",
    "tpl.": "named",
    "tpl.kind.": "named",
    "learn.": "named",
    "rep.": "named",
    "rep.change.": "named",
    "rep_what.": "named",
    "rep_why.": "named",
    "io.note.": "named",
    "intake.reason.": "named",
    # the Word chapter's own say() adds doc. to its keys (engine.outputs.word)
    "drv.quadrant.": "named",
    "doc.": "named",
    "doc.q.": "named",
    "doc.ci.": "named",
    "doc.type.": "named",
    "doc.med.": "named",
    "doc.scheme.": "named",
    "doc.missing.": "named",
    "doc.strength.": "named",
    "doc.verdict.": "named",
    "s.type.": "named",
    "s.med.": "named",
    "c.move.": "named",
    "form.": "named",
    "data.leave_out.": "named",
}


# -- the engine's own entries ------------------------------------------------------------
# Grouped by prefix: list.* (lists), note.* (findings, by note code), err.* (errors a user
# can act on: err.X is the message, err.X.hint what to do), reason.* (screening reasons
# and answer problems), col.* (table headers, by column name), val.* (answer labels),
# stat.* (names of statistics inside sentences), file.* (words in exported files).

register(
    {
        "list.more": {"en": "{shown} and {n} more", "id": "{shown} dan {n} lainnya"},
        "list.and": {"en": "{head} and {last}", "id": "{head} dan {last}"},
    }
)

# -- findings about an estimated model (engine.core.notes), by note code -----------------------
register(
    {
        "note.NOT_CONVERGED": {
            "en": "The estimation did not settle within {max_iter} iterations, so the numbers "
            "may be unstable. Check for questions with almost no variation, very small groups of "
            "respondents, or mode B blocks with highly correlated questions.",
            "id": "Estimasi belum konvergen setelah {max_iter} iterasi, jadi angkanya belum "
            "bisa dipegang. Periksa pertanyaan yang jawabannya hampir tidak bervariasi, kelompok "
            "responden yang sangat kecil, atau blok mode B dengan pertanyaan yang sangat "
            "berkorelasi.",
        },
        "note.ROWS_DROPPED": {
            "en": "{n_dropped} of {n_input} responses were left out because they missed at "
            "least one answer; {n_obs} were used.",
            "id": "{n_obs} dari {n_input} responden dipakai; {n_dropped} tidak dipakai karena "
            "ada pertanyaan yang tidak dijawab.",
        },
        "note.CELLS_REPLACED": {
            "en": "{n_replaced} missing answers were filled with the question's average answer "
            "(mean replacement), which slightly understates how much answers vary.",
            "id": "{n_replaced} jawaban kosong diisi dengan rata-rata pertanyaannya (penggantian "
            "rata-rata), sehingga variasi jawaban tampak sedikit lebih kecil dari "
            "sebenarnya.",
        },
        "note.SMALL_SAMPLE": {
            "en": "Only {n_obs} responses: detecting {what} with 80% power in a two-tailed "
            "test at 5% takes about {needed} (inverse square root method, Kock & Hadaya "
            "2018). Treat the results as a first look and collect more responses.",
            "id": "Hanya {n_obs} responden: untuk mendeteksi {what} dengan kekuatan uji 80% "
            "pada uji dua arah 5% dibutuhkan sekitar {needed} responden (metode akar kuadrat "
            "terbalik, Kock & Hadaya 2018). Anggap hasilnya gambaran awal dan tambah "
            "responden.",
        },
        "note.small_what_path": {
            "en": "the smallest path that matters, {path} (β = {beta:.2f})",
            "id": "jalur terkecil yang penting, {path} (β = {beta:.2f})",
        },
        "note.small_what_zero": {
            "en": "a path of β = {beta:.2f} (every path here is practically zero)",
            "id": "jalur sebesar β = {beta:.2f} (semua jalur di sini praktis nol)",
        },
        "note.INDIRECT_CAPPED": {
            "en": "The model has {n_chains:,d} specific indirect effects; the {shown} shortest "
            "are reported. Total effects include all of them.",
            "id": "Model punya {n_chains:,d} pengaruh tidak langsung spesifik; {shown} yang "
            "terpendek dilaporkan. Pengaruh total sudah mencakup semuanya.",
        },
        "note.LOADING_NEGATIVE": {
            "en": "{subject} loads {loading:.3f} on {construct}: it runs against the other "
            "questions. It is probably worded the other way round (reverse-coded); recode it "
            "as (lowest + highest) minus the answer, or remove it.",
            "id": "{subject} memiliki loading {loading:.3f} pada {construct}: arahnya "
            "berlawanan dengan pertanyaan lain. Kemungkinan kalimatnya dibalik (berkode "
            "terbalik); balik kodenya menjadi (nilai terendah + nilai tertinggi) dikurangi "
            "jawaban, atau hapus pertanyaan ini.",
        },
        "note.LOADING_VERY_LOW": {
            "en": "{subject} loads only {loading:.3f} on {construct}, below {LOADING_DROP:.2f}: "
            "it hardly measures the same thing as the other questions. Consider removing it.",
            "id": "{subject} hanya memiliki loading {loading:.3f} pada {construct}, di bawah "
            "{LOADING_DROP:.2f}: pertanyaan ini hampir tidak mengukur hal yang sama dengan "
            "pertanyaan lain. Pertimbangkan untuk menghapusnya.",
        },
        "note.LOADING_LOW": {
            "en": "{subject} loads {loading:.3f} on {construct}, below the usual "
            "{LOADING_MIN:.3f}. Keep it unless removing it lifts {construct}'s reliability "
            "or AVE past its threshold (Hair et al. 2022).",
            "id": "{subject} memiliki loading {loading:.3f} pada {construct}, di bawah batas "
            "lazim {LOADING_MIN:.3f}. Pertahankan, kecuali bila menghapusnya mengangkat "
            "reliabilitas atau AVE {construct} melewati batasnya (Hair dkk. 2022).",
        },
        "note.RELIABILITY_LOW": {
            "en": "{subject}'s questions agree less than usual ({low}; the rule of thumb is at "
            "least {RELIABILITY_MIN:.2f}). Check their wording and look for weak questions.",
            "id": "Pertanyaan-pertanyaan {subject} kurang sejalan ({low}; aturan praktisnya paling "
            "sedikit {RELIABILITY_MIN:.2f}). Periksa kalimatnya dan cari pertanyaan yang lemah.",
        },
        "stat.alpha": {"en": "Cronbach's α {value:.3f}", "id": "α Cronbach {value:.3f}"},
        "stat.rho_a": {"en": "ρA {value:.3f}", "id": "ρA {value:.3f}"},
        "stat.rho_c": {
            "en": "composite reliability ρC {value:.3f}",
            "id": "reliabilitas komposit ρC {value:.3f}",
        },
        "note.RHO_A_UNREADABLE": {
            "en": "{subject}'s ρA is {rho_a:.3f}, which cannot be read as a reliability: one "
            "question ({indicator}) carries almost no weight in the score (weight "
            "{weight:.3f}). Judge {subject}'s reliability by Cronbach's α and ρC.",
            "id": "ρA {subject} {rho_a:.3f}, yang tidak dapat dibaca sebagai reliabilitas: "
            "satu pertanyaan ({indicator}) hampir tidak berbobot dalam skornya (bobot "
            "{weight:.3f}). Nilailah reliabilitas {subject} dari α Cronbach dan ρC.",
        },
        "note.RELIABILITY_TOO_HIGH": {
            "en": "{subject}'s composite reliability ρC is {rho_c:.3f}, above "
            "{RELIABILITY_MAX:.2f}: its questions may be near-duplicates, or respondents may "
            "have given the same answer to all of them (straight-lining).",
            "id": "Reliabilitas komposit ρC {subject} {rho_c:.3f}, di atas "
            "{RELIABILITY_MAX:.2f}: pertanyaan-pertanyaannya mungkin hampir sama, atau responden "
            "memberi jawaban yang sama untuk semuanya (jawaban seragam).",
        },
        "note.AVE_LOW": {
            "en": "{subject} explains on average only {ave:.0%} of its questions' variance (AVE "
            "{ave:.3f}, rule of thumb at least {AVE_MIN:.2f}). Weak questions are the usual "
            "cause.",
            "id": "{subject} rata-rata hanya menjelaskan {ave:.0%} varians pertanyaannya (AVE "
            "{ave:.3f}, aturan praktisnya paling sedikit {AVE_MIN:.2f}). Penyebabnya "
            "biasanya pertanyaan yang lemah.",
        },
        "note.HTMT_HIGH": {
            "en": "{construct_a} and {construct_b} are hard to tell apart (HTMT {value:.3f}, "
            "above {HTMT_LIBERAL:.2f}): respondents may see them as one thing. Compare the "
            "questions of the two side by side; reword the ones that could belong to either, or "
            "merge the two topics.",
            "id": "{construct_a} dan {construct_b} sulit dibedakan (HTMT {value:.3f}, di atas "
            "{HTMT_LIBERAL:.2f}): responden mungkin melihat keduanya sebagai satu hal. "
            "Bandingkan pertanyaan keduanya berdampingan; ubah kalimat pertanyaan yang cocok untuk "
            "keduanya, atau gabungkan kedua topik.",
        },
        "note.HTMT_BORDERLINE": {
            "en": "HTMT of {construct_a} and {construct_b} is {value:.3f}: above the strict "
            "{HTMT_STRICT:.2f}, below the liberal {HTMT_LIBERAL:.2f}. Acceptable if the two "
            "are conceptually close.",
            "id": "HTMT {construct_a} dan {construct_b} {value:.3f}: di atas batas ketat "
            "{HTMT_STRICT:.2f}, di bawah batas longgar {HTMT_LIBERAL:.2f}. Dapat diterima "
            "jika keduanya memang berdekatan secara konsep.",
        },
        "note.VIF_OUTER_HIGH": {
            "en": "{subject} overlaps strongly with the other questions of {construct} (VIF "
            "{vif:.2f}){why}.",
            "id": "{subject} sangat tumpang tindih dengan pertanyaan lain dari {construct} (VIF "
            "{vif:.2f}){why}.",
        },
        "part.vif_formative": {
            "en": ", critical at {VIF_CRITICAL:g}: in a formative (mode B) block its own "
            "weight cannot be told apart from theirs",
            "id": ", kritis pada {VIF_CRITICAL:g}: dalam blok formatif (mode B) bobotnya "
            "sendiri sulit dipisahkan dari pertanyaan lain",
        },
        "part.vif_copy": {
            "en": ": it is a near-copy of another question and adds nothing of its own",
            "id": ": pertanyaan ini hampir sama persis dengan pertanyaan lain dan tidak menambah "
            "informasi",
        },
        "note.VIF_INNER_HIGH": {
            "en": "{source} overlaps with the other drivers of {target} (VIF {vif:.2f}; "
            "ideally below {VIF_IDEAL:g}, critical at {VIF_CRITICAL:g}), so its own effect "
            "is hard to separate from theirs.",
            "id": "{source} tumpang tindih dengan pendorong lain dari {target} (VIF "
            "{vif:.2f}; idealnya di bawah {VIF_IDEAL:g}, kritis pada {VIF_CRITICAL:g}), "
            "sehingga pengaruhnya sendiri sulit dipisahkan.",
        },
        "note.VIF_INNER_ELEVATED": {
            "en": "{source} overlaps somewhat with the other drivers of {target} (VIF "
            "{vif:.2f}; ideally below {VIF_IDEAL:g}, critical at {VIF_CRITICAL:g}), so its "
            "own effect is less certain.",
            "id": "{source} agak tumpang tindih dengan pendorong lain dari {target} (VIF "
            "{vif:.2f}; idealnya di bawah {VIF_IDEAL:g}, kritis pada {VIF_CRITICAL:g}), "
            "sehingga pengaruhnya sendiri kurang pasti.",
        },
        "note.R2_LEVEL": {
            "en": "The model explains {r2:.0%} of the variation in {subject} (R² {r2:.3f}: "
            "{level_word}, by the {R2_WEAK:.2f} / {R2_MODERATE:.2f} / {R2_SUBSTANTIAL:.2f} "
            "rule of thumb).",
            "id": "Model menjelaskan {r2:.0%} variasi {subject} (R² {r2:.3f}: {level_word}, "
            "menurut aturan praktis {R2_WEAK:.2f} / {R2_MODERATE:.2f} / "
            "{R2_SUBSTANTIAL:.2f}).",
        },
        "level.substantial": {"en": "substantial", "id": "substansial"},
        "level.moderate": {"en": "moderate", "id": "sedang"},
        "level.weak": {"en": "weak", "id": "lemah"},
        "level.very weak": {"en": "very weak", "id": "sangat lemah"},
    }
)

# -- errors from checking the survey data (engine.core.data) ----------------------------------
register(
    {
        "err.data_not_table": {
            "en": "The survey data must be a table (a pandas DataFrame).",
            "id": "Data survei harus berupa tabel (pandas DataFrame).",
        },
        "err.data_not_table.hint": {
            "en": "Read the file with engine.read_table() first.",
            "id": "Baca file dengan engine.read_table() terlebih dahulu.",
        },
        "err.data_duplicate_columns": {
            "en": "The data has more than one column named {columns}.",
            "id": "Data punya lebih dari satu kolom bernama {columns}.",
        },
        "err.data_duplicate_columns.hint": {
            "en": "Keep one column per item code.",
            "id": "Simpan satu kolom untuk tiap kode butir.",
        },
        "err.data_missing_columns": {
            "en": "The data has no column for {n_missing} of the model's {n_items} items: "
            "{missing}.",
            "id": "Data tidak punya kolom untuk {n_missing} dari {n_items} butir model: {missing}.",
        },
        "err.data_missing_columns.hint": {
            "en": "Name each item column by its code (for example INT01) or start the question "
            "text with it, or use a model whose item codes match your columns.",
            "id": "Beri nama tiap kolom butir dengan kodenya (misalnya INT01) atau awali teks "
            "pertanyaannya dengan kode itu, atau pakai model yang kode butirnya cocok dengan "
            "kolom Anda.",
        },
        "err.data_boolean_item": {
            "en": "Item {item} holds true/false values, not answers on a scale.",
            "id": "Butir {item} berisi nilai benar/salah, bukan jawaban pada skala.",
        },
        "err.data_boolean_item.hint": {
            "en": "Code the answers as numbers (for example 1 to 5).",
            "id": "Kodekan jawaban sebagai angka (misalnya 1 sampai 5).",
        },
        "err.data_text_item": {
            "en": "Item {item} has text where numbers belong ({examples}) in row(s) {rows}.",
            "id": "Butir {item} berisi teks di tempat angka ({examples}) di baris {rows}.",
        },
        "err.data_text_item.hint": {
            "en": "Code every answer as a number (for example 1 to 5), or leave it empty if it "
            "was not answered.",
            "id": "Kodekan setiap jawaban sebagai angka (misalnya 1 sampai 5), atau kosongkan "
            "jika tidak dijawab.",
        },
        "err.data_infinite": {
            "en": "Item {item} holds an infinite value in row(s) {rows}.",
            "id": "Butir {item} berisi nilai tak hingga di baris {rows}.",
        },
        "err.data_infinite.hint": {
            "en": "Replace it with the answer given, or leave the cell empty.",
            "id": "Ganti dengan jawaban yang diberikan, atau kosongkan selnya.",
        },
        "err.data_never_answered": {
            "en": "No respondent answered {items}.",
            "id": "Tidak ada responden yang menjawab {items}.",
        },
        "err.data_never_answered.hint": {
            "en": "Remove the item from the model or check the column.",
            "id": "Hapus butir itu dari model atau periksa kolomnya.",
        },
        "err.data_too_few_rows": {
            "en": "Only {n_obs} complete response(s) are left{detail}; this model needs at "
            "least {need}.",
            "id": "Hanya tersisa {n_obs} responden dengan jawaban lengkap{detail}; model ini "
            "memerlukan paling sedikit {need}.",
        },
        "part.rows_had_gaps": {
            "en": " ({dropped} of {n_input} rows had unanswered questions)",
            "id": " ({dropped} dari {n_input} baris punya pertanyaan yang tidak dijawab)",
        },
        "err.data_too_few_rows.hint": {
            "en": "Collect more responses, or use mean replacement for unanswered items.",
            "id": "Tambah responden, atau isi butir yang tidak dijawab dengan rata-ratanya "
            "(penggantian rata-rata).",
        },
        "err.data_constant_item": {
            "en": "Item {item} has the same answer ({value:g}) from every respondent{detail}, "
            "so it cannot tell respondents apart.",
            "id": "Butir {item} mendapat jawaban yang sama ({value:g}) dari semua "
            "responden{detail}, sehingga tidak dapat membedakan responden.",
        },
        "part.so_do": {"en": " (so do {others})", "id": " (begitu juga {others})"},
        "err.data_constant_item.hint": {
            "en": "Remove the item from the model, or check that the column holds the answers.",
            "id": "Hapus butir itu dari model, atau periksa apakah kolomnya berisi jawaban.",
        },
    }
)


# -- table headers (col.<column name>) ---------------------------------------------------
#: The engine's column names stay in every export's data; people read these headers.
COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "construct": ("Construct", "Konstruk"),
    "indicator": ("Item", "Butir"),
    "indicators": ("Items", "Butir"),
    "loading": ("Loading", "Loading"),
    "weight": ("Weight", "Bobot"),
    "alpha": ("Cronbach's α", "α Cronbach"),
    "rho_a": ("ρA", "ρA"),
    "rho_c": ("ρC", "ρC"),
    "ave": ("AVE", "AVE"),
    "vif": ("VIF", "VIF"),
    "name": ("Name", "Nama"),
    "estimate": ("Estimate", "Estimasi"),
    "se": ("SE", "SE"),
    "t": ("t", "t"),
    "p": ("p", "p"),
    "ci_lower": ("CI lower", "Batas bawah CI"),
    "ci_upper": ("CI upper", "Batas atas CI"),
    "direct_ci_lower": ("Direct CI lower", "Batas bawah CI langsung"),
    "direct_ci_upper": ("Direct CI upper", "Batas atas CI langsung"),
    "sig": ("Sig.", "Sig."),
    "ok": ("", ""),
    "r2": ("R²", "R²"),
    "r2_adj": ("Adjusted R²", "R² disesuaikan"),
    "f2": ("f²", "f²"),
    "source": ("From", "Dari"),
    "target": ("To", "Ke"),
    "from": ("From", "Dari"),
    "to": ("To", "Ke"),
    "path": ("Path", "Jalur"),
    "driver": ("Driver", "Pendorong"),
    "rank": ("Rank", "Peringkat"),
    "total_effect": ("Total effect", "Pengaruh total"),
    "indirect_share": ("Share through others", "Porsi lewat konstruk lain"),
    "importance": ("Importance", "Kepentingan"),
    "performance": ("Performance (0-100)", "Kinerja (0-100)"),
    "quadrant_label": ("What to do", "Yang perlu dilakukan"),
    "question": ("Question", "Pertanyaan"),
    "answer": ("Answer", "Jawaban"),
    "count": ("Count", "Jumlah"),
    "value": ("Value", "Nilai"),
    "difference": ("Difference", "Selisih"),
    "holds": ("Holds", "Berlaku"),
    "group_a": ("Group A", "Kelompok A"),
    "group_b": ("Group B", "Kelompok B"),
    "p_permutation": ("p (permutation)", "p (permutasi)"),
    "p_bootstrap": ("p (bootstrap)", "p (bootstrap)"),
    "micom_ok": ("Same scoring (MICOM step 2)", "Skor setara (MICOM langkah 2)"),
    "mode": ("Mode", "Mode"),
    "reflective": ("Reflective", "Reflektif"),
    "column": ("Column", "Kolom"),
    "item": ("Item", "Butir"),
    "problem": ("Problem", "Masalah"),
    "cells": ("Cells", "Sel"),
    "examples": ("Examples", "Contoh"),
    "rows": ("Rows", "Baris"),
    "coefficient": ("Coefficient", "Koefisien"),
    "statistic": ("Statistic", "Statistik"),
    "subject": ("Of", "Untuk"),
    "paper": ("Paper", "Artikel"),
    "ours": ("Sample", "Sampel"),
    "within": ("Within tolerance", "Dalam toleransi"),
    "construct_a": ("Construct", "Konstruk"),
    "construct_b": ("Compared with", "Dibandingkan dengan"),
    "direct": ("Direct effect", "Pengaruh langsung"),
    "indirect": ("Indirect effect", "Pengaruh tidak langsung"),
    "total": ("Total effect", "Pengaruh total"),
    "chain": ("Chain", "Rantai"),
    "kind": ("Kind", "Jenis"),
    "boot_mean": ("Bootstrap mean", "Rata-rata bootstrap"),
    "threshold": ("Threshold", "Batas"),
    "below": ("Below", "Di bawah batas"),
    "row": ("Row", "Baris"),
    "reasons": ("Reasons", "Alasan"),
    "maps_to": ("Used as", "Dipakai sebagai"),
    "code": ("Code", "Kode"),
    "severity": ("Severity", "Tingkat"),
    "message": ("Finding", "Temuan"),
    "level": ("Level", "Tingkat"),
    "quadrant": ("Quadrant", "Kuadran"),
    "action": ("Action", "Tindakan"),
    "finding": ("Finding", "Temuan"),
    "why": ("Why", "Alasannya"),
    "todo": ("What to do", "Yang perlu dilakukan"),
    "reference": ("Source", "Sumber"),
    "priority": ("Priority", "Prioritas"),
    "group": ("Group", "Kelompok"),
    "n": ("n", "n"),
    "minimum": ("Minimum", "Minimum"),
    # issue 16: Henseler's bootstrap MGA, one-sided (H1: group A's path is larger)
    "p_bootstrap_one_sided": ("p (bootstrap, A > B)", "p (bootstrap, A > B)"),
}
register({f"col.{name}": {"en": en, "id": id_} for name, (en, id_) in COLUMN_LABELS.items() if en})


def column_label(name: str, lang: str = "en") -> str:
    """A table header in ``lang``; unknown names pass through (user columns keep theirs)."""
    key = f"col.{name}"
    if key in CATALOG:
        return say(key, lang)
    return "" if name in COLUMN_LABELS else name  # ("ok": the traffic light has no header)


# -- survey fields and answers ----------------------------------------------------------
#: Short names of the profile and screening questions and of the other columns the
#: importer knows (the mapping's "used as", the respondent table, the Segments choice).
register(
    {
        "field.gender": {"en": "Gender", "id": "Jenis kelamin"},
        "field.age": {"en": "Age", "id": "Usia"},
        "field.watch_length": {"en": "Watching time", "id": "Lama menonton"},
        "field.platform": {"en": "Platform", "id": "Platform"},
        "field.frequency": {
            "en": "Live sales watched a month",
            "id": "Live jualan ditonton per bulan",
        },
        "field.age_17_plus": {"en": "Aged 17 or older", "id": "Berusia 17 tahun ke atas"},
        "field.has_watched": {"en": "Has watched a live sale", "id": "Pernah menonton live jualan"},
        "field.timestamp": {"en": "Time submitted", "id": "Waktu pengisian"},
        "field.duration": {"en": "Time taken", "id": "Lama pengisian"},
    }
)


def field_label(name: str, lang: str = "en") -> str:
    """A survey column's name in ``lang`` (an item code or a user's column passes through)."""
    key = f"field.{name}"
    return say(key, lang) if key in CATALOG else name


#: Profile answers (val.<field>.<canonical answer>); engine.study.questionnaire"s profile
#: questions take their answers" words from here.
register(
    {
        "val.gender.Male": {"en": "Male", "id": "Laki-laki"},
        "val.gender.Female": {"en": "Female", "id": "Perempuan"},
        "val.age.17-22": {"en": "17-22 years", "id": "17-22 tahun"},
        "val.age.23-28": {"en": "23-28 years", "id": "23-28 tahun"},
        "val.age.29-34": {"en": "29-34 years", "id": "29-34 tahun"},
        "val.age.35-40": {"en": "35-40 years", "id": "35-40 tahun"},
        "val.age.>40": {"en": "Over 40 years", "id": "> 40 tahun"},
        "val.watch_length.<30 min": {"en": "Under 30 minutes", "id": "< 30 menit"},
        "val.watch_length.30-60 min": {"en": "30-60 minutes", "id": "30-60 menit"},
        "val.watch_length.61-90 min": {"en": "61-90 minutes", "id": "61-90 menit"},
        "val.watch_length.>90 min": {"en": "Over 90 minutes", "id": "> 90 menit"},
        "val.platform.Instagram": {"en": "Instagram", "id": "Instagram"},
        "val.platform.Tokopedia": {"en": "Tokopedia", "id": "Tokopedia"},
        "val.platform.Shopee": {"en": "Shopee", "id": "Shopee"},
        "val.platform.Lazada": {"en": "Lazada", "id": "Lazada"},
        "val.platform.Tiktok": {"en": "TikTok", "id": "TikTok"},
        "val.frequency.1-3 times": {"en": "1-3 times", "id": "1-3 kali"},
        "val.frequency.4-6 times": {"en": "4-6 times", "id": "4-6 kali"},
        "val.frequency.7-9 times": {"en": "7-9 times", "id": "7-9 kali"},
        "val.frequency.>9 times": {"en": "More than 9 times", "id": "> 9 kali"},
    }
)


def answer_label(field: str, answer: object, lang: str = "en") -> str:
    """A profile answer in ``lang`` ("Male" -> "Laki-laki"); other answers pass through."""
    key = f"val.{field}.{answer}"
    return say(key, lang) if key in CATALOG else str(answer)


# -- the owner's brief (engine.analytics.advice) ---------------------------------------------------
register(
    {
        "a.action.invest": {"en": "Prioritise", "id": "Prioritaskan"},
        "a.action.maintain": {"en": "Maintain", "id": "Pertahankan"},
        "a.action.monitor": {"en": "Monitor", "id": "Pantau"},
        "a.action.no evidence": {"en": "Not enough evidence", "id": "Belum cukup bukti"},
        "a.action.fix measurement": {"en": "Fix the questions", "id": "Perbaiki pertanyaan"},
        "a.action.collect more": {"en": "Collect more responses", "id": "Tambah responden"},
        "a.action.none": {"en": "Good", "id": "Baik"},
    }
)


# -- values inside tables (val.<column>.<value>) -------------------------------------------
register(
    {
        "val.severity.info": {"en": "note", "id": "catatan"},
        "val.severity.warning": {"en": "warning", "id": "peringatan"},
        "val.severity.critical": {"en": "critical", "id": "kritis"},
        "val.kind.path": {"en": "path", "id": "jalur"},
        "val.kind.loading": {"en": "loading", "id": "loading"},
        "val.kind.weight": {"en": "weight", "id": "bobot"},
        "val.kind.r2": {"en": "R²", "id": "R²"},
        "val.kind.htmt": {"en": "HTMT", "id": "HTMT"},
        "val.kind.f_squared": {"en": "f²", "id": "f²"},
        "val.kind.total_effect": {"en": "total effect", "id": "pengaruh total"},
        "val.kind.indirect_effect": {"en": "indirect effect", "id": "pengaruh tidak langsung"},
        "val.kind.item": {"en": "item", "id": "butir"},
        "val.kind.profile": {"en": "profile", "id": "profil"},
        "val.kind.screening": {"en": "screening", "id": "penyaringan"},
        "val.kind.duplicate": {"en": "duplicate", "id": "duplikat"},
        "val.kind.time": {"en": "time submitted", "id": "waktu pengisian"},
        "val.kind.duration": {"en": "time taken", "id": "lama pengisian"},
        "val.kind.start": {"en": "start time", "id": "waktu mulai"},
        "val.kind.end": {"en": "end time", "id": "waktu selesai"},
        "val.kind.ignored": {"en": "not used", "id": "tidak dipakai"},
        "val.kind.measurement": {"en": "measurement", "id": "pengukuran"},
        "val.kind.sample": {"en": "sample size", "id": "jumlah responden"},
        "val.kind.driver": {"en": "driver", "id": "pendorong"},
        "val.kind.segment": {"en": "segment", "id": "segmen"},
        "val.kind.prediction": {"en": "prediction", "id": "prediksi"},
        "val.level.construct": {"en": "topic", "id": "topik"},
        "val.level.item": {"en": "question", "id": "pertanyaan"},
        "val.statistic.loading": {"en": "loading", "id": "loading"},
        "val.statistic.Cronbach's alpha": {"en": "Cronbach's α", "id": "α Cronbach"},
        "val.statistic.rho_A": {"en": "ρA", "id": "ρA"},
        "val.statistic.rho_C": {"en": "ρC", "id": "ρC"},
        "val.statistic.correlation": {"en": "correlation", "id": "korelasi"},
        "val.statistic.adjusted R²": {"en": "adjusted R²", "id": "R² disesuaikan"},
        "val.statistic.coefficient": {"en": "coefficient", "id": "koefisien"},
        "val.bool.True": {"en": "yes", "id": "ya"},
        "val.bool.False": {"en": "no", "id": "tidak"},
    }
)


def value_label(column: str, value: object, lang: str = "en") -> str:
    """A coded cell (severity, kind, level, yes/no) in ``lang``; anything else as it is."""
    group = "bool" if isinstance(value, bool) else column
    key = f"val.{group}.{value}"
    return say(key, lang) if key in CATALOG else value  # type: ignore[return-value]


# -- screening reasons and answer problems (reason.<code>) ---------------------------------
register(
    {
        "reason.incomplete": {"en": "incomplete", "id": "tidak lengkap"},
        "reason.invalid answer": {"en": "invalid answer", "id": "jawaban tidak sah"},
        "reason.straight-lining": {"en": "straight-lining", "id": "jawaban seragam"},
        "reason.duplicate": {"en": "duplicate", "id": "duplikat"},
        "reason.too fast": {"en": "too fast", "id": "terlalu cepat"},
        "reason.under 17": {"en": "under 17", "id": "di bawah 17 tahun"},
        "reason.never watched": {"en": "never watched", "id": "belum pernah menonton"},
        "reason.unknown answer": {"en": "unknown answer", "id": "jawaban tidak dikenal"},
        "reason.outside": {"en": "outside the {scale} scale", "id": "di luar skala {scale}"},
        "reason.collected": {"en": "collected", "id": "terkumpul"},
        "reason.used": {"en": "used", "id": "dipakai"},
    }
)


def reason(code: str, lang: str = "en") -> str:
    """A screening reason or an answer problem in ``lang`` (the English words are the codes)."""
    if code.startswith("outside the ") and code.endswith(" scale"):
        return say("reason.outside", lang, scale=code[len("outside the ") : -len(" scale")])
    key = f"reason.{code}"
    return say(key, lang) if key in CATALOG else code


# -- words in exported files (file.*, sheet.*) ---------------------------------------------
#: Each workbook sheet: (English name, Indonesian name); English names are the contract
#: of the default workbook. Sheet names stay within Excel's 31 characters.
register(
    {
        "sheet.readme": {"en": "Read me", "id": "Baca dulu"},
        "sheet.paths": {"en": "Paths", "id": "Koefisien jalur"},
        "sheet.outer": {"en": "Outer model", "id": "Model luar"},
        "sheet.reliability": {"en": "Reliability", "id": "Reliabilitas"},
        "sheet.htmt": {"en": "HTMT", "id": "HTMT"},
        "sheet.fornell_larcker": {"en": "Fornell-Larcker", "id": "Fornell-Larcker"},
        "sheet.cross_loadings": {"en": "Cross loadings", "id": "Loading silang"},
        "sheet.vif_outer": {"en": "VIF outer", "id": "VIF butir"},
        "sheet.vif_inner": {"en": "VIF inner", "id": "VIF pendorong"},
        "sheet.r_squared": {"en": "R squared", "id": "R kuadrat"},
        "sheet.f_squared": {"en": "f squared", "id": "f kuadrat"},
        "sheet.effects": {"en": "Effects", "id": "Pengaruh"},
        "sheet.indirect_effects": {"en": "Indirect effects", "id": "Pengaruh tidak langsung"},
        "sheet.notes": {"en": "Notes", "id": "Temuan"},
        "sheet.inference": {"en": "Inference", "id": "Inferensi bootstrap"},
        "sheet.htmt_tests": {"en": "HTMT tests", "id": "Uji HTMT"},
        "sheet.screening": {"en": "Screening", "id": "Penyaringan"},
        "sheet.profile": {"en": "Profile", "id": "Profil responden"},
        "sheet.mapping": {"en": "Mapping", "id": "Pemetaan kolom"},
        "sheet.questions": {"en": "Questions", "id": "Pertanyaan"},
        "sheet.advice": {"en": "Advice", "id": "Saran"},
        "sheet.hypotheses": {"en": "Hypotheses", "id": "Hipotesis"},
        "sheet.mediation": {"en": "Mediation", "id": "Mediasi"},
        "about.paths": {
            "en": "Standardized path coefficients.",
            "id": "Koefisien jalur terstandar.",
        },
        "about.outer": {
            "en": "Outer weights and loadings; loadings should reach {LOADING_MIN:.3f}.",
            "id": "Bobot dan loading butir; loading sebaiknya mencapai {LOADING_MIN:.3f}.",
        },
        "about.reliability": {
            "en": "Cronbach's α, ρA, ρC {RELIABILITY_MIN:.2f}-{RELIABILITY_MAX:.2f}; AVE at "
            "least {AVE_MIN:.2f}.",
            "id": "α Cronbach, ρA, ρC {RELIABILITY_MIN:.2f}-{RELIABILITY_MAX:.2f}; AVE paling "
            "sedikit {AVE_MIN:.2f}.",
        },
        "about.htmt": {
            "en": "Heterotrait-monotrait ratio; below {HTMT_STRICT:.2f} (or {HTMT_LIBERAL:.2f}).",
            "id": "Rasio heterotrait-monotrait; di bawah {HTMT_STRICT:.2f} (atau "
            "{HTMT_LIBERAL:.2f}).",
        },
        "about.fornell_larcker": {
            "en": "Diagonal: √AVE; below it: correlations.",
            "id": "Diagonal: √AVE; di bawahnya: korelasi.",
        },
        "about.cross_loadings": {
            "en": "Each item with every construct.",
            "id": "Setiap butir dengan setiap konstruk.",
        },
        "about.vif_outer": {
            "en": "Item collinearity (judged for mode B blocks); below {VIF_IDEAL:g} ideal, "
            "{VIF_CRITICAL:g} critical.",
            "id": "Kolinearitas butir (dinilai untuk blok mode B); di bawah {VIF_IDEAL:g} "
            "ideal, {VIF_CRITICAL:g} kritis.",
        },
        "about.vif_inner": {
            "en": "Collinearity among drivers; below {VIF_IDEAL:g} ideal, {VIF_CRITICAL:g} "
            "critical.",
            "id": "Kolinearitas antar pendorong; di bawah {VIF_IDEAL:g} ideal, "
            "{VIF_CRITICAL:g} kritis.",
        },
        "about.r_squared": {
            "en": "{R2_WEAK:.2f} weak, {R2_MODERATE:.2f} moderate, {R2_SUBSTANTIAL:.2f} "
            "substantial.",
            "id": "{R2_WEAK:.2f} lemah, {R2_MODERATE:.2f} sedang, {R2_SUBSTANTIAL:.2f} "
            "substansial.",
        },
        "about.f_squared": {
            "en": "0.02 small, 0.15 medium, 0.35 large (Cohen 1988).",
            "id": "0,02 kecil, 0,15 sedang, 0,35 besar (Cohen 1988).",
        },
        "about.effects": {
            "en": "Direct, indirect and total effects.",
            "id": "Pengaruh langsung, tidak langsung dan total.",
        },
        "about.indirect_effects": {
            "en": "Every specific indirect effect.",
            "id": "Setiap pengaruh tidak langsung spesifik.",
        },
        "about.notes": {"en": "Findings in plain words.", "id": "Temuan dalam bahasa sehari-hari."},
        "about.inference": {
            "en": "Bootstrap: {valid} valid resamples of {n_boot}, seed {seed}; percentile 95% "
            "intervals; two-tailed p from t with (resamples - 1) df.",
            "id": "Bootstrap: {valid} subsampel sah dari {n_boot}, seed {seed}; interval "
            "persentil 95%; p dua arah dari t dengan derajat bebas (subsampel - 1).",
        },
        "about.htmt_tests": {
            "en": "One-sided tests that HTMT is below a threshold.",
            "id": "Uji satu arah bahwa HTMT berada di bawah suatu batas.",
        },
        "about.profile": {"en": "Respondent profile.", "id": "Profil responden."},
        "about.mapping": {"en": "How columns were used.", "id": "Cara kolom dipakai."},
        "about.questions": {
            "en": "Each item is one of the owner's own questions.",
            "id": "Setiap butir adalah salah satu pertanyaan pemilik toko sendiri.",
        },
        "about.hypotheses": {
            "en": "The hypotheses, one per path: beta, bootstrap SE, t, two-tailed p, the 95% "
            "percentile interval, f² and the decision (supported when the interval excludes 0 "
            "and p < .05), as in the Word chapter.",
            "id": "Hipotesis, satu per jalur: beta, SE bootstrap, t, p dua arah, interval "
            "persentil 95%, f² dan keputusan (diterima bila interval tidak memuat 0 dan "
            "p < 0,05), seperti di dokumen Word.",
        },
        "about.mediation": {
            "en": "Every specific indirect effect with its 95% percentile interval, the direct "
            "effect (empty when the model has no direct path: fixed at zero, not tested) and "
            "its type after Zhao, Lynch & Chen (2010).",
            "id": "Setiap pengaruh tidak langsung spesifik dengan interval persentil 95%, "
            "pengaruh langsungnya (kosong bila model tidak punya jalur langsung: ditetapkan nol, "
            "tidak diuji) dan jenisnya menurut Zhao, Lynch & Chen (2010).",
        },
        "about.advice": {
            "en": "The owner's brief, most important first.",
            "id": "Ringkasan untuk pemilik toko, yang terpenting lebih dulu.",
        },
        "file.title": {"en": "Driver Lab analysis", "id": "Analisis Driver Lab"},
        "file.version": {"en": "engine version", "id": "versi program analisis"},
        "file.responses": {"en": "responses used", "id": "responden dipakai"},
        "file.scheme": {"en": "inner weighting scheme", "id": "skema pembobotan dalam"},
        "file.missing": {"en": "missing data", "id": "data kosong"},
        "file.converged": {"en": "converged", "id": "konvergen"},
        "file.iterations": {"en": "iterations", "id": "iterasi"},
        "file.sheet": {"en": "sheet", "id": "lembar"},
        "file.holds": {"en": "what it holds", "id": "isinya"},
        "file.report": {"en": "Driver Lab report", "id": "Laporan Driver Lab"},
        "file.generated": {
            "en": "{n} responses · made {date} by Driver Lab {version}",
            "id": "{n} responden · dibuat {date} oleh Driver Lab {version}",
        },
        "file.brief": {"en": "What to do first", "id": "Apa yang dilakukan lebih dulu"},
        "file.the_survey": {"en": "the survey", "id": "survei"},
        "file.model": {"en": "The model", "id": "Model"},
        "file.model_help": {
            "en": "Arrows carry the path coefficient (* p < 0.05, ** p < 0.01, *** p < 0.001); "
            "boxes give the share of variation explained (R²).",
            "id": "Panah memuat koefisien jalur (* p < 0,05, ** p < 0,01, *** p < 0,001); kotak "
            "memuat porsi variasi yang dijelaskan (R²).",
        },
        "file.drives": {
            "en": "What is linked to {target}",
            "id": "Yang berhubungan dengan {target}",
        },
        "file.drives_help": {
            "en": "Bars: how many points it is higher for each point more (answer scale); "
            "lines: the likely range (95%). Colour: what to do.",
            "id": "Batang: berapa poin lebih tinggi untuk setiap 1 poin lebih (skala jawaban); "
            "garis: rentang kemungkinan (95%). Warna: yang perlu dilakukan.",
        },
        "file.ipma": {
            "en": "Importance and performance: {target}",
            "id": "Kepentingan dan kinerja: {target}",
        },
        "file.appendix": {"en": "Appendix for reviewers", "id": "Lampiran untuk penelaah"},
        "file.your_questions": {"en": "Your questions", "id": "Pertanyaan Anda"},
        "file.inference": {"en": "Bootstrap inference", "id": "Inferensi bootstrap"},
        "file.questionnaire": {"en": "Questionnaire", "id": "Kuesioner"},
        "file.responses_sheet": {"en": "Responses", "id": "Jawaban"},
        "file.stem.results": {"en": "driver-lab-results", "id": "driver-lab-hasil"},
        "file.stem.report": {"en": "driver-lab-report", "id": "driver-lab-laporan"},
        "file.stem.analysis": {"en": "driver-lab-analysis", "id": "driver-lab-analisis"},
        "file.stem.questionnaire": {"en": "driver-lab-questionnaire", "id": "driver-lab-kuesioner"},
        "file.stem.excluded": {"en": "excluded-rows", "id": "baris-dikeluarkan"},
        "file.stem.mapping": {"en": "driver-lab-mapping", "id": "driver-lab-pemetaan"},
        "file.stem.path_diagram": {"en": "path-diagram", "id": "diagram-jalur"},
    }
)


# -- the questionnaire template (engine.intake.template) ------------------------------------------
register(
    {
        "tpl.header": {"en": "column header", "id": "judul kolom"},
        "tpl.kind": {"en": "kind", "id": "jenis"},
        "tpl.question": {"en": "question", "id": "pertanyaan"},
        "tpl.answers": {"en": "answers", "id": "jawaban"},
        "tpl.kind.screening": {"en": "screening", "id": "penyaringan"},
        "tpl.kind.profile": {"en": "profile", "id": "profil"},
        "tpl.kind.item": {"en": "item (1-5)", "id": "butir (1-5)"},
        # the importer recognizes both (engine.intake.survey's time pattern)
        "tpl.timestamp": {"en": "Timestamp", "id": "Waktu pengisian"},
    }
)


# -- the owner's brief: findings, reasons and what to do (adv.*) -----------------------------
#: Levers and outcomes as an owner says them inside a sentence (lower case).
register(
    {
        "lever.INT": {"en": "interactivity", "id": "interaktivitas"},
        "lever.INF": {"en": "informativeness", "id": "informativitas"},
        "lever.PSN": {"en": "personalization", "id": "personalisasi"},
        "lever.CLE": {"en": "engagement", "id": "keterlibatan"},
        "lever.VCC": {"en": "co-creation", "id": "penciptaan nilai bersama"},
        "tactic.INT": {
            "en": "Answer comments by name while you are live, run quick polls, and ask viewers "
            "questions they can answer in one word.",
            "id": "Jawab komentar sambil menyebut nama penonton, adakan polling singkat, dan "
            "ajukan pertanyaan yang bisa dijawab dengan satu kata.",
        },
        "tactic.INF": {
            "en": "Show size, material and price on screen, demonstrate the product from "
            "several angles, and repeat the key facts for viewers who join late.",
            "id": "Tampilkan ukuran, bahan dan harga di layar, peragakan produk dari beberapa "
            "sudut, dan ulangi info penting untuk penonton yang baru bergabung.",
        },
        "tactic.PSN": {
            "en": 'Take requests ("show it in blue"), remember regular viewers and greet them, '
            "and suggest products that fit what a viewer told you.",
            "id": 'Terima permintaan ("coba tunjukkan yang biru"), ingat penonton setia dan '
            "sapa mereka, dan sarankan produk yang sesuai dengan cerita penonton.",
        },
        "tactic.CLE": {
            "en": "Keep viewers involved: a fixed weekly schedule, small rewards for comments, "
            "and a reason to stay to the end (a last-minute deal).",
            "id": "Buat penonton tetap terlibat: jadwal mingguan yang tetap, hadiah kecil untuk "
            "komentar, dan alasan untuk menonton sampai akhir (promo di menit terakhir).",
        },
        "tactic.other": {
            "en": "Work on what makes viewers rate {driver} higher.",
            "id": "Tingkatkan hal yang membuat penonton menilai {driver} lebih tinggi.",
        },
        "adv.sound.finding": {
            "en": "Your measurement looks sound: every question fits its topic.",
            "id": "Pengukuran Anda baik: setiap pertanyaan sesuai dengan topiknya.",
        },
        "adv.sound.why": {
            "en": "So the results below can be trusted as far as the sample allows.",
            "id": "Jadi hasil di bawah dapat dipercaya sejauh jumlah responden memungkinkan.",
        },
        "adv.sound.todo": {
            "en": "Keep the same questions for your next survey so you can compare.",
            "id": "Pakai pertanyaan yang sama di survei berikutnya agar hasilnya bisa "
            "dibandingkan.",
        },
        "adv.measure.why": {
            "en": "Weak questions blur every result that follows; fix them before acting on "
            "the levers.",
            "id": "Pertanyaan yang lemah mengaburkan semua hasil berikutnya; perbaiki dulu "
            "sebelum bertindak pada pendorong.",
        },
        # an item-level finding as the owner reads it: her question, "loading" in words (the
        # Measurement page and the Word chapter keep the note's code and loading)
        "adv.item.LOADING_VERY_LOW": {
            "en": "{question} hardly goes along with the other questions on {construct}: "
            "people answer it as if it asked about something else. Consider removing it.",
            "id": "{question} hampir tidak sejalan dengan pertanyaan lain tentang {construct}: "
            "responden menjawabnya seolah pertanyaan ini menanyakan hal lain. Pertimbangkan "
            "untuk menghapusnya.",
        },
        "adv.item.LOADING_NEGATIVE": {
            "en": "{question} goes against the other questions on {construct}: those who "
            "agree with them tend to disagree with it. It is probably worded the other way "
            "round.",
            "id": "{question} berlawanan arah dengan pertanyaan lain tentang {construct}: "
            "yang setuju dengan pertanyaan lain cenderung tidak setuju dengan yang ini. "
            "Kemungkinan kalimatnya dibalik.",
        },
        "adv.item.VIF_OUTER_HIGH": {
            "en": "{question} asks much the same as the other questions on {construct}{why}.",
            "id": "{question} menanyakan hal yang hampir sama dengan pertanyaan lain tentang "
            "{construct}{why}.",
        },
        "part.item_vif_copy": {
            "en": ": its answers add little of their own",
            "id": ": jawabannya hampir tidak menambah informasi",
        },
        "part.item_vif_formative": {
            "en": ": how much it counts in the topic's score cannot be told apart from theirs",
            "id": ": seberapa besar perannya dalam skor topik ini tidak dapat dipisahkan dari "
            "pertanyaan lain",
        },
        "adv.question": {"en": '"{quote}"', "id": '"{quote}"'},
        # a topic-level finding as the owner reads it: the statistic and its rule of thumb
        # are the record's source (the workbook's Sumber), the Measurement page's note
        "adv.topic.RELIABILITY_LOW": {
            "en": "{subject}'s questions do not go together well: they seem to ask about "
            "different things. Check their wording and look for weak questions.",
            "id": "Pertanyaan-pertanyaan {subject} kurang sejalan satu sama lain: tampaknya "
            "menanyakan hal yang berbeda-beda. Periksa kalimatnya dan cari pertanyaan yang "
            "lemah.",
        },
        "adv.topic.AVE_LOW": {
            "en": "{subject}'s questions catch the topic only in part: much of what people "
            "answer to them is about other things. Weak questions are the usual cause.",
            "id": "Pertanyaan-pertanyaan {subject} hanya sebagian menangkap topiknya: banyak "
            "jawabannya dipengaruhi hal lain. Penyebabnya biasanya pertanyaan yang lemah.",
        },
        "adv.topic.RELIABILITY_TOO_HIGH": {
            "en": "{subject}'s questions are nearly the same: they may ask the same thing, or "
            "respondents may have given the same answer to all of them.",
            "id": "Pertanyaan-pertanyaan {subject} hampir sama: mungkin menanyakan hal yang "
            "sama, atau responden memberi jawaban yang sama untuk semuanya.",
        },
        "adv.topic.HTMT_HIGH": {
            "en": "{construct_a} and {construct_b} are hard to tell apart: respondents may see "
            "them as one thing.",
            "id": "{construct_a} dan {construct_b} sulit dibedakan: responden mungkin melihat "
            "keduanya sebagai satu hal.",
        },
        "adv.measure.todo.item": {
            "en": "Check the wording of {subject}{wording} or drop it next time.",
            "id": "Periksa kalimat {subject}{wording} atau hapus di survei berikutnya.",
        },
        "adv.measure.todo.reversed": {
            "en": "If {subject}{wording} is worded the other way round, recode it with "
            '"Recode them" on the Data page; if not, check its wording before the next '
            "survey.",
            "id": "Jika kalimat {subject}{wording} memang dibalik, balik kodenya dengan tombol "
            '"Balik kodenya" di halaman Data; jika tidak, periksa kalimatnya sebelum '
            "survei berikutnya.",
        },
        "adv.measure.todo.construct": {
            "en": "Read {subject}'s questions side by side: reword or replace the weakest (or "
            "the near-copies) before the next survey.",
            "id": "Baca pertanyaan {subject} berdampingan: ubah atau ganti yang paling lemah "
            "(atau yang hampir sama) sebelum survei berikutnya.",
        },
        "adv.measure.todo.pair": {
            "en": "Read the questions on {construct_a} and those on {construct_b} side by side. "
            "If most of them could belong to either topic, the two may be one: merge them.",
            "id": "Baca pertanyaan tentang {construct_a} dan pertanyaan tentang {construct_b} "
            "berdampingan. Jika sebagian besar bisa masuk ke kedua topik, mungkin keduanya "
            "satu topik: gabungkan.",
        },
        "adv.measure.todo.drivers": {
            "en": "Ask about {source} in words that set it apart from the other levers.",
            "id": "Tanyakan {source} dengan kalimat yang membedakannya dari pendorong lain.",
        },
        "adv.measure.todo.model": {
            "en": "Look for questions with almost no variation and very small groups, then "
            "run the analysis again.",
            "id": "Cari pertanyaan yang jawabannya hampir tidak bervariasi dan kelompok yang "
            "sangat kecil, lalu jalankan analisis lagi.",
        },
        "adv.effect": {
            "en": "Half a point more {driver} goes with about {change:.2f} points more "
            "{target} on the {scale} scale{band}.",
            "id": "Setengah poin lebih tinggi pada {driver} sejalan dengan sekitar {change:.2f} "
            "poin lebih tinggi pada {target} (skala {scale}){band}.",
        },
        "adv.effect_signed": {
            "en": "Half a point more {driver} goes with a change of about {change:+.2f} points "
            "in {target} on the {scale} scale{band}.",
            "id": "Setengah poin lebih tinggi pada {driver} sejalan dengan perubahan sekitar "
            "{change:+.2f} poin pada {target} (skala {scale}){band}.",
        },
        "adv.band_signed": {
            "en": " (likely between {lower:+.2f} and {upper:+.2f})",
            "id": ", kemungkinan antara {lower:+.2f} dan {upper:+.2f}",
        },
        "adv.band": {
            "en": " (likely between {lower:.2f} and {upper:.2f})",
            "id": ", kemungkinan antara {lower:.2f} dan {upper:.2f}",
        },
        # a bound that two decimals would show as 0.00 (e.g. -0.004): three decimals
        "adv.band_fine": {
            "en": " (likely between {lower:.3f} and {upper:.3f})",
            "id": ", kemungkinan antara {lower:.3f} dan {upper:.3f}",
        },
        "adv.band_fine_signed": {
            "en": " (likely between {lower:+.3f} and {upper:+.3f})",
            "id": ", kemungkinan antara {lower:+.3f} dan {upper:+.3f}",
        },
        "adv.no_evidence.why": {
            "en": "Not clear enough in these answers to act on: the survey cannot tell this "
            "link from no link at all, so it is no basis for spending.",
            "id": "Belum cukup jelas dalam jawaban ini untuk ditindaklanjuti: survei belum bisa "
            "membedakan hubungan ini dari tidak ada hubungan sama sekali, jadi belum bisa "
            "menjadi dasar untuk mengeluarkan biaya.",
        },
        "adv.no_evidence.todo": {
            "en": "Do not spend on this evidence; look again with more responses.",
            "id": "Jangan keluarkan biaya berdasarkan bukti ini; lihat lagi setelah responden "
            "bertambah.",
        },
        "adv.negative.why": {
            "en": "Higher {driver} goes with lower {target} here.",
            "id": "Di sini {driver} yang lebih tinggi sejalan dengan {target} yang lebih rendah.",
        },
        "adv.negative.todo": {
            "en": "Look into why before changing anything.",
            "id": "Cari tahu penyebabnya sebelum mengubah apa pun.",
        },
        "adv.invest.why": {
            "en": "It is at least as strongly linked to {target} as the average lever, and "
            "viewers rate it {performance:.0f} of 100, below the levers' average rating, so "
            "there is room to gain.",
            "id": "Hubungannya dengan {target} setidaknya sekuat rata-rata semua pendorong, "
            "dan penonton menilainya {performance:.0f} dari 100, di bawah nilai rata-rata "
            "semua pendorong, jadi masih ada ruang untuk naik.",
        },
        "adv.maintain.why": {
            "en": "It is linked to {target}, and viewers already rate it {performance:.0f} of "
            "100, at or above the levers' average rating.",
            "id": "Berhubungan dengan {target}, dan penonton sudah menilainya "
            "{performance:.0f} dari 100, sama dengan atau di atas nilai rata-rata semua "
            "pendorong.",
        },
        "adv.maintain.todo": {
            "en": "Keep doing what you do; do not let it slip.",
            "id": "Pertahankan yang sudah berjalan; jangan sampai menurun.",
        },
        "adv.monitor.why": {
            "en": "It is linked to {target}, but less strongly than the average lever, and "
            "viewers rate it below the levers' average rating.",
            "id": "Berhubungan dengan {target}, tetapi lebih lemah daripada rata-rata semua "
            "pendorong, dan penonton menilainya di bawah nilai rata-rata semua pendorong.",
        },
        "adv.monitor.todo": {
            "en": "Keep an eye on it; it is not the first place to spend.",
            "id": "Pantau saja; ini bukan tempat pertama untuk mengeluarkan biaya.",
        },
        "adv.overlap": {
            "en": " It overlaps with the other levers (VIF {vif:.1f}), so its own share is "
            "uncertain.",
            "id": " Pendorong ini tumpang tindih dengan yang lain (VIF {vif:.1f}), jadi "
            "porsinya sendiri kurang pasti.",
        },
        "adv.weakest": {
            "en": ' Start with what viewers rate lowest: "{wording}" ({performance:.0f}/100).',
            "id": ' Mulai dari yang dinilai paling rendah: "{wording}" ({performance:.0f}/100).',
        },
        # her sentence; the test's details are the record's source (the workbook's)
        "adv.sample.finding": {
            "en": "You have {n} responses. To see {what} reliably, you need about {minimum_n}.",
            "id": "Anda punya {n} responden. Agar {what} terlihat dengan andal, Anda perlu "
            "sekitar {minimum_n} responden.",
        },
        "adv.sample.see_path": {
            "en": "a link as weak as {path} (the weakest that matters in your model)",
            "id": "hubungan selemah {path} (yang terlemah di antara yang penting dalam model Anda)",
        },
        "adv.sample.see_zero": {
            "en": "even a weak link (every link in your model is practically zero)",
            "id": "hubungan yang lemah sekalipun (semua hubungan dalam model Anda praktis nol)",
        },
        "adv.sample.source": {
            "en": "Inverse square root method, for {what}: 80% power in a two-tailed test at "
            "5%, at least {minimum_n} responses.",
            "id": "Metode akar kuadrat terbalik, untuk {what}: kekuatan uji 80% pada uji dua "
            "arah 5%, minimal {minimum_n} responden.",
        },
        "adv.path": {"en": "{source} → {target}", "id": "{source} → {target}"},
        "adv.sample.what_path": {
            "en": "the model's smallest path that matters, {path} (β = {beta:.2f})",
            "id": "jalur terkecil yang penting dalam model, {path} (β = {beta:.2f})",
        },
        "adv.sample.what_zero": {
            "en": "a path of β = {beta:.2f} (every path in the model is smaller: practically zero)",
            "id": "jalur sebesar β = {beta:.2f} (semua jalur dalam model lebih kecil: praktis nol)",
        },
        "adv.sample.why": {
            "en": "With fewer, a real link that weak can go unnoticed.",
            "id": "Dengan responden lebih sedikit, hubungan nyata selemah itu bisa tidak terlihat.",
        },
        "adv.sample.small_path": {
            "en": "{path} ({beta:.{digits}f})",
            "id": "{path} ({beta:.{digits}f})",
        },
        "adv.sample.ignored": {
            "en": " Paths below {floor:.2f} ({paths}) count as practically zero and are not "
            "sized for: detecting them would take far more responses than they are worth.",
            "id": " Jalur di bawah {floor:.2f} ({paths}) dianggap praktis nol dan tidak "
            "dihitung: mendeteksinya butuh jauh lebih banyak responden daripada manfaatnya.",
        },
        "adv.sample.todo": {
            "en": "Collect about {more} more responses.",
            "id": "Tambah sekitar {more} responden lagi.",
        },
        "adv.predict.not_assessed": {
            "en": "Out-of-sample check (PLSpredict): not possible with these responses.",
            "id": "Uji di luar sampel (PLSpredict): tidak bisa dilakukan dengan data ini.",
        },
        "adv.predict.not_assessed.why": {
            "en": "Leaving a tenth of the respondents out left too few responses, or a "
            "question with a single answer, to estimate the model on the rest.",
            "id": "Setelah sepersepuluh responden disisihkan, sisanya terlalu sedikit, atau "
            "ada pertanyaan yang jawabannya hanya satu macam, untuk mengestimasi model.",
        },
        "adv.predict.not_assessed.todo": {
            "en": "Collect more responses before judging how well the model predicts.",
            "id": "Tambah responden sebelum menilai seberapa baik model memprediksi.",
        },
        "adv.predict.borderline": {
            "en": "Out-of-sample check (PLSpredict): {verdict}, borderline: another random "
            "split of the respondents could give the next level up or down.",
            "id": "Uji di luar sampel (PLSpredict): {verdict}, di perbatasan: pembagian "
            "responden secara acak yang lain bisa memberi satu tingkat di atas atau di "
            "bawahnya.",
        },
        "adv.predict.finding": {
            "en": "Out-of-sample check (PLSpredict): {verdict}.",
            "id": "Uji di luar sampel (PLSpredict): {verdict}.",
        },
        "verdict.high predictive power": {
            "en": "high predictive power",
            "id": "daya prediksi tinggi",
        },
        "verdict.medium predictive power": {
            "en": "medium predictive power",
            "id": "daya prediksi sedang",
        },
        "verdict.low predictive power": {
            "en": "low predictive power",
            "id": "daya prediksi rendah",
        },
        "verdict.lacks predictive power": {
            "en": "lacks predictive power",
            "id": "tidak punya daya prediksi",
        },
        "verdict.other": {
            "en": "not relevant for prediction",
            "id": "tidak relevan untuk prediksi",
        },
        "adv.predict.why": {
            "en": "It shows whether the model also predicts respondents it has not seen.",
            "id": "Ini menunjukkan apakah model juga bisa memprediksi responden yang belum "
            "dilihatnya.",
        },
        "adv.predict.todo.good": {
            "en": "For most questions the model predicts new respondents like these better "
            "than a plain regression.",
            "id": "Untuk sebagian besar pertanyaan, model memprediksi responden baru seperti "
            "ini lebih baik daripada regresi biasa.",
        },
        "adv.predict.todo.weak": {
            "en": "Trust the ranking of the levers more than the exact numbers.",
            "id": "Percayai urutan pendorong lebih dari angka persisnya.",
        },
        # her sentence; the test's figures are the record's source (the workbook's)
        "adv.segment.finding": {
            "en": "The link {path} is clearly stronger for {group} viewers than for {other} "
            "viewers.",
            "id": "Hubungan {path} jelas lebih kuat pada penonton {group} daripada pada "
            "penonton {other}.",
        },
        "adv.segment.source": {
            "en": "Difference {difference:.2f}, permutation p = {p:.3f}; the topics are scored "
            "the same way in both groups (MICOM step 2).",
            "id": "Selisih {difference:.2f}, p permutasi = {p:.3f}; topik diberi skor dengan "
            "cara yang sama di kedua kelompok (MICOM langkah 2).",
        },
        "adv.segment.why": {
            "en": "The same tactic may pay off more in one group than the other.",
            "id": "Taktik yang sama bisa lebih berhasil di satu kelompok.",
        },
        "adv.segment.todo": {
            "en": "Try the tactic for this lever first with {group}.",
            "id": "Coba taktik untuk pendorong ini lebih dulu pada {group}.",
        },
    }
)


def lever(name: str, lang: str = "en") -> str:
    """A construct as an owner says it in a sentence ("interactivity"); else its code."""
    key = f"lever.{name}"
    return say(key, lang) if key in CATALOG else name


# -- small pieces inside sentences (part.*) ---------------------------------------------
register(
    {
        "part.code": {"en": "{name}", "id": "{name}"},
        "part.by_lang": {"en": "{en}", "id": "{id}"},
        "part.quoted": {"en": ' ("{quote}")', "id": ' ("{quote}")'},
    }
)


# -- errors of the estimation and the bootstrap -------------------------------------------
register(
    {
        "err.collinear_blocks": {
            "en": "The estimation broke down: some items or constructs are perfectly collinear "
            "(one is an exact copy or sum of others).",
            "id": "Estimasi gagal: beberapa butir atau konstruk kolinear sempurna (salah satunya "
            "salinan persis atau jumlah dari yang lain).",
        },
        "err.collinear_blocks.hint": {
            "en": "Look for duplicated columns or items that always get the same answers, and "
            "remove one of them.",
            "id": "Cari kolom yang terduplikasi atau butir yang selalu mendapat jawaban sama, "
            "lalu hapus salah satunya.",
        },
        "err.collinear_drivers": {
            "en": "The path coefficients could not be computed: two or more drivers of the same "
            "construct are perfectly collinear.",
            "id": "Koefisien jalur tidak dapat dihitung: dua pendorong atau lebih dari konstruk "
            "yang sama kolinear sempurna.",
        },
        "err.collinear_drivers.hint": {
            "en": "Check that the drivers measure different things; merge or remove one of them.",
            "id": "Pastikan para pendorong mengukur hal yang berbeda; gabungkan atau hapus salah "
            "satunya.",
        },
        "err.boot_ci_method": {
            "en": "Unknown interval method {ci!r}.",
            "id": "Metode interval {ci!r} tidak dikenal.",
        },
        "err.boot_ci_method.hint": {
            "en": "Use percentile or bca.",
            "id": "Pakai percentile atau bca.",
        },
        "err.boot_level": {
            "en": "The confidence level must be between 0 and 1.",
            "id": "Tingkat kepercayaan harus antara 0 dan 1.",
        },
        "err.boot_level.hint": {"en": "Use {level:.2f}.", "id": "Pakai {level:.2f}."},
        "err.boot_indices": {
            "en": "Injected indices must be a (resamples x {n}) array of row positions 0..{last}.",
            "id": "Indeks yang diberikan harus berupa larik (subsampel x {n}) berisi posisi "
            "baris 0..{last}.",
        },
        "err.boot_too_few": {
            "en": "The bootstrap needs at least 2 resamples.",
            "id": "Bootstrap memerlukan paling sedikit 2 subsampel.",
        },
        "err.boot_too_few.hint": {
            "en": "Use 5000, as the study did.",
            "id": "Pakai 5000, seperti dalam studi.",
        },
        "err.boot_cancelled": {"en": "The bootstrap was cancelled.", "id": "Bootstrap dibatalkan."},
        "err.boot_cancelled.hint": {
            "en": "Start it again when you are ready.",
            "id": "Mulai lagi kapan pun Anda siap.",
        },
    }
)


# -- glossary: one term per idea in each language (issue 20) ------------------------------
#: The chosen term for each idea: idea -> (English, Indonesian). Sentences an owner reads
#: (notes, advice, the owner's pages, Learn) say "topic" / "question"; the reviewer tables,
#: the workbook's headers and the Word chapter keep the technical "construct" / "item"
#: (Learn introduces both: "topic (construct)"). The respondents' own questionnaire items
#: keep "siaran langsung" (formal register, the sample's export); everywhere else a
#: live-streaming sale is "live jualan". tests/test_text.py checks every chosen term is in
#: use and no entry uses a word GLOSSARY replaced.
TERMS: dict[str, tuple[str, str]] = {
    "construct, in sentences": ("topic", "topik"),
    "construct, in reviewer tables and the Word chapter": ("construct", "konstruk"),
    "item, in sentences": ("question", "pertanyaan"),
    "item, in table headers and the Word chapter": ("item", "butir"),
    "people who answered, counted": ("responses", "responden"),
    "CLE": ("engagement", "keterlibatan"),
    "VCC": ("co-creation", "penciptaan nilai bersama"),
    "a live-streaming sale": ("live stream", "live jualan"),
    "an item worded the other way round": ("reverse-coded", "berkode terbalik"),
    "recoding it": ("recode", "balik kode"),
    "R²": ("share of variation explained", "porsi variasi yang dijelaskan"),
    "adjusted R²": ("adjusted R²", "R² disesuaikan"),
    "standard error": ("standard error", "galat baku"),
    "a bootstrap draw": ("resample", "subsampel"),
    "p ≥ 0.05, for owners": (
        "not clear enough in these answers",
        "belum cukup jelas dalam jawaban ini",
    ),
    "the action for it": ("not enough evidence", "belum cukup bukti"),
    "association (never cause)": ("linked to", "berhubungan dengan"),
    "a construct an owner can act on": ("lever", "pendorong"),
    "the bootstrap interval, for owners": ("likely range", "rentang kemungkinan"),
    "R² ≥ 0.75 / ≥ 0.50": ("substantial", "substansial"),
    "R² 0.50-0.75": ("moderate", "sedang"),
    "Cronbach's alpha": ("Cronbach's α", "α Cronbach"),
    "composite reliability": ("composite reliability ρC", "reliabilitas komposit ρC"),
    "several authors": ("et al.", "dkk."),
    "a path's effect (direct, indirect, total)": ("effect", "pengaruh"),
    "effect size (f²)": ("effect size", "ukuran efek"),
}

#: Words the catalog does not use, with the term it uses instead (tests/test_text.py keeps
#: every entry to it; a word is matched whole, so "efek" does not match "efektif").
GLOSSARY: dict[str, dict[str, str]] = {
    "id": {
        "Investasikan": "Prioritaskan",
        "efek langsung": "pengaruh langsung",
        "efek tidak langsung": "pengaruh tidak langsung",
        "Efek total": "Pengaruh total",
        "tanpa efek": "tanpa pengaruh",
        "Tidak ada bukti": "Belum cukup bukti",
        "Kumpulkan lagi": "Tambah responden",
        "live streaming penjualan": "live jualan",
        "obrolan siaran": "kolom komentar live",
        "hasil mesin": "hasil analisis",
        "mesin analisis": "program analisis",
        "et al.": "dkk.",
        "Cronbach's alpha": "α Cronbach",
        "alfa Cronbach": "α Cronbach",
        "rho_": "ρA / ρC",
        "95 %": "95%",
        "tidak stabil dalam": "belum konvergen setelah",
        "Sangat berpengaruh": "paling kuat terkait",
        "tempat bertindak pertama": "Mulailah dari kanan bawah",
        "straight-lining": "jawaban seragam",
        "Centang 'reflective'": "Centang 'Reflektif'",
        "Kemungkinan rentang": "Rentang kemungkinan",
        "moderat": "sedang",
        "0,75 kuat": "0,75 substansial",
        "kuasa": "kekuatan uji",
        "Tidak signifikan pada 5%": "belum cukup jelas dalam jawaban ini",
    },
    "en": {
        "drives the next": "is linked to the next",
        "drive each other": "are linked",
        "matters a lot": "is most strongly linked",
        "means no evidence": "not clear enough in these answers",
        "Not significant at 5%": "not clear enough in these answers (owners read no p-values)",
        "No evidence": "Not enough evidence",
        "should carry over": "predicts new respondents like these better than a regression",
        "suits small samples": "works with modest samples",
        "6 minus": "(lowest + highest) minus the answer",
        "Hair et al. 2011": "the ten-times rule (Barclay et al. 1995)",
        "less than the others": "less strongly than the average lever",
        "how much R² drops": "(R² with − R² without) / (1 − R² with)",
        "rho_": "ρA / ρC",
        "95 %": "95%",
    },
}


# -- errors of the estimation settings (engine.base.settings) ----------------------------------
register(
    {
        "err.settings_scheme": {
            "en": "Unknown inner weighting scheme {value!r}.",
            "id": "Skema pembobotan dalam {value!r} tidak dikenal.",
        },
        "err.settings_scheme.hint": {
            "en": "Use one of: {choices}.",
            "id": "Pakai salah satu: {choices}.",
        },
        "err.settings_missing": {
            "en": "Unknown missing-data policy {value!r}.",
            "id": "Aturan data kosong {value!r} tidak dikenal.",
        },
        "err.settings_missing.hint": {
            "en": "Use one of: {choices}.",
            "id": "Pakai salah satu: {choices}.",
        },
        "err.settings_max_iter": {
            "en": "max_iter must be a whole number from 1 to {most:,d}.",
            "id": "max_iter harus bilangan bulat dari 1 sampai {most:,d}.",
        },
        "err.settings_max_iter.hint": {
            "en": "300 is the usual choice.",
            "id": "300 adalah pilihan yang biasa.",
        },
        "err.settings_tol": {
            "en": "tol must be a number from {low:g} to {high:g}.",
            "id": "tol harus bilangan dari {low:g} sampai {high:g}.",
        },
        "err.settings_tol.hint": {
            "en": "1e-07 is the usual choice.",
            "id": "1e-07 adalah pilihan yang biasa.",
        },
        "err.settings_missing_code": {
            "en": "The missing-answer code must be a number, such as -99.",
            "id": "Kode jawaban kosong harus berupa angka, misalnya -99.",
        },
        "err.settings_missing_code.hint": {
            "en": "Leave it empty when unanswered items are simply blank.",
            "id": "Biarkan kosong bila butir yang tidak dijawab memang dibiarkan kosong.",
        },
    }
)


# -- wt-17b: errors of the model, its files and the command line (engine.core, engine.cli) --
_MODEL_FILE_HINT = {
    "en": 'A model file looks like {{"constructs": [{{"name": "INT", "indicators": '
    '["INT01", "INT02"], "mode": "A", "reflective": false}}], "paths": [["INT", "CLE"]]}}.',
    "id": 'File model berbentuk seperti {{"constructs": [{{"name": "INT", "indicators": '
    '["INT01", "INT02"], "mode": "A", "reflective": false}}], "paths": [["INT", "CLE"]]}}.',
}
register(
    {
        "err.model_unknown_construct": {
            "en": "The model has no construct called {name!r}.",
            "id": "Model tidak punya konstruk bernama {name!r}.",
        },
        "err.model_unknown_construct.hint": {
            "en": "Check the spelling.",
            "id": "Periksa ejaannya.",
        },
        "err.model_not_object": {
            "en": "The model must be a JSON object.",
            "id": "Model harus berupa objek JSON.",
        },
        "err.model_not_object.hint": _MODEL_FILE_HINT,
        "err.model_no_list": {
            "en": "The model has no {key!r} list.",
            "id": "Model tidak punya daftar {key!r}.",
        },
        "err.model_no_list.hint": _MODEL_FILE_HINT,
        "err.model_lists": {
            "en": "'constructs' and 'paths' must both be lists.",
            "id": "'constructs' dan 'paths' harus sama-sama berupa daftar.",
        },
        "err.model_lists.hint": _MODEL_FILE_HINT,
        "err.model_construct_fields": {
            "en": "Construct number {number} needs a 'name' and 'indicators'.",
            "id": "Konstruk nomor {number} memerlukan 'name' dan 'indicators'.",
        },
        "err.model_construct_fields.hint": _MODEL_FILE_HINT,
        "err.model_indicators_list": {
            "en": "The indicators of construct {name!r} must be a list of item codes.",
            "id": "Indikator konstruk {name!r} harus berupa daftar kode butir.",
        },
        "err.model_indicators_list.hint": _MODEL_FILE_HINT,
        "err.model_reflective_flag": {
            "en": "'reflective' of construct {name!r} must be true or false.",
            "id": "'reflective' pada konstruk {name!r} harus true atau false.",
        },
        "err.model_reflective_flag.hint": _MODEL_FILE_HINT,
        "err.model_path_pair": {
            "en": "Each path must be a [source, target] pair; got {pair!r}.",
            "id": "Setiap jalur harus berupa pasangan [sumber, tujuan]; yang diberikan {pair!r}.",
        },
        "err.model_path_pair.hint": _MODEL_FILE_HINT,
        "err.model_labels": {
            "en": "'labels' must map item codes to question texts.",
            "id": "'labels' harus memetakan kode butir ke teks pertanyaan.",
        },
        "err.model_labels.hint": _MODEL_FILE_HINT,
        "part.model_constructs": {"en": "constructs", "id": "konstruk"},
        "part.model_items": {"en": "items", "id": "butir"},
        "part.model_paths": {"en": "paths", "id": "jalur"},
        "err.model_too_many": {
            "en": "The model has {count:,d} {what}, over the limit of {limit:,d}.",
            "id": "Model punya {count:,d} {what}, melebihi batas {limit:,d}.",
        },
        "err.model_too_many.hint": {
            "en": "Split it into smaller models, or drop what the question does not need.",
            "id": "Pecah menjadi model yang lebih kecil, atau buang yang tidak diperlukan.",
        },
        "err.model_name_not_text": {
            "en": "The name {name} is not text.",
            "id": "Nama {name} bukan teks.",
        },
        "err.model_name_not_text.hint": {
            "en": "Construct and item names are words, such as INT or INT01.",
            "id": "Nama konstruk dan butir harus berupa kata, misalnya INT atau INT01.",
        },
        "err.model_name_long": {
            "en": "The name {name} is {length:,d} characters long, over the limit of {limit}.",
            "id": "Nama {name} panjangnya {length:,d} karakter, melebihi batas {limit}.",
        },
        "err.model_name_long.hint": {
            "en": "Use a short code such as INT or INT01.",
            "id": "Pakai kode pendek seperti INT atau INT01.",
        },
        "err.model_no_constructs": {
            "en": "The model has no constructs.",
            "id": "Model tidak punya konstruk.",
        },
        "err.model_no_constructs.hint": {
            "en": "Add at least two constructs and a path.",
            "id": "Tambahkan paling sedikit dua konstruk dan satu jalur.",
        },
        "err.model_not_construct": {
            "en": "{value} is not a construct.",
            "id": "{value} bukan konstruk.",
        },
        "err.model_not_construct.hint": {
            "en": "Build constructs with composite().",
            "id": "Buat konstruk dengan composite().",
        },
        "err.model_empty_name": {
            "en": "A construct has an empty name.",
            "id": "Ada konstruk tanpa nama.",
        },
        "err.model_empty_name.hint": {
            "en": "Give every construct a name.",
            "id": "Beri nama setiap konstruk.",
        },
        "err.model_name_twice": {
            "en": "The construct name {name!r} is used twice.",
            "id": "Nama konstruk {name!r} dipakai dua kali.",
        },
        "err.model_name_twice.hint": {
            "en": "Give each construct its own name.",
            "id": "Beri setiap konstruk namanya sendiri.",
        },
        "err.model_empty_block": {
            "en": "Construct {name!r} has no items (an empty block).",
            "id": "Konstruk {name!r} tidak punya butir (blok kosong).",
        },
        "err.model_empty_block.hint": {
            "en": "Give it at least one item, or remove it.",
            "id": "Beri paling sedikit satu butir, atau hapus konstruknya.",
        },
        "err.model_mode": {
            "en": "Construct {name!r} has measurement mode {mode!r}.",
            "id": "Konstruk {name!r} memakai mode pengukuran {mode!r}.",
        },
        "err.model_mode.hint": {"en": 'Use mode "A" or "B".', "id": 'Pakai mode "A" atau "B".'},
        "err.model_single_item_b": {
            "en": "Construct {name!r} is mode B with a single item.",
            "id": "Konstruk {name!r} bermode B dengan satu butir saja.",
        },
        "err.model_single_item_b.hint": {
            "en": "A single-item construct is the item itself: use mode A.",
            "id": "Konstruk satu butir adalah butir itu sendiri: pakai mode A.",
        },
        "err.model_reflective_b": {
            "en": "Construct {name!r} is marked reflective but uses mode B.",
            "id": "Konstruk {name!r} ditandai reflektif tetapi memakai mode B.",
        },
        "err.model_reflective_b.hint": {
            "en": "Reflective (PLSc) constructs use mode A; make it a mode-B composite instead.",
            "id": "Konstruk reflektif (PLSc) memakai mode A; kalau ingin mode B, jadikan konstruk "
            "ini komposit mode B (hapus tanda reflektifnya).",
        },
        "err.model_empty_item": {
            "en": "Construct {name!r} has an empty item name.",
            "id": "Konstruk {name!r} punya butir tanpa nama.",
        },
        "err.model_empty_item.hint": {"en": "Name every item.", "id": "Beri nama setiap butir."},
        "err.model_item_twice": {
            "en": "Item {item!r} appears twice in {name!r}.",
            "id": "Butir {item!r} muncul dua kali di {name!r}.",
        },
        "err.model_item_twice.hint": {
            "en": "Each item measures exactly one construct; remove the duplicate.",
            "id": "Setiap butir mengukur tepat satu konstruk; hapus duplikatnya.",
        },
        "err.model_item_shared": {
            "en": "Item {item!r} appears in both {first!r} and {name!r}.",
            "id": "Butir {item!r} muncul di {first!r} dan juga di {name!r}.",
        },
        "err.model_item_shared.hint": {
            "en": "Each item measures exactly one construct; remove the duplicate.",
            "id": "Setiap butir mengukur tepat satu konstruk; hapus duplikatnya.",
        },
        "err.model_name_is_item": {
            "en": "{name!r} is both a construct name and an item code.",
            "id": "{name!r} dipakai sebagai nama konstruk sekaligus kode butir.",
        },
        "err.model_name_is_item.hint": {
            "en": "Rename one of them.",
            "id": "Ganti salah satu namanya.",
        },
        "err.model_no_paths": {"en": "The model has no paths.", "id": "Model tidak punya jalur."},
        "err.model_no_paths.hint": {
            "en": "Add at least one path, for example INT -> CLE.",
            "id": "Tambahkan paling sedikit satu jalur, misalnya INT -> CLE.",
        },
        "err.model_path_unknown": {
            "en": "The path {source} -> {target} names {end!r}, which is not a construct of "
            "the model.",
            "id": "Jalur {source} -> {target} menyebut {end!r}, yang bukan konstruk dalam model.",
        },
        "err.model_path_unknown.hint": {
            "en": "Add the construct or correct the path.",
            "id": "Tambahkan konstruknya atau perbaiki jalurnya.",
        },
        "err.model_path_self": {
            "en": "The path {source} -> {target} points at itself.",
            "id": "Jalur {source} -> {target} mengarah ke dirinya sendiri.",
        },
        "err.model_path_self.hint": {"en": "Remove it.", "id": "Hapus jalur itu."},
        "err.model_path_twice": {
            "en": "The path {source} -> {target} is listed twice.",
            "id": "Jalur {source} -> {target} tercantum dua kali.",
        },
        "err.model_path_twice.hint": {"en": "Remove the duplicate.", "id": "Hapus duplikatnya."},
        "err.model_unconnected": {
            "en": "Construct {name!r} has no paths at all.",
            "id": "Konstruk {name!r} sama sekali tidak punya jalur.",
        },
        "err.model_unconnected.hint": {
            "en": "Connect it to another construct or remove it from the model.",
            "id": "Hubungkan ke konstruk lain atau hapus dari model.",
        },
        "err.model_cycle": {
            "en": "The paths form a cycle through {names}.",
            "id": "Jalur-jalur membentuk lingkaran melalui {names}.",
        },
        "err.model_cycle.hint": {
            "en": "PLS path models must be recursive: remove one path of the loop.",
            "id": "Model jalur PLS harus rekursif: hapus satu jalur dari lingkaran itu.",
        },
        "part.minutes_whole": {"en": "{minutes:,d}", "id": "{minutes:,d}"},
        "part.minutes_tenth": {"en": "{minutes:.1f}", "id": "{minutes:.1f}"},
        "err.limit_resamples_whole": {
            "en": "The number of resamples must be a whole number.",
            "id": "Jumlah subsampel harus bilangan bulat.",
        },
        "err.limit_resamples_whole.hint": {
            "en": "Use 5000, as the study did.",
            "id": "Pakai 5000, seperti dalam studi.",
        },
        "err.limit_resamples": {
            "en": "{n_boot:,d} resamples is over the limit of {limit:,d}.",
            "id": "{n_boot:,d} subsampel melebihi batas {limit:,d}.",
        },
        "err.limit_resamples.hint": {
            "en": "Use 5000, as the study did; more adds little precision.",
            "id": "Pakai 5000, seperti dalam studi; lebih banyak hampir tidak menambah ketelitian.",
        },
        "err.limit_bootstrap_time": {
            "en": "This bootstrap would take about {minutes} minutes ({n_boot:,d} resamples of "
            "{n_items:,d} items and {n_obs:,d} responses), over the {limit}-minute limit of one "
            "request.",
            "id": "Bootstrap ini akan memakan waktu sekitar {minutes} menit ({n_boot:,d} "
            "subsampel dari {n_items:,d} butir dan {n_obs:,d} responden), melebihi batas {limit} "
            "menit untuk satu permintaan.",
        },
        "err.limit_bootstrap_time.hint": {
            "en": "Use fewer resamples, fewer items or a smaller model.",
            "id": "Pakai lebih sedikit subsampel, lebih sedikit butir, atau model yang lebih "
            "kecil.",
        },
        "err.limit_permutations": {
            "en": "The number of permutations must be a whole number from {low} to {high:,d}.",
            "id": "Jumlah permutasi harus bilangan bulat dari {low} sampai {high:,d}.",
        },
        "err.limit_permutations.hint": {
            "en": "Use 1000, the usual choice.",
            "id": "Pakai 1000, pilihan yang biasa.",
        },
        "err.limit_groups": {
            "en": "The column has {n_groups:,d} different values, over the limit of {limit} "
            "groups to compare.",
            "id": "Kolom itu punya {n_groups:,d} nilai berbeda, melebihi batas {limit} "
            "kelompok untuk dibandingkan.",
        },
        "err.limit_groups.hint": {
            "en": "Choose a column with a few groups, such as platform or gender, or merge values.",
            "id": "Pilih kolom dengan sedikit kelompok, misalnya platform atau gender, atau "
            "gabungkan nilainya.",
        },
        "err.limit_groups_time": {
            "en": "Comparing {n_groups} groups would take about {minutes} minutes, over the "
            "{limit}-minute limit of one request.",
            "id": "Membandingkan {n_groups} kelompok akan memakan waktu sekitar {minutes} menit, "
            "melebihi batas {limit} menit untuk satu permintaan.",
        },
        "err.limit_groups_time.hint": {
            "en": "Use fewer permutations, or compare fewer groups at a time.",
            "id": "Pakai lebih sedikit permutasi, atau bandingkan lebih sedikit kelompok "
            "sekaligus.",
        },
        "err.mode_b_collinear": {
            "en": "The items of {name} ({items}) are exactly collinear: one of them is a weighted "
            "sum of the others, so {name}'s mode B weights have no single answer.",
            "id": "Butir-butir {name} ({items}) kolinear sempurna: salah satunya merupakan jumlah "
            "berbobot dari yang lain, sehingga bobot mode B untuk {name} tidak dapat ditentukan "
            "secara unik.",
        },
        # files given back to us (engine.core.schema): "This model file <problem>."
        "err.file_analysis": {
            "en": "This analysis file {problem}.",
            "id": "File analisis ini {problem}.",
        },
        "err.file_analysis.hint": {
            "en": "Open a file saved with 'Save analysis', unchanged.",
            "id": "Buka file yang disimpan lewat 'Simpan analisis', tanpa mengubahnya.",
        },
        "err.file_mapping": {
            "en": "This mapping file {problem}.",
            "id": "File pemetaan ini {problem}.",
        },
        "err.file_mapping.hint": {
            "en": "Save the mapping again from Driver Lab.",
            "id": "Simpan ulang pemetaannya dari Driver Lab.",
        },
        "err.file_model": {"en": "This model file {problem}.", "id": "File model ini {problem}."},
        "err.file_model.hint": _MODEL_FILE_HINT,
        "part.file_too_big": {
            "en": "is {size:.1f} MB, over the {limit} MB limit",
            "id": "berukuran {size:.1f} MB, melebihi batas {limit} MB",
        },
        "part.file_not_json": {"en": "is not valid JSON", "id": "bukan JSON yang sah"},
        "part.file_not_json_at": {
            "en": "is not valid JSON (line {line}, column {column})",
            "id": "bukan JSON yang sah (baris {line}, kolom {column})",
        },
        "part.file_too_deep": {
            "en": "nests lists or objects more than {most} levels deep",
            "id": "bersarang lebih dari {most} tingkat",
        },
        "part.file_unusable": {
            "en": "cannot be used: {problem}",
            "id": "tidak dapat dipakai: {problem}",
        },
        "part.file_unusable_at": {
            "en": "cannot be used ({field}): {problem}",
            "id": "tidak dapat dipakai ({field}): {problem}",
        },
        "part.json_null": {"en": "null", "id": "null"},
        "part.json_bool": {"en": "true/false", "id": "true/false"},
        "part.json_number": {"en": "a number", "id": "angka"},
        "part.json_whole": {"en": "a whole number", "id": "bilangan bulat"},
        "part.json_text": {"en": "text", "id": "teks"},
        "part.json_list": {"en": "a list", "id": "daftar"},
        "part.json_object": {"en": "an object", "id": "objek"},
        "part.json_object_braces": {"en": "an object {{...}}", "id": "objek {{...}}"},
        "part.json_list_brackets": {"en": "a list [...]", "id": "daftar [...]"},
        "part.json_true_false": {"en": "true or false", "id": "true atau false"},
        "part.json_pair": {
            "en": "a [source, target] pair",
            "id": "pasangan [sumber, tujuan]",
        },
        "part.bad_type": {
            "en": "{field} must be {wanted}, not {found}",
            "id": "{field} harus {wanted}, bukan {found}",
        },
        "part.bad_entries": {
            "en": "{field} has {n:,d} entries, over the limit of {most:,d}",
            "id": "{field} berisi {n:,d} entri, melebihi batas {most:,d}",
        },
        "part.bad_length": {
            "en": "{field} is {n:,d} characters long, over the limit of {most:,d}",
            "id": "{field} panjangnya {n:,d} karakter, melebihi batas {most:,d}",
        },
        "part.bad_empty": {"en": "{field} is empty", "id": "{field} kosong"},
        "part.bad_choice": {
            "en": "{field} must be one of {options}, not {value}",
            "id": "{field} harus salah satu dari {options}, bukan {value}",
        },
        "part.bad_range": {
            "en": "{field} must be {kind} from {low:g} to {high:g}, not {value}",
            "id": "{field} harus {kind} dari {low:g} sampai {high:g}, bukan {value}",
        },
        "part.bad_twice": {
            "en": "{value} is listed twice in {field}",
            "id": "{value} tercantum dua kali di {field}",
        },
        "part.bad_missing": {"en": "{field} is missing", "id": "{field} tidak ada"},
        "part.bad_missing_key": {"en": "{field}.{key} is missing", "id": "{field}.{key} tidak ada"},
        "part.bad_items": {
            "en": "the model has {n:,d} items, over the limit of {most:,d}",
            "id": "model punya {n:,d} butir, melebihi batas {most:,d}",
        },
        "part.bad_column_fields": {
            "en": "{field} needs a column and maps_to",
            "id": "{field} memerlukan column dan maps_to",
        },
        "part.bad_many_params": {
            "en": "{field} has more than {most} entries",
            "id": "{field} berisi lebih dari {most} entri",
        },
        "part.bad_column_twice": {
            "en": "the column {value} is listed twice",
            "id": "kolom {value} tercantum dua kali",
        },
        "part.bad_not_analysis": {
            "en": "it is not a Driver Lab analysis (no driver_lab_analysis: 1)",
            "id": "isinya bukan analisis Driver Lab (tidak ada driver_lab_analysis: 1)",
        },
        "part.bad_base64": {"en": "{field} is not base64", "id": "{field} bukan base64"},
        "part.bad_setting": {
            "en": "settings has an unknown field {value}",
            "id": "settings berisi isian yang tidak dikenal: {value}",
        },
        "err.cli_model_unreadable": {
            "en": "The model file {path} cannot be read.",
            "id": "File model {path} tidak dapat dibaca.",
        },
        "err.cli_model_unreadable.hint": {
            "en": "Check the path and that it is a JSON file.",
            "id": "Periksa lokasinya dan pastikan itu file JSON.",
        },
        "err.cli_mapping_unreadable": {
            "en": "The mapping file {path} cannot be read.",
            "id": "File pemetaan {path} tidak dapat dibaca.",
        },
        "err.cli_mapping_unreadable.hint": {"en": "Check the path.", "id": "Periksa lokasinya."},
        "err.cli_file_unwritable": {
            "en": "The file {path} cannot be written ({reason}).",
            "id": "File {path} tidak dapat ditulis ({reason}).",
        },
        "err.cli_file_unwritable.hint": {
            "en": "Choose a folder you can write to.",
            "id": "Pilih folder tempat Anda boleh menyimpan file.",
        },
        "err.cli_mapping_unwritable": {
            "en": "The mapping cannot be written to {path} ({reason}).",
            "id": "Pemetaan tidak dapat ditulis ke {path} ({reason}).",
        },
        "err.cli_mapping_unwritable.hint": {
            "en": "Choose a folder you can write to.",
            "id": "Pilih folder tempat Anda boleh menyimpan file.",
        },
        "err.cli_result_unwritable": {
            "en": "The result cannot be written to {path} ({reason}).",
            "id": "Hasil tidak dapat ditulis ke {path} ({reason}).",
        },
        "err.cli_result_unwritable.hint": {
            "en": "Choose a folder you can write to.",
            "id": "Pilih folder tempat Anda boleh menyimpan file.",
        },
        # the survey builder's refusals (collect/store.py)
        "err.collect_lang": {
            "en": "The survey's language must be English or Indonesian.",
            "id": "Bahasa survei harus Inggris atau Indonesia.",
        },
        "err.collect_lang.hint": {"en": "Choose en or id.", "id": "Pilih en atau id."},
        "err.collect_title": {
            "en": "The survey needs a title of 1 to {most} characters.",
            "id": "Judul survei harus 1 sampai {most} karakter.",
        },
        "err.collect_title.hint": {"en": "Write a short title.", "id": "Tulis judul singkat."},
        "err.collect_consent": {
            "en": "The consent line is longer than {most} characters.",
            "id": "Kalimat persetujuan melebihi {most} karakter.",
        },
        "err.collect_consent.hint": {"en": "Shorten it.", "id": "Persingkat kalimatnya."},
        "err.collect_code_twice": {
            "en": "Two questions have the same code.",
            "id": "Dua pertanyaan memakai kode yang sama.",
        },
        "err.collect_code_twice.hint": {
            "en": "Give every question its own code.",
            "id": "Beri setiap pertanyaan kodenya sendiri.",
        },
        "err.collect_wording": {
            "en": "Question {code} needs a wording of 1 to {most} characters.",
            "id": "Kalimat pertanyaan {code} harus 1 sampai {most} karakter.",
        },
        "err.collect_wording.hint": {
            "en": "Write the question, or remove it.",
            "id": "Tulis pertanyaannya, atau hapus.",
        },
        "err.collect_unknown_question": {
            "en": "'{code}' is not a question this survey can ask.",
            "id": "'{code}' bukan pertanyaan yang bisa diajukan survei ini.",
        },
        "err.collect_unknown_question.hint": {"en": "Remove it.", "id": "Hapus pertanyaan itu."},
        "err.collect_items_per_construct": {
            "en": "{name} has {n} questions.",
            "id": "{name} memiliki {n} pertanyaan.",
        },
        "err.collect_items_per_construct.hint": {
            "en": "Keep between {low} and {high} questions for each topic.",
            "id": "Sisakan {low} sampai {high} pertanyaan untuk setiap topik.",
        },
        "err.collect_note": {
            "en": "The note is longer than {most} characters.",
            "id": "Catatan lebih dari {most} karakter.",
        },
        "err.collect_note.hint": {"en": "Shorten it.", "id": "Persingkat catatannya."},
        "err.collect_waves": {
            "en": "This survey already has {most} waves.",
            "id": "Survei ini sudah punya {most} gelombang.",
        },
        "err.collect_waves.hint": {
            "en": "Delete an old wave first.",
            "id": "Hapus gelombang lama dulu.",
        },
        "err.collect_only_wave": {
            "en": "This is the survey's only wave.",
            "id": "Ini satu-satunya gelombang survei.",
        },
        "err.collect_only_wave.hint": {
            "en": "Delete the whole survey instead.",
            "id": "Hapus saja seluruh surveinya.",
        },
        "err.mode_b_collinear.hint": {
            "en": "Remove one of {items} from {name} (for example a column that is a total of "
            "the others), or measure it in mode A.",
            "id": "Hapus salah satu dari {items} dari {name} (misalnya kolom yang merupakan total "
            "dari yang lain), atau ukur {name} dengan mode A.",
        },
    }
)


# -- wt-17b: the paper's own inconsistencies (engine.study.replication) ----------------------
register(
    {
        "rep_what.adjusted_r2": {
            "en": "Table 5 prints adjusted R2 0.528 for CLE, above its R2 0.524, which is "
            "impossible; the text gives 0.518.",
            "id": "Tabel 5 mencetak R² disesuaikan 0,528 untuk CLE, di atas R²-nya 0,524, yang "
            "mustahil; teksnya menyebut 0,518.",
        },
        "rep_why.adjusted_r2": {
            "en": "Adjusted R² = 1 − (1 − R²)(n − 1)/(n − k − 1) is always below R² when there "
            "are predictors; with R² 0.524, n = 225 and k = 3 it is 0.518, as the text says.",
            "id": "R² disesuaikan = 1 − (1 − R²)(n − 1)/(n − k − 1) selalu di bawah R² bila ada "
            "prediktor; dengan R² 0,524, n = 225 dan k = 3 hasilnya 0,518, sesuai teks.",
        },
        "rep_what.vcc_diagonal": {
            "en": "Table 4 prints 0.886 as the VCC diagonal, but the square root of VCC's AVE "
            "0.749 is 0.865.",
            "id": "Tabel 4 mencetak 0,886 sebagai diagonal VCC, padahal akar kuadrat AVE VCC "
            "0,749 adalah 0,865.",
        },
        "rep_why.vcc_diagonal": {
            "en": "The Fornell-Larcker diagonal is the square root of AVE: √0.749 = 0.865, so "
            "0.886 cannot be right for VCC (it matches no other printed value either).",
            "id": "Diagonal Fornell-Larcker adalah akar kuadrat AVE: √0,749 = 0,865, jadi 0,886 "
            "tidak mungkin benar untuk VCC (juga tidak cocok dengan angka lain yang dicetak).",
        },
        "rep_what.personalization_items": {
            "en": "The method section announces six personalization items and 23 questions; "
            "Tables 2 and 3 report five personalization items, 22 in all.",
            "id": "Bagian metode menyebut enam butir personalisasi dan 23 pertanyaan; Tabel 2 "
            "dan 3 melaporkan lima butir personalisasi, 22 seluruhnya.",
        },
        "rep_why.personalization_items": {
            "en": "The method counts 23 questions with six personalization items, but the "
            "results use five; a dropped item (for a low loading, perhaps) should be reported.",
            "id": "Metode menghitung 23 pertanyaan dengan enam butir personalisasi, tetapi "
            "hasilnya memakai lima; butir yang dibuang (mungkin karena loading rendah) "
            "seharusnya dilaporkan.",
        },
        "rep_what.watch_band": {
            "en": "Table 1's watch-length band '62-90 min' leaves 61 unassigned; read it as 61-90.",
            "id": "Rentang lama menonton '62-90 min' di Tabel 1 membuat 61 tidak masuk ke mana "
            "pun; dibaca sebagai 61-90.",
        },
        "rep_why.watch_band": {
            "en": "Answer bands must cover every value once: '62-90 min' after '30-60 min' "
            "leaves 61 minutes nowhere; it is read here as 61-90.",
            "id": "Rentang jawaban harus mencakup setiap nilai tepat sekali: '62-90 min' setelah "
            "'30-60 min' membuat 61 menit tidak tercakup; di sini dibaca sebagai 61-90.",
        },
        "rep_what.platform_counts": {
            "en": "The platform row gives percentages only; of 225 respondents they round to "
            "63, 43, 43, 18 and 58.",
            "id": "Baris platform hanya memberi persentase; dari 225 responden, jumlahnya setelah "
            "dibulatkan adalah 63, 43, 43, 18 dan 58.",
        },
        "rep_why.platform_counts": {
            "en": "Platforms are printed as rounded percentages only; counts that round to them "
            "(63, 43, 43, 18, 58 of 225) are used here.",
            "id": "Platform hanya dicetak sebagai persentase yang dibulatkan; di sini dipakai "
            "jumlah yang dibulatkan ke angka itu (63, 43, 43, 18, 58 dari 225).",
        },
    }
)


# -- wt-17d: the charts' words (engine.outputs.charts draws them on pages and in files) --
CATALOG.update(
    {
        "chart.effect_axis": {
            "en": "Gain in {target} (points) per point more",
            "id": "Kenaikan {target} (poin) per 1 poin lebih",
        },
        "chart.importance_axis": {
            "en": "Importance: points of {target} per point",
            "id": "Kepentingan: poin {target} per kenaikan 1 poin",
        },
        "chart.rating_axis": {
            "en": "Rating by viewers (0-100)",
            "id": "Penilaian penonton (0-100)",
        },
    }
)


# -- wt-17a: survey intake (engine.intake.io, survey, suggest) ---------------------------------
register(
    {
        # where a limit was met: the start of a sentence
        "io.where.file": {"en": "The file", "id": "File ini"},
        "io.where.workbook": {"en": "The workbook", "id": "Workbook ini"},
        "io.where.sheet": {"en": "Sheet '{sheet}'", "id": "Lembar '{sheet}'"},
        "err.io_too_big": {
            "en": "The file is {size:.0f} MB, over the {limit:.0f} MB limit.",
            "id": "Ukuran file {size:.0f} MB, melebihi batas {limit:.0f} MB.",
        },
        "err.io_too_big.hint": {
            "en": "Export only the survey's answers (one sheet, no pictures) and upload that.",
            "id": "Ekspor hanya jawaban survei (satu lembar, tanpa gambar), lalu unggah file itu.",
        },
        "err.io_path_too_big": {
            "en": "The file is {size:.0f} MB, over the {limit:.0f} MB limit.",
            "id": "Ukuran file {size:.0f} MB, melebihi batas {limit:.0f} MB.",
        },
        "err.io_path_too_big.hint": {
            "en": "Export only the survey's answers and upload that.",
            "id": "Ekspor hanya jawaban survei, lalu unggah file itu.",
        },
        "err.io_empty": {"en": "The file is empty.", "id": "File ini kosong."},
        "err.io_empty.hint": {
            "en": "Check that you chose the right file.",
            "id": "Periksa apakah Anda memilih file yang benar.",
        },
        "err.io_binary": {
            "en": "The file holds binary data, not text.",
            "id": "File ini berisi data biner, bukan teks.",
        },
        "err.io_binary.hint": {
            "en": "Upload the survey as .xlsx or as CSV saved from your spreadsheet program.",
            "id": "Unggah survei sebagai .xlsx atau CSV yang disimpan dari program spreadsheet "
            "Anda.",
        },
        "err.io_nul": {
            "en": "The file holds binary data, not text.",
            "id": "File ini berisi data biner, bukan teks.",
        },
        "err.io_nul.hint": {
            "en": "Upload an .xlsx or CSV file.",
            "id": "Unggah file .xlsx atau CSV.",
        },
        "err.io_encoding": {
            "en": "The file's text encoding could not be recognised.",
            "id": "Pengodean teks file ini tidak dikenali.",
        },
        "err.io_encoding.hint": {
            "en": "Save it again from Excel as 'CSV UTF-8', or upload the .xlsx.",
            "id": "Simpan ulang dari Excel sebagai 'CSV UTF-8', atau unggah .xlsx-nya.",
        },
        "err.io_rows": {
            "en": "{where} has more than {most:,d} rows.",
            "id": "{where} punya lebih dari {most:,d} baris.",
        },
        "err.io_rows.hint": {
            "en": "Upload one survey's responses at a time.",
            "id": "Unggah jawaban satu survei saja setiap kali.",
        },
        "err.io_columns": {
            "en": "{where} has {n:,d} columns, over the {most:,d} limit.",
            "id": "{where} punya {n:,d} kolom, melebihi batas {most:,d}.",
        },
        "err.io_columns.hint": {
            "en": "Keep only the survey's questions.",
            "id": "Simpan hanya kolom pertanyaan survei.",
        },
        "err.io_cells": {
            "en": "{where} has more than {most:,d} cells (rows x columns).",
            "id": "{where} punya lebih dari {most:,d} sel (baris x kolom).",
        },
        "err.io_cells.hint": {
            "en": "Keep only the survey's questions and responses, or split the file.",
            "id": "Simpan hanya pertanyaan dan jawaban survei, atau pecah filenya.",
        },
        "err.io_slow": {
            "en": "Reading the file took longer than {seconds:.0f} seconds, so it was stopped.",
            "id": "Pembacaan file ini dihentikan karena memakan waktu lebih dari {seconds:.0f} "
            "detik.",
        },
        "err.io_slow.hint": {
            "en": "Keep only the survey's questions and responses (or save it as CSV) and upload "
            "it again.",
            "id": "Simpan hanya pertanyaan dan jawaban survei (atau simpan sebagai CSV) lalu "
            "unggah lagi.",
        },
        "err.io_line": {
            "en": "A line of the file is {n:,d} characters long, over the {most:,d} limit.",
            "id": "Satu baris dalam file panjangnya {n:,d} karakter, melebihi batas {most:,d}.",
        },
        "err.io_line.hint": {
            "en": "This is not a survey export as it stands; check the file.",
            "id": "Ini bukan ekspor survei; periksa filenya.",
        },
        "err.io_csv": {
            "en": "The file could not be read as a table ({detail}).",
            "id": "File tidak dapat dibaca sebagai tabel ({detail}).",
        },
        "err.io_csv.hint": {
            "en": "Save it again from your spreadsheet program as CSV.",
            "id": "Simpan ulang dari program spreadsheet Anda sebagai CSV.",
        },
        "err.io_zip_bad": {
            "en": "The file is not a valid Excel workbook (it may be damaged or renamed).",
            "id": "File ini bukan workbook Excel yang sah (mungkin rusak atau diganti namanya).",
        },
        "err.io_zip_bad.hint": {
            "en": "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            "id": "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
        },
        "err.io_zip_parts": {
            "en": "The workbook has too many parts to be a survey export.",
            "id": "Workbook ini punya terlalu banyak bagian untuk sebuah ekspor survei.",
        },
        "err.io_zip_parts.hint": {"en": "Export as CSV.", "id": "Ekspor sebagai CSV."},
        "err.io_zip_bomb": {
            "en": "The workbook unpacks to {unpacked:.0f} MB from {packed:.0f} MB (limit "
            "{limit:.0f} MB, at most {ratio}:1); it looks like a decompression bomb, not a survey.",
            "id": "Workbook ini mengembang menjadi {unpacked:.0f} MB dari {packed:.0f} MB (batas "
            "{limit:.0f} MB, paling banyak {ratio}:1); ini tampak seperti bom dekompresi, bukan "
            "survei.",
        },
        "err.io_zip_bomb.hint": {
            "en": "Export the survey again from your questionnaire tool.",
            "id": "Ekspor ulang survei dari aplikasi kuesioner Anda.",
        },
        "err.io_zip_not_xlsx": {
            "en": "The file is a zip archive but not an Excel workbook.",
            "id": "File ini arsip zip tetapi bukan workbook Excel.",
        },
        "err.io_zip_not_xlsx.hint": {
            "en": "Upload an .xlsx or CSV file.",
            "id": "Unggah file .xlsx atau CSV.",
        },
        "err.io_cell": {
            "en": "A cell holds {n:,d} characters, over Excel's own limit of {most:,d}.",
            "id": "Satu sel berisi {n:,d} karakter, melebihi batas Excel sendiri, yaitu {most:,d}.",
        },
        "err.io_cell.hint": {
            "en": "Check the file; a survey answer is never that long.",
            "id": "Periksa filenya; jawaban survei tidak pernah sepanjang itu.",
        },
        "err.io_xlsx_hostile": {
            "en": "The workbook contains XML that is refused for safety (entity expansion).",
            "id": "Workbook ini berisi XML yang ditolak demi keamanan (perluasan entitas).",
        },
        "err.io_xlsx_hostile.hint": {
            "en": "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            "id": "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
        },
        "err.io_xlsx_open": {
            "en": "The Excel file could not be opened; it may be damaged or not really .xlsx.",
            "id": "File Excel tidak dapat dibuka; mungkin rusak atau sebenarnya bukan .xlsx.",
        },
        "err.io_xlsx_open.hint": {
            "en": "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            "id": "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
        },
        "err.io_xlsx_read": {
            "en": "The Excel file could not be read to the end; it may be damaged.",
            "id": "File Excel tidak dapat dibaca sampai akhir; mungkin rusak.",
        },
        "err.io_xlsx_read.hint": {
            "en": "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            "id": "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
        },
        "err.io_no_file": {"en": "There is no file at {path}.", "id": "Tidak ada file di {path}."},
        "err.io_no_file.hint": {"en": "Check the path.", "id": "Periksa lokasinya."},
        "err.io_folder": {
            "en": "{path} is a folder, not a file.",
            "id": "{path} adalah folder, bukan file.",
        },
        "err.io_folder.hint": {
            "en": "Give the data file.",
            "id": "Tunjuk file datanya, bukan foldernya.",
        },
        "err.io_no_permission": {
            "en": "{path} cannot be opened (no permission).",
            "id": "{path} tidak dapat dibuka (tidak ada izin).",
        },
        "err.io_no_permission.hint": {"en": "Check the file.", "id": "Periksa izin akses filenya."},
        "err.io_xls": {
            "en": "Old Excel files (.xls) are not read.",
            "id": "File Excel format lama (.xls) tidak dapat dibaca.",
        },
        "err.io_xls.hint": {
            "en": "Open it in Excel and 'Save as' .xlsx, or export it as CSV.",
            "id": "Buka di Excel lalu simpan sebagai .xlsx (Save As), atau ekspor sebagai CSV.",
        },
        "err.io_no_sheet": {
            "en": "The workbook has no sheet called '{sheet}'.",
            "id": "Workbook tidak punya lembar bernama '{sheet}'.",
        },
        "err.io_no_sheet.hint": {
            "en": "Choose one of: {sheets}.",
            "id": "Pilih salah satu: {sheets}.",
        },
        "err.io_picture": {
            "en": "The file is a picture or a PDF, not a table.",
            "id": "File ini gambar atau PDF, bukan tabel.",
        },
        "err.io_picture.hint": {
            "en": "Upload the survey's answers as .xlsx or CSV.",
            "id": "Unggah jawaban survei sebagai .xlsx atau CSV.",
        },
        "err.io_type": {
            "en": "Files of type '{suffix}' cannot be read.",
            "id": "File bertipe '{suffix}' tidak dapat dibaca.",
        },
        "err.io_type.hint": {
            "en": "Use an .xlsx or .csv file.",
            "id": "Pakai file .xlsx atau .csv.",
        },
        "err.io_no_rows": {
            "en": "The file has a header but no rows of answers.",
            "id": "File ini punya judul kolom tetapi tidak ada baris jawaban.",
        },
        "err.io_no_rows.hint": {
            "en": "Check that it is the export with the responses.",
            "id": "Periksa apakah ini ekspor yang berisi jawaban.",
        },
        "err.io_no_table": {
            "en": "The file has no table in it.",
            "id": "File ini tidak berisi tabel.",
        },
        "err.io_no_table.hint": {
            "en": "Check that it is the export with the responses.",
            "id": "Periksa apakah ini ekspor yang berisi jawaban.",
        },
    }
)
# what reading a file did (engine.intake.io, Table.messages)
register(
    {
        "io.note.comma": {"en": "comma-separated", "id": "dipisah koma"},
        "io.note.semicolon": {"en": "semicolon-separated", "id": "dipisah titik koma"},
        "io.note.tab": {"en": "tab-separated", "id": "dipisah tab"},
        "io.note.pipe": {"en": "pipe-separated", "id": "dipisah garis tegak"},
        "io.note.decimal_commas": {"en": "decimal commas", "id": "koma desimal"},
        "io.note.bom": {"en": "UTF-8 (with BOM)", "id": "UTF-8 (dengan BOM)"},
        "io.note.encoding": {"en": "{name}", "id": "{name}"},
        "io.note.sheet": {"en": "sheet '{sheet}' of {n}", "id": "lembar '{sheet}' dari {n}"},
        "io.note.two_rows": {
            "en": "two header rows (question, then grid row) read as one",
            "id": "dua baris judul (pertanyaan, lalu baris grid) dibaca sebagai satu",
        },
        "io.note.title_rows": {
            "en": "{n} title row(s) above the header skipped",
            "id": "{n} baris judul di atas baris judul kolom dilewati",
        },
        "io.note.empty_rows": {
            "en": "{n} empty row(s) skipped",
            "id": "{n} baris kosong dilewati",
        },
    }
)
# refusals while importing a survey (engine.intake.survey)
register(
    {
        "err.survey_target": {
            "en": "'{target}' is not something a column can be mapped to.",
            "id": "'{target}' bukan sesuatu yang bisa dipetakan dari sebuah kolom.",
        },
        "err.survey_target.hint": {
            "en": "Map it to a topic or a question code of the model, a profile question "
            "({fields}), a screening question, or leave it unused.",
            "id": "Petakan ke topik atau kode pertanyaan dalam model, pertanyaan profil "
            "({fields}), pertanyaan penyaringan, atau biarkan tidak dipakai.",
        },
        "err.survey_no_column": {
            "en": "The mapping names a column '{column}' that this file does not have.",
            "id": "Pemetaan menyebut kolom '{column}' yang tidak ada di file ini.",
        },
        "err.survey_no_column.hint": {
            "en": "The file may come from another version of the questionnaire; check the mapping.",
            "id": "File ini mungkin dari versi kuesioner yang lain; periksa pemetaannya.",
        },
        "err.survey_mapped_twice": {
            "en": "Both '{first}' and '{second}' are mapped to {target}.",
            "id": "'{first}' dan '{second}' sama-sama dipetakan ke {target}.",
        },
        "err.survey_mapped_twice.hint": {
            "en": "Map each item or question to one column only.",
            "id": "Petakan setiap butir atau pertanyaan ke satu kolom saja.",
        },
        "err.survey_not_answers": {
            "en": "Column '{column}' ({target}) holds {n} answers that are neither numbers nor "
            "agreement labels, e.g. {examples}.",
            "id": "Kolom '{column}' ({target}) berisi {n} jawaban yang bukan angka maupun label "
            "persetujuan, misalnya {examples}.",
        },
        "err.survey_not_answers.hint": {
            "en": "Use 1-5 or labels such as 'Setuju' / 'Agree', or map that column to something "
            "else.",
            "id": "Pakai 1-5 atau label seperti 'Setuju' / 'Agree', atau petakan kolom itu ke hal "
            "lain.",
        },
        "err.survey_duplicate_item": {
            "en": "Two columns look like item {item}: '{first}' and '{second}'.",
            "id": "Dua kolom tampak seperti pertanyaan {item}: '{first}' dan '{second}'.",
        },
        "err.survey_duplicate_item.hint": {
            "en": "Remove the duplicate column, or map one of them to something else.",
            "id": "Hapus kolom duplikatnya, atau petakan salah satunya ke hal lain.",
        },
        "err.survey_not_reversible": {
            "en": "{item} is marked as reverse-coded but is not an item of this survey.",
            "id": "{item} ditandai berkode terbalik, padahal bukan pertanyaan dalam survei ini.",
        },
        "err.survey_not_reversible.hint": {
            "en": "Check the list of reversed items.",
            "id": "Periksa daftar pertanyaan berkode terbalik.",
        },
        "err.survey_construct_empty": {
            "en": "No question of this file measures {constructs}.",
            "id": "Tidak ada pertanyaan di file ini yang mengukur {constructs}.",
        },
        "err.survey_construct_empty.hint": {
            "en": "Map at least one of your questions to each topic (three or more measure it "
            "more reliably), or change the model.",
            "id": "Petakan paling sedikit satu pertanyaan ke setiap topik (tiga atau lebih "
            "mengukurnya lebih andal), atau ubah modelnya.",
        },
    }
)
# why a column of her file was suggested as it was (engine.intake.suggest.explain)
register(
    {
        "intake.reason.code": {
            "en": "the header names item {item}",
            "id": "judul kolom memuat kode {item}",
        },
        "intake.reason.saved": {
            "en": "as in your saved mapping",
            "id": "sesuai pemetaan yang Anda simpan",
        },
        "intake.reason.section": {
            "en": 'the section title says "{section}"',
            "id": 'judul bagiannya "{section}"',
        },
        "intake.reason.words": {"en": "about {words}", "id": "tentang {words}"},
        "intake.reason.neighbours": {
            "en": "the questions next to it are about the same",
            "id": "pertanyaan di sebelahnya membahas hal yang sama",
        },
        "intake.reason.guess": {
            "en": "no clear clue: please check",
            "id": "tidak ada petunjuk yang jelas; mohon periksa",
        },
        "intake.reason.profile": {
            "en": "a profile question ({field})",
            "id": "pertanyaan profil ({field})",
        },
        "intake.reason.screening": {"en": "a screening question", "id": "pertanyaan penyaringan"},
        "intake.reason.time": {"en": "dates and times", "id": "tanggal dan jam"},
        "intake.reason.email": {"en": "e-mail addresses", "id": "alamat email"},
        "intake.reason.name": {"en": "names", "id": "nama"},
        "intake.reason.id": {"en": "a respondent number", "id": "nomor responden"},
        "intake.reason.text": {"en": "free text", "id": "teks bebas"},
        "intake.reason.choice": {
            "en": "a choice question the model does not use",
            "id": "pilihan yang tidak dipakai model",
        },
        "intake.reason.empty": {"en": "no answers", "id": "tidak ada jawaban"},
        "intake.reason.user": {"en": "your choice", "id": "pilihan Anda"},
        "intake.reason.extra": {
            "en": "an extra question beside the coded items",
            "id": "pertanyaan tambahan di luar pertanyaan berkode",
        },
        "intake.nothing": {"en": "nothing", "id": "tidak ada"},
        "err.intake_no_answers": {
            "en": "No column of this file holds answers on an agreement scale, so the model has "
            "no column for any of its {items} questions (columns: {columns}).",
            "id": "Tidak ada kolom di file ini yang berisi jawaban skala persetujuan, jadi "
            "tidak satu pun dari {items} pertanyaan model punya kolom (kolom: {columns}).",
        },
        "err.intake_no_answers.hint": {
            "en": "The model needs questions answered from 'Strongly disagree' to 'Strongly "
            "agree' (or 1-5, 1-7, 1-10); check that this is the export with the responses.",
            "id": "Model memerlukan pertanyaan yang dijawab dari 'Sangat tidak setuju' sampai "
            "'Sangat setuju' (atau 1-5, 1-7, 1-10); periksa apakah ini ekspor yang berisi "
            "jawaban.",
        },
    }
)


# -- wt-17c: owner analytics and their outputs (engine.analytics, engine.outputs) -------------
register(
    {
        "drv.limits": {
            "en": "A linear model: effects add up and stay the same size at every level. They "
            "were measured within the range of your answers, and a survey at one moment shows "
            "association, not proof that one thing causes the other.",
            "id": "Model linear: pengaruh-pengaruhnya dijumlahkan dan besarnya sama di setiap "
            "tingkat. Pengaruh itu diukur dalam rentang jawaban Anda, dan survei pada satu waktu "
            "hanya menunjukkan apa yang berhubungan dengan apa, bukan bukti bahwa yang satu "
            "menyebabkan yang lain.",
        },
        "drv.quadrant.fix_first": {
            "en": "Fix first: strongly linked, rated low",
            "id": "Perbaiki dulu: kuat terkait, dinilai rendah",
        },
        "drv.quadrant.keep_up": {
            "en": "Keep it up: strongly linked, rated high",
            "id": "Pertahankan: kuat terkait, dinilai tinggi",
        },
        "drv.quadrant.low_priority": {
            "en": "Low priority: less strongly linked, rated low",
            "id": "Prioritas rendah: kurang kuat terkait, dinilai rendah",
        },
        "drv.quadrant.overkill": {
            "en": "Possible overkill: less strongly linked, rated high",
            "id": "Mungkin berlebihan: kurang kuat terkait, dinilai tinggi",
        },
        "err.scale_empty": {
            "en": "The answer scale must have a maximum above its minimum.",
            "id": "Nilai tertinggi skala jawaban harus di atas nilai terendahnya.",
        },
        "err.scale_empty.hint": {
            "en": "Give the lowest and the highest answer of the scale, for example 1 and 5.",
            "id": "Isi jawaban terendah dan tertinggi skalanya, misalnya 1 dan 5.",
        },
        "err.not_an_outcome": {
            "en": "{target} is not an outcome of the model (nothing points to it).",
            "id": "{target} bukan hasil dalam model (tidak ada jalur yang mengarah ke sana).",
        },
        "err.not_an_outcome.hint": {
            "en": "Choose one of: {choices}.",
            "id": "Pilih salah satu: {choices}.",
        },
        "err.no_construct": {
            "en": "The model has no construct {name!r}.",
            "id": "Model tidak punya konstruk {name!r}.",
        },
        "err.no_construct.hint": {"en": "Check the name.", "id": "Periksa namanya."},
        "err.no_group_column": {
            "en": "There is no column called {column!r} to compare groups by.",
            "id": "Tidak ada kolom bernama {column!r} untuk membandingkan kelompok.",
        },
        "err.no_group_column.hint": {
            "en": "Choose one of the profile columns, for example platform or gender.",
            "id": "Pilih salah satu kolom profil, misalnya platform atau gender.",
        },
        "err.groups_too_small": {
            "en": "Fewer than two groups of {column!r} have at least {minimum} respondents "
            "(sizes: {sizes}).",
            "id": "Kurang dari dua kelompok {column!r} yang punya paling sedikit {minimum} "
            "responden (ukuran: {sizes}).",
        },
        "err.groups_too_small.hint": {
            "en": "Merge small groups, or collect more responses before comparing.",
            "id": "Gabungkan kelompok kecil, atau tambah responden sebelum membandingkan.",
        },
        "err.groups_not_settled": {
            "en": "The model could not be estimated on the shuffled or resampled groups {a} "
            "and {b}: it did not settle within {max_iter} iterations.",
            "id": "Model untuk kelompok {a} dan {b} hasil pengacakan atau resampling tidak dapat "
            "diestimasi: belum konvergen setelah {max_iter} iterasi.",
        },
        "err.groups_not_settled.hint": {
            "en": "Raise the iteration limit, or look for items with almost no variation.",
            "id": "Naikkan batas iterasi, atau cari butir yang jawabannya hampir tidak bervariasi.",
        },
    }
)


# -- wt-17c: the thesis kit's Word document (engine.outputs.word), doc.* ----------------
register(
    {
        "doc.title": {
            "en": "Results",
            "id": "Hasil Penelitian",
        },
        "doc.draft_note": {
            "en": "Draft written by Driver Lab {version} from the analysis of {n} responses. "
            "Every number comes from the analysis; the wording is a first draft for you "
            "to edit.",
            "id": "Draf ditulis oleh Driver Lab {version} dari analisis {n} responden. Setiap "
            "angka berasal dari analisis; kalimatnya adalah draf pertama untuk Anda "
            "sunting.",
        },
        "doc.h_method": {
            "en": "Data Analysis",
            "id": "Analisis Data",
        },
        "doc.h_measurement": {
            "en": "Measurement Model",
            "id": "Model Pengukuran",
        },
        "doc.h_structural": {
            "en": "Structural Model and Hypothesis Testing",
            "id": "Model Struktural dan Uji Hipotesis",
        },
        "doc.h_mediation": {
            "en": "Mediation Analysis",
            "id": "Analisis Mediasi",
        },
        "doc.h_power": {
            "en": "Explanatory and Predictive Power",
            "id": "Daya Penjelas dan Daya Prediksi",
        },
        "doc.h_references": {
            "en": "References",
            "id": "Daftar Pustaka",
        },
        "doc.table": {
            "en": "Table",
            "id": "Tabel",
        },
        "doc.figure": {
            "en": "Figure",
            "id": "Gambar",
        },
        "doc.note": {
            "en": "Note.",
            "id": "Catatan.",
        },
        "doc.m_sample": {
            "en": "Of the {collected} responses collected, {excluded} were excluded "
            "({reasons}), leaving {n} for analysis.",
            "id": "Dari {collected} responden yang terkumpul, {excluded} dikeluarkan "
            "({reasons}), sehingga {n} responden dianalisis.",
        },
        "doc.m_sample_all": {
            "en": "All {n} responses were used in the analysis.",
            "id": "Seluruh {n} responden digunakan dalam analisis.",
        },
        "doc.m_profile": {
            "en": "Table {table} describes the respondents.",
            "id": "Tabel {table} menggambarkan profil responden.",
        },
        "doc.t_profile": {
            "en": "Respondent Profile",
            "id": "Profil Responden",
        },
        "doc.c_characteristic": {
            "en": "Characteristic",
            "id": "Karakteristik",
        },
        "doc.c_category": {
            "en": "Category",
            "id": "Kategori",
        },
        "doc.q.gender": {
            "en": "Gender",
            "id": "Jenis kelamin",
        },
        "doc.q.age": {
            "en": "Age",
            "id": "Usia",
        },
        "doc.q.watch_length": {
            "en": "Viewing time",
            "id": "Lama menonton",
        },
        "doc.q.platform": {
            "en": "Platform",
            "id": "Platform",
        },
        "doc.q.frequency": {
            "en": "Viewings per month",
            "id": "Menonton per bulan",
        },
        "doc.m_size": {
            "en": "By the inverse square root method (Kock & Hadaya, 2018), detecting the "
            "smallest path of the model ({path}, {beta}) with 80% power in a two-tailed "
            "test at the 5% level requires at least {minimum} responses; the sample of "
            "{n} {verdict}.",
            "id": "Menurut metode akar kuadrat terbalik (Kock & Hadaya, 2018), untuk mendeteksi "
            "jalur terkecil model ({path}, {beta}) dengan kekuatan uji 80% pada uji dua arah "
            "(taraf signifikansi 5%) dibutuhkan paling sedikit {minimum} responden; sampel {n} "
            "responden {verdict}.",
        },
        "doc.m_size_ok": {
            "en": "meets this requirement",
            "id": "memenuhi syarat ini",
        },
        "doc.m_size_short": {
            "en": "falls short of it",
            "id": "belum memenuhinya",
        },
        "doc.m_pls": {
            "en": "The model was estimated by partial least squares structural equation "
            "modelling (PLS-SEM; Hair et al., 2019) with Driver Lab {version}, using the "
            "{scheme} weighting scheme{plsc}; the algorithm {converged} after "
            "{iterations} iterations. Missing answers were handled by {missing}.",
            "id": "Model diestimasi dengan partial least squares structural equation modelling "
            "(PLS-SEM; Hair dkk., 2019) menggunakan Driver Lab {version}, dengan skema pembobotan "
            "{scheme}{plsc}; algoritme {converged} setelah {iterations} iterasi. Data yang hilang "
            "(missing values) ditangani dengan {missing}.",
        },
        "doc.scheme.path": {
            "en": "path",
            "id": "jalur (path)",
        },
        "doc.scheme.factorial": {
            "en": "factorial",
            "id": "faktorial",
        },
        "doc.scheme.centroid": {
            "en": "centroid",
            "id": "sentroid",
        },
        "doc.plsc": {
            "en": " and consistent PLS for the reflective constructs (Dijkstra & Henseler, 2015)",
            "id": " dan PLS konsisten untuk konstruk reflektif (Dijkstra & Henseler, 2015)",
        },
        "doc.converged": {
            "en": "converged",
            "id": "konvergen",
        },
        "doc.not_converged": {
            "en": "did not converge",
            "id": "tidak konvergen",
        },
        "doc.missing.listwise": {
            "en": "listwise deletion",
            "id": "penghapusan listwise",
        },
        "doc.missing.mean": {
            "en": "mean replacement",
            "id": "imputasi rata-rata (mean replacement)",
        },
        "doc.m_boot": {
            "en": "Significance was assessed by bootstrapping with {n_boot} resamples (seed "
            "{seed}; {failed} failed and were left out), with two-tailed {method} "
            "{level}% confidence intervals. A hypothesis is counted as supported when "
            "its confidence interval excludes zero and p < {alpha}; with {method} "
            "intervals the two criteria agree only approximately, and a path where they "
            "disagree is reported as not supported.",
            "id": "Signifikansi diuji dengan bootstrapping {n_boot} subsampel (seed {seed}; "
            "{failed} gagal dan tidak dipakai), dengan interval kepercayaan {method} "
            "{level}% dua sisi. Hipotesis dinyatakan diterima bila interval "
            "kepercayaannya tidak memuat nol dan p < {alpha}; dengan interval {method} "
            "kedua kriteria hanya kira-kira sejalan, dan jalur yang kedua kriterianya "
            "berbeda dilaporkan sebagai ditolak.",
        },
        "doc.ci.percentile": {
            "en": "percentile",
            "id": "persentil",
        },
        "doc.ci.bca": {
            "en": "bias-corrected and accelerated (BCa)",
            "id": "bias-corrected and accelerated (BCa)",
        },
        "doc.m_criteria": {
            "en": "The measurement model was assessed against the usual thresholds (Hair et "
            "al., 2019): indicator loadings of at least 0.708; Cronbach's α, ρA and ρC "
            "between 0.70 and 0.95; average variance extracted (AVE) of at least 0.50 "
            "(Fornell & Larcker, 1981); heterotrait-monotrait ratios (HTMT) below 0.85 "
            "(Henseler et al., 2015); and variance inflation factors (VIF) below 3 for "
            "the indicators of formative (mode B) constructs and among the predictors of "
            "each construct (for reflective indicators redundancy shows as ρC above "
            "0.95). Effect sizes f² of 0.02, 0.15 and 0.35 are read as small, medium and "
            "large (Cohen, 1988), mediation is classified after Zhao et al. (2010), and "
            "predictive power is assessed with PLSpredict (Shmueli et al., 2019).",
            "id": "Model pengukuran dinilai dengan ambang yang lazim (Hair dkk., 2019): loading "
            "indikator paling sedikit 0,708; α Cronbach, ρA dan ρC antara 0,70 dan 0,95; average "
            "variance extracted (AVE) paling sedikit 0,50 (Fornell & Larcker, 1981); rasio "
            "heterotrait-monotrait (HTMT) di bawah 0,85 (Henseler dkk., 2015); dan variance "
            "inflation factor (VIF) di bawah 3 untuk indikator konstruk formatif (mode B) dan "
            "antarprediktor setiap konstruk (pada indikator reflektif, redundansi terlihat dari "
            "ρC di atas 0,95). Ukuran efek f² 0,02, 0,15 dan 0,35 dibaca sebagai kecil, sedang "
            "dan besar (Cohen, 1988), mediasi digolongkan menurut Zhao dkk. (2010), dan daya "
            "prediksi dinilai dengan PLSpredict (Shmueli dkk., 2019).",
        },
        "doc.r_loadings_all": {
            "en": "All {k} indicator loadings reached 0.708 (from {lo} to {hi}).",
            "id": "Seluruh {k} loading indikator mencapai 0,708 (dari {lo} sampai {hi}).",
        },
        "doc.r_loadings_some": {
            "en": "Indicator loadings ranged from {lo} to {hi}; {low} fell below 0.708 and "
            "should be discussed (kept only if reliability and AVE stay adequate).",
            "id": "Loading indikator berkisar dari {lo} sampai {hi}; {low} berada di bawah "
            "0,708 dan perlu dibahas (dipertahankan hanya bila reliabilitas dan AVE "
            "tetap memadai).",
        },
        "doc.r_reliability": {
            "en": "Cronbach's α ranged from {a_lo} to {a_hi}, ρA from {ra_lo} to {ra_hi} and "
            "ρC from {rc_lo} to {rc_hi}; {rel_verdict} AVE ranged from {ave_lo} to "
            "{ave_hi}; {ave_verdict}",
            "id": "α Cronbach berkisar dari {a_lo} sampai {a_hi}, ρA dari {ra_lo} sampai "
            "{ra_hi} dan ρC dari {rc_lo} sampai {rc_hi}; {rel_verdict} AVE berkisar dari "
            "{ave_lo} sampai {ave_hi}; {ave_verdict}",
        },
        "doc.rel_ok": {
            "en": "every construct's reliability lies within 0.70-0.95 (Table {table}).",
            "id": "reliabilitas setiap konstruk berada dalam rentang 0,70-0,95 (Tabel {table}).",
        },
        "doc.rel_bad": {
            "en": "the reliability of {names} lies outside 0.70-0.95 (Table {table}).",
            "id": "reliabilitas {names} berada di luar rentang 0,70-0,95 (Tabel {table}).",
        },
        "doc.ave_ok": {
            "en": "convergent validity is established.",
            "id": "validitas konvergen terpenuhi.",
        },
        "doc.ave_bad": {
            "en": "the AVE of {names} is below 0.50.",
            "id": "AVE {names} di bawah 0,50.",
        },
        "doc.r_fl_ok": {
            "en": "The square root of each construct's AVE exceeds its correlations with the "
            "other constructs (Fornell-Larcker criterion, Table {table}).",
            "id": "Akar kuadrat AVE setiap konstruk melebihi korelasinya dengan konstruk lain "
            "(kriteria Fornell-Larcker, Tabel {table}).",
        },
        "doc.r_fl_bad": {
            "en": "The Fornell-Larcker criterion is not met for {names} (Table {table}).",
            "id": "Kriteria Fornell-Larcker tidak terpenuhi untuk {names} (Tabel {table}).",
        },
        "doc.r_htmt_ok": {
            "en": "All HTMT ratios are below 0.85 (highest {hi}, {pair}), and the upper bounds "
            "of their bootstrap intervals are below {bound} (Table {table}), supporting "
            "discriminant validity.",
            "id": "Seluruh rasio HTMT di bawah 0,85 (tertinggi {hi}, {pair}), dan batas atas "
            "interval bootstrap-nya di bawah {bound} (Tabel {table}), sehingga validitas "
            "diskriminan terpenuhi.",
        },
        "doc.r_htmt_ci_high": {
            "en": "All HTMT ratios are below 0.85 (highest {hi}), but the upper bound of a "
            "bootstrap interval reaches {ci} (Table {table}), so discriminant validity "
            "is not established beyond doubt.",
            "id": "Seluruh rasio HTMT di bawah 0,85 (tertinggi {hi}), tetapi batas atas salah "
            "satu interval bootstrap mencapai {ci} (Tabel {table}), sehingga validitas "
            "diskriminan belum terbukti secara meyakinkan.",
        },
        "doc.r_htmt_bad": {
            "en": "The HTMT ratios reach {hi} ({pair}); {count} of {total} pairs are at or "
            "above 0.85 (Table {table}), so discriminant validity needs discussion.",
            "id": "Rasio HTMT mencapai {hi} ({pair}); {count} dari {total} pasangan berada "
            "pada atau di atas 0,85 (Tabel {table}), sehingga validitas diskriminan "
            "perlu dibahas.",
        },
        "doc.r_crossloadings": {
            "en": "Table {table} gives the cross-loadings; every item loads highest on its own "
            "construct.",
            "id": "Tabel {table} menyajikan cross-loading; setiap butir memiliki loading "
            "tertinggi pada konstruknya sendiri.",
        },
        "doc.r_crossloadings_bad": {
            "en": "Table {table} gives the cross-loadings; {names} load higher on another "
            "construct than on their own.",
            "id": "Tabel {table} menyajikan cross-loading; {names} memiliki loading lebih "
            "tinggi pada konstruk lain daripada konstruknya sendiri.",
        },
        "doc.r_vif": {
            "en": "Indicator VIFs range from {lo} to {hi} and the structural model's from "
            "{ilo} to {ihi} (Table {table}); {verdict}",
            "id": "VIF indikator berkisar dari {lo} sampai {hi} dan VIF model struktural dari "
            "{ilo} sampai {ihi} (Tabel {table}); {verdict}",
        },
        "doc.vif_ok": {
            "en": "collinearity is not a concern.",
            "id": "kolinearitas tidak menjadi masalah.",
        },
        "doc.vif_bad": {
            "en": "values of 3 or more ({names}) call for attention.",
            "id": "nilai 3 atau lebih ({names}) perlu diperhatikan.",
        },
        "doc.r_hyp_intro": {
            "en": "Table {table} and Figure {figure} report the structural model.",
            "id": "Tabel {table} dan Gambar {figure} menyajikan model struktural.",
        },
        "doc.r_hyp_supported": {
            "en": "{h}: {source} has a {direction} effect on {target} (β = {beta}, t = {t}, "
            "{p}, {level}% CI {ci}, f² = {f2}); {h} is supported.",
            "id": "{h}: {source} berpengaruh {direction} terhadap {target} (β = {beta}, t = "
            "{t}, {p}, IK {level}% {ci}, f² = {f2}); {h} diterima.",
        },
        "doc.r_hyp_spans": {
            "en": "{h}: the effect of {source} on {target} is not significant (β = {beta}, t = "
            "{t}, {p}); its {level}% CI {ci} includes zero, so {h} is not supported.",
            "id": "{h}: pengaruh {source} terhadap {target} tidak signifikan (β = {beta}, t = "
            "{t}, {p}); IK {level}%-nya {ci} memuat nol, sehingga {h} ditolak.",
        },
        "doc.r_hyp_opposite": {
            "en": "{h}: the effect of {source} on {target} is significant but {found} (β = "
            "{beta}, t = {t}, {p}, {level}% CI {ci}), the opposite of the {direction} effect "
            "{h} states, so {h} is not supported.",
            "id": "{h}: pengaruh {source} terhadap {target} signifikan tetapi {found} (β = "
            "{beta}, t = {t}, {p}, IK {level}% {ci}), berlawanan dengan pengaruh {direction} "
            "yang dinyatakan {h}, sehingga {h} ditolak.",
        },
        "doc.r_hyp_disagree": {
            "en": "{h}: for the effect of {source} on {target} (β = {beta}, t = {t}, {p}) the "
            "{level}% CI {ci} and the p-value disagree, so {h} is not supported; report "
            "both.",
            "id": "{h}: untuk pengaruh {source} terhadap {target} (β = {beta}, t = {t}, {p}) "
            "IK {level}% {ci} dan nilai p tidak sejalan, sehingga {h} ditolak; laporkan "
            "keduanya.",
        },
        "doc.positive": {
            "en": "positive",
            "id": "positif",
        },
        "doc.negative": {
            "en": "negative",
            "id": "negatif",
        },
        "doc.r_med_none": {
            "en": "The model has no indirect effects.",
            "id": "Model ini tidak memiliki pengaruh tidak langsung.",
        },
        "doc.r_med_intro": {
            "en": "Table {table} reports every specific indirect effect.",
            "id": "Tabel {table} menyajikan setiap pengaruh tidak langsung spesifik.",
        },
        "doc.r_med_sig": {
            "en": "The indirect effect of {source} on {target} through {via} is significant (β "
            "= {beta}, {level}% CI {ci}).",
            "id": "Pengaruh tidak langsung {source} terhadap {target} melalui {via} signifikan (β "
            "= {beta}, IK {level}% {ci}).",
        },
        "doc.r_med_ns": {
            "en": "The indirect effect of {source} on {target} through {via} is not "
            "significant (β = {beta}, {level}% CI {ci} includes zero).",
            "id": "Pengaruh tidak langsung {source} terhadap {target} melalui {via} tidak "
            "signifikan (β = {beta}, IK {level}% {ci} memuat nol).",
        },
        "doc.r_med_disagree": {
            "en": "Its t-based p-value ({p}) disagrees with the interval; for an indirect "
            "effect the bootstrap interval is the recommended test (Zhao et al., 2010).",
            "id": "Nilai p berbasis t-nya ({p}) tidak sejalan dengan interval; untuk pengaruh "
            "tidak langsung interval bootstrap adalah uji yang dianjurkan (Zhao dkk., "
            "2010).",
        },
        "doc.r_med_direct": {
            "en": "With the direct effect {direct_state} (β = {direct}, {level}% CI {dci}), "
            "this is {type} ({mediation}; Zhao et al., 2010).",
            "id": "Dengan pengaruh langsung yang {direct_state} (β = {direct}, IK {level}% {dci}), "
            "ini termasuk {type} ({mediation}; Zhao dkk., 2010).",
        },
        "doc.r_med_nodirect": {
            "en": "The model has no direct path from {source} to {target}, so the direct "
            "effect is assumed zero rather than tested: {type} ({mediation}; Zhao et "
            "al., 2010).",
            "id": "Model tidak memiliki jalur langsung dari {source} ke {target}, sehingga "
            "pengaruh langsungnya diasumsikan nol, bukan diuji: {type} ({mediation}; Zhao "
            "dkk., 2010).",
        },
        "doc.significant": {
            "en": "significant",
            "id": "signifikan",
        },
        "doc.not_significant": {
            "en": "not significant",
            "id": "tidak signifikan",
        },
        "doc.type.complementary": {
            "en": "complementary mediation",
            "id": "mediasi komplementer",
        },
        "doc.type.competitive": {
            "en": "competitive mediation",
            "id": "mediasi kompetitif",
        },
        "doc.type.indirect_only": {
            "en": "indirect-only mediation",
            "id": "mediasi hanya tidak langsung",
        },
        "doc.type.direct_only": {
            "en": "direct-only non-mediation",
            "id": "non-mediasi hanya langsung",
        },
        "doc.type.no_effect": {
            "en": "no-effect non-mediation",
            "id": "non-mediasi tanpa pengaruh",
        },
        "doc.med.partial": {
            "en": "partial mediation",
            "id": "mediasi parsial",
        },
        "doc.med.full": {
            "en": "full mediation",
            "id": "mediasi penuh",
        },
        "doc.med.none": {
            "en": "no mediation",
            "id": "tidak ada mediasi",
        },
        "doc.r_r2": {
            "en": "{target} has R² = {r2} (adjusted {r2_adj}), {strength} explanatory power.",
            "id": "{target} memiliki R² = {r2} (R² disesuaikan = {r2_adj}), yang menunjukkan daya "
            "penjelas {strength}.",
        },
        "doc.r_r2_intro": {
            "en": "Table {table} gives the explanatory power of the model.",
            "id": "Tabel {table} menyajikan daya penjelas model.",
        },
        "doc.strength.weak": {
            "en": "weak",
            "id": "lemah",
        },
        "doc.strength.below_weak": {
            "en": "very weak",
            "id": "sangat lemah",
        },
        "doc.strength.moderate": {
            "en": "moderate",
            "id": "sedang",
        },
        "doc.strength.substantial": {
            "en": "substantial",
            "id": "substansial",
        },
        "doc.r_predict": {
            "en": "In PLSpredict (10 folds, repeated; Shmueli et al., 2019), Q²predict is "
            "above zero for {positive} of the {k} indicators of {targets} (from {lo} to "
            "{hi}) and PLS predicts {ahead} of them with a lower error than the linear "
            "benchmark: {verdict} (Table {table}).",
            "id": "Pada PLSpredict (validasi silang 10-fold yang diulang; Shmueli dkk., 2019), "
            "Q²predict di atas nol untuk {positive} dari {k} indikator {targets} (dari {lo} "
            "sampai {hi}) dan PLS memprediksi {ahead} di antaranya dengan galat lebih kecil "
            "daripada tolok ukur linear: {verdict} (Tabel {table}).",
        },
        "doc.r_predict_none": {
            "en": "PLSpredict could not be assessed on these data.",
            "id": "PLSpredict tidak dapat dinilai pada data ini.",
        },
        "doc.verdict.high predictive power": {
            "en": "high predictive power",
            "id": "daya prediksi tinggi",
        },
        "doc.verdict.medium predictive power": {
            "en": "medium predictive power",
            "id": "daya prediksi sedang",
        },
        "doc.verdict.low predictive power": {
            "en": "low predictive power",
            "id": "daya prediksi rendah",
        },
        "doc.verdict.lacks predictive power": {
            "en": "no predictive power",
            "id": "tidak punya daya prediksi",
        },
        "doc.t_loadings": {
            "en": "Indicator Loadings, Reliability and Convergent Validity",
            "id": "Loading Indikator, Reliabilitas dan Validitas Konvergen",
        },
        "doc.t_fl": {
            "en": "Fornell-Larcker Criterion",
            "id": "Kriteria Fornell-Larcker",
        },
        "doc.t_htmt": {
            "en": "Heterotrait-Monotrait Ratio (HTMT)",
            "id": "Rasio Heterotrait-Monotrait (HTMT)",
        },
        "doc.t_cross": {
            "en": "Cross-Loadings",
            "id": "Cross-Loading",
        },
        "doc.t_vif": {
            "en": "Collinearity Statistics (VIF)",
            "id": "Statistik Kolinearitas (VIF)",
        },
        "doc.t_hyp": {
            "en": "Hypothesis Testing",
            "id": "Pengujian Hipotesis",
        },
        "doc.t_med": {
            "en": "Specific Indirect Effects",
            "id": "Pengaruh Tidak Langsung Spesifik",
        },
        "doc.t_r2": {
            "en": "Explanatory Power",
            "id": "Daya Penjelas",
        },
        "doc.t_predict": {
            "en": "PLSpredict Results",
            "id": "Hasil PLSpredict",
        },
        "doc.f_model": {
            "en": "Structural Model with Path Coefficients and R²",
            "id": "Model Struktural dengan Koefisien Jalur dan R²",
        },
        "doc.n_loadings": {
            "en": "α = Cronbach's alpha; ρA = Dijkstra-Henseler's rho; ρC = composite "
            "reliability; AVE = average variance extracted. ρA can exceed 1, so it keeps "
            "its leading zero (APA).",
            "id": "α = koefisien Cronbach; ρA = rho Dijkstra-Henseler; ρC = reliabilitas "
            "komposit; AVE = average variance extracted. ρA bisa melebihi 1, sehingga "
            "angka nol di depannya tetap ditulis (APA).",
        },
        "doc.n_fl": {
            "en": "Diagonal (bold): square root of AVE; below it: correlations between constructs.",
            "id": "Diagonal (tebal): akar kuadrat AVE; di bawahnya: korelasi antarkonstruk.",
        },
        "doc.n_htmt": {
            "en": "CI = {method} bootstrap confidence interval ({level}%, {n_boot} resamples).",
            "id": "IK = interval kepercayaan bootstrap {method} ({level}%, {n_boot} subsampel).",
        },
        "doc.n_cross": {
            "en": "Bold: the loading on the item's own construct.",
            "id": "Tebal: loading pada konstruk butir itu sendiri.",
        },
        "doc.n_hyp": {
            "en": "β = path coefficient; SE = bootstrap standard error; CI = {method} "
            "confidence interval; supported when the CI excludes zero and p < {alpha}. "
            "*** p < .001, ** p < .01, * p < .05.",
            "id": "β = koefisien jalur; SE = galat baku bootstrap; IK = interval kepercayaan "
            "{method}; diterima bila IK tidak memuat nol dan p < {alpha}. *** p < ,001, "
            "** p < ,01, * p < ,05.",
        },
        "doc.n_med": {
            "en": "Type after Zhao et al. (2010), judged by the bootstrap intervals (p from t "
            "for reference); a direct effect marked 'not in model' is fixed at zero by "
            "the model, not tested.",
            "id": "Jenis menurut Zhao dkk. (2010), dinilai dari interval bootstrap (p dari t "
            "sebagai acuan); pengaruh langsung bertanda 'tidak ada di model' ditetapkan nol "
            "oleh model, bukan diuji.",
        },
        "doc.n_figure": {
            "en": "Arrows: path coefficients (*** p < .001, ** p < .01, * p < .05); boxes: R².",
            "id": "Panah: koefisien jalur (*** p < ,001, ** p < ,01, * p < ,05); kotak: R².",
        },
        "doc.n_predict": {
            "en": "Q²predict compares PLS with the indicator's training mean; RMSE and MAE of "
            "PLS against the linear model (LM) benchmark.",
            "id": "Q²predict membandingkan PLS dengan rata-rata indikator pada data latih; RMSE "
            "dan MAE PLS dibandingkan dengan tolok ukur model linear (LM).",
        },
        "doc.c_construct": {
            "en": "Construct",
            "id": "Konstruk",
        },
        "doc.c_item": {
            "en": "Item",
            "id": "Butir",
        },
        "doc.c_loading": {
            "en": "Loading",
            "id": "Loading",
        },
        "doc.c_pair": {
            "en": "Pair",
            "id": "Pasangan",
        },
        "doc.c_ci": {
            "en": "{level}% CI",
            "id": "IK {level}%",
        },
        "doc.c_vif": {
            "en": "VIF",
            "id": "VIF",
        },
        "doc.c_hyp": {
            "en": "Hypothesis",
            "id": "Hipotesis",
        },
        "doc.c_path": {
            "en": "Path",
            "id": "Jalur",
        },
        "doc.c_decision": {
            "en": "Decision",
            "id": "Keputusan",
        },
        "doc.c_indirect": {
            "en": "Indirect effect",
            "id": "Pengaruh tidak langsung",
        },
        "doc.c_direct": {
            "en": "Direct effect",
            "id": "Pengaruh langsung",
        },
        "doc.c_type": {
            "en": "Type",
            "id": "Jenis",
        },
        "doc.c_kind": {
            "en": "Part of the model",
            "id": "Bagian model",
        },
        "doc.c_indicator": {
            "en": "Indicator",
            "id": "Indikator",
        },
        "doc.c_predictor": {
            "en": "Predictor",
            "id": "Prediktor",
        },
        "doc.c_outcome": {
            "en": "Outcome",
            "id": "Variabel terikat",
        },
        "doc.c_r2_adj": {
            "en": "Adjusted R²",
            "id": "R² disesuaikan",
        },
        "doc.supported": {
            "en": "Supported",
            "id": "Diterima",
        },
        "doc.not_supported": {
            "en": "Not supported",
            "id": "Ditolak",
        },
        "doc.not_in_model": {
            "en": "not in model",
            "id": "tidak ada di model",
        },
        "doc.outer": {
            "en": "Indicator",
            "id": "Indikator",
        },
        "doc.inner": {
            "en": "Structural",
            "id": "Struktural",
        },
        "doc.and": {
            "en": "and",
            "id": "dan",
        },
    }
)


# -- wt-17e: one place per concept ----------------------------------------------------------
#: The study's constructs by their full names (titles, questionnaires, the mapping step);
#: ``engine.study.model.STUDY_LABELS`` is read from these. Inside a sentence and on the
#: owner's pages a construct is its lever name (``lever.*``, capitalised as a title there).
register(
    {
        "construct.INT": {"en": "Interactivity", "id": "Interaktivitas"},
        "construct.INF": {"en": "Informativeness", "id": "Informativitas"},
        "construct.PSN": {"en": "Personalization", "id": "Personalisasi"},
        "construct.CLE": {
            "en": "Customer live-streaming engagement",
            "id": "Keterlibatan pelanggan di live jualan",
        },
        "construct.VCC": {"en": "Value co-creation", "id": "Penciptaan nilai bersama"},
    }
)


def labels(prefix: str, codes: Iterable[str]) -> dict[str, dict[str, str]]:
    """``{code: {"en": ..., "id": ...}}`` of the entries ``<prefix><code>`` (STUDY_LABELS)."""
    return {code: {lang: say(f"{prefix}{code}", lang) for lang in LANGS} for code in codes}


# -- the respondents' form (collect/form.py): plain HTML, the survey's own language ------
register(
    {
        "form.progress": {"en": "answered", "id": "terjawab"},
        "form.send": {"en": "Send my answers", "id": "Kirim jawaban saya"},
        "form.consent": {"en": "I agree", "id": "Saya setuju"},
        "form.thanks": {
            "en": "Thank you! Your answers were received.",
            "id": "Terima kasih! Jawaban Anda sudah diterima.",
        },
        "form.already": {
            "en": "You have already answered this survey from this browser. Thank you!",
            "id": "Anda sudah mengisi survei ini dari peramban ini. Terima kasih!",
        },
        "form.missing": {
            "en": "Please answer the questions marked in red (your other answers are kept).",
            "id": "Mohon jawab pertanyaan yang ditandai merah (jawaban lain tetap tersimpan).",
        },
        "form.busy": {
            "en": "Many people are answering right now. Please wait a minute and send again "
            "(your answers are kept).",
            "id": "Banyak orang sedang mengisi. Mohon tunggu satu menit lalu kirim lagi "
            "(jawaban Anda tetap tersimpan).",
        },
        "form.gone": {
            "en": "This survey link does not exist (any more).",
            "id": "Tautan survei ini tidak ditemukan atau sudah tidak berlaku.",
        },
        "form.too_big": {
            "en": "The form sent was too large.",
            "id": "Formulir yang dikirim terlalu besar.",
        },
        "form.full": {
            "en": "This survey has all the answers it can take. Thank you for your time!",
            "id": "Survei ini sudah mencapai batas jumlah jawaban. Terima kasih!",
        },
        "form.scale_hint": {
            "en": "1 = strongly disagree, 5 = strongly agree",
            "id": "1 = sangat tidak setuju, 5 = sangat setuju",
        },
        "form.honeypot": {"en": "Leave this field empty", "id": "Biarkan kolom ini kosong"},
    }
)


# -- wt-17e: the pages' words, moved here from ui/i18n.py and ui/collect_text.py ------------
# One catalog (issue 17): ui/i18n.py keeps only the Streamlit glue (t() in the session's
# language). The blocks below are the app's, unchanged, in the order they joined.
#: The pages' labels (app.*, nav.*, home.*, rep.*, m.*, s.*, r.*, …).
_PAGES: dict[str, dict[str, str]] = {
    "app.language": {"en": "Language", "id": "Bahasa"},
    "nav.home": {"en": "Home", "id": "Beranda"},
    "nav.replication": {"en": "Replication", "id": "Replikasi"},
    "metric.valid": {"en": "Valid responses", "id": "Respons valid"},
    "home.reliability": {"en": "Reliability", "id": "Reliabilitas"},
    "home.notes": {"en": "What the numbers say", "id": "Arti angka-angka ini"},
    "rep.title": {"en": "Replication of the study", "id": "Replikasi studi"},
    "rep.synthetic": {
        "en": "**Synthetic data.** The sample is not the study's real respondents (their "
        "answers are not public). It was generated to match the published statistics, "
        "so that the engine's results can be compared with the paper's tables.",
        "id": "**Data sintetis.** Sampel ini bukan responden asli studi (jawaban mereka "
        "tidak dipublikasikan). Data dibuat agar sesuai dengan statistik yang "
        "diterbitkan, sehingga hasil analisis dapat dibandingkan dengan tabel di "
        "artikel.",
    },
    "rep.summary": {
        "en": "{collected} collected, {excluded} incomplete, {valid} used; bootstrap with "
        "{n_boot} resamples (seed {seed}).",
        "id": "{collected} terkumpul, {excluded} tidak lengkap, {valid} dipakai; bootstrap "
        "dengan {n_boot} subsampel (seed {seed}).",
    },
    "rep.matched": {
        "en": "{ok} of {total} published values reproduced within tolerance.",
        "id": "{ok} dari {total} nilai yang diterbitkan tereplikasi dalam batas toleransi.",
    },
    "rep.inconsistency": {
        "en": "Spot the error in the paper",
        "id": "Temukan kesalahan di artikel",
    },
    "rep.table1": {"en": "Table 1. Respondent profile", "id": "Tabel 1. Profil responden"},
    "rep.table1_help": {
        "en": "Counts of respondents per answer; must match exactly.",
        "id": "Jumlah responden per jawaban; harus sama persis.",
    },
    "rep.table2": {"en": "Table 2. Outer loadings", "id": "Tabel 2. Outer loading"},
    "rep.table2_help": {
        "en": "Correlation of each question with its construct's score. Rule of thumb: at "
        "least {LOADING_MIN:.3f} (the construct explains at least half of each "
        "answer's variance); the paper used 0.6.",
        "id": "Korelasi tiap pertanyaan dengan skor konstruknya. Patokan: minimal "
        "{LOADING_MIN:.3f} (konstruk menjelaskan paling sedikit separuh varians tiap "
        "jawaban); artikel memakai 0,6.",
    },
    "rep.table3": {
        "en": "Table 3. Reliability and convergent validity",
        "id": "Tabel 3. Reliabilitas dan validitas konvergen",
    },
    "rep.table3_help": {
        "en": "Cronbach's α, ρA and ρC: do a construct's questions agree (≥ "
        "{RELIABILITY_MIN:.2f})? AVE: the average share of its questions' variance the "
        "construct explains (≥ {AVE_MIN:.2f}).",
        "id": "α Cronbach, ρA dan ρC: apakah pertanyaan satu konstruk sejalan (≥ "
        "{RELIABILITY_MIN:.2f})? AVE: rata-rata porsi varians pertanyaan yang "
        "dijelaskan konstruk (≥ {AVE_MIN:.2f}).",
    },
    "rep.table4": {
        "en": "Table 4. Fornell-Larcker criterion",
        "id": "Tabel 4. Kriteria Fornell-Larcker",
    },
    "rep.table4_help": {
        "en": "Each construct's √AVE should exceed its correlations with the others "
        "(discriminant validity; HTMT below 0.85 is today's stricter test).",
        "id": "√AVE tiap konstruk sebaiknya lebih besar dari korelasinya dengan konstruk lain "
        "(validitas diskriminan; HTMT di bawah 0,85 adalah uji yang lebih ketat).",
    },
    "rep.table5": {"en": "Table 5. R²", "id": "Tabel 5. R²"},
    "rep.table5_help": {
        "en": "Share of a construct's variation its drivers explain: 0.25 weak, 0.50 "
        "moderate, 0.75 substantial.",
        "id": "Porsi variasi konstruk yang dijelaskan pendorongnya: 0,25 lemah, 0,50 sedang, "
        "0,75 substansial.",
    },
    "rep.table6": {
        "en": "Table 6. Path coefficients and hypotheses",
        "id": "Tabel 6. Koefisien jalur dan hipotesis",
    },
    "rep.table6_help": {
        "en": "Bootstrap with 5000 resamples: a path is supported when p < 0.05 "
        "(|t| > 1.96, two-tailed), as in the study.",
        "id": "Bootstrap dengan 5000 subsampel: jalur didukung bila p < 0,05 "
        "(|t| > 1,96, dua arah), seperti dalam studi.",
    },
    "nav.data": {"en": "Data", "id": "Data"},
    "nav.measurement": {"en": "Measurement quality", "id": "Kualitas pengukuran"},
    "nav.structural": {"en": "Structural model", "id": "Model struktural"},
    "nav.drivers": {"en": "Drivers", "id": "Pendorong"},
    "nav.whatif": {"en": "What-if", "id": "Simulasi"},
    "nav.advice": {"en": "Advice", "id": "Saran"},
    "data.title": {"en": "Your survey", "id": "Survei Anda"},
    "data.sample": {"en": "Explore the study's sample", "id": "Jelajahi sampel studi"},
    "data.upload": {
        "en": "Upload my survey (xlsx or csv)",
        "id": "Unggah survei saya (xlsx atau csv)",
    },
    "data.using_sample": {
        "en": "Using the study's sample survey (synthetic).",
        "id": "Memakai survei contoh dari studi (sintetis).",
    },
    "data.using_file": {"en": "Using your file: {name}", "id": "Memakai file Anda: {name}"},
    "data.see_results": {
        "en": "See what your survey says",
        "id": "Lihat hasil survei Anda",
    },
    "data.kept": {
        "en": "Your previous data stays loaded.",
        "id": "Data Anda sebelumnya tetap dipakai.",
    },
    "data.read_notes": {"en": "How the file was read", "id": "Cara file dibaca"},
    "data.mapping": {
        "en": "Which column is which question",
        "id": "Kolom mana untuk pertanyaan mana",
    },
    "data.mapping_help": {
        "en": "Check the guesses; change 'used as' where a column was missed or mixed up.",
        "id": "Periksa tebakan ini; ubah 'dipakai sebagai' bila ada kolom yang terlewat atau "
        "tertukar.",
    },
    "data.column": {"en": "Column", "id": "Kolom"},
    "data.used_as": {"en": "Used as", "id": "Dipakai sebagai"},
    "data.apply": {"en": "Apply mapping", "id": "Terapkan pemetaan"},
    "data.save_mapping": {
        "en": "Save mapping for the next survey",
        "id": "Simpan pemetaan untuk survei berikutnya",
    },
    "data.unused": {"en": "Not used: {cols}", "id": "Tidak dipakai: {cols}"},
    "data.scale": {
        "en": "Answer scale detected: {lo} to {hi}.",
        "id": "Skala jawaban terdeteksi: {lo} sampai {hi}.",
    },
    "data.issues": {"en": "Answers set aside", "id": "Jawaban yang disisihkan"},
    "data.reversed": {
        "en": "These questions run against the rest of their topic and may be worded the "
        "other way round: {items}. Recode them as (lowest + highest) minus the answer?",
        "id": "Pertanyaan ini berlawanan dengan pertanyaan lain dalam topiknya dan mungkin "
        "kalimatnya dibalik: {items}. Balik kodenya menjadi (nilai terendah + nilai "
        "tertinggi) dikurangi jawaban?",
    },
    "data.recode": {"en": "Recode them", "id": "Balik kodenya"},
    "data.screening": {"en": "Screening", "id": "Penyaringan"},
    "data.excluded_download": {
        "en": "Download the excluded rows",
        "id": "Unduh baris yang dikeluarkan",
    },
    "data.flagged_row": {"en": "{reason}: 1 (row {rows})", "id": "{reason}: 1 (baris {rows})"},
    "data.flagged_rows": {
        "en": "{reason}: {n} (rows {rows})",
        "id": "{reason}: {n} (baris {rows})",
    },
    "data.leave_out": {"en": "Who is left out", "id": "Siapa yang tidak dipakai"},
    "data.keep_blanks": {
        "en": "Keep respondents who left some questions blank (each blank counts as that "
        "question's average; more than half blank is still left out)",
        "id": "Tetap pakai responden yang mengosongkan beberapa pertanyaan (setiap yang kosong "
        "dihitung sebagai rata-rata pertanyaan itu; kosong lebih dari separuh tetap tidak "
        "dipakai)",
    },
    "data.leave_out.straight_lining": {
        "en": "Leave out respondents who gave the same answer to every question",
        "id": "Jangan pakai responden yang memberi jawaban sama untuk semua pertanyaan",
    },
    "data.leave_out.duplicates": {
        "en": "Leave out repeated responses (the same answers twice: only the first is kept)",
        "id": "Jangan pakai respons berulang (jawaban yang sama dua kali: hanya yang pertama "
        "dipakai)",
    },
    "data.leave_out.too_fast": {
        "en": "Leave out respondents who answered impossibly fast (under {seconds:g} seconds "
        "a question)",
        "id": "Jangan pakai responden yang menjawab terlalu cepat (kurang dari {seconds:g} detik "
        "per pertanyaan)",
    },
    "data.leave_out_apply": {"en": "Apply these choices", "id": "Terapkan pilihan ini"},
    "data.flagged": {
        "en": "Flagged but kept: {what}",
        "id": "Ditandai tetapi tetap dipakai: {what}",
    },
    "data.profile": {"en": "Who answered", "id": "Siapa yang menjawab"},
    "data.template": {"en": "Questionnaire template", "id": "Templat kuesioner"},
    "data.template_help": {
        "en": "Run these questions in your own survey tool, then upload the export here.",
        "id": "Pakai pertanyaan ini di alat survei Anda, lalu unggah hasil ekspornya di sini.",
    },
    "m.title": {"en": "Does the survey measure well?", "id": "Apakah survei mengukur dengan baik?"},
    "m.loadings": {
        "en": "Questions and their topics (loadings)",
        "id": "Pertanyaan dan topiknya (loading)",
    },
    "m.loadings_help": {
        "en": "Green: at least {LOADING_MIN:.3f} (the topic explains at least half of each "
        "answer's variance); amber: {LOADING_DROP:.2f} to {LOADING_MIN:.3f}, keep "
        "unless removing it lifts reliability or AVE past its threshold; red: below "
        "{LOADING_DROP:.2f} or negative.",
        "id": "Hijau: minimal {LOADING_MIN:.3f} (topik menjelaskan paling sedikit separuh "
        "varians tiap jawaban); kuning: {LOADING_DROP:.2f} sampai {LOADING_MIN:.3f}, "
        "pertahankan kecuali bila menghapusnya mengangkat reliabilitas atau AVE "
        "melewati batasnya; merah: di bawah {LOADING_DROP:.2f} atau negatif.",
    },
    "m.reliability_help": {
        "en": "Green: Cronbach's α, ρA and ρC between {RELIABILITY_MIN:.2f} and "
        "{RELIABILITY_MAX:.2f} and AVE at least {AVE_MIN:.2f}.",
        "id": "Hijau: α Cronbach, ρA dan ρC antara {RELIABILITY_MIN:.2f} dan "
        "{RELIABILITY_MAX:.2f} serta AVE minimal {AVE_MIN:.2f}.",
    },
    "m.htmt": {"en": "Are the topics distinct? (HTMT)", "id": "Apakah topiknya berbeda? (HTMT)"},
    "m.htmt_help": {
        "en": "Green: below 0.85; amber: 0.85-0.90; red: above 0.90 (respondents may see the "
        "two as one). Interval from the bootstrap.",
        "id": "Hijau: di bawah 0,85; kuning: 0,85-0,90; merah: di atas 0,90 (responden mungkin "
        "menganggap keduanya sama). Interval dari bootstrap.",
    },
    "m.fl": {"en": "Fornell-Larcker criterion", "id": "Kriteria Fornell-Larcker"},
    "m.vif": {"en": "Overlap among questions (VIF)", "id": "Tumpang tindih antar pertanyaan (VIF)"},
    "m.vif_help": {
        "en": "Judged for formative (mode B) topics: green below {VIF_IDEAL:g}, amber "
        "{VIF_IDEAL:g}-{VIF_CRITICAL:g}, red {VIF_CRITICAL:g} or more. In a reflective "
        "(mode A) topic VIF is not judged (no light): overlap is expected, and near-copies "
        "show as ρC above {RELIABILITY_MAX:.2f}; only a near-copy, VIF {VIF_NEAR_COPY:g} or "
        "more, is red.",
        "id": "Dinilai untuk topik formatif (mode B): hijau di bawah {VIF_IDEAL:g}, kuning "
        "{VIF_IDEAL:g}-{VIF_CRITICAL:g}, merah {VIF_CRITICAL:g} atau lebih. Pada topik "
        "reflektif (mode A) VIF tidak dinilai (tanpa lampu): tumpang tindih memang wajar, "
        "dan pertanyaan yang hampir sama terlihat dari ρC di atas {RELIABILITY_MAX:.2f}; "
        "hanya pertanyaan yang hampir persis sama, VIF {VIF_NEAR_COPY:g} atau lebih, yang "
        "merah.",
    },
    "s.title": {
        "en": "How the parts are linked",
        "id": "Bagaimana bagian-bagiannya saling berhubungan",
    },
    "s.diagram_help": {
        "en": "Arrows: path coefficients (* p < 0.05, ** p < 0.01, *** p < 0.001); boxes: R².",
        "id": "Panah: koefisien jalur (* p < 0,05, ** p < 0,01, *** p < 0,001); kotak: R².",
    },
    "s.table": {"en": "Hypothesis tests (bootstrap)", "id": "Uji hipotesis (bootstrap)"},
    "s.diagram_svg": {"en": "Path diagram (SVG)", "id": "Diagram jalur (SVG)"},
    "chart.png": {"en": "Chart as PNG", "id": "Grafik sebagai PNG"},
    "chart.svg": {"en": "Chart as SVG", "id": "Grafik sebagai SVG"},
    "s.boot_note": {
        "en": "n = {n}, {valid} bootstrap resamples, seed {seed}.",
        "id": "n = {n}, {valid} subsampel bootstrap, seed {seed}.",
    },
    "s.progress": {"en": "Bootstrap: {n} resamples…", "id": "Bootstrap: {n} subsampel…"},
    "d.outcome": {"en": "Outcome", "id": "Hasil"},
    "d.ipma": {"en": "Importance and performance", "id": "Kepentingan dan kinerja"},
    "d.level": {"en": "Level", "id": "Tingkat"},
    "d.constructs": {"en": "Topics", "id": "Topik"},
    "d.items": {"en": "Questions", "id": "Pertanyaan"},
    "w.title": {
        "en": "What if viewers rated you higher?",
        "id": "Bagaimana jika penonton menilai Anda lebih tinggi?",
    },
    "w.help": {
        "en": "Move a slider: how many points (on the {scale} scale) viewers would rate that "
        "part higher on average.",
        "id": "Geser slider: berapa poin (skala {scale}) rata-rata penonton akan menilai bagian "
        "itu lebih tinggi.",
    },
    "w.predicted": {"en": "Predicted {what}", "id": "Perkiraan {what}"},
    "w.band": {"en": "likely {lo} to {hi}", "id": "kemungkinan {lo} sampai {hi}"},
    "w.goal": {"en": "Goal seek", "id": "Cari target"},
    "a.survey": {"en": "the survey", "id": "survei"},
    "w.goal_outcome": {"en": "Outcome to raise", "id": "Hasil yang ingin dinaikkan"},
    "w.goal_target": {"en": "Bring {what} to", "id": "Naikkan {what} menjadi"},
    "w.goal_plan": {
        "en": "Raise {what} by {move} points",
        "id": "Naikkan {what} sebesar {move} poin",
    },
    "w.goal_short": {
        "en": "Even with every lever at the top of the scale this falls short by {short} points.",
        "id": "Walau semua pendorong dinaikkan sampai nilai tertinggi skala, target ini "
        "masih kurang {short} poin.",
    },
    "w.goal_done": {"en": "Already there.", "id": "Sudah tercapai."},
    "a.title": {"en": "What to do first", "id": "Apa yang dilakukan lebih dulu"},
    "a.more": {"en": "All findings", "id": "Semua temuan"},
    "nav.segments": {"en": "Segments", "id": "Segmen"},
    "learn.title": {
        "en": "Learn PLS-SEM with this study",
        "id": "Belajar PLS-SEM dengan studi ini",
    },
    "learn.what": {
        "en": "**PLS-SEM** (partial least squares structural equation modelling) builds a "
        "score for each topic (construct) as a weighted sum of its questions, chooses "
        "the weights so that the scores of connected topics explain each other well, "
        "and then estimates how strongly each topic is linked to the next with "
        "regressions. It works with modest samples, though small samples give "
        "imprecise results, and suits predictive questions and composite topics such "
        "as 'interactivity'. The model runs one way only and a survey at one moment "
        "shows association, not cause.",
        "id": "**PLS-SEM** (partial least squares structural equation modelling) membuat "
        "skor untuk setiap topik (konstruk) sebagai jumlah tertimbang dari "
        "pertanyaannya, memilih bobot agar skor topik yang terhubung saling "
        "menjelaskan dengan baik, lalu mengukur seberapa kuat satu topik berhubungan "
        "dengan topik berikutnya dengan regresi. Bisa dipakai dengan sampel yang tidak "
        "terlalu besar, meski sampel kecil memberi hasil yang kurang presisi, dan "
        "cocok untuk tujuan prediksi dan topik komposit seperti 'interaktivitas'. "
        "Model hanya berjalan satu arah, dan survei pada satu waktu menunjukkan "
        "keterkaitan, bukan sebab-akibat.",
    },
    "learn.loading": {
        "en": "**Outer loading**: the correlation of a question with its topic's score. At "
        "least {LOADING_MIN:.3f}, so that the topic explains at least half of each "
        "answer's variance; between {LOADING_DROP:.2f} and {LOADING_MIN:.3f} keep the "
        "question unless deleting it lifts reliability or AVE past the threshold (Hair "
        "et al., 2022).",
        "id": "**Outer loading**: korelasi pertanyaan dengan skor topiknya. Minimal "
        "{LOADING_MIN:.3f}, agar topik menjelaskan paling sedikit separuh varians tiap "
        "jawaban; antara {LOADING_DROP:.2f} dan {LOADING_MIN:.3f} pertahankan "
        "pertanyaannya kecuali bila menghapusnya mengangkat reliabilitas atau AVE "
        "melewati batasnya (Hair dkk., 2022).",
    },
    "learn.reliability": {
        "en": "**Reliability** (Cronbach's α, ρA, composite reliability ρC): do a topic's "
        "questions agree? ρC = (Σλ)² / ((Σλ)² + Σ(1 − λ²)), with λ the questions' "
        "loadings. Between {RELIABILITY_MIN:.2f} and {RELIABILITY_MAX:.2f}; above "
        "{RELIABILITY_MAX:.2f} the questions may be near-copies (Hair et al., 2019; "
        "Dijkstra & Henseler, 2015).",
        "id": "**Reliabilitas** (α Cronbach, ρA, reliabilitas komposit ρC): apakah "
        "pertanyaan satu topik sejalan? ρC = (Σλ)² / ((Σλ)² + Σ(1 − λ²)), dengan λ "
        "loading tiap pertanyaan. Antara {RELIABILITY_MIN:.2f} dan {RELIABILITY_MAX:.2f}; "
        "di atas {RELIABILITY_MAX:.2f} pertanyaannya mungkin terlalu mirip (Hair dkk., "
        "2019; Dijkstra & Henseler, 2015).",
    },
    "learn.ave": {
        "en": "**AVE** (average variance extracted): the average share of its questions' "
        "variance a topic explains, AVE = Σλ² / n, the mean of the n squared loadings; at "
        "least {AVE_MIN:.2f} (Fornell & Larcker, 1981).",
        "id": "**AVE** (average variance extracted): rata-rata porsi varians pertanyaan yang "
        "dijelaskan topiknya, AVE = Σλ² / n, rata-rata n loading yang dikuadratkan; "
        "minimal {AVE_MIN:.2f} (Fornell & Larcker, 1981).",
    },
    "learn.htmt": {
        "en": "**Discriminant validity**: are two topics really different? HTMT = the mean "
        "correlation between the two topics' questions / √(mean correlation among the "
        "first topic's questions × mean correlation among the second's), correlations "
        "taken without their sign. Below {HTMT_STRICT:.2f} ({HTMT_LIBERAL:.2f} for close "
        "concepts), ideally with its bootstrap interval below it (Henseler et al., 2015). "
        "The older Fornell-Larcker test asks each √AVE to exceed the topic's correlations.",
        "id": "**Validitas diskriminan**: apakah dua topik benar-benar berbeda? HTMT = "
        "rata-rata korelasi antara pertanyaan kedua topik / √(rata-rata korelasi antar "
        "pertanyaan topik pertama × rata-rata korelasi antar pertanyaan topik kedua), "
        "korelasi diambil tanpa tandanya. Di bawah {HTMT_STRICT:.2f} ({HTMT_LIBERAL:.2f} "
        "untuk konsep yang berdekatan), idealnya dengan interval bootstrap di bawahnya "
        "(Henseler dkk., 2015). Uji Fornell-Larcker yang lebih lama meminta √AVE melebihi "
        "korelasi topik itu dengan topik lain.",
    },
    "learn.vif": {
        "en": "**VIF**: overlap among the questions of a formative (mode B) topic or among "
        "the drivers of one topic. VIF = 1 / (1 − R²), with R² from regressing one question "
        "(or driver) on the others; below {VIF_IDEAL:g} is ideal, {VIF_CRITICAL:g} and "
        "above is critical (Hair et al., 2019). In a reflective (mode A) topic, near-copies "
        "show as ρC above {RELIABILITY_MAX:.2f} instead.",
        "id": "**VIF**: tumpang tindih antar pertanyaan dalam topik formatif (mode B) atau "
        "antar pendorong satu topik. VIF = 1 / (1 − R²), dengan R² dari regresi satu "
        "pertanyaan (atau pendorong) pada yang lain; di bawah {VIF_IDEAL:g} ideal, "
        "{VIF_CRITICAL:g} ke atas kritis (Hair dkk., 2019). Pada topik reflektif (mode A), "
        "pertanyaan yang hampir sama terlihat dari ρC di atas {RELIABILITY_MAX:.2f}.",
    },
    "learn.paths": {
        "en": "**Path coefficients and the bootstrap**: standardized effects of one topic on "
        "another. Their significance comes from 5000 bootstrap resamples: t = estimate / "
        "standard error, two-tailed p < 0.05 (|t| > 1.96), as in the study.",
        "id": "**Koefisien jalur dan bootstrap**: pengaruh terstandar satu topik pada topik "
        "lain. Signifikansinya dari 5000 subsampel bootstrap: t = estimasi / galat baku, "
        "p dua arah < 0,05 (|t| > 1,96), seperti dalam studi.",
    },
    "learn.r2": {
        "en": "**R²** and **f²**: R² = 1 − (unexplained variance / variance) of a topic's "
        "score: the share of its variation its drivers explain ({R2_WEAK:.2f} weak, "
        "{R2_MODERATE:.2f} moderate, {R2_SUBSTANTIAL:.2f} substantial). f² = (R² with the "
        "arrow − R² without it) / (1 − R² with it), the model re-estimated without that one "
        "arrow: the drop in R², relative to what is left unexplained ({F2_SMALL:.2f} small, "
        "{F2_MEDIUM:.2f} medium, {F2_LARGE:.2f} large; Cohen, 1988).",
        "id": "**R²** dan **f²**: R² = 1 − (varians yang tidak dijelaskan / varians) skor "
        "suatu topik: porsi variasinya yang dijelaskan pendorongnya ({R2_WEAK:.2f} lemah, "
        "{R2_MODERATE:.2f} sedang, {R2_SUBSTANTIAL:.2f} substansial). f² = (R² dengan panah "
        "− R² tanpa panah) / (1 − R² dengan panah), model diestimasi ulang tanpa satu panah "
        "itu: penurunan R², dibandingkan dengan yang belum dijelaskan ({F2_SMALL:.2f} "
        "kecil, {F2_MEDIUM:.2f} sedang, {F2_LARGE:.2f} besar; Cohen, 1988).",
    },
    "learn.ipma": {
        "en": "**IPMA** (importance-performance map): importance is a driver's total effect on "
        "the outcome in answer-scale units; performance is its average score on 0-100. "
        "High importance with low performance is where to act first (Ringle & Sarstedt, "
        "2016).",
        "id": "**IPMA** (peta kepentingan-kinerja): kepentingan adalah pengaruh total pendorong"
        " pada hasil dalam satuan skala jawaban; kinerja adalah skor rata-ratanya pada "
        "0-100. Mulailah dari pendorong dengan kepentingan tinggi dan kinerja rendah "
        "(Ringle & Sarstedt, 2016).",
    },
    "learn.mga": {
        "en": "**Group comparison**: the model is estimated per group; a difference holds "
        "when a permutation test gives p < 0.05 and MICOM step 2 (compositional "
        "invariance, the only step run here) shows the topics are scored the same way "
        "in both groups (Chin & Dibbern, 2010; Henseler et al., 2016).",
        "id": "**Perbandingan kelompok**: model diestimasi per kelompok; perbedaan nyata "
        "bila uji permutasi memberi p < 0,05 dan MICOM langkah 2 (invariansi "
        "komposisi, satu-satunya langkah yang dijalankan di sini) menunjukkan topik "
        "diberi skor dengan cara yang sama di kedua kelompok (Chin & Dibbern, 2010; "
        "Henseler dkk., 2016).",
    },
    "learn.predict": {
        "en": "**PLSpredict**: predicts each outcome question for respondents left out of "
        "the estimation (10 folds). Q²predict = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², with ȳ the "
        "mean answer of the respondents the model was estimated on. Q²predict above 0 "
        "and lower errors than a plain regression mean that, for those questions, the "
        "model predicts new respondents like these better than the regression (Shmueli "
        "et al., 2019).",
        "id": "**PLSpredict**: memprediksi setiap pertanyaan hasil untuk responden yang "
        "tidak ikut diestimasi (10 lipatan). Q²predict = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², dengan "
        "ȳ rata-rata jawaban responden yang dipakai untuk mengestimasi model. Q²predict "
        "di atas 0 dan galat lebih kecil daripada regresi biasa berarti, untuk pertanyaan "
        "itu, model memprediksi responden baru seperti ini lebih baik daripada regresi "
        "(Shmueli dkk., 2019).",
    },
    "nav.learn": {"en": "Learn", "id": "Belajar"},
    "nav.model": {"en": "Model editor", "id": "Editor model"},
    "e.title": {"en": "Build your own model", "id": "Bangun model Anda sendiri"},
    "e.help": {
        "en": "Each topic (construct) lists its questions, separated by commas. Mode A for "
        "questions that reflect the topic, B for questions that together form it. Tick "
        "'Reflective' to estimate a common factor with consistent PLS.",
        "id": "Setiap topik (konstruk) mencantumkan pertanyaannya, dipisah koma. Mode A "
        "untuk pertanyaan yang mencerminkan topik, B untuk pertanyaan yang "
        "bersama-sama membentuknya. Centang 'Reflektif' untuk faktor umum dengan PLS "
        "konsisten.",
    },
    "e.constructs": {"en": "Topics and their questions", "id": "Topik dan pertanyaannya"},
    "e.paths": {"en": "Arrows (from, to)", "id": "Panah (dari, ke)"},
    "e.scheme": {"en": "Inner weighting scheme", "id": "Skema pembobotan dalam"},
    "e.apply": {"en": "Use this model", "id": "Pakai model ini"},
    "e.study": {"en": "Back to the study's model", "id": "Kembali ke model studi"},
    "e.saved": {
        "en": "Model in use: {n} topics, {p} arrows.",
        "id": "Model dipakai: {n} topik, {p} panah.",
    },
    "e.missing": {"en": "Not in your data: {items}.", "id": "Tidak ada di data Anda: {items}."},
    "e.download": {"en": "Download the model (JSON)", "id": "Unduh model (JSON)"},
    "e.upload": {"en": "Open a model (JSON)", "id": "Buka model (JSON)"},
    "nav.report": {"en": "Report", "id": "Laporan"},
    "r.title": {"en": "Take the results with you", "id": "Bawa hasilnya"},
    "r.excel": {"en": "Excel workbook (every table)", "id": "Buku kerja Excel (semua tabel)"},
    "r.html": {"en": "Printable report (HTML)", "id": "Laporan siap cetak (HTML)"},
    "r.save": {"en": "Save analysis", "id": "Simpan analisis"},
    "r.save_help": {
        "en": "One file with your data, mapping, model and settings; open it later to continue.",
        "id": "Satu file berisi data, pemetaan, model dan pengaturan; buka lagi nanti untuk "
        "melanjutkan.",
    },
    "r.open": {"en": "Open a saved analysis", "id": "Buka analisis yang disimpan"},
    "g.working": {
        "en": "Comparing the groups: the model per group, 1000 permutations and 1000 "
        "bootstrap resamples each (a few seconds)…",
        "id": "Membandingkan kelompok: model per kelompok, 1000 permutasi dan 1000 subsampel "
        "bootstrap masing-masing (beberapa detik)…",
    },
    "g.title": {
        "en": "Does it work the same for everyone?",
        "id": "Apakah sama untuk semua orang?",
    },
    "g.column": {"en": "Compare groups by", "id": "Bandingkan kelompok menurut"},
    "g.paths": {"en": "Path coefficients per group", "id": "Koefisien jalur per kelompok"},
    "g.differences": {"en": "Which differences hold", "id": "Perbedaan mana yang nyata"},
    "g.differences_help": {
        "en": "A difference holds when the permutation p is below 0.05 and MICOM step 2 (the "
        "topics scored the same way in both groups) is met. 1000 permutations.",
        "id": "Perbedaan nyata bila p permutasi di bawah 0,05 dan MICOM langkah 2 (topik "
        "diberi skor dengan cara yang sama di kedua kelompok) terpenuhi. 1000 "
        "permutasi.",
    },
    "g.none": {
        "en": "No profile column to group by.",
        "id": "Tidak ada kolom profil untuk dikelompokkan.",
    },
    # the page's one answer (engine.analytics.segments.answer)
    "g.answer.same": {
        "en": "{groups} viewers ({sizes} responses) do not differ clearly in what moves "
        "them: the same advice serves {whom}.{unfair}{refused}",
        "id": "Penonton {groups} ({sizes} responden) tidak berbeda secara jelas dalam hal "
        "yang menggerakkan mereka: saran yang sama berlaku untuk {whom}.{unfair}{refused}",
    },
    "g.answer.differs": {
        "en": "{groups} viewers ({sizes} responses) differ clearly here: {differences}. "
        "Otherwise the same advice serves {whom}.{unfair}{refused}",
        "id": "Penonton {groups} ({sizes} responden) jelas berbeda di sini: {differences}. "
        "Selebihnya, saran yang sama berlaku untuk {whom}.{unfair}{refused}",
    },
    "g.answer.unfair": {
        "en": "{groups} viewers ({sizes} responses) cannot be compared fairly: their "
        "scores for {topics} are not made the same way (MICOM step 2), so a difference in "
        "what moves them could come from the questions. Go by the advice for all your "
        "viewers together.{refused}",
        "id": "Penonton {groups} ({sizes} responden) tidak dapat dibandingkan secara adil: "
        "skor {topics} mereka tidak disusun dengan cara yang sama (MICOM langkah 2), "
        "sehingga perbedaan dalam hal yang menggerakkan mereka bisa berasal dari "
        "pertanyaannya. Pakailah saran untuk semua penonton Anda bersama-sama.{refused}",
    },
    "g.answer.unfair_pairs": {
        "en": " {pairs} cannot be compared fairly: their scores for {topics} are not made "
        "the same way (MICOM step 2).",
        "id": " {pairs} tidak dapat dibandingkan secara adil: skor {topics} mereka tidak "
        "disusun dengan cara yang sama (MICOM langkah 2).",
    },
    "g.answer.pair": {"en": "{a} with {b}", "id": "{a} dengan {b}"},
    "g.answer.stronger": {
        "en": "{source} matters more to {target} for {stronger} viewers than for {weaker} viewers",
        "id": "{source} lebih penting bagi {target} pada penonton {stronger} daripada pada "
        "penonton {weaker}",
    },
    "g.answer.both": {"en": "both", "id": "keduanya"},
    "g.answer.all": {"en": "all of them", "id": "semuanya"},
    "g.answer.n": {"en": "{n:,d}", "id": "{n:,d}"},
    "g.answer.refused": {
        "en": " Too few responses to compare (at least {minimum} each): {groups}.",
        "id": " Terlalu sedikit responden untuk dibandingkan (minimal {minimum} per "
        "kelompok): {groups}.",
    },
    "g.answer.refused_group": {"en": "{group} ({n:,d})", "id": "{group} ({n:,d})"},
    "g.figures": {
        "en": "The figures behind this (for checking)",
        "id": "Angka di balik jawaban ini (untuk diperiksa)",
    },
}
register(_PAGES)
# -- Streamlit's own words, replaced by ui.render.streamlit_words (wt-13b) ----------------
register(
    {
        "st.upload": {"en": "Choose a file", "id": "Pilih file"},
        "st.limit": {
            "en": "Up to {size} MB per file · {types}",
            "id": "Maks. {size} MB per file · {types}",
        },
    }
)

# -- issue 12 (wt-12): her own questionnaire, the mapping step on the Data page ---------
register(
    {
        "map.title": {"en": "Your questions", "id": "Pertanyaan Anda"},
        "map.intro": {
            "en": "We read {n} answer questions in {name}. Check which topic each one "
            "measures; the suggestions are filled in. Questions marked ⚠ need a look.",
            "id": "Kami membaca {n} pertanyaan berjawaban di {name}. Periksa topik yang diukur "
            "setiap pertanyaan; sarannya sudah terisi. Pertanyaan bertanda ⚠ perlu dicek.",
        },
        "map.why_three": {
            "en": "Each topic needs at least one question; three or more measure it more "
            "reliably, and only then can its reliability be checked.",
            "id": "Setiap topik perlu paling sedikit satu pertanyaan; tiga atau lebih "
            "mengukurnya lebih andal, dan baru dengan itu keandalannya bisa diperiksa.",
        },
        "map.not_model": {"en": "Not part of the model", "id": "Bukan bagian model"},
        "map.examples": {"en": "Answers, e.g.: {values}", "id": "Contoh jawaban: {values}"},
        "map.why": {"en": "Suggested because: {why}", "id": "Disarankan karena: {why}"},
        "map.check": {"en": "⚠ please check", "id": "⚠ mohon dicek"},
        "map.block": {
            "en": "Set a block of consecutive questions at once",
            "id": "Atur sekelompok pertanyaan berurutan sekaligus",
        },
        "map.block_from": {"en": "From question", "id": "Dari pertanyaan"},
        "map.block_to": {"en": "to question", "id": "sampai pertanyaan"},
        "map.block_as": {"en": "measure", "id": "mengukur"},
        "map.block_apply": {"en": "Set this block", "id": "Atur kelompok ini"},
        "map.counts": {
            "en": "Questions per topic: {counts}",
            "id": "Pertanyaan per topik: {counts}",
        },
        "map.empty": {
            "en": "No question measures {names} yet: choose at least one.",
            "id": "Belum ada pertanyaan yang mengukur {names}: pilih paling sedikit satu.",
        },
        "map.few": {
            "en": "Fewer than three questions: {names}.",
            "id": "Kurang dari tiga pertanyaan: {names}.",
        },
        "map.analyse": {"en": "Analyse my survey", "id": "Analisis survei saya"},
        "map.cancel": {"en": "Keep the current data", "id": "Tetap pakai data sekarang"},
        "map.set_aside": {
            "en": "Other columns, not part of the model ({n})",
            "id": "Kolom lain, bukan bagian model ({n})",
        },
        "map.kind": {"en": "What it looks like", "id": "Tampaknya berisi"},
        "map.question": {"en": "Question", "id": "Pertanyaan"},
        "map.download": {
            "en": "Download this mapping",
            "id": "Unduh pemetaan ini",
        },
        "map.use_saved": {
            "en": "Or use a mapping you saved before (JSON)",
            "id": "Atau pakai pemetaan yang pernah Anda simpan (JSON)",
        },
        "map.change": {
            "en": "Change which question measures what",
            "id": "Ubah pertanyaan mana mengukur apa",
        },
        "map.banner": {
            "en": "Your file {name} is waiting: confirm its questions on the Data page.",
            "id": "File Anda {name} sedang menunggu: konfirmasikan pertanyaannya di halaman Data.",
        },
        "map.banner_sample": {
            "en": "Until then the figures come from the study's sample, not from your survey.",
            "id": "Sampai saat itu angka-angka berasal dari sampel studi, bukan dari survei Anda.",
        },
        "map.banner_file": {
            "en": "Until then the figures come from your earlier file {name}.",
            "id": "Sampai saat itu angka-angka berasal dari file Anda sebelumnya, {name}.",
        },
        "map.questions_used": {
            "en": "The model uses your own questions: {n} questions, your wording.",
            "id": "Model memakai pertanyaan Anda sendiri: {n} pertanyaan, dengan kalimat Anda.",
        },
    }
)

# -- issue 19 (collecting surveys): the collect pages (nav.collect, nav.survey, c.*) ----------
_COLLECT: dict[str, dict[str, str]] = {
    "nav.collect": {"en": "Collect answers", "id": "Kumpulkan jawaban"},
    "nav.survey": {"en": "Collected answers", "id": "Jawaban terkumpul"},
    "c.title": {"en": "Collect answers from your viewers", "id": "Kumpulkan jawaban penonton"},
    "c.intro": {
        "en": "Build the study's questionnaire here, share one link in your live chat, and "
        "watch the results grow as answers arrive. Answers are stored in Driver Lab's own "
        "database; nobody's name, e-mail or IP address is stored.",
        "id": "Susun kuesioner studi di sini, bagikan satu tautan di kolom komentar live Anda, "
        "dan lihat hasilnya bertambah saat jawaban masuk. Jawaban disimpan di basis data "
        "Driver Lab sendiri; tidak ada nama, e-mail atau alamat IP yang disimpan.",
    },
    "c.not_served": {
        "en": "This server was started without the respondents' form, so the respondents' "
        "link will not open. Start the app with: streamlit run serve.py",
        "id": "Server ini dijalankan tanpa formulir responden, jadi tautan responden tidak "
        "akan terbuka. Jalankan aplikasi dengan: streamlit run serve.py",
    },
    "c.survey_lang": {"en": "Language of the questionnaire", "id": "Bahasa kuesioner"},
    "c.survey_title": {"en": "Title respondents see", "id": "Judul yang dilihat responden"},
    "c.default_title": {
        "en": "A short survey about our live streams",
        "id": "Survei singkat tentang live jualan kami",
    },
    "c.profile": {"en": "Profile questions to ask", "id": "Pertanyaan profil yang diajukan"},
    "c.items": {
        "en": "Questions per part of the model (edit the wording, add or remove rows)",
        "id": "Pertanyaan per bagian model (ubah kalimat, tambah atau hapus baris)",
    },
    "c.question": {"en": "Question", "id": "Pertanyaan"},
    "c.screening": {
        "en": "Two screening questions open the form (aged 17+, has watched a live-streaming "
        "sale), as in the study.",
        "id": "Dua pertanyaan penyaringan membuka formulir (usia 17+, pernah menonton live "
        "jualan), seperti dalam studi.",
    },
    "c.consent": {"en": "Consent line", "id": "Kalimat persetujuan"},
    "c.one_per_browser": {
        "en": "One response per browser (recommended)",
        "id": "Satu jawaban per peramban (disarankan)",
    },
    "c.create": {"en": "Create the survey", "id": "Buat survei"},
    "c.created": {
        "en": "Your survey is ready. Keep your owner's link: it is the only way back to your "
        "results (Driver Lab keeps no copy of it).",
        "id": "Survei Anda siap. Simpan tautan pemilik Anda: hanya itu jalan kembali ke hasil "
        "Anda (Driver Lab tidak menyimpan salinannya).",
    },
    "c.open_survey": {"en": "Open your survey's results", "id": "Buka hasil survei Anda"},
    "c.respondents_link": {
        "en": "Respondents' link (share it in your live chat)",
        "id": "Tautan responden (bagikan di kolom komentar live)",
    },
    "c.owner_link": {"en": "Your owner's link", "id": "Tautan pemilik Anda"},
    "c.owner_warning": {
        "en": "Whoever holds the owner's link sees the results and can delete the survey. "
        "Keep it to yourself; never post it in the chat.",
        "id": "Siapa pun yang memegang tautan pemilik dapat melihat hasil dan menghapus "
        "survei. Simpan untuk Anda sendiri; jangan pernah dibagikan di kolom komentar.",
    },
    "c.qr": {
        "en": "QR code of the respondents' link, for your stream's screen",
        "id": "Kode QR tautan responden, untuk ditampilkan di layar saat live",
    },
    "c.qr_download": {"en": "Download the QR code (PNG)", "id": "Unduh kode QR (PNG)"},
    "c.no_token": {
        "en": "Open this page through your owner's link, or create a survey on the "
        "'Collect answers' page.",
        "id": "Buka halaman ini lewat tautan pemilik Anda, atau buat survei di halaman "
        "'Kumpulkan jawaban'.",
    },
    "c.bad_token": {
        "en": "There is no survey at this link.",
        "id": "Tidak ada survei di tautan ini.",
    },
    "c.bad_token_hint": {
        "en": "Check that the whole owner's link was copied.",
        "id": "Periksa bahwa seluruh tautan pemilik tersalin.",
    },
    "c.progress": {
        "en": "{n} answers ({valid} usable) of the {minimum} the model needs",
        "id": "{n} jawaban ({valid} dapat dipakai) dari {minimum} yang dibutuhkan model",
    },
    "c.minimum_from_study": {
        "en": "The minimum comes from the study's smallest path until your answers reach it.",
        "id": "Minimum berasal dari jalur terkecil studi sampai jawaban Anda mencapainya.",
    },
    "c.enough": {
        "en": "Enough answers for the model. Every results page shows your survey.",
        "id": "Jawaban cukup untuk model. Setiap halaman hasil menampilkan survei Anda.",
    },
    "c.not_yet": {
        "en": "Not enough usable answers to estimate the model yet; this page refreshes by itself.",
        "id": "Belum cukup jawaban yang dapat dipakai untuk mengestimasi model; halaman ini "
        "memperbarui sendiri.",
    },
    "c.loaded": {
        "en": "Your survey's answers are loaded: every results page shows them and follows "
        "new answers.",
        "id": "Jawaban survei Anda sudah dimuat: setiap halaman hasil menampilkannya dan "
        "mengikuti jawaban baru.",
    },
    "c.waves": {"en": "Waves", "id": "Gelombang"},
    "c.wave_row": {
        "en": "Wave {number}: {n} answers, since {started}",
        "id": "Gelombang {number}: {n} jawaban, sejak {started}",
    },
    "c.new_wave": {"en": "Start a new wave", "id": "Mulai gelombang baru"},
    "c.new_wave_note": {
        "en": "What did you change? (e.g. from today I greet viewers by name)",
        "id": "Apa yang Anda ubah? (mis. mulai hari ini saya menyapa penonton dengan nama)",
    },
    "c.new_wave_done": {
        "en": "Wave {number} started: new answers count towards it.",
        "id": "Gelombang {number} dimulai: jawaban baru dihitung ke gelombang ini.",
    },
    "c.compare": {"en": "Compare waves", "id": "Bandingkan gelombang"},
    "c.compare_first": {"en": "Before", "id": "Sebelum"},
    "c.compare_second": {"en": "After", "id": "Sesudah"},
    "c.move.rose": {
        "en": "{name} rose from {before} to {after} of 100 since wave {first}.",
        "id": "{name} naik dari {before} ke {after} dari 100 sejak gelombang {first}.",
    },
    "c.move.fell": {
        "en": "{name} fell from {before} to {after} of 100 since wave {first}.",
        "id": "{name} turun dari {before} ke {after} dari 100 sejak gelombang {first}.",
    },
    "c.move.same": {
        "en": "{name} stayed about the same ({before} → {after} of 100).",
        "id": "{name} relatif tetap ({before} → {after} dari 100).",
    },
    "c.followed": {
        "en": "Engagement followed.",
        "id": "Keterlibatan ikut bergerak.",
    },
    "c.not_followed": {
        "en": "Engagement did not move with it.",
        "id": "Keterlibatan tidak ikut bergerak.",
    },
    # the owner's words: the test (permutation, 5%) decides "clearly", its p is not said
    "c.path.changed": {
        "en": "The link {path} changed clearly: {before:.2f} in wave {first}, {after:.2f} in "
        "wave {second}.",
        "id": "Hubungan {path} berubah dengan jelas: {before:.2f} di gelombang {first}, "
        "{after:.2f} di gelombang {second}.",
    },
    "c.path.same": {
        "en": "No link changed clearly between the waves.",
        "id": "Tidak ada hubungan yang berubah dengan jelas antar gelombang.",
    },
    "c.path.too_small": {
        "en": "Whether the paths changed needs at least {minimum} usable answers in each wave.",
        "id": "Untuk menilai perubahan jalur dibutuhkan minimal {minimum} jawaban yang dapat "
        "dipakai di setiap gelombang.",
    },
    "c.compare_need": {
        "en": "Start a second wave to compare.",
        "id": "Mulai gelombang kedua untuk membandingkan.",
    },
    "c.data": {"en": "Your data", "id": "Data Anda"},
    "c.download_csv": {"en": "Download all answers (CSV)", "id": "Unduh semua jawaban (CSV)"},
    "c.download_xlsx": {"en": "Download all answers (Excel)", "id": "Unduh semua jawaban (Excel)"},
    "c.delete_wave": {
        "en": "Delete a wave and its answers",
        "id": "Hapus gelombang dan jawabannya",
    },
    "c.delete_survey": {
        "en": "Delete the whole survey and every answer",
        "id": "Hapus seluruh survei dan semua jawaban",
    },
    "c.confirm": {"en": "Yes, delete for good", "id": "Ya, hapus permanen"},
    "c.delete": {"en": "Delete", "id": "Hapus"},
    "c.deleted_wave": {"en": "Wave {number} deleted.", "id": "Gelombang {number} dihapus."},
    "c.deleted_survey": {
        "en": "The survey and all its answers are deleted.",
        "id": "Survei dan semua jawabannya sudah dihapus.",
    },
}
register(_COLLECT)

# --- wt-13a (issue 13): the owner's dashboard — Home's answer, menu sections, one story,
# plain construct names, what-if on the phone. Association, never cause ("linked to").
register(
    {
        "nav.section.owner": {"en": "Your shop", "id": "Toko Anda"},
        "nav.section.methods": {"en": "Methods & study", "id": "Metode & studi"},
        "home.kicker_sample": {
            "en": "The study's sample survey · {n} responses",
            "id": "Survei contoh dari studi · {n} responden",
        },
        "home.kicker_own": {
            "en": "Your survey · {n} responses",
            "id": "Survei Anda · {n} responden",
        },
        "home.answer": {
            "en": "{lever} is most strongly linked to {target}.",
            "id": "{lever} paling kuat hubungannya dengan {target}.",
        },
        "home.effect": {
            "en": "Each point higher on {lever} goes with {effect} points of {target} "
            "(likely {lo} to {hi}, on the {scale} answer scale).",
            "id": "Setiap 1 poin lebih tinggi pada {lever} sejalan dengan {effect} poin "
            "{target} (kemungkinan {lo} sampai {hi}, pada skala jawaban {scale}).",
        },
        "home.effect_pending": {
            "en": "Each point higher on {lever} goes with {effect} points of {target} "
            "(on the {scale} answer scale; likely range: working it out…).",
            "id": "Setiap 1 poin lebih tinggi pada {lever} sejalan dengan {effect} poin "
            "{target} (pada skala jawaban {scale}; rentang kemungkinannya sedang dihitung…).",
        },
        "home.no_lever": {
            "en": "In this model nothing you set directly points to an outcome.",
            "id": "Dalam model ini tidak ada yang Anda atur langsung yang mengarah ke hasil.",
        },
        "home.do_first": {"en": "Do first", "id": "Lakukan dulu"},
        "home.pending": {
            "en": "Working out what to do first…",
            "id": "Sedang menghitung apa yang dilakukan lebih dulu…",
        },
        "home.sure": {"en": "How sure we are", "id": "Seberapa yakin"},
        "home.enough": {
            "en": "{n} responses: enough (about {need} needed).",
            "id": "{n} responden: cukup (butuh sekitar {need}).",
        },
        "home.short": {
            "en": "{n} responses: add about {more} more to see the smaller effects.",
            "id": "{n} responden: tambah sekitar {more} lagi agar pengaruh kecil terlihat.",
        },
        "home.size_unknown": {"en": "{n} responses.", "id": "{n} responden."},
        "home.sound": {
            "en": "Measurement sound: every question fits its topic.",
            "id": "Pengukuran baik: setiap pertanyaan sesuai topiknya.",
        },
        "home.unsound": {
            "en": "Some questions measure poorly: fix them before acting.",
            "id": "Beberapa pertanyaan kurang tepat mengukur: perbaiki dulu sebelum bertindak.",
        },
        "home.upload": {"en": "Upload my survey", "id": "Unggah survei saya"},
        "home.explore": {"en": "Explore the study's sample", "id": "Jelajahi sampel studi"},
        "home.mechanism": {
            "en": "Why it matters: {target} in turn goes with {outcome}, {effect} points per "
            "point (likely {lo} to {hi}).",
            "id": "Mengapa penting: {target} pada gilirannya sejalan dengan {outcome}, {effect} "
            "poin per 1 poin (kemungkinan {lo} sampai {hi}).",
        },
        "home.meanings": {
            "en": "What these words and numbers mean",
            "id": "Arti kata dan angka ini",
        },
        "home.mean_points": {
            "en": "**Points**: steps on your survey's answer scale ({scale}). +0.39 points means "
            "the average answer is 0.39 higher.",
            "id": "**Poin**: langkah pada skala jawaban survei Anda ({scale}). +0,39 poin berarti "
            "rata-rata jawaban 0,39 lebih tinggi.",
        },
        "home.mean_range": {
            "en": "**Likely range**: where the effect lies in 95 of 100 re-draws of your "
            "respondents (bootstrap, 5000 re-draws).",
            "id": "**Rentang kemungkinan**: letak pengaruh pada 95 dari 100 pengambilan ulang "
            "responden Anda (bootstrap, 5000 kali).",
        },
        "home.mean_link": {
            "en": "**Linked to**: answers that rise together in one survey; it is not proof that "
            "one causes the other.",
            "id": "**Berhubungan dengan**: jawaban yang naik bersama dalam satu survei; bukan "
            "bukti bahwa yang satu menyebabkan yang lain.",
        },
        "home.mean_enough": {
            "en": "**Enough responses**: enough to see the model's smallest path that matters "
            "(inverse square root method: an 80% chance to see it in a two-tailed test at 5%).",
            "id": "**Responden cukup**: cukup untuk melihat jalur terkecil yang penting dalam "
            "model (metode akar kuadrat terbalik: peluang 80% untuk melihatnya pada uji dua "
            "arah 5%).",
        },
        "home.mean_sound": {
            "en": "**Measurement sound**: the questions of each topic agree with each other and "
            "differ from the other topics' questions.",
            "id": "**Pengukuran baik**: pertanyaan dalam satu topik saling sejalan dan berbeda "
            "dari pertanyaan topik lain.",
        },
        "home.methods": {
            "en": "The technical tables (path coefficients, reliability, validity) are under "
            "Methods & study.",
            "id": "Tabel teknis (koefisien jalur, reliabilitas, validitas) ada di Metode & studi.",
        },
        "own.d.title": {
            "en": "What is most strongly linked to {target}?",
            "id": "Apa yang paling kuat hubungannya dengan {target}?",
        },
        "own.d.mediator": {
            "en": "{name} is not set directly: it is the way your levers reach {target}.",
            "id": "{name} tidak diatur langsung: inilah jalan pendorong Anda mencapai {target}.",
        },
        "own.home.levers": {
            "en": "Your levers: how much {target} rises for 1 point more",
            "id": "Pendorong Anda: kenaikan {target} untuk tiap 1 poin lebih",
        },
        "own.d.ranking": {
            "en": "Strongest link first",
            "id": "Hubungan terkuat lebih dulu",
        },
        "own.d.ranking_help": {
            "en": "Bars: how many points {target} is higher for each point more (answer scale "
            "{scale}); lines: the likely range (95%). Colour: what to do, the same on every "
            "page.",
            "id": "Batang: berapa poin {target} lebih tinggi untuk setiap 1 poin lebih (skala "
            "jawaban {scale}); garis: rentang kemungkinan (95%). Warna: yang perlu dilakukan, "
            "sama di setiap halaman.",
        },
        "own.d.ipma_help": {
            "en": "Right: more strongly linked to {target}; up: rated higher by viewers (the "
            "average answer on 0-100). Dashed lines: the averages. Colour: what to do.",
            "id": "Kanan: lebih kuat hubungannya dengan {target}; atas: dinilai lebih tinggi oleh "
            "penonton (rata-rata jawaban pada 0-100). Garis putus-putus: rata-ratanya. Warna: "
            "yang perlu dilakukan.",
        },
        "own.d.importance": {
            "en": "Importance: points of {target} per point",
            "id": "Kepentingan: poin {target} per 1 poin",
        },
        "own.d.standardized_help": {
            "en": "Standardized effect: the same link in standard deviations, as the methods "
            "pages report it.",
            "id": "Pengaruh terstandar: hubungan yang sama dalam simpangan baku, seperti di "
            "halaman metode.",
        },
        "own.col.lever": {"en": "Lever", "id": "Pendorong"},
        "own.col.effect": {"en": "Points per point", "id": "Poin per 1 poin"},
        "own.col.range": {"en": "Likely range", "id": "Rentang kemungkinan"},
        "own.col.todo": {"en": "What to do", "id": "Yang perlu dilakukan"},
        "own.col.rating": {"en": "Rating (0-100)", "id": "Nilai (0-100)"},
        "own.col.standardized": {"en": "Standardized effect", "id": "Pengaruh terstandar"},
        "own.col.quadrant": {"en": "Quadrant", "id": "Kuadran"},
        "own.col.question": {"en": "Question", "id": "Pertanyaan"},
        "own.a.first": {"en": "Do first", "id": "Lakukan dulu"},
        "own.a.rest": {
            "en": "Your other levers on {target}",
            "id": "Pendorong lain untuk {target}",
        },
        "own.a.on": {"en": "{lever} → {target}", "id": "{lever} → {target}"},
        "own.g.path": {"en": "{source} → {target}", "id": "{source} → {target}"},
        "own.g.paths_help": {
            "en": "Each number: how strongly one topic goes with the next within that group "
            "(standardized: 0 = no link, higher = stronger).",
            "id": "Setiap angka: seberapa kuat satu topik sejalan dengan topik berikutnya dalam "
            "kelompok itu (terstandar: 0 = tidak berhubungan, makin tinggi makin kuat).",
        },
    }
)

# -- issue 18 (thesis kit, wt-18): Structural, Report and Replication additions ------------
register(
    {
        "s.diagram_png": {"en": "Path diagram (PNG)", "id": "Diagram jalur (PNG)"},
        "s.hypotheses_help": {
            "en": "H1…H{n} follow the model's arrows. A hypothesis is supported when its "
            "{level}% bootstrap interval excludes zero, p < {alpha:g} and the effect goes the "
            "way it states (positive unless you set it negative below); with percentile "
            "intervals the interval and p agree only approximately, and where they disagree "
            "the hypothesis is counted as not supported.",
            "id": "H1…H{n} mengikuti panah model. Hipotesis diterima bila interval bootstrap "
            "{level}%-nya tidak memuat nol, p < {alpha:g} dan arah pengaruhnya sesuai yang "
            "dinyatakan (positif kecuali Anda mengubahnya menjadi negatif di bawah); dengan "
            "interval persentil interval dan p hanya kira-kira sejalan, dan bila berbeda "
            "hipotesis dinyatakan ditolak.",
        },
        "s.rename": {"en": "Rename the hypotheses", "id": "Ganti nama hipotesis"},
        "s.rename_help": {
            "en": "The names and directions you give here are used in the Word document and "
            "the workbook too. Set a direction to − for a hypothesis that states a negative "
            "effect.",
            "id": "Nama dan arah yang Anda berikan di sini juga dipakai di dokumen Word dan "
            "workbook. Ubah arah menjadi − untuk hipotesis yang menyatakan pengaruh negatif.",
        },
        "s.mediation": {
            "en": "Mediation: specific indirect effects",
            "id": "Mediasi: pengaruh tidak langsung spesifik",
        },
        "s.mediation_help": {
            "en": "Types after Zhao, Lynch & Chen (2010): indirect-only = full mediation; "
            "complementary or competitive = partial mediation; direct-only and no effect = no "
            "mediation. 'Not in model': the model has no direct path, so the direct effect is "
            "assumed zero, not tested, and 'full mediation' rests on that assumption; to test "
            "it, add the direct path in the Model editor.",
            "id": "Jenis menurut Zhao, Lynch & Chen (2010): hanya-tidak-langsung = mediasi "
            "penuh; komplementer atau kompetitif = mediasi parsial; hanya-langsung dan tanpa "
            "pengaruh = tidak ada mediasi. 'Tidak ada di model': model tidak punya jalur langsung, "
            "sehingga pengaruh langsungnya diasumsikan nol, bukan diuji, dan 'mediasi penuh' "
            "bertumpu pada asumsi itu; untuk mengujinya, tambahkan jalur langsung di Editor model.",
        },
        "s.no_mediation": {
            "en": "The model has no indirect effects.",
            "id": "Model ini tidak memiliki pengaruh tidak langsung.",
        },
        "s.supported": {"en": "Supported", "id": "Diterima"},
        "s.not_supported": {"en": "Not supported", "id": "Ditolak"},
        "s.not_in_model": {"en": "not in model", "id": "tidak ada di model"},
        "s.vif_inner": {
            "en": "Collinearity among predictors (inner VIF)",
            "id": "Kolinearitas antar prediktor (VIF model dalam)",
        },
        "s.vif_inner_help": {
            "en": "VIF of each predictor of an outcome: green below {VIF_IDEAL:g}, amber "
            "{VIF_IDEAL:g}-{VIF_CRITICAL:g}, red {VIF_CRITICAL:g} or more (Hair et al., 2019). "
            "High values mean the predictors overlap, which makes their paths unstable.",
            "id": "VIF setiap prediktor suatu hasil: hijau di bawah {VIF_IDEAL:g}, kuning "
            "{VIF_IDEAL:g}-{VIF_CRITICAL:g}, merah {VIF_CRITICAL:g} atau lebih (Hair dkk., "
            "2019). Nilai tinggi berarti prediktornya tumpang tindih, sehingga jalurnya tidak "
            "stabil.",
        },
        "s.predict": {
            "en": "Predictive power (PLSpredict)",
            "id": "Daya prediksi (PLSpredict)",
        },
        "s.predict_working": {
            "en": "PLSpredict: 10 folds, repeated 10 times…",
            "id": "PLSpredict: 10 fold, diulang 10 kali…",
        },
        "s.predict_help": {
            "en": "Out-of-sample check (10 folds, repeated; Shmueli et al., 2019) of each "
            "question of the outcomes: Q²predict above 0 means PLS predicts it better than its "
            "mean; RMSE and MAE below the linear model's (LM) mean PLS predicts it better than "
            "a plain regression on the predictors' questions. Verdict: {verdict}.",
            "id": "Uji di luar sampel (10 fold, diulang; Shmueli dkk., 2019) untuk setiap "
            "pertanyaan hasil: Q²predict di atas 0 berarti PLS memprediksinya lebih baik "
            "daripada rata-ratanya; RMSE dan MAE di bawah milik model linear (LM) berarti PLS "
            "memprediksinya lebih baik daripada regresi biasa pada pertanyaan prediktornya. "
            "Kesimpulan: {verdict}.",
        },
        "s.predict_none": {
            "en": "PLSpredict cannot be assessed with these responses.",
            "id": "PLSpredict tidak dapat dinilai dengan respons ini.",
        },
        "s.type.complementary": {"en": "Complementary", "id": "Komplementer"},
        "s.type.competitive": {"en": "Competitive", "id": "Kompetitif"},
        "s.type.indirect_only": {"en": "Indirect-only", "id": "Hanya tidak langsung"},
        "s.type.direct_only": {"en": "Direct-only", "id": "Hanya langsung"},
        "s.type.no_effect": {"en": "No effect", "id": "Tanpa pengaruh"},
        "s.med.full": {"en": "Full mediation", "id": "Mediasi penuh"},
        "s.med.partial": {"en": "Partial mediation", "id": "Mediasi parsial"},
        "s.med.none": {"en": "No mediation", "id": "Tidak ada mediasi"},
        "s.col.hypothesis": {"en": "Hypothesis", "id": "Hipotesis"},
        "s.col.beta": {"en": "β", "id": "β"},
        "s.col.decision": {"en": "Decision", "id": "Keputusan"},
        "s.col.chain": {"en": "Indirect effect", "id": "Pengaruh tidak langsung"},
        "s.col.indirect": {"en": "β (indirect)", "id": "β (tidak langsung)"},
        "s.col.direct": {"en": "Direct effect", "id": "Pengaruh langsung"},
        "s.col.type": {"en": "Type", "id": "Jenis"},
        "s.col.mediation": {"en": "Mediation", "id": "Mediasi"},
        "s.col.label": {"en": "Name", "id": "Nama"},
        "s.col.sign": {"en": "Stated direction", "id": "Arah yang dihipotesiskan"},
        "r.thesis": {"en": "For a thesis or an article", "id": "Untuk skripsi atau artikel"},
        "r.thesis_help": {
            "en": "A Word results chapter in APA style (tables, figure, drafted text, "
            "references) in the language of this page, and scripts that reproduce every "
            "number from the data file.",
            "id": "Bab hasil dalam Word bergaya APA (tabel, gambar, draf teks, daftar pustaka) "
            "dalam bahasa halaman ini, dan skrip yang mereproduksi setiap angka dari file data.",
        },
        "r.word": {"en": "Results chapter (Word)", "id": "Bab hasil (Word)"},
        "r.script_py": {"en": "Python script", "id": "Skrip Python"},
        "r.script_data": {"en": "Data for the scripts (CSV)", "id": "Data untuk skrip (CSV)"},
        "r.script_r": {"en": "R script (seminr)", "id": "Skrip R (seminr)"},
        "rep.other_model": {
            "en": "The model in use is not the study's ({changes}). The paper's tables belong "
            "to the study's model, so your model is compared only on what does not depend on "
            "the model; the full comparison below is of the study's model.",
            "id": "Model yang dipakai bukan model studi ({changes}). Tabel artikel milik model "
            "studi, jadi model Anda hanya dibandingkan pada hal yang tidak bergantung pada "
            "model; perbandingan lengkap di bawah adalah untuk model studi.",
        },
        "rep.change.paths_added": {"en": "paths added: {x}", "id": "jalur ditambah: {x}"},
        "rep.change.paths_removed": {"en": "paths removed: {x}", "id": "jalur dihapus: {x}"},
        "rep.change.constructs_added": {
            "en": "constructs added: {x}",
            "id": "konstruk ditambah: {x}",
        },
        "rep.change.constructs_removed": {
            "en": "constructs removed: {x}",
            "id": "konstruk dihapus: {x}",
        },
        "rep.change.constructs_changed": {
            "en": "measured differently: {x}",
            "id": "diukur berbeda: {x}",
        },
        "rep.yours": {"en": "Your model", "id": "Model Anda"},
        "rep.yours_help": {
            "en": "The respondent profile does not depend on the model, and Cronbach's alpha "
            "depends only on a construct's items; everything else (loadings, reliability, "
            "correlations, R², paths) changes with the model and is not compared.",
            "id": "Profil responden tidak bergantung pada model, dan α Cronbach hanya "
            "bergantung pada butir konstruknya; selebihnya (loading, reliabilitas, korelasi, "
            "R², jalur) berubah bersama model dan tidak dibandingkan.",
        },
        "rep.yours_matched": {
            "en": "Your model: {ok} of {total} comparable published values within tolerance.",
            "id": "Model Anda: {ok} dari {total} nilai terbitan yang sebanding berada dalam "
            "batas toleransi.",
        },
        "rep.study_matched": {
            "en": "The study's model on the sample: {ok} of {total} published values "
            "reproduced within tolerance (not your model).",
            "id": "Model studi pada sampel: {ok} dari {total} nilai terbitan tereplikasi dalam "
            "batas toleransi (bukan model Anda).",
        },
    }
)
