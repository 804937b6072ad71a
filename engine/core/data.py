"""From a survey table to the numeric item matrix the estimation needs.

``prepare`` selects the model's item columns, checks them (present, numeric,
finite, not constant, enough rows), applies the missing-value code and the
missing-data policy, and returns an immutable :class:`PreparedData`. The input
frame is never modified. Every problem raises a :class:`~engine.base.errors.DataError`
that names the columns and rows involved and says what to fix.

Missing-data policies (``Settings.missing``):

- ``"listwise"`` (default, the study's rule "valid if every question is
  answered"): a row with any missing item of the model is dropped.
- ``"mean"``: each missing cell is replaced by its item's mean over the answered
  cells (seminr's ``mean_replacement``). In a bootstrap the means are those of
  the resample.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from engine.base import text
from engine.base.errors import DataError
from engine.base.settings import Settings
from engine.core.spec import ModelSpec


@dataclass(frozen=True)
class PreparedData:
    """The model's items as numbers, after the missing-data policy.

    ``values`` (rows used x items) is what the estimation uses; ``raw`` keeps the
    rows before missing cells were filled (equal to ``values`` under listwise
    deletion), for the bootstrap to redo mean replacement inside each resample.
    """

    items: tuple[str, ...]
    values: np.ndarray
    raw: np.ndarray
    row_labels: tuple
    n_input: int
    n_dropped: int
    n_replaced: int
    replaced_by_item: dict

    @property
    def n_obs(self) -> int:
        return int(self.values.shape[0])


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, dtype=np.float64, copy=True)
    a.setflags(write=False)
    return a


def _row_names(labels: pd.Index, positions: np.ndarray, limit: int = 5):
    """The first rows' labels and "and N more", in whichever language the message is shown."""
    return text.shortlist((labels[i] for i in positions), limit)


def min_rows(spec: ModelSpec) -> int:
    """Fewest complete rows the model can be estimated on.

    Each regression needs more rows than predictors plus one, and a mode-B block
    needs more rows than items so that its correlation matrix can be inverted.
    """
    need = 3
    for name in spec.names:
        need = max(need, len(spec.antecedents(name)) + 2)
        c = spec.construct(name)
        if c.mode == "B":
            need = max(need, len(c.indicators) + 1)
    return need


def prepare(data: pd.DataFrame, spec: ModelSpec, settings: Settings | None = None) -> PreparedData:
    """Check and clean the model's item columns of ``data``; see the module docstring."""
    settings = settings or Settings()
    frame = _select_columns(data, spec.items)
    values = _to_numbers(frame, data.index)
    if settings.missing_code is not None:
        values[values == settings.missing_code] = np.nan
    n_input = values.shape[0]
    kept = _apply_missing_policy(values, data.index, spec.items, settings.missing)
    _check_enough_rows(kept.values.shape[0], n_input, min_rows(spec))
    _check_not_constant(kept.values, spec.items)
    return PreparedData(
        items=tuple(spec.items),
        values=_readonly(kept.values),
        raw=_readonly(kept.raw),
        row_labels=kept.row_labels,
        n_input=n_input,
        n_dropped=int(n_input - kept.values.shape[0]),
        n_replaced=kept.n_replaced,
        replaced_by_item=kept.replaced_by_item,
    )


def _select_columns(data: pd.DataFrame, wanted: tuple[str, ...]) -> pd.DataFrame:
    """The model's item columns (headers stripped), each once, in the model's order."""
    if not isinstance(data, pd.DataFrame):
        raise DataError.coded("data_not_table")
    columns = [str(c).strip() for c in data.columns]
    dupes = sorted({c for c in columns if columns.count(c) > 1 and c in wanted})
    if dupes:
        raise DataError.coded("data_duplicate_columns", columns=dupes)
    missing_cols = [i for i in wanted if i not in columns]
    if missing_cols:
        raise DataError.coded(
            "data_missing_columns",
            n_missing=len(missing_cols),
            n_items=len(wanted),
            missing=missing_cols,
        )
    position = {c: k for k, c in enumerate(columns)}
    frame = data.iloc[:, [position[i] for i in wanted]]
    frame.columns = list(wanted)
    return frame


def _column_numbers(col: pd.Series, item: str, labels: pd.Index) -> pd.Series:
    """One item column as floats (blanks missing); text that is no number is refused."""
    if pd.api.types.is_bool_dtype(col):
        raise DataError.coded("data_boolean_item", item=item)
    if pd.api.types.is_numeric_dtype(col):
        return col.astype("float64")
    as_text = col.astype("string").str.strip()
    blank = as_text.isna() | (as_text == "")
    numeric = pd.to_numeric(as_text.where(~blank), errors="coerce").astype("float64")
    bad = (~blank & numeric.isna()).to_numpy()
    if bad.any():
        raise DataError.coded(
            "data_text_item",
            item=item,
            examples=[repr(str(v)) for v in pd.unique(as_text[bad])[:3]],
            rows=_row_names(labels, np.flatnonzero(bad)),
        )
    return numeric


def _to_numbers(frame: pd.DataFrame, labels: pd.Index) -> np.ndarray:
    """The item columns as a float matrix (NaN for a missing answer); no infinities."""
    values = np.empty(frame.shape, dtype=np.float64)
    for j, item in enumerate(frame.columns):
        numeric = _column_numbers(frame.iloc[:, j], item, labels)
        values[:, j] = numeric.to_numpy(dtype=np.float64, na_value=np.nan)
    infinite = np.isinf(values)
    if infinite.any():
        j = int(np.flatnonzero(infinite.any(axis=0))[0])
        rows = np.flatnonzero(infinite[:, j])
        item = frame.columns[j]
        raise DataError.coded("data_infinite", item=item, rows=_row_names(labels, rows))
    return values


@dataclass(frozen=True)
class _Kept:
    """The rows the missing-data policy keeps: values used, raw values, their labels."""

    values: np.ndarray
    raw: np.ndarray
    row_labels: tuple
    n_replaced: int = 0
    replaced_by_item: dict = field(default_factory=dict)


def _apply_missing_policy(
    values: np.ndarray, labels: pd.Index, wanted: tuple[str, ...], policy: str
) -> _Kept:
    """Listwise: drop rows with a gap. Mean: drop rows with no answer, fill the gaps."""
    missing = np.isnan(values)
    if policy == "listwise":
        keep = ~missing.any(axis=1)
        return _Kept(values[keep], values[keep], tuple(labels[keep]))
    # mean replacement: rows with no answered item at all carry no information
    keep = ~missing.all(axis=1)
    raw = values[keep]
    filled = raw.copy()
    counts = np.isnan(filled).sum(axis=0)
    all_missing = [wanted[j] for j in np.flatnonzero(counts == filled.shape[0])]
    if all_missing and filled.shape[0]:
        raise DataError.coded("data_never_answered", items=all_missing)
    with np.errstate(invalid="ignore"):
        means = np.nanmean(filled, axis=0) if filled.shape[0] else np.zeros(len(wanted))
    holes = np.isnan(filled)
    filled[holes] = np.take(means, np.nonzero(holes)[1])
    return _Kept(
        filled,
        raw,
        tuple(labels[keep]),
        n_replaced=int(holes.sum()),
        replaced_by_item={wanted[j]: int(counts[j]) for j in np.flatnonzero(counts)},
    )


def _check_enough_rows(n_obs: int, n_input: int, need: int) -> None:
    if n_obs < need:
        dropped = n_input - n_obs
        detail = text.message("part.rows_had_gaps", dropped=dropped, n_input=n_input)
        raise DataError.coded(
            "data_too_few_rows", n_obs=n_obs, need=need, detail=detail if dropped else ""
        )


def _check_not_constant(values: np.ndarray, wanted: tuple[str, ...]) -> None:
    """Every item varies: a constant one has no correlation with anything."""
    sd = values.std(axis=0, ddof=1)
    spread = values.max(axis=0) - values.min(axis=0)
    constant = np.flatnonzero((spread == 0) | ~(sd > 0))
    if constant.size:
        names = [wanted[j] for j in constant]
        value = values[0, constant[0]]
        others = text.message("part.so_do", others=names[1:]) if len(names) > 1 else ""
        raise DataError.coded("data_constant_item", item=names[0], value=value, detail=others)
