"""The collect pages' labels in English and Bahasa Indonesia (issue 19).

Merged into ``ui.i18n.CATALOG`` by one line at its end, so ``t("c.…")`` works
like every other key.
"""

CATALOG = {
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
    "c.path.changed": {
        "en": "The path {path} changed: {before:.2f} in wave {first}, {after:.2f} in wave "
        "{second} (permutation p = {p:.3f}).",
        "id": "Jalur {path} berubah: {before:.2f} di gelombang {first}, {after:.2f} di "
        "gelombang {second} (p permutasi = {p:.3f}).",
    },
    "c.path.same": {
        "en": "No path changed clearly between the waves (permutation test, 5%).",
        "id": "Tidak ada jalur yang berubah jelas antar gelombang (uji permutasi, 5%).",
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
