"""Add or edit one person's part in a course: an officer picked from the list, or anyone else by name and unit;
hours attended, result, and the certificate if one was given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.domain.text import fold
from desktop.services import training
from desktop.services.context import ServiceContext
from desktop.services.officers import OfficerInfo
from desktop.services.training import CourseInfo, ParticipationInfo
from desktop.ui import labels
from desktop.ui.dialogs.course_dialog import hours_edit, parse_hours
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.models.training_tables import format_day, format_hours
from desktop.ui.widgets.inputs import DayEdit, code_combo

_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # folded name, position and unit: typing without accents finds people


@dataclass(frozen=True)
class _Person:
    shown: str  # the text in the combo; the name, or the name and position when two officers share a name
    officer_id: str
    name: str
    unit: str
    position: str


def _people(officers: Sequence[OfficerInfo], current: ParticipationInfo | None) -> list[_Person]:
    names = [fold(o.full_name) for o in officers]
    people = [_Person(o.full_name if names.count(fold(o.full_name)) == 1 else f"{o.full_name} ({o.position or o.unit})",
                      o.id, o.full_name, o.unit, o.position) for o in officers]
    if current is not None and current.officer_id and all(p.officer_id != current.officer_id for p in people):
        # The officer has left (not in today's list) but stays linked on this old record.
        people.append(_Person(current.person_name, current.officer_id, current.person_name, current.unit, ""))
    return people


class ParticipationDialog(FormDialog):
    """New participant of `course` when `participation` is None. `save()` returns the ParticipationInfo."""

    def __init__(self, ctx: ServiceContext, course: CourseInfo, officers: Sequence[OfficerInfo],
                 participation: ParticipationInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.ctx = ctx
        self.course = course
        self.participation = participation
        p = participation
        self.setWindowTitle(self.tr("Thêm học viên") if p is None else self.tr("Sửa học viên"))
        self.people = _people(officers, p)
        days = f"{format_day(course.start_date)} – {format_day(course.end_date)}"
        heading = QLabel(f"<b>{escape(course.topic)}</b><br>{days}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("Khóa học"), heading)
        self.person = self.add_field("person_name", self.tr("Học viên"), self._person_combo())
        self.errors.fields["officer_id"] = self.person  # "already in this course" belongs here too
        self.hint = QLabel()
        self.hint.setObjectName("personHint")
        self.hint.setStyleSheet("color: #555;")
        self.form.addRow("", self.hint)
        self.unit = self.add_field("unit", self.tr("Đơn vị"), QLineEdit(p.unit if p else ""))
        self.unit.setPlaceholderText(self.tr("Cơ quan, đơn vị công tác của người học"))
        self.hours = hours_edit(self.tr("Ví dụ: 3,5"))
        self.hours.setText(format_hours(p.hours_attended if p else course.hours))
        self.add_field("hours_attended", self.tr("Số giờ học"), self._with_note(
            self.hours, self.tr("trên tổng số {h} giờ của khóa").format(h=format_hours(course.hours))))
        self.errors.fields["hours_attended"] = self.hours  # the error moves the focus to the edit, not its row
        self.result = self.add_field("result", self.tr("Kết quả"),
                                     code_combo(labels.TRAINING_RESULT, p.result if p else "attended"))
        self.certificate_no = self.add_field("certificate_no", self.tr("Số chứng chỉ"),
                                             QLineEdit(p.certificate_no if p else ""))
        self.certificate_no.setPlaceholderText(self.tr("Để trống nếu không cấp chứng chỉ"))
        self.certificate_date = self.add_field("certificate_date", self.tr("Ngày cấp"),
                                               self._day_edit(p.certificate_date if p else None))
        self.certificate_expiry = self.add_field("certificate_expiry", self.tr("Ngày hết hạn"),
                                                 self._day_edit(p.certificate_expiry if p else None))
        self._auto_unit = ""
        if p is not None:
            shown = next((x.shown for x in self.people if p.officer_id and x.officer_id == p.officer_id),
                         p.person_name)
            self.person.setCurrentText(shown)
            self._auto_unit = p.unit
        self.person.currentTextChanged.connect(self._on_person_changed)
        self.result.currentIndexChanged.connect(self._on_result_changed)
        self._on_person_changed(self.person.currentText())

    # -- building -------------------------------------------------------------------------------------------------

    def _person_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumWidth(360)
        for i, person in enumerate(self.people):
            combo.addItem(person.shown, person.officer_id)
            combo.setItemData(i, fold(f"{person.name} {person.position} {person.unit}"), _SEARCH_ROLE)
        combo.setCurrentIndex(-1)
        combo.lineEdit().setPlaceholderText(self.tr("Gõ để tìm cán bộ, hoặc nhập họ tên người ngoài danh sách"))
        # The completer lists the officers whose folded name, position or unit holds every typed word.
        self._matches = QSortFilterProxyModel(combo)
        self._matches.setSourceModel(combo.model())
        self._matches.setFilterRole(_SEARCH_ROLE)
        completer = QCompleter(self._matches, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.lineEdit().textEdited.connect(self._on_person_typed)
        return combo

    @staticmethod
    def _with_note(edit: QWidget, note: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        layout.addWidget(QLabel(note), 1)
        row.setFocusProxy(edit)
        return row

    def _day_edit(self, day: date | None) -> DayEdit:
        edit = DayEdit(day)
        edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
        edit.setMaximumWidth(160)
        return edit

    # -- reacting -------------------------------------------------------------------------------------------------

    def chosen_officer(self) -> _Person | None:
        """The officer the typed text names: an item of the list, or the one officer with exactly that name."""
        text = self.person.currentText().strip()
        if not text:
            return None
        exact = [p for p in self.people if p.shown == text]
        if exact:
            return exact[0]
        same_name = [p for p in self.people if fold(p.name) == fold(text)]
        return same_name[0] if len(same_name) == 1 else None

    def _on_person_typed(self, text: str) -> None:
        words = fold(text).split()
        pattern = "".join(f"(?=.*{QRegularExpression.escape(w)})" for w in words)
        self._matches.setFilterRegularExpression(QRegularExpression(f"^{pattern}"))

    def _on_person_changed(self, text: str) -> None:
        officer = self.chosen_officer()
        if officer is not None:
            where = ", ".join(x for x in (officer.position, officer.unit) if x)
            self.hint.setText(self.tr("Cán bộ trong danh sách: {where}").format(where=where) if where
                              else self.tr("Cán bộ trong danh sách"))
            if self.unit.text() in ("", self._auto_unit) and officer.unit:
                self.unit.setText(officer.unit)
                self._auto_unit = officer.unit
        elif text.strip():
            self.hint.setText(self.tr("Không có trong danh sách cán bộ: ghi rõ đơn vị của người này."))
            if self._auto_unit and self.unit.text() == self._auto_unit:
                self.unit.clear()  # the unit came with an officer who is no longer chosen
                self._auto_unit = ""
        else:
            self.hint.setText("")

    def _on_result_changed(self, _index: int) -> None:
        if self.result.currentData() == "absent":
            self.hours.setText("0")  # absent means no hours; the service would refuse anything else

    # -- saving ---------------------------------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        officer = self.chosen_officer()
        return {"officer_id": officer.officer_id if officer else None,
                "person_name": officer.name if officer else self.person.currentText(),
                "unit": self.unit.text(), "hours_attended": parse_hours(self.hours.text()),
                "result": self.result.currentData(), "certificate_no": self.certificate_no.text(),
                "certificate_date": self.certificate_date.value(),
                "certificate_expiry": self.certificate_expiry.value()}

    def save(self) -> ParticipationInfo:
        if self.participation is None:
            return training.add_participation(self.ctx, self.course.id, **self.values())  # type: ignore[arg-type]
        return training.edit_participation(self.ctx, self.participation.id, **self.values())
