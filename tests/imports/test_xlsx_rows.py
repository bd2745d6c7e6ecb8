"""The importer's own walk over a sheet (desktop.imports.xlsx_rows) reads what openpyxl's `iter_rows` reads: the same
values in the same places, numbers with their formats, inline strings made of runs, cells without a reference, a
row written twice, columns past the last read one; on files made by openpyxl (inline strings) and the shared-string
way Excel and LibreOffice write them."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from desktop.imports import reader
from desktop.imports.cells import NumberCell
from desktop.imports.reader import read_table


def _old_way(path: Path) -> tuple[tuple[int, tuple[object, ...]], ...]:
    """The rows as read through `iter_rows` and each cell's own number format, as the reader did before."""
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        rows: list[reader.Row] = []
        for number, cells in enumerate(ws.iter_rows(max_col=reader.MAX_COLUMNS), 1):
            width = len(cells)
            while width and cells[width - 1].value is None:
                width -= 1
            values = []
            for c in cells[:width]:
                v = c.value
                if isinstance(v, int | float) and not isinstance(v, bool) and c.number_format not in (None, "General"):
                    v = NumberCell.of(v, c.number_format)
                values.append(v)
            reader.kept(rows, number, tuple(values))
        return tuple(rows)
    finally:
        wb.close()


def _shape(rows: tuple[reader.Row, ...]) -> list[tuple[int, tuple[tuple[str, object, object], ...]]]:
    """Each cell with its type and number format: a NumberCell equals its float, whatever its format."""
    return [(n, tuple((type(v).__name__, v, getattr(v, "number_format", None)) for v in cells)) for n, cells in rows]


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append([])
    ws.append(["Mã thủ tục", "Tên thủ tục", "Số lượng", "Ngày", "Đúng", "Tỉ lệ"])
    ws.append(["1.001193", CellRichText([TextBlock(InlineFont(b=True), "Đăng ký "), "khai sinh"]), 3,
               date(2026, 3, 2), True, 0.25])
    ws.append([1.00119, "  có khoảng trắng  ", None, datetime(2026, 3, 2, 8, 30), False, None])
    ws["A5"].number_format = "0.000000"  # a code typed into a number cell: the format keeps its zeros
    ws["C4"].number_format = "#,##0"
    ws["F4"].number_format = "0%"
    ws.cell(row=9, column=70, value="cột quá xa")  # past the columns read
    ws.cell(row=9, column=2, value="dòng 9")
    ws.cell(row=12, column=1, value="")  # a formatted empty cell far below
    wb.save(path)
    return path


def _rewrite_sheet(path: Path, out: Path, edit: Callable[[str], str]) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = edit(data.decode()).encode()
            dst.writestr(item, data)
    return out


def _as_written(xml: str) -> str:
    return xml


def _broken_but_readable(xml: str) -> str:
    # A cell without its reference (the parser counts it on), a phonetic guide (not part of the text), and row 4
    # written again after row 5 (skipped, as iter_rows skips it).
    xml = xml.replace('<c r="B5" t="inlineStr">', '<c t="inlineStr">', 1)
    xml = xml.replace("<is><t>dòng 9</t></is>", '<is><t>dòng 9</t><rPh sb="0" eb="1"><t>ZZ</t></rPh></is>', 1)
    row4 = re.search(r'<row r="4".*?</row>', xml)
    assert row4 is not None
    return xml.replace("</sheetData>", row4.group(0) + "</sheetData>", 1)


@pytest.mark.parametrize("edit", [_as_written, _broken_but_readable])
def test_the_walk_reads_what_iter_rows_reads(tmp_path: Path, edit: Callable[[str], str]) -> None:
    path = _rewrite_sheet(_workbook(tmp_path / "a.xlsx"), tmp_path / "b.xlsx", edit)
    expected = _old_way(path)
    got = read_table(path).rows
    assert _shape(got) == _shape(expected)
    cells = dict(got)
    assert cells[4][:2] == ("1.001193", "Đăng ký khai sinh")
    assert getattr(cells[5][0], "number_format", None) == "0.000000" and cells[4][2].number_format == "#,##0"
    assert cells[9] == (None, "dòng 9") and 12 not in cells


def test_a_workbook_with_shared_strings_reads_the_same(tmp_path: Path) -> None:
    """Excel and LibreOffice keep text in a shared table: the same sheet written that way reads the same."""
    wb = Workbook()
    ws = wb.active
    for row in (["Mã hồ sơ", "Chủ hồ sơ"], ["H-1", "Lê Thị Hoa"], ["H-2", "Lê Thị Hoa"]):
        ws.append(row)
    path = tmp_path / "inline.xlsx"
    wb.save(path)

    out = tmp_path / "shared.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        table: list[str] = []
        for item in src.infolist():
            data = src.read(item.filename).decode()
            if item.filename == "xl/worksheets/sheet1.xml":
                def to_shared(m: re.Match[str]) -> str:
                    if m.group(2) not in table:
                        table.append(m.group(2))
                    return f'<c r="{m.group(1)}" t="s"><v>{table.index(m.group(2))}</v></c>'
                data = re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>(.*?)</t></is></c>', to_shared, data)
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdS" Type="http://schemas.openxmlformats'
                                    '.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"'
                                    "/></Relationships>")
            dst.writestr(item, data)
        strings = "".join(f"<si><t>{s}</t></si>" for s in table)
        dst.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                     f'count="{len(table)}" uniqueCount="{len(table)}">{strings}</sst>')
    with zipfile.ZipFile(out) as z:
        assert 't="s"' in z.read("xl/worksheets/sheet1.xml").decode()
    assert _shape(read_table(out).rows) == _shape(_old_way(out)) == _shape(read_table(path).rows)
