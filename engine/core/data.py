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

from dataclasses import dataclass

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
    if not isinstance(data, pd.DataFrame):
        raise DataError.coded("data_not_table")
    columns = [str(c).strip() for c in data.columns]
    wanted = spec.items
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
    labels = data.index

    values = np.empty(frame.shape, dtype=np.float64)
    for j, item in enumerate(wanted):
        col = frame.iloc[:, j]
        if pd.api.types.is_bool_dtype(col):
            raise DataError.coded("data_boolean_item", item=item)
        if pd.api.types.is_numeric_dtype(col):
            numeric = col.astype("float64")
        else:
            as_text = col.astype("string").str.strip()
            blank = as_text.isna() | (as_text == "")
            numeric = pd.to_numeric(as_text.where(~blank), errors="coerce").astype("float64")
            bad = (~blank & numeric.isna()).to_numpy()
            if bad.any():
                where = np.flatnonzero(bad)
                raise DataError.coded(
                    "data_text_item",
                    item=item,
                    examples=[repr(str(v)) for v in pd.unique(as_text[bad])[:3]],
                    rows=_row_names(labels, where),
                )
        values[:, j] = numeric.to_numpy(dtype=np.float64, na_value=np.nan)

    infinite = np.isinf(values)
    if infinite.any():
        j = int(np.flatnonzero(infinite.any(axis=0))[0])
        rows = np.flatnonzero(infinite[:, j])
        raise DataError.coded("data_infinite", item=wanted[j], rows=_row_names(labels, rows))
    if settings.missing_code is not None:
        values[values == settings.missing_code] = np.nan

    n_input = values.shape[0]
    raw = values
    missing = np.isnan(values)
    n_replaced = 0
    replaced_by_item: dict[str, int] = {}
    if settings.missing == "listwise":
        keep = ~missing.any(axis=1)
        values = values[keep]
        raw = values
        kept_labels = tuple(labels[keep])
    else:
        # mean replacement: rows with no answered item at all carry no information
        keep = ~missing.all(axis=1)
        raw = values[keep]
        values = raw.copy()
        kept_labels = tuple(labels[keep])
        counts = np.isnan(values).sum(axis=0)
        all_missing = [wanted[j] for j in np.flatnonzero(counts == values.shape[0])]
        if all_missing and values.shape[0]:
            raise DataError.coded("data_never_answered", items=all_missing)
        with np.errstate(invalid="ignore"):
            means = np.nanmean(values, axis=0) if values.shape[0] else np.zeros(len(wanted))
        holes = np.isnan(values)
        values[holes] = np.take(means, np.nonzero(holes)[1])
        n_replaced = int(holes.sum())
        replaced_by_item = {wanted[j]: int(counts[j]) for j in np.flatnonzero(counts)}

    n_obs = values.shape[0]
    need = min_rows(spec)
    if n_obs < need:
        dropped = n_input - n_obs
        detail = text.message("part.rows_had_gaps", dropped=dropped, n_input=n_input)
        raise DataError.coded(
            "data_too_few_rows", n_obs=n_obs, need=need, detail=detail if dropped else ""
        )
    sd = values.std(axis=0, ddof=1)
    spread = values.max(axis=0) - values.min(axis=0)
    constant = np.flatnonzero((spread == 0) | ~(sd > 0))
    if constant.size:
        names = [wanted[j] for j in constant]
        value = values[0, constant[0]]
        others = text.message("part.so_do", others=names[1:]) if len(names) > 1 else ""
        raise DataError.coded("data_constant_item", item=names[0], value=value, detail=others)
    return PreparedData(
        items=tuple(wanted),
        values=_readonly(values),
        raw=_readonly(raw),
        row_labels=kept_labels,
        n_input=n_input,
        n_dropped=int(n_input - n_obs),
        n_replaced=n_replaced,
        replaced_by_item=replaced_by_item,
    )
