"""The one shape of the read-only table models: rows of frozen service records, headers named once per class, each
cell's text from `display` and its colours, tooltips and the like from `decorate`.

`RecordTableBase` leaves filling the rows to its subclass (the paged models add pages as they arrive);
`RecordTableModel` is handed a whole list at once, which suits the small lists (a few thousand rows at most).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class RecordTableBase(QAbstractTableModel):
    """Subclasses set CONTEXT (their class name, the translation context) and HEADERS (one Vietnamese source text
    per column, marked with QT_TRANSLATE_NOOP in that context so lupdate finds them; translated when shown, so a
    language switch needs no rebuild), and implement `display`.

    `UserRole` gives a row's record; columns in NUMERIC are right-aligned (their headers too when RIGHT_HEADERS).
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.HEADERS):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return RIGHT_ALIGNED
        return self.decorate(record, column, role)


class RecordTableModel(RecordTableBase):
    """A small list handed over whole: `set_rows` replaces every row at once."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
