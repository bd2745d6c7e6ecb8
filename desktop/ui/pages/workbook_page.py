"""The workbook page (Sổ chuyển đổi số): plan tasks and where they stand today, villages and their community digital
technology teams, this month's coverage and outages, and the recommendations sent up, with what needs attention
on top. Everything is read in one background call; each tab's buttons open its dialogs (the command line's `task`,
`village`, `team`, `outage` and `recommendation` verbs write the same records)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QInputDialog, QTableWidget

from desktop.domain import periods
from desktop.domain.index766 import RATE_LABELS
from desktop.domain.periods import Period
from desktop.services import coverage, dx_closing, index766, recommendations, tasks, teams, villages
from desktop.services.closed_periods import ClosedPeriod
from desktop.services.context import ServiceContext
from desktop.services.coverage import CoverageInfo, OutageInfo
from desktop.services.index766 import IndexReport
from desktop.services.recommendations import RecommendationInfo
from desktop.services.tasks import TaskInfo, TaskList
from desktop.services.teams import TeamInfo
from desktop.services.villages import VillageInfo
from desktop.services.workbook_summary import WorkbookAlerts, workbook_alerts
from desktop.ui import i18n
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.report_up_dialogs import AnswerDialog, OutageDialog, RecommendationDialog
from desktop.ui.dialogs.task_dialog import CompleteTaskDialog, TaskDialog
from desktop.ui.dialogs.village_dialogs import MemberDialog, SessionDialog, TeamDialog, VillageDialog
from desktop.ui.errors import message_of, show_error
from desktop.ui.pages.base import PageController
from desktop.ui.pages.workbook_view import ALERT, WorkbookPageView, fill_rows
from desktop.ui.session import SYNC, WORKBOOK, AppSession
from desktop.ui.widgets.confirm import confirm_box

T = TypeVar("T")
# Domain and service labels come in both languages; the UI picks the one in force.
STATES = {"done_on_time": ("Hoàn thành đúng hạn", "Done on time"), "done_late": ("Hoàn thành trễ hạn", "Done late"),
          "in_progress": ("Đang thực hiện", "In progress"), "overdue": ("Quá hạn", "Overdue")}
SIGNALS = {"none": ("Không có sóng", "No signal"), "weak": ("Sóng yếu", "Weak"), "good": ("Sóng tốt", "Good")}


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if i18n.current_language() == "en" else pair[0]


def _day(d: date | None) -> str:
    return f"{d:%d/%m/%Y}" if d else ""


@dataclass(frozen=True)
class WorkbookData:
    alerts: WorkbookAlerts
    tasks: TaskList
    villages: list[VillageInfo]
    teams: list[TeamInfo]
    coverage: CoverageInfo
    outages: list[OutageInfo]
    recommendations: list[RecommendationInfo]
    index_period: Period
    index: IndexReport
    dx_period: Period  # the last ended month: the one the report to the Department is closed for
    dx_closed: ClosedPeriod | None


def load_workbook(ctx: ServiceContext) -> WorkbookData:
    """Everything the page shows, as of today and for this month."""
    today = ctx.today()
    first = today.replace(day=1)
    period = periods.current("month", today)  # the Decree 09 month under way, as `commune-desk index` counts it
    ended = periods.previous(period)
    return WorkbookData(workbook_alerts(ctx, today), tasks.list_tasks(ctx, today), villages.list_villages(ctx),
                        teams.list_teams(ctx), coverage.coverage(ctx, first, today),
                        coverage.list_outages(ctx, first, today), recommendations.list_recommendations(ctx, today),
                        period, index766.index_report(ctx, period.start, period.end), ended,
                        dx_closing.closed(ctx, ended))


class WorkbookPageController(DialogHost, PageController):
    topics = (WORKBOOK, SYNC)

    def __init__(self, view: WorkbookPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: WorkbookPageView = view
        self.data: WorkbookData | None = None
        view.reload.clicked.connect(self._on_reload)
        view.add_task.clicked.connect(self._on_add_task)
        view.complete_task.clicked.connect(self._on_complete_task)
        view.tasks.itemSelectionChanged.connect(self._on_task_selected)
        view.complete_task.setEnabled(False)
        view.add_village.clicked.connect(lambda: self._open(VillageDialog(self.ctx, parent=self.view)))
        view.edit_village.clicked.connect(lambda: self._with_village(lambda v: VillageDialog(self.ctx, v, self.view)))
        view.add_team.clicked.connect(lambda: self._with_village(lambda v: TeamDialog(self.ctx, v.name, self.view)))
        view.add_member.clicked.connect(lambda: self._with_village(
            lambda v: MemberDialog(self.ctx, v.name, self.view)))
        view.add_session.clicked.connect(lambda: self._with_village(
            lambda v: SessionDialog(self.ctx, v.name, self.view)))
        view.add_outage.clicked.connect(self._on_add_outage)
        view.add_recommendation.clicked.connect(lambda: self._open(RecommendationDialog(self.ctx, self.view)))
        view.answer_recommendation.clicked.connect(self._on_answer)
        view.close_dx.clicked.connect(self._on_close_dx)
        view.reopen_dx.clicked.connect(self._on_reopen_dx)
        view.close_dx.setVisible(False)
        view.reopen_dx.setVisible(False)
        view.villages.itemSelectionChanged.connect(self._on_village_selected)
        view.recommendations.itemSelectionChanged.connect(self._on_recommendation_selected)
        self._on_village_selected()
        self._on_recommendation_selected()

    def new_record(self) -> bool:
        self.view.tabs.setCurrentIndex(0)
        self._open(TaskDialog(self.ctx, self.view))
        return True

    def selected_task(self) -> TaskInfo | None:
        rows = self.view.tasks.selectionModel().selectedRows()
        if self.data is None or not rows or rows[0].row() >= len(self.data.tasks.tasks):
            return None
        return self.data.tasks.tasks[rows[0].row()]

    def _on_task_selected(self) -> None:
        task = self.selected_task()
        self.view.complete_task.setEnabled(task is not None and task.status != "done")

    @staticmethod
    def _selected(table: QTableWidget, rows: Sequence[T] | None) -> T | None:
        picked = table.selectionModel().selectedRows()
        if rows is None or not picked or picked[0].row() >= len(rows):
            return None
        return rows[picked[0].row()]

    def selected_village(self) -> VillageInfo | None:
        return self._selected(self.view.villages, self.data.villages if self.data else None)

    def selected_recommendation(self) -> RecommendationInfo | None:
        return self._selected(self.view.recommendations, self.data.recommendations if self.data else None)

    def _on_village_selected(self) -> None:
        village = self.selected_village()
        for button in self.view.village_actions:
            button.setEnabled(village is not None)
        if village is not None:  # a village has one team: set it up once, then add members and sessions
            self.view.add_team.setEnabled(village.team is None)
            self.view.add_member.setEnabled(village.team is not None)
            self.view.add_session.setEnabled(village.team is not None)

    def _on_recommendation_selected(self) -> None:
        self.view.answer_recommendation.setEnabled(self.selected_recommendation() is not None)

    def _with_village(self, make: Callable[[VillageInfo], FormDialog]) -> None:
        village = self.selected_village()
        if village is not None:
            self._open(make(village))

    def _on_add_outage(self) -> None:
        names = [v.name for v in self.data.villages] if self.data else []
        chosen = self.selected_village()
        self._open(OutageDialog(self.ctx, names, chosen.name if chosen else "", self.view))

    def _on_answer(self) -> None:
        rec = self.selected_recommendation()
        if rec is not None:
            self._open(AnswerDialog(self.ctx, rec, self.view))

    def _on_add_task(self) -> None:
        self.new_record()

    def _on_complete_task(self) -> None:
        task = self.selected_task()
        if task is not None:
            self._open(CompleteTaskDialog(self.ctx, task, self.view))

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(self._on_saved)
        self.open_dialog(dialog)

    def _on_saved(self, _result: object) -> None:
        self.session.changed(WORKBOOK)

    def refresh(self) -> None:
        self.view.show_state(self.tr("Đang tải…"))
        ctx = self.ctx
        self.session.runner.run(lambda: load_workbook(ctx), self._on_loaded, self._on_failed)

    def _on_reload(self) -> None:
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.view.show_state(message_of(exc), error=True)

    def _on_loaded(self, data: WorkbookData) -> None:
        self.data = data
        self.view.show_state("")
        self._show_attention(data.alerts)
        self._show_tasks(data.tasks)
        self._on_task_selected()
        self._show_villages(data.villages, data.teams)
        self._on_village_selected()
        self._show_coverage(data.coverage, data.outages)
        recs = data.recommendations
        fill_rows(self.view.recommendations, [(_day(r.sent_on), r.number, r.recipient, r.subject,
                                               f"{_day(r.answered_on)} {r.answer}".strip(), str(r.days_waiting))
                                              for r in recs], [r.overdue for r in recs])
        self._on_recommendation_selected()
        self._show_index(data.index_period, data.index)
        self._show_dx(data.dx_period, data.dx_closed)

    def _show_attention(self, a: WorkbookAlerts) -> None:
        parts = []
        if a.overdue_tasks:
            parts.append(self.tr("{n} nhiệm vụ quá hạn").format(n=len(a.overdue_tasks)))
        if a.unanswered:
            parts.append(self.tr("{n} kiến nghị quá 30 ngày chưa được trả lời").format(n=len(a.unanswered)))
        if a.villages_without_team:
            parts.append(self.tr("{n} thôn chưa có tổ công nghệ số").format(n=len(a.villages_without_team)))
        if a.villages_without_signal:
            parts.append(self.tr("{n} thôn không có sóng 4G/5G").format(n=len(a.villages_without_signal)))
        self.view.attention.setText(" · ".join(parts) or self.tr("Không có việc cần xử lý gấp."))
        self.view.attention.setStyleSheet(f"color: {ALERT};" if parts else "")

    def _show_index(self, period: Period, report: IndexReport) -> None:
        self.view.index_period.setText(self.tr("Kỳ {start} – {end} (số liệu đến ngày {today})").format(
            start=_day(period.start), end=_day(period.end), today=_day(report.as_of)))
        loc = QLocale()

        def percent(rate: float | None) -> str:
            return "—" if rate is None else loc.toString(rate * 100, "f", 1) + " %"
        fill_rows(self.view.index, [(_pick(RATE_LABELS[r.key]), f"{r.counted}/{r.of}", percent(r.rate),
                                     percent(r.target), self.tr("Chưa đạt") if r.below else "")
                                    for r in report.rates], [r.below for r in report.rates])

    def _show_dx(self, period: Period, closed: ClosedPeriod | None) -> None:
        """Whether the last ended month's report to the Department is closed; leaders may close or reopen it."""
        if closed is None:
            text = self.tr("Báo cáo chuyển đổi số {period}: chưa khóa số liệu.").format(period=period.label)
        else:
            text = self.tr("Báo cáo chuyển đổi số {period}: đã khóa số liệu ngày {day} ({who}), SHA-256 {sha}…").format(
                period=period.label, day=f"{closed.signed_at:%d/%m/%Y}" if closed.signed_at else "",
                who=closed.signed_by_name, sha=closed.pdf_sha256[:12])
            kept = self._dx_pdf(period)
            if kept.is_file():
                text += " " + self.tr("Bản đã khóa: {path}").format(path=str(kept))
        self.view.dx_state.setText(text)
        leader = self.session.can("sign_report")
        self.view.close_dx.setVisible(leader and closed is None)
        self.view.reopen_dx.setVisible(leader and closed is not None)

    def _on_close_dx(self) -> None:
        if self.data is None:
            return
        period = self.data.dx_period
        box = confirm_box(self.view, self.tr("Khóa số liệu báo cáo CĐS"),
                          self.tr("Ký duyệt và khóa số liệu báo cáo chuyển đổi số {period}? Bản in lại sau này sẽ "
                                  "giữ đúng số liệu này, trừ khi lãnh đạo mở lại.").format(period=period.label),
                          self.tr("Khóa số liệu"), self.close_dx_report, self.tr("Hủy"))
        box.setObjectName("confirmCloseDx")
        self.active_dialog = box
        box.open()

    def close_dx_report(self) -> None:
        """Print the last ended month's report into the data folder's reports/ and close it, on the worker."""
        if self.data is None:
            return
        ctx, period = self.ctx, self.data.dx_period
        out = self._dx_pdf(period)
        self.view.show_state(self.tr("Đang khóa số liệu…"))

        def run() -> ClosedPeriod:
            out.parent.mkdir(parents=True, exist_ok=True)
            return dx_closing.close(ctx, period, out)

        self.session.runner.run(run, lambda _closed: self.session.changed(WORKBOOK), self._on_write_failed)

    def _dx_pdf(self, period: Period) -> Path:
        """Where the closed report is kept: the data folder's reports/, as `report dx close` keeps it."""
        return self.ctx.db.paths.root / "reports" / f"{dx_closing.PDF_STEM}-{period.kind}-{period.key}.pdf"

    def _on_reopen_dx(self) -> None:
        dialog = QInputDialog(self.view)
        dialog.setObjectName("reopenDxReason")
        dialog.setWindowTitle(self.tr("Mở lại báo cáo CĐS"))
        dialog.setLabelText(self.tr("Lý do mở lại (được ghi vào nhật ký):"))
        dialog.setOkButtonText(self.tr("Mở lại"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        dialog.textValueSelected.connect(self.reopen_dx_report)
        self.active_dialog = dialog
        dialog.open()

    def reopen_dx_report(self, reason: str) -> None:
        """A leader reopens the closed month, saying why (audited), on the worker."""
        if self.data is None:
            return
        ctx, period = self.ctx, self.data.dx_period
        self.session.runner.run(lambda: dx_closing.reopen(ctx, period, reason),
                                lambda _r: self.session.changed(WORKBOOK), self._on_write_failed)

    def _on_write_failed(self, exc: BaseException) -> None:
        self.view.show_state("")
        self.active_dialog = show_error(self.view, exc)

    def _show_tasks(self, listed: TaskList) -> None:
        n = QLocale().toString
        s = listed.summary
        self.view.task_summary.setText(self.tr(
            "Tại ngày {day}: {on_time} hoàn thành đúng hạn, {late} hoàn thành trễ hạn, {open} đang thực hiện, "
            "{overdue} quá hạn").format(day=_day(listed.as_of), on_time=n(s["done_on_time"]),
                                        late=n(s["done_late"]), open=n(s["in_progress"]), overdue=n(s["overdue"])))
        rows = [(t.code, t.title, t.source_document, t.owner, _day(t.deadline), _pick(STATES[t.state]),
                 _day(t.done_on)) for t in listed.tasks]
        fill_rows(self.view.tasks, rows, [t.state == "overdue" for t in listed.tasks])

    def _show_villages(self, rows: list[VillageInfo], team_rows: list[TeamInfo]) -> None:
        by_village = {t.village: t for t in team_rows}
        yes, no, none = self.tr("Có"), self.tr("Không"), self.tr("Chưa có tổ")
        cells = []
        for v in rows:
            team = by_village.get(v.name)
            cells.append((v.name, str(v.households), _pick(SIGNALS[v.signal]), yes if v.broadband else no,
                          team.decision_number if team else none, str(len(team.members)) if team else "",
                          str(team.sessions) if team else "", str(team.people_helped) if team else ""))
        fill_rows(self.view.villages, cells, [v.team is None for v in rows])
        missing = [v.name for v in rows if v.team is None]
        self.view.without_team.setText(self.tr("Thôn chưa có tổ: {names}").format(names=", ".join(missing))
                                       if missing else self.tr("Thôn nào cũng đã có tổ công nghệ số."))

    def _show_coverage(self, c: CoverageInfo, rows: list[OutageInfo]) -> None:
        loc = QLocale()
        households = self.tr("{n} hộ")
        affected = "; ".join(f"{a.village} ({households.format(n=a.households)})" for a in c.affected) or "—"
        self.view.coverage.setText(self.tr("Từ {start} đến {end}: {n} sự cố, {hours} giờ; ảnh hưởng: {affected}")
                                   .format(start=_day(c.start), end=_day(c.end), n=c.outages,
                                           hours=loc.toString(float(c.hours), "g", 6), affected=affected))
        ongoing = self.tr("Đang mất")
        fill_rows(self.view.outages, [(o.village, f"{o.started_at:%d/%m/%Y %H:%M}",
                                       f"{o.ended_at:%d/%m/%Y %H:%M}" if o.ended_at else ongoing,
                                       loc.toString(float(o.hours), "g", 6), o.cause) for o in rows],
                  [o.ended_at is None for o in rows])


def create_workbook_page(session: AppSession) -> WorkbookPageController:
    return WorkbookPageController(WorkbookPageView(), session)
