"""The catalogue page's widgets, laid out only: search, the actions, fields on the left and their procedures on the
right, and a count line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.ui.widgets.inputs import search_box
from desktop.ui.widgets.record_table_view import record_table_view


class CataloguePageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box(self, self.tr("Tìm theo mã hoặc tên thủ tục, gõ không dấu cũng được (Ctrl+F)"))
        self.show_inactive = QCheckBox(self.tr("Hiện cả thủ tục ngừng áp dụng"))
        self.show_inactive.setChecked(True)
        self.add_button = QPushButton(self.tr("Thêm thủ tục"))
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.active_button = QPushButton(self.tr("Ngừng áp dụng"))
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setStyleSheet("color: #555;")
        self.read_only_note.hide()
        self.fields = QListWidget()
        self.fields.setObjectName("fieldList")
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps the count at the end in sight
        self.table = record_table_view()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.count = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.import_button):
            actions.addWidget(button)
        actions.addWidget(self.read_only_note)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Lĩnh vực")))
        left_layout.addWidget(self.fields, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1130])  # most field names fit 230 px; the rest goes to the table
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count)

        self.remove_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        order = (self.search, self.show_inactive, self.fields, self.table, self.add_button, self.edit_button,
                 self.active_button, self.import_button, self.remove_button)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
