"""“Sửa đơn vị…”: an administrator corrects the unit chosen at setup (province, unit from the official list), as long
as this PC has not exchanged data with the province yet. The service moves every record and audits the change."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.errors import ValidationError
from desktop.services import setup
from desktop.services.dto import CommuneInfo
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.session import AppSession
from desktop.ui.widgets.search_list import SearchList


class UnitDialog(FormDialog):
    """`saved` carries the corrected CommuneInfo. The current province is kept; the unit must be chosen anew."""

    def __init__(self, session: AppSession, current: CommuneInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa đơn vị hành chính"), parent)
        self.setObjectName("unitDialog")
        self.ctx = session.ctx
        self.current = current
        self.form.addRow(self.tr("Hiện tại"), QLabel(self.tr("{name} (mã {code}), {province}").format(
            name=current.name, code=current.code, province=current.province_name)))
        self.province = self.add_field("province_code", self.tr("Tỉnh/thành phố"),
                                       SearchList(self.tr("Ví dụ: quang ninh")))
        self.province.set_entries(setup.provinces())
        self.commune = self.add_field("commune_code", self.tr("Đơn vị đúng"), SearchList(self.tr("Ví dụ: hai ninh")))
        for picker in (self.province, self.commune):
            picker.list.setMinimumHeight(110)
            picker.setMinimumWidth(420)
        note = QLabel(self.tr("Mọi hồ sơ, sổ sách đã nhập trên máy này sẽ chuyển sang đơn vị mới. Việc sửa được ghi "
                              "vào nhật ký."))
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.province.picked.connect(self._fill_units)
        self.province.choose(current.province_code)
        self.commune.edit.setFocus()
        self.save_button.setText(self.tr("Sửa đơn vị"))

    def _fill_units(self, *_args: object) -> None:
        code = self.province.code()
        self.commune.set_entries(setup.official_units(code) if code else [])

    def save(self) -> CommuneInfo:
        if not self.province.code():
            raise ValidationError("province_code.required", field="province_code")
        if not self.commune.code():
            raise ValidationError("commune_code.required", field="commune_code")
        return setup.correct_commune(self.ctx, self.province.code(), self.commune.code())
