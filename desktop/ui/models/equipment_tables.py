"""The equipment list and one device's history as Qt table models, with the status and warning colours officers scan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from desktop.services.equipment import EquipmentEventInfo, EquipmentInfo
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.models.record_table import RecordTableModel

_CONTEXT = "EquipmentTableModel"
_EVENT_CONTEXT = "EquipmentEventTableModel"

COL_TAG, COL_KIND, COL_MODEL, COL_LOCATION, COL_ASSIGNED, COL_ACQUIRED, COL_AGE, COL_STATUS, COL_CERTIFICATE, \
    COL_FLAGS = range(10)
COLUMN_COUNT = 10

_HEADERS = {
    COL_TAG: QT_TRANSLATE_NOOP("EquipmentTableModel", "Mã tài sản"),
    COL_KIND: QT_TRANSLATE_NOOP("EquipmentTableModel", "Loại"),
    COL_MODEL: QT_TRANSLATE_NOOP("EquipmentTableModel", "Model"),
    COL_LOCATION: QT_TRANSLATE_NOOP("EquipmentTableModel", "Vị trí"),
    COL_ASSIGNED: QT_TRANSLATE_NOOP("EquipmentTableModel", "Người sử dụng"),
    COL_ACQUIRED: QT_TRANSLATE_NOOP("EquipmentTableModel", "Đưa vào dùng"),
    COL_AGE: QT_TRANSLATE_NOOP("EquipmentTableModel", "Tuổi"),
    COL_STATUS: QT_TRANSLATE_NOOP("EquipmentTableModel", "Tình trạng"),
    COL_CERTIFICATE: QT_TRANSLATE_NOOP("EquipmentTableModel", "Hạn chứng thư số"),
    COL_FLAGS: QT_TRANSLATE_NOOP("EquipmentTableModel", "Lưu ý"),
}
# Short words in the cell (the column is narrow), the full sentence in the tooltip.
_OLD = QT_TRANSLATE_NOOP("EquipmentTableModel", "Cũ")
_OLD_TIP = QT_TRANSLATE_NOOP("EquipmentTableModel", "Đã dùng hơn 5 năm")
_DOWN = QT_TRANSLATE_NOOP("EquipmentTableModel", "Mất kết nối")
_DOWN_TIP = QT_TRANSLATE_NOOP("EquipmentTableModel", "Đang mất kết nối, chưa ghi thời điểm kết thúc")
_AGE_TIP = QT_TRANSLATE_NOOP("EquipmentTableModel", "Số năm kể từ ngày đưa vào sử dụng")

# (text colour, pale background) per status; the text colour alone must still read on the pale background.
STATUS_COLOURS: dict[str, tuple[QColor, QColor]] = {
    "in_use": (QColor(27, 94, 32), QColor(222, 242, 222)),
    "degraded": (QColor(140, 80, 0), QColor(255, 236, 200)),
    "broken": (QColor(176, 0, 32), QColor(253, 222, 222)),
    "in_repair": (QColor(13, 71, 161), QColor(222, 234, 252)),
    "spare": (QColor(90, 90, 90), QColor(236, 236, 236)),
    "retired": (QColor(90, 90, 90), QColor(236, 236, 236)),
}
WARNING_COLOURS: dict[str, tuple[QColor, QColor]] = {
    "expired": STATUS_COLOURS["broken"],
    "expiring": STATUS_COLOURS["degraded"],
    "down": STATUS_COLOURS["broken"],
    "old": STATUS_COLOURS["degraded"],
}
# A device whose history is not wanted in every list: greyed text.
INACTIVE = frozenset({"retired"})


def _tr(text: str, context: str = _CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def moment_text(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def money_text(value: int) -> str:
    """Đồng with the UI language's thousands separator (1.200.000 đ; 1,200,000 đ in English); nothing for no cost."""
    if not value:
        return ""
    grouped = f"{value:,}"
    return (grouped if current_language() == "en" else grouped.replace(",", ".")) + " đ"


def decimal_text(value: float) -> str:
    """One decimal, with the UI language's decimal mark (5,9 in Vietnamese)."""
    text = f"{value:.1f}"
    return text if current_language() == "en" else text.replace(".", ",")


def flags_of(info: EquipmentInfo, tips: bool = False) -> list[str]:
    """What needs the officer's attention besides the status: an outage going on, an old device."""
    found = []
    if info.open_outage:
        found.append(_tr(_DOWN_TIP if tips else _DOWN))
    if info.old:
        found.append(_tr(_OLD_TIP if tips else _OLD))
    return found


def widest_flags() -> str:
    """The longest text the flags column can show, to size it once for every refresh."""
    return ", ".join((_tr(_DOWN), _tr(_OLD)))


def _certificate(info: EquipmentInfo) -> str:
    if info.certificate_expiry is None:
        return ""
    if info.token_state in ("expired", "expiring"):
        return f"{day_text(info.certificate_expiry)} · {labels.label(labels.CERTIFICATE, info.token_state)}"
    return day_text(info.certificate_expiry)


def _age(info: EquipmentInfo) -> str:
    return "" if info.age_years is None else decimal_text(info.age_years)


_CELLS: dict[int, Callable[[EquipmentInfo], str]] = {
    COL_TAG: lambda i: i.asset_tag,
    COL_KIND: lambda i: labels.label(labels.EQUIPMENT_KIND, i.kind),
    COL_MODEL: lambda i: i.model,
    COL_LOCATION: lambda i: i.location,
    COL_ASSIGNED: lambda i: i.assigned_to,
    COL_ACQUIRED: lambda i: day_text(i.acquired_on),
    COL_AGE: _age,
    COL_STATUS: lambda i: labels.label(labels.EQUIPMENT_STATUS, i.status),
    COL_CERTIFICATE: _certificate,
    COL_FLAGS: lambda i: ", ".join(flags_of(i)),
}


class EquipmentTableModel(RecordTableModel):
    """Devices in the order the service lists them; `UserRole` gives the EquipmentInfo of a row."""

    CONTEXT = _CONTEXT
    HEADERS = tuple(_HEADERS[column] for column in range(COLUMN_COUNT))
    NUMERIC = frozenset({COL_AGE})
    KEY = "asset_tag"
    equipment_at = RecordTableModel.row_at
    all_rows = RecordTableModel.rows

    def display(self, record: EquipmentInfo, column: int) -> str:
        return _CELLS[column](record)

    def decorate(self, record: EquipmentInfo, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = self._colours(record, column)
            if colours is not None:
                return colours[0 if role == Qt.ItemDataRole.ForegroundRole else 1]
            if role == Qt.ItemDataRole.ForegroundRole and record.status in INACTIVE:
                return STATUS_COLOURS["retired"][0]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_MODEL, COL_LOCATION, COL_ASSIGNED):  # long texts are elided in their column
                return _CELLS[column](record) or None
            if column == COL_CERTIFICATE and record.certificate_expiry is not None:
                return labels.label(labels.CERTIFICATE, record.token_state)
            if column == COL_FLAGS and flags_of(record):
                return "\n".join(flags_of(record, tips=True))
            if column == COL_AGE and record.age_years is not None:
                return _tr(_OLD_TIP) if record.old else _tr(_AGE_TIP)
        return None

    @staticmethod
    def _colours(info: EquipmentInfo, column: int) -> tuple[QColor, QColor] | None:
        if column == COL_STATUS:
            return STATUS_COLOURS.get(info.status)
        if column == COL_CERTIFICATE and info.token_state in ("expired", "expiring"):
            return WARNING_COLOURS[info.token_state]
        if column == COL_FLAGS and info.open_outage:
            return WARNING_COLOURS["down"]
        if column in (COL_FLAGS, COL_AGE) and info.old:
            return WARNING_COLOURS["old"]
        return None


EV_AT, EV_KIND, EV_STATUS, EV_ENDED, EV_COST, EV_ACTOR, EV_NOTE = range(7)
EVENT_COLUMN_COUNT = 7

_EVENT_HEADERS = {
    EV_AT: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Thời điểm"),
    EV_KIND: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Sự kiện"),
    EV_STATUS: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Đổi tình trạng"),
    EV_ENDED: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Kết thúc"),
    EV_COST: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Chi phí"),
    EV_ACTOR: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Người ghi"),
    EV_NOTE: QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Ghi chú"),
}
_STILL_DOWN = QT_TRANSLATE_NOOP("EquipmentEventTableModel", "Chưa kết thúc")


def _status_move(ev: EquipmentEventInfo) -> str:
    if ev.to_status is None:
        return ""
    before, after = (labels.label(labels.EQUIPMENT_STATUS, code) for code in (ev.from_status, ev.to_status))
    return f"{before} → {after}"


def _ended(ev: EquipmentEventInfo) -> str:
    if ev.kind != "outage":
        return ""
    return moment_text(ev.ended_at) if ev.ended_at else _tr(_STILL_DOWN, _EVENT_CONTEXT)


_EVENT_CELLS: dict[int, Callable[[EquipmentEventInfo], str]] = {
    EV_AT: lambda e: moment_text(e.at),
    EV_KIND: lambda e: labels.label(labels.EQUIPMENT_EVENT, e.kind),
    EV_STATUS: _status_move,
    EV_ENDED: _ended,
    EV_COST: lambda e: money_text(e.cost),
    EV_ACTOR: lambda e: e.actor,
    EV_NOTE: lambda e: e.note,
}


def is_open_outage(ev: EquipmentEventInfo) -> bool:
    return ev.kind == "outage" and ev.ended_at is None


class EquipmentEventTableModel(RecordTableModel):
    """One device's history, newest first (the service gives it oldest first); an outage going on is in red."""

    CONTEXT = _EVENT_CONTEXT
    HEADERS = tuple(_EVENT_HEADERS[column] for column in range(EVENT_COLUMN_COUNT))
    NUMERIC = frozenset({EV_COST})
    event_at = RecordTableModel.row_at

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asset_tag: str | None = None  # whose history is shown

    def set_events(self, asset_tag: str | None, events: list[EquipmentEventInfo]) -> None:
        self.asset_tag = asset_tag
        self.set_rows(list(reversed(events)))

    def open_outage(self) -> EquipmentEventInfo | None:
        """The latest outage still going on, if any."""
        return next((ev for ev in self._rows if is_open_outage(ev)), None)

    def display(self, record: EquipmentEventInfo, column: int) -> str:
        return _EVENT_CELLS[column](record)

    def decorate(self, record: EquipmentEventInfo, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = self._colours(record, column)
            return None if colours is None else colours[0 if role == Qt.ItemDataRole.ForegroundRole else 1]
        if role == Qt.ItemDataRole.ToolTipRole and column == EV_NOTE and record.note:
            return record.note
        return None

    @staticmethod
    def _colours(ev: EquipmentEventInfo, column: int) -> tuple[QColor, QColor] | None:
        if is_open_outage(ev):
            return WARNING_COLOURS["down"]
        if column == EV_STATUS and ev.to_status is not None:
            return STATUS_COLOURS.get(ev.to_status)
        return None
