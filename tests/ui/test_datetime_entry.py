"""Date-time entry driven from the keyboard, in the dossier, lifecycle and equipment-event forms: one Tab stop, typing
replaces the value, F4 opens a calendar, years outside 2000..next year refused in words, Esc on typed work asks,
errors come in the form's order and leave once the field is right, and an early step is told the earliest time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from desktop.services import dossiers, equipment
from desktop.services.dossier_queries import DossierQuery, count_dossiers
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from desktop.ui.dialogs.dossier_dialog import DossierDialog
from desktop.ui.dialogs.equipment_event_dialog import EquipmentEventDialog
from desktop.ui.widgets.datetime_entry import parse_moment

OFFSCREEN_POPUP = ("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP, extend=True)
NOON = time(12, 0)


@pytest.mark.parametrize(("typed", "moment"), [
    ("20/11/2026 09:30", datetime(2026, 11, 20, 9, 30)),
    ("5/1/2026 7:05", datetime(2026, 1, 5, 7, 5)),
    ("05.01.2026 7h05", datetime(2026, 1, 5, 7, 5)),
    ("09:30 20/11/2026", datetime(2026, 11, 20, 9, 30)),
    ("20-11-2026", datetime(2026, 11, 20, 12, 0)),  # a date alone keeps the time it had
    ("31/02/2026 09:00", None), ("20/11/2026 25:00", None), ("hôm nay", None), ("2026-11-20", None),
])
def test_parse_moment(typed: str, moment: datetime | None) -> None:
    assert parse_moment(typed, NOON) == moment


def _dossier_dialog(qtbot, session) -> DossierDialog:  # noqa: ANN001
    dialog = DossierDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)  # focus (and select-on-Tab) work in the active window
    return dialog


def _nothing_saved(session) -> bool:  # noqa: ANN001
    return count_dossiers(session.ctx, DossierQuery()) == 0


def test_one_tab_stop_and_typing_replaces_the_whole_value(qtbot, session) -> None:  # noqa: ANN001
    dialog = _dossier_dialog(qtbot, session)
    assert dialog.focusWidget() is dialog.procedure.edit
    qtbot.keyClick(dialog.procedure.edit, Qt.Key.Key_Tab)
    entry = dialog.received_at
    assert dialog.focusWidget() is entry.edit
    qtbot.keyClicks(dialog.focusWidget(), "19/11/2026 15:30")  # lands in the whole box, not in the day section
    assert entry.value() == datetime(2026, 11, 19, 15, 30)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # one Tab leaves the field
    assert dialog.focusWidget() is dialog.applicant_name
    qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Backtab)
    qtbot.keyClicks(dialog.focusWidget(), "19/11/2026")  # a date alone keeps the time; leaving writes it in full
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert entry.text() == "19/11/2026 15:30"


def test_f4_opens_a_calendar_that_sets_the_day_and_keeps_the_time(qtbot, session) -> None:  # noqa: ANN001
    dialog = _dossier_dialog(qtbot, session)
    entry = dialog.received_at
    entry.edit.setFocus()
    qtbot.keyClick(entry.edit, Qt.Key.Key_F4)
    assert entry.popup.isVisible()
    assert entry.calendar.maximumDate() == QDate(2027, 12, 31) and entry.calendar.minimumDate() == QDate(2000, 1, 1)
    entry.calendar.setSelectedDate(QDate(2026, 11, 18))
    qtbot.keyClick(entry.calendar.findChild(QTableView), Qt.Key.Key_Return)  # the calendar's day grid
    assert not entry.popup.isVisible()
    assert entry.value() == datetime(2026, 11, 18, 10, 0)
    assert dialog.focusWidget() is entry.edit


def test_a_year_out_of_range_is_refused_in_plain_words(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _dossier_dialog(qtbot, session)
    dialog.procedure.set_procedure("1.001193")
    type_text(dialog.applicant_name, "Nguyễn Văn Đức")
    dialog.received_at.edit.selectAll()
    qtbot.keyClicks(dialog.received_at.edit, "06/12/9999 10:00")
    assert dialog.due.text() == "Nhập đúng thời điểm tiếp nhận để tính"  # no appointment in the year 9999
    qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Return)
    assert dialog.errors.message_for("received_at") == "Năm 9999 không hợp lệ: năm phải từ 2000 đến 2027."
    assert dialog.focusWidget() is dialog.received_at.edit and _nothing_saved(session)
    qtbot.keyClick(dialog.received_at.edit, Qt.Key.Key_Backspace)  # still wrong: the message stays
    assert dialog.errors.message_for("received_at") != ""
    dialog.received_at.edit.selectAll()
    qtbot.keyClicks(dialog.received_at.edit, "20/11/2026 08:00")  # put right: the message goes at once
    assert dialog.errors.message_for("received_at") == ""
    assert dialog.due.text() == "20/11/2026 (Thứ Sáu)"


def test_errors_come_in_the_forms_order_and_go_when_the_field_is_fixed(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _dossier_dialog(qtbot, session)
    qtbot.keyClick(dialog.procedure.edit, Qt.Key.Key_Return)  # both procedure and name empty
    assert dialog.errors.message_for("procedure") == "Vui lòng nhập thủ tục."
    assert dialog.errors.message_for("applicant_name") == ""
    dialog.procedure.set_procedure("1.001193")
    assert dialog.errors.message_for("procedure") == ""  # the old error does not linger
    qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Return)
    assert dialog.errors.message_for("applicant_name") == "Vui lòng nhập họ tên người nộp."
    type_text(dialog.applicant_name, "N")
    assert dialog.errors.message_for("applicant_name") == ""


def test_escape_on_a_half_filled_form_asks_before_discarding(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _dossier_dialog(qtbot, session)
    qtbot.keyClick(dialog.procedure.edit, Qt.Key.Key_Escape)  # nothing typed: Esc simply closes
    assert not dialog.isVisible() and dialog.discard_box is None
    dialog = _dossier_dialog(qtbot, session)
    type_text(dialog.applicant_name, "Nguyễn Văn Đức")
    qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible() and dialog.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # a second Enter keeps the work
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "keep typing"
    assert dialog.isVisible() and dialog.applicant_name.text() == "Nguyễn Văn Đức"
    qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Escape)
    dialog.discard_box.button(QMessageBox.StandardButton.Yes).click()
    assert not dialog.isVisible() and _nothing_saved(session)


def test_a_step_after_a_receipt_dated_ahead_starts_at_the_earliest_time(qtbot, session, clock) -> None:  # noqa: ANN001
    ahead = session.ctx.local_now() + timedelta(minutes=5)  # within the tolerated clock difference
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Vũ Văn Hải", "direct", received_at=ahead))
    detail = DossierDetailDialog(session, info.code)
    qtbot.addWidget(detail)
    detail.show()
    dialog = detail.start_action("start")
    assert dialog.at.value() == ahead.replace(second=0, microsecond=0)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dossiers.get_dossier(session.ctx, info.code).dossier.status != info.status


def test_equipment_event_time_is_checked_the_same_way(qtbot, session) -> None:  # noqa: ANN001
    device = equipment.add_equipment(session.ctx, "TB-MT-001", "pc")
    dialog = EquipmentEventDialog(session, device)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.to_status.setCurrentIndex(dialog.to_status.findData("broken"))
    dialog.at.edit.setFocus()
    dialog.at.edit.selectAll()
    qtbot.keyClicks(dialog.at.edit, "20/11/1999 08:00")
    qtbot.keyClick(dialog.at.edit, Qt.Key.Key_Return)
    assert dialog.errors.message_for("at") == "Năm 1999 không hợp lệ: năm phải từ 2000 đến 2027."
    assert equipment.equipment_history(session.ctx, "TB-MT-001") == []
