"""The Đồng bộ page as it stands before the sync client exists: what this PC holds for the province (changes
waiting to be sent), its device id, and when it last synced. Enrolment and sync controls join it with sync work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.sync_status import SyncStatus, sync_status
from desktop.ui.errors import message_of
from desktop.ui.pages.base import PageController
from desktop.ui.session import CATALOGUE, DOSSIERS, EQUIPMENT, OFFICERS, SYNC, TRAINING, AppSession


class SyncPageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = QLabel()
        self.last_sync = QLabel()
        self.pending = QLabel()
        self.pending.setObjectName("pendingCount")
        self.device = QLabel()
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self.tr("Mọi thay đổi được lưu ngay trên máy này và chờ gửi lên máy chủ tỉnh; "
                                   "không có gì bị mất khi mất mạng."))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ tỉnh"), self.server)
        form.addRow(self.tr("Đồng bộ lần cuối"), self.last_sync)
        form.addRow(self.tr("Thay đổi chờ gửi"), self.pending)
        form.addRow(self.tr("Mã thiết bị"), self.device)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)


class SyncPageController(PageController):
    topics = (SYNC, DOSSIERS, TRAINING, EQUIPMENT, CATALOGUE, OFFICERS)

    def __init__(self, view: SyncPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: SyncPageView = view

    def refresh(self) -> None:
        ctx = self.ctx
        self.session.runner.run(lambda: sync_status(ctx), self._show, self._failed)

    def _show(self, status: SyncStatus) -> None:
        v = self.view
        v.server.setText(status.server_url or self.tr("Chưa đăng ký với máy chủ tỉnh"))
        v.last_sync.setText(f"{status.last_sync_at:%d/%m/%Y %H:%M}" if status.last_sync_at else self.tr("Chưa lần nào"))
        v.pending.setText(f"{status.pending:,}".replace(",", "."))
        v.device.setText(status.device_id)

    def _failed(self, exc: BaseException) -> None:
        self.view.note.setText(message_of(exc))


def create_sync_page(session: AppSession) -> SyncPageController:
    return SyncPageController(SyncPageView(), session)
