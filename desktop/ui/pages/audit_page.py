"""The audit log page: who changed what and when, filtered by user, period, record kind and search, read a page at a
time; the selected entry's old and new values in full below.

The widgets are laid out in `audit_view`; this module turns the filters into a query and reads the log.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import QTableWidgetItem

from desktop.services import undo
from desktop.services.audit import AuditActor, AuditEntryInfo, AuditQuery, audit_actors, count_audit, list_audit
from desktop.ui.errors import show_error
from desktop.ui.models.audit_labels import action_label, actor_label, field_label, table_label, value_text
from desktop.ui.models.audit_table import COL_RECORD, COL_SUMMARY, PAGE_SIZE, AuditTableModel
from desktop.ui.pages.audit_view import PERIOD_CUSTOM, PERIOD_DAYS, AuditPageView
from desktop.ui.pages.base import PageController
from desktop.ui.session import (
    CALENDAR,
    CATALOGUE,
    COMMUNE,
    DOSSIERS,
    EQUIPMENT,
    OFFICERS,
    REPORTS,
    SYNC,
    TRAINING,
    AppSession,
)
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.inputs import when_typing_pauses
from desktop.ui.widgets.record_table_view import fit_columns, select_row

__all__ = ["AuditPageController", "AuditPageView", "create_audit_page"]

SEARCH_DELAY_MS = 300
# The pages to refresh when a deleted record of a table comes back.
TOPIC_OF_TABLE = {"dossiers": (DOSSIERS,), "procedures": (CATALOGUE, DOSSIERS), "equipment": (EQUIPMENT,),
                  "officers": (OFFICERS,)}
RECORD_WIDTH = 220
ACTOR_WIDTH = 200


class AuditPageController(PageController):
    """Turns the filters into an AuditQuery, reads the log through the runner a page at a time, shows one entry."""

    topics = (DOSSIERS, TRAINING, EQUIPMENT, CATALOGUE, OFFICERS, COMMUNE, CALENDAR, SYNC, REPORTS)

    def __init__(self, view: AuditPageView, session: AppSession, page_size: int = PAGE_SIZE) -> None:
        super().__init__(view, session)
        self.view: AuditPageView = view
        self.page_size = page_size
        self.model = AuditTableModel(page_size, self)
        view.table.setModel(self.model)
        self.query = AuditQuery()
        self.total = 0
        self._request = 0  # answers to an older query are dropped
        self._keep_id: str | None = None
        now = session.ctx.today()
        today = QDate(now.year, now.month, now.day)
        view.date_from.setDate(today.addDays(-30))
        view.date_to.setDate(today)
        view.actor.addItem(self.tr("Mọi người"), "")
        self._timer = when_typing_pauses(view.search, self.refresh, SEARCH_DELAY_MS)
        for combo in (view.actor, view.kind, view.period):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        view.date_from.dateChanged.connect(self._on_filter_changed)
        view.date_to.dateChanged.connect(self._on_filter_changed)
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.restore_button.clicked.connect(self.restore_current)
        self.model.more_wanted.connect(self._on_more_wanted)
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self._show_entry(None)

    # -- the query ------------------------------------------------------------------------------------------------

    def current_query(self) -> AuditQuery:
        view = self.view
        period = view.period.currentData()
        date_from: date | None = None
        date_to: date | None = None
        if period in PERIOD_DAYS:
            date_to = self.ctx.today()
            date_from = date_to - timedelta(days=PERIOD_DAYS[period] - 1)
        elif period == PERIOD_CUSTOM:
            date_from, date_to = sorted((view.date_from.date().toPython(), view.date_to.date().toPython()))
        return AuditQuery(actor=view.actor.currentData() or "", date_from=date_from, date_to=date_to,
                          kind=view.kind.currentData() or "", search=view.search.text().strip())

    # -- loading --------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        current = self.current()
        if self._keep_id is None and current is not None:
            self._keep_id = current.id
        self.query = q = self.current_query()
        ctx, size = self.ctx, self.page_size
        self._request += 1
        request = self._request
        self.session.runner.run(lambda: (audit_actors(ctx), list_audit(ctx, q, 0, size), count_audit(ctx, q)),
                                lambda result: self._on_listed(request, *result), self._on_failed)

    def _on_listed(self, request: int, actors: list[AuditActor], entries: list[AuditEntryInfo], total: int) -> None:
        if request != self._request:
            return
        self._fill_actors(actors)
        keep, self._keep_id = self._keep_id, None
        self.total = total
        self.model.set_entries(entries)
        self._fit_columns()
        self._show_count()
        if entries:
            select_row(self.view.table, max(self.model.row_of(keep), 0))
        else:
            self._show_entry(None)

    def _on_more_wanted(self, offset: int) -> None:
        ctx, q, size, request = self.ctx, self.query, self.page_size, self._request

        def arrived(entries: list[AuditEntryInfo]) -> None:
            if request == self._request:
                self.model.append_entries(offset, entries)

        def failed(exc: BaseException) -> None:
            if request == self._request:
                self.model.fetch_failed()
            self._on_failed(exc)

        self.session.runner.run(lambda: list_audit(ctx, q, offset, size), arrived, failed)

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.view, exc)

    def _fill_actors(self, actors: list[AuditActor]) -> None:
        combo = self.view.actor
        chosen = combo.currentData() or ""
        combo.blockSignals(True)  # refilling is not the officer choosing someone
        try:
            combo.clear()
            combo.addItem(self.tr("Mọi người"), "")
            for a in actors:
                combo.addItem(actor_label(a.actor, a.name), a.actor)
            if chosen and combo.findData(chosen) < 0:
                combo.addItem(chosen, chosen)  # keep the filter even if that account wrote nothing more
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(False)

    def _fit_columns(self) -> None:
        fit_columns(self.view.table, ACTOR_WIDTH, caps={COL_RECORD: RECORD_WIDTH}, stretch=COL_SUMMARY)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if shown >= self.total:
            self.view.count.setText(self.tr("{n} mục nhật ký").format(n=self.total))
        else:
            self.view.count.setText(self.tr("Đang hiện {shown} trên {total} mục nhật ký (cuộn xuống để xem thêm)")
                                    .format(shown=shown, total=self.total))

    # -- the selected entry ---------------------------------------------------------------------------------------

    def current(self) -> AuditEntryInfo | None:
        index = self.view.table.selectionModel().currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_entry(self.model.entry_at(current.row()) if current.isValid() else None)

    def _show_entry(self, entry: AuditEntryInfo | None) -> None:
        view = self.view
        view.restore_button.setVisible(entry is not None and entry.action == "delete"
                                       and entry.table_name in undo.RESTORABLE and self.session.role == "admin")
        view.detail.clearSpans()
        view.detail.setRowCount(0)
        if entry is None:
            view.detail_title.setText(self.tr("Chọn một dòng nhật ký để xem đầy đủ giá trị cũ và mới."))
            return
        view.detail_title.setText(self.tr("{action} {table} “{record}” · {at} · {actor} · mã bản ghi {row_id}").format(
            action=action_label(entry.action), table=table_label(entry.table_name).lower(),
            record=entry.record or entry.row_id, at=entry.at.strftime("%d/%m/%Y %H:%M:%S"),
            actor=actor_label(entry.actor, entry.actor_name), row_id=entry.row_id))
        if not entry.changes:
            view.detail.setRowCount(1)
            view.detail.setItem(0, 0, QTableWidgetItem(self.tr("Không có giá trị nào được ghi (mật khẩu không bao "
                                                               "giờ được ghi vào nhật ký).")))
            view.detail.setSpan(0, 0, 1, 3)
            return
        updated = entry.action == "update"
        view.detail.setColumnHidden(1, not updated)  # a new or removed record has no "before"
        view.detail.setRowCount(len(entry.changes))
        for row, change in enumerate(entry.changes):
            old = value_text(entry.table_name, change.field, change.old) if updated else ""
            cells = (field_label(entry.table_name, change.field), old,
                     value_text(entry.table_name, change.field, change.new))
            for column, text in enumerate(cells):
                view.detail.setItem(row, column, QTableWidgetItem(text))
        view.detail.resizeRowsToContents()

    def restore_current(self) -> None:
        """Bring back the record the selected delete entry names, after asking."""
        entry = self.current()
        if entry is None or entry.action != "delete":
            return

        def run() -> None:
            try:
                undo.restore_deleted(self.ctx, entry.table_name, entry.row_id)
            except Exception as exc:  # noqa: BLE001 - the officer gets a message, never a traceback
                self.active_dialog = show_error(self.view, exc)
                return
            for topic in TOPIC_OF_TABLE.get(entry.table_name, ()):
                self.session.changed(topic)
            self.refresh()  # the restore is in the log now

        self.active_dialog = confirm_box(
            self.view, self.tr("Khôi phục bản ghi?"),
            self.tr("Khôi phục {table} “{record}” đã bị xóa lúc {at}?").format(
                table=table_label(entry.table_name).lower(), record=entry.record or entry.row_id,
                at=entry.at.strftime("%d/%m/%Y %H:%M")),
            self.tr("Khôi phục"), run, self.tr("Không khôi phục"))
        self.active_dialog.setObjectName("confirmRestoreRecord")
        self.active_dialog.open()

    # -- filters --------------------------------------------------------------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        self.view.show_range(self.view.period.currentData() == PERIOD_CUSTOM)
        self.refresh()


def create_audit_page(session: AppSession) -> AuditPageController:
    return AuditPageController(AuditPageView(), session)
