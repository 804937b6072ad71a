"""The bundled sample reproduces the paper's tables; it is deterministic and documented."""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, estimate, read_table
from engine.cli import main
from engine.core.bootstrap import bootstrap
from engine.intake.survey import import_survey

from .conftest import PAPER_TABLES, ROOT

SAMPLE = ROOT / "sample_data"
PAPER = json.loads(PAPER_TABLES.read_text())
ITEMS = list(STUDY_MODEL.items)


def load_generator():
    spec = importlib.util.spec_from_file_location("make_sample", SAMPLE / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def clean() -> pd.DataFrame:
    return pd.read_csv(SAMPLE / "livestream_survey.csv")


@pytest.fixture(scope="module")
def result(clean):
    return estimate(clean, STUDY_MODEL)


def rows(table: str) -> dict:
    return {k: v for k, v in PAPER[table].items() if not k.startswith("_")}


def test_table1_exactly(clean) -> None:
    paper = PAPER["table1_respondent_profile"]
    for field, key in (
        ("gender", "gender"),
        ("age", "age"),
        ("watch_length", "watch_length"),
        ("frequency", "frequency_per_month"),
    ):
        counts = clean[field].value_counts()
        for answer, n in paper[key].items():
            assert counts.get(answer, 0) == n, (field, answer)
    # the paper prints platform shares only; of 225 they round to 63/43/43/18/58
    platform = clean.platform.value_counts()
    for answer, pct in paper["platform_percent"].items():
        assert round(100 * platform[answer] / len(clean)) == pct
    assert platform.to_dict() == {
        "Instagram": 63,
        "Tiktok": 58,
        "Tokopedia": 43,
        "Shopee": 43,
        "Lazada": 18,
    }
    assert len(clean) == 225


def test_tables_2_to_5_within_002(result) -> None:
    loading = result.outer.set_index("indicator").loading
    for item, (lam, _, _) in rows("table2_loadings").items():
        assert loading[item] == pytest.approx(lam, abs=0.02), item
    rel = result.reliability.set_index("construct")
    for construct, (rho_c, alpha, ave, rho_a) in rows("table3_reliability").items():
        assert rel.rho_c[construct] == pytest.approx(rho_c, abs=0.02)
        assert rel.alpha[construct] == pytest.approx(alpha, abs=0.02)
        assert rel.ave[construct] == pytest.approx(ave, abs=0.02)
        assert rel.rho_a[construct] == pytest.approx(rho_a, abs=0.02)
    cors = result.construct_correlations.set_index(["construct_a", "construct_b"]).value
    fl = PAPER["table4_fornell_larcker"]
    checked = 0
    for i, row in enumerate(fl["matrix"]):
        for j in range(i):
            assert cors[(fl["order"][i], fl["order"][j])] == pytest.approx(row[j], abs=0.02)
            checked += 1
    assert checked == 10
    r2 = result.r_squared.set_index("construct").r2
    for construct, values in PAPER["table5_r_squared"].items():
        assert r2[construct] == pytest.approx(values["r2"], abs=0.02)


def test_table6_paths_bootstrap_sd_and_hypotheses(result) -> None:
    inference = bootstrap(result, 5000, seed=2023).inference().set_index(["kind", "name"])
    for path, (beta, sd, _, _) in rows("table6_paths").items():
        row = inference.loc[("path", path.replace("->", " -> "))]
        assert row.estimate == pytest.approx(beta, abs=0.02), path
        assert row.se == pytest.approx(sd, abs=0.015), path
        assert row.p < 0.05 and row.estimate > 0, path


def test_plausible_as_real_answers(clean) -> None:
    answers = clean[ITEMS].to_numpy()
    assert np.issubdtype(answers.dtype, np.integer)
    assert answers.min() == 1 and answers.max() == 5
    assert answers.mean() > 3.5 and (answers >= 4).mean() > 0.6  # lean toward agreement
    assert (answers == 1).mean() > 0.01  # but every answer occurs
    straight = (clean[ITEMS].nunique(axis=1) == 1).sum()
    assert 3 <= straight <= 10
    assert clean[ITEMS].std().min() > 0.6
    assert (clean.watch_length == ">90 min").sum() == 0


def test_raw_export_screens_to_the_same_225(clean) -> None:
    raw = read_table(SAMPLE / "livestream_survey_raw.xlsx")
    assert raw.shape[0] == 262
    assert raw.isna().any(axis=1).sum() == 37
    survey = import_survey(raw)
    assert survey.screening.summary() == "262 collected, 37 incomplete, 225 used"
    assert survey.screening.summary("id") == "262 terkumpul, 37 tidak lengkap, 225 dipakai"
    data = survey.data.copy()
    data["response_id"] = data.index - 1
    merged = clean.merge(data, on="response_id", suffixes=("", "_raw"))
    assert len(merged) == 225
    for column in [*ITEMS, "gender", "age", "watch_length", "platform", "frequency"]:
        assert (
            merged[column].astype(str)
            == merged[f"{column}_raw"].astype(str).str.replace(r"\.0$", "", regex=True)
        ).all(), column
    table = survey.profile_table()
    assert table.query("question == 'watch_length' and answer == '>90 min'")["count"].item() == 0


def test_cli_on_raw_export(tmp_path) -> None:
    out = tmp_path / "r.json"
    assert main(["analyze", str(SAMPLE / "livestream_survey_raw.xlsx"), "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    screening = result["screening"]
    assert (screening["collected"], screening["valid"]) == (262, 225)
    assert screening["by_reason"] == {"incomplete": 37}
    assert len(screening["excluded"]) == 37
    assert all(e["reasons"] == ["incomplete"] and e["row"] >= 2 for e in screening["excluded"])
    profile = {(r["question"], r["answer"]): r["count"] for r in result["profile"]}
    assert profile[("gender", "Male")] == 134 and profile[("age", "17-22")] == 36
    assert profile[("watch_length", "<30 min")] == 118 and profile[("platform", "Instagram")] == 63
    assert profile[("frequency", "1-3 times")] == 77
    assert {r["question"] for r in result["profile"]} == {
        "gender",
        "age",
        "watch_length",
        "platform",
        "frequency",
    }
    assert result["meta"]["n_obs"] == 225


def _workbook_parts(raw: bytes) -> dict[str, str]:
    """Each part of an .xlsx as canonical XML (C14N): the same workbook whether openpyxl
    wrote it through lxml (``<a/>``) or ElementTree (``<a />``), which depends only on
    whether lxml happens to be installed."""
    from xml.etree.ElementTree import canonicalize

    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return {n: canonicalize(z.read(n).decode("utf-8")) for n in z.namelist()}


def test_generator_rebuilds_the_files_byte_for_byte() -> None:
    gen = load_generator()
    raw, clean = gen.build()
    built = _workbook_parts(gen.xlsx_bytes(raw))
    assert built == _workbook_parts((SAMPLE / "livestream_survey_raw.xlsx").read_bytes())
    text = clean.to_csv(index=False, lineterminator="\n")
    assert text == (SAMPLE / "livestream_survey.csv").read_text()
    d = gen.dictionary()
    assert (
        json.dumps(d, indent=1, ensure_ascii=False) + "\n"
        == (SAMPLE / "data_dictionary.json").read_text()
    )
    assert gen.dictionary_markdown(d) == (SAMPLE / "DATA_DICTIONARY.md").read_text()


def test_data_dictionary_matches_the_files(clean) -> None:
    d = json.loads((SAMPLE / "data_dictionary.json").read_text())
    assert d["synthetic"] is True and "synthetic" in d["about"].lower()
    csv_spec = d["files"]["livestream_survey.csv"]
    assert [c["name"] for c in csv_spec["columns"]] == list(clean.columns)
    assert csv_spec["rows"] == len(clean)
    for column in csv_spec["columns"]:
        if column["role"] == "item":
            assert column["question_en"] and column["question_id"]
            assert set(clean[column["name"]].unique()) <= {1, 2, 3, 4, 5}
        if column["role"] == "profile":
            assert set(clean[column["name"]].unique()) <= set(column["coding"])
    raw = read_table(SAMPLE / "livestream_survey_raw.xlsx")
    raw_spec = d["files"]["livestream_survey_raw.xlsx"]
    assert [c["name"] for c in raw_spec["columns"]] == list(raw.columns)
    assert raw_spec["rows"] == len(raw)
    md = (SAMPLE / "DATA_DICTIONARY.md").read_text()
    assert "**These data are synthetic.**" in md
    for column in clean.columns:
        assert f"| {column} |" in md
