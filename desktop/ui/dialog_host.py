"""How a page controller (or a window over a page) opens its dialogs: non-blocking (`open()`, never `exec()`), the
open one kept in `active_dialog` so tests can reach it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


class DialogHost:
    """Mixed into a PageController or a dialog. Two ways to keep a dialog, chosen by the owner:

    `open_dialog` deletes the dialog once closed and forgets it (`active_dialog` is None again);
    `open_kept` keeps the closed dialog readable until the next one opens, then deletes it.
    """

    active_dialog: QDialog | None = None

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.active_dialog = dialog
        dialog.open()

    def open_kept(self, dialog: QDialog) -> None:
        if self.active_dialog is not None and not self.active_dialog.isVisible():
            self.active_dialog.deleteLater()  # one closed dialog is kept at most
        self.active_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
