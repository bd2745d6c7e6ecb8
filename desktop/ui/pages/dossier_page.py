"""The dossier list page: search as you type (accents optional), a quick filter, and the paged table."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery
from desktop.ui.models.dossier_table import DossierTableModel

# Filter keys shown in the combo, in order; their labels are translated in the view.
FILTER_ALL, FILTER_OVERDUE, FILTER_OPEN = "all", "overdue", "open"
OPEN_STATUSES = (1, 2, 4, 5, 6)
SEARCH_DELAY_MS = 250  # typing pauses this long before the list is asked again
MAX_COLUMN_WIDTH = 300


class DossierPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo mã, người nộp, thủ tục (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Tất cả hồ sơ"), FILTER_ALL)
        self.filter.addItem(self.tr("Đang giải quyết"), FILTER_OPEN)
        self.filter.addItem(self.tr("Quá hạn"), FILTER_OVERDUE)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.table)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


class DossierPageController(QObject):
    """Turns what the officer types and picks into a query for the table model."""

    def __init__(self, view: DossierPageView, ctx: ServiceContext) -> None:
        super().__init__(view)
        self.view = view
        self.model = DossierTableModel(ctx, parent=self)
        view.table.setModel(self.model)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        view.search.textChanged.connect(self._on_search_changed)
        view.filter.currentIndexChanged.connect(self.refresh)
        # The model refuses fetch questions while it announces rows, so count once the announcement is over.
        self.model.rowsInserted.connect(lambda *_: QTimer.singleShot(0, self._on_rows_changed))
        self.refresh()

    def current_query(self) -> DossierQuery:
        key = self.view.filter.currentData()
        return DossierQuery(search=self.view.search.text(), overdue=key == FILTER_OVERDUE,
                            statuses=OPEN_STATUSES if key == FILTER_OPEN else ())

    def refresh(self) -> None:
        self._timer.stop()
        self.model.set_query(self.current_query())
        self._on_rows_changed()
        table = self.view.table
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long procedure names must not push status off screen
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))

    def _on_search_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_rows_changed(self, *_args: object) -> None:
        more = "+" if self.model.canFetchMore() else ""
        self.view.count.setText(self.tr("{n}{more} hồ sơ").format(n=self.model.rowCount(), more=more))
