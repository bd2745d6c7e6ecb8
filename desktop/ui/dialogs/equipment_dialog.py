"""The add / edit form of one device: asset tag, kind, model, where it is, who uses it, dates and notes."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.services.equipment import EquipmentInfo, add_equipment, edit_equipment
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.session import AppSession

_DAY = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def parse_day(text: str) -> date | str | None:
    """dd/mm/yyyy → a date; empty → None. Anything else is handed on as typed, so the service refuses it with its
    own "invalid date" message under the field, like every other refused value."""
    if not text.strip():
        return None
    found = _DAY.match(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    return text.strip()


class DayEdit(QLineEdit):
    """A date typed as dd/mm/yyyy, or left empty when unknown (a date picker cannot say "not known")."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        if value is not None:
            self.setText(value.strftime("%d/%m/%Y"))

    def value(self) -> date | str | None:
        return parse_day(self.text())


def fill_combo(combo: QComboBox, table: dict, current: object = None) -> QComboBox:
    for text, code in labels.choices(table):
        combo.addItem(text, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def fields_first(dialog: FormDialog, fields: list[QWidget]) -> None:
    """Tab through the fields in form order, then Save / Cancel, and start in the first field.

    FormDialog makes its buttons before any field, so without this the focus would open on the Save button; an
    autoDefault button that loses the focus also stops being the one Enter presses.
    """
    fields = [field for field in fields if field.focusPolicy() != Qt.FocusPolicy.NoFocus]  # e.g. a read-only label
    for first, second in zip(fields, fields[1:], strict=False):
        QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(fields[-1], dialog.buttons)
    fields[0].setFocus(Qt.FocusReason.OtherFocusReason)


class FittingFormDialog(FormDialog):
    """A FormDialog that grows to show a refused value's message whole (a wrapped label is otherwise clipped)."""

    def accept(self) -> None:
        super().accept()
        if self.isVisible():
            self.adjustSize()


class EquipmentDialog(FittingFormDialog):
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
                                   fill_combo(QComboBox(), labels.EQUIPMENT_KIND, info.kind if info else "pc"))
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
                "status", self.tr("Tình trạng"), fill_combo(QComboBox(), labels.EQUIPMENT_STATUS, "in_use"))
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
        fields_first(self, [self.asset_tag, self.kind, self.model, self.serial, self.location, self.assigned_to,
                            self.acquired_on, self.status, self.certificate_expiry, self.note])

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
