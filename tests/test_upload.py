"""A corpus of awkward and hostile survey files, built here, each with its expected outcome.

Awkward-but-valid variants of the sample must give exactly the estimates of the
clean CSV; unusable files must be refused with a message that says what to fix.
"""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from engine import STUDY_MODEL, DataError, estimate
from engine.cli import main
from engine.intake.io import read_upload
from engine.intake.survey import import_survey, load_mapping
from engine.intake.template import questionnaire, template_csv, template_xlsx
from engine.study.questionnaire import SCALE

from .conftest import ROOT

SAMPLE = ROOT / "sample_data"
CLEAN = pd.read_csv(SAMPLE / "livestream_survey.csv")
ITEMS = list(STUDY_MODEL.items)
BASE = estimate(CLEAN[ITEMS], STUDY_MODEL)


def xlsx(frames: dict[str, list[list]]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in frames.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def grid(frame: pd.DataFrame) -> list[list]:
    return [list(frame.columns)] + [
        [None if (isinstance(v, float) and np.isnan(v)) else v for v in row]
        for row in frame.itertuples(index=False)
    ]


def run(data: bytes, name: str, **kwargs):
    table = read_upload(data, name)
    survey = import_survey(table.frame, STUDY_MODEL, **kwargs)
    return table, survey, estimate(survey.data, STUDY_MODEL)


def same_estimates(result) -> None:
    assert result.meta["n_obs"] == 225
    np.testing.assert_allclose(result.paths.estimate, BASE.paths.estimate, atol=1e-12, rtol=0)
    np.testing.assert_allclose(result.outer.weight, BASE.outer.weight, atol=1e-12, rtol=0)
    np.testing.assert_allclose(result.outer.loading, BASE.outer.loading, atol=1e-12, rtol=0)


def labelled(lang: int, mangle=lambda s: s) -> pd.DataFrame:
    out = CLEAN.copy().astype({c: object for c in ITEMS})
    for c in ITEMS:
        out[c] = [mangle(SCALE[int(v)][lang]) for v in CLEAN[c]]
    return out


def to_csv(frame: pd.DataFrame, **kw) -> bytes:
    encoding = kw.pop("encoding", "utf-8")
    return frame.to_csv(index=False, **kw).encode(encoding)


# -- valid variants: the same estimates as the clean CSV ---------------------------
VALID = {
    "clean csv": lambda: (to_csv(CLEAN), "s.csv"),
    "raw export xlsx (262 rows, labels, screening)": lambda: (
        (SAMPLE / "livestream_survey_raw.xlsx").read_bytes(),
        "raw.xlsx",
    ),
    "semicolon csv with decimal commas (Indonesian Excel)": lambda: (
        CLEAN.assign(score=np.linspace(1, 2, 225).round(2))
        .to_csv(index=False, sep=";", decimal=",")
        .encode(),
        "id.csv",
    ),
    "utf-8 with BOM": lambda: (to_csv(CLEAN, encoding="utf-8-sig"), "bom.csv"),
    "utf-16 tab-separated (Excel Unicode text)": lambda: (
        CLEAN.to_csv(index=False, sep="\t").encode("utf-16"),
        "unicode.txt",
    ),
    "cp1252 with accents in a comment column": lambda: (
        to_csv(CLEAN.assign(note="café crème"), encoding="cp1252"),
        "win.csv",
    ),
    "tab-separated .tsv": lambda: (CLEAN.to_csv(index=False, sep="\t").encode(), "s.tsv"),
    "pipe-separated": lambda: (CLEAN.to_csv(index=False, sep="|").encode(), "s.txt"),
    "xlsx with two title rows": lambda: (
        xlsx({"Data": [["Survey of live shopping"], ["exported 2023-04-16"], *grid(CLEAN)]}),
        "titled.xlsx",
    ),
    "xlsx with several sheets, answers on the third": lambda: (
        xlsx(
            {
                "Info": [["About this survey"], ["Made by the shop"]],
                "Chart data": [["platform", "share"], ["Shopee", 19]],
                "Responses": grid(CLEAN),
            }
        ),
        "sheets.xlsx",
    ),
    "xlsx with a formula column": lambda: (
        xlsx(
            {
                "S": [[*grid(CLEAN)[0], "total"]]
                + [[*r, f"=SUM(I{k + 2}:L{k + 2})"] for k, r in enumerate(grid(CLEAN)[1:])]
            }
        ),
        "formula.xlsx",
    ),
    "xlsx with empty rows in between": lambda: (
        xlsx({"S": [*grid(CLEAN)[:50], [None] * 28, [], *grid(CLEAN)[50:]]}),
        "gaps.xlsx",
    ),
    "codes spelled int_1": lambda: (
        to_csv(CLEAN.rename(columns={c: f"{c[:3].lower()}_{int(c[3:])}" for c in ITEMS})),
        "snake.csv",
    ),
    "codes spelled INT 1": lambda: (
        to_csv(CLEAN.rename(columns={c: f"{c[:3]} {int(c[3:])}" for c in ITEMS})),
        "spaced.csv",
    ),
    "code at the end of the question": lambda: (
        to_csv(CLEAN.rename(columns={c: f"Question about live shopping ({c})" for c in ITEMS})),
        "end.csv",
    ),
    "construct names with numbers": lambda: (
        to_csv(
            CLEAN.rename(
                columns={
                    c: {
                        "INT": "Interactivity",
                        "INF": "Informativeness",
                        "PSN": "Personalisasi",
                        "CLE": "Customer live-streaming engagement",
                        "VCC": "Value co-creation",
                    }[c[:3]]
                    + f" {int(c[3:])}"
                    for c in ITEMS
                }
            )
        ),
        "names.csv",
    ),
    "English labels": lambda: (to_csv(labelled(0)), "en.csv"),
    "Indonesian labels, case and spacing mangled": lambda: (
        to_csv(labelled(1, lambda s: f"  {s.upper()} ")),
        "id.csv",
    ),
    "code and label together ('4 - Setuju')": lambda: (
        to_csv(
            labelled(1).assign(**{c: [f"{v} - {SCALE[v][1]}" for v in CLEAN[c]] for c in ITEMS})
        ),
        "both.csv",
    ),
    "numbers stored as text, columns shuffled, extra columns": lambda: (
        xlsx(
            {
                "S": grid(
                    CLEAN.astype({c: str for c in ITEMS})
                    .assign(email="x@y.z", **{"<script>alert(1)</script>": "<b>hi</b>"})
                    .sample(frac=1.0, axis=1, random_state=4)
                )
            }
        ),
        "shuffled.xlsx",
    ),
}


@pytest.mark.parametrize("case", list(VALID))
def test_awkward_but_valid_variant_gives_the_same_estimates(case: str) -> None:
    data, name = VALID[case]()
    _table, survey, result = run(data, name)
    same_estimates(result)
    assert survey.scale == (1, 5)


def test_notes_say_what_the_reader_did() -> None:
    data, name = VALID["semicolon csv with decimal commas (Indonesian Excel)"]()
    assert set(read_upload(data, name).notes) >= {"semicolon-separated", "decimal commas"}
    data, name = VALID["xlsx with two title rows"]()
    table = read_upload(data, name)
    assert table.header_row == 3 and "2 title row(s) above the header skipped" in table.notes
    data, name = VALID["xlsx with several sheets, answers on the third"]()
    table = read_upload(data, name)
    assert table.sheet == "Responses" and table.sheets == ("Info", "Chart data", "Responses")
    data, name = VALID["xlsx with empty rows in between"]()
    table = read_upload(data, name)
    assert "2 empty row(s) skipped" in table.notes
    assert table.frame.index[48] == 50 and table.frame.index[49] == 53  # spreadsheet rows kept


def test_script_in_headers_is_listed_not_used() -> None:
    data, name = VALID["numbers stored as text, columns shuffled, extra columns"]()
    _, survey, _ = run(data, name)
    assert "<script>alert(1)</script>" in survey.unmatched() and "email" in survey.unmatched()


def test_reverse_coded_item_declared_or_suspected() -> None:
    flipped = CLEAN.assign(INT04=6 - CLEAN.INT04)
    _, survey, _ = run(to_csv(flipped), "r.csv")
    assert survey.suspected_reversed() == ["INT04"]
    _, agreed, result = run(to_csv(flipped), "r.csv", reversed_items=("INT04",))
    same_estimates(result)
    assert agreed.suspected_reversed() == []


def test_mapping_override_and_saved_mapping_for_the_next_wave() -> None:
    renamed = CLEAN.rename(columns={"INT03": "Q7", "PSN02": "Q12"})
    survey = import_survey(read_upload(to_csv(renamed), "w.csv").frame)  # not estimable yet
    assert {"Q7", "Q12"} <= set(survey.unmatched())
    overrides = {"Q7": "INT03", "Q12": "PSN02"}
    _, fixed, result = run(to_csv(renamed), "w.csv", overrides=overrides)
    same_estimates(result)
    columns, _reversed_items = load_mapping(fixed.mapping_json())
    _, again, result = run(to_csv(renamed), "w2.csv", overrides=columns)
    same_estimates(result)
    assert again.mapping == fixed.mapping
    with pytest.raises(DataError, match="Both"):
        run(to_csv(renamed), "w.csv", overrides={"Q7": "INT01"})
    with pytest.raises(DataError, match="not something a column can be mapped to"):
        run(to_csv(renamed), "w.csv", overrides={"Q7": "banana"})


def test_out_of_range_and_unknown_answers_are_flagged_per_column() -> None:
    bad = CLEAN.astype({"INT01": object, "PSN03": object}).copy()
    bad.loc[3, "INT01"] = 6
    bad.loc[8, "INT01"] = 99
    bad.loc[10, "PSN03"] = "Setju"
    bad.loc[11, "PSN03"] = "<b>4</b>"
    _, survey, result = run(to_csv(bad), "b.csv")
    issues = survey.issues.set_index("item")
    assert issues.loc["INT01", "problem"] == "outside the 1-5 scale"
    assert issues.loc["INT01", "examples"] == ["6", "99"] and issues.loc["INT01", "rows"] == [5, 10]
    assert issues.loc["PSN03", "problem"] == "unknown answer"
    assert issues.loc["PSN03", "examples"] == ["Setju", "<b>4</b>"]
    assert survey.screening.by_reason() == {"invalid answer": 4}
    assert result.meta["n_obs"] == 221


def test_seven_point_scale_is_detected_and_stated() -> None:
    seven = CLEAN.copy()
    seven[ITEMS] = seven[ITEMS] + (seven[ITEMS] >= 4) * 2  # 1..5 -> 1,2,3,6,7
    _, survey, _ = run(to_csv(seven), "7.csv")
    assert survey.scale == (1, 7) and survey.issues.empty


def test_screening_extras_are_detected_and_switchable() -> None:
    from engine.intake.survey import ScreeningRules

    extra = pd.concat([CLEAN, CLEAN.iloc[[0]]], ignore_index=True)
    extra["duration"] = 300.0
    extra.loc[5, "duration"] = 20.0
    _, survey, _ = run(to_csv(extra), "x.csv")
    flagged = survey.screening.flagged_by_reason()
    assert flagged["duplicate"] == 2  # the copied row and the sample's own pair
    assert flagged["too fast"] == 1 and flagged["straight-lining"] >= 6
    assert survey.screening.valid == 226
    strict = ScreeningRules(straight_lining=True, duplicates=True, too_fast=True)
    _, strict_survey, _ = run(to_csv(extra), "x.csv", rules=strict)
    assert strict_survey.screening.valid < 226 - 6
    assert strict_survey.screening.flagged.empty


# -- unusable files: refused with a plain message ---------------------------------
def bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 2**20))
    return buf.getvalue()


def entity_bomb() -> bytes:
    """A workbook whose sheet XML defines nested entities ("billion laughs")."""
    base = io.BytesIO(xlsx({"S": grid(CLEAN.head(3))}))
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    sheet = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            dst.writestr(info, data)
    return out.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10

INVALID = {
    "empty file": (lambda: (b"", "e.csv"), "The file is empty"),
    "only blank lines": (lambda: (b"\n\n  \n", "e.csv"), "The file is empty"),
    "random bytes named .xlsx": (
        lambda: (np.random.default_rng(1).bytes(5000), "r.xlsx"),
        "not a valid Excel workbook",
    ),
    "a zip that is not a workbook": (
        lambda: (zip_with({"hello.txt": b"hi"}), "z.xlsx"),
        "not an Excel workbook",
    ),
    "image renamed .csv": (lambda: (PNG, "photo.csv"), "picture or a PDF"),
    "pdf renamed .csv": (lambda: (b"%PDF-1.7\n" + b"x" * 500, "doc.csv"), "picture or a PDF"),
    "binary with NUL bytes as .csv": (
        lambda: (bytes([0, 1, 2, 3] * 3000), "bin.csv"),
        "binary data",
    ),
    "header only": (lambda: (to_csv(CLEAN.head(0)), "h.csv"), "header but no rows"),
    "too few respondents": (lambda: (to_csv(CLEAN.head(3)), "few.csv"), "Only 3 complete"),
    "a construct missing": (
        lambda: (to_csv(CLEAN.drop(columns=[f"VCC0{i}" for i in range(1, 6)])), "m.csv"),
        "no column for 5 of the model's 22 items: VCC01",
    ),
    "the same item twice": (
        lambda: (to_csv(CLEAN.assign(INT1=CLEAN.INT01)), "d.csv"),
        "Two columns look like item INT01: 'INT01' and 'INT1'",
    ),
    "a single multi-megabyte line": (
        lambda: (b"INT01," + b"4," * 700_000 + b"\n", "long.csv"),
        "characters long, over the",
    ),
    "too many columns": (
        lambda: (
            (",".join(f"c{i}" for i in range(1500)) + "\n" + "1," * 1499 + "1\n").encode(),
            "wide.csv",
        ),
        "columns, over the 1,000 limit",
    ),
    "a million columns": (
        lambda: ((",".join(["c"] * 1_000_000) + "\n" + "1," * 999_999 + "1\n").encode(), "m.csv"),
        "characters long, over the",
    ),
    "over the size limit": (
        lambda: (b"INT01\n" + b"4\n" * (11 * 2**20), "big.csv"),
        "over the 20 MB limit",
    ),
    "decompression bomb": (lambda: (bomb(), "bomb.xlsx"), "decompression bomb"),
    "XML entity bomb": (lambda: (entity_bomb(), "lol.xlsx"), "refused for safety"),
    "old .xls": (lambda: (b"\xd0\xcf\x11\xe0" + b"\0" * 600, "old.xls"), "Old Excel files"),
    "unknown extension": (lambda: (b"x", "notes.docx"), "cannot be read"),
    "a whole item column of words": (
        lambda: (to_csv(CLEAN.assign(INT02="yes")), "w.csv"),
        "(INT02) holds 225 answers that are neither numbers nor agreement labels",
    ),
    "a constant item": (
        lambda: (to_csv(CLEAN.assign(CLE02=4)), "c.csv"),
        "CLE02 has the same answer (4) from every respondent",
    ),
    "dates where answers belong": (
        lambda: (xlsx({"S": grid(CLEAN.assign(INF01=pd.Timestamp("2023-04-05")))}), "dt.xlsx"),
        "(INF01) holds 225 answers that are neither numbers nor agreement labels",
    ),
    "infinities and NaN text in every item cell": (
        lambda: (to_csv(CLEAN.assign(VCC03="inf")), "inf.csv"),
        "holds 225 answers that are neither numbers",
    ),
}


def _with(**changes) -> pd.DataFrame:
    frame = CLEAN.astype({c: object for c in changes if c in CLEAN}).copy()
    for column, (rows, value) in changes.items():
        if column not in frame:
            frame[column] = None
        frame.loc[rows, column] = value
    return frame


#: Files made to hurt that still hold a usable survey: read, the bad cells flagged
#: as unknown answers (their respondents screened out), everything shown escaped.
#: name -> (make, respondents used)
HOSTILE_ACCEPTED = {
    "HTML and script in headers and answers": (
        lambda: (
            to_csv(
                _with(
                    PSN01=(slice(0, 4), "<b onclick=alert(1)>4</b>"),
                    **{"<img src=x onerror=alert(1)>": (slice(None), "<script>pwned=1</script>")},
                )
            ),
            "html.csv",
        ),
        220,
    ),
    "formulas in an item column": (
        lambda: (
            to_csv(
                _with(INT02=(slice(0, 9), "=1+3")).pipe(_with_more, "INT02", 10, 19, "@SUM(A1)")
            ),
            "formula.csv",
        ),
        205,
    ),
    "NaN and infinities in some answers": (
        lambda: (
            to_csv(_with(CLE01=(slice(0, 4), "nan")).pipe(_with_more, "CLE01", 5, 9, "-inf")),
            "naninf.csv",
        ),
        215,
    ),
    "control characters in headers and comments": (
        lambda: (
            to_csv(
                CLEAN.assign(comment="ok\x07\x1b[31mred\x08\x7f").rename(
                    columns={"gender": "gen\x1bder\x07"}
                )
            ),
            "control.csv",
        ),
        225,
    ),
}


def _with_more(frame: pd.DataFrame, column: str, first: int, last: int, value) -> pd.DataFrame:
    frame = frame.copy()
    frame.loc[first:last, column] = value
    return frame


@pytest.mark.parametrize("case", list(HOSTILE_ACCEPTED))
def test_hostile_but_usable_files_are_read_with_bad_cells_flagged(case: str) -> None:
    make, n = HOSTILE_ACCEPTED[case]
    data, name = make()
    table, survey, result = run(data, name)
    assert result.meta["n_obs"] == n
    assert all("\x1b" not in c and "\x07" not in c for c in table.frame.columns)
    if n < 225:
        assert survey.screening.by_reason() == {"invalid answer": 225 - n}


def zip_with(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("case", list(INVALID))
def test_unusable_file_is_refused_with_a_plain_message(case: str) -> None:
    make, fragment = INVALID[case]
    data, name = make()
    with pytest.raises(DataError) as info:
        run(data, name)
    assert fragment in info.value.message, info.value.message
    assert info.value.hint
    message, hint = info.value.text("id")  # and in Indonesian, for the app
    assert message and hint and (message, hint) != (info.value.message, info.value.hint)


def test_corpus_is_large_enough() -> None:
    assert len(VALID) + len(INVALID) + 6 >= 30


def test_cli_check_and_refusal(tmp_path, capsys) -> None:
    assert main(["check", str(SAMPLE / "livestream_survey_raw.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "Screening: 262 collected, 37 incomplete, 225 used" in out
    assert "-> item INT01" in out and "flagged but kept, straight-lining: 6" in out
    bomb_file = tmp_path / "bomb.xlsx"
    bomb_file.write_bytes(bomb())
    assert main(["check", str(bomb_file)]) == 2
    err = capsys.readouterr().err
    assert "decompression bomb" in err and err.count("\n") == 1
    mapping = tmp_path / "m.json"
    renamed = CLEAN.rename(columns={"INT03": "Q7"})
    (tmp_path / "w.csv").write_bytes(to_csv(renamed))
    mapping.write_text(json.dumps({"columns": [{"column": "Q7", "maps_to": "INT03"}]}))
    out_json = tmp_path / "r.json"
    args = ["analyze", str(tmp_path / "w.csv"), "--mapping", str(mapping), "--out", str(out_json)]
    assert main(args) == 0
    assert json.loads(out_json.read_text())["mapping"][
        [c for c in renamed.columns].index("Q7")
    ] == {"column": "Q7", "kind": "item", "maps_to": "INT03"}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_questionnaire_template_round_trips(lang: str) -> None:
    q = questionnaire(lang)
    assert len(q) == 2 + 5 + 22
    book = pd.ExcelFile(io.BytesIO(template_xlsx(lang)))
    sheets = {"en": ["Questionnaire", "Responses"], "id": ["Kuesioner", "Jawaban"]}[lang]
    assert book.sheet_names == sheets
    with pytest.raises(DataError, match="header but no rows"):  # the empty template itself
        read_upload(template_xlsx(lang), "template.xlsx")
    responses = pd.read_excel(io.BytesIO(template_xlsx(lang)), sheet_name=sheets[1])
    filled = pd.DataFrame([[None] * responses.shape[1]], columns=responses.columns)
    survey = import_survey(filled, STUDY_MODEL)
    kinds = [m.kind for m in survey.mapping]
    assert kinds.count("item") == 22 and kinds.count("profile") == 5
    assert kinds.count("screening") == 2 and kinds.count("time") == 1
    csv_table = read_upload(template_csv(lang), "q.csv").frame
    assert len(csv_table) == len(q)
