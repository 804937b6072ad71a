"""Reading survey files: xlsx and csv/txt as questionnaire tools and Excel save them.

``read_upload(data, name)`` reads bytes as they arrive from an upload (or a
path) into a :class:`Table` and says what it did (``messages``, worded by the
catalog; ``notes`` in English). It accepts:

- .xlsx/.xlsm (openpyxl, read-only, formulas as their saved values; with
  ``defusedxml`` installed, entity-expansion attacks are refused); several
  sheets: the one that looks most like survey answers, or the one asked for;
- .csv/.txt/.tsv in comma, semicolon, tab or pipe dialects; UTF-8 with or
  without BOM, UTF-16 (Excel's "Unicode text") and cp1252; decimal commas;
- title rows above the header row, which are skipped.

Limits are checked before parsing (size, an xlsx's unpacked size and packing
ratio, rows, columns, line length) and each refusal names the limit. Every
failure is a :class:`~engine.base.errors.DataError` in plain words. ``.xls`` (the
pre-2007 format) is refused with the way out: save as .xlsx.
"""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from engine.base.errors import DataError
from engine.base.text import message, render
from engine.intake.survey import item_code, item_keys
from engine.study.model import STUDY_MODEL

MAX_BYTES = 20 * 1024 * 1024  # keep in step with server.maxUploadSize in .streamlit/config.toml
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_ROWS = 50_000
MAX_COLUMNS = 1_000
MAX_LINE = 1024 * 1024
MAX_CELL = 32_767  # Excel's own limit for one cell
# -- issue 14: the cost of one upload is bounded, not only its size ----------------
#: Most cells in one table (50,000 responses x 50 columns, or 2,500 x 1,000).
MAX_CELLS = 2_500_000
#: Longest one upload may take to read, in seconds (then a plain message).
READ_SECONDS = 60.0
HEADER_SEARCH = 20

SPREADSHEET = (".xlsx", ".xlsm")
TEXT = (".csv", ".txt", ".tsv", "")
#: What the app's upload widget offers (it refuses other types and files over MAX_BYTES
#: itself, before the app sees them).
UPLOAD_SUFFIXES = (*SPREADSHEET, *(s for s in TEXT if s))


@dataclass(frozen=True)
class Table:
    """A table as read: cells (header taken from the detected header row) and what was done."""

    frame: pd.DataFrame = field(repr=False)
    name: str
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    header_row: int = 1  # spreadsheet row of the header (1 = first line)
    #: what was done, as catalog messages (``text.render(m, lang)``)
    messages: tuple[dict, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        """What was done, in English (the command line's words)."""
        return tuple(render(m, "en") for m in self.messages)


def _mb(n: int) -> float:
    """Bytes in MB (the catalog prints them whole)."""
    return n / 2**20


#: Where a limit was met, the start of the sentence that says so.
FILE = message("io.where.file")
WORKBOOK = message("io.where.workbook")


def sheet_where(title: str) -> dict:
    return message("io.where.sheet", sheet=title)


def _check_size(raw: bytes) -> None:
    if len(raw) > MAX_BYTES:
        raise DataError.coded("io_too_big", size=_mb(len(raw)), limit=_mb(MAX_BYTES))
    if not raw.strip():
        raise DataError.coded("io_empty")


# -- text files --------------------------------------------------------------------
def decode(raw: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "UTF-8 (with BOM)"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    head = raw[:4000]
    if head and head.count(b"\x00") > len(head) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(enc)
                if "\x00" not in text[:1000]:
                    return text, "UTF-16"
            except UnicodeDecodeError:
                continue
        raise DataError.coded("io_binary")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(5, len(text) // 100):
        raise DataError.coded("io_encoding")
    return text, "Windows (cp1252)"


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def _sniff(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _check_shape(row_number: int, width: int, where: dict) -> None:
    """Refuse a table past the row or column limit while it is being read (``where``:
    :data:`FILE` or :func:`sheet_where`)."""
    if row_number > MAX_ROWS + HEADER_SEARCH:
        raise DataError.coded("io_rows", where=where, most=MAX_ROWS)
    if width > MAX_COLUMNS:
        raise DataError.coded("io_columns", where=where, n=width, most=MAX_COLUMNS)


class _Budget:
    """Cells read so far and the time left for this upload (issue 14, finding 7)."""

    def __init__(self, where: dict = FILE) -> None:
        self.cells = 0
        self.deadline = time.monotonic() + READ_SECONDS
        self.where = where

    def row(self, width: int, where: dict | None = None) -> None:
        self.cells += width
        if self.cells > MAX_CELLS:
            raise DataError.coded("io_cells", where=where or self.where, most=MAX_CELLS)
        if self.cells % 4096 < width or width > 4096:  # the clock, now and then
            self.check()

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise DataError.coded("io_slow", seconds=READ_SECONDS)


def _grid_from_text(
    text: str, budget: _Budget | None = None
) -> tuple[list[list[object]], list[dict]]:
    notes = []
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE:
        raise DataError.coded("io_line", n=longest, most=MAX_LINE)
    text = text.replace("\r\n", "\n")
    # classic Mac line ends; elsewhere a stray carriage return inside a cell becomes a space
    text = text.replace("\r", "\n") if "\n" not in text else text.replace("\r", " ")
    sep = _sniff(text)
    names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
    notes.append(message(f"io.note.{names[sep]}"))
    if "\x00" in text:
        raise DataError.coded("io_nul")
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    grid: list[list[str]] = []
    try:
        budget = budget or _Budget()
        for k, row in enumerate(reader):
            _check_shape(k, len(row), FILE)
            budget.row(len(row))
            grid.append(row)
    except csv.Error as exc:
        raise DataError.coded("io_csv", detail=str(exc)) from None
    decimal_comma = sep != "," and any(
        isinstance(v, str) and re.fullmatch(r"[+-]?\d+,\d+", v.strip())
        for row in grid[:200]
        for v in row
    )
    if decimal_comma:
        notes.append(message("io.note.decimal_commas"))
    out = []
    for row in grid:
        cells: list[object] = []
        for v in row:
            s = v.strip()
            if s == "":
                cells.append(None)
            elif _NUMBER.match(s) and (decimal_comma or "," not in s):
                cells.append(float(s.replace(",", ".")))
            else:
                cells.append(v.strip())
        out.append(cells)
    return out, notes


# -- spreadsheets --------------------------------------------------------------------
def _check_zip(raw: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise DataError.coded("io_zip_bad") from None
    infos = archive.infolist()
    if len(infos) > 10_000:
        raise DataError.coded("io_zip_parts")
    unpacked = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if unpacked > MAX_UNZIPPED or (unpacked > 10 * 2**20 and unpacked / packed > MAX_RATIO):
        raise DataError.coded(
            "io_zip_bomb",
            unpacked=_mb(unpacked),
            packed=_mb(len(raw)),
            limit=_mb(MAX_UNZIPPED),
            ratio=MAX_RATIO,
        )
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise DataError.coded("io_zip_not_xlsx")


#: Control characters (C0, DEL, C1 except tab): never part of a question's text; a
#: header carrying them would show garbled or move the cursor in a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _cell(value: object) -> object:
    if isinstance(value, str):
        if len(value) > MAX_CELL:
            raise DataError.coded("io_cell", n=len(value), most=MAX_CELL)
        value = value.strip()
        return value or None
    return value


def _caused_by_defusedxml(exc: BaseException | None) -> bool:
    """True when defusedxml refused the XML (openpyxl wraps its error in a ValueError)."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _sheet_grids(raw: bytes, budget: _Budget | None = None) -> dict[str, list[list[object]]]:
    from openpyxl import load_workbook

    _check_zip(raw)
    try:
        wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken or hostile workbooks
        if _caused_by_defusedxml(exc):
            raise DataError.coded("io_xlsx_hostile") from None
        raise DataError.coded("io_xlsx_open") from None
    grids: dict[str, list[list[object]]] = {}
    budget = budget or _Budget()
    try:
        for ws in wb.worksheets:
            grid = []
            for k, row in enumerate(ws.iter_rows(values_only=True)):
                _check_shape(k, len(row), sheet_where(ws.title))
                budget.row(len(row), WORKBOOK)
                grid.append([_cell(v) for v in row])
            grids[ws.title] = grid
    except DataError:
        raise
    except Exception:
        raise DataError.coded("io_xlsx_read") from None
    finally:
        wb.close()
    return grids


# -- from a grid to a table -----------------------------------------------------------
def _header_score(row: list[object], scorer: Callable[[str], bool]) -> int:
    return sum(1 for v in row if isinstance(v, str) and scorer(v))


def _looks_like_header(value: str) -> bool:
    """A header cell naming one of the study's items ('INT01', 'Interactivity 1')."""
    return item_code(value, item_keys(STUDY_MODEL)) is not None


def _trim(grid: list[list[object]]) -> list[list[object]]:
    """The grid without its trailing empty rows."""
    rows = list(grid)
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    return rows


def _header_by_filling(rows: list[list[object]]) -> int:
    """No recognisable header: the first row nearly as full as the fullest (a header may
    leave a cell blank over a name or number column and must still win over the first
    answer row); two header rows count as one."""
    filled = [sum(v is not None for v in r) for r in rows[:HEADER_SEARCH]]
    for k in range(min(HEADER_SEARCH, len(rows) - 1)):
        if _second_header_row(rows[k], rows[k + 1], rows[k + 2 :]):
            top, below = rows[k], rows[k + 1]
            filled[k] = sum(
                (j < len(top) and top[j] is not None) or below[j] is not None
                for j in range(len(below))
            )
    most = max(filled)
    near = [k for k, n in enumerate(filled) if n >= 2 and n >= most - max(1, 0.2 * most)]
    return near[0] if near else int(np.argmax(filled))


def _width(rows: list[list[object]], best: int) -> int:
    """Columns up to the last one with a cell filled from the header down."""
    width = max(len(r) for r in rows)
    while width and all((len(r) < width or r[width - 1] is None) for r in rows[best:]):
        width -= 1
    return width


def _column_names(header: list, width: int) -> list[str]:
    """One distinct, printable name per column ('column 3' for a blank, 'Q (2)' for a repeat)."""
    names = []
    seen: dict[str, int] = {}
    for j in range(width):
        v = header[j] if j < len(header) else None
        name = _CONTROL.sub("", str(v)).strip() if v is not None else ""
        name = name or f"column {j + 1}"
        if isinstance(v, float) and v.is_integer():
            name = str(int(v))
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def _numbers_as_numbers(frame: pd.DataFrame) -> None:
    """Columns holding only numbers become numeric columns (in place)."""
    for col in frame.columns:
        values = frame[col]
        present = values.dropna()
        if len(present) and all(
            isinstance(v, int | float | np.integer | np.floating) and not isinstance(v, bool)
            for v in present
        ):
            frame[col] = pd.to_numeric(values)


def _frame_from_grid(
    grid: list[list[object]], scorer: Callable[[str], bool] | None = None
) -> tuple[pd.DataFrame, int, int]:
    """(frame, header row (1-based), matched header cells) with title rows skipped."""
    rows = _trim(grid)
    if not rows:
        return pd.DataFrame(), 1, 0
    scorer = scorer or _looks_like_header
    scores = [_header_score(r, scorer) for r in rows[:HEADER_SEARCH]]
    recognised = bool(scores) and max(scores) >= 3
    best = int(np.argmax(scores)) if recognised else _header_by_filling(rows)
    header = rows[best]
    width = _width(rows, best)
    two_rows = best + 1 < len(rows) and _second_header_row(header, rows[best + 1], rows[best + 2 :])
    if two_rows:
        header = _merge_header_rows(header, rows[best + 1], width)
        best += 1
    body = [list(r[:width]) + [None] * (width - len(r)) for r in rows[best + 1 :]]
    frame = pd.DataFrame(body, columns=_column_names(header, width), dtype=object)
    _numbers_as_numbers(frame)
    frame.attrs["two_header_rows"] = two_rows
    return frame, best + 1, scores[best - two_rows] if scores else 0


#: What SurveyMonkey writes in its second header row under a question with one answer.
_RESPONSE_MARKERS = ("response", "open-ended response", "jawaban", "tanggapan", "respons")


def _second_header_row(header: list, below: list, rest: list[list]) -> bool:
    """True when the row under the header continues it (SurveyMonkey's two header rows:
    the question on top, blank over a grid's later rows, its statements underneath)."""
    text = [j for j, v in enumerate(below) if isinstance(v, str)]
    if not text or any(isinstance(v, int | float) and not isinstance(v, bool) for v in below):
        return False
    fills_gap = any(j >= len(header) or header[j] is None for j in text)
    if not fills_gap:
        return False
    if any(str(below[j]).strip().lower() in _RESPONSE_MARKERS for j in text):
        return True
    # otherwise: no statement of that row appears again as an answer below it
    sample = rest[:200]
    return all(all(j >= len(r) or r[j] != below[j] for r in sample) for j in text)


def _merge_header_rows(header: list, below: list, width: int) -> list:
    """One name per column: 'Question', or 'Question [grid row]' as Google Forms writes it."""
    out: list = []
    carry = None
    for j in range(width):
        top = header[j] if j < len(header) else None
        sub = below[j] if j < len(below) else None
        if top is not None:
            carry = top
        elif sub is not None:
            top = carry
        if sub is None or str(sub).strip().lower() in _RESPONSE_MARKERS:
            out.append(top)
        elif top is None:
            out.append(sub)
        else:
            out.append(f"{top} [{sub}]")
    return out


def _read_path(path: Path) -> bytes:
    """The bytes of a file given by its path (refused past the size limit before reading)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataError.coded("io_path_too_big", size=_mb(size), limit=_mb(MAX_BYTES))
        return path.read_bytes()
    except FileNotFoundError:
        raise DataError.coded("io_no_file", path=str(path)) from None
    except IsADirectoryError:
        raise DataError.coded("io_folder", path=str(path)) from None
    except PermissionError:
        raise DataError.coded("io_no_permission", path=str(path)) from None


@dataclass(frozen=True)
class _Read:
    """A grid read into a frame: the sheet chosen (None for text) and what was done."""

    frame: pd.DataFrame
    header_row: int
    sheet: str | None
    sheets: tuple[str, ...]
    notes: list[dict]


def _read_workbook(raw: bytes, sheet: str | None, budget: _Budget) -> _Read:
    """The sheet asked for, or the one that looks most like survey answers."""
    grids = _sheet_grids(raw, budget)
    sheets = tuple(grids)
    if sheet is not None and sheet not in grids:
        raise DataError.coded("io_no_sheet", sheet=sheet, sheets=", ".join(sheets))
    candidates = {s: _frame_from_grid(g) for s, g in grids.items()}
    chosen = sheet or max(candidates, key=lambda s: (candidates[s][2], len(candidates[s][0])))
    frame, header_row, _ = candidates[chosen]
    notes = [message("io.note.sheet", sheet=chosen, n=len(sheets))] if len(sheets) > 1 else []
    return _Read(frame, header_row, chosen, sheets, notes)


def _read_text(raw: bytes, budget: _Budget) -> _Read:
    """A CSV/text file: its encoding and dialect found, its header row detected."""
    if raw[:4] in (b"\x89PNG", b"%PDF", b"GIF8") or raw[:3] == b"\xff\xd8\xff":
        raise DataError.coded("io_picture")
    text, encoding = decode(raw)
    grid, text_notes = _grid_from_text(text, budget)
    note = (
        message("io.note.bom")
        if encoding == "UTF-8 (with BOM)"
        else message("io.note.encoding", name=encoding)
    )
    frame, header_row, _ = _frame_from_grid(grid)
    return _Read(frame, header_row, None, (), [note, *text_notes])


def _header_notes(frame: pd.DataFrame, header_row: int) -> list[dict]:
    """Title rows skipped above the header, and two header rows read as one."""
    if frame.attrs.get("two_header_rows"):
        notes = [message("io.note.two_rows")]
        if header_row > 2:
            notes.append(message("io.note.title_rows", n=header_row - 2))
        return notes
    return [message("io.note.title_rows", n=header_row - 1)] if header_row > 1 else []


def read_upload(
    source: bytes | str | Path, name: str | None = None, sheet: str | None = None
) -> Table:
    """Read a survey file (bytes with its file name, or a path); see the module docstring."""
    if isinstance(source, bytes | bytearray):
        raw = bytes(source)
        name = name or "upload.csv"
    else:
        path = Path(source)
        name = name or path.name
        raw = _read_path(path)
    _check_size(raw)
    budget = _Budget()
    suffix = Path(name).suffix.lower()
    if suffix == ".xls":
        raise DataError.coded("io_xls")
    if suffix in SPREADSHEET or (suffix not in TEXT and raw[:2] == b"PK"):
        read = _read_workbook(raw, sheet, budget)
    elif suffix in TEXT:
        read = _read_text(raw, budget)
    else:
        raise DataError.coded("io_type", suffix=suffix)
    budget.check()
    frame, header_row = read.frame, read.header_row
    notes = read.notes + _header_notes(frame, header_row)
    if frame.shape[1] == 0 or frame.dropna(how="all").empty:
        if frame.shape[1]:
            raise DataError.coded("io_no_rows")
        raise DataError.coded("io_no_table")
    # index = spreadsheet row numbers; rows with no cell filled at all are not responses
    frame.index = pd.RangeIndex(header_row + 1, header_row + 1 + len(frame))
    blank = frame.isna().all(axis=1)
    if blank.any():
        notes.append(message("io.note.empty_rows", n=int(blank.sum())))
        frame = frame[~blank]
    return Table(frame, name, read.sheet, read.sheets, header_row, tuple(notes))


def read_table(source: str | Path | bytes, name: str | None = None) -> pd.DataFrame:
    """Just the cells of :func:`read_upload` (header row detected)."""
    return read_upload(source, name).frame
