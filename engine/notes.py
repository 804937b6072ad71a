"""Plain-language findings about an estimated model, returned as data.

Each note has a stable ``code`` (for translations and tests), a ``severity``
("info", "warning" or "critical"), the ``subject`` it concerns (an item, a
construct or a path), an English ``message`` that says what was found, against
which rule of thumb, and what to consider doing, the same in Indonesian
(``message_id``); and ``params``, the numbers in the message, so that a page can
word it otherwise.
"""

from __future__ import annotations

import pandas as pd

from . import thresholds as th
from .drivers import minimum_sample
from .spec import ModelSpec

COLUMNS = ["code", "severity", "subject", "message", "message_id", "params"]

LEVEL_ID = {
    "substantial": "substansial",
    "moderate": "sedang",
    "weak": "lemah",
    "very weak": "sangat lemah",
}


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def build_notes(spec: ModelSpec, t: dict[str, pd.DataFrame], meta: dict) -> pd.DataFrame:
    notes: list[tuple] = []

    def add(code: str, severity: str, subject: str, message: str, message_id: str, **params):
        notes.append((code, severity, subject, message, message_id, params))

    if not meta["converged"]:
        add(
            "NOT_CONVERGED",
            "critical",
            "model",
            f"The estimation did not settle within {meta['max_iter']} iterations, so the "
            "numbers may be unstable. Check for items with almost no variation, very "
            "small groups of respondents, or mode B blocks with highly correlated items.",
            f"Estimasi tidak stabil dalam {meta['max_iter']} iterasi, jadi angkanya mungkin "
            "berubah-ubah. Periksa butir yang jawabannya hampir tidak bervariasi, kelompok "
            "responden yang sangat kecil, atau blok mode B dengan butir yang sangat berkorelasi.",
            iterations=meta["iterations"],
        )
    if meta["n_dropped"]:
        add(
            "ROWS_DROPPED",
            "info",
            "data",
            f"{meta['n_dropped']} of {meta['n_input']} responses were left out because they "
            f"missed at least one answer; {meta['n_obs']} were used.",
            f"{meta['n_dropped']} dari {meta['n_input']} jawaban tidak dipakai karena ada "
            f"pertanyaan yang tidak dijawab; {meta['n_obs']} dipakai.",
            n_dropped=meta["n_dropped"],
            n_input=meta["n_input"],
            n_obs=meta["n_obs"],
        )
    if meta["n_replaced"]:
        add(
            "CELLS_REPLACED",
            "info",
            "data",
            f"{meta['n_replaced']} unanswered items were filled with the item's average "
            "answer (mean replacement), which slightly understates how much answers vary.",
            f"{meta['n_replaced']} jawaban kosong diisi dengan rata-rata butirnya (penggantian "
            "rata-rata), sehingga variasi jawaban sedikit lebih kecil dari sebenarnya.",
            n_replaced=meta["n_replaced"],
        )
    # issue 20 (points 3 and 10): the inverse square root figure the advice gives, not the
    # ten-times rule (Barclay et al. 1995), so that one minimum is shown everywhere
    size = minimum_sample(t["paths"], meta["n_obs"]) if len(t["paths"]) else None
    if size and size["minimum_n"] and meta["n_obs"] < size["minimum_n"]:
        beta = size["beta_min"]
        beta_id = f"{beta:.2f}".replace(".", ",")
        if size["path"]:
            what_en = f"the smallest path that matters, {size['path']} (β = {beta:.2f})"
            what_id = f"jalur terkecil yang penting, {size['path']} (β = {beta_id})"
        else:
            what_en = f"a path of β = {beta:.2f} (every path here is practically zero)"
            what_id = f"jalur sebesar β = {beta_id} (semua jalur di sini praktis nol)"
        add(
            "SMALL_SAMPLE",
            "warning",
            "data",
            f"Only {meta['n_obs']} responses: detecting {what_en} with 80 % power in a "
            f"two-tailed test at 5 % takes about {size['minimum_n']} (inverse square root "
            "method, Kock & Hadaya 2018). Treat the results as a first look and collect more "
            "responses.",
            f"Hanya {meta['n_obs']} jawaban: untuk mendeteksi {what_id} dengan kekuatan uji "
            f"80 % pada uji dua arah 5 % dibutuhkan sekitar {size['minimum_n']} jawaban (metode "
            "akar kuadrat terbalik, Kock & Hadaya 2018). Anggap hasilnya gambaran awal dan "
            "tambah responden.",
            n_obs=meta["n_obs"],
            needed=size["minimum_n"],
            path=size["path"],
            beta=beta,
        )

    modes = {c.name: c.mode for c in spec.constructs}
    sizes = {c.name: len(c.indicators) for c in spec.constructs}
    for row in t["outer"].itertuples(index=False):
        if modes[row.construct] != "A" or sizes[row.construct] < 2:
            continue
        lam = row.loading
        if lam < 0:
            add(
                "LOADING_NEGATIVE",
                "warning",
                row.indicator,
                f"{row.indicator} loads {_fmt(lam)} on {row.construct}: it runs against the "
                "other items. It is probably worded the other way round (reverse-coded); "
                "recode it (6 minus the answer on a 1-5 scale) or remove it.",
                f"{row.indicator} memiliki loading {_fmt(lam)} pada {row.construct}: arahnya "
                "berlawanan dengan butir lain. Kemungkinan kalimatnya dibalik (berkode "
                "terbalik); kodekan ulang (6 dikurangi jawaban pada skala 1-5) atau hapus.",
                loading=lam,
                construct=row.construct,
            )
        elif lam < th.LOADING_DROP:
            add(
                "LOADING_VERY_LOW",
                "warning",
                row.indicator,
                f"{row.indicator} loads only {_fmt(lam)} on {row.construct}, below "
                f"{th.LOADING_DROP}: it hardly measures the same thing as the other items. "
                "Consider removing it.",
                f"{row.indicator} hanya memiliki loading {_fmt(lam)} pada {row.construct}, di "
                f"bawah {th.LOADING_DROP}: butir ini hampir tidak mengukur hal yang sama dengan "
                "butir lain. Pertimbangkan untuk menghapusnya.",
                loading=lam,
                construct=row.construct,
            )
        elif lam < th.LOADING_MIN:
            add(
                "LOADING_LOW",
                "info",
                row.indicator,
                f"{row.indicator} loads {_fmt(lam)} on {row.construct}, below the usual "
                f"{th.LOADING_MIN}. Keep it if {row.construct}'s reliability and AVE are "
                "acceptable; otherwise removing it may help.",
                f"{row.indicator} memiliki loading {_fmt(lam)} pada {row.construct}, di bawah "
                f"batas lazim {th.LOADING_MIN}. Pertahankan jika reliabilitas dan AVE "
                f"{row.construct} memadai; jika tidak, menghapusnya bisa membantu.",
                loading=lam,
                construct=row.construct,
            )

    for row in t["reliability"].itertuples(index=False):
        if modes[row.construct] != "A" or sizes[row.construct] < 2:
            continue
        low = [
            (label, v)
            for label, v in (
                ("Cronbach's alpha", row.alpha),
                ("rho_A", row.rho_a),
                ("composite reliability rho_C", row.rho_c),
            )
            if v < th.RELIABILITY_MIN
        ]
        if low:
            what = ", ".join(f"{label} {_fmt(v)}" for label, v in low)
            add(
                "RELIABILITY_LOW",
                "warning",
                row.construct,
                f"{row.construct}'s items agree less than usual ({what}; the rule of thumb "
                f"is at least {th.RELIABILITY_MIN}). Check item wording and look for weak items.",
                f"Butir-butir {row.construct} kurang sejalan ({what}; aturan praktisnya paling "
                f"sedikit {th.RELIABILITY_MIN}). Periksa kalimat butir dan cari butir yang lemah.",
                alpha=row.alpha,
                rho_a=row.rho_a,
                rho_c=row.rho_c,
            )
        if row.rho_c > th.RELIABILITY_MAX:
            add(
                "RELIABILITY_TOO_HIGH",
                "warning",
                row.construct,
                f"{row.construct}'s composite reliability is {_fmt(row.rho_c)}, above "
                f"{th.RELIABILITY_MAX}: its items may be near-duplicates, or respondents may "
                "have given the same answer to all of them (straight-lining).",
                f"Reliabilitas komposit {row.construct} {_fmt(row.rho_c)}, di atas "
                f"{th.RELIABILITY_MAX}: butir-butirnya mungkin hampir sama, atau responden "
                "memberi jawaban yang sama untuk semuanya (straight-lining).",
                rho_c=row.rho_c,
            )
        if row.ave < th.AVE_MIN:
            add(
                "AVE_LOW",
                "warning",
                row.construct,
                f"{row.construct} explains on average only {row.ave:.0%} of its items' "
                f"variance (AVE {_fmt(row.ave)}, rule of thumb at least {th.AVE_MIN}). "
                "Weak items are the usual cause.",
                f"{row.construct} rata-rata hanya menjelaskan {row.ave:.0%} varians butirnya "
                f"(AVE {_fmt(row.ave)}, aturan praktisnya paling sedikit {th.AVE_MIN}). "
                "Penyebab biasanya butir yang lemah.",
                ave=row.ave,
            )

    for row in t["htmt"].itertuples(index=False):
        if row.value != row.value:  # NaN
            continue
        if row.value >= th.HTMT_LIBERAL:
            add(
                "HTMT_HIGH",
                "warning",
                f"{row.construct_a} <-> {row.construct_b}",
                f"{row.construct_a} and {row.construct_b} are hard to tell apart (HTMT "
                f"{_fmt(row.value)}, above {th.HTMT_LIBERAL}): respondents may see them as "
                "one thing. Consider sharpening the questions or merging the constructs.",
                f"{row.construct_a} dan {row.construct_b} sulit dibedakan (HTMT "
                f"{_fmt(row.value)}, di atas {th.HTMT_LIBERAL}): responden mungkin melihat "
                "keduanya sebagai satu hal. Pertimbangkan mempertajam pertanyaan atau "
                "menggabungkan konstruknya.",
                value=row.value,
            )
        elif row.value >= th.HTMT_STRICT:
            add(
                "HTMT_BORDERLINE",
                "info",
                f"{row.construct_a} <-> {row.construct_b}",
                f"HTMT of {row.construct_a} and {row.construct_b} is {_fmt(row.value)}: above "
                f"the strict {th.HTMT_STRICT}, below the liberal {th.HTMT_LIBERAL}. Acceptable "
                "if the two are conceptually close.",
                f"HTMT {row.construct_a} dan {row.construct_b} {_fmt(row.value)}: di atas batas "
                f"ketat {th.HTMT_STRICT}, di bawah batas longgar {th.HTMT_LIBERAL}. Dapat "
                "diterima jika keduanya memang berdekatan secara konsep.",
                value=row.value,
            )

    for row in t["vif_outer"].itertuples(index=False):
        if row.vif >= th.VIF_CRITICAL:
            add(
                "VIF_OUTER_HIGH",
                "warning",
                row.indicator,
                f"{row.indicator} overlaps strongly with the other items of {row.construct} "
                f"(VIF {row.vif:.2f}, critical at {th.VIF_CRITICAL:g}).",
                f"{row.indicator} sangat tumpang tindih dengan butir lain dari {row.construct} "
                f"(VIF {row.vif:.2f}, kritis pada {th.VIF_CRITICAL:g}).",
                vif=row.vif,
            )
    for row in t["vif_inner"].itertuples(index=False):
        if row.vif >= th.VIF_CRITICAL:
            severity, code = "warning", "VIF_INNER_HIGH"
        elif row.vif >= th.VIF_IDEAL:
            severity, code = "info", "VIF_INNER_ELEVATED"
        else:
            continue
        add(
            code,
            severity,
            f"{row.source} -> {row.target}",
            f"{row.source} overlaps with the other drivers of {row.target} (VIF "
            f"{row.vif:.2f}; ideally below {th.VIF_IDEAL:g}, critical at {th.VIF_CRITICAL:g}), "
            "so its own effect is hard to separate from theirs.",
            f"{row.source} tumpang tindih dengan pendorong lain dari {row.target} (VIF "
            f"{row.vif:.2f}; idealnya di bawah {th.VIF_IDEAL:g}, kritis pada "
            f"{th.VIF_CRITICAL:g}), sehingga pengaruhnya sendiri sulit dipisahkan.",
            vif=row.vif,
        )
    for row in t["r_squared"].itertuples(index=False):
        level = (
            "substantial"
            if row.r2 >= th.R2_SUBSTANTIAL
            else "moderate"
            if row.r2 >= th.R2_MODERATE
            else "weak"
            if row.r2 >= th.R2_WEAK
            else "very weak"
        )
        add(
            "R2_LEVEL",
            "info",
            row.construct,
            f"The model explains {row.r2:.0%} of the variation in {row.construct} "
            f"(R² {_fmt(row.r2)}: {level}, by the 0.25 / 0.50 / 0.75 rule of thumb).",
            f"Model menjelaskan {row.r2:.0%} variasi {row.construct} (R² {_fmt(row.r2)}: "
            f"{LEVEL_ID[level]}, menurut aturan praktis 0,25 / 0,50 / 0,75).",
            r2=row.r2,
            level=level,
        )
    # -- issue 14: specific indirect effects are reported up to a cap ---------
    from .spec import MAX_INDIRECT

    n_chains = spec.count_indirect_chains()
    if n_chains > MAX_INDIRECT:
        add(
            "INDIRECT_CAPPED",
            "info",
            "model",
            f"The model has {n_chains:,} specific indirect effects; the {MAX_INDIRECT} "
            "shortest are reported. Total effects include all of them.",
            f"Model punya {n_chains:,} efek tidak langsung spesifik; {MAX_INDIRECT} yang "
            "terpendek dilaporkan. Efek total sudah mencakup semuanya.",
            n_chains=n_chains,
            shown=MAX_INDIRECT,
        )
    return pd.DataFrame(notes, columns=COLUMNS)
