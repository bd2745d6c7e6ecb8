"""Recording what happened to a device (status change, maintenance, repair, outage, audit) and ending an outage."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.services.equipment import EquipmentEventInfo, EquipmentInfo, end_outage, record_event
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.models.equipment_tables import moment_text
from desktop.ui.session import AppSession
from desktop.ui.widgets.datetime_entry import DateTimeEntry
from desktop.ui.widgets.inputs import code_combo, fill_combo

MAX_COST = 2_000_000_000  # đồng; a QSpinBox holds a 32-bit int
COSTLY = ("maintenance", "repair")  # the kinds that usually cost money
MOVING = ("status_change", "repair")  # the kinds that may change the status
LINK_KINDS = ("network_link", "router")  # devices whose usual event is an outage


def time_edit(value: datetime, field: str) -> DateTimeEntry:
    """A local date and time to the minute, typed or picked from a calendar (F4)."""
    return DateTimeEntry(value, field, last_year=value.year + 1)


class EquipmentEventDialog(FormDialog):
    """One event for `info`; the fields shown follow the kind of event. `saved` carries the EquipmentEventInfo."""

    def __init__(self, session: AppSession, info: EquipmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ghi sự kiện: {tag}").format(tag=info.asset_tag), parent)
        self.setObjectName("equipmentEventDialog")
        self.ctx = session.ctx
        self.info = info
        now = self.ctx.local_now()
        self.form.addRow(self.tr("Thiết bị"), QLabel(self.tr("{tag} · {kind} · {status}").format(
            tag=info.asset_tag, kind=labels.label(labels.EQUIPMENT_KIND, info.kind),
            status=labels.label(labels.EQUIPMENT_STATUS, info.status))))
        usual = "outage" if info.kind in LINK_KINDS else "status_change"
        self.kind = self.add_field("kind", self.tr("Loại sự kiện"),
                                   code_combo(labels.EQUIPMENT_EVENT, usual))
        self.to_status = self.add_field("to_status", self.tr("Tình trạng mới"), QComboBox())
        self.to_status.addItem("", None)  # its text follows the kind: "choose" or "unchanged"
        fill_combo(self.to_status, labels.EQUIPMENT_STATUS)
        self.at = self.add_field("at", self.tr("Thời điểm"), time_edit(now, "at"))
        self.ended = QCheckBox(self.tr("Đã có kết nối lại lúc"))
        self.ended_at = time_edit(now, "ended_at")
        self.ended_at.setEnabled(False)
        self.ended.toggled.connect(self.ended_at.setEnabled)
        end_row = QWidget()
        end_row.setFocusProxy(self.ended)
        row_layout = QHBoxLayout(end_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.ended)
        row_layout.addWidget(self.ended_at, 1)
        self.end_row = self.add_field("ended_at", self.tr("Kết thúc"), end_row)
        self.cost = self.add_field("cost", self.tr("Chi phí"), QSpinBox())
        self.cost.setRange(0, MAX_COST)
        self.cost.setSingleStep(50_000)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setSuffix(" đ")
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        self.note.setMinimumWidth(360)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def event_kind(self) -> str:
        return str(self.kind.currentData())

    def _on_kind_changed(self, *_args: object) -> None:
        kind = self.event_kind()
        self.form.setRowVisible(self.to_status, kind in MOVING)
        self.form.setRowVisible(self.end_row, kind == "outage")
        self.form.setRowVisible(self.cost, kind in COSTLY)
        self.to_status.setItemText(0, self.tr("— Chọn tình trạng mới —") if kind == "status_change"
                                   else self.tr("Giữ nguyên tình trạng"))
        at_label = self.form.labelForField(self.at)
        if isinstance(at_label, QLabel):
            at_label.setText(self.tr("Bắt đầu") if kind == "outage" else self.tr("Thời điểm"))
        self.adjustSize()

    def save(self) -> EquipmentEventInfo:
        kind = self.event_kind()
        return record_event(
            self.ctx, self.info.asset_tag, kind, at=self.at.value(),
            ended_at=self.ended_at.value() if kind == "outage" and self.ended.isChecked() else None,
            to_status=self.to_status.currentData() if kind in MOVING else None,
            cost=self.cost.value() if kind in COSTLY else 0, note=self.note.text())


class EndOutageDialog(FormDialog):
    """Closes an outage still going on: the officer says when the connection came back."""

    def __init__(self, session: AppSession, outage: EquipmentEventInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kết thúc mất kết nối: {tag}").format(tag=outage.asset_tag), parent)
        self.setObjectName("endOutageDialog")
        self.setMinimumWidth(420)  # room for the title with the asset tag
        self.ctx = session.ctx
        self.outage = outage
        self.form.addRow(self.tr("Bắt đầu"), QLabel(moment_text(outage.at)))
        if outage.note:
            self.form.addRow(self.tr("Ghi chú"), QLabel(outage.note))
        self.ended_at = self.add_field("ended_at", self.tr("Có kết nối lại lúc"),
                                       time_edit(self.ctx.local_now(), "ended_at"))

    def save(self) -> EquipmentEventInfo:
        return end_outage(self.ctx, self.outage.id, self.ended_at.value())
