"""The add / edit form of one device: asset tag, kind, model, where it is, who uses it, dates and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.services.equipment import EquipmentInfo, add_equipment, edit_equipment
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.session import AppSession
from desktop.ui.widgets.inputs import DayEdit, code_combo


class EquipmentDialog(FormDialog):
    """New device when `info` is None, otherwise edits it; `saved` carries the service's EquipmentInfo.

    The status is chosen only for a new device: later it changes through a recorded event, so history is kept.
    """

    def __init__(self, session: AppSession, info: EquipmentInfo | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Thêm thiết bị") if info is None else self.tr("Sửa thiết bị {tag}").format(tag=info.asset_tag)
        super().__init__(title, parent)
        self.setObjectName("equipmentDialog")
        self.ctx = session.ctx
        self.info = info
        self.asset_tag = self.add_field("asset_tag", self.tr("Mã tài sản"), QLineEdit(info.asset_tag if info else ""))
        self.asset_tag.setPlaceholderText(self.tr("VD: TB-MT-001 (chữ không dấu, số, . / -)"))
        self.asset_tag.setMaxLength(64)
        self.kind = self.add_field("kind", self.tr("Loại thiết bị"),
                                   code_combo(labels.EQUIPMENT_KIND, info.kind if info else "pc"))
        self.model = self.add_field("model", self.tr("Model"), QLineEdit(info.model if info else ""))
        self.model.setPlaceholderText(self.tr("Hãng, đời máy"))
        self.serial = self.add_field("serial", self.tr("Số sê-ri"), QLineEdit(info.serial if info else ""))
        self.location = self.add_field("location", self.tr("Vị trí"), QLineEdit(info.location if info else ""))
        self.assigned_to = self.add_field("assigned_to", self.tr("Người sử dụng"),
                                          QLineEdit(info.assigned_to if info else ""))
        self.acquired_on = self.add_field("acquired_on", self.tr("Ngày đưa vào sử dụng"),
                                          DayEdit(info.acquired_on if info else None))
        if info is None:
            self.status: QComboBox | QLabel = self.add_field(
                "status", self.tr("Tình trạng"), code_combo(labels.EQUIPMENT_STATUS, "in_use"))
        else:
            self.status = self.add_field("status", self.tr("Tình trạng"), QLabel(
                self.tr("{status} (đổi bằng “Ghi sự kiện”)").format(
                    status=labels.label(labels.EQUIPMENT_STATUS, info.status))))
        self.certificate_expiry = self.add_field("certificate_expiry", self.tr("Hạn chứng thư số"),
                                                 DayEdit(info.certificate_expiry if info else None))
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit(info.note if info else ""))
        for edit in (self.model, self.serial, self.location, self.assigned_to, self.note):
            edit.setMinimumWidth(360)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _is_token(self) -> bool:
        return self.kind.currentData() == "signature_token"

    def _on_kind_changed(self, *_args: object) -> None:
        # Only a signature token has a certificate; other kinds do not even show the row.
        self.form.setRowVisible(self.certificate_expiry, self._is_token())

    def save(self) -> EquipmentInfo:
        values = {"kind": self.kind.currentData(), "model": self.model.text(), "serial": self.serial.text(),
                  "location": self.location.text(), "assigned_to": self.assigned_to.text(),
                  "acquired_on": self.acquired_on.value(),
                  "certificate_expiry": self.certificate_expiry.value() if self._is_token() else None,
                  "note": self.note.text()}
        if self.info is None:
            assert isinstance(self.status, QComboBox)
            return add_equipment(self.ctx, self.asset_tag.text(), status=self.status.currentData(), **values)
        return edit_equipment(self.ctx, self.info.asset_tag, asset_tag=self.asset_tag.text(), **values)
