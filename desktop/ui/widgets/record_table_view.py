"""The table a page lists its records in: whole rows selected one at a time, read-only, striped, no row numbers,
sorted by a click on a column header (the models sort; see `RecordTableBase.sort`)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

MIN_COLUMN_WIDTH = 56  # a squeezed column still shows a few characters and its header's start


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
                floors: dict[int, int] | None = None, stretch: int | None = None, fit_to_view: bool = False,
                stretch_floor: int = 0) -> None:
    """Columns as wide as their text plus `padding`, but no wider than `cap` (or their own cap in `caps`) so one
    long text cannot push the others off a 1366 screen, and no narrower than their `floors`; `stretch` takes what is
    left of the row.

    With `fit_to_view`, when the columns still do not fit the table's width, the widest are narrowed in turn (never
    below their floor) until every column is in view and `stretch` keeps at least `stretch_floor`: a cut text shows
    whole in its tooltip, a column off-screen or a name column a few pixels wide shows nothing."""
    table.resizeColumnsToContents()
    count = table.model().columnCount()
    widths: dict[int, int] = {}
    for column in range(count):
        width = min(table.columnWidth(column) + padding, (caps or {}).get(column, cap))
        widths[column] = max(width, (floors or {}).get(column, 0))
    room = table.viewport().width()
    if fit_to_view and room > 200:
        movable = [c for c in range(count) if c != stretch and not table.isColumnHidden(c)]
        lows = {c: max((floors or {}).get(c, 0), MIN_COLUMN_WIDTH) for c in movable}
        # The vertical scroll bar may appear only once the rows are in: keep its width free from the start.
        scroll = 0 if table.verticalScrollBar().isVisible() else table.verticalScrollBar().sizeHint().width()
        budget = room - scroll - (stretch_floor if stretch is not None else 0) - 2
        while sum(widths[c] for c in movable) > budget:
            wide = [c for c in movable if widths[c] > lows[c]]
            if not wide:
                break
            column = max(wide, key=lambda c: widths[c])
            widths[column] = max(lows[column], widths[column] - 4)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
