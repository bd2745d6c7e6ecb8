"""The workbook page's widgets, laid out only: what needs attention, then one tab each for the plan tasks, the
villages and their teams, coverage and outages, and the recommendations sent up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.pages.base import page_title

ALERT, MUTED = "#b00020", "palette(placeholder-text)"


def workbook_table(headers: Sequence[str], stretch: int) -> QTableWidget:
    """A read-only list, one line per record, the `stretch` column taking the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as keyboard users expect
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return table


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]], alert: Sequence[bool] = ()) -> None:
    """Put text rows in the table; a row flagged in `alert` is written in the alert colour."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        flagged = r < len(alert) and alert[r]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if flagged:
                item.setForeground(QBrush(QColor(ALERT)))
            table.setItem(r, column, item)


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _row(note: QLabel, *buttons: QPushButton) -> QWidget:
    """A tab's top line: its summary on the left, its buttons on the right."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(note, 1)
    for button in buttons:
        layout.addWidget(button)
    return row


def _tab(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableWidget) else 0)
    return page


class WorkbookPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = page_title(self.tr("Sổ chuyển đổi số"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.reload = QPushButton(self.tr("Làm mới (F5)"))
        self.reload.setShortcut(QKeySequence.StandardKey.Refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.state, 1)
        top.addWidget(self.reload)
        self.attention = _note()

        self.task_summary = _note()
        self.tasks = workbook_table((self.tr("Mã"), self.tr("Tên nhiệm vụ"), self.tr("Văn bản giao"),
                                     self.tr("Chủ trì"), self.tr("Hạn"), self.tr("Tình trạng"),
                                     self.tr("Ngày hoàn thành")), 1)
        for column in (2, 3):  # long document and owner names: a fixed share (full text in the tooltip), so the
            # task's own title keeps the spare width on a 1366-px screen
            self.tasks.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tasks.setColumnWidth(column, 190)
        self.villages = workbook_table((self.tr("Thôn, tổ dân phố"), self.tr("Số hộ"), self.tr("Sóng 4G/5G"),
                                        self.tr("Cáp quang"), self.tr("Tổ công nghệ số"), self.tr("Thành viên"),
                                        self.tr("Buổi hỗ trợ"), self.tr("Người được hỗ trợ")), 0)
        self.without_team = _note()
        self.coverage = _note()
        self.outages = workbook_table((self.tr("Thôn, tổ dân phố"), self.tr("Bắt đầu"), self.tr("Kết thúc"),
                                       self.tr("Số giờ"), self.tr("Nguyên nhân")), 4)
        self.recommendations = workbook_table((self.tr("Ngày gửi"), self.tr("Số"), self.tr("Nơi nhận"),
                                               self.tr("Nội dung"), self.tr("Trả lời"), self.tr("Số ngày chờ")), 3)
        self.index_period = _note()
        self.index = workbook_table((self.tr("Chỉ tiêu (Quyết định 766)"), self.tr("Đạt / tổng số"), self.tr("Tỷ lệ"),
                                     self.tr("Chỉ tiêu của xã"), self.tr("Đánh giá")), 0)
        self.add_task = QPushButton(self.tr("Thêm nhiệm vụ"))
        self.add_task.setToolTip(self.tr("Thêm nhiệm vụ mới (Ctrl+N)"))
        self.complete_task = QPushButton(self.tr("Ghi hoàn thành"))
        self.complete_task.setToolTip(self.tr("Ghi ngày hoàn thành và minh chứng của nhiệm vụ đang chọn"))
        task_actions = QWidget()
        actions = QHBoxLayout(task_actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.task_summary, 1)
        actions.addWidget(self.add_task)
        actions.addWidget(self.complete_task)
        self.add_village = QPushButton(self.tr("Thêm thôn"))
        self.edit_village = QPushButton(self.tr("Sửa thôn"))
        self.add_team = QPushButton(self.tr("Thành lập tổ"))
        self.add_member = QPushButton(self.tr("Thêm thành viên"))
        self.add_session = QPushButton(self.tr("Ghi buổi hỗ trợ"))
        self.village_actions = (self.edit_village, self.add_team, self.add_member, self.add_session)
        self.add_outage = QPushButton(self.tr("Ghi sự cố"))
        self.add_recommendation = QPushButton(self.tr("Thêm kiến nghị"))
        self.answer_recommendation = QPushButton(self.tr("Ghi trả lời"))
        self.tabs = QTabWidget()
        self.tabs.addTab(_tab(task_actions, self.tasks), self.tr("Nhiệm vụ"))
        self.tabs.addTab(_tab(_row(self.without_team, self.add_village, *self.village_actions), self.villages),
                         self.tr("Thôn và tổ công nghệ số"))
        self.tabs.addTab(_tab(_row(self.coverage, self.add_outage), self.outages), self.tr("Sóng, mất kết nối"))
        self.tabs.addTab(_tab(_row(QLabel(), self.add_recommendation, self.answer_recommendation),
                              self.recommendations), self.tr("Kiến nghị"))
        # The monthly report to the Department: a leader closes the last ended month (as form II.06a is closed).
        self.dx_state = _note()
        self.close_dx = QPushButton(self.tr("Khóa số liệu báo cáo CĐS"))
        self.close_dx.setToolTip(self.tr("Lãnh đạo ký duyệt, khóa số liệu báo cáo chuyển đổi số của tháng đã kết thúc"))
        self.reopen_dx = QPushButton(self.tr("Mở lại báo cáo CĐS"))
        self.tabs.addTab(_tab(self.index_period, self.index, _row(self.dx_state, self.close_dx, self.reopen_dx)),
                         self.tr("Chỉ số 766"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.attention)
        layout.addWidget(self.tabs, 1)

    def show_state(self, text: str, error: bool = False) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {ALERT};" if error else f"color: {MUTED};")
