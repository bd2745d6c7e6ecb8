"""The procedure form takes half-day times and the clock rules: a new land procedure pauses for payment unless told
otherwise, an edit sets the pause and the extension allowance, typed at the keyboard on the real dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import catalogue
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from desktop.ui.models.catalogue_table import days_text


def _dialog(qtbot, session, info=None) -> ProcedureDialog:  # noqa: ANN001
    dialog = ProcedureDialog(session, catalogue.list_fields(session.ctx), info)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog: ProcedureDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_half_days_and_the_field_s_pause_for_a_new_land_procedure(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, session)
    type_text(dialog.code, "9.700001")
    type_text(dialog.name, "Đăng ký biến động đất đai")
    type_text(dialog.field.lineEdit(), "Đất đai")
    assert dialog.pause_for_payment.checkState() == Qt.CheckState.PartiallyChecked  # "as the field says"
    dialog.days.setFocus()
    dialog.days.selectAll()
    type_text(dialog.days, f"2{dialog.days.locale().decimalPoint()}5")
    _save(qtbot, dialog)
    stored = catalogue.list_procedures(session.ctx, "9.700001")[0]
    assert (stored.statutory_days, stored.pause_for_payment, stored.extension_max_days) == (2.5, True, 0)
    assert days_text(2.5) in ("2,5 ngày", "2.5 ngày")

    edit = _dialog(qtbot, session, stored)
    assert edit.pause_for_payment.isChecked() and not edit.pause_for_payment.isTristate()
    edit.pause_for_payment.setFocus()
    qtbot.keyClick(edit.pause_for_payment, Qt.Key.Key_Space)
    edit.extension.setFocus()
    qtbot.keyClick(edit.extension, Qt.Key.Key_Up)
    _save(qtbot, edit)
    stored = catalogue.list_procedures(session.ctx, "9.700001")[0]
    assert (stored.statutory_days, stored.pause_for_payment, stored.extension_max_days) == (2.5, False, 1)


def test_a_new_procedure_can_refuse_its_field_s_pause(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, session)
    type_text(dialog.code, "9.700002")
    type_text(dialog.name, "Xác nhận nguồn gốc đất")
    type_text(dialog.field.lineEdit(), "Đất đai")
    dialog.pause_for_payment.setCheckState(Qt.CheckState.Unchecked)
    _save(qtbot, dialog)
    assert not catalogue.list_procedures(session.ctx, "9.700002")[0].pause_for_payment
