"""Data checks: each kind of bad data gets its own plain message; policies are counted."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from engine import STUDY_MODEL, DataError, Settings, estimate, prepare
from engine.core.data import min_rows

from .synth import simulate


@pytest.fixture
def survey() -> pd.DataFrame:
    return simulate(STUDY_MODEL, 150, np.random.default_rng(7), likert=True)


def error_of(data, settings=None) -> DataError:
    with pytest.raises(DataError) as info:
        estimate(data, STUDY_MODEL, settings)
    assert info.value.hint, "every data error says what to do"
    return info.value


def test_missing_columns_are_named(survey) -> None:
    err = error_of(survey.drop(columns=["PSN03", "VCC05"]))
    assert "2 of the model's 22 items: PSN03, VCC05" in err.message


def test_text_where_numbers_belong(survey) -> None:
    data = survey.astype({"INF02": object})
    data.loc[4, "INF02"] = "agree"
    err = error_of(data)
    assert "INF02 has text where numbers belong ('agree')" in err.message
    assert "row(s) 4" in err.message


def test_numbers_stored_as_text_are_accepted(survey) -> None:
    data = survey.astype({"INF02": str})
    data.loc[3, "INF02"] = " "
    result = estimate(data, STUDY_MODEL)
    assert result.meta["n_dropped"] == 1


def test_constant_item(survey) -> None:
    data = survey.assign(CLE02=4)
    err = error_of(data)
    assert "CLE02 has the same answer (4) from every respondent" in err.message


def test_too_few_complete_rows(survey) -> None:
    data = survey.head(6).copy()
    data.loc[[0, 1, 2, 3], "INT01"] = np.nan
    err = error_of(data)
    left = "Only 2 complete response(s) are left (4 of 6 rows had unanswered questions)"
    assert left in err.message
    assert min_rows(STUDY_MODEL) == 5


def test_infinite_value(survey) -> None:
    data = survey.copy()
    data.loc[2, "VCC01"] = np.inf
    assert "VCC01 holds an infinite value in row(s) 2" in error_of(data).message


def test_duplicate_item_columns(survey) -> None:
    data = pd.concat([survey, survey[["INT01"]]], axis=1)
    assert "more than one column named INT01" in error_of(data).message


def test_true_false_column(survey) -> None:
    data = survey.assign(INT02=survey.INT02 > 3)
    assert "true/false" in error_of(data).message


def test_not_a_table() -> None:
    with pytest.raises(DataError):
        prepare([[1, 2]], STUDY_MODEL)  # type: ignore[arg-type]


def test_item_nobody_answered_under_mean_replacement(survey) -> None:
    data = survey.assign(PSN01=np.nan)
    assert "No respondent answered PSN01" in error_of(data, Settings(missing="mean")).message


def test_listwise_and_mean_replacement_are_counted(survey) -> None:
    data = survey.copy()
    data.loc[[1, 5], "INT01"] = -99
    data.loc[5, "VCC02"] = -99
    data.loc[9, "PSN04"] = np.nan
    listwise = estimate(data, STUDY_MODEL, Settings(missing_code=-99))
    assert (listwise.meta["n_obs"], listwise.meta["n_dropped"]) == (147, 3)
    assert listwise.meta["n_replaced"] == 0
    assert 1 not in listwise.scores.index and 0 in listwise.scores.index
    mean = estimate(data, STUDY_MODEL, Settings(missing="mean", missing_code=-99))
    assert (mean.meta["n_obs"], mean.meta["n_dropped"], mean.meta["n_replaced"]) == (150, 0, 4)
    assert mean.data.replaced_by_item == {"INT01": 2, "PSN04": 1, "VCC02": 1}
    # the replaced cell holds the item's mean over the answered cells
    answered = data.loc[~data.INT01.isin([-99]), "INT01"].mean()
    col = mean.data.items.index("INT01")
    assert mean.data.values[1, col] == pytest.approx(answered)
    # without the code, -99 is an answer (and a wild one): the results differ
    raw = estimate(data.fillna(3), STUDY_MODEL)
    assert raw.meta["n_obs"] == 150
    assert abs(raw.path("INT", "CLE") - listwise.path("INT", "CLE")) > 1e-3


def test_other_columns_are_ignored(survey) -> None:
    data = survey.assign(gender=["Male", "Female"] * 75, notes="free text")
    assert estimate(data, STUDY_MODEL).meta["n_obs"] == 150
