"""Notes come back as data, with the numbers they cite, judged against the named thresholds."""

from __future__ import annotations

import re

import numpy as np
import pytest

from engine import STUDY_MODEL, Settings, estimate
from engine.base import thresholds as th

from .synth import simulate


@pytest.fixture(scope="module")
def flawed():
    rng = np.random.default_rng(21)
    data = simulate(STUDY_MODEL, 200, rng, likert=True)
    # an item barely related to its construct
    data["PSN01"] = np.clip(
        np.round(3 + 0.25 * (data["PSN02"] - 3) + rng.standard_normal(200)), 1, 5
    )
    data["INT04"] = 6 - data["INT04"]  # reverse-coded
    return data


def test_weak_and_reversed_items_are_named(flawed) -> None:
    result = estimate(flawed, STUDY_MODEL)
    notes = result.notes.set_index("subject")
    loading = result.outer.set_index("indicator").loading
    assert loading["INT04"] < 0
    assert notes.loc["INT04", "code"] == "LOADING_NEGATIVE"
    assert "reverse-coded" in notes.loc["INT04", "message"]
    assert notes.loc["INT04", "params"]["loading"] == loading["INT04"]
    assert notes.loc["PSN01", "code"] == "LOADING_VERY_LOW"
    assert f"{loading['PSN01']:.3f}" in notes.loc["PSN01", "message"]
    assert set(result.notes.severity) <= {"info", "warning", "critical"}


def test_clean_data_has_no_measurement_warnings() -> None:
    data = simulate(STUDY_MODEL, 400, np.random.default_rng(3), likert=False)
    result = estimate(data, STUDY_MODEL)
    assert set(result.notes.code) <= {"R2_LEVEL", "LOADING_LOW"}
    low = result.outer[result.outer.loading < th.LOADING_MIN].indicator
    assert set(result.notes[result.notes.code == "LOADING_LOW"].subject) == set(low)


def test_non_convergence_is_reported_not_hidden(flawed) -> None:
    result = estimate(flawed, STUDY_MODEL, Settings(max_iter=2))
    assert result.meta["converged"] is False and result.meta["iterations"] == 2
    assert "NOT_CONVERGED" in set(result.notes.code)
    assert result.notes.iloc[0].severity == "critical"


def test_small_sample_warning() -> None:
    """The inverse square root figure (two-tailed 5 %, 80 % power) for the smallest path that
    is not practically zero, the same figure the advice gives; not the ten-times rule."""
    from scipy.stats import norm

    data = simulate(STUDY_MODEL, 400, np.random.default_rng(4), likert=True).head(60)
    result = estimate(data, STUDY_MODEL)
    paths = result.paths.assign(size=result.paths.estimate.abs())
    smallest = paths[paths["size"] >= 0.1].sort_values("size").iloc[0]
    needed = int(np.ceil(((norm.ppf(0.975) + norm.ppf(0.8)) / smallest["size"]) ** 2))
    assert needed > 60
    row = result.notes[result.notes.code == "SMALL_SAMPLE"].iloc[0]
    path = f"{smallest.source} -> {smallest.target}"
    assert row.params == {"n_obs": 60, "needed": needed, "path": path, "beta": smallest["size"]}
    assert path in row.message and path in row.message_id and str(needed) in row.message_id
    assert "Barclay" not in row.message and "Hair et al. 2011" not in row.message


def test_every_note_is_also_worded_in_indonesian(flawed) -> None:
    result = estimate(flawed, STUDY_MODEL)
    notes = result.notes.set_index("subject")
    assert (result.notes.message_id.str.len() > 20).all()
    assert (result.notes.message_id != result.notes.message).all()
    loading = result.outer.set_index("indicator").loading
    # Indonesian prose uses the decimal comma (one rule for every number)
    comma = f"{loading['INT04']:.3f}".replace(".", ",")
    assert comma in notes.loc["INT04", "message_id"]
    assert f"{loading['INT04']:.3f}" in notes.loc["INT04", "message"]
    assert "berkode terbalik" in notes.loc["INT04", "message_id"]
    r2 = result.r_squared.set_index("construct").r2["CLE"]
    shown = f"{r2:.3f}".replace(".", ",")
    assert f"Model menjelaskan {r2:.0%} variasi CLE (R² {shown}" in notes.loc["CLE", "message_id"]
    assert "0,25 / 0,50 / 0,75" in notes.loc["CLE", "message_id"]
    for text in result.notes.message_id:  # no English decimal point in Indonesian prose
        assert not re.search(r"\d\.\d", text), text


def test_notes_render_again_from_code_and_params(flawed) -> None:
    """The sentence is data: code + subject + params give it back in either language."""
    from engine.core.notes import note_text

    for note in estimate(flawed, STUDY_MODEL).notes.itertuples(index=False):
        assert note_text(note.code, note.subject, note.params, "en") == note.message
        assert note_text(note.code, note.subject, note.params, "id") == note.message_id


def test_indicator_vif_is_judged_for_formative_blocks_only() -> None:
    """Hair et al. (2019): indicator collinearity matters in mode B; mode A shows it as rho_C."""
    rng = np.random.default_rng(5)
    data = simulate(STUDY_MODEL, 300, rng, likert=False)
    data["INT02"] = data["INT01"] + 0.3 * rng.standard_normal(300)  # strongly overlapping
    result = estimate(data, STUDY_MODEL)
    vif = result.vif_outer.set_index("indicator").vif
    assert th.VIF_CRITICAL <= vif["INT02"] < th.VIF_NEAR_COPY  # high, but no near-copy
    assert "VIF_OUTER_HIGH" not in set(result.notes.code)  # INT is mode A in the study model
    copy = data.assign(INT03=data["INT01"] + 1e-3 * rng.standard_normal(300))
    notes = estimate(copy, STUDY_MODEL).notes  # a near-copy is named even in mode A
    assert "INT03" in set(notes[notes.code == "VIF_OUTER_HIGH"].subject)
    formative = STUDY_MODEL.to_dict()
    for c in formative["constructs"]:
        if c["name"] == "INT":
            c["mode"] = "B"
    from engine import ModelSpec

    notes = estimate(data, ModelSpec.from_dict(formative)).notes
    assert {"INT01", "INT02"} <= set(notes[notes.code == "VIF_OUTER_HIGH"].subject)


def test_an_unreadable_rho_a_is_no_low_reliability() -> None:
    """Two questions that agree (alpha ~0.85), one of which is unrelated to the outcome: its
    mode-A weight is ~0 and rho_A = s12 (w1² + w2²)² / (w1 w2) (re-derived here from the
    weights) leaves 0-1 — an owner's survey read -214. That is a degenerate weight, named
    as such (info), not 'the questions agree less than usual' sending her to fix them."""
    import pandas as pd

    from engine import Construct, ModelSpec
    from engine.analytics.advice import advise
    from engine.core.bootstrap import bootstrap

    rng = np.random.default_rng(4)
    n = 300
    xi, e1, e2 = rng.normal(size=(3, n))
    x1, x2 = xi + 0.6 * e1, xi + 0.6 * e2
    eta = 0.5 * e1 + rng.normal(size=n)  # related to x1's own part only: cov(x2, eta) ~ 0
    data = pd.DataFrame({"x1": x1, "x2": x2})
    for k in range(3):
        data[f"y{k + 1}"] = eta + 0.5 * rng.normal(size=n)
    spec = ModelSpec(
        (Construct("X", ("x1", "x2")), Construct("Y", ("y1", "y2", "y3"))), (("X", "Y"),)
    )
    result = estimate(data, spec)
    w = result.outer.set_index("indicator").weight
    s12 = float(np.corrcoef(data.x1, data.x2)[0, 1])
    rho_a = s12 * (w.x1**2 + w.x2**2) ** 2 / (w.x1 * w.x2)
    reliability = result.reliability.set_index("construct")
    assert reliability.rho_a["X"] == pytest.approx(rho_a, rel=1e-9)
    assert not 0 <= rho_a <= 1 and reliability.alpha["X"] > 0.8  # they do agree
    notes = result.notes[result.notes.subject == "X"]
    assert "RELIABILITY_LOW" not in set(notes.code)
    unreadable = notes[notes.code == "RHO_A_UNREADABLE"]
    assert len(unreadable) == 1 and unreadable.severity.iloc[0] == "info"
    assert unreadable.params.iloc[0]["indicator"] == "x2"  # the question without weight
    assert "x2" in unreadable.message_id.iloc[0] and "α Cronbach" in unreadable.message_id.iloc[0]
    advice = advise(result, bootstrap(result, 200, seed=1))
    assert not ((advice.action == "fix measurement") & (advice.subject == "X")).any()
