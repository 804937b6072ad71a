"""Every label, message and piece of advice the pages show, in English and Bahasa Indonesia.

``t("key", **values)`` returns the string in the session's language. The
language comes from the sidebar switch, or the URL (``?lang=id``).
"""

from __future__ import annotations

import streamlit as st

from engine.advice import ACTIONS

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
        "en": "These questions run against the rest of their topic and may be worded the other "
        "way round: {items}. Recode them (6 minus the answer)?",
        "id": "Pertanyaan ini berlawanan dengan pertanyaan lain dalam topiknya dan mungkin "
        "kalimatnya dibalik: {items}. Balik kodenya (6 dikurangi jawaban)?",
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
        "en": "Green: at least 0.708 (the topic explains half of the answers); amber: 0.40 to "
        "0.708, keep if reliability is fine; red: below 0.40 or negative.",
        "id": "Hijau: minimal 0,708 (topik menjelaskan separuh jawaban); kuning: 0,40 sampai "
        "0,708, pertahankan bila reliabilitas baik; merah: di bawah 0,40 atau negatif.",
    },
    "m.reliability_help": {
        "en": "Green: alpha, rho_A and rho_C between 0.70 and 0.95 and AVE at least 0.50.",
        "id": "Hijau: alpha, rho_A dan rho_C antara 0,70 dan 0,95 serta AVE minimal 0,50.",
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
        "en": "Green: below 3; amber: 3-5; red: 5 or more.",
        "id": "Hijau: di bawah 3; kuning: 3-5; merah: 5 atau lebih.",
    },
    "s.title": {
        "en": "How the parts drive each other",
        "id": "Bagaimana bagian-bagian saling mendorong",
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
    "d.title": {
        "en": "Which driver moves customers most?",
        "id": "Pendorong mana yang paling menggerakkan pelanggan?",
    },
    "d.outcome": {"en": "Outcome", "id": "Hasil"},
    "d.ranking": {"en": "Drivers ranked by total effect", "id": "Pendorong menurut pengaruh total"},
    "d.ranking_help": {
        "en": "Bars: total effect (standardized); lines: 95 % interval. A line that crosses zero "
        "means no evidence.",
        "id": "Batang: pengaruh total (terstandar); garis: interval 95 %. Garis yang melewati nol "
        "berarti tidak ada bukti.",
    },
    "d.ipma": {"en": "Importance and performance", "id": "Kepentingan dan kinerja"},
    "d.ipma_help": {
        "en": "Right: matters more; up: rated higher (0-100). Bottom right is where to act first.",
        "id": "Kanan: lebih berpengaruh; atas: dinilai lebih tinggi (0-100). Kanan bawah adalah "
        "tempat bertindak pertama.",
    },
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
        "en": "Even at the top of the scale this falls short by {short} points.",
        "id": "Bahkan di puncak skala masih kurang {short} poin.",
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
        "en": "**PLS-SEM** (partial least squares structural equation modelling) builds a score"
        " for each topic (construct) as a weighted sum of its questions, chooses the "
        "weights so that the scores of connected topics explain each other well, and then"
        " estimates how strongly each topic drives the next with regressions. It suits "
        "small samples, predictive questions and composite topics such as "
        "'interactivity'.",
        "id": "**PLS-SEM** (partial least squares structural equation modelling) membuat skor "
        "untuk setiap topik (konstruk) sebagai jumlah tertimbang dari pertanyaannya, "
        "memilih bobot agar skor topik yang terhubung saling menjelaskan dengan baik, "
        "lalu mengukur seberapa kuat satu topik mendorong topik berikutnya dengan "
        "regresi. Cocok untuk sampel kecil, tujuan prediksi dan topik komposit seperti "
        "'interaktivitas'.",
    },
    "learn.loading": {
        "en": "**Outer loading**: the correlation of a question with its topic's score. At "
        "least 0.708, so that the topic explains half of the answer's variance; "
        "0.40-0.708 can stay when reliability is fine (Hair et al., 2019).",
        "id": "**Outer loading**: korelasi pertanyaan dengan skor topiknya. Minimal 0,708, agar"
        " topik menjelaskan separuh variasi jawaban; 0,40-0,708 boleh dipertahankan bila "
        "reliabilitas baik (Hair dkk., 2019).",
    },
    "learn.reliability": {
        "en": "**Reliability** (Cronbach's alpha, rho_A, composite reliability rho_C): do a "
        "topic's questions agree? Between 0.70 and 0.95; above 0.95 the questions may be "
        "near-copies (Hair et al., 2019; Dijkstra & Henseler, 2015).",
        "id": "**Reliabilitas** (Cronbach's alpha, rho_A, reliabilitas komposit rho_C): apakah "
        "pertanyaan satu topik sejalan? Antara 0,70 dan 0,95; di atas 0,95 pertanyaannya "
        "mungkin terlalu mirip (Hair dkk., 2019; Dijkstra & Henseler, 2015).",
    },
    "learn.ave": {
        "en": "**AVE** (average variance extracted): the average share of its questions' "
        "variance a topic explains; at least 0.50 (Fornell & Larcker, 1981).",
        "id": "**AVE** (average variance extracted): rata-rata porsi variasi pertanyaan yang "
        "dijelaskan topiknya; minimal 0,50 (Fornell & Larcker, 1981).",
    },
    "learn.htmt": {
        "en": "**Discriminant validity**: are two topics really different? HTMT below 0.85 "
        "(0.90 for close concepts), ideally with its bootstrap interval below it "
        "(Henseler et al., 2015). The older Fornell-Larcker test asks each √AVE to exceed"
        " the topic's correlations.",
        "id": "**Validitas diskriminan**: apakah dua topik benar-benar berbeda? HTMT di bawah "
        "0,85 (0,90 untuk konsep yang mirip), idealnya dengan interval bootstrap di "
        "bawahnya (Henseler dkk., 2015). Uji Fornell-Larcker yang lebih lama meminta √AVE"
        " melebihi korelasi topik.",
    },
    "learn.vif": {
        "en": "**VIF**: overlap among questions or among drivers; below 3 is ideal, 5 and above"
        " is critical (Hair et al., 2019).",
        "id": "**VIF**: tumpang tindih antar pertanyaan atau antar pendorong; di bawah 3 ideal,"
        " 5 ke atas kritis (Hair dkk., 2019).",
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
        "en": "**R²** and **f²**: R² is the share of a topic's variation its drivers explain "
        "(0.25 weak, 0.50 moderate, 0.75 substantial); f² is how much R² drops without "
        "one driver (0.02 small, 0.15 medium, 0.35 large; Cohen, 1988).",
        "id": "**R²** dan **f²**: R² adalah porsi variasi topik yang dijelaskan pendorongnya "
        "(0,25 lemah, 0,50 sedang, 0,75 kuat); f² adalah penurunan R² tanpa satu "
        "pendorong (0,02 kecil, 0,15 sedang, 0,35 besar; Cohen, 1988).",
    },
    "learn.ipma": {
        "en": "**IPMA** (importance-performance map): importance is a driver's total effect on "
        "the outcome in answer-scale units; performance is its average score on 0-100. "
        "High importance with low performance is where to act first (Ringle & Sarstedt, "
        "2016).",
        "id": "**IPMA** (peta kepentingan-kinerja): kepentingan adalah pengaruh total pendorong"
        " pada hasil dalam satuan skala jawaban; kinerja adalah skor rata-ratanya pada "
        "0-100. Kepentingan tinggi dengan kinerja rendah adalah tempat bertindak pertama "
        "(Ringle & Sarstedt, 2016).",
    },
    "learn.mga": {
        "en": "**Group comparison**: the model is estimated per group; a difference holds when "
        "a permutation test gives p < 0.05 and MICOM shows the topics are measured the "
        "same way in both groups (Chin & Dibbern, 2010; Henseler et al., 2016).",
        "id": "**Perbandingan kelompok**: model diestimasi per kelompok; perbedaan nyata bila "
        "uji permutasi memberi p < 0,05 dan MICOM menunjukkan topik diukur dengan cara "
        "yang sama di kedua kelompok (Chin & Dibbern, 2010; Henseler dkk., 2016).",
    },
    "learn.predict": {
        "en": "**PLSpredict**: predicts each outcome question for respondents left out of the "
        "estimation; Q²predict above 0 and lower errors than a plain regression mean the "
        "model predicts new viewers (Shmueli et al., 2019).",
        "id": "**PLSpredict**: memprediksi setiap pertanyaan hasil untuk responden yang tidak "
        "ikut diestimasi; Q²predict di atas 0 dan galat lebih kecil dari regresi biasa "
        "berarti model memprediksi penonton baru (Shmueli dkk., 2019).",
    },
    "nav.learn": {"en": "Learn", "id": "Belajar"},
    "nav.model": {"en": "Model editor", "id": "Editor model"},
    "e.title": {"en": "Build your own model", "id": "Bangun model Anda sendiri"},
    "e.help": {
        "en": "Each topic (construct) lists its questions, separated by commas. Mode A for "
        "questions that reflect the topic, B for questions that together form it. Tick "
        "'reflective' to estimate a common factor with consistent PLS.",
        "id": "Setiap topik (konstruk) mencantumkan pertanyaannya, dipisah koma. Mode A untuk "
        "pertanyaan yang mencerminkan topik, B untuk pertanyaan yang bersama-sama "
        "membentuknya. Centang 'reflective' untuk faktor umum dengan PLS konsisten.",
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
        "en": "A difference holds when the permutation p is below 0.05 and MICOM (the same "
        "measurement in both groups) is met. 1000 permutations.",
        "id": "Perbedaan nyata bila p permutasi di bawah 0,05 dan MICOM (pengukuran yang sama di "
        "kedua kelompok) terpenuhi. 1000 permutasi.",
    },
    "g.refused": {
        "en": "Too small to estimate on its own (at least {minimum} needed): {groups}.",
        "id": "Terlalu kecil untuk diestimasi sendiri (minimal {minimum}): {groups}.",
    },
    "g.none": {
        "en": "No profile column to group by.",
        "id": "Tidak ada kolom profil untuk dikelompokkan.",
    },
}

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
    entry = CATALOG[key]
    text = entry.get(language(), entry["en"])
    return text.format(**values) if values else text


#: Table headers: the engine's column names (kept in every export) -> what people read.
COLUMN_LABELS = {
    "construct": ("Construct", "Konstruk"),
    "indicator": ("Item", "Butir"),
    "indicators": ("Items", "Butir"),
    "loading": ("Loading", "Loading"),
    "weight": ("Weight", "Bobot"),
    "alpha": ("Cronbach's α", "α Cronbach"),
    "rho_a": ("ρ_A", "ρ_A"),
    "rho_c": ("ρ_C", "ρ_C"),
    "ave": ("AVE", "AVE"),
    "vif": ("VIF", "VIF"),
    "name": ("Name", "Nama"),
    "estimate": ("Estimate", "Estimasi"),
    "se": ("SE", "SE"),
    "t": ("t", "t"),
    "p": ("p", "p"),
    "ci_lower": ("CI lower", "Batas bawah CI"),
    "ci_upper": ("CI upper", "Batas atas CI"),
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
    "micom_ok": ("Invariance (MICOM)", "Invariansi (MICOM)"),
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
    # issue 16 (wt-16): Henseler's bootstrap MGA, one-sided (H1: group A's path is larger)
    "p_bootstrap_one_sided": ("p (bootstrap, A > B)", "p (bootstrap, A > B)"),
}
CATALOG.update(
    {f"col.{name}": {"en": en, "id": id_} for name, (en, id_) in COLUMN_LABELS.items() if en}
)  # ("ok", the traffic-light column, has no header to say)


def column_label(name: str) -> str:
    """A table header in the user's language (unknown names pass through)."""
    labels = COLUMN_LABELS.get(name)
    if labels is None:
        return name
    return labels[1] if language() == "id" else labels[0]


CATALOG.update({f"a.action.{code}": {"en": en, "id": id_} for code, (en, id_) in ACTIONS.items()})

# -- issue 19 (collecting surveys): the collect pages' keys live in ui/collect_text.py ----
from .collect_text import CATALOG as _COLLECT  # noqa: E402

CATALOG.update(_COLLECT)

# -- issue 18 (thesis kit, wt-18): Structural, Report and Replication additions ------------
CATALOG.update(
    {
        "s.diagram_png": {"en": "Path diagram (PNG)", "id": "Diagram jalur (PNG)"},
        "s.hypotheses_help": {
            "en": "H1…H{n} follow the model's arrows. A hypothesis is supported when its "
            "{level}% bootstrap interval excludes zero and p < {alpha}; with percentile "
            "intervals the two agree only approximately, and where they disagree the "
            "hypothesis is counted as not supported.",
            "id": "H1…H{n} mengikuti panah model. Hipotesis diterima bila interval bootstrap "
            "{level}%-nya tidak memuat nol dan p < {alpha}; dengan interval persentil keduanya "
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
            "id": "Profil responden tidak bergantung pada model, dan alfa Cronbach hanya "
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
