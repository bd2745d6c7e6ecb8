"""The dossier import's cost does not grow a query per row: a list without due dates reads the days off once, and
the receipt numbers of its dossiers are looked up a chunk of receipt moments per statement (speed itself is the
benchmark's job: benchmarks/bench_import.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import event

from desktop.imports.dossiers import apply_dossiers
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, register_dossier

ROWS = 450  # more receipt moments than one lookup statement takes


def _list(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(["Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Ngày tiếp nhận", "Trạng thái"])
    for i in range(ROWS):
        at = datetime(2026, 11, 2, 7, 0) + timedelta(minutes=7 * i)  # each at its own minute
        ws.append([f"H-{i:04d}", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", f"Lê Văn {i}",
                   f"{at:%d/%m/%Y %H:%M}", "Đang xử lý"])
    wb.save(path)
    return path


def test_statements_do_not_grow_with_the_rows(ctx: ServiceContext, tmp_path: Path) -> None:
    # One dossier typed at the desk: the import's receipt numbers must now be looked up (on an empty desk there is
    # nothing to look up at all).
    register_dossier(ctx, DossierInput("1.001193", "Trần Thị Mai", "direct", received_at=datetime(2026, 11, 2, 8)))
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        result = apply_dossiers(ctx, _list(tmp_path / "ho-so.xlsx"))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert result.new == ROWS
    assert sum("FROM holiday_overrides" in s for s in seen) == 1
    assert sum("MAX(receipt_seq)" in s for s in seen) == 2
    assert len(seen) < 60
