"""A service's refusal shows under its field in the language the officer chose: the catalogue words it each time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.ui import i18n
from desktop.ui.dialogs.officer_dialog import OfficerDialog
from desktop.ui.session import AppSession


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    translator = i18n.install_translator(qapp, "en")
    yield
    qapp.removeTranslator(translator)
    i18n.install_translator(qapp, "vi")


def _refuse_a_short_password(qtbot, session: AppSession, type_text) -> OfficerDialog:  # noqa: ANN001
    dialog = OfficerDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.open()
    type_text(dialog.full_name, "Đỗ Thị Bình")
    type_text(dialog.username, "binh")
    type_text(dialog.password, "ngan")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.password
    return dialog


def test_a_field_error_shows_in_vietnamese(qtbot, session, type_text) -> None:  # noqa: ANN001
    dialog = _refuse_a_short_password(qtbot, session, type_text)
    assert dialog.errors.message_for("password") == "Mật khẩu phải có ít nhất 8 ký tự."


def test_the_same_field_error_shows_in_english(qtbot, session, type_text, english) -> None:  # noqa: ANN001
    dialog = _refuse_a_short_password(qtbot, session, type_text)
    assert dialog.errors.message_for("password") == "The password must have at least 8 characters."


def test_a_missing_name_is_asked_for_in_english(qtbot, session, type_text, english) -> None:  # noqa: ANN001
    dialog = OfficerDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)
    assert dialog.errors.message_for("full_name") == "Please enter the full name."
