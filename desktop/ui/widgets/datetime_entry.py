"""A date and time typed in one box as "20/11/2026 09:30" (or picked from a calendar with F4 or the button beside it).

Unlike QDateTimeEdit, the box is one stop for Tab, typing replaces the whole value rather than the day section
under the cursor, and a value outside the sane range (2000 to next year) is refused in plain words instead of being
silently accepted or wrapped.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from desktop.domain.errors import ValidationError

FIRST_YEAR = 2000  # nothing the commune records happened before; a typo like 0226 or 9999 is refused
FORMAT = "%d/%m/%Y %H:%M"
_DATE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_TIME = r"(\d{1,2})\s*[:hg.]\s*(\d{2})"
_FULL = re.compile(rf"^\s*{_DATE}(?:\s+{_TIME})?\s*$", re.IGNORECASE)
_TIME_FIRST = re.compile(rf"^\s*{_TIME}\s+{_DATE}\s*$", re.IGNORECASE)  # "09:30 20/11/2026", as papers write it


def parse_moment(text: str, keep_time: time) -> datetime | None:
    """The moment typed, or None when the text is not a date (and time). A date alone keeps `keep_time`."""
    found = _FULL.match(text)
    if found:
        day, month, year, hour, minute = found.groups()
    else:
        found = _TIME_FIRST.match(text)
        if not found:
            return None
        hour, minute, day, month, year = found.groups()
    try:
        clock = time(int(hour), int(minute)) if hour is not None else keep_time.replace(second=0, microsecond=0)
        return datetime.combine(date(int(year), int(month), int(day)), clock)
    except ValueError:
        return None


class DateTimeEntry(QWidget):
    """`changed()` fires on every edit or pick. `value()` gives the moment (to the minute) or raises a
    ValidationError naming `field`, so a form shows it under this box like any refused value."""

    changed = Signal()

    def __init__(self, value: datetime, field: str, last_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.last_year = last_year
        self._kept = value.replace(second=0, microsecond=0)
        self.edit = QLineEdit(self._kept.strftime(FORMAT))
        self.edit.setPlaceholderText(self.tr("ngày/tháng/năm giờ:phút"))
        self.edit.setToolTip(self.tr("Ví dụ 20/11/2026 09:30. F4: chọn ngày trên lịch."))
        self.edit.setMaxLength(24)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Chọn ngày trên lịch (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the box
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(last_year, 12, 31))
        self.calendar.setGridVisible(True)
        # Not a child of this widget: the calendar's own buttons must not join the form's Tab chain.
        self.popup = QMenu()
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.activated.connect(self._on_picked)
        self.calendar.clicked.connect(self._on_picked)
        self.edit.installEventFilter(self)

    # Reading and writing -------------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def set_value(self, value: datetime) -> None:
        self._kept = value.replace(second=0, microsecond=0)
        self.edit.setText(self._kept.strftime(FORMAT))
        self.changed.emit()

    def moment(self) -> datetime | None:
        """The moment typed when it is valid and in range, else None (for live previews; no message)."""
        try:
            return self.value()
        except ValidationError:
            return None

    def value(self) -> datetime:
        text = self.edit.text().strip()
        if not text:
            raise ValidationError(f"{self.field}.required#value", field=self.field)
        moment = parse_moment(text, self._kept.time())
        if moment is None:
            raise ValidationError(f"{self.field}.invalid#value", field=self.field, text=text)
        if not FIRST_YEAR <= moment.year <= self.last_year:
            raise ValidationError(f"{self.field}.year", field=self.field, year=moment.year, first_year=FIRST_YEAR,
                                  last_year=self.last_year)
        return moment

    def _tidy(self) -> None:
        """Leaving the box writes a valid value out in full, so the officer sees exactly what will be saved."""
        moment = self.moment()
        if moment is None:
            return
        self._kept = moment  # a date typed alone next time keeps this time
        if self.edit.text() != moment.strftime(FORMAT):
            self.edit.setText(moment.strftime(FORMAT))

    # The calendar ---------------------------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        current = self.moment() or self._kept
        if FIRST_YEAR <= current.year <= self.last_year:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.popup.popup(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_picked(self, day: QDate) -> None:
        current = self.moment() or self._kept
        self.set_value(datetime.combine(day.toPython(), current.time()))
        self.popup.close()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
