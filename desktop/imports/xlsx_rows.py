"""The rows of one worksheet as openpyxl's read-only mode parses them, without its per-cell objects.

`ws.iter_rows()` makes a `ReadOnlyCell` for every cell and turns every inline string (how Apache POI's streaming
writer and openpyxl itself write text) into a rich-text object just to join its pieces: two thirds of reading a
50,000-row province list. This walks the same parser over the sheet and keeps only what the importer reads: each
cell's value, and a number's format (a code typed into a number cell keeps its zeros through it). The parser is
openpyxl's own, so dates, shared strings, booleans and errors come out as `iter_rows` gives them.

It uses openpyxl's read-only internals (the sheet's XML source, the workbook's style and format tables), pinned by
the project's openpyxl range; tests/imports compare it with `iter_rows` on files made the way Excel, LibreOffice and
openpyxl make them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import INLINE_STRING, SHEET_MAIN_NS, WorkSheetParser

_T = f"{{{SHEET_MAIN_NS}}}t"
_RUN = f"{{{SHEET_MAIN_NS}}}r"


class _Parser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's parser, but an inline string's text is joined directly: the plain text and each run's, as
    `Text.content` joins them (phonetic guides left out)."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if element.get("t") != "inlineStr" or not self.data_only:
            return super().parse_cell(element)  # type: ignore[no-any-return]
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        style_id = int(element.get("s", 0) or 0)
        child = element.find(INLINE_STRING)
        if child is None:
            return {"row": row, "column": column, "value": None, "data_type": "inlineStr", "style_id": style_id}
        plain: str | None = None
        runs: list[str] = []
        for part in child:
            if part.tag == _T:
                plain = part.text
            elif part.tag == _RUN:
                text = part.findtext(_T)
                if text is not None:
                    runs.append(text)
        value = "".join(runs) if plain is None else plain + "".join(runs)
        return {"row": row, "column": column, "value": value, "data_type": "s", "style_id": style_id}


class _Sheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only sheet that does not look for its declared size when opened: a sheet without one (openpyxl's own
    files) would be parsed whole just to find that out, and `sheet_rows` never uses it."""

    def _get_size(self) -> None:
        return None


class _Reader(ExcelReader):  # type: ignore[misc]
    """`load_workbook(read_only=True)` with `_Sheet` worksheets; chart sheets, which hold no cells, are left out."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)


def open_workbook(path: object) -> Workbook:
    """The workbook at `path`, read-only with cached values (`load_workbook(path, read_only=True, data_only=True)`);
    its worksheets are for `sheet_rows`."""
    reader = _Reader(path, read_only=True, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


def number_format(ws: ReadOnlyWorksheet, style_id: int) -> str:
    """The number format of a cell style, as `ReadOnlyCell.number_format` gives it."""
    fmt_id = ws.parent._cell_styles[style_id].numFmtId
    if fmt_id < BUILTIN_FORMATS_MAX_SIZE:
        return str(BUILTIN_FORMATS.get(fmt_id, "General"))
    return str(ws.parent._number_formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE])


def sheet_rows(ws: ReadOnlyWorksheet, max_col: int, max_row: int | None = None) -> Iterator[
        tuple[int, list[tuple[int, object, int]]]]:
    """(row number, [(column, value, style id), ...]) of each row the sheet's XML holds, in order, columns past
    `max_col` left out; a row number repeated or going back (a broken file) is skipped, as `iter_rows` skips it."""
    wb = ws.parent
    with ws._get_source() as src:
        parser = _Parser(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        last = 0
        for number, cells in parser.parse():
            if max_row is not None and number > max_row:
                break
            if number <= last:
                continue
            last = number
            yield number, [(c["column"], c["value"], c["style_id"]) for c in cells if c["column"] <= max_col]

