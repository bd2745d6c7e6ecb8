"""The Đối soát window, opened from the Báo cáo page on real widgets: the province's dossier list imported from it,
then our Biểu 06a of the month reconciled with the province's file — 0 differences, and when one side moved on, the
differing cells with the dossiers behind them."""

from __future__ import annotations

from pathlib import Path

from province_files import dossier_list, form06_file
from PySide6.QtCore import Qt

from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.reconcile_dialog import ReconcileDialog, previous_month
from desktop.ui.pages.reports_page import create_reports_page

ROWS = [
    [1, "HS-01", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15", "02/11/2026",
     "02/11/2026 10:40", None, "Đã có kết quả", "Trực tuyến"],
    [2, "HS-02", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Phạm Thị Dung", "05/11/2026 08:30",
     "26/11/2026", None, None, "Đang xử lý", "Trực tiếp"],
]
FIGURES = {"Hộ tịch": (1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0), "Xây dựng": (1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0),
           "Tổng cộng": (2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0)}


def test_reconcile_from_the_reports_page(qtbot, shown_page, tmp_path: Path) -> None:  # noqa: ANN001
    page = shown_page(create_reports_page)
    qtbot.mouseClick(page.view.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ReconcileDialog) and dialog.isVisible()
    assert not dialog.run_button.isEnabled()  # no province file yet
    runner = page.session.runner

    def idle() -> None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=60_000)

    listed = dossier_list(tmp_path / "ho-so.xlsx", ROWS)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    importer = dialog.import_dialog
    assert isinstance(importer, ImportDialog) and importer.windowTitle() == "Nhập danh sách hồ sơ từ hệ thống của tỉnh"
    importer.load(listed)
    idle()
    qtbot.mouseClick(importer.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert importer.result_value is not None and importer.result_value.new == 2, importer.message.text()
    importer.close()

    dialog.month.setText("2026-11")
    dialog.set_file(dialog.form06, form06_file(tmp_path / "06a.xlsx", FIGURES))
    dialog.set_file(dialog.dossiers, listed)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.message.text().startswith("Khớp với số liệu của tỉnh") and dialog.tree.topLevelItemCount() == 0

    moved = [list(r) for r in ROWS]
    moved[1][7], moved[1][9] = "10/11/2026 09:00", "Đã có kết quả"  # the province finished HS-02 since
    theirs = {"Hộ tịch": FIGURES["Hộ tịch"], "Xây dựng": (1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0),
              "Tổng cộng": (2, 1, 1, 0, 2, 1, 1, 0, 0, 0, 0)}
    dialog.set_file(dialog.form06, form06_file(tmp_path / "06a.xlsx", theirs))
    dialog.set_file(dialog.dossiers, dossier_list(tmp_path / "ho-so-moi.xlsx", moved))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    idle()
    assert dialog.message.text().startswith("8 ô chênh lệch")
    first = dialog.tree.topLevelItem(0)
    assert [first.text(c) for c in range(4)] == ["Xây dựng", "(7) Đã giải quyết – tổng số", "0", "1"]
    child = first.child(0)
    assert [child.text(c) for c in range(5)] == ["HS-02", "", "(5), (12)", "(5), (8)",
                                                 "khác cột: trạng thái, ngày có kết quả"]


def test_the_month_offered_is_the_one_before_today() -> None:
    from datetime import date

    assert previous_month(date(2026, 1, 5)) == "2025-12" and previous_month(date(2026, 11, 20)) == "2026-10"


def test_a_dossier_list_lacking_columns_is_named_under_its_field(qtbot, shown_page, tmp_path: Path) -> None:  # noqa: ANN001
    from openpyxl import Workbook

    page = shown_page(create_reports_page)
    qtbot.mouseClick(page.view.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    runner = page.session.runner
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã hồ sơ", "Chủ hồ sơ", "Thời điểm nộp", "Trạng thái"])  # no receipt column the list reads
    ws.append(["HS-01", "Nguyễn Văn An", "02/11/2026 08:15", "Đã có kết quả"])
    wb.save(tmp_path / "ho-so-la.xlsx")
    dialog.month.setText("2026-11")
    dialog.set_file(dialog.form06, form06_file(tmp_path / "06a.xlsx", FIGURES))
    dialog.set_file(dialog.dossiers, tmp_path / "ho-so-la.xlsx")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy, timeout=60_000)
    under = dialog.field_errors.message_for("dossiers")
    assert under.startswith("Danh sách hồ sơ «ho-so-la.xlsx» thiếu cột cần để đối soát: «Ngày tiếp nhận»")
    assert "«Trạng thái»" not in under and dialog.field_errors.message_for("form06") == ""
    assert dialog.message.text() == "Không đối soát được: xem lỗi ở tệp đã chọn."
    assert dialog.tree.topLevelItemCount() == 0
