"""Reading an import file (.xlsx or .csv) into plain numbered rows, refusing anything else before it costs memory.

Every refusal is an `ImportFileError` with a bilingual sentence an officer can act on: wrong type, not UTF-8, too big,
too many rows. Rows keep the number the officer sees in Excel (or the CSV line), so errors can point at them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import threading
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.domain.errors import DomainError

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

    def __init__(self, code: str, message_vi: str, message_en: str) -> None:
        super().__init__(f"import.{code}", "file", message_vi, message_en)


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
    vi_count = f"{MAX_ROWS:,}".replace(",", ".")
    return ImportFileError("too_many_rows",
                           f"Tệp có hơn {vi_count} dòng dữ liệu, quá lớn để nhập một lần. "
                           "Hãy chia thành nhiều tệp nhỏ hơn.",
                           f"The file has more than {MAX_ROWS:,} data rows, too many for one import. "
                           "Please split it into smaller files.")


def _kept(rows: list[tuple[int, tuple[Cell, ...]]], number: int, values: tuple[object, ...]) -> None:
    cells = tuple(_clean(v) for v in values[:MAX_COLUMNS])
    if any(c is not None for c in cells):
        # +1: the header row is not a data row.
        if len(rows) >= MAX_ROWS + 1:
            raise _too_many()
        rows.append((number, cells))


def _check_file(path: Path) -> int:
    if not path.exists():
        raise ImportFileError("missing", f"Không tìm thấy tệp “{path}”.", f"The file “{path}” was not found.")
    if not path.is_file():
        raise ImportFileError("not_a_file", f"“{path}” không phải là một tệp.", f"“{path}” is not a file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        raise ImportFileError("too_large", f"Tệp “{path.name}” lớn hơn {mb} MB, quá lớn để nhập. "
                                           "Hãy chia thành nhiều tệp nhỏ hơn.",
                              f"The file “{path.name}” is larger than {mb} MB, too large to import. "
                              "Please split it into smaller files.")
    if size == 0:
        raise ImportFileError("empty", f"Tệp “{path.name}” rỗng.", f"The file “{path.name}” is empty.")
    return size


def _wrong_type(path: Path) -> ImportFileError:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        return ImportFileError("old_excel", f"“{path.name}” là tệp Excel cũ (.xls). Hãy mở bằng Excel và "
                                            "“Lưu thành” dạng Sổ làm việc Excel (.xlsx) hoặc CSV UTF-8 rồi nhập lại.",
                               f"“{path.name}” is an old Excel file (.xls). Open it in Excel, “Save As” an Excel "
                               "Workbook (.xlsx) or CSV UTF-8, then import that.")
    return ImportFileError("wrong_type", f"Không nhập được “{path.name}”: chỉ nhận tệp Excel (.xlsx) "
                                         "hoặc CSV (.csv, mã UTF-8).",
                           f"Cannot import “{path.name}”: only Excel (.xlsx) or CSV (.csv, UTF-8) files are accepted.")


_last_read: dict[tuple[str, str], RawTable] = {}  # (path, content digest) → rows: at most one file kept
_last_lock = threading.Lock()


def read_table(path: Path | str) -> RawTable:
    """The file's rows; the type is decided by the name and confirmed by the content (a renamed PDF is refused).

    The apply that follows a preview reads the same file again: when its bytes are unchanged (same digest) the rows
    read for the preview are given back instead of parsing the spreadsheet a second time.
    """
    path = Path(path)
    _check_file(path)
    key = (str(path.resolve()), hashlib.blake2b(path.read_bytes(), digest_size=20).hexdigest())
    with _last_lock:
        cached = _last_read.get(key)
    if cached is not None:
        return cached
    table = _read_table(path)
    with _last_lock:
        _last_read.clear()
        _last_read[key] = table
    return table


def _read_table(path: Path) -> RawTable:
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(8)
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(_ZIP_MAGIC):
            raise ImportFileError("not_xlsx", f"“{path.name}” không phải là tệp Excel .xlsx hợp lệ "
                                              "(có thể là tệp khác bị đổi tên).",
                                  f"“{path.name}” is not a valid Excel .xlsx file (perhaps another file renamed).")
        return RawTable(path.name, "xlsx", tuple(_read_xlsx(path)))
    if suffix in CSV_SUFFIXES:
        return RawTable(path.name, "csv", tuple(_read_csv(path)))
    raise _wrong_type(path)


def _read_xlsx(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    from openpyxl import load_workbook  # loaded only when a spreadsheet is actually imported

    bad = ImportFileError("bad_xlsx", f"Không đọc được “{path.name}”: tệp Excel bị hỏng hoặc không đúng định dạng.",
                          f"Cannot read “{path.name}”: the Excel file is damaged or not in the .xlsx format.")
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
        raise ImportFileError("binary", f"“{path.name}” không phải tệp văn bản CSV (có thể là tệp khác bị đổi tên).",
                              f"“{path.name}” is not a CSV text file (perhaps another file renamed).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("not_utf8", f"Tệp “{path.name}” không được lưu theo mã UTF-8. Trong Excel, hãy "
                                          "“Lưu thành” kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại.",
                              f"The file “{path.name}” is not saved as UTF-8. In Excel, “Save As” "
                              "“CSV UTF-8 (Comma delimited)” and import that.") from None


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
        raise ImportFileError("bad_csv", f"Tệp CSV “{path.name}” bị lỗi ở dòng {line}: {exc}.",
                              f"The CSV file “{path.name}” is malformed at line {line}: {exc}.") from None
    return rows
