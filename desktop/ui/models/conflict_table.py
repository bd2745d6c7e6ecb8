"""The open sync conflicts as a small table (record, fields in dispute, when), and the words for a disputed field and
its value, shared with the side-by-side conflict dialog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop.services.conflicts import ConflictInfo
from desktop.services.context import to_local
from desktop.ui import labels
from desktop.ui.models.record_table import RecordTableModel

FIELDS_CONTEXT = "ConflictFields"

# The dossier fields the server guards (PROTOCOL.md "Merge rules"), plus the tombstone a delete conflict is about.
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("ConflictFields", "Trạng thái"),
    "outcome": QT_TRANSLATE_NOOP("ConflictFields", "Kết quả xử lý"),
    "applicant_name": QT_TRANSLATE_NOOP("ConflictFields", "Họ tên người nộp"),
    "applicant_id_number": QT_TRANSLATE_NOOP("ConflictFields", "Số giấy tờ tùy thân"),
    "applicant_phone": QT_TRANSLATE_NOOP("ConflictFields", "Điện thoại"),
    "applicant_email": QT_TRANSLATE_NOOP("ConflictFields", "Thư điện tử"),
    "applicant_address": QT_TRANSLATE_NOOP("ConflictFields", "Địa chỉ"),
    "deleted_at": QT_TRANSLATE_NOOP("ConflictFields", "Hồ sơ đã bị xóa"),
}

TABLE_LABELS = {
    "dossiers": QT_TRANSLATE_NOOP("ConflictFields", "Hồ sơ"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, text)


def field_label(name: str) -> str:
    """A disputed field in words; an unknown one is shown by its name rather than hidden."""
    text = FIELD_LABELS.get(name)
    return _tr(text) if text else name


def value_text(name: str, value: Any) -> str:
    """A disputed value as the officer reads it: coded values by their label, a deletion as yes / no."""
    if name == "deleted_at":
        if value:
            return QCoreApplication.translate("ConflictFields", "Đã xóa")
        return QCoreApplication.translate("ConflictFields", "Chưa xóa")
    if value is None or value == "":
        return QCoreApplication.translate("ConflictFields", "(trống)")
    if name == "status":
        return labels.label(labels.STATUS, value)
    if name == "outcome":
        return labels.label(labels.OUTCOME, value)
    return str(value)


@dataclass(frozen=True)
class ConflictRow:
    """A conflict and how an officer names its record (a dossier's code and applicant), "" when not known here."""

    info: ConflictInfo
    record: str = ""

    @property
    def id(self) -> str:
        return self.info.id


def record_text(row: ConflictRow) -> str:
    """Which record: its kind and name; the id's tail when this PC does not hold the record."""
    info = row.info
    kind = _tr(TABLE_LABELS[info.table_name]) if info.table_name in TABLE_LABELS else info.table_name
    return f"{kind} {row.record or '…' + info.row_id[-8:]}"


def when_text(moment: datetime) -> str:
    return f"{to_local(moment):%d/%m/%Y %H:%M}"


class ConflictTableModel(RecordTableModel):
    """Open conflicts, oldest first (the order `list_conflicts` gives)."""

    CONTEXT: ClassVar[str] = "ConflictTableModel"
    RECORD, FIELDS, WHEN = range(3)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Bản ghi"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Thông tin khác nhau"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Phát hiện lúc"),
    )

    def display(self, record: ConflictRow, column: int) -> str | None:
        if column == self.RECORD:
            return record_text(record)
        if column == self.FIELDS:
            return ", ".join(field_label(name) for name in record.info.fields)
        if column == self.WHEN:
            return when_text(record.info.created_at)
        return None

    def decorate(self, record: ConflictRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column != self.WHEN:
            return self.display(record, column)
        return None
