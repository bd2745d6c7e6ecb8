"""Table models of the training page: a year's courses, one course's participants, and hours per person.

The lists are small (tens of courses a year, tens of people a course), so each model is handed its whole list by
the page's controller, which reads it off the GUI thread; the models themselves never call a service.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt
from PySide6.QtGui import QColor

from desktop.services.training import CourseInfo, ParticipationInfo
from desktop.ui import labels
from desktop.ui.i18n import current_language
from desktop.ui.models.record_table import RecordTableModel

# Certificate warnings: a tinted row with strong text in the state and expiry cells, readable in grey print too.
EXPIRED_FOREGROUND = QColor(176, 0, 32)
EXPIRED_BACKGROUND = QColor(253, 226, 226)
EXPIRING_FOREGROUND = QColor(138, 90, 0)
EXPIRING_BACKGROUND = QColor(255, 243, 205)


def _locale() -> QLocale:
    return QLocale(QLocale.Language.Vietnamese if current_language() == "vi" else QLocale.Language.English)


def format_hours(value: float) -> str:
    """Hours as officers write them: "3,5", "12", "1.234,25" in Vietnamese (a point and comma in English)."""
    locale = _locale()
    text = locale.toString(round(float(value), 2), "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def format_day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class CourseTableModel(RecordTableModel):
    """Courses of a year, newest first, as `list_courses` gives them."""

    COL_TOPIC, COL_CATEGORY, COL_MODE, COL_START, COL_END, COL_HOURS, COL_PARTICIPANTS, COL_PERSON_HOURS, \
        COL_ORGANISER, COL_LOCATION = range(10)
    CONTEXT = "CourseTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CourseTableModel", "Chủ đề"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Nhóm nội dung"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Hình thức"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Từ ngày"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Đến ngày"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Số giờ"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Có mặt"),  # the panel below counts the absent too: say which
        QT_TRANSLATE_NOOP("CourseTableModel", "Tổng giờ học"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Đơn vị tổ chức"),
        QT_TRANSLATE_NOOP("CourseTableModel", "Địa điểm"),
    )
    NUMERIC = frozenset({COL_HOURS, COL_PARTICIPANTS, COL_PERSON_HOURS})
    HEADER_TIPS = {COL_PARTICIPANTS: QT_TRANSLATE_NOOP("CourseTableModel", "Số học viên có mặt (không tính vắng mặt)")}
    RIGHT_HEADERS = True
    course_at = RecordTableModel.row_at

    def display(self, record: CourseInfo, column: int) -> str | None:
        shown: dict[int, Callable[[CourseInfo], str]] = {
            self.COL_TOPIC: lambda c: c.topic,
            self.COL_CATEGORY: lambda c: labels.label(labels.TRAINING_CATEGORY, c.category),
            self.COL_MODE: lambda c: labels.label(labels.TRAINING_MODE, c.mode),
            self.COL_START: lambda c: format_day(c.start_date),
            self.COL_END: lambda c: format_day(c.end_date),
            self.COL_HOURS: lambda c: format_hours(c.hours),
            self.COL_PARTICIPANTS: lambda c: str(c.participants),
            self.COL_PERSON_HOURS: lambda c: format_hours(c.person_hours),
            self.COL_ORGANISER: lambda c: c.organiser,
            self.COL_LOCATION: lambda c: c.location,
        }
        cell = shown.get(column)
        return cell(record) if cell is not None else None

    def decorate(self, record: CourseInfo, column: int, role: int) -> Any:
        # Topics and organisers are long; the full text is one hover away when the column is narrow.
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_TOPIC, self.COL_ORGANISER, self.COL_LOCATION):
            return self.display(record, column)
        return None


class ParticipationTableModel(RecordTableModel):
    """One course's participants with their hours, result and certificate; expired and expiring ones stand out."""

    COL_NAME, COL_UNIT, COL_HOURS, COL_RESULT, COL_CERTIFICATE_NO, COL_CERTIFICATE_DATE, COL_EXPIRY, \
        COL_CERTIFICATE_STATE = range(8)
    CONTEXT = "ParticipationTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Họ tên"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Đơn vị"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Số giờ học"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Kết quả"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Số chứng chỉ"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Ngày cấp"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Ngày hết hạn"),
        QT_TRANSLATE_NOOP("ParticipationTableModel", "Chứng chỉ"),
    )
    NUMERIC = frozenset({COL_HOURS})
    RIGHT_HEADERS = True
    _EXPIRED_TIP = QT_TRANSLATE_NOOP("ParticipationTableModel", "Chứng chỉ đã hết hạn ngày {day}")
    _EXPIRING_TIP = QT_TRANSLATE_NOOP("ParticipationTableModel", "Chứng chỉ hết hạn ngày {day}, còn {n} ngày")
    participation_at = RecordTableModel.row_at

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: date = date.today()  # the controller sets the service clock's day, so tests see a fixed one

    def display(self, record: ParticipationInfo, column: int) -> str | None:
        shown: dict[int, Callable[[ParticipationInfo], str]] = {
            self.COL_NAME: lambda p: p.person_name,
            self.COL_UNIT: lambda p: p.unit,
            self.COL_HOURS: lambda p: format_hours(p.hours_attended),
            self.COL_RESULT: lambda p: labels.label(labels.TRAINING_RESULT, p.result),
            self.COL_CERTIFICATE_NO: lambda p: p.certificate_no,
            self.COL_CERTIFICATE_DATE: lambda p: format_day(p.certificate_date),
            self.COL_EXPIRY: lambda p: format_day(p.certificate_expiry),
            # No certificate is the usual case: an empty cell reads better than "none" on every row.
            self.COL_CERTIFICATE_STATE: lambda p: "" if p.certificate_state == "none"
            else labels.label(labels.CERTIFICATE, p.certificate_state),
        }
        cell = shown.get(column)
        return cell(record) if cell is not None else None

    def decorate(self, record: ParticipationInfo, column: int, role: int) -> Any:
        state = record.certificate_state
        if state not in ("expired", "expiring"):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return EXPIRED_BACKGROUND if state == "expired" else EXPIRING_BACKGROUND
        strong = column in (self.COL_EXPIRY, self.COL_CERTIFICATE_STATE)
        if role == Qt.ItemDataRole.ForegroundRole and strong:
            return EXPIRED_FOREGROUND if state == "expired" else EXPIRING_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole and record.certificate_expiry is not None:
            day = format_day(record.certificate_expiry)
            if state == "expired":
                return self.translated(self._EXPIRED_TIP).format(day=day)
            left = (record.certificate_expiry - self.today).days
            return self.translated(self._EXPIRING_TIP).format(day=day, n=left)
        return None


class PersonHoursTableModel(RecordTableModel):
    """Hours each person attended over a year's courses: (name, unit, hours) rows from `hours_by_person`."""

    COL_NAME, COL_UNIT, COL_HOURS = range(3)
    CONTEXT = "PersonHoursTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PersonHoursTableModel", "Họ tên"),
        QT_TRANSLATE_NOOP("PersonHoursTableModel", "Đơn vị"),
        QT_TRANSLATE_NOOP("PersonHoursTableModel", "Tổng số giờ học"),
    )
    NUMERIC = frozenset({COL_HOURS})
    RIGHT_HEADERS = True

    def display(self, record: tuple[str, str, float], column: int) -> str | None:
        if column == self.COL_HOURS:
            return format_hours(record[2])
        return record[column] if 0 <= column < 2 else None
