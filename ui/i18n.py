"""Every label, message and piece of advice the pages show, in English and Bahasa Indonesia.

``t("key", **values)`` returns the string in the session's language. The
language comes from the sidebar switch, or the URL (``?lang=id``).
"""

from __future__ import annotations

import streamlit as st

from . import state

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}

CATALOG: dict[str, dict[str, str]] = {
    "app.title": {"en": "Driver Lab", "id": "Driver Lab"},
    "app.language": {"en": "Language", "id": "Bahasa"},
    "nav.home": {"en": "Home", "id": "Beranda"},
    "nav.replication": {"en": "Replication", "id": "Replikasi"},
    "home.intro": {
        "en": "Which part of your live-streaming sales moves customers most? Driver Lab "
        "estimates how **interactivity**, **informativeness** and **personalization** drive "
        "**customer engagement**, and how engagement drives **value co-creation** (PLS-SEM, "
        "the method of the study behind it).",
        "id": "Bagian mana dari live streaming penjualan Anda yang paling menggerakkan "
        "pelanggan? Driver Lab mengukur bagaimana **interaktivitas**, **informativitas** dan "
        "**personalisasi** mendorong **keterlibatan pelanggan**, dan bagaimana keterlibatan "
        "mendorong **penciptaan nilai bersama** (PLS-SEM, metode studi yang mendasarinya).",
    },
    "home.sample_caption": {
        "en": "Results for the study's sample survey (synthetic, {n} responses).",
        "id": "Hasil untuk survei contoh dari studi (sintetis, {n} responden).",
    },
    "home.own_caption": {
        "en": "Your survey: {n} responses used.",
        "id": "Survei Anda: {n} responden dipakai.",
    },
    "metric.valid": {"en": "Valid responses", "id": "Respons valid"},
    "home.paths": {"en": "Path coefficients", "id": "Koefisien jalur"},
    "home.paths_help": {
        "en": "How strongly each construct drives the next (standardized; 0 = no effect).",
        "id": "Seberapa kuat setiap konstruk mendorong konstruk berikutnya "
        "(terstandar; 0 = tidak berpengaruh).",
    },
    "home.reliability": {"en": "Reliability", "id": "Reliabilitas"},
    "home.reliability_help": {
        "en": "Do each construct's questions agree? Alpha, rho_A and rho_C should exceed "
        "0.70, AVE 0.50.",
        "id": "Apakah pertanyaan tiap konstruk saling sejalan? Alpha, rho_A dan rho_C "
        "sebaiknya di atas 0,70, AVE di atas 0,50.",
    },
    "home.notes": {"en": "What the numbers say", "id": "Arti angka-angka ini"},
    "col.from": {"en": "From", "id": "Dari"},
    "col.to": {"en": "To", "id": "Ke"},
    "col.coefficient": {"en": "Coefficient", "id": "Koefisien"},
    "col.construct": {"en": "Construct", "id": "Konstruk"},
    "col.statistic": {"en": "Statistic", "id": "Statistik"},
    "col.subject": {"en": "Of", "id": "Untuk"},
    "col.paper": {"en": "Paper", "id": "Artikel"},
    "col.ours": {"en": "Sample", "id": "Sampel"},
    "col.difference": {"en": "Difference", "id": "Selisih"},
    "col.within": {"en": "Within tolerance", "id": "Dalam toleransi"},
    "rep.title": {"en": "Replication of the study", "id": "Replikasi studi"},
    "rep.synthetic": {
        "en": "**Synthetic data.** The sample is not the study's real respondents (their "
        "answers are not public). It was generated to match the published statistics, so "
        "that the engine's results can be compared with the paper's tables.",
        "id": "**Data sintetis.** Sampel ini bukan responden asli studi (jawaban mereka "
        "tidak dipublikasikan). Data dibuat agar sesuai dengan statistik yang diterbitkan, "
        "sehingga hasil mesin dapat dibandingkan dengan tabel di artikel.",
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
        "least 0.708 (the construct explains half of the answer's variance); the paper "
        "used 0.6.",
        "id": "Korelasi tiap pertanyaan dengan skor konstruknya. Patokan: minimal 0,708 "
        "(konstruk menjelaskan separuh variasi jawaban); artikel memakai 0,6.",
    },
    "rep.table3": {
        "en": "Table 3. Reliability and convergent validity",
        "id": "Tabel 3. Reliabilitas dan validitas konvergen",
    },
    "rep.table3_help": {
        "en": "Alpha, rho_A and rho_C: do a construct's questions agree (≥ 0.70)? AVE: the "
        "average share of its questions' variance the construct explains (≥ 0.50).",
        "id": "Alpha, rho_A dan rho_C: apakah pertanyaan satu konstruk sejalan (≥ 0,70)? "
        "AVE: rata-rata porsi variasi pertanyaan yang dijelaskan konstruk (≥ 0,50).",
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
        "0,75 kuat.",
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
    "error.title": {"en": "This file cannot be used yet", "id": "File ini belum bisa dipakai"},
}


def language() -> str:
    lang = st.session_state.get(state.LANG)
    if lang is None:
        lang = st.query_params.get("lang", "en")
        if lang not in LANGUAGES:
            lang = "en"
        st.session_state[state.LANG] = lang
    return lang


def t(key: str, **values: object) -> str:
    entry = CATALOG[key]
    text = entry.get(language(), entry["en"])
    return text.format(**values) if values else text
