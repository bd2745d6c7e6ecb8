"""Add or edit a training course: topic, content group, mode, dates, hours, organiser and place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.services import training
from desktop.services.context import ServiceContext
from desktop.services.training import CourseInfo
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.models.training_tables import format_hours
from desktop.ui.widgets.inputs import code_combo, date_picker


def parse_hours(text: str) -> float | str | None:
    """A typed number of hours ("3,5" or "3.5") as a float; None when empty.

    Anything else is handed to the service as typed, so its own message says what is wrong, under the field.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return cleaned


def hours_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(120)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def _suggesting(edit: QLineEdit, values: Iterable[str]) -> QLineEdit:
    """Offer what earlier courses used (organisers and places repeat), matched anywhere in the text."""
    known = sorted({v for v in values if v})
    if known:
        completer = QCompleter(known, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
    return edit


class CourseDialog(FormDialog):
    """New course when `course` is None, else that course's values to change. `save()` returns the CourseInfo."""

    def __init__(self, ctx: ServiceContext, course: CourseInfo | None = None, *, organisers: Iterable[str] = (),
                 locations: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.ctx = ctx
        self.course = course
        self.setWindowTitle(self.tr("Thêm khóa học") if course is None else self.tr("Sửa khóa học"))
        start = course.start_date if course else ctx.today()
        self.topic = self.add_field("topic", self.tr("Chủ đề"), QLineEdit(course.topic if course else ""))
        self.topic.setPlaceholderText(self.tr("Ví dụ: Kỹ năng số cơ bản cho cán bộ, công chức"))
        self.topic.setMinimumWidth(460)
        self.category = self.add_field("category", self.tr("Nhóm nội dung"),
                                       code_combo(labels.TRAINING_CATEGORY, course.category if course else None))
        self.mode = self.add_field("mode", self.tr("Hình thức"),
                                   code_combo(labels.TRAINING_MODE, course.mode if course else None))
        self.start_date = self.add_field("start_date", self.tr("Từ ngày"), date_picker(start))
        self.end_date = self.add_field("end_date", self.tr("Đến ngày"),
                                       date_picker(course.end_date if course else start))
        self.hours = self.add_field("hours", self.tr("Số giờ"), hours_edit(self.tr("Ví dụ: 3,5")))
        if course is not None:
            self.hours.setText(format_hours(course.hours))
        self.organiser = self.add_field("organiser", self.tr("Đơn vị tổ chức"),
                                        _suggesting(QLineEdit(course.organiser if course else ""), organisers))
        self.location = self.add_field("location", self.tr("Địa điểm"),
                                       _suggesting(QLineEdit(course.location if course else ""), locations))
        self._start_shown = self.start_date.date()
        self.start_date.dateChanged.connect(self._on_start_changed)

    def _on_start_changed(self, day: QDate) -> None:
        # A one-day course is the common case: the end follows the start until it is set apart from it.
        if self.end_date.date() == self._start_shown or self.end_date.date() < day:
            self.end_date.setDate(day)
        self._start_shown = day

    def values(self) -> dict[str, object]:
        return {"topic": self.topic.text(), "category": self.category.currentData(), "mode": self.mode.currentData(),
                "start_date": self.start_date.date().toPython(), "end_date": self.end_date.date().toPython(),
                "hours": parse_hours(self.hours.text()), "organiser": self.organiser.text(),
                "location": self.location.text()}

    def save(self) -> CourseInfo:
        v = self.values()
        if self.course is None:
            return training.add_course(self.ctx, **v)  # type: ignore[arg-type]
        return training.edit_course(self.ctx, self.course.id, **v)
