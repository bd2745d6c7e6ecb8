"""The Đồng bộ page's widgets: where this PC syncs to, what waits to be sent, the run button with its progress and
its cancel button, the automatic sync switch, warnings in plain words, and the conflicts waiting for a person's
choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.conflict_table import ConflictTableModel
from desktop.ui.widgets.record_table_view import record_table_view

ERROR_STYLE = "color: #b00020; font-weight: 600;"
WARNING_STYLE = "background: #fff4e5; color: #7a4100; border: 1px solid #f0b46a; padding: 6px; font-weight: 600;"


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPageView(QWidget):
    def __init__(self, auto_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setObjectName("syncError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("clockWarning")
        self.clock_warning.setWordWrap(True)
        self.clock_warning.setStyleSheet(WARNING_STYLE)
        self.clock_warning.hide()

        self.server = _value_label("serverUrl")
        self.enrol_button = QPushButton(self.tr("Đăng ký máy…"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_note = QLabel()
        self.enrol_note.setObjectName("enrolNote")
        server_row = QHBoxLayout()
        server_row.addWidget(self.server)
        server_row.addWidget(self.enrol_button)
        server_row.addWidget(self.enrol_note)
        server_row.addStretch(1)
        self.device = _value_label("deviceId")
        self.last_sync = _value_label("lastSync")
        self.pending = _value_label("pendingCount")
        self.rejected = _value_label("rejectedCount")
        self.rejected.setToolTip(self.tr("Thay đổi máy chủ tỉnh không nhận; lý do được ghi lại để quản trị xem."))
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ tỉnh"), server_row)
        form.addRow(self.tr("Mã máy đã đăng ký"), self.device)
        form.addRow(self.tr("Đồng bộ thành công lần cuối"), self.last_sync)
        form.addRow(self.tr("Thay đổi chờ gửi"), self.pending)
        form.addRow(self.tr("Thay đổi bị từ chối"), self.rejected)
        status_box = QGroupBox(self.tr("Tình trạng đồng bộ"))
        status_box.setLayout(form)

        self.sync_now = QPushButton(self.tr("Đồng bộ ngay"))
        self.sync_now.setObjectName("syncNow")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 0)  # the engine reports no steps: a busy bar while it runs
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(220)
        self.progress.hide()
        self.cancel_sync = QPushButton(self.tr("Hủy đồng bộ"))
        self.cancel_sync.setObjectName("cancelSync")
        self.cancel_sync.setToolTip(self.tr("Dừng lần đồng bộ này; những gì đã gửi và nhận vẫn được giữ."))
        self.cancel_sync.hide()
        self.phase = QLabel()
        self.phase.setObjectName("syncPhase")
        self.result = QLabel()
        self.result.setObjectName("syncResult")
        self.result.setWordWrap(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.sync_now)
        run_row.addWidget(self.progress)
        run_row.addWidget(self.cancel_sync)
        run_row.addWidget(self.phase)
        run_row.addWidget(self.result, 1)
        self.auto = QCheckBox(self.tr("Tự động đồng bộ mỗi {n} phút khi máy đã đăng ký").format(n=auto_minutes))
        self.auto.setObjectName("autoSync")
        self.auto_note = QLabel()
        self.auto_note.setObjectName("autoNote")
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.auto)
        auto_row.addWidget(self.auto_note, 1)
        # Without any signal, the same changes travel on a USB stick as a signed bundle file.
        self.export_bundle = QPushButton(self.tr("Xuất gói USB…"))
        self.export_bundle.setObjectName("exportBundle")
        self.import_bundle = QPushButton(self.tr("Nhập gói USB của tỉnh…"))
        self.import_bundle.setObjectName("importBundle")
        self.bundle_result = QLabel()
        self.bundle_result.setObjectName("bundleResult")
        self.bundle_result.setWordWrap(True)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.export_bundle)
        bundle_row.addWidget(self.import_bundle)
        bundle_row.addWidget(self.bundle_result, 1)

        self.conflicts_title = QLabel()
        self.conflicts_title.setObjectName("conflictsTitle")
        self.conflicts_title.setStyleSheet("font-weight: 600;")
        self.conflicts_model = ConflictTableModel(self)
        self.conflicts = record_table_view()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setModel(self.conflicts_model)
        self.resolve_button = QPushButton(self.tr("Xem và chọn bản giữ lại…"))
        self.resolve_button.setObjectName("resolveButton")
        conflicts_head = QHBoxLayout()
        conflicts_head.addWidget(self.conflicts_title, 1)
        conflicts_head.addWidget(self.resolve_button)

        self.note = QLabel(self.tr("Mọi thay đổi được lưu ngay trên máy này và chờ gửi lên máy chủ tỉnh; "
                                   "không có gì bị mất khi mất mạng."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.clock_warning)
        layout.addWidget(status_box)
        layout.addLayout(run_row)
        layout.addLayout(auto_row)
        layout.addLayout(bundle_row)
        layout.addLayout(conflicts_head)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.note)
        QWidget.setTabOrder(self.sync_now, self.cancel_sync)
        QWidget.setTabOrder(self.cancel_sync, self.auto)
        QWidget.setTabOrder(self.auto, self.export_bundle)
        QWidget.setTabOrder(self.export_bundle, self.import_bundle)
        QWidget.setTabOrder(self.import_bundle, self.conflicts)
        QWidget.setTabOrder(self.conflicts, self.resolve_button)
        QWidget.setTabOrder(self.resolve_button, self.enrol_button)
