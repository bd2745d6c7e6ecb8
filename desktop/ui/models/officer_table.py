"""The officers of the commune as a Qt table model: one row per OfficerInfo, the whole (small) list at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QPalette

from desktop.services.officers import OfficerInfo
from desktop.ui import labels

_CONTEXT = "OfficerTableModel"

COL_NAME = 0
COL_POSITION = 1
COL_UNIT = 2
COL_ROLE = 3
COL_USERNAME = 4
COL_ACTIVE = 5
COL_LOCKED = 6
COLUMN_COUNT = 7

# Vietnamese source texts, marked for lupdate and translated when shown so a language switch needs no rebuild.
_HEADERS: dict[int, str] = {
    COL_NAME: QT_TRANSLATE_NOOP("OfficerTableModel", "Họ tên"),
    COL_POSITION: QT_TRANSLATE_NOOP("OfficerTableModel", "Chức vụ"),
    COL_UNIT: QT_TRANSLATE_NOOP("OfficerTableModel", "Bộ phận"),
    COL_ROLE: QT_TRANSLATE_NOOP("OfficerTableModel", "Vai trò"),
    COL_USERNAME: QT_TRANSLATE_NOOP("OfficerTableModel", "Tên đăng nhập"),
    COL_ACTIVE: QT_TRANSLATE_NOOP("OfficerTableModel", "Trạng thái"),
    COL_LOCKED: QT_TRANSLATE_NOOP("OfficerTableModel", "Đăng nhập"),
}
_ACTIVE = QT_TRANSLATE_NOOP("OfficerTableModel", "Đang làm việc")
_INACTIVE = QT_TRANSLATE_NOOP("OfficerTableModel", "Đã ngừng")
_LOCKED = QT_TRANSLATE_NOOP("OfficerTableModel", "Tạm khoá")
_NO_ACCOUNT = QT_TRANSLATE_NOOP("OfficerTableModel", "Chưa có tài khoản")
_LOCKED_TIP = QT_TRANSLATE_NOOP(
    "OfficerTableModel", "Nhập sai mật khẩu nhiều lần; quản trị đặt lại mật khẩu để mở khoá ngay.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class OfficerTableModel(QAbstractTableModel):
    """Officers as `list_officers` gives them (already in Vietnamese name order); `set_officers` replaces them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OfficerInfo] = []

    def set_officers(self, officers: list[OfficerInfo]) -> None:
        self.beginResetModel()
        self._rows = list(officers)
        self.endResetModel()

    def officer_at(self, row: int) -> OfficerInfo:
        return self._rows[row]

    def row_of(self, officer_id: str) -> int:
        """The row showing this officer, or -1."""
        return next((i for i, o in enumerate(self._rows) if o.id == officer_id), -1)

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
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = _CELL_TEXT.get(column)
            return shown(info) if shown is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return info
        if role == Qt.ItemDataRole.ForegroundRole and not info.active:
            # Former officers stay listed (they appear in history) but should not catch the eye.
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_NAME, COL_POSITION, COL_UNIT):
                return _CELL_TEXT[column](info) or None
            if column == COL_USERNAME and info.username is None:
                return _tr(_NO_ACCOUNT)
            if column == COL_LOCKED and info.locked:
                return _tr(_LOCKED_TIP)
        return None


_CELL_TEXT: dict[int, Callable[[OfficerInfo], str]] = {
    COL_NAME: lambda info: info.full_name,
    COL_POSITION: lambda info: info.position,
    COL_UNIT: lambda info: info.unit,
    COL_ROLE: lambda info: labels.label(labels.ROLE, info.role),
    COL_USERNAME: lambda info: info.username or "—",
    COL_ACTIVE: lambda info: _tr(_ACTIVE if info.active else _INACTIVE),
    COL_LOCKED: lambda info: _tr(_LOCKED) if info.locked else "",
}
