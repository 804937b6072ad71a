"""The pages' labels, in English and Bahasa Indonesia, in the engine's one catalog.

``t("key", **values)`` returns the string in the session's language. The
language comes from the sidebar switch, or the URL (``?lang=id``). The entries
below join ``engine.base.text.CATALOG`` (the engine's notes, errors, advice, table
headers and file words live there), so there is one lookup and one number
format (``engine.base.text.number``: decimal comma in Indonesian) for pages, files
and the command line.
"""

from __future__ import annotations

import streamlit as st

from engine.base import text

from . import state

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}

CATALOG: dict[str, dict[str, str]] = {
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
    "g.refused": {
        "en": "Groups too small to estimate on their own (at least {minimum} responses "
        "each): {groups}.",
        "id": "Kelompok yang terlalu kecil untuk diestimasi sendiri (minimal {minimum} "
        "responden per kelompok): {groups}.",
    },
    "g.none": {
        "en": "No profile column to group by.",
        "id": "Tidak ada kolom profil untuk dikelompokkan.",
    },
}
# -- Streamlit's own words, replaced by ui.render.streamlit_words (wt-13b) ----------------
CATALOG.update(
    {
        "st.upload": {"en": "Choose a file", "id": "Pilih file"},
        "st.limit": {
            "en": "Up to {size} MB per file · {types}",
            "id": "Maks. {size} MB per file · {types}",
        },
    }
)
# One catalog: the entries above join the engine's; later CATALOG.update(...) calls
# (blocks other changes append) land in it directly.
text.register(CATALOG)
CATALOG = text.CATALOG

# -- issue 12 (wt-12): her own questionnaire, the mapping step on the Data page ---------
CATALOG.update(
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


def language() -> str:
    lang = st.session_state.get(state.LANG)
    if lang is None:
        lang = st.query_params.get("lang", "en")
        if lang not in LANGUAGES:
            lang = "en"
        st.session_state[state.LANG] = lang
    return lang


def t(key: str, **values: object) -> str:
    """The catalog entry in the session's language; numbers and lists formatted its way."""
    return text.say(key, language(), **values)


#: Legacy hook: headers added here (name -> (English, Indonesian)) join the catalog as
#: col.<name>. New headers belong in engine/base/text.py's COLUMN_LABELS (the workbook uses them).
COLUMN_LABELS: dict[str, tuple[str, str]] = {}
text.register(
    {f"col.{name}": {"en": en, "id": id_} for name, (en, id_) in COLUMN_LABELS.items() if en}
)


def column_label(name: str) -> str:
    """A table header in the user's language (unknown names pass through)."""
    return text.column_label(name, language())


def field_label(name: str) -> str:
    """A survey column's name in the user's language ("platform" -> "Platform")."""
    return text.field_label(name, language())


def answer_label(field: str, answer: object) -> str:
    """A profile answer in the user's language ("Male" -> "Laki-laki")."""
    return text.answer_label(field, answer, language())


def file_name(stem: str, suffix: str) -> str:
    """A download's name in the user's language ("driver-lab-laporan.html")."""
    return f"{text.say('file.stem.' + stem, language())}.{suffix}"


def number(value: object, spec: str = "") -> str:
    """A number in the user's language: decimal comma in Indonesian, point in English."""
    return text.number(value, language(), spec)


# -- issue 19 (collecting surveys): the collect pages' keys live in ui/collect_text.py ----
from .collect_text import CATALOG as _COLLECT  # noqa: E402

CATALOG.update(_COLLECT)


# --- wt-13a (issue 13): the owner's dashboard — Home's answer, menu sections, one story,
# plain construct names, what-if on the phone. Association, never cause ("linked to").
CATALOG.update(
    {
        "nav.section.owner": {"en": "Your shop", "id": "Toko Anda"},
        "nav.section.methods": {"en": "Methods & study", "id": "Metode & studi"},
        "own.name.INT": {"en": "Interactivity", "id": "Interaktivitas"},
        "own.name.INF": {"en": "Informativeness", "id": "Informativitas"},
        "own.name.PSN": {"en": "Personalization", "id": "Personalisasi"},
        "own.name.CLE": {"en": "Engagement", "id": "Keterlibatan"},
        "own.name.VCC": {"en": "Co-creation", "id": "Penciptaan nilai bersama"},
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
            "en": "Your levers and {target}: points per point more",
            "id": "Pendorong Anda dan {target}: poin per 1 poin lebih",
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
CATALOG.update(
    {
        "s.diagram_png": {"en": "Path diagram (PNG)", "id": "Diagram jalur (PNG)"},
        "s.hypotheses_help": {
            "en": "H1…H{n} follow the model's arrows. A hypothesis is supported when its "
            "{level}% bootstrap interval excludes zero and p < {alpha:g}; with percentile "
            "intervals the two agree only approximately, and where they disagree the "
            "hypothesis is counted as not supported.",
            "id": "H1…H{n} mengikuti panah model. Hipotesis diterima bila interval bootstrap "
            "{level}%-nya tidak memuat nol dan p < {alpha:g}; dengan interval persentil keduanya "
            "hanya kira-kira sejalan, dan bila berbeda hipotesis dinyatakan ditolak.",
        },
        "s.rename": {"en": "Rename the hypotheses", "id": "Ganti nama hipotesis"},
        "s.rename_help": {
            "en": "The names you give here are used in the Word document too.",
            "id": "Nama yang Anda berikan di sini juga dipakai di dokumen Word.",
        },
        "s.mediation": {
            "en": "Mediation: specific indirect effects",
            "id": "Mediasi: efek tidak langsung spesifik",
        },
        "s.mediation_help": {
            "en": "Types after Zhao, Lynch & Chen (2010): indirect-only = full mediation; "
            "complementary or competitive = partial mediation; direct-only and no effect = no "
            "mediation. 'Not in model': the model has no direct path, so the direct effect is "
            "assumed zero, not tested.",
            "id": "Jenis menurut Zhao, Lynch & Chen (2010): hanya-tidak-langsung = mediasi "
            "penuh; komplementer atau kompetitif = mediasi parsial; hanya-langsung dan tanpa "
            "efek = tidak ada mediasi. 'Tidak ada di model': model tidak punya jalur langsung, "
            "sehingga efek langsungnya diasumsikan nol, bukan diuji.",
        },
        "s.no_mediation": {
            "en": "The model has no indirect effects.",
            "id": "Model ini tidak memiliki efek tidak langsung.",
        },
        "s.supported": {"en": "Supported", "id": "Diterima"},
        "s.not_supported": {"en": "Not supported", "id": "Ditolak"},
        "s.not_in_model": {"en": "not in model", "id": "tidak ada di model"},
        "s.type.complementary": {"en": "Complementary", "id": "Komplementer"},
        "s.type.competitive": {"en": "Competitive", "id": "Kompetitif"},
        "s.type.indirect_only": {"en": "Indirect-only", "id": "Hanya tidak langsung"},
        "s.type.direct_only": {"en": "Direct-only", "id": "Hanya langsung"},
        "s.type.no_effect": {"en": "No effect", "id": "Tanpa efek"},
        "s.med.full": {"en": "Full mediation", "id": "Mediasi penuh"},
        "s.med.partial": {"en": "Partial mediation", "id": "Mediasi parsial"},
        "s.med.none": {"en": "No mediation", "id": "Tidak ada mediasi"},
        "s.col.hypothesis": {"en": "Hypothesis", "id": "Hipotesis"},
        "s.col.beta": {"en": "β", "id": "β"},
        "s.col.decision": {"en": "Decision", "id": "Keputusan"},
        "s.col.chain": {"en": "Indirect effect", "id": "Efek tidak langsung"},
        "s.col.indirect": {"en": "β (indirect)", "id": "β (tidak langsung)"},
        "s.col.direct": {"en": "Direct effect", "id": "Efek langsung"},
        "s.col.type": {"en": "Type", "id": "Jenis"},
        "s.col.mediation": {"en": "Mediation", "id": "Mediasi"},
        "s.col.label": {"en": "Name", "id": "Nama"},
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
