"""The training page's widgets, laid out only: the year's courses above, the chosen course's participants and the
hours per person in tabs below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.inputs import search_box
from desktop.ui.widgets.record_table_view import record_table_view

PEOPLE_TAB, HOURS_TAB = 0, 1


def _table() -> QTableView:
    table = record_table_view()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)  # more rows on a 768 screen
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TrainingPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QComboBox()
        year_label = QLabel(self.tr("Năm"))
        year_label.setBuddy(self.year)
        self.search = search_box(self, self.tr("Tìm khóa học, đơn vị tổ chức, học viên (gõ không dấu cũng được)"))
        self.add_course = QPushButton(self.tr("Thêm khóa học"))
        self.add_course.setToolTip(self.tr("Thêm khóa học mới (Ctrl+N)"))
        self.edit_course = QPushButton(self.tr("Sửa khóa học"))
        self.remove_course = QPushButton(self.tr("Xóa khóa học"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.import_button.setToolTip(self.tr("Nhập danh sách học viên của một hoặc nhiều khóa học từ tệp Excel, CSV"))
        bar = QHBoxLayout()
        for widget, stretch in ((year_label, 0), (self.year, 0), (self.search, 1), (self.add_course, 0),
                                (self.edit_course, 0), (self.remove_course, 0), (self.import_button, 0)):
            bar.addWidget(widget, stretch)
        self.courses = _table()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.add_participant = QPushButton(self.tr("Thêm học viên"))
        self.edit_participant = QPushButton(self.tr("Sửa học viên"))
        self.remove_participant = QPushButton(self.tr("Xóa học viên"))
        people_bar = QHBoxLayout()
        people_bar.addWidget(self.heading, 1)
        for button in (self.add_participant, self.edit_participant, self.remove_participant):
            people_bar.addWidget(button)
        self.participants = _table()
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.addLayout(people_bar)
        people_layout.addWidget(self.participants, 1)
        self.person_hours = _table()
        self.person_hours.horizontalHeader().setStretchLastSection(False)  # hours next to the name, not far off
        self.tabs = QTabWidget()
        self.tabs.addTab(people, self.tr("Học viên của khóa học"))
        self.tabs.addTab(self.person_hours, self.tr("Giờ học theo người năm nay"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.courses)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 340])
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        context = Qt.ShortcutContext.WidgetShortcut
        self.delete_course_key = QShortcut(QKeySequence.StandardKey.Delete, self.courses, context=context)
        self.delete_participant_key = QShortcut(QKeySequence.StandardKey.Delete, self.participants, context=context)
        order = (self.year, self.search, self.courses, self.add_course, self.edit_course, self.remove_course,
                 self.import_button, self.tabs, self.participants, self.add_participant, self.edit_participant,
                 self.remove_participant)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
