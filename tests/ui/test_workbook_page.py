"""The workbook page on real widgets: the issue's examples as the officer sees them, in Vietnamese and in English."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget

from desktop.services import coverage, recommendations, tasks, teams, villages
from desktop.ui import i18n
from desktop.ui.dialogs.task_dialog import CompleteTaskDialog, TaskDialog
from desktop.ui.pages.workbook_page import WORKBOOK, WorkbookPageController, create_workbook_page
from desktop.ui.pages.workbook_view import ALERT


def _seed(ctx) -> None:  # noqa: ANN001
    # The fixed clock reads Friday 20/11/2026.
    tasks.add_task(ctx, "T1", "Số hoá hồ sơ lưu trữ", date(2026, 9, 30), source_document="02-KH/BCĐTW")
    tasks.add_task(ctx, "T2", "Lập tổ công nghệ số ở mọi thôn", date(2026, 10, 31), owner="Phạm Thị Hoa")
    tasks.add_task(ctx, "T3", "Tập huấn kỹ năng số", date(2026, 12, 31))
    tasks.complete_task(ctx, "T1", date(2026, 9, 25))
    for i in range(1, 13):
        villages.add_village(ctx, f"Thôn {i}", households=60 if i == 5 else 40 + i, signal="none" if i == 5 else "good")
        if i not in (3, 9):
            teams.add_team(ctx, f"Thôn {i}", f"{i}/QĐ-UBND")
    coverage.add_outage(ctx, "Thôn 5", datetime(2026, 11, 3, 8), datetime(2026, 11, 5, 17), cause="Mất điện")
    recommendations.add_recommendation(ctx, date(2026, 10, 1), "Sở KH&CN", "Lắp trạm BTS cho Thôn 5")


@pytest.fixture
def page(session, shown_page) -> WorkbookPageController:  # noqa: ANN001
    _seed(session.ctx)
    return shown_page(create_workbook_page)


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_examples_show_on_the_page(page: WorkbookPageController) -> None:
    v = page.view
    assert _column(v.tasks, 0) == ["T1", "T2", "T3"]
    assert _column(v.tasks, 5) == ["Hoàn thành đúng hạn", "Quá hạn", "Đang thực hiện"]
    assert "1 hoàn thành đúng hạn" in v.task_summary.text() and "1 quá hạn" in v.task_summary.text()
    assert v.tasks.item(1, 0).foreground().color() == QColor(ALERT)
    assert v.without_team.text() == "Thôn chưa có tổ: Thôn 3, Thôn 9"
    assert _column(v.villages, 0)[:3] == ["Thôn 1", "Thôn 2", "Thôn 3"] and v.villages.item(2, 4).text() == "Chưa có tổ"
    assert "1 sự cố, 57 giờ; ảnh hưởng: Thôn 5 (60 hộ)" in v.coverage.text()
    assert _column(v.outages, 3) == ["57"]
    assert v.recommendations.item(0, 0).foreground().color() == QColor(ALERT)  # 50 days without an answer
    attention = v.attention.text()
    assert "1 nhiệm vụ quá hạn" in attention and "2 thôn chưa có tổ" in attention and "1 kiến nghị" in attention


def test_a_change_announced_reloads_the_page(page: WorkbookPageController, session, wait_idle) -> None:  # noqa: ANN001
    tasks.complete_task(session.ctx, "T2", date(2026, 11, 19))
    session.changed(WORKBOOK)
    wait_idle()
    assert _column(page.view.tasks, 5)[1] == "Hoàn thành trễ hạn"


def test_english(qapp, session, shown_page) -> None:  # noqa: ANN001
    _seed(session.ctx)
    translator = i18n.install_translator(qapp, "en")
    try:
        page = shown_page(create_workbook_page)
        assert _column(page.view.tasks, 5) == ["Done on time", "Overdue", "In progress"]
        assert page.view.without_team.text() == "Villages without a team: Thôn 3, Thôn 9"
        assert page.view.tabs.tabText(0) == "Tasks"
    finally:
        qapp.removeTranslator(translator)
        i18n.install_translator(qapp, "vi")


def test_an_empty_workbook_says_so(session, shown_page) -> None:  # noqa: ANN001
    page = shown_page(create_workbook_page)
    assert page.view.state.text() == "" and page.view.tasks.rowCount() == 0
    assert page.view.attention.text() == "Không có việc cần xử lý gấp."
    assert "0 sự cố, 0 giờ; ảnh hưởng: —" in page.view.coverage.text()


def test_add_a_task_and_mark_it_done_by_keyboard(page: WorkbookPageController, qtbot, type_text,  # noqa: ANN001
                                                 wait_idle) -> None:  # noqa: ANN001
    assert page.new_record()
    dialog = page.active_dialog
    assert isinstance(dialog, TaskDialog)
    type_text(dialog.code, "T4")
    type_text(dialog.title, "Phủ sóng 4G Thôn 5")
    dialog.deadline.setDate(date(2026, 12, 15))
    type_text(dialog.source, "Kế hoạch 15/KH-UBND")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    wait_idle()
    assert page.active_dialog is None and _column(page.view.tasks, 0) == ["T1", "T2", "T4", "T3"]  # by deadline
    # A code already used is refused at its field, with what was typed kept.
    page.new_record()
    again = page.active_dialog
    type_text(again.code, "t2")
    type_text(again.title, "Trùng mã")
    qtbot.keyClick(again.owner, Qt.Key.Key_Return)
    assert again.isVisible() and (again.code.text(), again.title.text()) == ("t2", "Trùng mã")
    assert "đã có" in again.errors.message_for("code")
    assert len(tasks.list_tasks(page.ctx).tasks) == 4
    again.reject()
    # Mark T2 done: selecting it enables the button, the dialog dates it today.
    assert not page.view.complete_task.isEnabled()
    page.view.tasks.selectRow(1)
    assert page.view.complete_task.isEnabled()
    qtbot.mouseClick(page.view.complete_task, Qt.MouseButton.LeftButton)
    done = page.active_dialog
    assert isinstance(done, CompleteTaskDialog) and done.task.code == "T2"
    type_text(done.evidence, "Báo cáo 20/BC-UBND")
    qtbot.keyClick(done.evidence, Qt.Key.Key_Return)
    wait_idle()
    assert _column(page.view.tasks, 5)[1] == "Hoàn thành trễ hạn" and _column(page.view.tasks, 6)[1] == "20/11/2026"
    assert tasks.list_tasks(page.ctx).tasks[1].evidence == "Báo cáo 20/BC-UBND"


def test_a_leader_closes_and_reopens_the_months_report(page: WorkbookPageController, session, qtbot,  # noqa: ANN001
                                                       wait_idle) -> None:  # noqa: ANN001
    from desktop.domain.periods import parse_period
    from desktop.services import closed_periods, dx_closing

    v = page.view
    v.tabs.setCurrentIndex(v.tabs.count() - 1)
    assert v.dx_state.text() == "Báo cáo chuyển đổi số tháng 11 năm 2026: chưa khóa số liệu."
    assert v.close_dx.isVisible() and not v.reopen_dx.isVisible()
    qtbot.mouseClick(v.close_dx, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert box is not None and box.objectName() == "confirmCloseDx"
    qtbot.mouseClick(box.button(box.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle()
    nov = parse_period("month", "2026-11")
    closed = dx_closing.closed(session.ctx, nov)
    assert closed is not None and closed_periods.closed_period(session.ctx, nov) is None  # II.06a stays open
    kept = session.ctx.db.paths.root / "reports" / "bao-cao-cds-month-2026-11.pdf"
    assert kept.is_file() and str(kept) in v.dx_state.text()
    assert "đã khóa số liệu ngày 20/11/2026" in v.dx_state.text() and closed.pdf_sha256[:12] in v.dx_state.text()
    assert v.reopen_dx.isVisible() and not v.close_dx.isVisible()
    qtbot.mouseClick(v.reopen_dx, Qt.MouseButton.LeftButton)
    asked = page.active_dialog
    assert asked is not None and asked.objectName() == "reopenDxReason"
    asked.textValueSelected.emit("  ")  # no reason: refused with the service's message, still closed
    wait_idle()
    assert page.active_dialog.objectName() == "errorBox" and "lý do" in page.active_dialog.text().lower()
    page.reopen_dx_report("Bổ sung nhiệm vụ hoàn thành muộn")
    wait_idle()
    assert dx_closing.closed(session.ctx, nov) is None and v.close_dx.isVisible()


def test_an_officer_is_not_offered_the_closing(session, shown_page) -> None:  # noqa: ANN001
    session.ctx.role = "officer"
    page = shown_page(create_workbook_page)
    page.view.tabs.setCurrentIndex(page.view.tabs.count() - 1)
    assert "chưa khóa số liệu" in page.view.dx_state.text()
    assert not page.view.close_dx.isVisible() and not page.view.reopen_dx.isVisible()
