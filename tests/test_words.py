"""Issue 20: where a rule decides the words, the words follow the rule.

Each test re-derives the rule from the engine's numbers (or from textbook formulas) and
checks the sentence an owner reads, so that the wording cannot drift from what is
computed: "below the average lever", the inverse square root minimum, reverse coding,
MICOM step 2, the HTMT advice, a negative change said with its sign.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import norm

from engine import STUDY_MODEL, estimate
from engine.analytics.advice import advise, said
from engine.analytics.drivers import ipma
from engine.base import text
from engine.core.bootstrap import bootstrap

from .synth import simulate

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")


@pytest.fixture(scope="module")
def sample_advice():
    result = estimate(SAMPLE, STUDY_MODEL)
    boot = bootstrap(result, 500, seed=11)
    return result, advise(result, boot, scale=(1.0, 5.0)), ipma(result, scale=(1.0, 5.0), boot=boot)


def test_a_levers_words_say_the_rule_that_placed_it(sample_advice) -> None:
    """Point 1: "less than the others" was false (INT -> CLE is larger than INF -> CLE on
    the sample). The rule compares with the mean over the outcome's drivers, and the words
    say so: monitor = below the average lever in both importance and rating; invest = at or
    above it in importance, below it in rating; maintain = rated at or above it."""
    _, advice, imp = sample_advice
    seen = set()
    for row in advice[advice.kind == "driver"].itertuples():
        driver, target = row.subject.split(" -> ")
        points = imp[(imp.target == target) & (imp.level == "construct")].set_index("name")
        importance, performance = points.importance[driver], points.performance[driver]
        imp_mean, perf_mean = points.importance.mean(), points.performance.mean()
        assert "than the others" not in row.why_en and "dari yang lain" not in row.why_id
        if row.action == "monitor" and importance >= 0:
            assert importance < imp_mean and performance < perf_mean
            assert "less strongly than the average lever" in row.why_en
            assert "lebih lemah daripada rata-rata semua pendorong" in row.why_id
            assert "below the levers' average rating" in row.why_en
        elif row.action == "invest":
            assert importance >= imp_mean and performance < perf_mean
            assert "at least as strongly linked" in row.why_en
            assert "below the levers' average rating" in row.why_en
            assert "di bawah nilai rata-rata semua pendorong" in row.why_id
        elif row.action == "maintain":
            assert performance >= perf_mean
            assert "at or above the levers' average rating" in row.why_en
            assert "sama dengan atau di atas nilai rata-rata semua pendorong" in row.why_id
        seen.add(row.action)
    assert {"invest", "maintain", "monitor"} <= seen  # the sample has all three
    # the case the issue named: INT -> CLE is monitored although it is larger than INF -> CLE
    cle = imp[(imp.target == "CLE") & (imp.level == "construct")].set_index("name")
    assert cle.importance["INT"] > cle.importance["INF"]
    monitored = advice[(advice.subject == "INT -> CLE")].iloc[0]
    assert monitored.action == "monitor" and "average lever" in monitored.why_en


def test_a_negative_change_is_said_with_its_sign() -> None:
    """Saying "-0.04 points more engagement" read as nonsense: a change below zero is signed."""
    spoken = text.say(
        "adv.effect_signed",
        "id",
        driver="x",
        target="y",
        change=-0.04,
        scale="1-5",
        band=text.message("adv.band_signed", lower=-0.06, upper=0.05),
    )
    assert "-0,04 poin pada y" in spoken and "antara -0,06 dan +0,05" in spoken
    rng = np.random.default_rng(21)
    data = simulate(STUDY_MODEL, 200, rng, likert=True).head(70)
    data["INF03"] = data["INT01"]
    result = estimate(data, STUDY_MODEL)
    advice = advise(result, bootstrap(result, 200, seed=1))
    drivers = advice[advice.kind == "driver"]
    for row in drivers.itertuples():
        assert not re.search(r"-\d[.,]\d+ points more", row.finding_en), row.finding_en
        assert not re.search(r"-\d,\d+ poin lebih tinggi", row.finding_id), row.finding_id
    assert drivers.finding_en.str.contains("a change of about -").any()  # the case occurs


def test_the_minimum_sample_in_the_advice_is_kock_and_hadaya_two_tailed() -> None:
    """Point 3: the smallest path of the model (all paths, not only the significant ones),
    two-tailed 5 % and 80 % power: constant z(0.975) + z(0.80) = 2.802, re-derived here as
    Kock & Hadaya (2018) derive theirs (their 2.486 is z(0.95) + z(0.80), one-tailed)."""
    constant = norm.ppf(1 - 0.05 / 2) + norm.ppf(0.80)
    assert constant == pytest.approx(2.802, abs=5e-4)
    assert norm.ppf(0.95) + norm.ppf(0.80) == pytest.approx(2.486, abs=5e-4)
    data = simulate(STUDY_MODEL, 400, np.random.default_rng(4), likert=True).head(60)
    result = estimate(data, STUDY_MODEL)
    paths = result.paths.assign(size=result.paths.estimate.abs())
    smallest = paths[paths["size"] >= 0.10].sort_values("size").iloc[0]
    needed = int(np.ceil((constant / smallest["size"]) ** 2))
    row = advise(result).query("kind == 'sample'").iloc[0]
    path = f"{text.lever(smallest.source)} → {text.lever(smallest.target)}"  # in words
    beta = f"β = {smallest['size']:.2f}"
    # her sentence: the figure and the link it is for; the test's details are its source
    assert f"as weak as {path}" in row.finding_en and f"about {needed}." in row.finding_en
    assert f"sekitar {needed} responden" in row.finding_id
    source = {lang: said(row.messages, "source", lang) for lang in ("en", "id")}
    assert f"{path} ({beta})" in source["en"] and f"at least {needed} responses" in source["en"]
    assert "80% power in a two-tailed test at 5%" in source["en"]
    assert beta.replace(".", ",") in source["id"] and "uji dua arah 5%" in source["id"]
    assert "β" not in row.text_en and "two-tailed" not in row.text_en
    assert f"about {needed - 60} more" in row.todo_en
    assert "Hair et al. 2011" not in row.text_en and "ten" not in row.text_en


def test_reverse_coding_is_lowest_plus_highest_minus_the_answer() -> None:
    """Point 11: on a 1-7 scale a reversed 2 is 6, not 4 ("6 minus the answer" was wrong)."""
    from engine.intake.survey import import_survey

    rng = np.random.default_rng(0)
    items = list(STUDY_MODEL.items)
    frame = pd.DataFrame(rng.integers(1, 8, (80, len(items))), columns=items)
    frame.iloc[0], frame.iloc[1] = 1, 7  # both ends of the scale occur
    survey = import_survey(frame, STUDY_MODEL, None, None, ("INT04",))
    lo, hi = survey.scale
    assert (lo, hi) == (1, 7)
    before = import_survey(frame, STUDY_MODEL).data["INT04"].to_numpy(float)
    assert np.array_equal(survey.data["INT04"].to_numpy(float), (lo + hi) - before)
    assert set(before) == set(range(1, 8))
    import ui.i18n  # noqa: F401  (the pages' entries join the catalog)

    for key in ("note.LOADING_NEGATIVE", "data.reversed"):
        assert "(lowest + highest) minus the answer" in text.CATALOG[key]["en"], key
        assert "(nilai terendah + nilai tertinggi) dikurangi jawaban" in text.CATALOG[key]["id"]
    every = " ".join(e[lang] for e in text.CATALOG.values() for lang in ("en", "id"))
    assert not re.search(r"\b6 (minus|dikurangi)", every)
    assert not re.search(r"\(\([a-z]", every)  # no brackets in a row in prose (formulas may)


def test_group_comparisons_say_micom_step_2_only() -> None:
    """Point 12: only step 2 of MICOM (compositional invariance) runs; no text may claim
    more."""
    import ui.i18n  # noqa: F401  (the pages' entries join the catalog)

    for key, entry in text.CATALOG.items():
        for lang, step in (("en", "step 2"), ("id", "langkah 2")):
            if "MICOM" in entry[lang]:
                assert f"MICOM {step}" in entry[lang], (key, lang)


def test_htmt_advice_names_the_questions_to_compare() -> None:
    """Point 13: "check the wording of INF <-> CLE" made no sense for a pair of topics."""
    rng = np.random.default_rng(8)
    data = simulate(STUDY_MODEL, 300, rng, likert=False)
    for k, item in enumerate(["INF01", "INF02", "INF03", "INF04"]):
        data[item] = data[f"INT0{k + 1}"] + 0.4 * rng.standard_normal(300)
    advice = advise(estimate(data, STUDY_MODEL))
    pair = advice[(advice.kind == "measurement") & advice.subject.str.contains("<->")]
    assert not pair.empty
    row = pair.iloc[0]
    # the two topics' questions, by topic: their codes (INT01 ...) meant nothing to an owner
    assert "questions on interactivity and those on informativeness side by side" in row.todo_en
    assert "pertanyaan tentang interaktivitas dan pertanyaan tentang informativitas" in (
        row.todo_id
    )
    assert "Check the wording of" not in row.todo_en and "Periksa kalimat" not in row.todo_id
    assert not re.search(r"\b(INT|INF)\d", row.text_en + row.text_id)


def test_a_reversed_item_is_recoded_not_dropped() -> None:
    rng = np.random.default_rng(21)
    data = simulate(STUDY_MODEL, 200, rng, likert=True)
    data["INT04"] = 6 - data["INT04"]
    advice = advise(estimate(data, STUDY_MODEL))
    row = advice[advice.subject == "INT04"].iloc[0]
    assert "Recode them" in row.todo_en and "drop it" not in row.todo_en
    assert "Balik kodenya" in row.todo_id


def test_indicator_vif_advice_only_for_formative_blocks() -> None:
    """Point 2: a mode A block with strongly overlapping items is not told to "fix the
    questions" (Hair et al. 2019 judge indicator VIF for mode B; mode A shows it as ρC)."""
    rng = np.random.default_rng(5)
    data = simulate(STUDY_MODEL, 300, rng, likert=False)
    data["INT02"] = data["INT01"] + 0.3 * rng.standard_normal(300)
    result = estimate(data, STUDY_MODEL)
    assert result.vif_outer.set_index("indicator").vif["INT02"] >= 5
    advice = advise(result)
    assert not advice.subject.isin(["INT01", "INT02"]).any()
    formative = STUDY_MODEL.to_dict()
    for c in formative["constructs"]:
        if c["name"] == "INT":
            c["mode"] = "B"
    from engine import ModelSpec

    advice = advise(estimate(data, ModelSpec.from_dict(formative)))
    flagged = advice[advice.subject.isin(["INT01", "INT02"])]
    assert not flagged.empty and (flagged.action == "fix measurement").all()
    # her sentence says what it means for a formative block in words; the note, with its
    # VIF and "formative (mode B)", is the record's source (the workbook's, for checking)
    assert flagged.finding_en.str.contains("cannot be told apart from theirs").all()
    assert flagged.finding_id.str.contains("tidak dapat dipisahkan").all()
    for messages in flagged.messages:
        assert "formative (mode B)" in said(messages, "source", "en")
        assert "formatif (mode B)" in said(messages, "source", "id")


def test_significance_words() -> None:
    """Point 5: not significant is not "no evidence"."""
    assert text.say("a.action.no evidence", "en") == "Not enough evidence"
    assert text.say("a.action.no evidence", "id") == "Belum cukup bukti"
    # an owner reads plain words, not "not significant at 5%" (Ibu Sari's check)
    assert text.say("adv.no_evidence.why", "en").startswith("Not clear enough in these answers")
    assert text.say("adv.no_evidence.why", "id").startswith("Belum cukup jelas dalam jawaban ini")
    assert "signifikan" not in text.say("adv.no_evidence.why", "id")


def test_the_learn_pages_formulas_recompute_the_engines_numbers() -> None:
    """Point 4 and the Learn page: each formula the page shows, computed here from the data
    or the loadings with NumPy, gives the engine's number (f² of CLE -> VCC is 1.19 with R²
    0.544: f² is not "how much R² drops")."""
    import ui.i18n  # noqa: F401

    page = {key: text.say(f"learn.{key}", "en") for key in ("reliability", "ave", "htmt", "vif")}
    page |= {key: text.say(f"learn.{key}", "en") for key in ("r2", "predict")}
    assert "f² = (R² with the arrow − R² without it) / (1 − R² with it)" in page["r2"]
    assert "R² = 1 − (unexplained variance / variance)" in page["r2"]
    assert "ρC = (Σλ)² / ((Σλ)² + Σ(1 − λ²))" in page["reliability"]
    assert "AVE = Σλ² / n" in page["ave"]
    assert "VIF = 1 / (1 − R²)" in page["vif"]
    assert "HTMT = the mean correlation between the two topics' questions / √(" in page["htmt"]
    assert "Q²predict = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²" in page["predict"]
    assert "f² = (R² dengan panah − R² tanpa panah) / (1 − R² dengan panah)" in text.say(
        "learn.r2", "id"
    )

    def r2_ols(y: np.ndarray, x: np.ndarray) -> float:
        x = np.column_stack([np.ones(len(y)), x])
        resid = y - x @ np.linalg.lstsq(x, y, rcond=None)[0]
        return 1 - resid.var() / y.var()  # 1 - unexplained variance / variance

    result = estimate(SAMPLE, STUDY_MODEL)
    scores = result.scores
    # R² of each outcome: OLS of its score on its drivers' scores
    r2 = result.r_squared.set_index("construct").r2
    for target in ("CLE", "VCC"):
        drivers = [s for s, t in STUDY_MODEL.paths if t == target]
        got = r2_ols(scores[target].to_numpy(), scores[drivers].to_numpy())
        assert got == pytest.approx(r2[target], abs=1e-9)
    # f²: the model re-estimated without the arrow
    f2 = result.f_squared.set_index(["source", "target"]).value
    for source, target in STUDY_MODEL.paths:
        with_it = r2[target]
        reduced = STUDY_MODEL.without_path(source, target)
        drivers = [s for s, t in reduced.paths if t == target]
        without = 0.0
        if drivers:
            refit = estimate(SAMPLE, reduced).scores
            without = r2_ols(refit[target].to_numpy(), refit[drivers].to_numpy())
        assert (with_it - without) / (1 - with_it) == pytest.approx(f2[(source, target)], abs=1e-9)
    assert f2[("CLE", "VCC")] == pytest.approx(r2["VCC"] / (1 - r2["VCC"]))
    assert round(f2[("CLE", "VCC")], 2) == 1.19 and round(r2["VCC"], 3) == 0.544
    # ρC and AVE from the loadings
    outer = result.outer
    rel = result.reliability.set_index("construct")
    for c in STUDY_MODEL.constructs:
        lam = outer[outer.construct == c.name].loading.to_numpy()
        rho_c = lam.sum() ** 2 / (lam.sum() ** 2 + (1 - lam**2).sum())
        assert rho_c == pytest.approx(rel.rho_c[c.name], abs=1e-9)
        assert (lam**2).sum() / len(lam) == pytest.approx(rel.ave[c.name], abs=1e-9)
    # VIF of each question: 1 / (1 - R²) of it on the other questions of its topic
    vif = result.vif_outer.set_index("indicator").vif
    for c in STUDY_MODEL.constructs:
        block = SAMPLE[list(c.indicators)].to_numpy(float)
        for k, item in enumerate(c.indicators):
            got = 1 / (1 - r2_ols(block[:, k], np.delete(block, k, axis=1)))
            assert got == pytest.approx(vif[item], rel=1e-9)
    # HTMT from the absolute item correlations
    corr = SAMPLE[list(STUDY_MODEL.items)].corr().abs()
    htmt = result.htmt.set_index(["construct_a", "construct_b"]).value

    def within(items: tuple[str, ...]) -> float:
        block = corr.loc[list(items), list(items)].to_numpy()
        return block[np.triu_indices(len(items), 1)].mean()

    for (a, b), value in htmt.items():
        ia, ib = STUDY_MODEL.construct(a).indicators, STUDY_MODEL.construct(b).indicators
        between = corr.loc[list(ia), list(ib)].to_numpy().mean()
        assert between / np.sqrt(within(ia) * within(ib)) == pytest.approx(value, abs=1e-9)


def test_the_word_chapter_judges_indicator_vif_for_mode_b_only() -> None:
    """Point 2 in the thesis chapter: VCC04's VIF (3.3, mode A) is not "a concern"; the
    same item in a mode B block is."""
    import io

    import docx

    from engine import ModelSpec
    from engine.outputs.word import word_report

    def chapter(spec) -> str:
        result = estimate(SAMPLE, spec)
        raw = word_report(result, bootstrap(result, 50, seed=1), lang="en")
        return " ".join(p.text for p in docx.Document(io.BytesIO(raw)).paragraphs)

    result = estimate(SAMPLE, STUDY_MODEL)
    assert result.vif_outer.set_index("indicator").vif["VCC04"] >= 3
    said = chapter(STUDY_MODEL)
    assert "collinearity is not a concern" in said and "(VCC04)" not in said
    assert "for the indicators of formative (mode B) constructs" in said
    formative = STUDY_MODEL.to_dict()
    for c in formative["constructs"]:
        if c["name"] == "VCC":
            c["mode"] = "B"
    assert "VCC04" in chapter(ModelSpec.from_dict(formative)).split("call for attention")[0]


def test_the_measurement_page_lights_indicator_vif_for_mode_b_only() -> None:
    """Point 2 on the page: VCC04 (VIF 3.3, mode A) had an amber light."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "pages" / "measurement.py"), default_timeout=300)
    at.query_params["sample"] = "1"
    at.run()
    assert not at.exception
    vif = next(
        d.value for d in at.dataframe if list(d.value.columns) == ["", "Construct", "Item", "VIF"]
    )
    assert vif.set_index("Item").VIF["VCC04"] >= 3
    assert set(vif[""]) == {""}  # every topic of the study is mode A: no light at all
    assert "Judged for formative (mode B) topics" in " ".join(c.value for c in at.caption)


def test_a_band_bound_near_zero_keeps_its_sign() -> None:
    """'likely between 0,00 and 0,13' hid a lower bound of -0.004: whether the band reaches
    below zero is the point of the sentence. Such a bound gets three decimals."""
    from dataclasses import replace

    from engine.analytics.advice import _driver_record, classify_drivers, said

    result = estimate(SAMPLE, STUDY_MODEL)
    call = classify_drivers(result, bootstrap(result, 200, seed=1))[0]
    for band, shown in (((-0.004, 0.13), "-0,004 dan 0,130"), ((0.02, 0.13), "0,02 dan 0,13")):
        record = _driver_record(result, replace(call, change=0.06, band=band))
        assert shown in said(record["messages"], "text", "id"), band
    record = _driver_record(result, replace(call, change=-0.01, band=(-0.03, 0.004)))
    assert "-0,030 dan +0,004" in said(record["messages"], "text", "id")
