"""`import …` verbs through a parser built here with `import_cmd.register` (the main CLI wires the same function)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

import pytest
from import_files import write_csv, write_xlsx
from openpyxl import Workbook, load_workbook

from desktop.cli import import_cmd
from desktop.cli.common import UsageError
from desktop.config.clock import ENV_FIXED_NOW
from desktop.config.paths import DataPaths
from desktop.imports import ImportFileError
from desktop.imports.templates import DATA_SHEET
from desktop.services import catalogue, setup
from desktop.services.context import ServiceContext
from desktop.store.database import Database

HEAD = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn"]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="commune-desk")
    p.add_argument("--data-dir")
    import_cmd.register(p.add_subparsers(dest="command"))
    return p


def run(folder: Path, *argv: str) -> int:
    args = parser().parse_args(["--data-dir", str(folder), "import", *argv])
    return args.handler(args)


def procedures(folder: Path) -> set[str]:
    db = Database.open(DataPaths(folder))
    try:
        return {p.code for p in catalogue.list_procedures(ServiceContext(db))}
    finally:
        db.close()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_FIXED_NOW, "2026-11-20T03:00:00+00:00")
    root = tmp_path / "data"
    db = Database.open(DataPaths(root))
    setup.set_up_commune(ServiceContext(db, actor="admin", clock=lambda: datetime(2026, 11, 20, 3)), "22", "07090")
    db.close()
    return root


def test_dry_run_prints_the_preview_and_writes_nothing(folder: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "tt.csv", [HEAD, ["9.000001", "Thủ tục thử", "Hộ tịch", 3]])
    assert run(folder, "procedures", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "thêm mới 1, cập nhật 0, không đổi 0; 0 lỗi" in out and "1 new, 0 updated" in out
    assert "nothing written" in out
    assert procedures(folder) == set()
    assert run(folder, "procedures", str(path)) == 0
    assert "Đã nhập xong" in capsys.readouterr().out
    assert procedures(folder) == {"9.000001"}


def test_row_errors_are_printed_and_exit_2_with_nothing_written(folder: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    rows = [HEAD, ["9.000001", "Tốt", "Hộ tịch", 3], ["9.000002", "Xấu", "Hộ tịch", "năm"]]
    path = write_xlsx(tmp_path / "tt.xlsx", rows)
    for extra in ((), ("--dry-run",)):
        assert run(folder, "procedures", str(path), *extra) == 2
        out = capsys.readouterr().out
        assert "Dòng 3, cột «Thời hạn»: “năm” không phải số ngày làm việc" in out
        assert "Row 3, column “Days”: “năm” is not a number of working days" in out
    assert procedures(folder) == set()


def test_json_output(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "tt.csv", [HEAD, ["9.000001", "Thủ tục thử", "Hộ tịch", "x"]])
    assert run(folder, "procedures", str(path), "--json") == 2
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is False and payload["applied"] is False and payload["rows"] == 1
    assert payload["errors"][0]["row"] == 2 and payload["errors"][0]["column_en"] == "Days"


def test_wrong_inputs(folder: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(ImportFileError, match="bao-cao.pdf"):
        run(folder, "equipment", str(pdf))
    with pytest.raises(UsageError):
        run(folder, "officers", str(tmp_path / "khong-co.csv"))
    with pytest.raises(SystemExit):
        parser().parse_args(["import", "ho-so", "x.csv"])


def test_template_copies_the_shipped_file(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mau-thiet-bi.xlsx"
    assert run(folder, "template", "equipment", "--out", str(out)) == 0
    assert "Đã chép tệp mẫu" in capsys.readouterr().out
    assert load_workbook(out)[DATA_SHEET]["A1"].value == "Mã tài sản"
    # Untouched, the template holds only its example rows: they are skipped, so there is nothing to import.
    assert run(folder, "equipment", str(out), "--dry-run") == 2
    printed = capsys.readouterr().out
    assert "Bỏ qua dòng 2–5 (dòng ví dụ của tệp mẫu)" in printed and "chưa có dòng dữ liệu" in printed
    with pytest.raises(UsageError, match=".xlsx"):
        run(folder, "template", "equipment", "--out", str(tmp_path / "mau.csv"))
    with pytest.raises(UsageError, match="không tồn tại"):
        run(folder, "template", "equipment", "--out", str(tmp_path / "khong" / "mau.xlsx"))


def test_sheet_chooses_the_sheet_to_read(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = Workbook()
    wb.active.title = "Ghi chú"
    wb.active.append(["Danh mục thủ tục cấp xã, cập nhật tháng 11/2026"])
    ws = wb.create_sheet("Danh mục")
    ws.append(HEAD)
    ws.append(["9.000001", "Thủ tục thử", "Hộ tịch", 3])
    path = tmp_path / "tt.xlsx"
    wb.save(path)
    assert run(folder, "procedures", str(path), "--dry-run") == 2
    out = capsys.readouterr().out
    assert "dữ liệu có ở trang «Danh mục»" in out and "--sheet NAME" in out
    assert run(folder, "procedures", str(path), "--sheet", "Danh mục", "--json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["applied"], payload["sheet"], payload["sheets"]) == (True, "Danh mục", ["Ghi chú", "Danh mục"])
    assert procedures(folder) == {"9.000001"}


def test_dossiers_import_creates_then_reports_nothing_new(folder: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ho-so.csv"
    path.write_text("DANH SÁCH HỒ SƠ\nMã hồ sơ;Mã thủ tục;Tên thủ tục;Người nộp;Ngày nhận;Trạng thái hồ sơ\n"
                    "H22-0001;1.001193;Đăng ký khai sinh;Nguyễn Văn An;02/11/2026 08:15;Đã tiếp nhận\n"
                    "Tổng cộng: 1 hồ sơ\n", encoding="utf-8-sig")
    assert run(folder, "dossiers", str(path), "--json") == 2  # the procedure is not in this catalogue yet
    refused = json.loads(capsys.readouterr().out)
    (error,) = refused["errors"]
    assert refused["created"] == 0 and error["row"] == 3 and "1.001193" in error["message"]
    assert run(folder, "dossiers", str(path), "--create-procedures", "--json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["created"], payload["applied"], payload["skipped_rows"]) == (1, True, [4])
    assert run(folder, "dossiers", str(path), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 1)
    assert procedures(folder) == {"1.001193"}
