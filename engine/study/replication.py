"""The study's published tables next to what the engine computes from the sample.

``replicate(result, boot, profile)`` returns one tidy table per published table
(statistic, paper, ours, difference, within tolerance) and the paper's own
inconsistencies, each tied to the table where it occurs, so that the
replication page only has to draw them. The published values ship with the app
in ``sample_data/paper_tables.json`` (transcribed from the study's paper).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from engine.base.thresholds import ALPHA

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult


PAPER_PATH = Path(__file__).resolve().parents[2] / "sample_data" / "paper_tables.json"

#: Tolerances the sample was calibrated to (issue 4): Table 1 exact.
TOLERANCE = {"table1": 0.0, "table6_sd": 0.015, "default": 0.02}

COLUMNS = ["table", "statistic", "subject", "paper", "ours", "difference", "within"]


def load_paper() -> dict:
    return json.loads(PAPER_PATH.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Inconsistency:
    table: str
    what: str  # the paper's own statement of it (English, from the tables file)
    explanation: str
    what_id: str = ""  # both again in Indonesian
    explanation_id: str = ""


def inconsistencies(paper: dict) -> list[Inconsistency]:
    """The paper's known inconsistencies, with why each is one (for students)."""
    texts = paper.get("known_inconsistencies", [])

    def find(word: str) -> str:
        return next((t for t in texts if word in t), "")

    return [
        Inconsistency(
            "table5",
            find("adjusted R2"),
            "Adjusted R² = 1 − (1 − R²)(n − 1)/(n − k − 1) is always below R² when there are "
            "predictors; with R² 0.524, n = 225 and k = 3 it is 0.518, as the text says.",
            "Tabel 5 mencetak R² disesuaikan 0,528 untuk CLE, di atas R²-nya 0,524, yang "
            "mustahil; teksnya menyebut 0,518.",
            "R² disesuaikan = 1 − (1 − R²)(n − 1)/(n − k − 1) selalu di bawah R² bila ada "
            "prediktor; dengan R² 0,524, n = 225 dan k = 3 hasilnya 0,518, sesuai teks.",
        ),
        Inconsistency(
            "table4",
            find("diagonal"),
            "The Fornell-Larcker diagonal is the square root of AVE: √0.749 = 0.865, so 0.886 "
            "cannot be right for VCC (it matches no other printed value either).",
            "Tabel 4 mencetak 0,886 sebagai diagonal VCC, padahal akar kuadrat AVE VCC 0,749 "
            "adalah 0,865.",
            "Diagonal Fornell-Larcker adalah akar kuadrat AVE: √0,749 = 0,865, jadi 0,886 tidak "
            "mungkin benar untuk VCC (juga tidak cocok dengan angka lain yang dicetak).",
        ),
        Inconsistency(
            "table2",
            find("six personalization"),
            "The method counts 23 questions with six personalization items, but the results use "
            "five; a dropped item (for a low loading, perhaps) should be reported.",
            "Bagian metode menyebut enam butir personalisasi dan 23 pertanyaan; Tabel 2 dan 3 "
            "melaporkan lima butir personalisasi, 22 seluruhnya.",
            "Metode menghitung 23 pertanyaan dengan enam butir personalisasi, tetapi hasilnya "
            "memakai lima; butir yang dibuang (mungkin karena loading rendah) seharusnya "
            "dilaporkan.",
        ),
        Inconsistency(
            "table1",
            find("62-90"),
            "Answer bands must cover every value once: '62-90 min' after '30-60 min' leaves "
            "61 minutes nowhere; it is read here as 61-90.",
            "Rentang lama menonton '62-90 min' di Tabel 1 membuat 61 tidak masuk ke mana pun; "
            "dibaca sebagai 61-90.",
            "Rentang jawaban harus mencakup setiap nilai tepat sekali: '62-90 min' setelah "
            "'30-60 min' membuat 61 menit tidak tercakup; di sini dibaca sebagai 61-90.",
        ),
        Inconsistency(
            "table1",
            find("percentages"),
            "Platforms are printed as rounded percentages only; counts that round to them "
            "(63, 43, 43, 18, 58 of 225) are used here.",
            "Baris platform hanya memberi persentase; dari 225 responden hasil pembulatannya "
            "63, 43, 43, 18 dan 58.",
            "Platform hanya dicetak sebagai persentase yang dibulatkan; di sini dipakai jumlah "
            "yang dibulatkan ke angka itu (63, 43, 43, 18, 58 dari 225).",
        ),
    ]


def _row(table, statistic, subject, paper_value, ours, tol) -> tuple:
    diff = ours - paper_value
    return (table, statistic, subject, paper_value, ours, diff, bool(abs(diff) <= tol + 1e-12))


def _table1(paper: dict, profile: pd.DataFrame) -> pd.DataFrame:
    """Table 1, the respondent profile: counts per answer (exact)."""
    counts = {(q, a): c for q, a, c in profile.itertuples(index=False)}
    t1 = paper["table1_respondent_profile"]
    rows = []
    for question, key in (
        ("gender", "gender"),
        ("age", "age"),
        ("watch_length", "watch_length"),
        ("frequency", "frequency_per_month"),
    ):
        for answer, n in t1[key].items():
            rows.append(_row("table1", question, answer, n, counts.get((question, answer), 0), 0))
    total = sum(c for (q, _), c in counts.items() if q == "platform") or 1
    for answer, pct in t1["platform_percent"].items():
        share = round(100 * counts.get(("platform", answer), 0) / total)
        rows.append(_row("table1", "platform (%)", answer, pct, share, 0))
    return pd.DataFrame(rows, columns=COLUMNS)


def replicate(
    result: PLSResult, boot: BootstrapResult | None = None, profile: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """Tables 1-6 side by side: paper, ours, difference, within the calibration tolerance."""
    paper = load_paper()
    tol = TOLERANCE["default"]
    out: dict[str, pd.DataFrame] = {}

    if profile is not None:
        out["table1"] = _table1(paper, profile)

    loading = result.outer.set_index("indicator").loading
    rows = [
        _row("table2", "loading", item, values[0], float(loading[item]), tol)
        for item, values in paper["table2_loadings"].items()
        if not item.startswith("_")
    ]
    out["table2"] = pd.DataFrame(rows, columns=COLUMNS)

    rel = result.reliability.set_index("construct")
    rows = []
    for construct, values in paper["table3_reliability"].items():
        if construct.startswith("_"):
            continue
        for stat, column, value in zip(
            ("rho_C", "Cronbach's alpha", "AVE", "rho_A"),
            ("rho_c", "alpha", "ave", "rho_a"),
            values,
            strict=True,
        ):
            rows.append(_row("table3", stat, construct, value, float(rel[column][construct]), tol))
    out["table3"] = pd.DataFrame(rows, columns=COLUMNS)

    fl = paper["table4_fornell_larcker"]
    cors = result.construct_correlations.set_index(["construct_a", "construct_b"]).value
    ave = rel.ave
    rows = []
    for i, row in enumerate(fl["matrix"]):
        a = fl["order"][i]
        for j in range(i + 1):
            b = fl["order"][j]
            if i == j:
                rows.append(_row("table4", "√AVE", a, row[j], math.sqrt(float(ave[a])), tol))
            else:
                rows.append(
                    _row("table4", "correlation", f"{a} – {b}", row[j], float(cors[(a, b)]), tol)
                )
    out["table4"] = pd.DataFrame(rows, columns=COLUMNS)

    r2 = result.r_squared.set_index("construct")
    rows = []
    for construct, values in paper["table5_r_squared"].items():
        rows.append(_row("table5", "R²", construct, values["r2"], float(r2.r2[construct]), tol))
        rows.append(
            _row(
                "table5",
                "adjusted R²",
                construct,
                values["r2_adj"],
                float(r2.r2_adj[construct]),
                tol,
            )
        )
    out["table5"] = pd.DataFrame(rows, columns=COLUMNS)

    rows = []
    inference = boot.inference().set_index(["kind", "name"]) if boot is not None else None
    for path, (beta, sd, t, p) in (
        (k, v) for k, v in paper["table6_paths"].items() if not k.startswith("_")
    ):
        name = path.replace("->", " -> ")
        rows.append(
            _row("table6", "coefficient", name, beta, result.path(*name.split(" -> ")), tol)
        )
        if inference is not None:
            r = inference.loc[("path", name)]
            rows.append(
                _row("table6", "standard deviation", name, sd, float(r.se), TOLERANCE["table6_sd"])
            )
            rows.append(
                ("table6", "t statistic", name, t, float(r.t), float(r.t) - t, bool(r.p < ALPHA))
            )
            rows.append(
                ("table6", "p value", name, p, float(r.p), float(r.p) - p, bool(r.p < ALPHA))
            )
    out["table6"] = pd.DataFrame(rows, columns=COLUMNS)
    return out


# -- issue 18: replication follows the model in use --------------------------
def model_differences(spec, study=None) -> dict[str, list[str]]:
    """How ``spec`` differs from the study's model: paths and constructs added or
    removed, and constructs measured differently (items, mode, PLSc)."""
    from engine.study.model import STUDY_MODEL

    study = study or STUDY_MODEL
    mine = {c.name: c for c in spec.constructs}
    theirs = {c.name: c for c in study.constructs}
    return {
        "paths_added": [f"{a} -> {b}" for a, b in spec.paths if (a, b) not in study.paths],
        "paths_removed": [f"{a} -> {b}" for a, b in study.paths if (a, b) not in spec.paths],
        "constructs_added": [n for n in mine if n not in theirs],
        "constructs_removed": [n for n in theirs if n not in mine],
        "constructs_changed": [n for n in mine if n in theirs and mine[n] != theirs[n]],
    }


def is_study_model(spec, study=None) -> bool:
    return not any(model_differences(spec, study).values())


def comparable(result, profile: pd.DataFrame | None = None, study=None) -> dict[str, pd.DataFrame]:
    """What a different model can still be compared on with the paper's tables.

    The respondent profile (Table 1) does not depend on the model; Cronbach's alpha
    depends only on a construct's items, so it is comparable for every construct
    measured by exactly the study's items. Everything else (loadings, rho, AVE,
    correlations, R², paths) depends on the whole model through the weights, so a
    different model's values are not the paper's and are not compared.
    """
    paper = load_paper()
    out: dict[str, pd.DataFrame] = {}
    if profile is not None:
        out["table1"] = _table1(paper, profile)
    diff = model_differences(result.spec, study)
    changed = set(diff["constructs_changed"]) | set(diff["constructs_added"])
    rel = result.reliability.set_index("construct")
    rows = []
    for construct, values in paper["table3_reliability"].items():
        if construct.startswith("_") or construct in changed or construct not in rel.index:
            continue
        rows.append(
            _row(
                "table3",
                "Cronbach's alpha",
                construct,
                values[1],
                float(rel.alpha[construct]),
                TOLERANCE["default"],
            )
        )
    if rows:
        out["table3"] = pd.DataFrame(rows, columns=COLUMNS)
    return out
