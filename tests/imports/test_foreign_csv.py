"""CSV files as other tools save them: semicolons with unquoted commas, tabs, UTF-16, lost letters, catalogue wording.

Each file is written byte for byte the way Excel or LibreOffice writes it (Excel quotes a cell only when it holds
the separator it uses, so a comma inside a cell of a semicolon file stays bare).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from import_files import counts

from desktop.imports import apply_officers, apply_procedures, preview_officers, preview_procedures
from desktop.services import catalogue, officers
from desktop.services.context import ServiceContext

PEOPLE = [("Nguyễn Thị Lan", "Công chức Văn hóa, Xã hội", "Văn phòng HĐND, UBND", "0912345678"),
          ("Trần Văn Bình", "Phó Chủ tịch UBND", "UBND", "0987654321"),
          ("Lê Minh Đức", "Công chức Tư pháp, Hộ tịch", "Bộ phận Một cửa", "")]
HEAD = ("Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại")


def _lines(sep: str, rows: list[tuple[str, ...]]) -> str:
    return "\r\n".join(sep.join(row) for row in rows) + "\r\n"


def _people(ctx: ServiceContext) -> dict[str, officers.OfficerInfo]:
    return {o.full_name: o for o in officers.list_officers(ctx)}


def test_a_semicolon_csv_with_bare_commas_inside_cells(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "can-bo.csv"
    # Excel on a Vietnamese Windows: “CSV (Comma delimited)” writes semicolons, in UTF-8 with a BOM.
    path.write_bytes(codecs.BOM_UTF8 + _lines(";", [HEAD, *PEOPLE]).encode("utf-8"))
    preview = preview_officers(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.rows, preview.new) == (3, 3)
    apply_officers(ctx, path)
    lan = _people(ctx)["Nguyễn Thị Lan"]
    assert (lan.position, lan.unit, lan.phone) == ("Công chức Văn hóa, Xã hội", "Văn phòng HĐND, UBND", "0912345678")


def test_a_tab_separated_file_keeps_no_tabs_inside_names(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "can-bo.csv"
    # A list copied out of a sheet or a web page: tab-separated, commas inside cells, a no-break space in a name.
    rows = [HEAD, *PEOPLE, ("Phạm Thị\u00a0Hoa ", "Công chức Văn phòng, Thống kê", "UBND", "")]
    path.write_text(_lines("\t", rows), encoding="utf-8")
    preview = preview_officers(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert preview.new == 4
    apply_officers(ctx, path)
    people = _people(ctx)
    assert set(people) >= {"Nguyễn Thị Lan", "Trần Văn Bình", "Lê Minh Đức", "Phạm Thị Hoa"}
    assert all("\t" not in o.full_name + o.position + o.unit for o in people.values())
    assert people["Phạm Thị Hoa"].position == "Công chức Văn phòng, Thống kê"


@pytest.mark.parametrize(("encoding", "sep"), [("utf-16", "\t"), ("utf-16-le", ","), ("utf-16", ";")])
def test_a_utf16_csv_is_read(ctx: ServiceContext, tmp_path: Path, encoding: str, sep: str) -> None:
    path = tmp_path / "can-bo.csv"
    # Excel's “Unicode Text” is UTF-16 with a BOM and tabs, often renamed .csv; some tools drop the BOM.
    plain = [tuple(cell.replace(",", "") for cell in person) for person in PEOPLE]
    path.write_bytes(_lines(sep, [HEAD, *plain]).encode(encoding))
    preview = preview_officers(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert preview.new == 3
    apply_officers(ctx, path)
    assert _people(ctx)["Lê Minh Đức"].unit == "Bộ phận Một cửa"


def test_names_whose_letters_became_question_marks_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "can-bo.csv"
    # Saved through a code page without Vietnamese: every accented letter became “?”.
    rows = [HEAD, ("Nguy?n Th? H?ng", "C?ng ch?c", "UBND", ""), ("Trần Văn Bình", "Phó Chủ tịch UBND", "UBND", "")]
    path.write_text(_lines(",", rows), encoding="utf-8")
    before = counts(ctx.db)
    errors = preview_officers(ctx, path).errors
    assert [(e.row, e.column) for e in errors] == [(2, "Họ và tên"), (2, "Chức vụ")]
    assert "“Nguy?n Th? H?ng”" in errors[0].message_vi and "“?”" in errors[0].message_vi
    assert "encoding" in errors[0].message_en
    assert counts(ctx.db) == before


def test_catalogue_wording_for_free_and_for_days(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "thu-tuc.csv"
    rows = [("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Lệ phí"),
            ("1.004873", "Xác nhận tình trạng hôn nhân", "Hộ tịch",
             "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "Miễn lệ phí"),
            ("2.000908", "Chứng thực chữ ký", "Chứng thực", "Trong ngày làm việc", "Không thu phí, lệ phí")]
    path.write_text(_lines(";", rows), encoding="utf-8-sig")
    preview = preview_procedures(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    apply_procedures(ctx, path)
    got = {p.code: p for p in catalogue.list_procedures(ctx)}
    assert (got["1.004873"].statutory_days, got["1.004873"].fee) == (5, 0)
    assert (got["2.000908"].statutory_days, got["2.000908"].fee) == (0, 0)


def test_two_different_times_in_one_cell_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "thu-tuc.csv"
    rows = [("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết"),
            ("1.001022", "Đăng ký kết hôn", "Hộ tịch", "05 ngày; trường hợp cần xác minh thì không quá 10 ngày")]
    path.write_text(_lines(",", rows), encoding="utf-8")
    (error,) = preview_procedures(ctx, path).errors
    assert (error.row, error.column) == (2, "Thời hạn giải quyết") and "ngày làm việc" in error.message_vi


def test_a_code_that_lost_its_zeros_in_a_csv_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "thu-tuc.csv"
    # Saved from a sheet where 1.001190 sat in a General cell: the CSV holds what Excel showed.
    rows = [("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết"),
            ("1.00119", "Thủ tục có mã bị cắt", "Hộ tịch", "3")]
    path.write_text(_lines(",", rows), encoding="utf-8")
    (error,) = preview_procedures(ctx, path).errors
    assert (error.row, error.column) == (2, "Mã thủ tục")
    assert "1.001190" in error.message_vi and "Text" in error.message_en
