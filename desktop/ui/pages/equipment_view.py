"""The equipment page's widgets, laid out only: search and filters, the actions, the device list with its summary
line, and the selected device's history below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import labels
from desktop.ui.widgets.inputs import fill_combo, search_box
from desktop.ui.widgets.record_table_view import record_table_view


def _table() -> QTableView:
    table = record_table_view()
    # Compact rows: the list should show a commune's devices without much scrolling at 1366×768.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control, as keyboard users expect
    return table


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _pane(top: QWidget, bottom: QWidget) -> QWidget:
    """One half of the splitter: a table and its caption line, the table taking the height."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top, 0 if isinstance(top, QLabel) else 1)
    layout.addWidget(bottom, 0 if isinstance(bottom, QLabel) else 1)
    return pane


class EquipmentPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box(self, self.tr("Tìm theo mã, model, số sê-ri, vị trí, người dùng (Ctrl+F)"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Mọi loại thiết bị"), "")
        fill_combo(self.kind_filter, labels.EQUIPMENT_KIND)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Mọi tình trạng"), "")
        fill_combo(self.status_filter, labels.EQUIPMENT_STATUS)
        self.add_button = _button(self.tr("Thêm thiết bị"), self.tr("Thêm thiết bị mới (Ctrl+N)"))
        self.edit_button = _button(self.tr("Sửa"), self.tr("Sửa thông tin thiết bị (Enter hoặc nhấp đúp)"))
        self.event_button = _button(self.tr("Ghi sự kiện"),
                                    self.tr("Đổi tình trạng, bảo trì, sửa chữa, mất kết nối, kiểm kê"))
        self.end_outage_button = _button(self.tr("Kết thúc mất kết nối"), self.tr("Ghi thời điểm có kết nối lại"))
        self.remove_button = _button(self.tr("Xóa"), self.tr("Xóa thiết bị khỏi danh sách (Delete)"))
        self.import_button = _button(self.tr("Nhập từ Excel…"),
                                     self.tr("Thêm, cập nhật thiết bị từ tệp Excel hoặc CSV"))
        self.export_button = _button(self.tr("Xuất danh sách…"),
                                     self.tr("Xuất danh sách thiết bị đang lọc ra Excel hoặc CSV (Ctrl+E)"))
        self.table = _table()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history_title = QLabel()
        self.history = _table()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status_filter)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.event_button, self.end_outage_button,
                       self.import_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(_pane(self.table, self.summary))
        self.splitter.addWidget(_pane(self.history_title, self.history))
        self.splitter.setStretchFactor(0, 2)  # the list matters more than one device's history
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self.remove_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        order = (self.search, self.kind_filter, self.status_filter, self.table, self.add_button, self.edit_button,
                 self.event_button, self.end_outage_button, self.import_button, self.export_button, self.remove_button,
                 self.history)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
