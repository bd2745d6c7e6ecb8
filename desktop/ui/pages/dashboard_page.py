"""The dashboard (Tổng quan): this month's figures, what is overdue or due, devices and training, the 12-month trend.

Everything comes from one service call run off the GUI thread; the page shows "Đang tải…" meanwhile and reloads
whenever dossiers, equipment, training or the calendar change. It leads to work: Enter or a double-click on a listed
dossier opens it, and a fresh installation gets a first-steps panel instead of empty tiles.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
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

from desktop.config.settings import UiSettings
from desktop.domain import lifecycle
from desktop.services.context import ServiceContext
from desktop.services.dashboard import DashboardSummary, dashboard_summary
from desktop.services.dossier_queries import DossierQuery, count_dossiers, list_dossiers
from desktop.services.dto import DossierInfo
from desktop.services.equipment import EquipmentInfo, list_equipment
from desktop.ui import labels
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from desktop.ui.errors import message_of
from desktop.ui.pages.base import PageController, page_title
from desktop.ui.pages.first_steps import FirstStepsPanel
from desktop.ui.pages.workbook_tiles import WorkbookTiles, WorkbookTilesController
from desktop.ui.session import CALENDAR, DOSSIERS, EQUIPMENT, TRAINING, AppSession
from desktop.ui.widgets.month_chart import MonthChart

ALERT, WARN, MUTED = "#b00020", "#9a5b00", "palette(placeholder-text)"
CODE, APPLICANT, PROCEDURE, DUE = range(4)  # columns of the two dossier lists


def _day(d: date) -> str:
    return f"{d:%d/%m/%Y}"


WAITING_SHOWN = 20


def waiting_and_tokens(ctx: ServiceContext) -> tuple[int, list[DossierInfo], list[EquipmentInfo]]:
    """Online dossiers not yet accepted at the desk (oldest first), and signature tokens expired or expiring."""
    waiting = DossierQuery(statuses=(int(lifecycle.Status.REGISTERED),), limit=10_000)
    rows = sorted(list_dossiers(ctx, waiting), key=lambda d: (d.received_at, d.code))[:WAITING_SHOWN]
    tokens = [e for e in list_equipment(ctx) if e.token_state in ("expired", "expiring")]
    tokens.sort(key=lambda e: (e.token_state != "expired", e.certificate_expiry or date.max, e.asset_tag))
    return count_dossiers(ctx, waiting), rows, tokens


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


class DashboardPageController(DialogHost, PageController):
    """Loads the summary in the background and puts it on the page; reloads when its data changes.
    `navigate_requested(page key)` asks the main window for another page (from the first-steps panel)."""

    topics = (DOSSIERS, EQUIPMENT, TRAINING, CALENDAR)
    navigate_requested = Signal(str)
    dossier_filter_requested = Signal(str)  # a quick filter of the dossier page ("overdue", "due_soon")

    def __init__(self, view: DashboardPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: DashboardPageView = view
        self.summary: DashboardSummary | None = None
        self._loading = False
        self._again = False  # a change arrived while loading: load once more when this load ends
        view.reload.clicked.connect(self._on_reload)
        for table in (view.overdue_table, view.due_table, view.waiting_table):
            table.activated.connect(self._on_dossier_activated)  # Enter, and a double-click
            table.doubleClicked.connect(self._on_dossier_activated)
        view.first_steps.go.connect(self.navigate_requested)
        view.overdue.clicked.connect(lambda: self.dossier_filter_requested.emit("overdue"))
        view.due_soon.clicked.connect(lambda: self.dossier_filter_requested.emit("due_soon"))
        self.workbook = WorkbookTilesController(view.workbook_tiles, session)
        self.workbook.navigate_requested.connect(self.navigate_requested)

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.view.show_state(self.tr("Đang tải…"))
        self.workbook.refresh()
        ctx = self.ctx
        calendar = UiSettings.load(ctx.db.paths.settings).calendar_months  # as the Báo cáo page counts months
        self.session.runner.run(
            lambda: (dashboard_summary(ctx, ctx.today(), calendar=calendar), waiting_and_tokens(ctx)),
            self._on_loaded, self._on_failed)

    def _on_reload(self) -> None:
        self.refresh()

    def _on_dossier_activated(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        code = index.data(Qt.ItemDataRole.UserRole)
        if not code or (self.active_dialog is not None and self.active_dialog.isVisible()):
            return  # Enter and a double-click both fire: one window is enough
        dialog = DossierDetailDialog(self.session, code, self.view)
        self.open_kept(dialog)

    def _on_loaded(self, loaded: tuple[DashboardSummary, tuple[int, list[DossierInfo], list[EquipmentInfo]]]) -> None:
        summary, extras = loaded
        self.summary = summary
        self._apply(summary)
        self._on_extras(extras)
        self.view.show_state("")
        self._done()

    def _on_extras(self, extras: tuple[int, list[DossierInfo], list[EquipmentInfo]]) -> None:
        count, rows, tokens = extras
        v, n = self.view, QLocale().toString
        v.waiting_box.setTitle(self.tr("Trực tuyến chờ tiếp nhận ({n})").format(n=n(count)))
        v.fill_dossiers(v.waiting_table, rows, self.ctx.today())
        v.waiting_more.setText(self._more(len(rows), count))
        v.waiting_more.setVisible(bool(v.waiting_more.text()))
        lines = [(self.tr("Chữ ký số {tag} đã hết hạn ngày {day}") if e.token_state == "expired"
                  else self.tr("Chữ ký số {tag} sắp hết hạn ngày {day}")).format(
                      tag=e.asset_tag, day=_day(e.certificate_expiry) if e.certificate_expiry else "—")
                 for e in tokens]
        v.tokens.setText("\n".join(lines))
        expired = any(e.token_state == "expired" for e in tokens)
        v.tokens.setStyleSheet(f"color: {ALERT if expired else WARN}; font-weight: bold;")
        v.tokens.setVisible(bool(lines))

    def _on_failed(self, exc: BaseException) -> None:
        self.view.show_state(message_of(exc), error=True)
        if self.summary is None:
            for tile in self.view.tiles:
                tile.show_figure("—")
        self._done()

    def _done(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _apply(self, s: DashboardSummary) -> None:
        loc = QLocale()
        n = loc.toString
        m, v = s.month, self.view
        v.period.setText(self.tr("Tháng {month} ({start} – {end}), số liệu đến ngày {today}").format(
            month=f"{s.period.key[5:]}/{s.period.key[:4]}", start=f"{s.month_from:%d/%m}", end=_day(s.month_to),
            today=_day(s.today)))
        v.received.show_figure(n(s.received_new), self.tr("trực tuyến {online} · phi địa giới {free}").format(
            online=n(m.received_online), free=n(m.received_boundary_free)))
        v.resolved.show_figure(n(m.form_resolved), self.tr("trong đó quá hạn {late}").format(late=n(m.form_late)))
        v.on_time.show_figure(self._percent(s.on_time_rate), self.tr("{good}/{total} hồ sơ giải quyết").format(
            good=n(m.form_early + m.form_on_time), total=n(m.form_resolved)))
        v.online.show_figure(self._percent(m.online_rate), self.tr("{online}/{total} hồ sơ mới").format(
            online=n(m.received_online), total=n(s.received_new)))
        v.overdue.show_figure(n(s.overdue_count), self.tr("đã qua ngày hẹn trả"),
                              ALERT if s.overdue_count else "")
        v.due_soon.show_figure(n(s.due_soon_count), self.tr("hạn đến hết {day}").format(day=_day(s.due_by)),
                               WARN if s.due_soon_count else "")
        v.overdue_box.setTitle(self.tr("Hồ sơ quá hạn ({n})").format(n=n(s.overdue_count)))
        v.due_box.setTitle(self.tr("Đến hạn trả đến hết ngày {day} ({n})").format(day=_day(s.due_by),
                                                                                  n=n(s.due_soon_count)))
        for table, more, rows, total in ((v.overdue_table, v.overdue_more, s.overdue, s.overdue_count),
                                         (v.due_table, v.due_more, s.due_soon, s.due_soon_count)):
            v.fill_dossiers(table, rows, s.today)
            more.setText(self._more(len(rows), total))
            more.setVisible(bool(more.text()))
        self._apply_devices(s)
        hours = self.tr("{courses} khóa học · {hours} giờ học")
        v.training_month.setText(self.tr("Tháng này: {figures}").format(figures=hours.format(
            courses=n(s.courses_month), hours=loc.toString(float(s.person_hours_month), "g", 12))))
        v.training_year.setText(self.tr("Năm {year}: {figures}").format(year=s.today.year, figures=hours.format(
            courses=n(s.courses_year), hours=loc.toString(float(s.person_hours_year), "g", 12))))
        v.chart.set_points(s.trend)
        empty = not any(p.received for p in s.trend) and not s.courses_year and not s.overdue_count \
            and not s.due_soon_count and not s.devices
        v.first_steps.setVisible(empty)  # a fresh installation: say what to do first

    def _apply_devices(self, s: DashboardSummary) -> None:
        status = labels.EQUIPMENT_STATUS
        counts = {"broken": s.devices_broken, "in_repair": s.devices_in_repair, "degraded": s.devices_degraded}
        self.view.devices_counts.setText(" · ".join(
            self.tr("{status}: {n}").format(status=labels.label(status, code), n=QLocale().toString(count))
            for code, count in counts.items()))
        lines = [" · ".join(x for x in (e.asset_tag, labels.label(labels.EQUIPMENT_KIND, e.kind),
                                        labels.label(status, e.status), e.location) if x) for e in s.devices]
        shown, total = len(s.devices), s.devices_broken + s.devices_in_repair + s.devices_degraded
        if total > shown:
            lines.append(self.tr("… và {n} thiết bị khác").format(n=total - shown))
        none = self.tr("Không có thiết bị hỏng, đang sửa chữa hay hoạt động kém.")
        self.view.devices_list.setText("\n".join(lines) or none)

    def _percent(self, rate: float | None) -> str:
        return "—" if rate is None else QLocale().toString(rate * 100, "f", 1) + " %"

    def _more(self, shown: int, total: int) -> str:
        if total == 0:
            return self.tr("Không có hồ sơ nào.")
        if total > shown:
            return self.tr("Hiển thị {shown}/{total} hồ sơ; xem đầy đủ ở trang Hồ sơ TTHC.").format(shown=shown,
                                                                                                 total=total)
        return ""


def create_dashboard_page(session: AppSession) -> DashboardPageController:
    return DashboardPageController(DashboardPageView(), session)
