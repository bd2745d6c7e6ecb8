"""Change one's own password: the current one, the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain.errors import ValidationError
from desktop.services import officers
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.form_dialog import FormDialog


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordDialog(FormDialog):
    ask_before_discard = False  # a password is typed again in seconds; Esc simply leaves

    def __init__(self, ctx: ServiceContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đổi mật khẩu"), parent)
        self.ctx = ctx
        self.username = username
        self.old = self.add_field("old_password", self.tr("Mật khẩu hiện tại"), _secret())
        self.new = self.add_field("new_password", self.tr("Mật khẩu mới"), _secret())
        self.again = self.add_field("confirm", self.tr("Nhập lại mật khẩu mới"), _secret())

    def save(self) -> bool:
        if self.new.text() != self.again.text():
            raise ValidationError("confirm.mismatch", field="confirm")
        officers.set_password(self.ctx, self.username, self.new.text(), old_password=self.old.text())
        return True
