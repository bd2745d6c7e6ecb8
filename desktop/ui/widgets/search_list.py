"""Choosing one entry of a list of a few dozen to a few hundred names by typing any part of it, without diacritics
and without its prefix ("quang ninh" finds "Quảng Ninh", "hai ninh" finds "Xã Hải Ninh").

Nothing is chosen until the officer chooses: a click, arrow keys or Enter on a row, or Enter in the box when the
typed text leaves exactly one entry. Typing text that no longer matches the chosen entry forgets the choice, so a
stale pick can never travel on through Tab or Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole


def match_rank(name: str, code: str, typed: str) -> int | None:
    """How well `typed` matches an entry (lower is closer), or None when it does not match at all.

    Every typed word must appear in the folded name (or the code); an entry whose name starts with the words comes
    first, then one where they start a word ("hai ninh" → "xa hai ninh"), then anywhere.
    """
    query = fold(typed)
    if not query:
        return 3
    folded = fold(name)
    if query == code.casefold() or query == folded:
        return 0
    if not all(word in folded or word in code for word in query.split()):
        return None
    if folded.startswith(query):
        return 1
    return 2 if f" {query}" in f" {folded}" else 3


class SearchList(QWidget):
    """A search box over a list of (code, name). `picked(code)` fires with the chosen code, or '' when the choice is
    forgotten."""

    picked = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        self.setFocusProxy(self.edit)
        self._entries: list[tuple[str, str]] = []
        self._code = ""
        self.edit.textEdited.connect(self._on_typed)
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.edit.installEventFilter(self)
        self._show_chosen()

    # The data ------------------------------------------------------------------------------------------------------
    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """Replace the list; the typed text and any choice are cleared."""
        self._entries = list(entries)
        self.edit.clear()
        self._set_code("")
        self._fill()

    def code(self) -> str:
        return self._code

    def name(self) -> str:
        return next((name for code, name in self._entries if code == self._code), "")

    def choose(self, code: str) -> bool:
        """Choose an entry by its code, as a click would (the filter is cleared so it is in view)."""
        if not any(c == code for c, _name in self._entries):
            return False
        self.edit.clear()
        self._fill()
        for row in range(self.list.count()):
            if self.list.item(row).data(CODE_ROLE) == code:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
        return True

    def visible_names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    # Typing and choosing -------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        typed = self.edit.text()
        ranked = []
        for index, (code, name) in enumerate(self._entries):
            rank = match_rank(name, code, typed)
            if rank is not None:
                ranked.append((rank, index, code, name))
        ranked.sort()
        self.list.blockSignals(True)
        self.list.clear()
        for _rank, _index, code, name in ranked:
            item = QListWidgetItem(name)
            item.setData(CODE_ROLE, code)
            item.setToolTip(code)
            self.list.addItem(item)
            if code == self._code:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self._code and not self.list.selectedItems():
            self._set_code("")  # the chosen entry no longer matches what is typed: forget it

    def _on_typed(self, _text: str) -> None:
        self._fill()

    def _on_selection(self) -> None:
        items = self.list.selectedItems()
        self._set_code(items[0].data(CODE_ROLE) if items else "")

    def _set_code(self, code: str) -> None:
        if code == self._code:
            return
        self._code = code
        self._show_chosen()
        self.picked.emit(code)

    def _show_chosen(self) -> None:
        if self._code:
            self.chosen_label.setText(self.tr("Đã chọn: {name} (mã {code})").format(name=self.name(), code=self._code))
        else:
            self.chosen_label.setText(self.tr("Chưa chọn: gõ để tìm, rồi chọn một dòng trong danh sách"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                row = self.list.currentRow()
                if row < 0 or not self.list.selectedItems():
                    self.list.setCurrentRow(0 if key == Qt.Key.Key_Down else self.list.count() - 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._code and self.list.count() == 1:
                self.list.setCurrentRow(0)  # the text names exactly one entry: that is the officer's choice
                return True  # this Enter chooses; the next one goes on
        return super().eventFilter(watched, event)
