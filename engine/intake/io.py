"""Reading survey files: xlsx and csv/txt as questionnaire tools and Excel save them.

``read_upload(data, name)`` reads bytes as they arrive from an upload (or a
path) into a :class:`Table` and says what it did (``notes``). It accepts:

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
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from engine.base.errors import DataError

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
    notes: tuple[str, ...] = ()


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def _check_size(raw: bytes) -> None:
    if len(raw) > MAX_BYTES:
        raise DataError(
            f"The file is {_mb(len(raw))}, over the {_mb(MAX_BYTES)} limit.",
            "Export only the survey's answers (one sheet, no pictures) and upload that.",
            indonesian=(
                f"Ukuran file {_mb(len(raw))}, melebihi batas {_mb(MAX_BYTES)}.",
                "Ekspor hanya jawaban survei (satu lembar, tanpa gambar) lalu unggah itu.",
            ),
        )
    if not raw.strip():
        raise DataError(
            "The file is empty.",
            "Check that you chose the right file.",
            indonesian=("File ini kosong.", "Periksa apakah Anda memilih file yang benar."),
        )


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
        raise DataError(
            "The file holds binary data, not text.",
            "Upload the survey as .xlsx or as CSV saved from your spreadsheet program.",
            indonesian=(
                "File ini berisi data biner, bukan teks.",
                "Unggah survei sebagai .xlsx atau CSV yang disimpan dari program spreadsheet Anda.",
            ),
        )
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(5, len(text) // 100):
        raise DataError(
            "The file's text encoding could not be recognised.",
            "Save it again from Excel as 'CSV UTF-8', or upload the .xlsx.",
            indonesian=(
                "Pengodean teks file ini tidak dikenali.",
                "Simpan ulang dari Excel sebagai 'CSV UTF-8', atau unggah .xlsx-nya.",
            ),
        )
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


def _where_id(where: str) -> str:
    """'The file' / "Sheet 'X'" in Indonesian."""
    return "File ini" if where == "The file" else where.replace("Sheet", "Lembar", 1)


def _check_shape(row_number: int, width: int, where: str) -> None:
    """Refuse a table past the row or column limit while it is being read."""
    if row_number > MAX_ROWS + HEADER_SEARCH:
        raise DataError(
            f"{where} has more than {MAX_ROWS:,} rows.",
            "Upload one survey's responses at a time.",
            indonesian=(
                f"{_where_id(where)} punya lebih dari {MAX_ROWS:,} baris.",
                "Unggah jawaban satu survei saja setiap kali.",
            ),
        )
    if width > MAX_COLUMNS:
        raise DataError(
            f"{where} has {width:,} columns, over the {MAX_COLUMNS:,} limit.",
            "Keep only the survey's questions.",
            indonesian=(
                f"{_where_id(where)} punya {width:,} kolom, melebihi batas {MAX_COLUMNS:,}.",
                "Simpan hanya kolom pertanyaan survei.",
            ),
        )


class _Budget:
    """Cells read so far and the time left for this upload (issue 14, finding 7)."""

    def __init__(self, where: str = "The file") -> None:
        self.cells = 0
        self.deadline = time.monotonic() + READ_SECONDS
        self.where = where

    def row(self, width: int, where: str | None = None) -> None:
        self.cells += width
        if self.cells > MAX_CELLS:
            where = where or self.where
            raise DataError(
                f"{where} has more than {MAX_CELLS:,} cells (rows x columns).",
                "Keep only the survey's questions and responses, or split the file.",
                indonesian=(
                    f"{'Workbook ini' if where == 'The workbook' else _where_id(where)} punya "
                    f"lebih dari {MAX_CELLS:,} sel (baris x kolom).",
                    "Simpan hanya pertanyaan dan jawaban survei, atau pecah filenya.",
                ),
            )
        if self.cells % 4096 < width or width > 4096:  # the clock, now and then
            self.check()

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise DataError(
                f"Reading the file took longer than {READ_SECONDS:.0f} seconds, so it was stopped.",
                "Keep only the survey's questions and responses (or save it as CSV) and "
                "upload it again.",
                indonesian=(
                    f"Membaca file ini lebih dari {READ_SECONDS:.0f} detik, jadi dihentikan.",
                    "Simpan hanya pertanyaan dan jawaban survei (atau simpan sebagai CSV) lalu "
                    "unggah lagi.",
                ),
            )


def _grid_from_text(
    text: str, budget: _Budget | None = None
) -> tuple[list[list[object]], list[str]]:
    notes = []
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest > MAX_LINE:
        raise DataError(
            f"A line of the file is {longest:,} characters long, over the {MAX_LINE:,} limit.",
            "This is not a survey export as it stands; check the file.",
            indonesian=(
                f"Satu baris dalam file panjangnya {longest:,} karakter, melebihi batas "
                f"{MAX_LINE:,}.",
                "Ini bukan ekspor survei; periksa filenya.",
            ),
        )
    text = text.replace("\r\n", "\n")
    # classic Mac line ends; elsewhere a stray carriage return inside a cell becomes a space
    text = text.replace("\r", "\n") if "\n" not in text else text.replace("\r", " ")
    sep = _sniff(text)
    names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
    notes.append(f"{names[sep]}-separated")
    if "\x00" in text:
        raise DataError(
            "The file holds binary data, not text.",
            "Upload an .xlsx or CSV file.",
            indonesian=("File ini berisi data biner, bukan teks.", "Unggah file .xlsx atau CSV."),
        )
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    grid: list[list[str]] = []
    try:
        budget = budget or _Budget()
        for k, row in enumerate(reader):
            _check_shape(k, len(row), "The file")
            budget.row(len(row))
            grid.append(row)
    except csv.Error as exc:
        raise DataError(
            f"The file could not be read as a table ({exc}).",
            "Save it again from your spreadsheet program as CSV.",
            indonesian=(
                f"File tidak dapat dibaca sebagai tabel ({exc}).",
                "Simpan ulang dari program spreadsheet Anda sebagai CSV.",
            ),
        ) from None
    decimal_comma = sep != "," and any(
        isinstance(v, str) and re.fullmatch(r"[+-]?\d+,\d+", v.strip())
        for row in grid[:200]
        for v in row
    )
    if decimal_comma:
        notes.append("decimal commas")
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
        raise DataError(
            "The file is not a valid Excel workbook (it may be damaged or renamed).",
            "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            indonesian=(
                "File ini bukan workbook Excel yang sah (mungkin rusak atau diganti namanya).",
                "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
            ),
        ) from None
    infos = archive.infolist()
    if len(infos) > 10_000:
        raise DataError(
            "The workbook has too many parts to be a survey export.",
            "Export as CSV.",
            indonesian=(
                "Workbook ini punya terlalu banyak bagian untuk sebuah ekspor survei.",
                "Ekspor sebagai CSV.",
            ),
        )
    unpacked = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if unpacked > MAX_UNZIPPED or (unpacked > 10 * 2**20 and unpacked / packed > MAX_RATIO):
        raise DataError(
            f"The workbook unpacks to {_mb(unpacked)} from {_mb(len(raw))} "
            f"(limit {_mb(MAX_UNZIPPED)}, at most {MAX_RATIO}:1); it looks like a "
            "decompression bomb, not a survey.",
            "Export the survey again from your questionnaire tool.",
            indonesian=(
                f"Workbook ini mengembang menjadi {_mb(unpacked)} dari {_mb(len(raw))} (batas "
                f"{_mb(MAX_UNZIPPED)}, paling banyak {MAX_RATIO}:1); ini tampak seperti bom "
                "dekompresi, bukan survei.",
                "Ekspor ulang survei dari alat kuesioner Anda.",
            ),
        )
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise DataError(
            "The file is a zip archive but not an Excel workbook.",
            "Upload an .xlsx or CSV file.",
            indonesian=(
                "File ini arsip zip tetapi bukan workbook Excel.",
                "Unggah file .xlsx atau CSV.",
            ),
        )


#: Control characters (C0, DEL, C1 except tab): never part of a question's text; a
#: header carrying them would show garbled or move the cursor in a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _cell(value: object) -> object:
    if isinstance(value, str):
        if len(value) > MAX_CELL:
            raise DataError(
                f"A cell holds {len(value):,} characters, over Excel's own limit of {MAX_CELL:,}.",
                "Check the file; a survey answer is never that long.",
                indonesian=(
                    f"Satu sel berisi {len(value):,} karakter, melebihi batas Excel sendiri yaitu "
                    f"{MAX_CELL:,}.",
                    "Periksa filenya; jawaban survei tidak pernah sepanjang itu.",
                ),
            )
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
        hostile = _caused_by_defusedxml(exc)
        raise DataError(
            "The workbook contains XML that is refused for safety (entity expansion)."
            if hostile
            else "The Excel file could not be opened; it may be damaged or not really .xlsx.",
            "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            indonesian=(
                "Workbook ini berisi XML yang ditolak demi keamanan (perluasan entitas)."
                if hostile
                else "File Excel tidak dapat dibuka; mungkin rusak atau sebenarnya bukan .xlsx.",
                "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
            ),
        ) from None
    grids: dict[str, list[list[object]]] = {}
    budget = budget or _Budget()
    try:
        for ws in wb.worksheets:
            grid = []
            for k, row in enumerate(ws.iter_rows(values_only=True)):
                _check_shape(k, len(row), f"Sheet '{ws.title}'")
                budget.row(len(row), "The workbook")
                grid.append([_cell(v) for v in row])
            grids[ws.title] = grid
    except DataError:
        raise
    except Exception:
        raise DataError(
            "The Excel file could not be read to the end; it may be damaged.",
            "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            indonesian=(
                "File Excel tidak dapat dibaca sampai akhir; mungkin rusak.",
                "Buka di Excel lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV.",
            ),
        ) from None
    finally:
        wb.close()
    return grids


# -- from a grid to a table -----------------------------------------------------------
def _header_score(row: list[object], scorer) -> int:
    return sum(1 for v in row if isinstance(v, str) and scorer(v))


def _looks_like_header(value: str) -> bool:
    from engine.intake.survey import _item_code, _item_keys
    from engine.study.model import STUDY_MODEL

    return _item_code(value, _item_keys(STUDY_MODEL)) is not None


def _frame_from_grid(grid: list[list[object]], scorer=None) -> tuple[pd.DataFrame, int, int]:
    """(frame, header row (1-based), matched header cells) with title rows skipped."""
    rows = [r for r in grid]
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    if not rows:
        return pd.DataFrame(), 1, 0
    scorer = scorer or _looks_like_header
    scores = [_header_score(r, scorer) for r in rows[:HEADER_SEARCH]]
    best = int(np.argmax(scores)) if scores and max(scores) >= 3 else None
    if best is None:  # no recognisable header: the first row with most filled cells
        filled = [sum(v is not None for v in r) for r in rows[:HEADER_SEARCH]]
        for k in range(min(HEADER_SEARCH, len(rows) - 1)):
            if _second_header_row(rows[k], rows[k + 1], rows[k + 2 :]):
                top, below = rows[k], rows[k + 1]
                filled[k] = sum(
                    (j < len(top) and top[j] is not None) or below[j] is not None
                    for j in range(len(below))
                )
        # the first row nearly as full as the fullest: a header may leave a cell blank
        # (over a name or number column) and must still win over the first answer row
        most = max(filled)
        near = [k for k, n in enumerate(filled) if n >= 2 and n >= most - max(1, 0.2 * most)]
        best = near[0] if near else int(np.argmax(filled))
    header = rows[best]
    width = max(len(r) for r in rows)
    while width and all((len(r) < width or r[width - 1] is None) for r in rows[best:]):
        width -= 1
    two_rows = best + 1 < len(rows) and _second_header_row(header, rows[best + 1], rows[best + 2 :])
    if two_rows:
        header = _merge_header_rows(header, rows[best + 1], width)
        best += 1
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
    body = [list(r[:width]) + [None] * (width - len(r)) for r in rows[best + 1 :]]
    frame = pd.DataFrame(body, columns=names, dtype=object)
    for col in frame.columns:
        values = frame[col]
        present = values.dropna()
        if len(present) and all(
            isinstance(v, int | float | np.integer | np.floating) and not isinstance(v, bool)
            for v in present
        ):
            frame[col] = pd.to_numeric(values)
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
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise DataError(
                    f"The file is {_mb(size)}, over the {_mb(MAX_BYTES)} limit.",
                    "Export only the survey's answers and upload that.",
                    indonesian=(
                        f"Ukuran file {_mb(size)}, melebihi batas {_mb(MAX_BYTES)}.",
                        "Ekspor hanya jawaban survei lalu unggah itu.",
                    ),
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DataError(
                f"There is no file at {path}.",
                "Check the path.",
                indonesian=(f"Tidak ada file di {path}.", "Periksa lokasinya."),
            ) from None
        except IsADirectoryError:
            raise DataError(
                f"{path} is a folder, not a file.",
                "Give the data file.",
                indonesian=(f"{path} adalah folder, bukan file.", "Berikan file datanya."),
            ) from None
        except PermissionError:
            raise DataError(
                f"{path} cannot be opened (no permission).",
                "Check the file.",
                indonesian=(f"{path} tidak dapat dibuka (tidak ada izin).", "Periksa filenya."),
            ) from None
    _check_size(raw)
    budget = _Budget()
    suffix = Path(name).suffix.lower()
    notes: list[str] = []
    if suffix == ".xls":
        raise DataError(
            "Old Excel files (.xls) are not read.",
            "Open it in Excel and 'Save as' .xlsx, or export it as CSV.",
            indonesian=(
                "File Excel lama (.xls) tidak dibaca.",
                "Buka di Excel lalu 'Save as' .xlsx, atau ekspor sebagai CSV.",
            ),
        )
    if suffix in SPREADSHEET or (suffix not in TEXT and raw[:2] == b"PK"):
        grids = _sheet_grids(raw, budget)
        sheets = tuple(grids)
        if sheet is not None and sheet not in grids:
            raise DataError(
                f"The workbook has no sheet called '{sheet}'.",
                "Choose one of: " + ", ".join(sheets) + ".",
                indonesian=(
                    f"Workbook tidak punya lembar bernama '{sheet}'.",
                    "Pilih salah satu: " + ", ".join(sheets) + ".",
                ),
            )
        candidates = {s: _frame_from_grid(g) for s, g in grids.items()}
        chosen = sheet or max(candidates, key=lambda s: (candidates[s][2], len(candidates[s][0])))
        frame, header_row, _ = candidates[chosen]
        if len(sheets) > 1:
            notes.append(f"sheet '{chosen}' of {len(sheets)}")
    elif suffix in TEXT:
        if raw[:4] in (b"\x89PNG", b"%PDF", b"GIF8") or raw[:3] == b"\xff\xd8\xff":
            raise DataError(
                "The file is a picture or a PDF, not a table.",
                "Upload the survey's answers as .xlsx or CSV.",
                indonesian=(
                    "File ini gambar atau PDF, bukan tabel.",
                    "Unggah jawaban survei sebagai .xlsx atau CSV.",
                ),
            )
        text, encoding = decode(raw)
        grid, text_notes = _grid_from_text(text, budget)
        notes.append(encoding)
        notes.extend(text_notes)
        frame, header_row, _ = _frame_from_grid(grid)
        chosen, sheets = None, ()
    else:
        raise DataError(
            f"Files of type '{suffix}' cannot be read.",
            "Use an .xlsx or .csv file.",
            indonesian=(
                f"File bertipe '{suffix}' tidak dapat dibaca.",
                "Pakai file .xlsx atau .csv.",
            ),
        )
    budget.check()
    if frame.attrs.get("two_header_rows"):
        notes.append("two header rows (question, then grid row) read as one")
        if header_row > 2:
            notes.append(f"{header_row - 2} title row(s) above the header skipped")
    elif header_row > 1:
        notes.append(f"{header_row - 1} title row(s) above the header skipped")
    if frame.shape[1] == 0 or frame.dropna(how="all").empty:
        raise DataError(
            "The file has a header but no rows of answers."
            if frame.shape[1]
            else "The file has no table in it.",
            "Check that it is the export with the responses.",
            indonesian=(
                "File ini punya judul kolom tetapi tidak ada baris jawaban."
                if frame.shape[1]
                else "File ini tidak berisi tabel.",
                "Periksa apakah ini ekspor yang berisi jawaban.",
            ),
        )
    # index = spreadsheet row numbers; rows with no cell filled at all are not responses
    frame.index = pd.RangeIndex(header_row + 1, header_row + 1 + len(frame))
    blank = frame.isna().all(axis=1)
    if blank.any():
        notes.append(f"{int(blank.sum())} empty row(s) skipped")
        frame = frame[~blank]
    return Table(frame, name, chosen, sheets, header_row, tuple(notes))


def read_table(source: str | Path | bytes, name: str | None = None) -> pd.DataFrame:
    """Just the cells of :func:`read_upload` (header row detected)."""
    return read_upload(source, name).frame
