"""Reconciling our Biểu 06a with the province's own II.06a export (made as its system's Excel export is: title rows,
a three-row merged header, the (1)…(13) numbering row, a total row and signatures): the imported month agrees with 0
differences; when the two sides differ, each differing cell names the dossiers behind it and why."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from province_files import dossier_list, form06_file
from test_import_cmd import folder, run  # noqa: F401 - the command's fixture

from desktop.cli import reconcile_cmd
from desktop.imports.dossiers import apply_dossiers, preview_dossiers
from desktop.imports.reconcile import Form06FileError, period_of_month, read_form06, reconcile
from desktop.services import dossiers
from desktop.services.context import ServiceContext

LIST = [
    [1, "HS-01", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15", "02/11/2026",
     "02/11/2026 10:40", None, "Đã có kết quả", "Trực tuyến"],
    [2, "HS-02", "1.001193", "Đăng ký khai sinh", "Trần Thị Bình", "03/11/2026 09:00", "04/11/2026",
     "03/11/2026 15:00", "03/11/2026 16:00", "Đã trả kết quả", "Trực tiếp"],
    [3, "HS-03", "1.001193", "Đăng ký khai sinh", "Lê Văn Cường", "04/11/2026 14:00", "04/11/2026", None, None,
     "Chờ bổ sung", "Dịch vụ bưu chính công ích"],
    [4, "HS-04", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Phạm Thị Dung", "05/11/2026 08:30",
     "26/11/2026", None, None, "Đang xử lý", "Trực tiếp"],
    [5, "HS-05", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoàng Văn Em", "06/11/2026 10:00",
     "09/11/2026", None, None, "Đang xử lý", "Trực tuyến"],
    [6, "HS-06", "1.001193", "Đăng ký khai sinh", "Vũ Thị Giang", "09/11/2026 09:00", "09/11/2026", None, None,
     "Công dân rút hồ sơ", "Trực tiếp"],
]
# The province's figures for that list, columns (3)–(13), as its own report prints them.
AGREED = {"Hộ tịch": (4, 1, 3, 0, 4, 1, 3, 0, 0, 0, 0), "Xây dựng": (2, 1, 1, 0, 0, 0, 0, 0, 2, 1, 1),
          "Tổng cộng": (6, 2, 4, 0, 4, 1, 3, 0, 2, 1, 1)}


@pytest.fixture
def month() -> tuple[object, object]:
    """The reporting month 2026-11 as the command reads it (the period rule of domain.periods)."""
    return period_of_month("2026-11")


def test_the_imported_month_agrees_with_the_provinces_form(ctx: ServiceContext, tmp_path: Path,
                                                           month: tuple) -> None:  # type: ignore[type-arg]
    listed = dossier_list(tmp_path / "ho-so.xlsx", LIST)
    assert preview_dossiers(ctx, listed).ok
    apply_dossiers(ctx, listed)
    form = read_form06(form06_file(tmp_path / "06a.xlsx", AGREED))
    assert form.rows == {"Hộ tịch": AGREED["Hộ tịch"], "Xây dựng": AGREED["Xây dựng"]}
    assert form.total == AGREED["Tổng cộng"]
    result = reconcile(ctx, tmp_path / "06a.xlsx", *month, listed)
    assert result.ok and result.differences == () and result.fields_only_here == ()
    assert reconcile(ctx, tmp_path / "06a.xlsx", *month).ok  # without the list too


def test_each_difference_names_its_dossiers_and_why(ctx: ServiceContext, tmp_path: Path,
                                                    month: tuple) -> None:  # type: ignore[type-arg]
    apply_dossiers(ctx, dossier_list(tmp_path / "ho-so.xlsx", LIST))
    # Here: a dossier typed at the desk that the province never got.
    local = dossiers.register_dossier(ctx, dossiers.DossierInput(
        "1.001193", "Đỗ Văn Hải", "direct", received_at=datetime(2026, 11, 10, 9, 0))).code
    # There: a dossier we never imported, and HS-05 finished since our import.
    later = [list(r) for r in LIST] + [[7, "HS-07", "1.001193", "Đăng ký khai sinh", "Bùi Thị Lan",
                                        "10/11/2026 09:30", "10/11/2026", None, None, "Đang xử lý", "Trực tuyến"]]
    later[4][7], later[4][9] = "08/11/2026 16:00", "Đã có kết quả"
    listed = dossier_list(tmp_path / "ho-so-moi.xlsx", later)
    theirs = {"Hộ tịch": (5, 2, 3, 0, 4, 1, 3, 0, 1, 0, 1), "Xây dựng": (2, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0),
              "Tổng cộng": (7, 3, 4, 0, 5, 2, 3, 0, 2, 1, 1)}
    result = reconcile(ctx, form06_file(tmp_path / "06a.xlsx", theirs), *month, listed)
    cells = {(d.field, d.column): d for d in result.differences}
    assert set(cells) == {("Hộ tịch", 4), ("Hộ tịch", 5), ("Xây dựng", 7), ("Xây dựng", 8), ("Xây dựng", 11),
                          ("Xây dựng", 13), ("Tổng cộng", 4), ("Tổng cộng", 5), ("Tổng cộng", 7),
                          ("Tổng cộng", 8), ("Tổng cộng", 11), ("Tổng cộng", 13)}
    assert (cells["Hộ tịch", 4].ours, cells["Hộ tịch", 4].theirs) == (1, 2)
    assert [(r.code, r.where) for r in cells["Hộ tịch", 4].dossiers] == [("HS-07", "only_there")]
    assert [(r.code, r.where) for r in cells["Hộ tịch", 5].dossiers] == [(local, "only_here")]
    (moved,) = cells["Xây dựng", 13].dossiers
    assert (moved.code, moved.where, moved.ours, moved.theirs) == ("HS-05", "other_column", (4, 13), (4, 8))
    assert moved.why == ("status", "finished_at")
    assert [r.code for r in cells["Tổng cộng", 11].dossiers] == sorted(["HS-05", "HS-07", local])
    # Without the list, each cell names the dossiers we count in it.
    alone = {(d.field, d.column): d for d in reconcile(ctx, tmp_path / "06a.xlsx", *month).differences}
    assert [(r.code, r.where) for r in alone["Xây dựng", 13].dossiers] == [("HS-05", "counted")]


def test_the_command_prints_the_differences_as_json(folder: Path, tmp_path: Path,  # noqa: F811
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    listed = dossier_list(tmp_path / "ho-so.xlsx", LIST)
    assert run(folder, "dossiers", str(listed), "--create-procedures") == 0
    capsys.readouterr()
    parser = reconcile_cmd.argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    reconcile_cmd.register(parser.add_subparsers())
    # Procedures created from the list sit in one unfiled field: the province's form splits them by field.
    theirs = {"Chưa phân loại": AGREED["Tổng cộng"], "Tổng cộng": AGREED["Tổng cộng"]}
    args = parser.parse_args(["--data-dir", str(folder), "reconcile", "--form06",
                              str(form06_file(tmp_path / "06a.xlsx", theirs)), "--month", "2026-11", "--dossiers",
                              str(listed), "--json"])
    assert args.handler(args) == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["ok"], payload["differences"]) == (True, [])
    theirs["Tổng cộng"] = (7, 3, *AGREED["Tổng cộng"][2:])
    args.form06 = str(form06_file(tmp_path / "06a.xlsx", theirs))
    args.json = False
    assert args.handler(args) == 1
    out = capsys.readouterr().out
    assert "«Tổng cộng», cột (3)" in out and "1 ô chênh lệch" not in out and "2 ô chênh lệch" in out


def test_a_file_that_is_no_form06_is_a_clear_error(tmp_path: Path) -> None:
    path = dossier_list(tmp_path / "ho-so.xlsx", LIST)
    with pytest.raises(Form06FileError) as err:
        read_form06(path)
    assert err.value.code == "reconcile.no_field_header" and "ho-so.xlsx" in err.value.message("vi")


def test_a_dossier_list_without_the_needed_columns_names_them(folder: Path, tmp_path: Path,  # noqa: F811
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A list whose header says “Giai đoạn” and “Thời điểm nộp” (neither a known name) is refused, the two
    columns named in both languages with the names they are found by; nothing is compared silently."""
    from openpyxl import Workbook

    from desktop.cli import main
    from desktop.imports.reconcile import DossierListError

    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(["STT", "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Thời điểm nộp", "Giai đoạn"])
    ws.append([1, "HS-01", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15", "Đã có kết quả"])
    wb.save(tmp_path / "ho-so-la.xlsx")
    form06 = form06_file(tmp_path / "06a.xlsx", AGREED)
    code = main(["--data-dir", str(folder), "reconcile", "--form06", str(form06), "--month", "2026-11",
                 "--dossiers", str(tmp_path / "ho-so-la.xlsx")])
    err = capsys.readouterr().err
    assert code == 2
    assert "Danh sách hồ sơ «ho-so-la.xlsx» thiếu cột cần để đối soát: «Ngày tiếp nhận» (cũng gọi là «ngày nhận»" in err
    assert "«Trạng thái» (cũng gọi là «trạng thái hồ sơ»" in err and "«Mã hồ sơ»" not in err
    assert "“Ngày tiếp nhận” (Received)" in err and "“Trạng thái” (Status)" in err

    from desktop.cli.common import open_context

    class Args:
        data_dir = str(folder)

    with open_context(Args()) as ctx, pytest.raises(DossierListError) as raised:
        reconcile(ctx, form06, *period_of_month("2026-11"), tmp_path / "ho-so-la.xlsx")
    assert (raised.value.code, raised.value.field) == ("reconcile.list_columns_missing", "dossiers")
