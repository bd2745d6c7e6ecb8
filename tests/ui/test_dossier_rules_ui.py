"""Issue 13's steps on the real dossier window, typed at the keyboard: extending a certified copy, apologising with
a new date, refusing an online dossier before acceptance, refusing in writing after processing, the payment pause
and forwarding shown in the dossier, and the dossier form's due date following the office-hours rule."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt

from desktop.services import catalogue, dossiers
from desktop.services.dossiers import Decision, DossierInput
from desktop.ui.dialogs.dossier_detail import ActionDialog, DossierDetailDialog
from desktop.ui.dialogs.dossier_dialog import DossierDialog

COPY, LAND = "9.400001", "9.400002"


def _open(qtbot, session, code: str) -> DossierDetailDialog:  # noqa: ANN001
    detail = DossierDetailDialog(session, code)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def _visible(detail: DossierDetailDialog) -> list[str]:
    return [action for action, button in detail.action_buttons.items() if button.isVisible()]


def _submit(qtbot, dialog: ActionDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)


def test_extend_a_certified_copy_by_keyboard(qtbot, session, type_text) -> None:  # noqa: ANN001
    catalogue.add_procedure(session.ctx, COPY, "Chứng thực bản sao từ bản chính", "Chứng thực", 0)
    info = dossiers.register_dossier(session.ctx, DossierInput(COPY, "Đỗ Thị Mai", "direct",
                                                               received_at=datetime(2026, 11, 20, 8, 0)))
    detail = _open(qtbot, session, info.code)
    assert "extend" in _visible(detail) and "apologise" not in _visible(detail)  # due today: not late yet
    qtbot.mouseClick(detail.action_buttons["extend"], Qt.MouseButton.LeftButton)
    dialog = detail.active_dialog
    assert isinstance(dialog, ActionDialog) and dialog.days.isVisible() and dialog.reason.isVisible()
    assert not dialog.new_date.isVisible() and not dialog.result.isVisible()
    assert dialog.focusWidget() is dialog.days
    qtbot.keyClick(dialog.days, Qt.Key.Key_Up)  # 1 → 2 working days, from the keyboard
    type_text(dialog.reason, "Bản sao 120 trang")
    _submit(qtbot, dialog)
    assert detail.values["due"].text() == "25/11/2026 (Thứ Tư)"  # 23/11, then 25/11 past Culture Day
    assert detail.values["extension"].text() == "2 ngày làm việc — Bản sao 120 trang"
    assert not {"extend", "apologise"} & set(_visible(detail))  # the allowance used up, the new date ahead


def test_apologise_for_a_late_dossier_with_a_new_date(qtbot, session, type_text) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.001193", "Vũ Văn Hải", "direct",
                                                               received_at=datetime(2026, 11, 18, 9, 0)))
    detail = _open(qtbot, session, info.code)
    assert "apologise" in _visible(detail)
    dialog = detail.start_action("apologise")
    assert dialog.new_date.isVisible() and not dialog.days.isVisible()
    dialog.new_date.setDate(QDate(2026, 11, 26))
    type_text(dialog.reason, "Chờ xác minh thông tin hộ tịch")
    _submit(qtbot, dialog)
    assert detail.values["apology"].text() == "26/11/2026 (Thứ Năm) — Chờ xác minh thông tin hộ tịch"
    assert detail.values["due"].text() == "18/11/2026 (Thứ Tư)"  # the original date stays for the statistics
    assert detail.values["progress"].text() == "Quá hạn"


def test_refusal_before_acceptance_needs_its_reason(qtbot, session, type_text) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Đỗ Thị Mai", "online", pending=True))
    detail = _open(qtbot, session, info.code)
    dialog = detail.start_action("refuse")
    assert dialog.reason.isVisible() and dialog.focusWidget() is dialog.reason
    dialog.accept()  # no reason: the service's message shows at the field, nothing is written
    assert dialog.isVisible() and dossiers.get_dossier(session.ctx, info.code).dossier.status == 1
    type_text(dialog.reason, "Thiếu bản vẽ thiết kế")
    _submit(qtbot, dialog)
    assert detail.values["refusal"].text() == "Từ chối tiếp nhận: Thiếu bản vẽ thiết kế"
    assert _visible(detail) == []


def test_written_refusal_after_processing(qtbot, session, type_text) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(session.ctx, DossierInput("1.009994", "Đỗ Thị Mai", "direct"))
    detail = _open(qtbot, session, info.code)
    assert "refuse" not in _visible(detail)  # received: only a written refusal to resolve is left
    dialog = detail.start_action("finish")
    assert dialog.result.isVisible() and not dialog.reason.isVisible()
    dialog.result.setCurrentIndex(dialog.result.findData("refused"))
    assert dialog.reason.isVisible()
    type_text(dialog.reason, "Công trình nằm trong hành lang an toàn giao thông")
    _submit(qtbot, dialog)
    stored = dossiers.get_dossier(session.ctx, info.code).dossier
    assert (stored.status, stored.result, stored.outcome) == (9, "refused", "early")
    assert detail.values["refusal"].text() == "Từ chối giải quyết: Công trình nằm trong hành lang an toàn giao thông"


def test_payment_pause_and_forwarding_are_shown(qtbot, session) -> None:  # noqa: ANN001
    catalogue.add_procedure(session.ctx, LAND, "Đăng ký biến động đất đai", "Đất đai", 10)
    info = dossiers.register_dossier(session.ctx, DossierInput(LAND, "Lê Văn Đất", "direct",
                                                               received_at=datetime(2026, 11, 2, 9, 0)))
    for action, at in (("start", datetime(2026, 11, 2, 10)), ("request-payment", datetime(2026, 11, 5, 9)),
                       ("payment-received", datetime(2026, 11, 19, 9))):
        dossiers.change_status(session.ctx, info.code, action, at=at, decision=Decision())
    detail = _open(qtbot, session, info.code)
    assert detail.values["paused"].text() == "05/11/2026 → 19/11/2026: thêm 10 ngày làm việc"
    assert detail.values["due"].text() == "01/12/2026 (Thứ Ba)"
    away = dossiers.register_dossier(session.ctx, DossierInput(LAND, "Lê Văn Đất", "direct",
                                                               forwarded_to="UBND xã Quảng La"))
    other = _open(qtbot, session, away.code)
    assert other.values["forwarding"].text() == "Chuyển đến UBND xã Quảng La"
    assert not other.values["paused"].isVisible()


def test_dossier_form_counts_a_weekend_online_filing_from_monday(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = DossierDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.procedure.set_procedure("1.009994")  # 15 working days
    dialog.received_at.set_value(datetime(2026, 11, 14, 10, 0))  # a Saturday
    assert dialog.due.text() == "07/12/2026 (Thứ Hai)"  # by post or at a Saturday desk: counted from the day
    dialog.channel.setCurrentIndex(dialog.channel.findData("online"))
    assert dialog.due.text() == "08/12/2026 (Thứ Ba)"  # online: as if received Monday 16/11 at 07:30
    type_text(dialog.forwarded_to, "UBND xã Quảng La")
    assert dialog.due.text() == "Không tính hạn tại đây: cơ quan có thẩm quyền hẹn trả"
