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

from engine.base.text import say
from engine.base.thresholds import ALPHA

if TYPE_CHECKING:
    from engine.core.bootstrap import BootstrapResult
    from engine.core.estimate import PLSResult
    from engine.core.spec import ModelSpec


PAPER_PATH = Path(__file__).resolve().parents[2] / "sample_data" / "paper_tables.json"

#: Tolerances the sample was calibrated to (issue 4): Table 1 exact.
TOLERANCE = {"table1": 0.0, "table6_sd": 0.015, "default": 0.02}

COLUMNS = ["table", "statistic", "subject", "paper", "ours", "difference", "within"]


def load_paper() -> dict:
    return json.loads(PAPER_PATH.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Inconsistency:
    """One of the paper's own inconsistencies, in the table where it occurs.

    Its words are the catalog's ``rep_what.<code>`` (the paper's statement) and
    ``rep_why.<code>`` (why it is one, for students), in either language.
    """

    table: str
    code: str

    def text(self, lang: str = "en") -> str:
        """The statement and its explanation as one paragraph in ``lang``."""
        what = say(f"rep_what.{self.code}", lang)
        return f"{what} {say(f'rep_why.{self.code}', lang)}"

    @property
    def what(self) -> str:
        return say(f"rep_what.{self.code}", "en")

    @property
    def explanation(self) -> str:
        return say(f"rep_why.{self.code}", "en")


#: (table, code) of each known inconsistency, in the order the page shows them.
_INCONSISTENCIES = (
    ("table5", "adjusted_r2"),
    ("table4", "vcc_diagonal"),
    ("table2", "personalization_items"),
    ("table1", "watch_band"),
    ("table1", "platform_counts"),
)


def inconsistencies(paper: dict | None = None) -> list[Inconsistency]:
    """The paper's known inconsistencies, with why each is one (for students).

    ``paper`` is accepted for the callers that pass the loaded tables; the wording
    lives in the catalog.
    """
    return [Inconsistency(table, code) for table, code in _INCONSISTENCIES]


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
    out: dict[str, pd.DataFrame] = {}
    if profile is not None:
        out["table1"] = _table1(paper, profile)
    out["table2"] = _table2(paper, result)
    out["table3"] = _table3(paper, result)
    out["table4"] = _table4(paper, result)
    out["table5"] = _table5(paper, result)
    out["table6"] = _table6(paper, result, boot)
    return out


def _table2(paper: dict, result: PLSResult) -> pd.DataFrame:
    """Table 2, the loadings."""
    tol = TOLERANCE["default"]
    loading = result.outer.set_index("indicator").loading
    rows = [
        _row("table2", "loading", item, values[0], float(loading[item]), tol)
        for item, values in paper["table2_loadings"].items()
        if not item.startswith("_")
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def _table3(paper: dict, result: PLSResult) -> pd.DataFrame:
    """Table 3, reliability: rho_C, alpha, AVE and rho_A per construct."""
    tol = TOLERANCE["default"]
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
    return pd.DataFrame(rows, columns=COLUMNS)


def _table4(paper: dict, result: PLSResult) -> pd.DataFrame:
    """Table 4, Fornell-Larcker: √AVE on the diagonal, correlations below it."""
    tol = TOLERANCE["default"]
    fl = paper["table4_fornell_larcker"]
    cors = result.construct_correlations.set_index(["construct_a", "construct_b"]).value
    ave = result.reliability.set_index("construct").ave
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
    return pd.DataFrame(rows, columns=COLUMNS)


def _table5(paper: dict, result: PLSResult) -> pd.DataFrame:
    """Table 5, R² and adjusted R²."""
    tol = TOLERANCE["default"]
    r2 = result.r_squared.set_index("construct")
    rows = []
    for construct, values in paper["table5_r_squared"].items():
        rows.append(_row("table5", "R²", construct, values["r2"], float(r2.r2[construct]), tol))
        adjusted = float(r2.r2_adj[construct])
        rows.append(_row("table5", "adjusted R²", construct, values["r2_adj"], adjusted, tol))
    return pd.DataFrame(rows, columns=COLUMNS)


def _table6(paper: dict, result: PLSResult, boot: BootstrapResult | None) -> pd.DataFrame:
    """Table 6, the paths: coefficients, and with a bootstrap their SD, t and p."""
    tol = TOLERANCE["default"]
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
    return pd.DataFrame(rows, columns=COLUMNS)


# -- issue 18: replication follows the model in use --------------------------
def model_differences(spec: ModelSpec, study: ModelSpec | None = None) -> dict[str, list[str]]:
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


def is_study_model(spec: ModelSpec, study: ModelSpec | None = None) -> bool:
    return not any(model_differences(spec, study).values())


def comparable(
    result: PLSResult, profile: pd.DataFrame | None = None, study: ModelSpec | None = None
) -> dict[str, pd.DataFrame]:
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
