"""Choosing a procedure by typing any part of its name or code, with or without diacritics."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.text import fold
from desktop.services.catalogue import list_procedures
from desktop.services.context import ServiceContext
from desktop.services.dto import ProcedureInfo
from desktop.ui.errors import show_error
from desktop.ui.models.catalogue_table import days_number

MAX_SHOWN = 50  # the catalogue holds a few hundred procedures; more than this means "keep typing"
POPUP_MIN_WIDTH = 620  # procedure names are long; the popup is wider than the line edit


def best_first(procedures: list[ProcedureInfo], typed: str) -> list[ProcedureInfo]:
    """The catalogue lists by field and code; the officer wants the closest name first, so "khai sinh" offers
    "Đăng ký khai sinh" before "Đăng ký khai sinh kết hợp nhận cha, mẹ, con"."""
    query = fold(typed)

    def rank(proc: ProcedureInfo) -> tuple[int, int, str]:
        name = fold(proc.name)
        if query in (name, proc.code.casefold()):
            closeness = 0
        elif name.startswith(query):
            closeness = 1
        elif f" {query}" in f" {name}":  # the words as typed, from the start of a word
            closeness = 2
        else:
            closeness = 3  # every word is there, in another order or inside words
        return closeness, len(name), name
    return sorted(procedures, key=rank) if query else procedures


class ProcedurePicker(QWidget):
    """A line edit whose popup lists the catalogue's procedures matching what is typed (accents optional).

    The list comes from the catalogue service, which folds diacritics, so "dang ky khai sinh" finds
    "Đăng ký khai sinh". Up/Down and Enter choose in the popup; Down in the empty box lists everything.
    `picked` carries the chosen ProcedureInfo, or None when the text no longer names the chosen one.
    """

    picked = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Gõ tên hoặc mã thủ tục, không dấu cũng được"))
        self.edit.setClearButtonEnabled(True)
        self.info = QLabel()
        self.info.setObjectName("procedureInfo")
        self.info.setStyleSheet("color: palette(placeholder-text);")
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        # Unfiltered: the service already filtered; the completer must not filter again by its own (accented) rules.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # Attached with setWidget, not QLineEdit.setCompleter, so highlighting a row never rewrites what was typed.
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self._procedure: ProcedureInfo | None = None
        self._candidates: list[ProcedureInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.installEventFilter(self)
        self._show_info()

    def procedure(self) -> ProcedureInfo | None:
        return self._procedure

    def code(self) -> str:
        """The chosen procedure's code; otherwise what was typed, so the service can say it is not in the list."""
        self.resolve()
        return self._procedure.code if self._procedure is not None else self.edit.text().strip()

    def set_procedure(self, code: str) -> None:
        """Show the procedure with this code as chosen (editing a dossier); unknown codes leave the box empty."""
        found = next((p for p in self._search(code) if p.code == code), None)
        self._choose(found)

    def resolve(self) -> None:
        """If the typed text matches exactly one procedure, take it: typing "khai sinh" and moving on is enough."""
        if self._procedure is None and len(self._candidates) == 1 and self.edit.text().strip():
            self._choose(self._candidates[0])

    def popup_visible(self) -> bool:
        return self.completer.popup().isVisible()

    # -- internals --------------------------------------------------------------------------------------------------

    def _search(self, text: str) -> list[ProcedureInfo]:
        try:
            return list_procedures(self.ctx, text)
        except Exception as exc:  # noqa: BLE001 - the officer is told; the form stays usable
            show_error(self, exc)
            return []

    def _on_text_edited(self, text: str) -> None:
        if self._procedure is not None:
            self._procedure = None
            self._show_info()
            self.picked.emit(None)
        self._fill(text)
        if text.strip() and self._candidates:
            self._show_popup()
        else:
            self.completer.popup().hide()

    def _fill(self, text: str) -> None:
        self._candidates = best_first(self._search(text), text)
        self._model.clear()
        for proc in self._candidates[:MAX_SHOWN]:
            item = QStandardItem(self.tr("{name}  —  {code} · {field}").format(
                name=proc.name, code=proc.code, field=proc.field_name))
            item.setData(proc, Qt.ItemDataRole.UserRole)
            item.setToolTip(proc.name)
            item.setEditable(False)
            self._model.appendRow(item)

    def _show_popup(self) -> None:
        rect = QRect(0, 0, max(self.edit.width(), POPUP_MIN_WIDTH), self.edit.height())
        self.completer.complete(rect)
        # The best match is highlighted, so Enter takes it.
        popup = self.completer.popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        proc = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(proc, ProcedureInfo):
            self._choose(proc)

    def _choose(self, proc: ProcedureInfo | None) -> None:
        self._procedure = proc
        self._candidates = [proc] if proc is not None else []
        self.edit.setText(proc.name if proc is not None else "")
        self.edit.setCursorPosition(0)  # long names: show their beginning
        self._show_info()
        self.picked.emit(proc)

    def _show_info(self) -> None:
        proc = self._procedure
        if proc is None:
            self.info.setText(self.tr("Chưa chọn thủ tục"))
            return
        days = (self.tr("giải quyết trong ngày") if proc.statutory_days == 0
                else self.tr("{n} ngày làm việc").format(n=days_number(proc.statutory_days)))
        self.info.setText(self.tr("Mã {code} · {field} · {days}").format(code=proc.code, field=proc.field_name,
                                                                         days=days))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down and not self.popup_visible():
                self._fill(self.edit.text() if self._procedure is None else "")
                if self._candidates:
                    self._show_popup()
                return True
            if event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
                self.resolve()
        return super().eventFilter(watched, event)
