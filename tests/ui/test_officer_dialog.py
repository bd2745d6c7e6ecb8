"""The officer dialog: accounts made by typing, refused passwords kept in view, resets, what non-admins may touch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.domain.errors import DomainError
from desktop.services import officers
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.officer_dialog import OfficerDialog
from desktop.ui.ops import OpRunner
from desktop.ui.session import AppSession


def _open(qtbot, session: AppSession, officer: officers.OfficerInfo | None = None) -> OfficerDialog:  # noqa: ANN001
    dialog = OfficerDialog(session, officer)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _retype(qtbot, type_text, edit: QLineEdit, text: str) -> None:  # noqa: ANN001
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def test_admin_makes_an_account_by_typing(qtbot, session, type_text, ctx: ServiceContext) -> None:  # noqa: ANN001
    dialog = _open(qtbot, session)
    type_text(dialog.full_name, "Đỗ Thị Bình")
    type_text(dialog.position, "Công chức Tư pháp - Hộ tịch")
    type_text(dialog.phone, "0912 345 678")
    dialog.role.setCurrentIndex(dialog.role.findData("leader"))
    type_text(dialog.username, "binh")
    type_text(dialog.password, "mat-khau-moi")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    info = saved.args[0]
    assert (info.full_name, info.role, info.username, info.phone) == ("Đỗ Thị Bình", "leader", "binh", "0912345678")
    assert not dialog.isVisible()
    assert officers.authenticate(ctx.db, "binh", "mat-khau-moi", ctx.now()).id == info.id


def test_short_password_is_shown_under_its_field_and_the_dialog_stays(qtbot, session, type_text,  # noqa: ANN001
                                                                      ctx: ServiceContext) -> None:
    dialog = _open(qtbot, session)
    type_text(dialog.full_name, "Đỗ Thị Bình")
    type_text(dialog.username, "binh")
    type_text(dialog.password, "ngan")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.message_for("password") == "Mật khẩu phải có ít nhất 8 ký tự."
    assert dialog.focusWidget() is dialog.password
    assert dialog.full_name.text() == "Đỗ Thị Bình"
    assert all(o.username != "binh" for o in officers.list_officers(ctx, include_inactive=True))


def test_username_without_password_asks_for_one(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _open(qtbot, session)
    type_text(dialog.full_name, "Đỗ Thị Bình")
    type_text(dialog.username, "binh")
    dialog.accept()
    assert dialog.isVisible()
    assert "8 ký tự" in dialog.errors.message_for("password")


def test_admin_resets_a_password(qtbot, session, type_text, ctx: ServiceContext) -> None:  # noqa: ANN001
    tam = officers.add_officer(ctx, "Lê Văn Tám", username="tam", password="mat-khau-cu")
    dialog = _open(qtbot, session, tam)
    assert dialog.username.text() == "tam" and dialog.password.text() == ""
    type_text(dialog.password, "mat-khau-moi")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert officers.authenticate(ctx.db, "tam", "mat-khau-moi", ctx.now()).id == tam.id
    with pytest.raises(DomainError):
        officers.authenticate(ctx.db, "tam", "mat-khau-cu", ctx.now())


def test_account_for_an_existing_officer_needs_a_valid_password_first(qtbot, session, type_text,  # noqa: ANN001
                                                                      ctx: ServiceContext) -> None:
    lan = officers.add_officer(ctx, "Trần Thị Lan", "Kế toán")
    dialog = _open(qtbot, session, lan)
    _retype(qtbot, type_text, dialog.position, "Kế toán trưởng")
    type_text(dialog.username, "lan")
    type_text(dialog.password, "123")
    dialog.accept()
    assert dialog.errors.message_for("password") == "Mật khẩu phải có ít nhất 8 ký tự."
    stored = officers.get_officer(ctx, lan.id)
    assert (stored.position, stored.username) == ("Kế toán", None)  # nothing half written
    _retype(qtbot, type_text, dialog.password, "ke-toan-2026")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    assert officers.authenticate(ctx.db, "lan", "ke-toan-2026", ctx.now()).position == "Kế toán trưởng"


def test_last_administrator_cannot_demote_themself(qtbot, session, admin) -> None:  # noqa: ANN001
    dialog = _open(qtbot, session, admin)
    assert not dialog.password.isEnabled()  # one's own password is changed with the current one, elsewhere
    dialog.role.setCurrentIndex(dialog.role.findData("officer"))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.message_for("role") == "Phải còn ít nhất một tài khoản quản trị đang hoạt động."


def test_officer_role_adds_a_record_but_no_account(qtbot, ctx: ServiceContext, admin, type_text) -> None:  # noqa: ANN001
    clerk = officers.add_officer(ctx, "Lê Văn Tám", role="officer", username="tam", password="canbo-2026")
    runner = OpRunner()
    session = AppSession(ctx, runner, clerk)
    dialog = _open(qtbot, session)
    for widget in (dialog.role, dialog.username, dialog.password):
        assert not widget.isEnabled()
        assert "quản trị" in widget.toolTip()
    assert "quản trị" in dialog.account_note.text()
    type_text(dialog.full_name, "Vũ Minh Đức")
    type_text(dialog.unit, "Bộ phận Một cửa")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    assert (saved.args[0].role, saved.args[0].username, saved.args[0].unit) == ("officer", None, "Bộ phận Một cửa")
    runner.wait_idle()
