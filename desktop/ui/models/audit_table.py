"""The audit log as a paged Qt table model. Pages arrive from outside: the model asks for the next one with
`more_wanted`; the words it shows come from `audit_labels`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal

from desktop.services.audit import AuditEntryInfo
from desktop.ui.models.audit_labels import action_label, actor_label, summary_text, table_label
from desktop.ui.models.record_table import RecordTableBase

PAGE_SIZE = 200

COL_TIME = 0
COL_ACTOR = 1
COL_ACTION = 2
COL_TABLE = 3
COL_RECORD = 4
COL_SUMMARY = 5
COLUMN_COUNT = 6


class AuditTableModel(RecordTableBase):
    """Audit entries, newest first. `set_entries` gives page one; when the view scrolls to the end, `fetchMore`
    emits `more_wanted(offset)` and whoever reads the log answers with `append_entries(offset, page)`.

    Reading a page happens elsewhere (on the runner's thread), so the model never blocks the GUI and never nests one
    change inside another; while a page is awaited `canFetchMore` is False.
    """

    CONTEXT = "AuditTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Thời gian"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Người thực hiện"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Thao tác"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Loại bản ghi"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Bản ghi"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Nội dung thay đổi"),
    )
    more_wanted = Signal(int)
    entry_at = RecordTableBase.row_at

    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._summaries: dict[str, str] = {}  # by entry id, built once: painting asks for them again and again
        self._more = False
        self._waiting = False
        # True while rows are announced: listeners (QAbstractItemModelTester among them) call fetchMore from inside
        # the announcement, and a question asked then would name an offset that is about to change.
        self._changing = False

    @property
    def waiting(self) -> bool:
        return self._waiting

    def set_entries(self, entries: list[AuditEntryInfo]) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._sort_keys.clear()
            self._rows = self.sorted_rows(entries, cached=True)
            self._summaries = {e.id: summary_text(e) for e in entries}
            self.endResetModel()
        finally:
            self._changing = False
        self._more = len(entries) == self._page_size
        self._waiting = False

    def append_entries(self, offset: int, entries: list[AuditEntryInfo]) -> bool:
        """Add the page read from `offset`; False (and nothing changes) when it answers an older question."""
        if not self._waiting or offset != len(self._rows):
            return False
        if entries:
            self._changing = True
            try:
                self.beginInsertRows(QModelIndex(), offset, offset + len(entries) - 1)
                self._rows.extend(entries)
                self._summaries.update((e.id, summary_text(e)) for e in entries)
                self.endInsertRows()
                self._resort()  # a header click sorts the loaded pages; a new page joins that order
            finally:
                self._changing = False
        self._more = len(entries) == self._page_size
        self._waiting = False
        return True

    def fetch_failed(self) -> None:
        """The page could not be read: stop asking until the next `set_entries`."""
        self._waiting = False
        self._more = False

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more and not self._waiting and not self._changing

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent):
            self._waiting = True
            self.more_wanted.emit(len(self._rows))

    def display(self, record: AuditEntryInfo, column: int) -> str | None:
        if column == COL_TIME:
            return record.at.strftime("%d/%m/%Y %H:%M:%S")
        if column == COL_ACTOR:
            return actor_label(record.actor, record.actor_name)
        if column == COL_ACTION:
            return action_label(record.action)
        if column == COL_TABLE:
            return table_label(record.table_name)
        if column == COL_RECORD:
            return record.record
        if column == COL_SUMMARY:
            return self._summaries[record.id]
        return None

    def decorate(self, record: AuditEntryInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_RECORD, COL_SUMMARY):
            return self.display(record, column) or None  # cut in the column, whole here
        return None
