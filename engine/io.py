"""Reading survey tables from CSV and Excel files.

A first, strict reader for the command line and the demo; issue 5 grows it into
the forgiving upload pipeline. Every failure is a DataError in plain words.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from .errors import DataError

MAX_BYTES = 50 * 1024 * 1024


def _decode(raw: bytes) -> str:
    for encoding in (
        ("utf-8-sig", "utf-16")
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        else (
            "utf-8-sig",
            "cp1252",
        )
    ):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataError(
        "The file's text encoding could not be read.", "Save it again as CSV UTF-8 from Excel."
    )


def read_csv_text(text: str) -> pd.DataFrame:
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        sep = dialect.delimiter
    except csv.Error:
        sep = ","
    try:
        return pd.read_csv(io.StringIO(text), sep=sep)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise DataError(
            f"The file could not be read as a table ({str(exc).splitlines()[0]}).",
            "Check that it is a CSV file with one header row and one row per respondent.",
        ) from None


def read_table(source: str | Path | bytes, name: str | None = None) -> pd.DataFrame:
    """Read a .csv/.txt or .xlsx file (a path, or bytes with its file ``name``)."""
    if isinstance(source, bytes):
        raw = source
        name = name or "upload.csv"
    else:
        path = Path(source)
        name = name or path.name
        try:
            if path.stat().st_size > MAX_BYTES:
                raise DataError(
                    f"The file is larger than {MAX_BYTES // 2**20} MB.",
                    "Export only the survey's answer columns.",
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DataError(f"There is no file at {path}.", "Check the path.") from None
        except IsADirectoryError:
            raise DataError(f"{path} is a folder, not a file.", "Give the data file.") from None
        except PermissionError:
            raise DataError(
                f"{path} cannot be opened (no permission).", "Check the file."
            ) from None
    suffix = Path(name).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            frame = pd.read_excel(io.BytesIO(raw), engine="openpyxl")
        except Exception:  # openpyxl raises many types for a broken workbook
            raise DataError(
                "The Excel file could not be opened; it may be damaged or not really .xlsx.",
                "Open it in Excel and save it again as .xlsx, or export it as CSV.",
            ) from None
    elif suffix in (".csv", ".txt", ".tsv", ""):
        frame = read_csv_text(_decode(raw))
    else:
        raise DataError(f"Files of type {suffix!r} cannot be read.", "Use a .csv or .xlsx file.")
    if frame.empty:
        raise DataError("The file has no rows of answers.", "Check that it is the right file.")
    return frame
