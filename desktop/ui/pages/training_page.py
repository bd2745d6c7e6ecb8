"""The training page: a year's courses, the chosen course's participants, and how many hours each person trained.

The widgets are laid out in `training_view`; this module loads the year's lists and answers the officer's actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from desktop.domain.text import fold
from desktop.services import training
from desktop.services.context import ServiceContext
from desktop.services.officers import OfficerInfo, list_officers
from desktop.services.training import CourseInfo, ParticipationInfo
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.course_dialog import CourseDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.participation_dialog import ParticipationDialog
from desktop.ui.errors import show_error
from desktop.ui.list_export import ListExporter
from desktop.ui.models.training_tables import (
    CourseTableModel,
    ParticipationTableModel,
    PersonHoursTableModel,
    format_hours,
)
from desktop.ui.pages.base import PageController
from desktop.ui.pages.training_view import HOURS_TAB, PEOPLE_TAB, TrainingPageView
from desktop.ui.session import OFFICERS, TRAINING, AppSession
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.inputs import when_typing_pauses
from desktop.ui.widgets.record_table_view import fit_columns, select_row

__all__ = ["HOURS_TAB", "TrainingPageController", "TrainingPageView", "create_training_page"]

MAX_COLUMN_WIDTH = 340
TOPIC_WIDTH, ORGANISER_WIDTH = 300, 220  # so the place, after them, still fits a 1366 screen
COLUMN_PADDING = 12
MIN_LAST_COLUMN = 120  # headers are drawn bold; their size hint is not


@dataclass(frozen=True)
class _YearData:
    """Everything the page shows for a year and a search, read in one go off the GUI thread."""

    years: list[int]
    courses: list[CourseInfo]
    course_id: str | None  # the course whose participants these are
    participants: list[ParticipationInfo]
    hours: list[tuple[str, str, float]]
    organisers: list[str]
    locations: list[str]


def _load(ctx: ServiceContext, year: int, search: str, wanted: str | None) -> _YearData:
    every = training.list_courses(ctx)  # all years: for the year list and for what the course form suggests
    courses = training.list_courses(ctx, year)
    hours = training.hours_by_person(ctx, year)
    terms = fold(search).split()
    if terms:  # a course is found by its own words or by one of its participants
        found = {c.id for c in training.list_courses(ctx, year, search)}
        found |= {p.course_id for p in training.list_participations(ctx, None, search)}
        courses = [c for c in courses if c.id in found]
        hours = [h for h in hours if all(t in fold(f"{h[0]} {h[1]}") for t in terms)]
    ids = [c.id for c in courses]
    course_id = wanted if wanted in ids else (ids[0] if ids else None)
    people = training.list_participations(ctx, course_id) if course_id else []
    years = sorted({c.start_date.year for c in every} | {ctx.today().year, year}, reverse=True)
    return _YearData(years, courses, course_id, people, hours, [c.organiser for c in every],
                     [c.location for c in every])


class TrainingPageController(DialogHost, PageController):
    """Loads the year's lists in the background, keeps the chosen course, and opens the course and people forms."""

    topics = (TRAINING, OFFICERS)

    def __init__(self, view: TrainingPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: TrainingPageView = view
        self.courses = CourseTableModel(self)
        self.participants = ParticipationTableModel(self)
        self.person_hours = PersonHoursTableModel(self)
        view.courses.setModel(self.courses)
        view.participants.setModel(self.participants)
        view.person_hours.setModel(self.person_hours)
        # Ctrl+E or the right-click menu on each list (the button bar is full at 1366 pixels).
        self.exporters = [ListExporter(table, title, session.runner) for table, title in (
            (view.courses, lambda: self.tr("Khóa đào tạo năm {year}").format(year=self.year)),
            (view.participants, lambda: self.tr("Học viên")),
            (view.person_hours, lambda: self.tr("Giờ học theo người năm {year}").format(year=self.year)))]
        self.year = self.ctx.today().year
        self._course_id: str | None = None  # the course to keep chosen across reloads
        self._participation_id: str | None = None
        self._loads = self._people_loads = 0  # a reply to an older request than these is dropped
        self._quiet = False  # the controller itself is choosing rows: no reload
        self._suggestions: tuple[list[str], list[str]] = ([], [])
        self._set_years([self.year])
        self._timer = when_typing_pauses(view.search, self.refresh)
        view.year.currentIndexChanged.connect(self._on_year_changed)
        view.courses.selectionModel().currentRowChanged.connect(self._on_course_changed)
        view.participants.selectionModel().currentRowChanged.connect(self._update_buttons)
        view.courses.activated.connect(lambda _index: self._open_course(self.selected_course()))
        view.participants.activated.connect(lambda _index: self._open_participation(self.selected_participation()))
        view.add_course.clicked.connect(lambda: self.new_record())
        view.edit_course.clicked.connect(lambda: self._open_course(self.selected_course()))
        view.remove_course.clicked.connect(self._on_remove_course)
        view.delete_course_key.activated.connect(self._on_remove_course)
        view.add_participant.clicked.connect(lambda: self._open_participation(None))
        view.edit_participant.clicked.connect(lambda: self._open_participation(self.selected_participation()))
        view.remove_participant.clicked.connect(self._on_remove_participation)
        view.delete_participant_key.activated.connect(self._on_remove_participation)
        view.import_button.clicked.connect(self._on_import)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        self._loads += 1
        token, ctx, year, search, wanted = self._loads, self.ctx, self.year, self.view.search.text(), self._course_id
        self.session.runner.run(lambda: _load(ctx, year, search, wanted),
                                lambda data: self._on_loaded(token, data), self._on_failed)

    def _on_loaded(self, token: int, data: _YearData) -> None:
        if token != self._loads:
            return
        self._set_years(data.years)
        self._suggestions = (data.organisers, data.locations)
        self._quiet = True
        try:
            self.courses.set_rows(data.courses)
            keep = self._course_id if self.courses.row_of(self._course_id) >= 0 else data.course_id
            self._course_id = keep
            self._select(self.view.courses, self.courses.row_of(keep))
        finally:
            self._quiet = False
        if keep == data.course_id:
            self._people_loads += 1  # this reply is newer than any list asked for before it
            self._show_participants(data.participants)
        else:  # the officer chose another course while this was loading
            self._load_participants()
        self.person_hours.set_rows(data.hours)
        self._fit(self.view.courses, {CourseTableModel.COL_TOPIC: TOPIC_WIDTH,
                                      CourseTableModel.COL_ORGANISER: ORGANISER_WIDTH})
        self._fit(self.view.person_hours)
        this_year = self.year == self.ctx.today().year
        self.view.tabs.setTabText(HOURS_TAB, self.tr("Giờ học theo người năm nay") if this_year
                                  else self.tr("Giờ học theo người năm {year}").format(year=self.year))
        self._show_count()

    def _load_participants(self) -> None:
        self._people_loads += 1
        token, ctx, course_id = self._people_loads, self.ctx, self._course_id
        if course_id is None:
            self._show_participants([])
            return
        self.session.runner.run(lambda: training.list_participations(ctx, course_id),
                                lambda rows: self._on_participants(token, rows), self._on_failed)

    def _on_participants(self, token: int, rows: list[ParticipationInfo]) -> None:
        if token == self._people_loads:
            self._show_participants(rows)

    def _show_participants(self, rows: list[ParticipationInfo]) -> None:
        self.participants.today = self.ctx.today()
        self.participants.set_rows(rows)
        self._select(self.view.participants, self.participants.row_of(self._participation_id))
        self._fit(self.view.participants)
        course = self.selected_course()
        absent = sum(p.result == "absent" for p in rows)
        if course is None:
            heading = self.tr("Chọn một khóa học để xem học viên.")
        elif absent:
            heading = self.tr("{topic} — {n} học viên: {present} có mặt, {absent} vắng mặt").format(
                topic=course.topic, n=len(rows), present=len(rows) - absent, absent=absent)
        else:
            heading = self.tr("{topic} — {n} học viên").format(topic=course.topic, n=len(rows))
        self.view.heading.setText(heading)
        self.view.heading.setToolTip(course.topic if course is not None else "")
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.view, exc)

    # -- what is chosen -------------------------------------------------------------------------------------------

    def selected_course(self) -> CourseInfo | None:
        row = self.view.courses.currentIndex().row()
        return self.courses.row_at(row)

    def selected_participation(self) -> ParticipationInfo | None:
        row = self.view.participants.currentIndex().row()
        return self.participants.row_at(row)

    def _on_course_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        course = self.selected_course()
        self._course_id = course.id if course is not None else None
        self._participation_id = None
        self._update_buttons()
        self._load_participants()

    def _on_year_changed(self, _index: int) -> None:
        year = self.view.year.currentData()
        if year is not None and year != self.year:
            self.year = year
            self._course_id = None
            self.refresh()

    # -- forms ----------------------------------------------------------------------------------------------------

    def new_record(self) -> bool:
        self._open_course(None, new=True)
        return True

    def _open_course(self, course: CourseInfo | None, new: bool = False) -> None:
        if course is None and not new:
            return
        organisers, locations = self._suggestions
        dialog = CourseDialog(self.ctx, course, organisers=organisers, locations=locations, parent=self.view)
        dialog.saved.connect(self._on_course_saved)
        self.open_kept(dialog)

    def _open_participation(self, participation: ParticipationInfo | None) -> None:
        course = self.selected_course()
        if course is None or (participation is None and not self.view.add_participant.isEnabled()):
            return
        ctx = self.ctx
        self.session.runner.run(lambda: list_officers(ctx),
                                lambda found: self._show_participation(course, found, participation), self._on_failed)

    def _show_participation(self, course: CourseInfo, officers: list[OfficerInfo],
                            participation: ParticipationInfo | None) -> None:
        dialog = ParticipationDialog(self.ctx, course, officers, participation, parent=self.view)
        dialog.saved.connect(self._on_participation_saved)
        self.view.tabs.setCurrentIndex(PEOPLE_TAB)
        self.open_kept(dialog)

    def _on_import(self) -> None:
        self.open_kept(ImportDialog("attendance", self.session, self.view))

    def _on_course_saved(self, course: CourseInfo) -> None:
        self._course_id = course.id
        self._participation_id = None
        if course.start_date.year != self.year:  # show the course where it now belongs
            self.year = course.start_date.year
        self.session.changed(TRAINING)

    def _on_participation_saved(self, participation: ParticipationInfo) -> None:
        self._participation_id = participation.id
        self.session.changed(TRAINING)

    # -- removing -------------------------------------------------------------------------------------------------

    def _on_remove_course(self) -> None:
        course = self.selected_course()
        if course is None:
            return
        text = self.tr("Xóa khóa học “{topic}” cùng danh sách học viên của khóa?").format(topic=course.topic)
        self._confirm(text, lambda: training.remove_course(self.ctx, course.id))

    def _on_remove_participation(self) -> None:
        person = self.selected_participation()
        if person is None:
            return
        text = self.tr("Xóa {name} khỏi khóa học “{topic}”?").format(name=person.person_name,
                                                                    topic=person.course_topic)
        self._confirm(text, lambda: training.remove_participation(self.ctx, person.id))

    def _confirm(self, text: str, remove: Callable[[], None]) -> None:
        def on_yes() -> None:
            self.session.runner.run(remove, lambda _none: self.session.changed(TRAINING), self._on_failed)
        self.open_kept(confirm_box(self.view, self.tr("Xác nhận xóa"), text, self.tr("Xóa"), on_yes))

    # -- small things ---------------------------------------------------------------------------------------------

    def _set_years(self, years: list[int]) -> None:
        combo = self.view.year
        combo.blockSignals(True)  # filling the list is not the officer choosing a year
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(combo.findData(self.year))
        combo.blockSignals(False)

    @staticmethod
    def _select(table: QTableView, row: int) -> None:
        if row >= 0:
            select_row(table, row)

    @staticmethod
    def _fit(table: QTableView, caps: dict[int, int] | None = None) -> None:
        # Long topics must not push the numbers away, nor the table grow a horizontal scroll bar at 1366.
        fit_columns(table, MAX_COLUMN_WIDTH, COLUMN_PADDING, caps=caps, fit_to_view=True)
        count = table.model().columnCount()
        room = table.viewport().width() - sum(table.columnWidth(c) for c in range(count - 1))
        if count and room >= MIN_LAST_COLUMN:  # the last column gives way rather than add a scroll bar
            table.setColumnWidth(count - 1, min(table.columnWidth(count - 1), room))

    def _update_buttons(self, *_args: object) -> None:
        has_course = self.selected_course() is not None
        has_person = self.selected_participation() is not None
        for button in (self.view.edit_course, self.view.remove_course, self.view.add_participant):
            button.setEnabled(has_course)
        for button in (self.view.edit_participant, self.view.remove_participant):
            button.setEnabled(has_person)

    def _show_count(self) -> None:
        rows = self.courses.rows()
        if not rows:
            empty = self.tr(
                "Chưa có khóa học nào trong năm {year}. Bấm “Thêm khóa học” (Ctrl+N) để ghi khóa đầu tiên.")
            found_none = self.tr("Không tìm thấy khóa học nào.")
            self.view.count.setText(found_none if self.view.search.text() else empty.format(year=self.year))
            return
        people = sum(c.participants for c in rows)
        hours = sum(c.person_hours for c in rows)
        self.view.count.setText(self.tr("{n} khóa học · {people} lượt học viên · {hours} giờ học").format(
            n=len(rows), people=people, hours=format_hours(hours)))


def create_training_page(session: AppSession) -> TrainingPageController:
    return TrainingPageController(TrainingPageView(), session)
