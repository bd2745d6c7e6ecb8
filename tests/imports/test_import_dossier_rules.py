"""The province list's dossiers follow the desk's own rules: a row without an appointment date gets the one the desk
would give (office hours for online filing, working days), through the same service rule as a dossier received
here; the list's Decision 766 columns set the dossiers' marks, and a changed mark is an update."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.index766 import Marks
from desktop.imports.dossiers import apply_dossiers, preview_dossiers
from desktop.services import dossiers
from desktop.services.context import ServiceContext
from desktop.services.desk_rules import set_office_hours
from desktop.services.dossiers import DossierInput
from desktop.services.index766 import marks_of
from desktop.store.models import Dossier

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


MARK_HEAD = [*HEAD, "Số hóa", "Kết quả điện tử", "Tái sử dụng dữ liệu", "Thanh toán trực tuyến", "Đánh giá"]


def _marks(ctx: ServiceContext, code: str) -> Marks:
    with ctx.db.session() as s:
        return marks_of(s.scalars(select(Dossier).where(Dossier.code == code)).one())


def _marked(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(MARK_HEAD)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_decision_766_columns_set_the_marks_and_a_changed_mark_is_an_update(ctx: ServiceContext,
                                                                           tmp_path: Path) -> None:
    base = ["1.001193", "Đăng ký khai sinh", "Phạm Văn Nam", "02/11/2026 08:15", "Đã trả kết quả", "Trực tuyến"]
    rows = [["M-1", *base, "x", "Có", "Không", "Đã thanh toán", 5],
            ["M-2", *base, "Chưa số hóa", None, None, None, "Hài lòng"],
            ["M-3", *base, None, None, None, None, None]]
    first = apply_dossiers(ctx, _marked(tmp_path / "a.xlsx", rows))
    assert first.new == 3
    assert _marks(ctx, "M-1") == Marks(digitised=True, e_result=True, reused_data=False, paid_online=True, rating=5)
    assert _marks(ctx, "M-2") == Marks(rating=4) and _marks(ctx, "M-3") == Marks()
    assert preview_dossiers(ctx, _marked(tmp_path / "a.xlsx", rows)).unchanged == 3  # the same list: nothing

    rows[0][-1] = "Không hài lòng"  # the citizen's rating reached the province later
    rows[1][7] = None  # a blank cell leaves the stored mark alone
    preview = preview_dossiers(ctx, _marked(tmp_path / "b.xlsx", rows))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 1, 2)
    assert [(c.key, c.fields) for c in preview.changes if c.action == "updated"] == [("M-1", ("rating",))]
    apply_dossiers(ctx, _marked(tmp_path / "b.xlsx", rows))
    assert _marks(ctx, "M-1").rating == 2 and _marks(ctx, "M-2").rating == 4


def test_a_rating_out_of_range_names_its_row_and_column(ctx: ServiceContext, tmp_path: Path) -> None:
    base = ["1.001193", "Đăng ký khai sinh", "Phạm Văn Nam", "02/11/2026 08:15", "Đã trả kết quả", "Trực tuyến"]
    preview = preview_dossiers(ctx, _marked(tmp_path / "c.xlsx", [["R-1", *base, "Có", "Có", "Có", "Có", 7],
                                                                  ["R-2", *base, "Có lẽ", None, None, None, None]]))
    assert [(e.row, e.column) for e in preview.errors] == [(3, "Đánh giá"), (4, "Số hóa")]
    assert "1" in preview.errors[0].message_vi and "5" in preview.errors[0].message_vi
