"""The login window on real widgets: the Caps Lock hint, the attempts left before the lockout, the demo logins on
demo data only, a login button without the floppy disk; and Alt+letter on every dialog's buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import catalogue, officers
from desktop.services.login_hints import demo_logins
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.mnemonics import MnemonicWatcher, mnemonic_of, with_mnemonic

PUBLISHED = [("hoa", "quantri-2026", "admin"), ("minh", "canbo-2026", "officer")]


def _press(widget, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    key = Qt.Key(ord(text.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def _login(qtbot, ctx, demo=()) -> LoginDialog:  # noqa: ANN001
    dialog = LoginDialog(ctx, "Phường An Sinh, Quảng Ninh", demo=demo)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_caps_lock_hint_follows_what_is_typed(qtbot, ctx, admin) -> None:  # noqa: ANN001
    dialog = _login(qtbot, ctx)
    assert dialog.caps_lock.isHidden()
    _press(dialog.password, "Q")  # a capital without Shift: Caps Lock is on
    assert dialog.caps_lock.isVisible()
    _press(dialog.password, "q", Qt.KeyboardModifier.ShiftModifier)  # Caps Lock + Shift types a small letter
    assert dialog.caps_lock.isVisible()
    _press(dialog.password, "q")
    assert dialog.caps_lock.isHidden()
    assert dialog.save_button.icon().isNull() and dialog.save_button.text() == "Đăng nhập"


def test_wrong_passwords_count_down_to_the_lockout(qtbot, ctx, admin, type_text) -> None:  # noqa: ANN001
    dialog = _login(qtbot, ctx)
    type_text(dialog.username, "hoa")
    for left in (4, 3):
        dialog.password.setFocus()
        dialog.password.clear()
        type_text(dialog.password, "sai")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.attempts.isVisible()
        assert dialog.attempts.text() == f"Còn {left} lần nhập sai nữa thì tài khoản bị tạm khóa 15 phút."
    dialog.username.clear()
    type_text(dialog.username, "khong-co")  # a name nobody has counts down alike: the hint does not tell
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.attempts.text().startswith("Còn 4 lần")


def test_demo_logins_are_offered_only_while_they_work(qtbot, ctx, admin) -> None:  # noqa: ANN001
    officers.add_officer(ctx, "Lê Văn Minh", "Công chức", role="officer", username="minh", password="canbo-2026")
    demo = demo_logins(ctx.db, PUBLISHED)
    assert [d.username for d in demo] == ["hoa", "minh"]
    dialog = _login(qtbot, ctx, demo)
    assert [b.text() for b in dialog.demo_buttons] == ["hoa / quantri-2026 (Quản trị)", "minh / canbo-2026 (Cán bộ)"]
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as signal:
        qtbot.mouseClick(dialog.demo_buttons[1], Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert signal.args[0].username == "minh"
    officers.set_password(ctx, "minh", "mat-khau-rieng-2026")  # a changed password: no longer a demo
    assert demo_logins(ctx.db, PUBLISHED) == []
    assert demo_logins(ctx.db, [("khong-co", "x", "admin")]) == []


def test_mnemonic_choice() -> None:
    taken: set[str] = set()
    assert [with_mnemonic(t, taken) for t in ("Lưu", "Làm lại", "Hủy", "Đóng", "&Xem")] == \
        ["&Lưu", "Là&m lại", "&Hủy", "Đó&ng", "&Xem"]
    assert mnemonic_of("Sao && chép") is None and mnemonic_of("Sao &chép") == "c"


@pytest.fixture
def mnemonics(qapp) -> Iterator[None]:  # noqa: ANN001
    watcher = MnemonicWatcher(qapp)
    yield
    qapp.focusChanged.disconnect(watcher._on_focus)
    watcher.deleteLater()


def test_alt_letter_presses_a_dialog_button(qtbot, session, mnemonics) -> None:  # noqa: ANN001
    dialog = ProcedureDialog(session, catalogue.list_fields(session.ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.waitUntil(lambda: (dialog.save_button.text(), cancel.text()) == ("&Lưu", "&Hủy"), timeout=2_000)
    clicked = []
    box = confirm_box(dialog, "Xóa?", "Xóa thủ tục này?", "Xóa", lambda: clicked.append(True), "Để sau")
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitActive(box)
    qtbot.waitUntil(lambda: sorted(b.text() for b in box.findChildren(type(cancel)) if b.text())
                    == ["&Xóa", "Để &sau"], timeout=2_000)
    # Through the window, as the system delivers keys: that is where Qt looks up shortcuts (a mnemonic then
    # "animates" the click, which lands a moment later).
    QTest.keyClick(box.windowHandle(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clicked == [True], timeout=2_000)
    assert isinstance(box, QMessageBox)
