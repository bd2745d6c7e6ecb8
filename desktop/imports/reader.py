"""Reading an import file (.xlsx or .csv) into plain numbered rows, refusing anything else before it costs memory.

Every refusal is an `ImportFileError` with a bilingual sentence an officer can act on: wrong type, not UTF-8, too big,
too many rows, no such sheet. Rows keep the number the officer sees in Excel (or the CSV line), so errors can point
at them. Only rows holding a value count: a formatted empty cell far below the data is not a row.
"""

from __future__ import annotations

import csv
import hashlib
import threading
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.messages import Term
from desktop.imports import csv_text
from desktop.imports.cells import NumberCell

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
FRAME_ROWS = 30  # title rows, header rows and a footer a file may have besides its MAX_ROWS data rows
# Columns past this are never read: an import format has a dozen, and a sheet 16,384 columns wide must not cost
# 16,384 cells a row.
MAX_COLUMNS = 64
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)
_ZIP_MAGIC = b"PK\x03\x04"

Cell = str | int | float | date | datetime | time | bool | None


class ImportFileError(DomainError):
    """The file as a whole cannot be read: nothing is parsed, nothing is written."""

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key, field="file", **params)


Row = tuple[int, tuple[Cell, ...]]


@dataclass(frozen=True)
class RawTable:
    """The non-empty rows of one sheet (the first unless one is chosen), each with the row number the officer sees."""

    source: str  # file name, for messages
    file_type: str  # xlsx | csv
    rows: tuple[Row, ...]
    sheet: str | None = None  # the sheet read (workbooks only)
    sheets: tuple[str, ...] = field(default=())  # every sheet of the workbook, in order


def _clean(value: object) -> Cell:
    """Trimmed NFC text, None for blank; other cell values as they come."""
    if value is None:
        return None
    if isinstance(value, str):
        # A tab or a no-break space pasted into a cell is a space to the officer, and must not end up in a name.
        text = unicodedata.normalize("NFC", value).replace("\u00a0", " ").replace("\t", " ").strip()
        return text or None
    return value  # type: ignore[return-value]


def _too_many() -> ImportFileError:
    return ImportFileError("import.too_many_rows", max_rows=Term(f"{MAX_ROWS:,}".replace(",", "."), f"{MAX_ROWS:,}"))


def kept(rows: list[Row], number: int, values: tuple[object, ...]) -> None:
    """Add the row if any cell holds a value; more than MAX_ROWS such rows refuse the file."""
    cells = tuple(_clean(v) for v in values[:MAX_COLUMNS])
    if any(c is not None for c in cells):
        # Title rows, the header and a footer are no data rows: a province list of 50,000 dossiers has them all.
        if len(rows) >= MAX_ROWS + FRAME_ROWS:
            raise _too_many()
        rows.append((number, cells))


def _check_file(path: Path) -> int:
    if not path.exists():
        raise ImportFileError("import.missing", path=path)
    if not path.is_file():
        raise ImportFileError("import.not_a_file", path=path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        raise ImportFileError("import.too_large", name=path.name, mb=mb)
    if size == 0:
        raise ImportFileError("import.empty", name=path.name)
    return size


def _wrong_type(path: Path) -> ImportFileError:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return ImportFileError("import.old_excel", name=path.name)
    return ImportFileError("import.wrong_type", name=path.name)




_last_read: dict[tuple[object, ...], RawTable] = {}  # the last file read, by its path, digest and options
_last_lock = threading.Lock()


def read_table(path: Path | str, sheet: str | None = None, header_names: frozenset[str] = frozenset(),
               limit: int | None = None) -> RawTable:
    """The rows of `path` (of `sheet`, else the first sheet; only the first `limit` rows when given).

    The type is decided by the name and confirmed by the content (a renamed PDF is refused). `header_names` are the
    folded column names the caller looks for: a CSV's separator is the one that splits its header line into them.
    The apply that follows a preview reads the same file again: when its bytes are unchanged (same digest) the rows
    read for the preview are given back instead of parsing the spreadsheet a second time.
    """
    path = Path(path)
    _check_file(path)
    digest = hashlib.blake2b(path.read_bytes(), digest_size=20).hexdigest()
    key = (str(path.resolve()), digest, sheet, header_names, limit)
    with _last_lock:
        cached = _last_read.get(key)
    if cached is not None:
        return cached
    table = _read_table(path, sheet, header_names, limit)
    with _last_lock:
        _last_read.clear()
        _last_read[key] = table
    return table


def _read_table(path: Path, sheet: str | None, header_names: frozenset[str], limit: int | None) -> RawTable:
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(8)
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(_ZIP_MAGIC):
            raise ImportFileError("import.not_xlsx#read_table", path_name=path.name)
        return _read_xlsx(path, sheet, limit)
    if suffix in CSV_SUFFIXES:
        return RawTable(path.name, "csv", tuple(_read_csv(path, header_names, limit)))
    raise _wrong_type(path)


def _no_sheet(path: Path, sheet: str, sheets: list[str]) -> ImportFileError:
    listed = Term(", ".join(f"«{s}»" for s in sheets), ", ".join(f"“{s}”" for s in sheets))
    return ImportFileError("import.no_sheet", name=path.name, sheet=sheet, sheets=listed)


def _value(value: object, style: int, formats: dict[int, str], format_of: Callable[[int], str]) -> object:
    """The cell's value; a number keeps its number format when it has one (a code typed into a number cell)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number_format = formats.get(style)
        if number_format is None:
            number_format = formats[style] = format_of(style)
        if number_format and number_format != "General":
            return NumberCell.of(value, number_format)
    return value


def _read_xlsx(path: Path, sheet: str | None, limit: int | None) -> RawTable:
    from desktop.imports import xlsx_rows  # openpyxl is loaded only when a spreadsheet is actually imported

    bad = ImportFileError("import.bad_xlsx", name=path.name)
    try:
        with warnings.catch_warnings():
            # Files from other tools carry extensions openpyxl does not know; it says so and reads on, as do we.
            warnings.simplefilter("ignore", UserWarning)
            # read_only streams the sheet row by row, so memory stays small whatever the file holds.
            wb = xlsx_rows.open_workbook(path)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise bad from exc
    try:
        names = [ws.title for ws in wb.worksheets]
        if not names:
            raise bad
        if sheet is not None and sheet not in names:
            raise _no_sheet(path, sheet, names)
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        # The size a sheet declares may be wrong either way (a formatted cell at row 60,000, a tool that writes
        # “A1”): forget it, so every row in the file is read and only rows holding a value are counted.
        ws.reset_dimensions()
        rows: list[Row] = []
        formats: dict[int, str] = {}
        format_of = partial(xlsx_rows.number_format, ws)
        for number, cells in xlsx_rows.sheet_rows(ws, MAX_COLUMNS, limit):
            values: list[object] = [None] * max((c for c, v, _s in cells if v is not None), default=0)
            for column, value, style in cells:
                if value is not None:
                    values[column - 1] = _value(value, style, formats, format_of)
            kept(rows, number, tuple(values))
        return RawTable(path.name, "xlsx", tuple(rows), ws.title, tuple(names))
    except (zipfile.BadZipFile, KeyError, IndexError, ValueError, TypeError) as exc:
        raise bad from exc
    finally:
        wb.close()  # read-only workbooks keep the file open until closed (Windows would keep it locked)


def _decode(path: Path) -> str:
    try:
        return csv_text.decode(path.read_bytes())
    except csv_text.NotText:
        raise ImportFileError("import.binary#decode", path_name=path.name) from None
    except csv_text.NotUtf8:
        raise ImportFileError("import.not_utf8#decode", path_name=path.name) from None


def _read_csv(path: Path, header_names: frozenset[str], limit: int | None) -> list[Row]:
    text = _decode(path)
    reader = csv_text.records(text, csv_text.separator(text, header_names))
    rows: list[Row] = []
    line = 1
    try:
        for values in reader:
            if limit is not None and line > limit:
                break
            kept(rows, line, tuple(values))
            line = reader.line_num + 1  # a quoted cell may span lines: the next record starts after them
    except csv.Error as exc:
        raise ImportFileError("import.bad_csv", name=path.name, line=line, exc=exc) from None
    return rows
