"""The dashboard's widgets: the figure tiles, the two dossier lists, the devices and training boxes, the chart and
the first-steps panel's place. What they show comes from `dashboard_page`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dto import DossierInfo
from desktop.ui.pages.base import page_title
from desktop.ui.pages.first_steps import FirstStepsPanel
from desktop.ui.pages.workbook_tiles import WorkbookTiles
from desktop.ui.widgets.month_chart import MonthChart

ALERT, WARN, MUTED = "#b00020", "#9a5b00", "palette(placeholder-text)"
CODE, APPLICANT, PROCEDURE, DUE = range(4)  # columns of the two dossier lists


def _day(d: date) -> str:
    return f"{d:%d/%m/%Y}"


class KpiTile(QFrame):
    """One figure: a big number, what it counts, and a line of detail under it. A tile that leads to a list
    (`make_link`) is clicked, or reached by Tab and opened with Enter or Space."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("…")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        # Short texts on one line each: wrapped labels would make the row of tiles grow and clip on small screens.
        self.caption = QLabel(caption)
        self.detail = QLabel()
        self.detail.setStyleSheet(f"color: {MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)

    def make_link(self, hint: str) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(f"{self.toolTip()}\n{hint}".strip())
        self.setAccessibleDescription(hint)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def show_figure(self, value: str, detail: str = "", color: str = "") -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {color};" if color else "")
        self.detail.setText(detail)


def _dossier_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line per dossier; long procedure names end in "…" (the tooltip has them whole)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # more rows on a 768-px screen
    header = table.horizontalHeader()
    for column in (CODE, APPLICANT, DUE):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(PROCEDURE, QHeaderView.ResizeMode.Stretch)
    return table


class DashboardPageView(QWidget):
    """Lays out the tiles, the chart, the side figures and the two lists; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = page_title(self.tr("Tổng quan"))
        self.period = QLabel()
        self.state = QLabel()
        self.state.setObjectName("dashboardState")
        self.state.setWordWrap(True)
        self.reload = QPushButton(self.tr("Làm mới (F5)"))
        self.reload.setShortcut(QKeySequence.StandardKey.Refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.period)
        top.addWidget(self.state, 1)
        top.addWidget(self.reload)

        self.received = KpiTile(self.tr("Tiếp nhận trong tháng"))
        self.received.setToolTip(self.tr("Hồ sơ mới tiếp nhận trong tháng (trực tuyến, trực tiếp và bưu chính), "
                                         "không kể hồ sơ kỳ trước chuyển sang."))
        self.resolved = KpiTile(self.tr("Giải quyết trong tháng"))
        self.resolved.setToolTip(self.tr("Cột (7) của Biểu II.06a: hồ sơ đã giải quyết trong tháng (trước hạn, "
                                         "đúng hạn, quá hạn), gồm cả hồ sơ rút, trả lại và đang chờ bổ sung."))
        self.on_time = KpiTile(self.tr("Tỷ lệ đúng hạn"))
        self.on_time.setToolTip(self.tr("Như trên báo cáo Biểu II.06a: (trước hạn + đúng hạn) / đã giải quyết, "
                                        "tức [(8) + (9)] / (7)."))
        self.online = KpiTile(self.tr("Tỷ lệ trực tuyến"))
        self.online.setToolTip(self.tr("Hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận mới trong tháng."))
        self.overdue = KpiTile(self.tr("Đang quá hạn"))
        self.overdue.setToolTip(self.tr("Hồ sơ chưa giải quyết xong đã qua ngày hẹn trả (không kể hồ sơ chờ bổ sung)."))
        self.due_soon = KpiTile(self.tr("Sắp đến hạn"))
        self.due_soon.setToolTip(self.tr("Hồ sơ chưa giải quyết xong có hạn trả hôm nay hoặc ngày làm việc kế tiếp."))
        self.tiles = (self.received, self.resolved, self.on_time, self.online, self.overdue, self.due_soon)
        for tile in (self.overdue, self.due_soon):
            tile.make_link(self.tr("Bấm (hoặc Enter) để xem danh sách ở trang Hồ sơ TTHC."))
        tiles = QHBoxLayout()
        for tile in self.tiles:
            tiles.addWidget(tile, 1)

        self.chart = MonthChart()
        chart_box = QGroupBox(self.tr("Hồ sơ 12 tháng gần nhất"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        self.devices_box = QGroupBox(self.tr("Thiết bị cần xử lý"))
        self.devices_counts = QLabel()
        self.tokens = QLabel()
        self.tokens.setObjectName("tokens")
        self.tokens.setWordWrap(True)
        self.tokens.hide()
        self.devices_list = QLabel()
        self.devices_list.setStyleSheet(f"color: {MUTED};")
        self.devices_list.setWordWrap(True)
        devices = QVBoxLayout(self.devices_box)
        devices.addWidget(self.tokens)
        devices.addWidget(self.devices_counts)
        # The list of devices scrolls inside the box: its full height would push the work lists below out of sight.
        devices_scroll = QScrollArea()
        devices_scroll.setWidget(self.devices_list)
        devices_scroll.setWidgetResizable(True)
        devices_scroll.setFrameShape(QFrame.Shape.NoFrame)
        devices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.devices_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        devices.addWidget(devices_scroll, 1)
        self.training_box = QGroupBox(self.tr("Bồi dưỡng, tập huấn"))
        self.training_box.setToolTip(self.tr("Giờ học: tổng số giờ tham dự của các học viên."))
        self.training_month = QLabel()
        self.training_year = QLabel()
        training = QVBoxLayout(self.training_box)
        training.addWidget(self.training_month)
        training.addWidget(self.training_year)
        # The workbook's warnings next to the dossier figures (a fourth tile in the top row would not fit 1366 px).
        self.workbook_tiles = WorkbookTiles(KpiTile)

        headers = (self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"), self.tr("Hạn trả"))
        self.overdue_box, self.overdue_table, self.overdue_more = self._list_box(self.tr("Hồ sơ quá hạn"), headers)
        self.due_box, self.due_table, self.due_more = self._list_box(self.tr("Sắp đến hạn trả"), headers)
        waiting_headers = (self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"), self.tr("Đăng ký lúc"))
        self.waiting_box, self.waiting_table, self.waiting_more = self._list_box(
            self.tr("Trực tuyến chờ tiếp nhận"), waiting_headers)

        # Three lists side by side left the procedure column a few pixels wide at 1366: the two lists of today's
        # work share the bottom row, the online dossiers waiting (a few a day) sit in the side column.
        side = QVBoxLayout()
        side.addWidget(self.devices_box, 1)
        side.addWidget(self.training_box)
        side.addWidget(self.waiting_box)
        # A few rows are enough there ("… và N hồ sơ khác" says the rest); the work lists below keep the height.
        rows = self.waiting_table.verticalHeader().defaultSectionSize()
        self.waiting_table.setMaximumHeight(self.waiting_table.horizontalHeader().sizeHint().height() + 3 * rows + 4)
        # The workbook tiles sit over the chart: in the side column they made the page taller than a 1366×728 screen.
        left = QVBoxLayout()
        left.addWidget(self.workbook_tiles)
        left.addWidget(chart_box, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(side, 2)
        lists = QHBoxLayout()
        lists.addWidget(self.overdue_box, 1)
        lists.addWidget(self.due_box, 1)
        self.first_steps = FirstStepsPanel()
        self.first_steps.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.first_steps)
        layout.addLayout(tiles)
        layout.addLayout(middle, 5)
        layout.addLayout(lists, 4)
        self.setTabOrder(self.reload, self.overdue_table)
        self.setTabOrder(self.overdue_table, self.due_table)
        self.setTabOrder(self.due_table, self.waiting_table)

    @staticmethod
    def _list_box(title: str, headers: Sequence[str]) -> tuple[QGroupBox, QTableWidget, QLabel]:
        box = QGroupBox(title)
        table = _dossier_table(headers)
        more = QLabel()
        more.setStyleSheet(f"color: {MUTED};")
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addWidget(more)
        return box, table, more

    def show_state(self, text: str, error: bool = False) -> None:
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {ALERT};" if error else f"color: {MUTED};")

    def fill_dossiers(self, table: QTableWidget, rows: Sequence[DossierInfo], today: date) -> None:
        """One row per dossier; a dossier due today says so in bold, apart from those due later."""
        table.setRowCount(len(rows))
        for r, d in enumerate(rows):
            due = _day(d.due_date) if d.due_date else ""
            cells = {CODE: d.code, APPLICANT: d.applicant_name, PROCEDURE: d.procedure_name,
                     DUE: self.tr("Hôm nay") if d.due_date == today else due}
            if d.due_date is None:  # not accepted yet: when it was filed online instead
                cells[DUE] = f"{d.received_at:%d/%m %H:%M}"
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(due if column == DUE else text)
                item.setData(Qt.ItemDataRole.UserRole, d.code)
                if column == DUE and d.due_date == today:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                table.setItem(r, column, item)
