"""Reading an import file (.xlsx or .csv) into plain numbered rows, refusing anything else before it costs memory.

Every refusal is an `ImportFileError` with a bilingual sentence an officer can act on: wrong type, not UTF-8, too big,
too many rows. Rows keep the number the officer sees in Excel (or the CSV line), so errors can point at them.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.messages import Term

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
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


@dataclass(frozen=True)
class RawTable:
    """The non-empty rows of the file's first sheet, each with the row number the officer sees."""

    source: str  # file name, for messages
    file_type: str  # xlsx | csv
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


def _clean(value: object) -> Cell:
    """Trimmed NFC text, None for blank; other cell values as they come."""
    if value is None:
        return None
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).replace("\u00a0", " ").strip()
        return text or None
    return value  # type: ignore[return-value]


def _too_many() -> ImportFileError:
    return ImportFileError("import.too_many_rows", max_rows=Term(f"{MAX_ROWS:,}".replace(",", "."), f"{MAX_ROWS:,}"))


def _kept(rows: list[tuple[int, tuple[Cell, ...]]], number: int, values: tuple[object, ...]) -> None:
    cells = tuple(_clean(v) for v in values[:MAX_COLUMNS])
    if any(c is not None for c in cells):
        # +1: the header row is not a data row.
        if len(rows) >= MAX_ROWS + 1:
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


def read_table(path: Path | str) -> RawTable:
    """The file's rows; the type is decided by the name and confirmed by the content (a renamed PDF is refused)."""
    path = Path(path)
    _check_file(path)
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(8)
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(_ZIP_MAGIC):
            raise ImportFileError("import.not_xlsx", name=path.name)
        return RawTable(path.name, "xlsx", tuple(_read_xlsx(path)))
    if suffix in CSV_SUFFIXES:
        return RawTable(path.name, "csv", tuple(_read_csv(path)))
    raise _wrong_type(path)


def _read_xlsx(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    from openpyxl import load_workbook  # loaded only when a spreadsheet is actually imported

    bad = ImportFileError("import.bad_xlsx", name=path.name)
    try:
        with warnings.catch_warnings():
            # Files from other tools carry extensions openpyxl does not know; it says so and reads on, as do we.
            warnings.simplefilter("ignore", UserWarning)
            # read_only streams the sheet row by row, so memory stays small whatever the file holds.
            wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise bad from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise bad
        # The sheet's declared size, when present, refuses a huge sheet before a single row is read.
        declared = ws.max_row if isinstance(ws.max_row, int) else 0
        if declared > MAX_ROWS + 1000:
            raise _too_many()
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        for number, values in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            _kept(rows, number, values)
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise bad from exc
    finally:
        wb.close()  # read-only workbooks keep the file open until closed (Windows would keep it locked)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise ImportFileError("import.binary", name=path.name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("import.not_utf8", name=path.name) from None


def _delimiter(text: str) -> str:
    """Comma or semicolon (Excel on a Vietnamese or European Windows saves CSV with semicolons).

    Counted over the first lines, outside quotes: a title line above the header may hold neither.
    """
    outside, quoted = [], False
    for ch in "\n".join(text.splitlines()[:20]):
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    return ";" if outside.count(";") > outside.count(",") else ","


def _read_csv(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    line = 1
    try:
        for values in reader:
            _kept(rows, line, tuple(values))
            line = reader.line_num + 1  # a quoted cell may span lines: the next record starts after them
    except csv.Error as exc:
        raise ImportFileError("import.bad_csv", name=path.name, line=line, exc=exc) from None
    return rows
