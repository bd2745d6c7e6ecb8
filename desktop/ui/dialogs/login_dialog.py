"""The login on every start: username and password; wrong passwords count towards the 15-minute lockout."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.services import officers
from desktop.services.context import ServiceContext
from desktop.services.officers import OfficerInfo
from desktop.ui.dialogs.form_dialog import FormDialog


class LoginDialog(FormDialog):
    """Emits `saved(OfficerInfo)` on success; a refusal is shown under the field and the password is selected."""

    ask_before_discard = False  # a password is typed again in seconds; Esc simply leaves

    def __init__(self, ctx: ServiceContext, place: str, last_username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đăng nhập — CommuneDesk"), parent)
        self.ctx = ctx
        heading = QLabel(place)
        heading.setObjectName("loginPlace")
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.form.addRow(heading)
        self.username = self.add_field("username", self.tr("Tên đăng nhập"), QLineEdit(last_username))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("password", self.tr("Mật khẩu"), self.password)
        self.save_button.setText(self.tr("Đăng nhập"))
        self.setMinimumWidth(380)
        (self.password if last_username else self.username).setFocus()

    def save(self) -> OfficerInfo:
        try:
            return officers.authenticate(self.ctx.db, self.username.text(), self.password.text(), self.ctx.now())
        except Exception:
            self.password.selectAll()
            raise
