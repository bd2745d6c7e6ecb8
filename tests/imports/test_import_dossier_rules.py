"""The province list's dossiers follow the desk's own rules: a row without an appointment date gets the one the desk
would give (office hours for online filing, working days), through the same service rule as a dossier received
here."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook

from desktop.imports.dossiers import apply_dossiers
from desktop.services import dossiers
from desktop.services.context import ServiceContext
from desktop.services.desk_rules import set_office_hours
from desktop.services.dossiers import DossierInput

HEAD = ["Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Ngày tiếp nhận", "Trạng thái", "Hình thức nộp"]


def _list(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(HEAD)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_missing_due_date_is_the_one_the_desk_gives(ctx: ServiceContext, tmp_path: Path) -> None:
    set_office_hours(ctx, time(7, 0), time(16, 0))
    late_online = datetime(2026, 11, 12, 16, 30)  # a Thursday, after the desk closed
    filed = [("1.001193", "Đăng ký khai sinh", "online", late_online),
             ("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "direct", late_online),
             ("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "online", datetime(2026, 11, 14, 9, 0))]  # Sat
    typed = [dossiers.register_dossier(ctx, DossierInput(code, "Lê Thị Hoa", channel, received_at=at)).due_date
             for code, _name, channel, at in filed]
    words = {"online": "Trực tuyến", "direct": "Trực tiếp"}
    rows = [[f"T-{i}", code, name, "Phạm Văn Nam", f"{at:%d/%m/%Y %H:%M}", "Đang xử lý", words[channel]]
            for i, (code, name, channel, at) in enumerate(filed)]
    assert apply_dossiers(ctx, _list(tmp_path / "ho-so.xlsx", rows)).new == 3
    imported = [dossiers.get_dossier(ctx, f"T-{i}").dossier.due_date for i in range(3)]
    assert imported == typed
    # In the day, filed online after hours: the clock starts when the desk opens on Friday.
    assert imported[0] == date(2026, 11, 13)
