"""The procedure catalogue as a Qt table model: one row per ProcedureInfo, all loaded at once (a few hundred)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from desktop.services.dto import ProcedureInfo
from desktop.ui import labels
from desktop.ui.models.record_table import RecordTableModel

_CONTEXT = "CatalogueTableModel"

COL_CODE = 0
COL_NAME = 1
COL_FIELD = 2
COL_DAYS = 3
COL_FEE = 4
COL_ONLINE = 5
COL_BOUNDARY = 6
COL_ACTIVE = 7
COLUMN_COUNT = 8

_HEADERS: dict[int, str] = {
    COL_CODE: QT_TRANSLATE_NOOP("CatalogueTableModel", "Mã thủ tục"),
    COL_NAME: QT_TRANSLATE_NOOP("CatalogueTableModel", "Tên thủ tục"),
    COL_FIELD: QT_TRANSLATE_NOOP("CatalogueTableModel", "Lĩnh vực"),
    COL_DAYS: QT_TRANSLATE_NOOP("CatalogueTableModel", "Thời hạn"),
    COL_FEE: QT_TRANSLATE_NOOP("CatalogueTableModel", "Lệ phí (đồng)"),
    COL_ONLINE: QT_TRANSLATE_NOOP("CatalogueTableModel", "Trực tuyến"),
    COL_BOUNDARY: QT_TRANSLATE_NOOP("CatalogueTableModel", "Phi địa giới"),
    COL_ACTIVE: QT_TRANSLATE_NOOP("CatalogueTableModel", "Trạng thái"),
}
_HEADER_TIPS: dict[int, str] = {
    COL_DAYS: QT_TRANSLATE_NOOP("CatalogueTableModel", "Thời hạn giải quyết theo quy định, tính bằng ngày làm việc"),
    COL_BOUNDARY: QT_TRANSLATE_NOOP("CatalogueTableModel",
                                    "Tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh"),
}
_IN_THE_DAY = QT_TRANSLATE_NOOP("CatalogueTableModel", "Trong ngày")
_DAYS = QT_TRANSLATE_NOOP("CatalogueTableModel", "{n} ngày")
_FREE = QT_TRANSLATE_NOOP("CatalogueTableModel", "Miễn phí")
_YES = QT_TRANSLATE_NOOP("CatalogueTableModel", "Có")
_ACTIVE = QT_TRANSLATE_NOOP("CatalogueTableModel", "Đang áp dụng")
_INACTIVE = QT_TRANSLATE_NOOP("CatalogueTableModel", "Ngừng áp dụng")
INACTIVE_FOREGROUND = QColor(128, 128, 128)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def days_text(days: float) -> str:
    """Working days in halves since the half-day rule: "3 ngày", "1,5 ngày" (the locale's decimal mark)."""
    if days == 0:
        return _tr(_IN_THE_DAY)
    shown = str(int(days)) if float(days).is_integer() else QLocale().toString(float(days), "f", 1)
    return _tr(_DAYS).format(n=shown)


def fee_text(fee: int) -> str:
    return _tr(_FREE) if fee == 0 else QLocale().toString(fee)


_CELL_TEXT: dict[int, Callable[[ProcedureInfo], str]] = {
    COL_CODE: lambda p: p.code,
    COL_NAME: lambda p: p.name,
    COL_FIELD: lambda p: p.field_name,
    COL_DAYS: lambda p: days_text(p.statutory_days),
    COL_FEE: lambda p: fee_text(p.fee),
    COL_ONLINE: lambda p: labels.label(labels.ONLINE_LEVEL, p.online_level),
    COL_BOUNDARY: lambda p: _tr(_YES) if p.boundary_free else "",
    COL_ACTIVE: lambda p: _tr(_ACTIVE) if p.active else _tr(_INACTIVE),
}


class CatalogueTableModel(RecordTableModel):
    """Procedures as the service listed them; `set_rows` replaces them all."""

    CONTEXT = _CONTEXT
    HEADERS = tuple(_HEADERS[column] for column in range(COLUMN_COUNT))
    HEADER_TIPS = _HEADER_TIPS
    NUMERIC = frozenset({COL_DAYS, COL_FEE})
    KEY = "code"
    procedure_at = RecordTableModel.row_at

    def display(self, record: ProcedureInfo, column: int) -> str:
        return _CELL_TEXT[column](record)

    def decorate(self, record: ProcedureInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return INACTIVE_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return record.name  # long names are cut in the column
        return None
