"""Small input pieces the pages and forms share: a day typed as dd/mm/yyyy, date pickers, combos of coded values,
a time of day, and a page's search box (Ctrl+F focuses it; the list is asked again once typing pauses)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLineEdit, QTimeEdit, QWidget

from desktop.ui import labels

SEARCH_DELAY_MS = 250  # typing pauses this long before a list is asked again
_DAY = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def parse_day(text: str) -> date | str | None:
    """dd/mm/yyyy (dashes or dots also do) → a date; empty → None. Anything else is handed on as typed, so the
    service refuses it with its own "invalid date" message under the field, like every other refused value."""
    if not text.strip():
        return None
    found = _DAY.match(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    return text.strip()


class DayEdit(QLineEdit):
    """A date typed as dd/mm/yyyy, or left empty when unknown (a date picker cannot say "not known")."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        if value is not None:
            self.setText(value.strftime("%d/%m/%Y"))

    def value(self) -> date | str | None:
        return parse_day(self.text())


def date_picker(day: date | None = None) -> QDateEdit:
    """A known date, dd/MM/yyyy with a calendar to pick from."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def fill_combo(combo: QComboBox, table: dict, current: object = None) -> QComboBox:
    """Add a coded value's translated labels (data = the code) and, when given, choose `current`."""
    for text, code in labels.choices(table):
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def code_combo(table: dict, current: object = None) -> QComboBox:
    """A new combo of a coded value's translated labels, set to `current` (else the first)."""
    return fill_combo(QComboBox(), table, current)


def search_box(page: QWidget, placeholder: str) -> QLineEdit:
    """A clearable search line; Ctrl+F anywhere on `page` puts the cursor in it with its text selected."""
    search = QLineEdit()
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)

    def focus() -> None:
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    QShortcut(QKeySequence.StandardKey.Find, page, activated=focus)
    return search


def when_typing_pauses(search: QLineEdit, then: Callable[[], None], delay_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """Call `then` once the officer stops typing in `search` for `delay_ms`; stop the timer to cancel a call due."""
    timer = QTimer(search, singleShot=True, interval=delay_ms)
    timer.timeout.connect(then)
    search.textChanged.connect(lambda _text: timer.start())
    return timer


class TimeEntry(QTimeEdit):
    """A time of day as HH:mm that is one stop for Tab, as `DateTimeEntry` is: QTimeEdit would move from the hour to
    the minute on Tab, so the officer would press it twice to leave. Typing still moves on to the minutes by itself
    once the hour is complete (or after ':')."""

    def __init__(self, value: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        if value is not None:
            self.set_value(value)

    def set_value(self, value: time) -> None:
        self.setTime(QTime(value.hour, value.minute))

    def value(self) -> time:
        return self.time().toPython().replace(second=0, microsecond=0)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # With the whole time selected (Ctrl+A, a double click) QTimeEdit ignores the digits typed; start at the hour.
        line = self.lineEdit()
        if event.text().isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)
