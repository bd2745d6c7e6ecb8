"""Add or edit an officer, and, for an administrator, the officer's account: role, username, a new password."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.services import officers
from desktop.services.officers import OfficerInfo
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.session import AppSession
from desktop.ui.widgets.inputs import code_combo


class OfficerDialog(FormDialog):
    """`officer` None adds a new officer. Account fields are disabled unless the session may manage accounts.

    An officer without a username is still a record (training, dossiers); the username and password make an account.
    """

    def __init__(self, session: AppSession, officer: OfficerInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Thêm cán bộ") if officer is None else self.tr("Sửa thông tin cán bộ"))
        self.setObjectName("officerDialog")
        self.setMinimumWidth(480)
        self.ctx = session.ctx
        self.officer = officer
        self.can_manage = session.can("manage_accounts")
        self.full_name = self.add_field("full_name", self.tr("Họ và tên"), QLineEdit())
        self.position = self.add_field("position", self.tr("Chức vụ"), QLineEdit())
        self.position.setPlaceholderText(self.tr("Ví dụ: Công chức Tư pháp - Hộ tịch"))
        self.unit = self.add_field("unit", self.tr("Bộ phận"), QLineEdit())
        self.unit.setPlaceholderText(self.tr("Ví dụ: Bộ phận Một cửa"))
        self.phone = self.add_field("phone", self.tr("Điện thoại"), QLineEdit())
        self.email = self.add_field("email", self.tr("Thư điện tử"), QLineEdit())
        self.role = self.add_field("role", self.tr("Vai trò"), code_combo(labels.ROLE))
        self.username = self.add_field("username", self.tr("Tên đăng nhập"), QLineEdit())
        self.username.setPlaceholderText(self.tr("Để trống nếu cán bộ không dùng phần mềm"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("Hiện"))
        self.show_password.toggled.connect(self._on_show_password)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        self.add_field("password", self.tr("Mật khẩu") if officer is None else self.tr("Mật khẩu mới"), holder)
        # set_password names its field "new_password"; both land under this one box, which also takes the focus.
        self.errors.fields["password"] = self.password
        self.errors.fields["new_password"] = self.password
        self.account_note = QLabel()
        self.account_note.setObjectName("accountNote")
        self.account_note.setWordWrap(True)
        self.form.addRow("", self.account_note)
        self._fill(officer)
        self._limit_account_fields(session)

    def _fill(self, officer: OfficerInfo | None) -> None:
        minimum = self.tr("Ít nhất {n} ký tự").format(n=officers.MIN_PASSWORD)
        if officer is None:
            self.password.setPlaceholderText(minimum)
            return
        self.full_name.setText(officer.full_name)
        self.position.setText(officer.position)
        self.unit.setText(officer.unit)
        self.phone.setText(officer.phone)
        self.email.setText(officer.email)
        self.role.setCurrentIndex(max(0, self.role.findData(officer.role)))
        self.username.setText(officer.username or "")
        if officer.username:
            self.password.setPlaceholderText(self.tr("Để trống nếu không đặt lại mật khẩu"))
        else:
            self.password.setPlaceholderText(minimum)

    def _limit_account_fields(self, session: AppSession) -> None:
        if not self.can_manage:
            why = self.tr("Chỉ quản trị viên mới được tạo tài khoản, phân vai trò và đặt lại mật khẩu.")
            for widget in (self.role, self.username, self.password, self.show_password):
                widget.setEnabled(False)
                widget.setToolTip(why)
            for edit in (self.username, self.password):
                edit.setPlaceholderText("")  # hints on typing what cannot be typed would only confuse
            self.account_note.setText(why)
            return
        own = self.officer is not None and session.user is not None and session.user.id == self.officer.id
        if own:
            # Resetting one's own password here would skip the check of the current one; set_password refuses it.
            why = self.tr("Để đổi mật khẩu của chính mình, hãy dùng mục “Đổi mật khẩu”.")
            for widget in (self.password, self.show_password):
                widget.setEnabled(False)
                widget.setToolTip(why)
            self.account_note.setText(why)
        elif self.officer is not None and self.officer.username:
            self.account_note.setText(self.tr("Đặt lại mật khẩu cũng mở khóa tài khoản đang bị tạm khóa."))
        else:
            self.account_note.setText(self.tr("Có tên đăng nhập và mật khẩu thì cán bộ đăng nhập được phần mềm."))

    def _on_show_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def save(self) -> OfficerInfo:
        name, position, unit = self.full_name.text(), self.position.text(), self.unit.text()
        phone, email = self.phone.text(), self.email.text()
        login = self.username.text().strip()
        password = self.password.text() if self.password.isEnabled() else ""
        if self.officer is None:
            if not self.can_manage:
                return officers.add_officer(self.ctx, name, position, unit, phone=phone, email=email)
            # A typed username without a password goes through too, so the service asks for the password.
            return officers.add_officer(self.ctx, name, position, unit, role=self.role.currentData(),
                                        username=login or None, password=password if password or login else None,
                                        phone=phone, email=email)
        changes: dict[str, object] = {"full_name": name, "position": position, "unit": unit, "phone": phone,
                                      "email": email}
        if self.can_manage:
            changes["role"] = self.role.currentData()
            changes["username"] = login or None
            new_account = bool(login) and not self.officer.username
            if password or new_account:
                # Check the password before the edit is written, so a refused one leaves nothing half done.
                officers.check_new_account(name, login, password)
        info = officers.edit_officer(self.ctx, self.officer.id, **changes)
        if password and info.username:
            officers.set_password(self.ctx, info.username, password)
        return info
