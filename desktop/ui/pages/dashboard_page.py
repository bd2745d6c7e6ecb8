"""The dashboard (Tổng quan): this month's figures, what is overdue or due, devices and training, the 12-month trend.

Everything comes from one service call run off the GUI thread; the page shows "Đang tải…" meanwhile and reloads
whenever dossiers, equipment, training or the calendar change. It leads to work: Enter or a double-click on a listed
dossier opens it, and a fresh installation gets a first-steps panel instead of empty tiles.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal

from desktop.config.settings import UiSettings
from desktop.domain import lifecycle
from desktop.services.context import ServiceContext
from desktop.services.dashboard import DashboardSummary, dashboard_summary
from desktop.services.dossier_queries import DossierQuery, count_dossiers, list_dossiers
from desktop.services.dto import DossierInfo
from desktop.services.equipment import EquipmentInfo, list_equipment
from desktop.ui import labels
from desktop.ui.dialog_host import DialogHost
from desktop.ui.errors import message_of
from desktop.ui.pages.base import PageController
from desktop.ui.pages.dashboard_view import (
    ALERT,
    WARN,
    DashboardPageView,
    _day,
)
from desktop.ui.pages.workbook_tiles import WorkbookTilesController
from desktop.ui.session import CALENDAR, DOSSIERS, EQUIPMENT, TRAINING, AppSession

WAITING_SHOWN = 20


def waiting_and_tokens(ctx: ServiceContext) -> tuple[int, list[DossierInfo], list[EquipmentInfo]]:
    """Online dossiers not yet accepted at the desk (oldest first), and signature tokens expired or expiring."""
    waiting = DossierQuery(statuses=(int(lifecycle.Status.REGISTERED),), limit=10_000)
    rows = sorted(list_dossiers(ctx, waiting), key=lambda d: (d.received_at, d.code))[:WAITING_SHOWN]
    tokens = [e for e in list_equipment(ctx) if e.token_state in ("expired", "expiring")]
    tokens.sort(key=lambda e: (e.token_state != "expired", e.certificate_expiry or date.max, e.asset_tag))
    return count_dossiers(ctx, waiting), rows, tokens


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
        # The detail and the PDF preview (QtPdf, the paper layouts) load on first use, not before the dashboard shows.
        from desktop.ui.dialogs.dossier_detail import DossierDetailDialog

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
