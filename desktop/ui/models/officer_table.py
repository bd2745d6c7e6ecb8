"""The officers of the commune as a Qt table model: one row per OfficerInfo, the whole (small) list at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette

from desktop.services.officers import OfficerInfo
from desktop.ui import labels
from desktop.ui.models.record_table import RecordTableModel

_CONTEXT = "OfficerTableModel"

COL_NAME = 0
COL_POSITION = 1
COL_UNIT = 2
COL_ROLE = 3
COL_USERNAME = 4
COL_ACTIVE = 5
COL_LOCKED = 6
COLUMN_COUNT = 7

_ACTIVE = QT_TRANSLATE_NOOP("OfficerTableModel", "Đang làm việc")
_INACTIVE = QT_TRANSLATE_NOOP("OfficerTableModel", "Đã ngừng")
_LOCKED = QT_TRANSLATE_NOOP("OfficerTableModel", "Tạm khóa")
_NO_ACCOUNT = QT_TRANSLATE_NOOP("OfficerTableModel", "Chưa có tài khoản")
_LOCKED_TIP = QT_TRANSLATE_NOOP(
    "OfficerTableModel", "Nhập sai mật khẩu nhiều lần; quản trị đặt lại mật khẩu để mở khóa ngay.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class OfficerTableModel(RecordTableModel):
    """Officers as `list_officers` gives them (already in Vietnamese name order); `set_officers` replaces them."""

    CONTEXT = _CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("OfficerTableModel", "Họ tên"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Chức vụ"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Bộ phận"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Vai trò"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Tên đăng nhập"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("OfficerTableModel", "Đăng nhập"),
    )
    set_officers = RecordTableModel.set_rows
    officer_at = RecordTableModel.row_at

    def display(self, record: OfficerInfo, column: int) -> str:
        return _CELL_TEXT[column](record)

    def decorate(self, record: OfficerInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            # Former officers stay listed (they appear in history) but should not catch the eye.
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_NAME, COL_POSITION, COL_UNIT):
                return _CELL_TEXT[column](record) or None
            if column == COL_USERNAME and record.username is None:
                return _tr(_NO_ACCOUNT)
            if column == COL_LOCKED and record.locked:
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
