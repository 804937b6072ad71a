"""Exports: the workbook holds every table, nothing from user data can run as a formula,
the HTML escapes user strings, and a saved analysis reopens to the same estimates."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from engine import STUDY_MODEL, DataError, Settings, estimate
from engine.analytics.advice import advise
from engine.core.bootstrap import bootstrap
from engine.intake.io import read_upload
from engine.intake.survey import import_survey
from engine.outputs.export import html_report, open_analysis, safe_text, save_analysis, workbook

from .conftest import ROOT

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture(scope="module")
def hostile_survey():
    data = CLEAN.copy()
    data["platform"] = [HOSTILE[k % len(HOSTILE)] for k in range(len(data))]
    data = data.rename(columns={"frequency": "=cmd|' /C calc'!A0"})
    survey = import_survey(read_upload(data.to_csv(index=False).encode(), "h.csv").frame)
    result = estimate(survey.data, STUDY_MODEL)
    return survey, result, bootstrap(result, 200, seed=1)


@pytest.fixture(scope="module")
def sample_boot():
    result = estimate(CLEAN, STUDY_MODEL)
    return result, bootstrap(result, 500, seed=3)


def test_safe_text() -> None:
    for value in HOSTILE:
        assert safe_text(value) == "'" + value
    assert safe_text("Shopee") == "Shopee" and safe_text(3.5) == 3.5


def test_workbook_has_every_table_with_full_precision(hostile_survey) -> None:
    survey, result, boot = hostile_survey
    book = load_workbook(io.BytesIO(workbook(result, boot, survey, advise(result, boot))))
    assert {
        "Read me",
        "Paths",
        "Outer model",
        "Reliability",
        "HTMT",
        "Inference",
        "Screening",
        "Profile",
        "Mapping",
        "Advice",
    } <= set(book.sheetnames)
    paths = book["Paths"]
    assert [c.value for c in paths[2]] == ["source", "target", "estimate"]
    got = [paths.cell(row=r, column=3).value for r in range(3, 3 + len(result.paths))]
    # openpyxl writes 16-17 significant digits: a spreadsheet's own precision
    np.testing.assert_allclose(got, result.paths.estimate.to_numpy(), rtol=1e-15, atol=0)


def test_no_exported_cell_from_user_data_starts_a_formula(hostile_survey) -> None:
    survey, result, boot = hostile_survey
    book = load_workbook(io.BytesIO(workbook(result, boot, survey, advise(result, boot))))
    checked = 0
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not value.startswith(("=", "+", "@", "\t", "\r")), (ws.title, value)
                    if value.startswith("-"):
                        assert value == "-" or not value[1:2].isdigit() or ws.title != "Profile"
                    checked += 1
    assert checked > 100
    profile = book["Profile"]
    answers = [r[1] for r in profile.iter_rows(min_row=3, values_only=True)]
    assert '\'=HYPERLINK("http://x","y")' in answers and "'-2+3" in answers
    mapping = [r[0] for r in book["Mapping"].iter_rows(min_row=3, values_only=True)]
    assert "'=cmd|' /C calc'!A0" in mapping


def test_html_report_escapes_user_strings(hostile_survey) -> None:
    _survey, result, boot = hostile_survey
    advice = advise(result, boot)
    advice.loc[0, "subject"] = "<script>alert(1)</script>"
    page = html_report(result, advice, boot)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.index("What to do first") < page.index("Appendix for reviewers")
    # path diagram, then per outcome its drivers and its importance-performance map
    assert page.count("<svg") == 5 and "<script" not in page
    assert ">PSN</text>" in page and "What is linked to engagement" in page
    assert "Importance and performance: co-creation" in page
    indonesian = html_report(result, advice, boot, lang="id")
    assert "Lampiran untuk penelaah" in indonesian
    assert "Yang berhubungan dengan keterlibatan" in indonesian


def test_html_brief_names_topics_in_words_not_codes(hostile_survey) -> None:
    """The owner's brief and its chart headings say "personalisasi", not "PSN": the codes
    stay in the reviewer's appendix and the path diagram (an owner sent the file to her
    partner, who read "Perbaiki pertanyaan · PSN" and "Yang berhubungan dengan CLE")."""
    import re

    _survey, result, boot = hostile_survey
    advice = advise(result, boot).iloc[:1].copy()
    advice["kind"], advice["action"] = "measurement", "fix measurement"
    pair = advice.assign(subject="INT <-> INF")
    advice = pd.concat([advice.assign(subject="PSN"), pair], ignore_index=True)
    page = html_report(result, advice, boot, lang="id")
    brief = page[: page.index("Lampiran untuk penelaah")]
    brief = re.sub(r"<svg.*?</svg>", "", brief, flags=re.S)
    assert "· personalisasi" in brief and "· interaktivitas ↔ informativitas" in brief
    assert "Kepentingan dan kinerja: keterlibatan" in brief
    spoken = re.sub(r"<[^>]+>", " ", brief.split("</style>", 1)[1])
    assert not re.search(r"[·:] (INT|INF|PSN|CLE|VCC)\b", spoken)
    assert not re.search(r"dengan (CLE|VCC)\b", spoken)


def test_indonesian_files_speak_indonesian(hostile_survey) -> None:
    """Sheet names, headers, notes and coded cells in Indonesian; numbers with a decimal
    comma in the report's prose and tables; the numbers stay numbers in the workbook."""
    import re

    survey, result, boot = hostile_survey
    advice = advise(result, boot)
    book = load_workbook(io.BytesIO(workbook(result, boot, survey, advice, lang="id")))
    assert {"Baca dulu", "Koefisien jalur", "Penyaringan", "Profil responden", "Saran"} <= set(
        book.sheetnames
    )
    assert not {"Paths", "Read me", "Advice", "Profile"} & set(book.sheetnames)
    paths = book["Koefisien jalur"]
    assert [c.value for c in paths[2]] == ["Dari", "Ke", "Estimasi"]
    assert isinstance(paths.cell(row=3, column=3).value, float)
    profile = [r for r in book["Profil responden"].iter_rows(min_row=3, values_only=True)]
    assert ("Jenis kelamin", "Laki-laki") in {r[:2] for r in profile}
    notes = " ".join(str(r[3]) for r in book["Temuan"].iter_rows(min_row=3, values_only=True))
    assert "Model menjelaskan" in notes and not re.search(r"\d\.\d", notes)
    page = html_report(result, advice, boot, lang="id")
    body = re.sub(r"<svg.*?</svg>|<style>.*?</style>", "", page, flags=re.S)
    cells = re.findall(r"<td class='n'>([^<]*)</td>", body)
    assert cells and all("." not in c for c in cells)  # 0,266 never 0.266
    assert "Apa yang dilakukan lebih dulu" in page and "Lampiran untuk penelaah" in page


def _svg(text: str):
    import xml.etree.ElementTree as ET

    return ET.fromstring(text)  # well-formed, or this raises


def test_path_diagram_svg_shows_every_path_with_its_coefficient_and_stars(sample_boot) -> None:
    from engine.outputs.svg import path_diagram, stars

    result, boot = sample_boot
    inference = boot.inference().query("kind == 'path'").set_index("name")
    root = _svg(path_diagram(result, boot.inference()))
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{ns}text")]
    for row in result.paths.itertuples(index=False):
        p = inference.p[f"{row.source} -> {row.target}"]
        assert f"{row.estimate:.2f}{stars(p)}" in texts
    arrows = [e for e in root.iter() if e.get("marker-end")]
    assert len(arrows) == len(result.paths)
    r2 = result.r_squared.set_index("construct").r2
    assert f"R² {r2['CLE']:.2f}" in texts and f"R² {r2['VCC']:.2f}" in texts
    # columns follow the model: drivers left of CLE, CLE left of VCC
    x = {t.text: float(t.get("x")) for t in root.iter(f"{ns}text") if t.text in result.layout.names}
    assert x["INT"] == x["INF"] == x["PSN"] < x["CLE"] < x["VCC"]
    assert stars(0.0004) == "***" and stars(0.004) == "**" and stars(0.04) == "*"
    assert stars(0.06) == "" and stars(float("nan")) == ""


def test_path_diagram_svg_bends_paths_that_skip_a_column() -> None:
    from engine import ModelSpec, composite, items
    from engine.outputs.svg import path_diagram

    spec = ModelSpec(
        tuple(composite(n, items(n, 4)) for n in ("INT", "INF", "PSN", "CLE")),
        (("INT", "CLE"), ("INF", "CLE"), ("PSN", "CLE"), ("INT", "PSN")),
    )
    result = estimate(CLEAN, spec)  # INT -> PSN -> CLE; INT and INF -> CLE skip PSN's column
    root = _svg(path_diagram(result))
    ns = "{http://www.w3.org/2000/svg}"
    arrows = [e for e in root.iter() if e.get("marker-end")]
    assert len(arrows) == 4 and sum(e.tag == f"{ns}path" for e in arrows) == 2
    texts = [t.text for t in root.iter(f"{ns}text")]
    for row in result.paths.itertuples(index=False):
        assert f"{row.estimate:.2f}" in texts
    x = {t.text: float(t.get("x")) for t in root.iter(f"{ns}text") if t.text in spec.names}
    assert x["INT"] == x["INF"] < x["PSN"] < x["CLE"]


def test_saved_analysis_reopens_to_the_same_estimates() -> None:
    raw = (ROOT / "sample_data" / "livestream_survey_raw.xlsx").read_bytes()
    settings = Settings(scheme="factorial")
    saved = save_analysis(raw, "raw.xlsx", STUDY_MODEL, settings, {"Timestamp": None}, ())
    opened = open_analysis(saved)
    assert opened["data"] == raw and opened["model"] == STUDY_MODEL
    assert opened["settings"] == settings and opened["mapping"] == {"Timestamp": None}
    survey = import_survey(
        read_upload(opened["data"], opened["file_name"]).frame,
        opened["model"],
        overrides=opened["mapping"],
    )
    again = estimate(survey.data, opened["model"], opened["settings"])
    direct = estimate(CLEAN, STUDY_MODEL, settings)
    np.testing.assert_allclose(again.paths.estimate, direct.paths.estimate, atol=1e-12)
    with pytest.raises(DataError, match="not a Driver Lab analysis"):
        open_analysis(b"{}")
    with pytest.raises(DataError):
        open_analysis(b"\xff\xfe garbage")


def _sheet(book, name: str) -> pd.DataFrame:
    rows = list(book[name].iter_rows(min_row=2, values_only=True))
    return pd.DataFrame(rows[1:], columns=rows[0])


def test_workbook_holds_the_hypotheses_and_the_mediation(sample_boot) -> None:
    """A thesis needs the hypotheses (named as she named them) and the mediation table in the
    workbook too. Re-derived here: β as OLS of each outcome on its predictors' construct
    scores; each indirect effect as the product of its chain's paths; the decision from the
    sheet's own interval and p; each type from Zhao, Lynch & Chen (2010)'s table."""
    result, boot = sample_boot
    names = {"INT -> CLE": "H1a", "CLE -> VCC": "H4 (engagement → co-creation)"}
    book = load_workbook(io.BytesIO(workbook(result, boot, hypothesis_names=names)))
    hyp, med = _sheet(book, "Hypotheses"), _sheet(book, "Mediation")
    scores = result.scores
    beta = {}
    for target in ("CLE", "VCC"):
        sources = [s for s, t in STUDY_MODEL.paths if t == target]
        x = scores[sources].to_numpy()
        coef, *_ = np.linalg.lstsq(x - x.mean(0), scores[target] - scores[target].mean())
        beta.update({f"{s} -> {target}": b for s, b in zip(sources, coef, strict=True)})
    assert list(hyp.path) == [f"{s} -> {t}" for s, t in STUDY_MODEL.paths]
    assert list(hyp.hypothesis) == ["H1a", "H2", "H3", "H4 (engagement → co-creation)"]
    np.testing.assert_allclose(hyp.beta, [beta[p] for p in hyp.path], atol=1e-10)
    excludes = (hyp.ci_lower > 0) | (hyp.ci_upper < 0)
    assert list(hyp.supported) == list(excludes & (hyp.p < 0.05))
    assert list(med.chain) == [f"{s} -> CLE -> VCC" for s in ("INT", "INF", "PSN")]
    np.testing.assert_allclose(
        med.indirect, [beta[f"{s} -> CLE"] * beta["CLE -> VCC"] for s in ("INT", "INF", "PSN")]
    )
    assert not med.direct_in_model.any()  # the study has no direct path: fixed at zero
    significant = (med.ci_lower > 0) | (med.ci_upper < 0)
    assert list(med.type) == ["indirect_only" if s else "no_effect" for s in significant]
    assert list(med.mediation) == ["full" if s else "none" for s in significant]
    # the reader's workbook: the same numbers, the decision and the types in words
    words = load_workbook(io.BytesIO(workbook(result, boot, lang="id", hypothesis_names=names)))
    hyp_id, med_id = _sheet(words, "Hipotesis"), _sheet(words, "Mediasi")
    assert list(hyp_id.columns[:3]) == ["Hipotesis", "Jalur", "β"]
    assert list(hyp_id["Hipotesis"]) == list(hyp.hypothesis)
    np.testing.assert_allclose(hyp_id["β"], hyp.beta, rtol=1e-15)
    assert list(hyp_id["Keputusan"]) == ["Diterima" if s else "Ditolak" for s in hyp.supported]
    assert list(med_id["Jenis"]) == [
        "Hanya tidak langsung" if s else "Tanpa pengaruh" for s in significant
    ]
    assert med_id["Pengaruh langsung"].isna().all()  # not estimated: left empty, never 0
    readme = [r[0] for r in words["Baca dulu"].iter_rows(values_only=True)]
    assert {"Hipotesis", "Mediasi"} <= set(readme)
