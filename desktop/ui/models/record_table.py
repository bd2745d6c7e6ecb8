"""The one shape of the read-only table models: rows of frozen service records, headers named once per class, each
cell's text from `display` and its colours, tooltips and the like from `decorate`.

`RecordTableBase` leaves filling the rows to its subclass (the paged models add pages as they arrive);
`RecordTableModel` is handed a whole list at once, which suits the small lists (a few thousand rows at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.ui.models.cell_order import cell_sort_key

RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
# Looked up once: Qt asks flags and a dozen roles of every cell it paints, and each enum lookup or `|` costs.
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_DISPLAY, _USER, _ALIGNMENT = (int(r.value) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole,
                                                      Qt.ItemDataRole.TextAlignmentRole))


class RecordTableBase(QAbstractTableModel):
    """Subclasses set CONTEXT (their class name, the translation context) and HEADERS (one Vietnamese source text
    per column, marked with QT_TRANSLATE_NOOP in that context so lupdate finds them; translated when shown, so a
    language switch needs no rebuild), and implement `display`.

    `UserRole` gives a row's record; columns in NUMERIC are right-aligned (their headers too when RIGHT_HEADERS).

    A click on a header sorts the rows held (`sort`): by `sort_key`, which reads the shown text as a date, a number
    or Vietnamese words (dictionary order, not code points). A paged model sorts the pages it has loaded and keeps
    that order as more arrive (`_resort`); sorting every match of a large query is the query's job, not the view's.
    """

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[Sequence[str]] = ()
    HEADER_TIPS: ClassVar[dict[int, str]] = {}
    NUMERIC: ClassVar[frozenset[int]] = frozenset()
    RIGHT_HEADERS: ClassVar[bool] = False
    KEY: ClassVar[str] = "id"  # the record attribute `row_of` looks for

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort_column = -1  # -1: the order the rows were given in
        self._sort_order = Qt.SortOrder.AscendingOrder
        # Keys of the sorted column by record identity: a paged list re-sorts its loaded rows on every new page, and
        # a Vietnamese key costs ~0.1 ms a row. Emptied when the column or the rows change.
        self._sort_keys: dict[int, Any] = {}

    @classmethod
    def translated(cls, text: str) -> str:
        return QCoreApplication.translate(cls.CONTEXT, text)

    # -- rows -----------------------------------------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        """The record shown in `row`, or None past the end."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int:
        """The row showing the record whose KEY attribute is `key`, or -1."""
        return next((i for i, record in enumerate(self._rows) if getattr(record, self.KEY) == key), -1)

    def rows(self) -> list[Any]:
        return list(self._rows)

    # -- sorting --------------------------------------------------------------------------------------------------

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def sort_key(self, record: Any, column: int) -> Any:
        """What a row sorts by in `column`: its shown text read as a date, number or words. Override for a column
        whose text does not order well (a label whose meaning is a rank, say)."""
        return cell_sort_key(self.display(record, column), numeric=column in self.NUMERIC)

    def sorted_rows(self, rows: Sequence[Any], *, cached: bool = False) -> list[Any]:
        """`rows` in the order the officer chose by a header click (as given when none was chosen)."""
        rows = list(rows)
        if 0 <= self._sort_column < len(self.HEADERS):
            # Only the rows the model holds may use the cache: ids of other (short-lived) records get reused.
            column, keys = self._sort_column, self._sort_keys if cached else {}

            def key(record: Any) -> Any:
                found = keys.get(id(record))
                if found is None:
                    found = keys[id(record)] = self.sort_key(record, column)
                return found

            rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(self.HEADERS):
            return  # the view asks with -1 when sorting is switched on before a header was clicked
        if column != self._sort_column:
            self._sort_keys.clear()
        self._sort_column, self._sort_order = column, order
        self._resort()

    def _resort(self) -> None:
        """Put the held rows in the chosen order, keeping selections and current rows on the same records."""
        if self._sort_column < 0 or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        records = [self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None for index in before]
        self._rows = self.sorted_rows(self._rows, cached=True)
        where = {id(record): row for row, record in enumerate(self._rows)}
        after = [self.index(where[id(record)], index.column()) if record is not None else QModelIndex()
                 for index, record in zip(before, records, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- what a subclass says -------------------------------------------------------------------------------------

    def display(self, record: Any, column: int) -> str | None:
        """The text of one cell."""
        raise NotImplementedError

    def decorate(self, record: Any, column: int, role: int) -> Any:
        """Any other role of one cell (colours, tooltips…); None by default."""
        return None

    # -- Qt's side ------------------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.translated(self.HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section in self.HEADER_TIPS:
                return self.translated(self.HEADER_TIPS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and self.RIGHT_HEADERS and section in self.NUMERIC:
                return RIGHT_ALIGNED
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()  # -1 for an invalid index
        if not 0 <= row < len(self._rows) or not 0 <= column < len(self.HEADERS):
            return None
        record = self._rows[row]
        if role == _DISPLAY:
            return self.display(record, column)
        if role == _USER:
            return record
        if role == _ALIGNMENT and column in self.NUMERIC:
            return RIGHT_ALIGNED
        return self.decorate(record, column, role)


class RecordTableModel(RecordTableBase):
    """A small list handed over whole: `set_rows` replaces every row at once."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._sort_keys.clear()  # new records (ids may be reused by new objects)
        self._rows = self.sorted_rows(rows, cached=True)
        self.endResetModel()
