"""The dossier window on real widgets: only the allowed steps are offered, each step asks for its note (and a late
reason when finishing late), edits and removal go through the services and announce the change."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel

from desktop.services import dossiers
from desktop.services.dossiers import DossierInput
from desktop.services.errors import NotFoundError
from desktop.ui.dialogs.dossier_detail import ActionDialog, DossierDetailDialog
from desktop.ui.dialogs.dossier_dialog import DossierDialog
from desktop.ui.dialogs.dossier_history import EV_ACTION, EV_NOTE, EV_STATUS
from desktop.ui.session import DOSSIERS


def _open(qtbot, session, code: str) -> DossierDetailDialog:  # noqa: ANN001
    detail = DossierDetailDialog(session, code)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def _visible_actions(detail: DossierDetailDialog) -> list[str]:
    return [action for action, button in detail.action_buttons.items() if button.isVisible()]


def _history(detail: DossierDetailDialog, column: int) -> list[str]:
    model = detail.events
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _step(qtbot, session, detail: DossierDetailDialog, action: str, note: str, type_text, clock) -> None:  # noqa: ANN001
    clock.advance(minutes=5)
    qtbot.mouseClick(detail.action_buttons[action], Qt.MouseButton.LeftButton)
    dialog = detail.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    type_text(dialog.note, note)
    with qtbot.waitSignal(session.data_changed, timeout=3000) as changed:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert changed.args == [DOSSIERS]
    assert not dialog.isVisible()


def test_a_dossier_goes_through_accept_start_finish_return(qtbot, session, type_text, clock) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput(
        "1.009994", "Đỗ Thị Mai", "online", id_number="001190012345", phone="0987654321", pending=True))
    detail = _open(qtbot, session, info.code)
    assert detail.title.text() == f"{info.code} — Mới đăng ký"
    assert detail.values["id_number"].text() == "001190012345"  # in full here, masked only in lists
    assert detail.values["due"].text() == "Tính khi tiếp nhận hồ sơ"
    assert _visible_actions(detail) == ["accept", "refuse", "withdraw"]
    assert detail.action_buttons["accept"].text() == "Tiếp nhận hồ sơ"

    _step(qtbot, session, detail, "accept", "Đủ thành phần hồ sơ", type_text, clock)
    assert detail.title.text() == f"{info.code} — Đã tiếp nhận"
    assert _visible_actions(detail) == ["start", "request-supplement", "withdraw", "finish"]
    assert detail.values["due"].text() == "14/12/2026 (Thứ Hai)"
    _step(qtbot, session, detail, "start", "Chuyển cán bộ địa chính", type_text, clock)
    assert _visible_actions(detail) == ["request-supplement", "request-payment", "withdraw", "stop", "finish"]
    _step(qtbot, session, detail, "finish", "Đã ký giấy phép", type_text, clock)
    assert detail.title.text() == f"{info.code} — Đã xử lý xong"
    assert detail.values["progress"].text() == "Trước hạn"
    assert _visible_actions(detail) == ["return"]
    _step(qtbot, session, detail, "return", "Công dân đã nhận", type_text, clock)
    assert detail.title.text() == f"{info.code} — Đã trả kết quả"
    assert _visible_actions(detail) == []

    assert _history(detail, EV_ACTION) == ["Đăng ký hồ sơ", "Tiếp nhận hồ sơ", "Chuyển xử lý", "Hoàn thành xử lý",
                                           "Trả kết quả"]
    assert _history(detail, EV_STATUS)[:2] == ["Mới đăng ký", "Mới đăng ký → Đã tiếp nhận"]
    assert _history(detail, EV_NOTE)[1:] == ["Đủ thành phần hồ sơ", "Chuyển cán bộ địa chính", "Đã ký giấy phép",
                                             "Công dân đã nhận"]
    stored = dossiers.get_dossier(session.ctx, info.code)
    assert stored.dossier.status == 10 and stored.dossier.outcome == "early"
    assert [e.action for e in stored.events] == ["register", "accept", "start", "finish", "return"]


def test_finishing_late_asks_for_the_reason(qtbot, session, type_text) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.001193", "Vũ Văn Hải", "direct",
                                                               received_at=datetime(2026, 11, 18, 9, 0)))
    detail = _open(qtbot, session, info.code)
    assert detail.values["progress"].text() == "Quá hạn"
    dialog = detail.start_action("finish")
    assert dialog is detail.active_dialog and dialog.late_reason.isVisible()
    type_text(dialog.late_reason, "Chờ xác minh thông tin hộ tịch")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.accept()
    assert detail.values["late_reason"].text() == "Chờ xác minh thông tin hộ tịch"
    assert detail.values["progress"].text() == "Quá hạn"
    stored = dossiers.get_dossier(session.ctx, info.code).dossier
    assert stored.outcome == "late" and stored.late_reason == "Chờ xác minh thông tin hộ tịch"


def test_finishing_on_time_does_not_ask_for_a_late_reason(qtbot, session) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Vũ Văn Hải", "direct"))
    detail = _open(qtbot, session, info.code)
    dialog = detail.start_action("finish")
    assert not dialog.late_reason.isVisible()


def test_a_step_before_the_previous_one_is_refused_under_the_time(qtbot, session) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Vũ Văn Hải", "direct"))
    detail = _open(qtbot, session, info.code)
    dialog = detail.start_action("start")
    assert "Không sớm hơn 20/11/2026 10:00" in dialog.findChild(QLabel, "earliest").text()
    dialog.at.edit.selectAll()
    qtbot.keyClicks(dialog.at.edit, "18/11/2026 10:00")
    qtbot.keyClick(dialog.at.edit, Qt.Key.Key_Return)
    # The message says from when the step may be dated, not only that this time is too early.
    assert dialog.isVisible() and "từ 10:00 ngày 20/11/2026 trở đi" in dialog.errors.message_for("at")
    assert dossiers.get_dossier(session.ctx, info.code).dossier.status == 2


def test_edit_from_the_detail_refreshes_it(qtbot, session, type_text) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Vũ Văn Hải", "direct"))
    detail = _open(qtbot, session, info.code)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = detail.active_dialog
    assert isinstance(dialog, DossierDialog)
    dialog.applicant_name.clear()
    type_text(dialog.applicant_name, "Vũ Văn Hùng")
    with qtbot.waitSignal(session.data_changed, timeout=3000):
        dialog.accept()
    assert detail.values["applicant"].text() == "Vũ Văn Hùng"


def test_remove_asks_first(qtbot, session) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Vũ Văn Hải", "direct"))
    detail = _open(qtbot, session, info.code)
    qtbot.mouseClick(detail.remove_button, Qt.MouseButton.LeftButton)
    box = detail.active_dialog
    assert box is not None and box.objectName() == "confirmRemove" and info.code in box.text()
    assert box.defaultButton() is detail.keep_button and detail.keep_button.text() == "Không xóa"
    with qtbot.assertNotEmitted(session.data_changed):
        detail.keep_button.click()
    assert dossiers.get_dossier(session.ctx, info.code).dossier.code == info.code
    qtbot.mouseClick(detail.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(detail.removed, timeout=3000), qtbot.waitSignal(session.data_changed, timeout=3000):
        detail.confirm_remove_button.click()
    assert not detail.isVisible()
    with pytest.raises(NotFoundError):
        dossiers.get_dossier(session.ctx, info.code)


def test_history_model_passes_the_qt_model_tester(qtbot, session, clock) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Vũ Văn Hải", "direct"))
    detail = _open(qtbot, session, info.code)
    tester = QAbstractItemModelTester(detail.events, QAbstractItemModelTester.FailureReportingMode.Fatal)
    clock.advance(minutes=1)
    dossiers.change_status(session.ctx, info.code, "start")
    detail.refresh()
    assert detail.events.rowCount() == 2
    assert detail.values["due"].text().startswith(date(2026, 12, 14).strftime("%d/%m/%Y"))
    del tester
