"""The question asked before a write that takes something away (remove, deactivate): a non-blocking message box whose
default answer is No, so a stray Enter changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_box(parent: QWidget, title: str, question: str, yes_text: str, on_yes: Callable[[], None],
                no_text: str | None = None) -> QMessageBox:
    """A Yes / No question ("Không xóa" unless `no_text` says otherwise); `on_yes` runs once Yes is clicked.

    The box is returned unopened: the caller keeps it (tests reach it as the controller's `active_dialog`) and
    calls `open()`, never `exec()`.
    """
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, question, yes | no, parent)
    box.setObjectName("confirmRemove")
    box.button(yes).setText(yes_text)
    box.button(no).setText(no_text or QCoreApplication.translate("ConfirmBox", "Không xóa"))
    box.setDefaultButton(no)
    box.finished.connect(lambda _code: on_yes() if box.clickedButton() is box.button(yes) else None)
    return box
