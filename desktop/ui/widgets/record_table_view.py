"""The table a page lists its records in: whole rows selected one at a time, read-only, striped, no row numbers,
sorted by a click on a column header (the models sort; see `RecordTableBase.sort`)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table_view() -> QTableView:
    """A read-only list of records; cells are not wrapped (a wrapped text is cut by the row height; the models give
    long texts whole in their tooltips)."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # No header is chosen until the officer clicks one: the rows keep the order the service gave (newest first…).
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


def select_row(table: QTableView, row: int) -> None:
    """Make `row` the current, selected row and scroll it into view."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)


def fit_columns(table: QTableView, cap: int, padding: int = 12, *, caps: dict[int, int] | None = None,
                floors: dict[int, int] | None = None, stretch: int | None = None) -> None:
    """Columns as wide as their text plus `padding`, but no wider than `cap` (or their own cap in `caps`) so one
    long text cannot push the others off a 1366 screen, and no narrower than their `floors`; `stretch` takes what is
    left of the row."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        width = min(table.columnWidth(column) + padding, (caps or {}).get(column, cap))
        table.setColumnWidth(column, max(width, (floors or {}).get(column, 0)))
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
