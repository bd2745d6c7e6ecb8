"""The Đồng bộ page's controller: enrolment (administrators), one sync run on demand or every few minutes (backing
off after failures) that the officer may cancel, what waits to be sent, the clock warning, and the conflicts a person
must settle. Runs and enrolment go through the session's network runner, never the database worker."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from desktop.domain.errors import DomainError
from desktop.services import conflicts
from desktop.services.audit import AuditQuery, list_audit
from desktop.services.conflicts import ConflictInfo
from desktop.services.context import ServiceContext
from desktop.services.dossiers import get_dossier
from desktop.services.sync_status import SyncStatus, sync_status
from desktop.sync import credentials, state
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.enrol_dialog import EnrolDialog, plain_sync_error
from desktop.ui.models.conflict_table import ConflictRow
from desktop.ui.ops import Op
from desktop.ui.pages.base import PageController
from desktop.ui.pages.sync_bundles import BundleActions
from desktop.ui.pages.sync_view import SyncPageView
from desktop.ui.session import (
    CALENDAR,
    CATALOGUE,
    COMMUNE,
    DOSSIERS,
    EQUIPMENT,
    OFFICERS,
    SYNC,
    TRAINING,
    AppSession,
)
from desktop.ui.widgets.record_table_view import fit_columns, select_row

AUTO_MINUTES = 5
MAX_BACKOFF_MINUTES = 30
AUTO_FILE = "sync-auto.json"  # the officer's "sync automatically" choice, kept with this PC's data
DATA_TOPICS = (DOSSIERS, TRAINING, EQUIPMENT, CATALOGUE, OFFICERS, COMMUNE, CALENDAR)


def backoff_ms(failures: int, rng: Callable[[], float] = random.random) -> int:
    """Wait before the next automatic try after `failures` failures in a row: 1, 2, 4… minutes, at most 30, each
    shortened by up to a fifth at random so the PCs of a province back after a cut do not all call at once."""
    minutes = min(MAX_BACKOFF_MINUTES, 2 ** min(max(failures, 1) - 1, 10))
    return int(minutes * 60_000 * (1.0 - 0.2 * rng()))


@dataclass(frozen=True)
class SyncFacts:
    status: SyncStatus
    enrolled: bool
    sync_device_id: str  # the id the province gave this PC; "" before enrolment
    server_url: str
    clock_warning: dict[str, Any] | None
    conflicts: tuple[ConflictRow, ...]
    auto: bool


def _auto_path(ctx: ServiceContext) -> Path:
    return ctx.db.paths.root / AUTO_FILE


def _named(ctx: ServiceContext, info: ConflictInfo) -> ConflictRow:
    """The record's name as the audit log gives it (a dossier's code), with the applicant for a dossier."""
    entries = list_audit(ctx, AuditQuery(row_id=info.row_id), limit=1)
    name = entries[0].record if entries else ""
    if name and info.table_name == "dossiers":
        try:
            name = f"{name} – {get_dossier(ctx, name).dossier.applicant_name}"
        except DomainError:  # removed here since: its code alone still names it
            pass
    return ConflictRow(info, name)


def read_facts(ctx: ServiceContext) -> SyncFacts:
    status = sync_status(ctx)
    try:
        creds: credentials.Credentials | None = credentials.load(ctx.db.paths.root)
    except credentials.CredentialsError:
        creds = None
    # sync_status does not carry the clock warning yet (see the report); it lives in local_state.
    with ctx.db.session() as session:
        warning = state.clock_warning(session)
    try:
        auto = bool(json.loads(_auto_path(ctx).read_text(encoding="utf-8")).get("auto"))
    except (OSError, ValueError, AttributeError):
        auto = False
    return SyncFacts(status, creds is not None, creds.device_id if creds else "",
                     creds.server_url if creds else status.server_url, warning,
                     tuple(_named(ctx, c) for c in conflicts.list_conflicts(ctx)), auto)


class SyncPageController(DialogHost, PageController):
    topics = (SYNC, *DATA_TOPICS)  # any write adds to what waits to be sent

    def __init__(self, view: SyncPageView, session: AppSession, *, engine_options: dict[str, Any] | None = None,
                 backoff: Callable[[int], int] = backoff_ms, interval_ms: int = AUTO_MINUTES * 60_000) -> None:
        super().__init__(view, session)
        self.view: SyncPageView = view
        self.engine_options = engine_options or {}
        self.backoff = backoff
        self.interval_ms = interval_ms
        self.facts: SyncFacts | None = None
        self.failures = 0  # automatic-sync failures in a row
        self.running = False
        self.run_op: Op | None = None  # the run under way, to cancel it
        self._announcing = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._on_auto_tick)
        may_enrol = session.can("manage_accounts")
        view.enrol_button.setVisible(may_enrol)
        view.enrol_note.setVisible(not may_enrol)
        view.enrol_note.setText(self.tr("Chỉ quản trị viên được đăng ký máy với máy chủ tỉnh."))
        view.enrol_button.clicked.connect(self._on_enrol)
        view.sync_now.clicked.connect(self._on_sync_now)
        view.cancel_sync.clicked.connect(self._on_cancel)
        view.auto.toggled.connect(self._on_auto_toggled)
        view.resolve_button.clicked.connect(self._on_resolve)
        view.conflicts.activated.connect(lambda _index: self._on_resolve())
        self.bundles = BundleActions(view, session, DATA_TOPICS)

    # -- loading --------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        self.session.runner.run(lambda: read_facts(ctx), self._show, self._on_load_failed)

    def _on_data_changed(self, topic: str) -> None:
        if not self._announcing:  # our own announcements are followed by one refresh, not one per topic
            super()._on_data_changed(topic)

    def _show(self, facts: SyncFacts) -> None:
        self.facts = facts
        v, status = self.view, facts.status
        v.server.setText(facts.server_url or self.tr("Chưa đăng ký với máy chủ tỉnh"))
        v.enrol_button.setText(self.tr("Đăng ký lại…") if facts.enrolled else self.tr("Đăng ký máy…"))
        v.device.setText(facts.sync_device_id or self.tr("Chưa có (máy chưa đăng ký)"))
        v.last_sync.setText(f"{status.last_sync_at:%d/%m/%Y %H:%M}" if status.last_sync_at
                            else self.tr("Chưa lần nào"))
        v.pending.setText(f"{status.pending:,}".replace(",", "."))
        v.rejected.setText(f"{status.rejected:,}".replace(",", "."))
        v.rejected.setStyleSheet("color: #b00020; font-weight: 600;" if status.rejected else "")
        self._show_clock(facts.clock_warning)
        self._show_buttons()
        v.auto.blockSignals(True)  # showing the stored choice is not the officer changing it
        v.auto.setChecked(facts.auto)
        v.auto.blockSignals(False)
        self._show_conflicts(facts.conflicts)
        self._schedule()

    def _show_clock(self, warning: dict[str, Any] | None) -> None:
        label = self.view.clock_warning
        label.setVisible(warning is not None)
        if warning is None:
            return
        skew_ms = int(warning.get("skew_ms") or 0)
        minutes = round(abs(skew_ms) / 60_000)
        if minutes >= 48 * 60:
            ahead = self.tr("khoảng {n} ngày").format(n=round(minutes / 1440))
        elif minutes >= 120:
            ahead = self.tr("khoảng {n} giờ").format(n=round(minutes / 60))
        else:
            ahead = self.tr("khoảng {n} phút").format(n=max(minutes, 1))
        text = (self.tr("Đồng hồ máy tính đang sai: nhanh hơn giờ của máy chủ tỉnh {ahead}. Hãy chỉnh lại "
                        "ngày giờ của máy này (nhờ quản trị nếu cần); dữ liệu vẫn được lưu và đồng bộ bình "
                        "thường.") if skew_ms >= 0 else
                self.tr("Đồng hồ máy tính đang sai: chậm hơn giờ của máy chủ tỉnh {ahead}. Hãy chỉnh lại "
                        "ngày giờ của máy này (nhờ quản trị nếu cần); dữ liệu vẫn được lưu và đồng bộ bình "
                        "thường."))
        label.setText(text.format(ahead=ahead))

    def _show_buttons(self) -> None:
        v, enrolled = self.view, bool(self.facts and self.facts.enrolled)
        v.sync_now.setEnabled(enrolled and not self.running)
        v.sync_now.setToolTip("" if enrolled else self.tr("Máy này chưa được đăng ký với máy chủ tỉnh."))
        v.auto.setEnabled(enrolled)
        v.enrol_button.setEnabled(not self.running)

    def _show_conflicts(self, found: tuple[ConflictRow, ...]) -> None:
        v = self.view
        v.conflicts_model.set_rows(found)
        fit_columns(v.conflicts, 520, stretch=v.conflicts_model.FIELDS)  # headers whole even with no rows
        if found:
            v.conflicts_title.setText(self.tr("Xung đột cần chọn bản giữ lại: {n}").format(n=len(found)))
            select_row(v.conflicts, 0)
        else:
            v.conflicts_title.setText(self.tr("Không có xung đột nào cần chọn."))
        v.resolve_button.setEnabled(bool(found))

    def _on_load_failed(self, exc: BaseException) -> None:
        self._show_error(plain_sync_error(exc))

    def _show_error(self, text: str) -> None:
        self.view.error.setText(text)
        self.view.error.setVisible(bool(text))

    # -- one sync run ---------------------------------------------------------------------------------------------

    def _on_sync_now(self) -> None:
        self._start_sync()

    def _start_sync(self) -> None:
        if self.running:
            return
        self.running = True
        v = self.view
        self._show_error("")
        v.result.clear()
        v.progress.show()
        v.cancel_sync.setEnabled(True)
        v.cancel_sync.show()
        v.phase.setText(self.tr("Đang gửi thay đổi và nhận dữ liệu mới từ máy chủ tỉnh…"))
        self._show_buttons()
        ctx, options = self.ctx, self.engine_options
        self.run_op = self.session.net.run_cancellable(
            lambda token: SyncEngine(ctx, cancel=token, **options).run(), self._on_synced, self._on_sync_failed)

    def _on_cancel(self) -> None:
        if self.run_op is None:
            return
        self.run_op.cancel()  # the engine stops at its next check, within about a second
        self.view.cancel_sync.setEnabled(False)
        self.view.phase.setText(self.tr("Đang dừng đồng bộ…"))

    def _finish_run(self) -> None:
        self.running = False
        self.run_op = None
        self.view.progress.hide()
        self.view.cancel_sync.hide()
        self.view.phase.clear()
        self._show_buttons()

    def _on_synced(self, report: SyncReport) -> None:
        self._finish_run()
        sent, got = report.push.sent, report.pull.rows + report.pull.catalogue
        if report.cancelled:  # not a failure: the next automatic run comes at its usual time
            text = self.tr("Đã hủy đồng bộ. Những gì đã gửi ({sent}) và đã nhận ({got}) vẫn được giữ; lần đồng bộ "
                           "sau sẽ làm tiếp.").format(sent=sent, got=got)
        else:
            self.failures = 0
            text = self.tr("Đồng bộ xong: đã gửi {sent} thay đổi, nhận {got} thay đổi.").format(sent=sent, got=got)
        if report.push.conflicts + report.pull.conflicts:
            text += " " + self.tr("Có xung đột cần chọn bản giữ lại (xem bên dưới).")
        self.view.result.setText(text)
        # Sent rows learn their server version and pulled ones change what other pages show; an idle run (the
        # automatic one, most often) leaves them be.
        moved = report.push.sent or report.pull.rows or report.pull.catalogue or report.pull.conflicts
        self._announce((SYNC, *(DATA_TOPICS if moved else ())))

    def _on_sync_failed(self, exc: BaseException) -> None:
        self._finish_run()
        self.failures += 1
        self._show_error(plain_sync_error(exc))
        self.refresh()  # a run cut halfway has still sent some changes

    def _announce(self, topics: tuple[str, ...]) -> None:
        self._announcing = True
        try:
            for topic in topics:
                self.session.changed(topic)
        finally:
            self._announcing = False
        self.refresh()

    # -- automatic sync -------------------------------------------------------------------------------------------

    def _on_auto_toggled(self, on: bool) -> None:
        try:
            _auto_path(self.ctx).write_text(json.dumps({"auto": on}), encoding="utf-8")
        except OSError as exc:
            self._show_error(plain_sync_error(exc))
        if self.facts is not None:
            self.facts = replace(self.facts, auto=on)
        self.failures = 0
        self._schedule()

    def _schedule(self) -> None:
        """Arm the timer for the next automatic run: the usual interval, or the backoff after failures."""
        facts = self.facts
        if facts is None or not (facts.enrolled and facts.auto):
            self.timer.stop()
            self.view.auto_note.clear()
            return
        wait = self.interval_ms if self.failures == 0 else self.backoff(self.failures)
        self.timer.start(wait)
        minutes = max(1, round(wait / 60_000))
        if self.failures:
            self.view.auto_note.setText(self.tr("Chưa đồng bộ được; sẽ thử lại sau khoảng {n} phút.")
                                        .format(n=minutes))
        else:
            self.view.auto_note.clear()

    def _on_auto_tick(self) -> None:
        facts = self.facts
        if facts is None or not (facts.enrolled and facts.auto):
            return
        if self.running:  # a run the officer started is under way; try again after the usual wait
            self._schedule()
            return
        self._start_sync()

    # -- enrolment and conflicts ----------------------------------------------------------------------------------

    def _on_enrol(self) -> None:
        if not self.session.can("manage_accounts"):
            return
        dialog = EnrolDialog(self.ctx, self.session.net, self.facts.server_url if self.facts else "",
                             parent=self.view)
        dialog.saved.connect(lambda _creds: self._announce((SYNC,)))
        self.open_dialog(dialog)

    def _on_resolve(self) -> None:
        index = self.view.conflicts.currentIndex()
        row: ConflictRow | None = self.view.conflicts_model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        info = row.info
        ours = self.facts.sync_device_id if self.facts else ""
        # "This PC's version" is the client side only on the PC whose push met the conflict; elsewhere it is the
        # server side. A conflict from before the id was kept is shown as met here.
        hit_by = info.device_id or None
        ctx = self.ctx
        dialog = ConflictDialog(row, hit_by is None or hit_by == ours,
                                lambda choice, note: conflicts.resolve(ctx, info.id, choice, note), self.view)
        dialog.resolved.connect(lambda _info: self._announce((SYNC, DOSSIERS)))
        self.open_dialog(dialog)


def create_sync_page(session: AppSession, **options: Any) -> SyncPageController:
    """`options` (engine_options, backoff, interval_ms) let tests run without waiting; the app passes none."""
    return SyncPageController(SyncPageView(AUTO_MINUTES), session, **options)
