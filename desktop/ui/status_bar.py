"""The status bar: commune, who is logged in, sync state, overdue dossiers, and a busy indicator for background work."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from desktop.services.dossier_queries import DossierQuery, count_dossiers
from desktop.services.dto import CommuneInfo
from desktop.services.sync_status import SyncStatus, sync_status
from desktop.ui.labels import ROLE, label
from desktop.ui.session import DOSSIERS, SYNC, AppSession

REFRESH_MS = 10 * 60 * 1000  # the overdue count also moves when the day turns, without any edit
BACKGROUND = -1  # the status bar's counts wait behind the page the officer is looking at


class StatusBarController(QObject):
    def __init__(self, bar: QStatusBar, session: AppSession, commune: CommuneInfo) -> None:
        super().__init__(bar)
        self.session = session
        self.commune = QLabel(commune.name)
        user = session.user
        self.user = QLabel(self.tr("{name} ({role})").format(name=user.full_name, role=label(ROLE, user.role))
                           if user is not None else "")
        self.sync = QLabel()
        self.overdue = QLabel()
        self.overdue.setObjectName("overdueCount")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: "working", not a percentage
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.busy.setToolTip(self.tr("Đang xử lý…"))
        for widget in (self.commune, self.user, self.sync, self.overdue):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.busy)
        session.runner.busy_changed.connect(self.busy.setVisible)
        session.data_changed.connect(self._on_data_changed)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        ctx = self.session.ctx
        runner = self.session.runner
        runner.run(lambda: count_dossiers(ctx, DossierQuery(overdue=True)), self._show_overdue, priority=BACKGROUND)
        runner.run(lambda: sync_status(ctx), self._show_sync, priority=BACKGROUND)

    def _on_data_changed(self, topic: str) -> None:
        if topic in (DOSSIERS, SYNC):
            self.refresh()

    def _show_overdue(self, count: int) -> None:
        self.overdue.setText(self.tr("Quá hạn: {n} hồ sơ").format(n=count))
        self.overdue.setStyleSheet("color: #b00020; font-weight: 600;" if count else "")

    def _show_sync(self, status: SyncStatus) -> None:
        if status.last_sync_at is None:
            text = self.tr("Ngoại tuyến · chưa đồng bộ lần nào")
        else:
            text = self.tr("Đồng bộ lần cuối {time}").format(time=f"{status.last_sync_at:%d/%m/%Y %H:%M}")
        if status.pending:
            text += self.tr(" · {n} thay đổi chờ gửi").format(n=status.pending)
        if status.rejected:
            text += self.tr(" · {n} thay đổi bị máy chủ từ chối").format(n=status.rejected)
        self.sync.setText(text)
