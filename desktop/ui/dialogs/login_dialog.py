"""The login on every start: username and password; wrong passwords count towards the 15-minute lockout.

Hints a person needs before the lockout bites: Caps Lock being on (a password typed in capitals fails five times in
a row without the officer seeing why), the attempts left after a wrong password, and on demo data the published demo
logins, a click away. The button says "Đăng nhập" without the Save button's floppy-disk icon: nothing is saved here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from desktop.domain.errors import DomainError
from desktop.services import login_hints, officers
from desktop.services.context import ServiceContext
from desktop.services.login_hints import DemoLogin
from desktop.services.officers import MAX_FAILED_LOGINS, OfficerInfo
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog

_HINT_STYLE = "color: #8a4b00;"


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """Caps Lock as a typed letter shows it: a capital without Shift or a small letter with Shift; None when the
    key says nothing (a digit, an arrow)."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


def caps_lock_now() -> bool | None:
    """Caps Lock's state where the system tells it without a key (Windows); None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes  # Windows only; Qt has no portable way to read the lock keys

    return bool(ctypes.windll.user32.GetKeyState(0x14) & 1)  # type: ignore[attr-defined]


class LoginDialog(FormDialog):
    """Emits `saved(OfficerInfo)` on success; a refusal is shown under the field and the password is selected."""

    ask_before_discard = False  # a password is typed again in seconds; Esc simply leaves

    def __init__(self, ctx: ServiceContext, place: str, last_username: str = "", parent: QWidget | None = None,
                 *, demo: Sequence[DemoLogin] = ()) -> None:
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
        self.caps_lock = QLabel(self.tr("Caps Lock đang bật: mật khẩu phân biệt chữ hoa, chữ thường."))
        self.caps_lock.setObjectName("capsLockHint")
        self.attempts = QLabel()
        self.attempts.setObjectName("attemptsHint")
        self.attempts.setWordWrap(True)
        for hint in (self.caps_lock, self.attempts):
            hint.setStyleSheet(_HINT_STYLE)
            hint.hide()
            self.form.addRow(hint)
        self._failures: dict[str, int] = {}  # names the store does not know: counted here so the hint looks alike
        self.demo_buttons: list[QPushButton] = []
        if demo:
            self._add_demo(demo)
        self.save_button.setText(self.tr("Đăng nhập"))
        self.save_button.setIcon(QIcon())  # the Save role's floppy disk means "store"; a login stores nothing
        self.setMinimumWidth(380)
        self.password.installEventFilter(self)
        self.username.installEventFilter(self)
        (self.password if last_username else self.username).setFocus()
        self._show_caps_lock(caps_lock_now())

    def _add_demo(self, demo: Sequence[DemoLogin]) -> None:
        note = QLabel(self.tr("Dữ liệu mẫu: bấm một tài khoản để điền sẵn."))
        note.setObjectName("demoNote")
        self.form.addRow(note)
        for login in demo:
            button = QPushButton(self.tr("{username} / {password} ({role})").format(
                username=login.username, password=login.password, role=labels.label(labels.ROLE, login.role)))
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the fields and the login button
            button.clicked.connect(lambda _=False, chosen=login: self._fill(chosen))
            self.form.addRow(button)
            self.demo_buttons.append(button)

    def _fill(self, login: DemoLogin) -> None:
        self.username.setText(login.username)
        self.password.setText(login.password)
        self.save_button.setFocus()

    def _show_caps_lock(self, on: bool | None) -> None:
        if on is not None:
            self.caps_lock.setVisible(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_CapsLock:
                self._show_caps_lock(not self.caps_lock.isVisible() if caps_lock_now() is None else caps_lock_now())
            else:
                self._show_caps_lock(caps_lock_from_key(event))
        elif event.type() == QEvent.Type.FocusIn:
            self._show_caps_lock(caps_lock_now())
        return False

    def save(self) -> OfficerInfo:
        try:
            user = officers.authenticate(self.ctx.db, self.username.text(), self.password.text(), self.ctx.now())
        except DomainError as exc:
            self.password.selectAll()
            self._show_attempts(exc.code)
            raise
        except Exception:
            self.password.selectAll()
            raise
        self.attempts.hide()
        return user

    def _show_attempts(self, code: str) -> None:
        if code != "login.invalid":
            self.attempts.hide()  # locked, inactive: the message under the field says it all
            return
        name = self.username.text().strip().lower()
        left = login_hints.attempts_left(self.ctx.db, name)
        if left is None:  # unknown here: count down the same way, so the hint does not tell which names exist
            self._failures[name] = self._failures.get(name, 0) + 1
            left = max(1, MAX_FAILED_LOGINS - self._failures[name])
        self.attempts.setText(self.tr("Còn {n} lần nhập sai nữa thì tài khoản bị tạm khóa {minutes} phút.").format(
            n=left, minutes=int(officers.LOCK_TIME.total_seconds() // 60)))
        self.attempts.show()
