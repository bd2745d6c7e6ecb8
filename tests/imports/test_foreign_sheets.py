"""Workbooks as officers and provinces make them: merged two-row headers, codes in number cells, a formatted cell far
below the data, data on another sheet, totals and signatures under the list, and every problem reported at once.

The workbooks are built with openpyxl the way Excel and LibreOffice save them: a merged range keeps its text in its
first cell only, a number cell keeps its number and its format, a formatted empty cell is written with no value.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from import_files import counts
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill

from desktop.imports import (
    ImportFileError,
    apply_equipment,
    apply_officers,
    apply_procedures,
    preview_attendance,
    preview_equipment,
    preview_officers,
    preview_procedures,
)
from desktop.imports.reader import read_table
from desktop.imports.templates import DATA_SHEET, copy_template
from desktop.services import catalogue, equipment, officers
from desktop.services.context import ServiceContext


def _save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def test_a_two_row_merged_header_reads_every_column(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH TRANG THIẾT BỊ CÔNG NGHỆ THÔNG TIN"])
    ws.merge_cells("A1:I1")
    ws.append(["STT", "Mã tài sản", "Loại thiết bị", "Thông tin thiết bị", None, None, "Thông tin sử dụng", None,
               None])
    ws.append([None, None, None, "Model", "Số sê-ri", "Vị trí", "Năm sử dụng", "Người sử dụng", "Tình trạng"])
    for merged in ("A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2"):
        ws.merge_cells(merged)
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"])
    ws.append([1, "MI-2016-02", "Máy in", "Canon LBP 2900", None, "Văn phòng UBND", 2016, None, "Hỏng"])
    ws.append([2, "MT-2019-01", "Máy tính để bàn", "Dell OptiPlex 3070", "8XK2J13", "Bộ phận Một cửa", 2019,
               "Nguyễn Thị Lan", "Đang sử dụng"])
    path = _save(wb, tmp_path / "thiet-bi.xlsx")
    preview = preview_equipment(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.rows, preview.new, preview.skipped_rows) == (2, 2, (4,))
    assert not any("Unused" in n and "Vị trí" in n for n in preview.notes)
    apply_equipment(ctx, path)
    printer = {d.asset_tag: d for d in equipment.list_equipment(ctx)}["MI-2016-02"]
    # The broken printer is saved broken, where it stands, from the year it came: no column dropped.
    assert (printer.status, printer.location, printer.acquired_on) == ("broken", "Văn phòng UBND", date(2016, 1, 1))


def test_a_column_name_left_in_the_row_below_the_header_is_an_error(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã tài sản", "Loại thiết bị", "Ghi chú"])
    # A second header row that does not sit under a merged title: “Tình trạng” is not read, and that is said.
    ws.append(["(theo sổ tài sản)", None, None, "Tình trạng"])
    ws.append(["MI-02", "Máy in", "Kẹt giấy", "Hỏng"])
    path = _save(wb, tmp_path / "thiet-bi.xlsx")
    errors = preview_equipment(ctx, path).errors
    assert errors and errors[0].row == 2 and "«Tình trạng»" in errors[0].message_vi
    assert "not the header row" in errors[0].message_en


def test_codes_in_number_cells_keep_their_zeros_or_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết"])
    ws.append([1.00119, "Thủ tục có mã trong ô số", "Hộ tịch", 3])
    ws["A2"].number_format = "0.000000"  # Excel shows 1.001190: the format knows the zero
    ws.append([1.001193, "Đăng ký khai sinh", "Hộ tịch", 0])  # General, six decimals: nothing can be lost
    path = _save(wb, tmp_path / "thu-tuc.xlsx")
    preview = preview_procedures(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert [(c.key, c.action) for c in preview.changes] == [("1.001190", "new"), ("1.001193", "unchanged")]
    ws.append([1.00121, "Thủ tục có mã bị cắt", "Hộ tịch", 3])  # General: was it 1.001210?
    _save(wb, path)
    (error,) = preview_procedures(ctx, path).errors
    assert (error.row, error.column) == (4, "Mã thủ tục") and "1.00121" in error.message_vi
    assert "Text" in error.message_en


def test_a_formatted_empty_cell_far_below_does_not_count_as_rows(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết"])
    ws.append(["2.000001", "Chứng thực chữ ký", "Chứng thực", 0])
    far = ws.cell(row=60_000, column=2)  # someone coloured a cell far down: Excel keeps it, with no value
    far.fill, far.font = PatternFill("solid", fgColor="FFFF00"), Font(bold=True)
    path = _save(wb, tmp_path / "thu-tuc.xlsx")
    assert [n for n, _ in read_table(path).rows] == [1, 2]
    preview = preview_procedures(ctx, path)
    assert preview.ok and preview.new == 1


def _two_sheets(path: Path) -> Path:
    wb = Workbook()
    guide = wb.active
    guide.title = "Hướng dẫn"
    guide.append(["Danh sách cán bộ, công chức xã năm 2026"])
    guide.append(["Điền danh sách ở trang “Danh sách”."])
    people = wb.create_sheet("Danh sách")
    people.append(["Họ và tên", "Chức vụ", "Đơn vị"])
    people.append(["Nguyễn Thị Lan", "Công chức Văn hóa - Xã hội", "Văn phòng"])
    wb.create_sheet("Biểu đồ")
    return _save(wb, path)


def test_data_on_another_sheet_names_the_sheets_and_the_caller_chooses(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _two_sheets(tmp_path / "can-bo.xlsx")
    before = counts(ctx.db)
    first = preview_officers(ctx, path)
    assert (first.sheet, first.sheets) == ("Hướng dẫn", ("Hướng dẫn", "Danh sách", "Biểu đồ"))
    message = first.errors[0]
    assert "«Hướng dẫn», «Danh sách», «Biểu đồ»" in message.message_vi
    assert "dữ liệu có ở trang «Danh sách»" in message.message_vi and "--sheet" in message.message_en
    chosen = preview_officers(ctx, path, sheet="Danh sách")
    assert chosen.ok and chosen.new == 1 and chosen.sheet == "Danh sách"
    assert counts(ctx.db) == before
    apply_officers(ctx, path, sheet="Danh sách")
    assert [o.full_name for o in officers.list_officers(ctx)] == ["Nguyễn Thị Lan"]
    with pytest.raises(ImportFileError) as err:
        preview_officers(ctx, path, sheet="Trang 4")
    assert err.value.code == "import.no_sheet" and "«Danh sách»" in err.value.message_vi


def test_numbering_totals_and_signatures_are_skipped_with_a_note(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    for line in ("ỦY BAN NHÂN DÂN PHƯỜNG AN SINH", "DANH SÁCH CÁN BỘ, CÔNG CHỨC", None):
        ws.append([line])
    ws.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị"])
    ws.append([1, "Nguyễn Thị Lan", "Công chức Văn hóa - Xã hội", "Văn phòng"])
    ws.append([2, "Trần Văn Bình", "Chủ tịch", "UBND"])  # “Chủ tịch” in a data row is no signature
    ws.append([3, None, None, None])  # numbered ahead by hand, never filled
    ws.append([4])
    ws.append(["Tổng cộng: 2 người"])
    ws.append([])
    ws.append([None, "Người lập biểu", None, "KT. CHỦ TỊCH"])
    ws.append([None, None, None, "PHÓ CHỦ TỊCH"])
    ws.append([None, "(Ký, ghi rõ họ tên)", None, "(Ký, đóng dấu)"])
    ws.append([None, "Lê Minh Đức", None, "Phạm Văn Hùng"])
    path = _save(wb, tmp_path / "can-bo.xlsx")
    preview = preview_officers(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.rows, preview.new) == (2, 2)
    assert preview.skipped_rows == (7, 8, 9, 11, 12, 13, 14)
    notes = " ".join(preview.notes)
    assert "Bỏ qua dòng 7–8 (chỉ có số thứ tự" in notes and "dòng 9 (dòng tổng cộng)" in notes
    assert "11–14 (phần ký tên)" in notes and "signature block" in notes
    apply_officers(ctx, path)
    assert sorted(o.full_name for o in officers.list_officers(ctx)) == ["Nguyễn Thị Lan", "Trần Văn Bình"]


def test_examples_left_in_a_template_rename_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    path = copy_template("procedures", tmp_path / "thu-tuc.xlsx")
    wb = load_workbook(path)
    wb[DATA_SHEET].append(["1.004873", "Xác nhận tình trạng hôn nhân", "Hộ tịch", 3])
    _save(wb, path)
    preview = preview_procedures(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert [(c.key, c.action) for c in preview.changes] == [("1.004873", "new")]
    apply_procedures(ctx, path)
    stored = {p.code: p for p in catalogue.list_procedures(ctx)}
    assert stored["1.009994"].field_name == "Xây dựng"  # the example says “Hoạt động xây dựng”: not applied


def test_cell_errors_and_cross_field_errors_are_reported_together(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Khóa đào tạo", "Ngày bắt đầu", "Số giờ khóa học", "Họ và tên", "Kết quả", "Ngày cấp chứng chỉ",
               "Ngày hết hạn chứng chỉ"])
    ws.append(["Kỹ năng số cơ bản", date(2026, 10, 12), 16, "Nguyễn Thị Lan", "Giỏi", date(2026, 10, 1), None])
    ws.append([None, None, None, "Lê Minh Đức", "Đạt", None, date(2027, 10, 1)])
    path = _save(wb, tmp_path / "dao-tao.xlsx")
    errors = preview_attendance(ctx, path).errors
    assert [(e.row, e.column) for e in errors] == [(2, "Kết quả"), (2, "Ngày cấp chứng chỉ"),
                                                   (3, "Ngày cấp chứng chỉ")]
    assert "trước ngày bắt đầu" in errors[1].message_vi and "before its expiry" in errors[2].message_en
