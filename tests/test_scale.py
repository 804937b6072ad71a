"""One answer-scale rule for the intake, the IPMA, the what-if and the advice (issue 17)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, estimate
from engine.analytics.advice import advise
from engine.analytics.drivers import ipma
from engine.base.scale import detect_scale
from engine.core.bootstrap import bootstrap

from .conftest import ROOT

CLEAN = pd.read_csv(ROOT / "sample_data" / "livestream_survey.csv")


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([1, 2, 3, 4, 5] * 40, (1, 5)),
        ([1, 2, 3, 6, 7] * 40, (1, 7)),
        ([1, 4, 8, 10] * 50, (1, 10)),
        ([0, 4, 8, 10] * 50, (0, 10)),  # a quarter of the answers are 0: the scale starts at 0
        ([1, 2, 3, 4, 5] * 100 + [0], (1, 5)),  # one stray 0 in 501: flagged, not a 0-5 scale
        ([1, 2, 3, 4, 5] * 100 + [55], (1, 5)),  # one typing mistake does not make it 1-55
        ([12, 40, 75, 100] * 50, (12, 100)),  # above 10 points: the answers' own range
        ([], (1, 5)),
    ],
)
def test_the_standard_scale_holding_the_answers(answers, expected) -> None:
    values = np.array(answers, dtype=float)
    assert detect_scale(values) == expected
    halves = {"a": values[: len(values) // 2], "b": values[len(values) // 2 :]}
    assert detect_scale(halves) == expected  # the intake passes a column -> answers mapping
    assert detect_scale(np.append(values, np.nan)) == expected


def test_advice_uses_the_answer_scale_it_is_given() -> None:
    # A 1-7 survey whose answers happen to stay within 1-5: the Drivers page puts them
    # on 1-7 (the survey's scale), and so must the advice.
    result = estimate(CLEAN, STUDY_MODEL)
    boot = bootstrap(result, 300, seed=5)
    on5 = ipma(result, scale=(1, 5)).query("level == 'construct'").set_index(["target", "name"])
    advice = advise(result, boot, scale=(1, 7)).query("kind == 'driver'")
    assert (advice.priority >= 0).sum() >= 2  # supported drivers, ranked by priority
    for row in advice.itertuples():
        driver, target = row.subject.split(" -> ")
        imp, perf5 = on5.loc[(target, driver), ["importance", "performance"]]
        # a score s on 1-5 is (s-1)/4*100; on 1-7 it is (s-1)/6*100; the importance
        # (0-100 points per 0-100 point) does not change with the scale
        perf7 = perf5 * 4 / 6
        if row.priority >= 0:
            assert row.priority == pytest.approx(max(imp, 0) * (100 - perf7), rel=1e-9)
        assert "on the 1-7 scale" in row.finding_en and "(skala 1-7)" in row.finding_id
    default = advise(result).query("kind == 'driver'")
    assert default.finding_en.str.contains("on the 1-5 scale").all()


def test_on_a_7_point_survey_advice_and_drivers_agree_without_being_told_the_scale() -> None:
    # The bundled answers spread over 1-7 (1 2 3 4 5 -> 1 3 4 5 7): every caller that is
    # not given the scale (the intake, the IPMA, the what-if, the advice) detects 1-7 by
    # the one rule, so the advice ranks and words the drivers exactly as the map places them.
    spread = {1: 1, 2: 3, 3: 4, 4: 5, 5: 7}
    items = list(STUDY_MODEL.items)
    frame = CLEAN.assign(**{i: CLEAN[i].map(spread) for i in items})
    assert detect_scale({i: frame[i].to_numpy() for i in items}) == (1, 7)
    from engine.intake.survey import import_survey

    assert tuple(import_survey(frame, STUDY_MODEL).scale) == (1, 7)
    result = estimate(frame, STUDY_MODEL)
    boot = bootstrap(result, 300, seed=5)
    points = ipma(result, boot=boot).query("level == 'construct'").set_index(["target", "name"])
    advice = advise(result, boot).query("kind == 'driver'")
    assert (advice.priority >= 0).sum() >= 2  # supported drivers, ranked by priority
    for row in advice.itertuples():
        driver, target = row.subject.split(" -> ")
        imp, perf, action = points.loc[(target, driver), ["importance", "performance", "action"]]
        assert row.action == action
        if row.priority >= 0:
            # the priority re-derived from the map's own point on 1-7: importance x (100 - perf)
            on7 = frame[list(STUDY_MODEL.construct(driver).indicators)].to_numpy(dtype=float)
            assert 0 <= perf <= 100 and (on7.min(), on7.max()) == (1, 7)
            assert row.priority == pytest.approx(max(imp, 0) * (100 - perf), rel=1e-9)
        assert "on the 1-7 scale" in row.finding_en and "(skala 1-7)" in row.finding_id
