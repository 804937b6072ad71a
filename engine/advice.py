"""The owner's brief: what to do first and why, in English and Bahasa Indonesia, as data.

``advise(result, boot)`` returns records (see ``COLUMNS``). Rules:

- Measurement first: when loadings, reliability, convergent or discriminant
  validity fail a rule of thumb, that comes before any driver advice and names
  the items; otherwise an explicit "your measurement looks sound".
- A driver is advised for investment only when its bootstrap interval excludes
  zero and it has the most to gain (high importance, room to improve, by the
  IPMA priority importance x (100 - performance)); supported drivers rated high
  are "maintain", supported ones that matter less "monitor"; an effect whose
  interval includes zero is "no evidence" and never "invest".
- Numbers are rounded for people in the text; the tables keep full precision.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .drivers import Simulator, drivers, ipma, sample_size
from .questionnaire import ITEMS
from .thresholds import ALPHA

COLUMNS = [
    "kind",
    "subject",
    "severity",
    "action",
    "finding_en",
    "finding_id",
    "why_en",
    "why_id",
    "todo_en",
    "todo_id",
    "reference",
    "priority",
]

#: What each action code says to the owner (English, Indonesian).
ACTIONS = {
    "invest": ("Invest", "Investasikan"),
    "maintain": ("Maintain", "Pertahankan"),
    "monitor": ("Monitor", "Pantau"),
    "no evidence": ("No evidence", "Tidak ada bukti"),
    "fix measurement": ("Fix the questions", "Perbaiki pertanyaan"),
    "collect more": ("Collect more", "Kumpulkan lagi"),
    "none": ("Good", "Baik"),
}

LABEL = {
    "INT": ("interactivity", "interaktivitas"),
    "INF": ("informativeness", "informativitas"),
    "PSN": ("personalization", "personalisasi"),
    "CLE": ("engagement", "keterlibatan"),
    "VCC": ("co-creation", "penciptaan nilai bersama"),
}

TACTICS = {
    "INT": (
        "Answer comments by name while you are live, run quick polls, and ask viewers "
        "questions they can answer in one word.",
        "Jawab komentar sambil menyebut nama penonton, adakan polling singkat, dan ajukan "
        "pertanyaan yang bisa dijawab dengan satu kata.",
    ),
    "INF": (
        "Show size, material and price on screen, demonstrate the product from several angles, "
        "and repeat the key facts for viewers who join late.",
        "Tampilkan ukuran, bahan dan harga di layar, peragakan produk dari beberapa sudut, dan "
        "ulangi info penting untuk penonton yang baru bergabung.",
    ),
    "PSN": (
        'Take requests ("show it in blue"), remember regular viewers and greet them, and '
        "suggest products that fit what a viewer told you.",
        'Terima permintaan ("coba tunjukkan yang biru"), ingat penonton setia dan sapa mereka, '
        "dan sarankan produk yang sesuai dengan cerita penonton.",
    ),
    "CLE": (
        "Keep viewers involved: a fixed weekly schedule, small rewards for comments, and a "
        "reason to stay to the end (a last-minute deal).",
        "Buat penonton tetap terlibat: jadwal mingguan yang tetap, hadiah kecil untuk komentar, "
        "dan alasan untuk menonton sampai akhir (promo di menit terakhir).",
    ),
}

MEASUREMENT_CODES = {
    "LOADING_NEGATIVE",
    "LOADING_VERY_LOW",
    "RELIABILITY_LOW",
    "RELIABILITY_TOO_HIGH",
    "AVE_LOW",
    "HTMT_HIGH",
    "VIF_OUTER_HIGH",
    "VIF_INNER_HIGH",
    "NOT_CONVERGED",
}


def _label(name: str, lang: int) -> str:
    return LABEL.get(name, (name, name))[lang]


def _r(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}"


def _wording(result, item: str) -> tuple[str, str] | None:
    """(English, Indonesian) wording of an item: the owner's own question when the model
    follows her questionnaire (issue 12), else the study's questionnaire."""
    own = result.spec.label(item)
    return (own, own) if own != item else ITEMS.get(item)


def _measurement(result) -> list[dict]:
    notes = result.notes
    bad = notes[notes.code.isin(MEASUREMENT_CODES)]
    if bad.empty:
        return [
            {
                "kind": "measurement",
                "subject": "survey",
                "severity": "info",
                "action": "none",
                "finding_en": "Your measurement looks sound: every question fits its topic.",
                "finding_id": "Pengukuran Anda baik: setiap pertanyaan sesuai dengan topiknya.",
                "why_en": "So the results below can be trusted as far as the sample allows.",
                "why_id": "Jadi hasil di bawah dapat dipercaya sejauh sampel memungkinkan.",
                "todo_en": "Keep the same questions for your next survey so you can compare.",
                "todo_id": "Pakai pertanyaan yang sama di survei berikutnya agar bisa "
                "dibandingkan.",
                "reference": "Hair et al. (2019)",
                "priority": 0.0,
            }
        ]
    out = []
    for note in bad.itertuples(index=False):
        wording = _wording(result, note.subject)
        item_en = f' ("{wording[0]}")' if wording else ""
        item_id = f' ("{wording[1]}")' if wording else ""
        out.append(
            {
                "kind": "measurement",
                "subject": note.subject,
                "severity": "warning",
                "action": "fix measurement",
                "finding_en": note.message,
                "finding_id": _measurement_id(note),
                "why_en": "Weak questions blur every result that follows; fix them before "
                "acting on the drivers.",
                "why_id": "Pertanyaan yang lemah mengaburkan semua hasil berikutnya; perbaiki "
                "dulu sebelum bertindak pada pendorong.",
                "todo_en": f"Check the wording of {note.subject}{item_en} or drop it next time.",
                "todo_id": f"Periksa kalimat {note.subject}{item_id} atau hapus di survei "
                "berikutnya.",
                "reference": "Hair et al. (2019); Henseler et al. (2015)",
                "priority": 1000.0,
            }
        )
    return out


def _measurement_id(note) -> str:
    p = note.params
    code = note.code
    if code == "LOADING_NEGATIVE":
        return (
            f"{note.subject} berlawanan arah dengan pertanyaan lain (loading "
            f"{_r(p['loading'])}); kemungkinan kalimatnya dibalik."
        )
    if code == "LOADING_VERY_LOW":
        return f"{note.subject} hampir tidak mengukur hal yang sama (loading {_r(p['loading'])})."
    if code == "RELIABILITY_LOW":
        return f"Pertanyaan {note.subject} kurang sejalan (reliabilitas di bawah 0,70)."
    if code == "RELIABILITY_TOO_HIGH":
        return f"Pertanyaan {note.subject} terlalu mirip satu sama lain (rho_C {_r(p['rho_c'])})."
    if code == "AVE_LOW":
        return f"{note.subject} hanya menjelaskan {p['ave']:.0%} variasi pertanyaannya (AVE)."
    if code == "HTMT_HIGH":
        return f"{note.subject} sulit dibedakan (HTMT {_r(p['value'])} di atas 0,90)."
    if code == "NOT_CONVERGED":
        return "Perhitungan tidak stabil (tidak konvergen); hasil bisa berubah-ubah."
    return f"{note.subject}: periksa pengukuran ({code})."


def _prediction(table: pd.DataFrame, verdict: str) -> dict:
    # issue 16: PLSpredict that could not run, and a verdict within fold noise, in words
    from .predict import NOT_ASSESSED, is_borderline

    if verdict == NOT_ASSESSED:
        return {
            "kind": "prediction",
            "subject": ", ".join(table.indicator),
            "severity": "warning",
            "action": "collect more",
            "finding_en": "Out-of-sample check (PLSpredict): not possible with these responses.",
            "finding_id": "Uji di luar sampel (PLSpredict): tidak bisa dilakukan dengan jawaban "
            "ini.",
            "why_en": "Leaving a tenth of the respondents out left too few responses, or a "
            "question with a single answer, to estimate the model on the rest.",
            "why_id": "Setelah sepersepuluh responden disisihkan, sisanya terlalu sedikit, atau "
            "ada pertanyaan yang jawabannya hanya satu macam, untuk mengestimasi model.",
            "todo_en": "Collect more responses before judging how well the model predicts.",
            "todo_id": "Tambah responden sebelum menilai seberapa baik model memprediksi.",
            "reference": "Shmueli et al. (2019)",
            "priority": 100.0,
        }
    borderline = is_borderline(table) if "settled" in table else False
    good = verdict in ("high predictive power", "medium predictive power")
    verdict_id = {
        "high predictive power": "daya prediksi tinggi",
        "medium predictive power": "daya prediksi sedang",
        "low predictive power": "daya prediksi rendah",
        "lacks predictive power": "tidak punya daya prediksi",
    }.get(verdict, "tidak relevan untuk prediksi")
    return {
        "kind": "prediction",
        "subject": ", ".join(table.indicator),
        "severity": "info" if good else "warning",
        "action": "none" if good else "monitor",
        "finding_en": f"Out-of-sample check (PLSpredict): {verdict}.",
        "finding_id": f"Uji di luar sampel (PLSpredict): {verdict_id}.",
        "why_en": "It shows whether the model also predicts viewers it has not seen.",
        "why_id": "Ini menunjukkan apakah model juga memprediksi penonton yang belum dilihatnya.",
        "todo_en": "Trust the ranking of drivers more than exact numbers."
        if not good
        else "The model's advice should carry over to new viewers.",
        "todo_id": "Percayai urutan pendorong lebih dari angka persisnya."
        if not good
        else "Saran model kemungkinan berlaku juga untuk penonton baru.",
        "reference": "Shmueli et al. (2019)",
        "priority": 100.0,
    } | (
        {
            "finding_en": f"Out-of-sample check (PLSpredict): {verdict}, borderline: another "
            "random split of the respondents could give the next level up or down.",
            "finding_id": f"Uji di luar sampel (PLSpredict): {verdict_id}, di perbatasan: "
            "pembagian responden secara acak yang lain bisa memberi satu tingkat di atas atau "
            "di bawahnya.",
        }
        if borderline
        else {}
    )


def _sample(size: dict) -> dict:
    """The inverse-square-root figure, saying which path sets it (issues 16 and 20)."""

    def dec_id(x: float) -> str:
        return f"{x:.2f}".replace(".", ",")

    n, minimum, beta = size["n"], size["minimum_n"], size["beta_min"]
    more = minimum - n
    test_en = "with 80 % power in a two-tailed test at 5 %"
    test_id = "dengan kekuatan uji 80 % pada uji dua arah 5 %"
    if size["path"]:
        what_en = f"the model's smallest path that matters, {size['path']} (β = {beta:.2f})"
        what_id = f"jalur terkecil yang penting dalam model, {size['path']} (β = {dec_id(beta)})"
    else:
        what_en = f"a path of β = {beta:.2f} (every path in the model is smaller: practically zero)"
        what_id = (
            f"jalur sebesar β = {dec_id(beta)} (semua jalur dalam model lebih kecil: praktis nol)"
        )
    why_en = "With fewer, real effects of that size can go unnoticed."
    why_id = "Dengan lebih sedikit, pengaruh nyata sebesar itu bisa tidak terdeteksi."
    small = size["ignored"] if size["path"] else []
    if small:
        listed = ", ".join(f"{name} ({b:.2f})" for name, b in small)
        listed_id = ", ".join(f"{name} ({dec_id(b)})" for name, b in small)
        why_en += (
            f" Paths below {size['floor']:.2f} ({listed}) count as practically zero and are "
            "not sized for: detecting them would take far more responses than they are worth."
        )
        why_id += (
            f" Jalur di bawah {dec_id(size['floor'])} ({listed_id}) dianggap praktis nol dan "
            "tidak dihitung: mendeteksinya butuh jauh lebih banyak responden daripada manfaatnya."
        )
    return {
        "kind": "sample",
        "subject": "survey",
        "severity": "warning",
        "action": "collect more",
        "finding_en": f"{n} responses. To detect {what_en} {test_en}, you need about {minimum}.",
        "finding_id": f"{n} responden. Untuk mendeteksi {what_id} {test_id}, Anda perlu sekitar "
        f"{minimum} responden.",
        "why_en": why_en,
        "why_id": why_id,
        "todo_en": f"Collect about {more} more responses.",
        "todo_id": f"Tambah sekitar {more} responden lagi.",
        "reference": "Kock & Hadaya (2018), inverse square root method",
        "priority": 500.0,
    }


def _segments(comparison) -> list[dict]:
    out = []
    held = comparison.differences[
        (comparison.differences.p_permutation < ALPHA) & comparison.differences.micom_ok
    ]
    for row in held.itertuples(index=False):
        bigger = row.group_a if row.difference > 0 else row.group_b
        out.append(
            {
                "kind": "segment",
                "subject": f"{row.path}: {row.group_a} vs {row.group_b}",
                "severity": "info",
                "action": "monitor",
                "finding_en": f"The effect {row.path} is stronger for {bigger} (difference "
                f"{abs(row.difference):.2f}, permutation p = {row.p_permutation:.3f}).",
                "finding_id": f"Pengaruh {row.path} lebih kuat untuk {bigger} (selisih "
                f"{abs(row.difference):.2f}, p permutasi = {row.p_permutation:.3f}).",
                "why_en": "The same tactic may pay off more in one group than the other.",
                "why_id": "Taktik yang sama bisa lebih berhasil di satu kelompok.",
                "todo_en": f"Try the tactic for this driver first with {bigger}.",
                "todo_id": f"Coba taktik untuk pendorong ini lebih dulu pada {bigger}.",
                "reference": "Chin & Dibbern (2010); Henseler et al. (2016)",
                "priority": 50.0,
            }
        )
    return out


def advise(
    result,
    boot=None,
    target: str | None = None,
    prediction=None,
    segments=None,
    scale: tuple[float, float] | None = None,
) -> pd.DataFrame:
    """Advice records, most important first (see the module docstring).

    ``scale``: the answer scale (the survey's), as for the Drivers and What-if
    pages; detected from the data by ``engine.scale.detect_scale`` when omitted.

    ``prediction``: (table, verdict) from engine.predict.pls_predict;
    ``segments``: a GroupComparison from engine.segments.compare_groups.
    """
    records = _measurement(result)
    drv = drivers(result, boot)
    imp = ipma(result, scale=scale)
    sim = Simulator(result, boot, scale=scale)
    lo, hi = sim.model.scale
    outcomes = [target] if target else list(dict.fromkeys(drv.target))
    for tgt in outcomes:
        d = drv[drv.target == tgt]
        m = imp[(imp.target == tgt) & (imp.level == "construct")].set_index("name")
        if d.empty or m.empty:
            continue
        imp_mean = m.importance.mean()
        for row in d.itertuples(index=False):
            name = row.driver
            supported = bool(np.isfinite(row.ci_lower) and (row.ci_lower > 0 or row.ci_upper < 0))
            importance = float(m.importance.get(name, np.nan))
            performance = float(m.performance.get(name, np.nan))
            priority = max(importance, 0) * (100 - performance) if supported else -1.0
            move = sim.what_if({name: 0.5}).table.set_index("target").loc[tgt]
            en_t, id_t = _label(tgt, 0), _label(tgt, 1)
            en_d, id_d = _label(name, 0), _label(name, 1)
            effect_en = (
                f"Half a point more {en_d} goes with about {_r(move.change)} points more "
                f"{en_t} on the {lo:g}-{hi:g} scale"
            )
            effect_id = (
                f"Setengah poin lebih tinggi pada {id_d} sejalan dengan sekitar "
                f"{_r(move.change).replace('.', ',')} poin lebih tinggi pada {id_t} "
                f"(skala {lo:g}-{hi:g})"
            )
            if np.isfinite(move.band_lower):
                effect_en += f" (likely between {_r(move.band_lower)} and {_r(move.band_upper)})."
                effect_id += (
                    f" (kemungkinan antara {_r(move.band_lower).replace('.', ',')} dan "
                    f"{_r(move.band_upper).replace('.', ',')})."
                )
            else:
                effect_en += "."
                effect_id += "."
            if not supported:
                action = "no evidence"
                why_en = (
                    "The survey cannot tell this effect apart from zero, so it is no basis "
                    "for spending."
                )
                why_id = (
                    "Survei tidak dapat membedakan pengaruh ini dari nol, jadi bukan dasar "
                    "untuk mengeluarkan biaya."
                )
                todo_en, todo_id = (
                    "Do not invest on this evidence; look again with more responses.",
                    "Jangan berinvestasi berdasarkan bukti ini; lihat lagi dengan lebih banyak "
                    "responden.",
                )
            elif row.total_effect < 0:
                action = "monitor"
                why_en, why_id = (
                    f"Higher {en_d} goes with lower {en_t} here.",
                    f"{id_d.capitalize()} yang lebih tinggi sejalan dengan {id_t} yang lebih "
                    "rendah.",
                )
                todo_en, todo_id = (
                    "Look into why before changing anything.",
                    "Cari tahu penyebabnya sebelum mengubah apa pun.",
                )
            elif importance >= imp_mean and performance < m.performance.mean() + 5:
                action = "invest"
                why_en = (
                    f"It matters a lot for {en_t} and viewers rate it "
                    f"{performance:.0f} of 100, so there is room to gain."
                )
                why_id = (
                    f"Sangat berpengaruh pada {id_t} dan penonton menilainya "
                    f"{performance:.0f} dari 100, jadi masih bisa ditingkatkan."
                )
                todo_en, todo_id = TACTICS.get(
                    name,
                    (
                        f"Work on what makes viewers rate {en_d} higher.",
                        f"Tingkatkan hal yang membuat penonton menilai {id_d} lebih tinggi.",
                    ),
                )
            elif performance >= m.performance.mean():
                action = "maintain"
                why_en = f"It works and viewers already rate it {performance:.0f} of 100."
                why_id = f"Berpengaruh dan penonton sudah menilainya {performance:.0f} dari 100."
                todo_en, todo_id = (
                    "Keep doing what you do; do not let it slip.",
                    "Pertahankan yang sudah berjalan; jangan sampai menurun.",
                )
            else:
                action = "monitor"
                why_en = f"It helps {en_t}, but less than the others."
                why_id = f"Membantu {id_t}, tetapi lebih kecil dari yang lain."
                todo_en, todo_id = (
                    "Keep an eye on it; it is not the first place to spend.",
                    "Pantau saja; bukan tempat pertama untuk berinvestasi.",
                )
            if np.isfinite(row.vif) and row.vif >= 3:
                why_en += (
                    f" It overlaps with the other drivers (VIF {row.vif:.1f}), so its own "
                    "share is uncertain."
                )
                why_id += (
                    f" Pendorong ini tumpang tindih dengan yang lain (VIF {row.vif:.1f}), "
                    "jadi porsinya sendiri kurang pasti."
                )
            if action == "invest":
                weak = imp[(imp.target == tgt) & (imp.level == "item") & (imp.construct == name)]
                if not weak.empty:
                    item = weak.sort_values("performance").iloc[0]
                    wording = _wording(result, item["name"])
                    if wording:
                        todo_en += (
                            f' Start with what viewers rate lowest: "{wording[0]}" '
                            f"({item.performance:.0f}/100)."
                        )
                        todo_id += (
                            f' Mulai dari yang dinilai paling rendah: "{wording[1]}" '
                            f"({item.performance:.0f}/100)."
                        )
            records.append(
                {
                    "kind": "driver",
                    "subject": f"{name} -> {tgt}",
                    "severity": "info",
                    "action": action,
                    "finding_en": effect_en,
                    "finding_id": effect_id,
                    "why_en": why_en,
                    "why_id": why_id,
                    "todo_en": todo_en,
                    "todo_id": todo_id,
                    "reference": "Ringle & Sarstedt (2016), IPMA; Hair et al. (2019)",
                    "priority": float(priority),
                }
            )
    size = sample_size(result, boot)
    if size["minimum_n"] and size["n"] < size["minimum_n"]:
        records.append(_sample(size))
    if prediction is not None:
        records.append(_prediction(*prediction))
    if segments is not None:
        records += _segments(segments)
    out = pd.DataFrame(records, columns=COLUMNS)
    order = {"measurement": 0, "sample": 1, "driver": 2, "segment": 3, "prediction": 4}
    out["_k"] = out.kind.map(order)
    out = out.sort_values(["_k", "priority"], ascending=[True, False], kind="stable")
    out = out.drop(columns="_k").reset_index(drop=True)
    out["text_en"] = out.finding_en + " " + out.why_en + " " + out.todo_en
    out["text_id"] = out.finding_id + " " + out.why_id + " " + out.todo_id
    return out
