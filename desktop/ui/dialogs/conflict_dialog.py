"""One sync conflict side by side (field | this PC's value | the other PC's value) and the officer's choice of which
version stands; the choice is recorded with `conflicts.resolve` and travels to the other PCs with the next sync."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.messages import render
from desktop.services.conflicts import DUPLICATE_CODE, KEEP_MINE, KEEP_SERVER, RENUMBER, ConflictInfo
from desktop.ui.errors import message_of, show_error
from desktop.ui.i18n import current_language
from desktop.ui.models.conflict_table import ConflictRow, field_label, record_text, value_text, when_text

Resolver = Callable[[str, str], ConflictInfo]  # (choice, note) → the conflict as now recorded


class ConflictDialog(QDialog):
    """`this_pc_hit_it` says whose values are "this PC's": the PC whose push met the conflict holds the conflict's
    client values, every other PC of the commune holds the server's. `resolve` is one service call."""

    resolved = Signal(object)  # ConflictInfo

    def __init__(self, row: ConflictRow, this_pc_hit_it: bool, resolve: Resolver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = self.info = row.info
        self._resolve = resolve
        mine, theirs = (info.client_values, info.server_values) if this_pc_hit_it else \
            (info.server_values, info.client_values)
        # conflicts.resolve speaks of the server's and the conflicting PC's version; the officer of this PC and "the
        # other PC": map one onto the other once.
        self.keep_this_choice, self.use_other_choice = (KEEP_MINE, KEEP_SERVER) if this_pc_hit_it else \
            (KEEP_SERVER, KEEP_MINE)
        self.setWindowTitle(self.tr("Chọn bản giữ lại"))
        intro = QLabel(self.tr("{record} được sửa khác nhau trên hai máy (phát hiện lúc {when}). Hãy chọn bản đúng; "
                               "lựa chọn sẽ được gửi tới các máy khác ở lần đồng bộ sau.")
                       .format(record=record_text(row), when=when_text(info.created_at)))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictValues")
        self.table.setHorizontalHeaderLabels([self.tr("Thông tin"), self.tr("Giá trị trên máy này"),
                                              self.tr("Giá trị từ máy khác")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name in mine.keys() | theirs.keys():
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((field_label(name), value_text(name, mine.get(name)),
                                           value_text(name, theirs.get(name)))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.sortItems(0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(640)
        self.table.setFixedHeight(header.sizeHint().height() + self.table.verticalHeader().length()
                                  + 2 * self.table.frameWidth())  # a few rows: no empty well under them
        self.note = QLineEdit()
        self.note.setObjectName("conflictNote")
        self.note.setPlaceholderText(self.tr("Ghi chú lý do chọn (không bắt buộc)"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.keep_this = QPushButton(self.tr("Giữ bản trên máy này"))
        self.use_other = QPushButton(self.tr("Dùng bản từ máy khác"))
        self.later = QPushButton(self.tr("Để sau"))
        buttons = QDialogButtonBox()
        for button in (self.keep_this, self.use_other):
            button.setAutoDefault(False)  # a stray Enter must not settle a dispute
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.later, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_this.clicked.connect(lambda: self._on_choose(self.keep_this_choice))
        self.use_other.clicked.connect(lambda: self._on_choose(self.use_other_choice))
        self.later.clicked.connect(self.reject)
        if info.kind == DUPLICATE_CODE:
            # Not two versions of one dossier but two dossiers with one number: the only choice keeps both and
            # gives the later one a new number (worded from the catalogue, like the service's own messages).
            lang = current_language()
            intro.setText(render("conflict.duplicate_code#intro", lang, code=info.server_values.get("code") or "",
                                 when=when_text(info.created_at)))
            self.keep_this.setText(render("conflict.duplicate_code#renumber", lang))
            self.keep_this_choice = RENUMBER
            self.use_other.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()
        QWidget.setTabOrder(self.note, self.keep_this)
        QWidget.setTabOrder(self.keep_this, self.use_other)
        QWidget.setTabOrder(self.use_other, self.later)

    def _on_choose(self, choice: str) -> None:
        # One small local write (the choice goes out with the next sync), so it runs here like a form's Save.
        self.error.hide()
        try:
            result = self._resolve(choice, self.note.text())
        except DomainError as exc:
            self.error.setText(message_of(exc))
            self.error.show()
            return
        except Exception as exc:  # noqa: BLE001 - the officer gets a message, never a traceback
            show_error(self, exc)
            return
        self.resolved.emit(result)
        self.accept()
