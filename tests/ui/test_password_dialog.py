"""Changing one's own password: the current one must be right, the new one typed twice the same."""

from __future__ import annotations

import pytest

from desktop.services import officers
from desktop.services.officers import LoginRefused
from desktop.ui.dialogs.password_dialog import PasswordDialog


def test_change_own_password(qtbot, session, clock, type_text) -> None:  # noqa: ANN001
    dialog = PasswordDialog(session.ctx, "hoa")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.old, "sai-mat-khau")
    type_text(dialog.new, "mat-khau-moi-1")
    type_text(dialog.again, "mat-khau-moi-2")
    dialog.save_button.click()
    assert dialog.errors.message_for("confirm") == "Hai lần nhập mật khẩu mới không khớp."
    dialog.again.clear()
    type_text(dialog.again, "mat-khau-moi-1")
    dialog.save_button.click()
    assert dialog.errors.message_for("old_password") == "Mật khẩu hiện tại không đúng."
    dialog.old.clear()
    type_text(dialog.old, "quantri-2026")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.save_button.click()
    assert officers.authenticate(session.ctx.db, "hoa", "mat-khau-moi-1", clock()).username == "hoa"
    with pytest.raises(LoginRefused):
        officers.authenticate(session.ctx.db, "hoa", "quantri-2026", clock())
