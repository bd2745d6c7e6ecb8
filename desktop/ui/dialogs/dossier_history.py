"""A dossier's history as its window lists it: one row per step, oldest first, and the first minute a next step
may be dated."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from desktop.services.dto import DossierEventInfo
from desktop.ui import labels
from desktop.ui.models.record_table import RecordTableModel

EV_AT, EV_ACTION, EV_STATUS, EV_DUE, EV_ACTOR, EV_NOTE = range(6)
_EVENT_HEADERS = (
    QT_TRANSLATE_NOOP("DossierEventsModel", "Thời điểm"), QT_TRANSLATE_NOOP("DossierEventsModel", "Thao tác"),
    QT_TRANSLATE_NOOP("DossierEventsModel", "Trạng thái"), QT_TRANSLATE_NOOP("DossierEventsModel", "Hẹn trả"),
    QT_TRANSLATE_NOOP("DossierEventsModel", "Người thực hiện"), QT_TRANSLATE_NOOP("DossierEventsModel", "Ghi chú"),
)


def moment_text(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DossierEventsModel(RecordTableModel):
    """A dossier's history, oldest first: a handful of rows, so they are set all at once."""

    CONTEXT = "DossierEventsModel"
    HEADERS = _EVENT_HEADERS
    set_events = RecordTableModel.set_rows

    def display(self, record: DossierEventInfo, column: int) -> str | None:
        if column == EV_AT:
            return moment_text(record.at)
        if column == EV_ACTION:
            return labels.label(labels.ACTION, record.action)
        if column == EV_STATUS:
            target = labels.label(labels.STATUS, record.to_status)
            if record.from_status is None or record.from_status == record.to_status:  # registered, or a decision
                return target
            return f"{labels.label(labels.STATUS, record.from_status)} → {target}"
        if column == EV_DUE:
            return day_text(record.due_date)
        if column == EV_ACTOR:
            return record.actor
        return record.note if column == EV_NOTE else None

    def decorate(self, record: DossierEventInfo, column: int, role: int) -> Any:
        return self.display(record, column) if role == Qt.ItemDataRole.ToolTipRole else None


def earliest_next(events: tuple[DossierEventInfo, ...]) -> datetime | None:
    """The first whole minute a next step may be dated: not before the dossier's last step."""
    if not events:
        return None
    last = max(event.at for event in events)
    whole = last.replace(second=0, microsecond=0)
    return whole if whole == last else whole + timedelta(minutes=1)
