"""`report …` verbs through a parser built here with `report_cmd.register` (the main CLI wires the same function)."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from report_pdf import read

from desktop.cli import report_cmd
from desktop.cli.common import UsageError
from desktop.config.clock import ENV_FIXED_NOW
from desktop.config.paths import DataPaths
from desktop.services import catalogue, dossiers, setup, training
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput
from desktop.services.errors import NotFoundError
from desktop.store.database import Database


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="commune-desk")
    p.add_argument("--data-dir")
    report_cmd.register(p.add_subparsers(dest="command"))
    return p


def run(folder: Path, *argv: str) -> int:
    args = parser().parse_args(["--data-dir", str(folder), "report", *argv])
    return args.handler(args)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    monkeypatch.setenv(ENV_FIXED_NOW, "2026-11-20T03:00:00+00:00")
    root = tmp_path / "data"
    db = Database.open(DataPaths(root))
    ctx = ServiceContext(db, actor="admin", clock=lambda: datetime(2026, 11, 20, 3, 0))
    setup.set_up_commune(ctx, "22", "07090", leader_name="Nguyễn Văn An")
    catalogue.add_procedure(ctx, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    code = dossiers.register_dossier(ctx, DossierInput("1.001193", "Mai Văn Tú", "online",
                                                       received_at=datetime(2026, 11, 3, 9))).code
    course = training.add_course(ctx, "Kỹ năng số", start_date=date(2026, 11, 2), hours=4).id
    db.close()
    return root, code, course


def test_every_verb_writes_its_pdf(folder, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    root, code, course = folder
    cases = [("monthly", "--month", "2026-11", "--comments", "Không có kiến nghị."),
             ("quarterly", "--quarter", "2026-Q4"), ("yearly", "--year", "2026"), ("receipt", "--dossier", code),
             ("inventory",), ("attendance", "--course", course)]
    for verb, *options in cases:
        out = tmp_path / f"{verb}.pdf"
        assert run(root, verb, *options, "--out", str(out)) == 0
        assert out.stat().st_size > 5000 and read(out).pages[0], verb
        assert f"Đã ghi {out}" in capsys.readouterr().out
    assert "Không có kiến nghị." in read(tmp_path / "monthly.pdf").text()
    assert "quý IV năm 2026" in read(tmp_path / "quarterly.pdf").text()


def test_json_output(folder, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    root, _, _ = folder
    out = tmp_path / "m.pdf"
    assert run(root, "monthly", "--month", "2026-11", "--out", str(out), "--number", "12", "--json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["path"] == str(out) and payload["pages"] >= 3
    assert payload["period"] == {"from": "2026-10-15", "to": "2026-11-14", "kind": "month", "complete": True,
                                 "key": "2026-11", "calendar": False}
    assert payload["total"]["received_online"] == 1
    assert "Số: 12/BC-UBND" in read(out).text()


@pytest.mark.parametrize("argv", [
    ("monthly", "--month", "2026-13"),
    ("monthly", "--month", "11/2026"),
    ("quarterly", "--quarter", "2026-Q5"),
    ("yearly", "--year", "26"),
    ("monthly", "--month", "2027-01"),  # begins 15/12/2026, after today (20/11/2026)
    ("monthly", "--half", "2027-H1"),
    ("monthly", "--from", "2026-11-25", "--to", "2026-11-30"),
])
def test_bad_periods_are_usage_errors(folder, tmp_path: Path, argv: tuple[str, ...]) -> None:  # noqa: ANN001
    with pytest.raises(UsageError):
        run(folder[0], *argv, "--out", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()


def test_bad_targets_are_usage_errors(folder, tmp_path: Path) -> None:  # noqa: ANN001
    for target in (tmp_path / "x.txt", tmp_path / "missing" / "x.pdf", tmp_path):
        with pytest.raises(UsageError, match="--out"):
            run(folder[0], "inventory", "--out", str(target))


def test_unknown_records_are_not_found(folder, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError):
        run(folder[0], "receipt", "--dossier", "07090-261120-9999", "--out", str(tmp_path / "r.pdf"))
    with pytest.raises(NotFoundError):
        run(folder[0], "attendance", "--course", "nope", "--out", str(tmp_path / "a.pdf"))
    assert list(tmp_path.glob("*.pdf")) == []


def test_missing_arguments_are_refused(folder, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(UsageError):
        run(folder[0], "monthly", "--out", str(tmp_path / "x.pdf"))
    with pytest.raises(UsageError):
        run(folder[0], "monthly", "--month", "2026-11", "--quarter", "2026-Q4", "--out", str(tmp_path / "x.pdf"))
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit):
        parser().parse_args(["report", "receipt", "--dossier", "X"])


def test_monthly_with_xlsx_through_the_main_command(folder, tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    from desktop.cli import main

    root, _code, _course = folder
    pdf, sheet = tmp_path / "bc.pdf", tmp_path / "bc.xlsx"
    assert main(["--data-dir", str(root), "report", "monthly", "--month", "2026-11", "--out", str(pdf),
                 "--xlsx", str(sheet)]) == 0
    assert read(pdf).pages
    book = load_workbook(sheet, read_only=True)
    assert "Biểu 06" in book.sheetnames
    book.close()
    assert main(["--data-dir", str(root), "report", "monthly", "--month", "2026-11", "--out", str(pdf),
                 "--xlsx", str(tmp_path / "bc.csv")]) == 2


def test_an_open_period_says_up_to_which_day_and_the_date_and_recipients_can_be_set(
        folder, tmp_path: Path) -> None:  # noqa: ANN001
    root, _, _ = folder
    out = tmp_path / "dec.pdf"
    assert run(root, "monthly", "--month", "2026-12", "--out", str(out), "--date", "2026-11-21",
               "--recipient", "Văn phòng UBND tỉnh Quảng Ninh", "--recipient", "Lưu: VT, VH-XH") == 0
    text = read(out).text()
    assert "Từ ngày 15/11/2026 đến ngày 14/12/2026" in text
    assert "Số liệu tính đến ngày 20/11/2026" in text and "số liệu tính đến ngày 20/11/2026" in text
    assert "ngày 21 tháng 11 năm 2026" in text
    assert "- Văn phòng UBND tỉnh Quảng Ninh;" in text and "- Lưu: VT, VH-XH." in text
    assert "Sở Khoa học và Công nghệ" not in text
    done = tmp_path / "nov.pdf"
    assert run(root, "monthly", "--month", "2026-11", "--out", str(done)) == 0
    finished = read(done).text()
    assert "số liệu tính đến" not in finished.lower() and "So với kỳ trước (tháng 10 năm 2026:" in finished
    assert "cùng kỳ năm trước (tháng 11 năm 2025:" in finished
    assert "Tính đến ngày 14/11/2026, đơn vị quản lý" in finished  # equipment as at the period's end
