"""Build the bundled sample: a synthetic survey calibrated to the study's published tables.

    python sample_data/make_sample.py              # rebuild the files from the stored parameters
    python sample_data/make_sample.py --calibrate  # search the parameters again and print them

The study's raw answers are not public. This script draws respondents from a
common-factor model (five correlated latent constructs, each item loading on
its own construct), turns the continuous answers into 1-5 answers leaning
toward agreement, adds a few straight-liners, and writes:

- ``livestream_survey_raw.xlsx``: the questionnaire tool's export, 262 rows, 37
  of them incomplete, answers as the tool exports them (Indonesian labels);
- ``livestream_survey.csv``: the 225 complete responses, one column per item
  code plus the profile columns (labelled as the paper's Table 1);
- ``data_dictionary.json`` and ``DATA_DICTIONARY.md``.

The factor loadings and latent correlations below were found by ``--calibrate``:
starting from the published values, it repeatedly generates the sample (same
random numbers every time), estimates the model and nudges each parameter by
the gap between the estimate and the published value, until every loading and
construct correlation is within 0.005. Everything is seeded, so the files are
rebuilt byte for byte (the .xlsx part by part as canonical XML: openpyxl writes
``<a/>`` through lxml and ``<a />`` without it, so its raw bytes follow what is
installed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from engine import STUDY_MODEL, estimate  # noqa: E402
from engine.study.questionnaire import ITEMS, PROFILE, SCALE, SCREENING, YES, item_header  # noqa: E402

SEED = 20230305
N_VALID = 225
N_INCOMPLETE = 37
CONSTRUCTS = ("INT", "INF", "PSN", "CLE", "VCC")
#: The study's published tables, transcribed (kept in the repository; see README there).
PAPER = json.loads((HERE / "paper_tables.json").read_text())

#: Table 1 of the paper: exact counts among the 225 valid responses.
PROFILE_COUNTS = {
    "gender": {"Male": 134, "Female": 91},
    "age": {"17-22": 36, "23-28": 103, "29-34": 53, "35-40": 14, ">40": 19},
    "watch_length": {"<30 min": 118, "30-60 min": 93, "61-90 min": 14, ">90 min": 0},
    "platform": {"Instagram": 63, "Tokopedia": 43, "Shopee": 43, "Lazada": 18, "Tiktok": 58},
    "frequency": {"1-3 times": 77, "4-6 times": 115, "7-9 times": 22, ">9 times": 11},
}

#: Cut points on the standard normal: answers 1..5 with about 3/7/20/40/30 %.
CUTS = np.array([-1.88, -1.28, -0.52, 0.52])
STRAIGHT_LINERS = 4

# --- calibrated parameters (from --calibrate) --------------------------------
FACTOR_LOADINGS = {
    "INT01": 0.713248,
    "INT02": 0.636524,
    "INT03": 0.812008,
    "INT04": 0.786303,
    "INF01": 0.677049,
    "INF02": 0.649974,
    "INF03": 0.695805,
    "INF04": 0.653434,
    "PSN01": 0.696148,
    "PSN02": 0.664158,
    "PSN03": 0.822334,
    "PSN04": 0.80427,
    "PSN05": 0.774541,
    "CLE01": 0.851692,
    "CLE02": 0.894996,
    "CLE03": 0.909275,
    "CLE04": 0.78648,
    "VCC01": 0.831098,
    "VCC02": 0.889101,
    "VCC03": 0.890238,
    "VCC04": 0.897851,
    "VCC05": 0.878664,
}
LATENT_CORRELATIONS = {
    "CLE-INF": 0.807027,
    "CLE-INT": 0.783978,
    "INF-INT": 0.703218,
    "CLE-PSN": 0.766099,
    "INF-PSN": 0.604741,
    "INT-PSN": 0.82546,
    "CLE-VCC": 0.768988,
    "INF-VCC": 0.4695,
    "INT-VCC": 0.684802,
    "PSN-VCC": 0.655964,
}


def published_targets() -> tuple[dict, dict]:
    """Composite loadings and construct correlations as printed in the paper."""
    loadings = {k: v[0] for k, v in PAPER["table2_loadings"].items() if not k.startswith("_")}
    fl = PAPER["table4_fornell_larcker"]
    order = fl["order"]
    cors = {}
    for i, row in enumerate(fl["matrix"]):
        for j in range(i):
            cors[tuple(sorted((order[i], order[j])))] = row[j]
    return loadings, cors


def draw_noise(n: int, rng: np.random.Generator) -> dict:
    """Every random number of the sample, drawn once so calibration sees the same sample."""
    return {
        "latent": rng.standard_normal((n, len(CONSTRUCTS))),
        "unique": rng.standard_normal((n, len(ITEMS))),
        "shift": rng.normal(0.0, 0.12, len(ITEMS)),
        "straight": rng.choice(np.arange(N_VALID), STRAIGHT_LINERS, replace=False),
        "straight_answer": rng.choice([4, 4, 5, 3], STRAIGHT_LINERS),
        "profile": {k: rng.standard_normal(n) for k in PROFILE_COUNTS},
    }


def answers(loadings: dict, cors: dict, noise: dict) -> np.ndarray:
    """Integer answers (n x 22) from factor loadings and latent correlations."""
    k = len(CONSTRUCTS)
    phi = np.eye(k)
    for (a, b), r in cors.items():
        i, j = CONSTRUCTS.index(a), CONSTRUCTS.index(b)
        phi[i, j] = phi[j, i] = r
    eigval, eigvec = np.linalg.eigh(phi)
    phi = eigvec @ np.diag(np.clip(eigval, 0.02, None)) @ eigvec.T
    root = np.linalg.cholesky(phi / np.sqrt(np.outer(np.diag(phi), np.diag(phi))))
    latent = noise["latent"] @ root.T
    codes = list(ITEMS)
    lam = np.array([loadings[c] for c in codes])
    which = np.array([CONSTRUCTS.index(c[:3]) for c in codes])
    x = latent[:, which] * lam + noise["unique"] * np.sqrt(1 - lam**2)
    out = 1 + (x[:, :, None] > (CUTS[None, None, :] + noise["shift"][None, :, None])).sum(axis=2)
    out = out.astype(int)
    for row, value in zip(noise["straight"], noise["straight_answer"], strict=True):
        out[row] = value
    return out


def valid_frame(values: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(values[:N_VALID], columns=list(ITEMS))


def calibrate(noise: dict, steps: int = 80) -> tuple[dict, dict]:
    target_l, target_r = published_targets()
    loadings = dict(target_l)
    cors = dict(target_r)
    for step in range(steps):
        result = estimate(valid_frame(answers(loadings, cors, noise)), STUDY_MODEL)
        got_l = dict(zip(result.outer.indicator, result.outer.loading, strict=True))
        cc = result.construct_correlations
        got_r = {
            tuple(sorted((a, b))): v
            for a, b, v in zip(cc.construct_a, cc.construct_b, cc.value, strict=True)
            if a != b
        }
        gap_l = {c: target_l[c] - got_l[c] for c in target_l}
        gap_r = {p: target_r[p] - got_r[p] for p in target_r}
        worst = max(max(map(abs, gap_l.values())), max(map(abs, gap_r.values())))
        print(f"step {step}: worst gap {worst:.4f}", file=sys.stderr)
        if worst < 0.004:
            break
        rate = 1.0 if step < 40 else 0.5
        loadings = {c: float(np.clip(loadings[c] + rate * gap_l[c], 0.2, 0.97)) for c in loadings}
        cors = {p: float(np.clip(cors[p] + rate * gap_r[p], -0.95, 0.95)) for p in cors}
    return loadings, cors


def assign_profile(values: np.ndarray, noise: dict) -> pd.DataFrame:
    """Exact Table 1 counts; engaged viewers tend to watch more often and for longer."""
    engagement = values[:N_VALID, [list(ITEMS).index(f"CLE0{i}") for i in range(1, 5)]].mean(axis=1)
    engagement = (engagement - engagement.mean()) / engagement.std()
    out = {}
    for field, counts in PROFILE_COUNTS.items():
        score = noise["profile"][field][:N_VALID]
        if field == "frequency":
            score = 0.6 * engagement + 0.8 * score
        if field == "watch_length":
            score = 0.5 * engagement + 0.9 * score
        labels = np.repeat(list(counts), list(counts.values()))
        order = np.argsort(score, kind="stable")
        assigned = np.empty(N_VALID, dtype=object)
        assigned[order] = labels
        out[field] = assigned
    return pd.DataFrame(out)


def incomplete_rows(values: np.ndarray, noise: dict, rng: np.random.Generator) -> list[dict]:
    """37 responses with at least one unanswered question, as real exports have."""
    rows = []
    codes = list(ITEMS)
    for r in range(N_VALID, N_VALID + N_INCOMPLETE):
        row: dict = {c: int(values[r, k]) for k, c in enumerate(codes)}
        for field, counts in PROFILE_COUNTS.items():
            labels = [lab for lab, n in counts.items() if n]
            row[field] = labels[int(rng.integers(len(labels)))]
        kind = rng.random()
        if kind < 0.4:  # stopped part-way: everything after some item left empty
            cut = int(rng.integers(6, len(codes)))
            for c in codes[cut:]:
                row[c] = None
        elif kind < 0.85:  # skipped one to three items
            for c in rng.choice(codes, int(rng.integers(1, 4)), replace=False):
                row[str(c)] = None
        else:  # skipped a profile question
            row[list(PROFILE_COUNTS)[int(rng.integers(len(PROFILE_COUNTS)))]] = None
        rows.append(row)
    return rows


def build(params: tuple[dict, dict] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(raw export, clean 225-row table) from the calibrated parameters."""
    rng = np.random.default_rng(SEED)
    noise = draw_noise(N_VALID + N_INCOMPLETE, rng)
    loadings, cors = params or (
        FACTOR_LOADINGS,
        {tuple(k.split("-")): v for k, v in LATENT_CORRELATIONS.items()},
    )
    values = answers(loadings, cors, noise)
    profile = assign_profile(values, noise)
    clean = pd.concat([profile, valid_frame(values)], axis=1)

    records = [
        {**profile.iloc[r].to_dict(), **dict(zip(ITEMS, map(int, values[r]), strict=True))}
        for r in range(N_VALID)
    ]
    records += incomplete_rows(values, noise, rng)
    order = rng.permutation(len(records))  # the export lists responses by time, mixed
    start = dt.datetime(2023, 3, 6, 8, 0, 0)
    gaps = np.sort(rng.uniform(0, 40 * 24 * 3600, len(records)))
    rows = []
    response_of = {}
    for position, k in enumerate(order):
        rec = records[k]
        stamp = start + dt.timedelta(seconds=int(gaps[position]))
        row = {"Timestamp": stamp}
        for _, idn in SCREENING.values():
            row[idn] = YES[1]
        for field, (_, idn, answers_) in PROFILE.items():
            value = rec[field]
            row[idn] = None if value is None else answers_[value][1]
        for code in ITEMS:
            value = rec[code]
            row[item_header(code)] = None if value is None else SCALE[value][1]
        rows.append(row)
        if k < N_VALID:
            response_of[k] = position + 1
    raw = pd.DataFrame(rows)
    clean.insert(0, "response_id", [response_of[k] for k in range(N_VALID)])
    clean = clean.sort_values("response_id").reset_index(drop=True)
    return raw, clean


FIXED_TIME = (2023, 4, 16, 0, 0, 0)


def xlsx_bytes(raw: pd.DataFrame) -> bytes:
    """The export as .xlsx, with fixed timestamps inside so the bytes never change."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Form Responses 1"
    ws.append(list(raw.columns))
    for row in raw.itertuples(index=False):
        ws.append([None if (isinstance(v, float) and np.isnan(v)) else v for v in row])
    for col in range(1, raw.shape[1] + 1):
        ws.column_dimensions[get_column_letter(col)].width = 18
    for cell in ws["A"][1:]:
        cell.number_format = "m/d/yyyy h:mm:ss"
    fixed = dt.datetime(*FIXED_TIME)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Driver Lab sample generator"
    buffer = io.BytesIO()
    wb.save(buffer)
    # rewrite the zip with fixed entry dates (openpyxl stamps the current time)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" at save
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2023-04-16T00:00:00Z", data
                )
            fixed_info = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed_info.compress_type = zipfile.ZIP_DEFLATED
            fixed_info.external_attr = 0o600 << 16
            dst.writestr(fixed_info, data)
    return out.getvalue()


def dictionary() -> dict:
    """The machine-readable data dictionary of both files."""
    scale = {str(k): {"en": en, "id": idn} for k, (en, idn) in SCALE.items()}
    columns = [
        {
            "name": "response_id",
            "role": "meta",
            "description": "Row number of the response in livestream_survey_raw.xlsx (1 = first).",
        }
    ]
    for field, (en, idn, answers_) in PROFILE.items():
        columns.append(
            {
                "name": field,
                "role": "profile",
                "question_en": en,
                "question_id": idn,
                "coding": {lab: {"en": e, "id": i} for lab, (e, i) in answers_.items()},
            }
        )
    for code, (en, idn) in ITEMS.items():
        columns.append(
            {
                "name": code,
                "role": "item",
                "construct": code[:3],
                "question_en": en,
                "question_id": idn,
                "coding": scale,
            }
        )
    raw_columns = [{"name": "Timestamp", "role": "meta", "description": "Submission time."}]
    raw_columns += [
        {
            "name": idn,
            "role": "screening",
            "question_en": en,
            "question_id": idn,
            "coding": {"Ya": "Yes", "Tidak": "No"},
        }
        for en, idn in SCREENING.values()
    ]
    raw_columns += [
        {
            "name": idn,
            "role": "profile",
            "field": field,
            "coding": {i: lab for lab, (_, i) in answers_.items()},
        }
        for field, (_, idn, answers_) in PROFILE.items()
    ]
    raw_columns += [
        {
            "name": item_header(code),
            "role": "item",
            "item": code,
            "coding": {idn: int(k) for k, (_, idn) in SCALE.items()},
        }
        for code in ITEMS
    ]
    return {
        "synthetic": True,
        "about": (
            "Synthetic data, not the study's respondents. Drawn by sample_data/make_sample.py "
            "from a common-factor model whose loadings and construct correlations were "
            "calibrated so that PLS-SEM on the 225 complete responses reproduces the paper's "
            "Tables 1-6 (Table 1 exactly, the rest within 0.02). Question wordings were "
            "written for Driver Lab, adapted in spirit from the scales the study cites."
        ),
        "files": {
            "livestream_survey.csv": {
                "rows": N_VALID,
                "columns": columns,
            },
            "livestream_survey_raw.xlsx": {
                "rows": N_VALID + N_INCOMPLETE,
                "sheet": "Form Responses 1",
                "incomplete_rows": N_INCOMPLETE,
                "columns": raw_columns,
            },
        },
    }


def dictionary_markdown(d: dict) -> str:
    lines = [
        "# Data dictionary: the bundled live-streaming survey",
        "",
        "**These data are synthetic.** " + d["about"],
        "",
        "Answers to every item use the same five-point scale:",
        "",
        "| code | English | Bahasa Indonesia |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {k} | {en} | {idn} |" for k, (en, idn) in SCALE.items()]
    csv = d["files"]["livestream_survey.csv"]
    lines += [
        "",
        f"## livestream_survey.csv ({csv['rows']} complete responses)",
        "",
        "| column | role | question (English) | pertanyaan (Bahasa Indonesia) | values |",
        "| --- | --- | --- | --- | --- |",
    ]
    for c in csv["columns"]:
        if c["role"] == "item":
            values = "1-5"
        elif c["role"] == "profile":
            values = ", ".join(c["coding"])
        else:
            values = "1-262"
        lines.append(
            f"| {c['name']} | {c['role']} | {c.get('question_en', c.get('description', ''))} | "
            f"{c.get('question_id', '')} | {values} |"
        )
    raw = d["files"]["livestream_survey_raw.xlsx"]
    lines += [
        "",
        f"## livestream_survey_raw.xlsx ({raw['rows']} responses, {raw['incomplete_rows']} "
        "incomplete)",
        "",
        'The questionnaire tool\'s export (sheet "Form Responses 1"): a timestamp, the two '
        "screening questions, the profile questions and the 22 items, with Indonesian headers "
        "(item headers start with the item code) and answers as Indonesian labels. The study's "
        "rule keeps a response only if every question is answered: 225 of 262.",
        "",
        "| column | role | answers |",
        "| --- | --- | --- |",
    ]
    for c in raw["columns"]:
        coding = c.get("coding")
        answers_ = ", ".join(f"{k} = {v}" for k, v in coding.items()) if coding else "date and time"
        lines.append(f"| {c['name']} | {c['role']} | {answers_} |")
    return "\n".join(lines) + "\n"


def write_all() -> None:
    raw, clean = build()
    (HERE / "livestream_survey_raw.xlsx").write_bytes(xlsx_bytes(raw))
    clean.to_csv(HERE / "livestream_survey.csv", index=False, lineterminator="\n")
    d = dictionary()
    (HERE / "data_dictionary.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
    (HERE / "DATA_DICTIONARY.md").write_text(dictionary_markdown(d))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args()
    if args.calibrate:
        noise = draw_noise(N_VALID + N_INCOMPLETE, np.random.default_rng(SEED))
        loadings, cors = calibrate(noise)
        print("FACTOR_LOADINGS = " + json.dumps({k: round(v, 6) for k, v in loadings.items()}))
        print(
            "LATENT_CORRELATIONS = "
            + json.dumps({f"{a}-{b}": round(v, 6) for (a, b), v in cors.items()})
        )
        return
    write_all()
    print("wrote the sample files in", HERE)


if __name__ == "__main__":
    main()
