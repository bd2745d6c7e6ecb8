"""The dossier list as a paged Qt table model: one row per DossierInfo from `list_dossiers`, a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dto import DossierInfo

_CONTEXT = "DossierTableModel"

COL_CODE = 0
COL_RECEIVED = 1
COL_APPLICANT = 2
COL_ID_NUMBER = 3  # masked: the full number is shown only in the dossier's own dialog
COL_PROCEDURE = 4
COL_FIELD = 5
COL_CHANNEL = 6
COL_DUE = 7
COL_STATUS = 8
COL_OUTCOME = 9
COLUMN_COUNT = 10

# Vietnamese source texts, marked for lupdate and translated when shown so a language switch needs no rebuild.
_HEADERS: dict[int, str] = {
    COL_CODE: QT_TRANSLATE_NOOP("DossierTableModel", "Mã hồ sơ"),
    COL_RECEIVED: QT_TRANSLATE_NOOP("DossierTableModel", "Ngày nhận"),
    COL_APPLICANT: QT_TRANSLATE_NOOP("DossierTableModel", "Người nộp"),
    COL_ID_NUMBER: QT_TRANSLATE_NOOP("DossierTableModel", "Số CCCD"),
    COL_PROCEDURE: QT_TRANSLATE_NOOP("DossierTableModel", "Thủ tục"),
    COL_FIELD: QT_TRANSLATE_NOOP("DossierTableModel", "Lĩnh vực"),
    COL_CHANNEL: QT_TRANSLATE_NOOP("DossierTableModel", "Kênh"),
    COL_DUE: QT_TRANSLATE_NOOP("DossierTableModel", "Hẹn trả"),
    COL_STATUS: QT_TRANSLATE_NOOP("DossierTableModel", "Trạng thái"),
    COL_OUTCOME: QT_TRANSLATE_NOOP("DossierTableModel", "Kết quả"),
}
_CHANNELS: dict[str, str] = {
    "online": QT_TRANSLATE_NOOP("DossierTableModel", "Trực tuyến"),
    "direct": QT_TRANSLATE_NOOP("DossierTableModel", "Trực tiếp"),
    "postal": QT_TRANSLATE_NOOP("DossierTableModel", "Bưu chính"),
}
_OUTCOMES: dict[str, str] = {
    "early": QT_TRANSLATE_NOOP("DossierTableModel", "Trước hạn"),
    "on_time": QT_TRANSLATE_NOOP("DossierTableModel", "Đúng hạn"),
    "late": QT_TRANSLATE_NOOP("DossierTableModel", "Quá hạn"),
}
_OVERDUE_TIP = QT_TRANSLATE_NOOP("DossierTableModel", "Quá hạn")
OVERDUE_BACKGROUND = QColor(253, 226, 226)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _moment(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


class DossierTableModel(QAbstractTableModel):
    """Dossiers matching a DossierQuery, newest first; `set_query` loads page one, `fetchMore` the following pages.

    Loading is synchronous, on the GUI thread that owns the model (its signals must be emitted there). To take the
    database read off the GUI thread later, only `list_dossiers` may move into an Op; rows must still be added here.
    Until `set_query` is called the model is empty and has nothing to fetch.
    """

    def __init__(self, ctx: ServiceContext, page_size: int = 100, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._ctx = ctx
        self._page_size = page_size
        self._query: DossierQuery | None = None
        self._rows: list[DossierInfo] = []
        self._more = False
        # True while this model loads and announces rows; see fetchMore.
        self._changing = False

    @property
    def query(self) -> DossierQuery | None:
        return self._query

    def set_query(self, query: DossierQuery) -> None:
        """Forget the loaded rows and load the first page of `query` (its own limit and offset are ignored).

        The page is read before the reset starts, so a failing query leaves the model as it was.
        """
        page = self._read(query, 0)
        self._changing = True
        try:
            self.beginResetModel()
            self._query = query
            self._rows = []
            self._append(page)
            self.endResetModel()
        finally:
            self._changing = False

    def dossier_at(self, row: int) -> DossierInfo:
        return self._rows[row]

    # -- paging ---------------------------------------------------------------------------------------------------

    def _read(self, query: DossierQuery, offset: int) -> list[DossierInfo]:
        return list_dossiers(self._ctx, replace(query, limit=self._page_size, offset=offset))

    def _append(self, page: list[DossierInfo]) -> None:
        self._rows.extend(page)
        # A short page means the query is exhausted; a full one may be followed by an empty page, which is fine.
        self._more = len(page) == self._page_size

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._query is not None and self._more and not self._changing

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        # Listeners of modelReset/rowsInserted (QAbstractItemModelTester among them) may call fetchMore from inside
        # this model's own announcement; inserting then would nest one change in another, so the call waits its turn
        # (canFetchMore is False meanwhile).
        if not self.canFetchMore(parent):
            return
        assert self._query is not None
        self._changing = True
        try:
            page = self._read(self._query, len(self._rows))
            if not page:
                self._more = False
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._append(page)
            self.endInsertRows()
        finally:
            self._changing = False

    # -- table ----------------------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = _HEADERS.get(section)
            return _tr(text) if text is not None else None
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return info
        overdue = info.timeliness == "overdue"
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return _tr(_OVERDUE_TIP)
        return None

    @staticmethod
    def _text(info: DossierInfo, column: int) -> str | None:
        shown = _CELL_TEXT.get(column)
        return shown(info) if shown is not None else None


def _channel(info: DossierInfo) -> str:
    label = _CHANNELS.get(info.channel)
    return _tr(label) if label is not None else info.channel


def _outcome(info: DossierInfo) -> str:
    label = _OUTCOMES.get(info.outcome or "")
    return _tr(label) if label is not None else (info.outcome or "")


_CELL_TEXT: dict[int, Callable[[DossierInfo], str]] = {
    COL_CODE: lambda info: info.code,
    COL_RECEIVED: lambda info: _moment(info.received_at),
    COL_APPLICANT: lambda info: info.applicant_name,
    COL_ID_NUMBER: lambda info: info.id_number_masked,
    COL_PROCEDURE: lambda info: info.procedure_name,
    COL_FIELD: lambda info: info.field_name,
    COL_CHANNEL: _channel,
    COL_DUE: lambda info: _day(info.due_date),
    # The service already gives the Vietnamese label of the status.
    COL_STATUS: lambda info: info.status_label,
    COL_OUTCOME: _outcome,
}
