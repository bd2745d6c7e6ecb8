"""The province one-stop system's dossier list: title rows, a two-row merged header, dd/mm/yyyy HH:mm, the footer;
upserted by the official code (a second import creates nothing, a changed status is one update with its event)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from import_files import counts
from openpyxl import Workbook
from support import table_count

from desktop.cli import import_cmd
from desktop.imports.dossiers import apply_dossiers, preview_dossiers
from desktop.services import dossiers
from desktop.services.context import ServiceContext

TITLE = ("ỦY BAN NHÂN DÂN PHƯỜNG AN SINH", "DANH SÁCH HỒ SƠ", "Từ ngày 01/11/2026 đến ngày 19/11/2026")
TOP = ["STT", "Mã hồ sơ", "Thủ tục hành chính", None, "Chủ hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả",
       "Ngày có kết quả", "Trạng thái", "Hình thức nộp"]
SUB = [None, None, "Mã thủ tục", "Tên thủ tục", None, None, None, None, None, None]
ROWS = [
    [1, "000.00.07.H22-261102-0001", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15",
     "02/11/2026", "02/11/2026 10:40", "Đã có kết quả", "Trực tuyến"],
    [2, "000.00.07.H22-261103-0002", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Trần Thị Bình",
     "08:30 03/11/2026", "24/11/2026", None, "Đang xử lý", "Trực tiếp"],
    [3, "000.00.07.H22-261104-0003", None, "ĐĂNG KÝ KHAI SINH", "Lê Văn Cường", "04/11/2026 14:00", "04/11/2026",
     None, "Chờ bổ sung", "Dịch vụ bưu chính công ích"],
]


def _province_list(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for line in TITLE:
        ws.append([line])
    ws.append(TOP)
    ws.append(SUB)
    for merged in ("A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "J4:J5"):
        ws.merge_cells(merged)
    for row in rows:
        ws.append(row)
    ws.append(["Tổng cộng: 3 hồ sơ"])
    ws.append([None, "Người lập biểu", None, None, None, None, None, "KT. CHỦ TỊCH"])
    ws.append([None, "Lê Minh Đức", None, None, None, None, None, "Phạm Văn Hùng"])
    wb.save(path)
    return path


def test_a_province_list_imports_once_and_then_only_its_changes(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _province_list(tmp_path / "ho-so.xlsx", ROWS)
    preview = preview_dossiers(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.new, preview.skipped_rows) == (3, (9, 10, 11))
    apply_dossiers(ctx, path)
    first = dossiers.get_dossier(ctx, "000.00.07.H22-261102-0001")
    assert (first.dossier.status, first.dossier.outcome, first.dossier.procedure_code) == (9, "on_time", "1.001193")
    assert [e.action for e in first.events] == ["register", "import"]
    third = dossiers.get_dossier(ctx, "000.00.07.H22-261104-0003")
    assert (third.dossier.status, third.dossier.procedure_code, third.dossier.channel) == (5, "1.001193", "postal")
    second = dossiers.get_dossier(ctx, "000.00.07.H22-261103-0002")
    assert (second.dossier.due_date, second.dossier.status) == (date(2026, 11, 24), 4)

    before = counts(ctx.db)
    again = preview_dossiers(ctx, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    apply_dossiers(ctx, path)
    assert counts(ctx.db) == before

    changed = [list(r) for r in ROWS]
    changed[1][7], changed[1][8] = "19/11/2026 16:00", "Đã xử lý xong"
    _province_list(path, changed)
    preview = preview_dossiers(ctx, path)
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, 2)
    apply_dossiers(ctx, path)
    second = dossiers.get_dossier(ctx, "000.00.07.H22-261103-0002")
    assert (second.dossier.status, second.dossier.outcome) == (9, "early")
    assert [(e.action, e.from_status, e.to_status) for e in second.events][-1] == ("import", 4, 9)


def test_unknown_procedures_and_status_words_name_their_row(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [ROWS[0], [4, "HS-4", "2.002222", "Thủ tục mới của tỉnh", "Phan Văn Tú", "05/11/2026 09:00", None, None,
                      "Đang chờ ký", "Trực tiếp"],
            [5, "HS-5", "2.002222", "Thủ tục mới của tỉnh", "Hoàng Thị Mai", "05/11/2026 09:30", None, None,
             "Đang xử lý", "Trực tiếp"]]
    path = _province_list(tmp_path / "ho-so.xlsx", rows)
    before = counts(ctx.db)
    errors = preview_dossiers(ctx, path).errors
    assert [(e.row, e.column) for e in errors] == [(7, "Trạng thái"), (8, "Thủ tục hành chính / Mã thủ tục")]
    assert "“Đang chờ ký”" in errors[0].message_vi and "“Đang xử lý”" in errors[0].message_vi
    assert "“2.002222”" in errors[1].message_vi and "--create-procedures" in errors[1].message_en
    assert counts(ctx.db) == before
    rows[1][8] = "Đang xử lý"
    _province_list(path, rows)
    created = preview_dossiers(ctx, path, create_procedures=True)
    assert created.ok and created.new == 3 and any("2.002222" in n for n in created.notes)
    apply_dossiers(ctx, path, create_procedures=True)
    assert dossiers.get_dossier(ctx, "HS-5").dossier.procedure_code == "2.002222"


def test_the_command_prints_the_counts_as_json(ctx: ServiceContext, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _province_list(tmp_path / "ho-so.xlsx", ROWS)
    parser = import_cmd.argparse.ArgumentParser()
    import_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["import", "dossiers", str(path), "--dry-run", "--json"])
    assert args.create_procedures is False and args.handler is import_cmd._import
    payload = import_cmd._dossier_json(preview_dossiers(ctx, path), applied=False)
    assert (payload["created"], payload["updated"], payload["unchanged"], payload["errors"]) == (3, 0, 0, [])
    assert payload["skipped_rows"] == [9, 10, 11]
    json.dumps(payload)


def test_a_dossier_typed_here_before_is_merged_not_doubled(ctx: ServiceContext, tmp_path: Path) -> None:
    typed = dossiers.register_dossier(ctx, dossiers.DossierInput(
        "1.001193", "NGUYỄN VĂN AN", "online", received_at=datetime(2026, 11, 2, 8, 20)))
    preview = preview_dossiers(ctx, _province_list(tmp_path / "ho-so.xlsx", ROWS))
    assert (preview.new, preview.updated) == (2, 1)
    (merged,) = [c for c in preview.changes if c.action == "updated"]
    assert merged.key == "000.00.07.H22-261102-0001" and merged.fields[:2] == ("code", "status")
    apply_dossiers(ctx, tmp_path / "ho-so.xlsx")
    detail = dossiers.get_dossier(ctx, "000.00.07.H22-261102-0001")
    assert detail.dossier.id == typed.id and detail.dossier.status == 9
    assert [e.action for e in detail.events] == ["register", "import"]
    assert table_count(ctx.db, "dossiers") == 3  # three rows, one of them the dossier typed here
