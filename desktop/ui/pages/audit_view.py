"""The audit log page's widgets, laid out only: search and filters, the log, and the selected entry's old and new
values below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.audit_labels import KINDS, kind_label
from desktop.ui.widgets.inputs import date_picker, search_box
from desktop.ui.widgets.record_table_view import record_table_view

# Period keys in the combo; their labels are translated in the view. A number is "the last n days, today included".
PERIOD_ALL, PERIOD_CUSTOM = "all", "custom"
PERIOD_DAYS = {"today": 1, "week": 7, "month": 30}


class AuditPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box(self, self.tr("Tìm theo mã hồ sơ, mã thủ tục, tên người, mã tài sản… (Ctrl+F)"))
        self.actor = QComboBox()
        self.actor.setMinimumContentsLength(18)
        self.actor.setToolTip(self.tr("Người thực hiện"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Mọi loại bản ghi"), "")
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setToolTip(self.tr("Loại bản ghi"))
        self.period = QComboBox()
        for text, key in ((self.tr("Mọi thời điểm"), PERIOD_ALL), (self.tr("Hôm nay"), "today"),
                          (self.tr("7 ngày qua"), "week"), (self.tr("30 ngày qua"), "month"),
                          (self.tr("Từ ngày… đến ngày…"), PERIOD_CUSTOM)):
            self.period.addItem(text, key)
        self.period.setToolTip(self.tr("Khoảng thời gian"))
        self.date_from = date_picker()
        self.date_to = date_picker()
        self.range_label = QLabel(self.tr("đến"))
        self.table = record_table_view()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.count = QLabel()
        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown on the entry of a deleted dossier, procedure, device or officer, for an administrator.
        self.restore_button = QPushButton(self.tr("Khôi phục bản ghi đã xóa"))
        self.restore_button.setObjectName("restoreDeleted")
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setHorizontalHeaderLabels([self.tr("Thông tin"), self.tr("Giá trị cũ"), self.tr("Giá trị mới")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setTabKeyNavigation(False)
        self.detail.setWordWrap(True)
        self.detail.verticalHeader().setVisible(False)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for widget in (self.actor, self.kind, self.period, self.date_from, self.range_label, self.date_to):
            bar.addWidget(widget)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.count)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.detail_title, 1)
        title_row.addWidget(self.restore_button)
        lower_layout.addLayout(title_row)
        lower_layout.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        order = (self.search, self.actor, self.kind, self.period, self.date_from, self.date_to, self.table,
                 self.restore_button, self.detail)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.show_range(False)

    def show_range(self, visible: bool) -> None:
        for widget in (self.date_from, self.range_label, self.date_to):
            widget.setVisible(visible)
