"""Expensive files within the size limits: bounded cells and a time budget per upload
(issue 14, finding 7)."""

from __future__ import annotations

import io
import time

import numpy as np
import pytest

from engine.base.errors import DataError
from engine.intake import io as engine_io
from engine.intake.io import MAX_CELLS, read_upload


def csv_bytes(rows: int, cols: int, seed: int = 0) -> bytes:
    block = np.random.default_rng(seed).integers(1, 6, size=(64, cols))  # rows repeat
    distinct = [",".join(map(str, r)) for r in block]
    lines = [",".join(f"Q{j}" for j in range(cols))]
    lines += [distinct[k % 64] for k in range(rows)]
    return "\n".join(lines).encode()


def xlsx_bytes(rows: int, cols: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([f"Q{j}" for j in range(cols)])
    for r in np.random.default_rng(0).integers(1, 6, size=(rows, cols)):
        ws.append([int(x) for x in r])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_issues_20_mb_csv_is_refused_quickly() -> None:
    raw = csv_bytes(10_325, 1_000)  # 19.7 MB: within the upload limit
    assert len(raw) < engine_io.MAX_BYTES
    start = time.perf_counter()
    with pytest.raises(DataError) as info:
        read_upload(raw, "wide.csv")
    assert time.perf_counter() - start < 5.0  # was 14 s and 845 MB
    assert f"more than {MAX_CELLS:,} cells" in info.value.message
    assert "sel" in info.value.text("id")[0]


def test_a_workbook_over_the_cell_limit_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(engine_io, "MAX_CELLS", 20_000)
    with pytest.raises(DataError, match="more than 20,000 cells") as info:
        read_upload(xlsx_bytes(60, 400), "wide.xlsx")
    assert info.value.text("id")[0].startswith("Workbook ini")


def test_each_upload_has_a_time_budget(monkeypatch) -> None:
    monkeypatch.setattr(engine_io, "READ_SECONDS", 0.0)
    for raw, name in ((csv_bytes(2_000, 40), "slow.csv"), (xlsx_bytes(200, 40), "slow.xlsx")):
        with pytest.raises(DataError, match="took longer than 0 seconds") as info:
            read_upload(raw, name)
        assert "detik" in info.value.text("id")[0]


def test_the_largest_ordinary_survey_still_reads() -> None:
    raw = csv_bytes(50_000, 40, seed=1)  # the row limit, 2,000,000 cells
    start = time.perf_counter()
    table = read_upload(raw, "big.csv")
    assert table.frame.shape == (50_000, 40)
    assert time.perf_counter() - start < engine_io.READ_SECONDS
