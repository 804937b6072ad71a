"""The thesis kit's files (issue 18): the Word document, the scripts, the command line.

The document is opened with python-docx and compared with the analysis JSON that
the same command wrote (to the printed decimals); the Python script is run and its
numbers compared with the JSON to 1e-9; the R script goes through R's parser where
R is installed; the document is rendered to PDF by LibreOffice where it is installed
and its first pages kept as PNG under tests/artifacts/thesis/.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import sys

import pytest

from engine import cli
from engine.outputs import apa
from tests.conftest import ROOT

RAW = ROOT / "sample_data" / "livestream_survey_raw.xlsx"
ARTIFACTS = ROOT / "tests" / "artifacts" / "thesis"
WORDS = {
    "en": {"table": "Table", "figure": "Figure", "hyp": "Hypothesis", "ind": "Indirect effect"},
    "id": {
        "table": "Tabel",
        "figure": "Gambar",
        "hyp": "Hipotesis",
        "ind": "Pengaruh tidak langsung",
    },
}
SUPPORTED = {"en": "Supported", "id": "Diterima"}
NOT_SUPPORTED = {"en": "Not supported", "id": "Ditolak"}


@pytest.fixture(scope="module", params=["en", "id"])
def run(request, tmp_path_factory):
    """python -m engine analyze RAW --n-boot 300 --report F.docx --lang L --script S.py."""
    lang = request.param
    folder = tmp_path_factory.mktemp(f"thesis-{lang}")
    out, docx, script = folder / "r.json", folder / "results.docx", folder / "analysis.py"
    code = cli.main(
        [
            "analyze",
            str(RAW),
            "--n-boot",
            "300",
            "--seed",
            "2",
            "--out",
            str(out),
            "--report",
            str(docx),
            "--lang",
            lang,
            "--script",
            str(script),
            "--quiet",
        ]
    )
    assert code == 0
    return {
        "lang": lang,
        "folder": folder,
        "json": json.loads(out.read_text()),
        "docx": docx,
        "script": script,
    }


def _document(path):
    import docx

    return docx.Document(str(path))


def _table(doc, first_header: str):
    found = [t for t in doc.tables if t.rows[0].cells[0].text == first_header]
    assert len(found) == 1, first_header
    return [[c.text for c in row.cells] for row in found[0].rows]


def _inference(out: dict, kind: str) -> dict:
    return {r["name"]: r for r in out["inference"] if r["kind"] == kind}


def _check_number(text: str, value: float, lang: str, bounded: bool = False) -> None:
    """The cell prints ``value`` to 3 decimals, APA style, in the document's language."""
    assert text == apa.num(value, lang=lang, bounded=bounded), (text, value)
    assert abs(apa.parse(text, lang) - value) <= 0.0005 + 1e-12


def _check_interval(text: str, lo: float, hi: float, lang: str) -> None:
    sep = "; " if lang == "id" else ", "
    left, right = text.strip("[]").split(sep)
    _check_number(left, lo, lang)
    _check_number(right, hi, lang)


def _check_p(text: str, p: float, lang: str) -> None:
    comma = "," if lang == "id" else "."
    if p < 0.001:
        assert text == f"< {comma}001"
    else:
        assert re.fullmatch(rf"{re.escape(comma)}\d{{3}}", text), text  # no leading zero
        assert abs(apa.parse(text, lang) - p) <= 0.0005 + 1e-12


def test_hypothesis_table_equals_the_analysis(run):
    lang, out = run["lang"], run["json"]
    rows = _table(_document(run["docx"]), WORDS[lang]["hyp"])
    paths = _inference(out, "path")
    model_paths = [f"{s} -> {t}" for s, t in out["model"]["paths"]]
    assert len(rows) - 1 == len(model_paths)  # every path has a row
    f2 = {f"{r['source']} -> {r['target']}": r["value"] for r in out["f_squared"]}
    for k, (row, name) in enumerate(zip(rows[1:], model_paths, strict=True), start=1):
        label, path, beta, se, t, p, ci, f2_text, decision = row
        inf = paths[name]
        assert label == f"H{k}"
        assert path == name.replace(" -> ", " → ")
        _check_number(beta.rstrip("*"), inf["estimate"], lang)
        _check_number(se, inf["se"], lang)
        _check_number(t, inf["t"], lang)
        _check_p(p, inf["p"], lang)
        _check_interval(ci, inf["ci_lower"], inf["ci_upper"], lang)
        _check_number(f2_text, f2[name], lang)
        excludes = inf["ci_lower"] > 0 or inf["ci_upper"] < 0
        want = excludes and inf["p"] < 0.05
        assert decision == (SUPPORTED if want else NOT_SUPPORTED)[lang]
        assert out["hypotheses"][k - 1]["supported"] == want  # the JSON's decision too


def test_mediation_table_equals_the_specific_indirect_effects(run):
    lang, out = run["lang"], run["json"]
    rows = _table(_document(run["docx"]), WORDS[lang]["ind"])
    chains = [r["chain"] for r in out["indirect_effects"]]
    assert [r[0] for r in rows[1:]] == [c.replace(" -> ", " → ") for c in chains]
    inf = _inference(out, "indirect_effect")
    paths = {f"{s} -> {t}" for s, t in out["model"]["paths"]}
    for row, chain in zip(rows[1:], chains, strict=True):
        i = inf[chain]
        _check_number(row[1], i["estimate"], lang)
        _check_p(row[4], i["p"], lang)
        _check_interval(row[5], i["ci_lower"], i["ci_upper"], lang)
        parts = chain.split(" -> ")
        assert f"{parts[0]} -> {parts[-1]}" not in paths  # the study has no direct paths
        sig = i["ci_lower"] > 0 or i["ci_upper"] < 0
        assert row[6] == ("tidak ada di model" if lang == "id" else "not in model")
        want = ("mediasi hanya tidak langsung", "non-mediasi tanpa pengaruh")
        if lang == "en":
            want = ("indirect-only mediation", "no-effect non-mediation")
        assert row[7] == want[0 if sig else 1]


def test_captions_are_numbered_and_every_table_has_one(run):
    lang = run["lang"]
    doc = _document(run["docx"])
    texts = [p.text for p in doc.paragraphs]
    tables = [
        int(m.group(1)) for x in texts if (m := re.fullmatch(WORDS[lang]["table"] + r" (\d+)", x))
    ]
    figures = [
        int(m.group(1)) for x in texts if (m := re.fullmatch(WORDS[lang]["figure"] + r" (\d+)", x))
    ]
    assert tables == list(range(1, len(doc.tables) + 1))
    assert figures == [1]
    assert len(doc.inline_shapes) == 1
    assert doc.inline_shapes[0].width.inches >= 5.9  # a page-wide, high-resolution figure
    for k in tables:  # every table cited by number in the text
        assert any(
            f"{WORDS[lang]['table']} {k})" in x
            or f"{WORDS[lang]['table']} {k} " in x
            or f"{WORDS[lang]['table']} {k}," in x
            for x in texts
        ), k


def test_drafted_text_names_every_hypothesis_and_claims_nothing_unsupported(run):
    lang, out = run["lang"], run["json"]
    doc = _document(run["docx"])
    text = "\n".join(p.text for p in doc.paragraphs)
    paths = _inference(out, "path")
    for k, (s, t) in enumerate(out["model"]["paths"], start=1):
        inf = paths[f"{s} -> {t}"]
        sentence = re.search(rf"H{k}: [^\n]*?H{k} (is (not )?supported|diterima|ditolak)", text)
        assert sentence, f"H{k}"
        spans = inf["ci_lower"] <= 0 <= inf["ci_upper"]
        if spans:
            assert "is supported" not in sentence.group(0) and "diterima" not in sentence.group(0)
    heading = "Daftar Pustaka" if lang == "id" else "References"
    refs = [p.text for p in doc.paragraphs]
    start = refs.index(heading)
    assert any(r.startswith("Zhao, X., Lynch") for r in refs[start:])
    assert "0.000" not in text and "0,000" not in text  # p-values never as zero


def test_the_python_script_reproduces_the_numbers(run):
    out = run["json"]
    result_json = run["folder"] / "again.json"
    proc = subprocess.run(
        [sys.executable, str(run["script"]), "--json", str(result_json)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    again = json.loads(result_json.read_text())
    compared = 0
    for name in (
        "hypotheses",
        "mediation",
        "paths",
        "outer",
        "r_squared",
        "reliability",
        "htmt",
        "f_squared",
        "effects",
        "indirect_effects",
        "vif_outer",
        "vif_inner",
        "cross_loadings",
        "fornell_larcker",
        "inference",
    ):
        assert len(again[name]) == len(out[name]), name
        for mine, theirs in zip(again[name], out[name], strict=True):
            for key, value in theirs.items():
                if isinstance(value, float):
                    assert mine[key] == pytest.approx(value, abs=1e-9), (name, key)
                    compared += 1
                elif value is not None:
                    assert mine[key] == value, (name, key)
    assert compared > 500


def test_the_r_script_parses_where_r_is_installed(run):
    r = shutil.which("Rscript")
    if r is None:
        pytest.skip("R is not installed here; the R script's parse check needs it")
    script = run["script"].with_suffix(".R")
    proc = subprocess.run(
        [r, "-e", f"invisible(parse(file = {json.dumps(str(script))}))"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def test_the_document_renders_to_pdf(run):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    folder = run["folder"]
    proc = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(run["docx"]),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = folder / "results.pdf"
    assert pdf.exists(), proc.stderr
    assert pdf.stat().st_size > 20_000
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        prefix = ARTIFACTS / f"results-{run['lang']}"
        subprocess.run(
            ["pdftoppm", "-r", "70", "-f", "1", "-l", "3", "-png", str(pdf), str(prefix)],
            check=True,
            timeout=120,
        )
        assert list(ARTIFACTS.glob(f"results-{run['lang']}-*.png"))


def test_report_flag_gives_html_and_workbook_too(tmp_path):
    data = ROOT / "sample_data" / "livestream_survey.csv"
    for name in ("r.html", "r.xlsx"):
        code = cli.main(
            [
                "analyze",
                str(data),
                "--out",
                str(tmp_path / "o.json"),
                "--report",
                str(tmp_path / name),
                "--lang",
                "id",
                "--quiet",
            ]
        )
        assert code == 0
    assert "<html lang='id'>" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert (tmp_path / "r.xlsx").read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--report", "x.pdf"], "--report takes a file ending in .docx"),
        (["--report", "x.docx"], "needs the bootstrap"),
        (["--script", "x.txt"], "--script takes a file ending in .py"),
        (["--script", "x.py"], "needs the bootstrap"),
        (["--lang", "fr"], "invalid choice"),
    ],
)
def test_bad_report_options_are_refused_before_any_work(extra, says, tmp_path, capsys):
    data = ROOT / "sample_data" / "livestream_survey.csv"
    code = cli.main(["analyze", str(data), "--out", str(tmp_path / "o.json"), *extra])
    assert code == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not (tmp_path / "o.json").exists()


def test_a_hypothesis_whose_interval_spans_zero_is_drafted_as_not_supported():
    import io

    import docx

    from engine import estimate
    from engine.analytics.predict import pls_predict
    from engine.core.bootstrap import bootstrap
    from engine.outputs.word import word_report
    from tests.test_thesis import MEDIATION_MODEL, _simulate

    result = estimate(_simulate(0.0, 0.5, 0.5, seed=7), MEDIATION_MODEL)
    boot = bootstrap(result, 400, seed=5)
    prediction = pls_predict(result, repetitions=2)
    inf = boot.inference()
    row = inf[(inf.kind == "path") & (inf.name == "X -> M")].iloc[0]
    lo, hi = float(row.ci_lower), float(row.ci_upper)
    assert lo < 0 < hi  # X -> M is H1
    for lang, no, yes in (
        ("en", "H1 is not supported", "H1 is supported"),
        ("id", "H1 ditolak", "H1 diterima"),
    ):
        doc = docx.Document(io.BytesIO(word_report(result, boot, lang=lang, prediction=prediction)))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert no in text and yes not in text
        rows = _table(doc, WORDS[lang]["hyp"])
        assert rows[1][-1] == NOT_SUPPORTED[lang]
        med = _table(doc, WORDS[lang]["ind"])
        assert med[1][6] != ("not in model" if lang == "en" else "tidak ada di model")


def test_an_indirect_effect_whose_p_disagrees_with_its_interval_is_said_so():
    """PLSc on the sample, BCa intervals: INT -> CLE -> VCC has an interval above zero
    but p above .05; the text says the interval decides, and says they disagree."""
    import io

    import docx

    import engine
    from engine.analytics.predict import pls_predict
    from engine.core.bootstrap import bootstrap
    from engine.intake.io import read_table
    from engine.outputs.word import word_report

    study = engine.STUDY_MODEL
    spec = engine.ModelSpec(
        tuple(engine.reflective(c.name, c.indicators) for c in study.constructs), study.paths
    )
    result = engine.estimate(read_table(ROOT / "sample_data" / "livestream_survey.csv"), spec)
    boot = bootstrap(result, 200, seed=1)
    inf = boot.inference(ci="bca")
    row = inf[(inf.kind == "indirect_effect") & (inf.name == "INT -> CLE -> VCC")].iloc[0]
    assert row.ci_lower > 0 and row.p >= 0.05  # the case this test is about
    prediction = pls_predict(result, repetitions=2)
    data = word_report(result, boot, lang="en", ci="bca", prediction=prediction)
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    p = apa.p_text(row.p)
    assert f"Its t-based p-value ({p}) disagrees with the interval" in text


def test_user_names_are_text_in_the_document_and_the_scripts(tmp_path):
    """Construct and item names with markup, quotes and control characters: the document
    opens and shows them as typed (less what XML cannot hold); the scripts keep them quoted."""
    import ast
    import io

    import docx
    import numpy as np
    import pandas as pd

    import engine
    from engine.analytics.predict import pls_predict
    from engine.core.bootstrap import bootstrap
    from engine.outputs.scripts import python_script, r_script
    from engine.outputs.word import word_report

    a, b = 'Kualitas "Live" <b>&', "Harga\x01') ; system('x"
    items_a, items_b = ("q'1", 'q"2', "q3"), ("h1", "h2", "h3")
    rng = np.random.default_rng(3)
    x = rng.standard_normal(200)
    y = 0.5 * x + rng.standard_normal(200)
    data = pd.DataFrame(
        {i: x + 0.5 * rng.standard_normal(200) for i in items_a}
        | {i: y + 0.5 * rng.standard_normal(200) for i in items_b}
    )
    spec = engine.ModelSpec((engine.composite(a, items_a), engine.composite(b, items_b)), ((a, b),))
    result = engine.estimate(data, spec)
    boot = bootstrap(result, 100, seed=1)
    raw = word_report(result, boot, prediction=pls_predict(result, repetitions=2))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(raw)).paragraphs)
    assert a in text and "Harga') ; system('x" in text
    script = python_script(result, boot)
    ast.parse(script)  # valid Python: every name is a literal
    literals = [n.value for n in ast.walk(ast.parse(script)) if isinstance(n, ast.Constant)]
    model = [v for v in literals if isinstance(v, str) and v.startswith('{"constructs"')]
    assert engine.ModelSpec.from_json(model[0]).names == (a, b)
    r = r_script(result, boot)
    assert "\"Harga\\u0001') ; system('x\"" in r  # one quoted R string


def test_profile_table_counts_equal_the_analysis(run):
    lang, out = run["lang"], run["json"]
    first = "Karakteristik" if lang == "id" else "Characteristic"
    rows = _table(_document(run["docx"]), first)[1:]
    counts = [r["count"] for r in out["profile"]]
    assert [int(apa.parse(r[2], lang)) for r in rows] == counts
    totals: dict[str, int] = {}
    for r in out["profile"]:
        totals[r["question"]] = totals.get(r["question"], 0) + r["count"]
    for row, rec in zip(rows, out["profile"], strict=True):
        share = 100 * rec["count"] / totals[rec["question"]]
        assert abs(apa.parse(row[3], lang) - share) <= 0.05 + 1e-9


def test_the_diagram_png_is_bounded_for_a_wide_model():
    import numpy as np
    import pandas as pd

    import engine
    from engine.outputs.word import MAX_PNG_WIDTH, diagram_png

    rng = np.random.default_rng(1)
    names = [f"C{k}" for k in range(12)]  # a chain of 12: twelve columns of boxes
    latent = [rng.standard_normal(120)]
    for _ in names[1:]:
        latent.append(0.6 * latent[-1] + 0.8 * rng.standard_normal(120))
    data = pd.DataFrame(
        {
            f"{n}_{i}": z + 0.6 * rng.standard_normal(120)
            for n, z in zip(names, latent, strict=True)
            for i in (1, 2)
        }
    )
    spec = engine.ModelSpec(
        tuple(engine.composite(n, (f"{n}_1", f"{n}_2")) for n in names),
        tuple(itertools.pairwise(names)),
    )
    png = diagram_png(engine.estimate(data, spec), None)
    width = int.from_bytes(png[16:20], "big")
    assert 1000 < width <= MAX_PNG_WIDTH


def test_statistical_symbols_are_set_in_italics_and_nothing_else(run):
    """APA 7 (section 6.45): t, p, n, SE, R² and f² in italics, in the drafted text, the
    table headers and the notes; Greek letters and abbreviations (β, CI/IK, AVE) upright.
    Every one of them was upright."""
    lang = run["lang"]
    doc = _document(run["docx"])
    symbols = {"t", "p", "n", "SE", "R²", "f²"}
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == WORDS[lang]["hyp"])
    header = {
        c.text: [r.italic for r in c.paragraphs[0].runs if r.text] for c in table.rows[0].cells
    }
    for symbol in ("SE", "t", "p", "f²"):
        assert header[symbol] == [True], symbol
    assert header["β"] == [None] and not any(header["IK 95%" if lang == "id" else "95% CI"])
    profile = doc.tables[0].rows[0].cells
    assert [r.italic for r in profile[2].paragraphs[0].runs if r.text] == [True]  # n
    hypothesis = next(p for p in doc.paragraphs if "H1: " in p.text)
    italic = [r.text for r in hypothesis.runs if r.italic]
    assert {"t", "p", "f²"} <= set(italic) <= symbols
    assert "".join(r.text for r in hypothesis.runs) == hypothesis.text
    note = next(p for p in doc.paragraphs if "SE = " in p.text)
    assert {r.text for r in note.runs[1:] if r.italic} == {"SE", "p"}  # after "Note."
    body = [p for p in doc.paragraphs if p.paragraph_format.first_line_indent]
    for p in body:  # words such as "path", "don't" or "PLSpredict" keep upright letters
        assert {r.text for r in p.runs if r.italic} <= symbols, p.text
