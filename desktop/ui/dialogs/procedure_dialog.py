"""The add / edit form of one procedure of the catalogue: code, name, field, statutory time, fee, online level, and
the papers it asks for (pre-filled on the receipt slip)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from desktop.services.catalogue import add_procedure, edit_procedure
from desktop.services.dto import FieldInfo, ProcedureInfo
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.session import AppSession
from desktop.ui.widgets.inputs import code_combo

MAX_DAYS = 365  # the service's own bound
MAX_FEE = 100_000_000  # VND; far above any commune-level fee, so a slipped extra zero still fits the box


class ProcedureDialog(FormDialog):
    """New procedure when `info` is None, otherwise edits it (the code is fixed once created: dossiers cite it).

    The field box lists the catalogue's fields; a name typed that is not there yet becomes a new field.
    `saved` carries the service's ProcedureInfo.
    """

    def __init__(self, session: AppSession, fields: list[FieldInfo], info: ProcedureInfo | None = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Thêm thủ tục") if info is None
                 else self.tr("Sửa thủ tục {code}").format(code=info.code))
        super().__init__(title, parent)
        self.setObjectName("procedureDialog")
        self.setMinimumWidth(760)  # procedure names are long: let most of one show
        self.ctx = session.ctx
        self.info = info
        self.code = self.add_field("code", self.tr("Mã thủ tục"), QLineEdit(info.code if info else ""))
        self.code.setPlaceholderText(self.tr("VD: 1.001193 (mã trên Cổng dịch vụ công)"))
        self.code.setMaxLength(64)
        self.code.setReadOnly(info is not None)
        if info is not None:
            self.code.setToolTip(self.tr("Mã thủ tục không sửa được vì hồ sơ đã tiếp nhận dùng mã này."))
            self.code.setStyleSheet("QLineEdit { background: palette(window); }")  # looks as fixed as it is
        self.name = self.add_field("name", self.tr("Tên thủ tục"), QLineEdit(info.name if info else ""))
        self.name.setMaxLength(500)
        self.name.setCursorPosition(0)  # a long name shows its beginning
        self.field = self.add_field("field", self.tr("Lĩnh vực"), QComboBox())
        self.field.setEditable(True)
        self.field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for f in fields:
            self.field.addItem(f.name, f.code)
        self.field.lineEdit().setPlaceholderText(self.tr("Chọn hoặc gõ tên lĩnh vực mới"))
        if info is not None:
            self.field.setCurrentIndex(self.field.findData(info.field_code))
        else:
            self.field.setCurrentIndex(-1)
        self.days = self.add_field("statutory_days", self.tr("Thời hạn giải quyết"), QSpinBox())
        self.days.setRange(0, MAX_DAYS)
        self.days.setSuffix(self.tr(" ngày làm việc"))
        self.days.setSpecialValueText(self.tr("Trong ngày"))  # 0: received after 15:00 → next working day
        self.days.setValue(info.statutory_days if info else 0)
        self.days.setToolTip(self.tr("0 = giải quyết trong ngày (nhận sau 15 giờ thì trả ngày làm việc tiếp theo)"))
        self.fee = self.add_field("fee", self.tr("Lệ phí"), QSpinBox())
        self.fee.setRange(0, MAX_FEE)
        self.fee.setSingleStep(1000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(self.tr(" đồng"))
        self.fee.setSpecialValueText(self.tr("Miễn phí"))
        self.fee.setValue(info.fee if info else 0)
        self.online_level = self.add_field("online_level", self.tr("Dịch vụ công trực tuyến"),
                                           code_combo(labels.ONLINE_LEVEL, info.online_level if info else "partial"))
        self.boundary_free = self.add_field("boundary_free", "", QCheckBox(
            self.tr("Tiếp nhận không phụ thuộc địa giới hành chính")))
        self.boundary_free.setChecked(info.boundary_free if info else False)
        self.documents = self.add_field("documents", self.tr("Thành phần hồ sơ"),
                                        QPlainTextEdit(info.documents if info else ""))
        self.documents.setPlaceholderText(self.tr("Mỗi giấy tờ một dòng, vd. Giấy chứng sinh (bản sao)"))
        self.documents.setToolTip(self.tr("In sẵn vào bảng giấy tờ của phiếu tiếp nhận hồ sơ"))
        self.documents.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.documents.setFixedHeight(self.documents.fontMetrics().lineSpacing() * 5 + 12)
        self.active = self.add_field("active", "", QCheckBox(self.tr("Đang áp dụng")))
        self.active.setChecked(info.active if info else True)
        self.form.setRowVisible(self.active, info is not None)  # a new procedure is always in force
        if info is not None:
            self.name.setFocus()  # the code cannot change

    def field_text(self) -> str:
        """The chosen field's code, or the name as typed when it is not one of the list's names."""
        typed = self.field.currentText().strip()
        index = self.field.findText(typed)
        return str(self.field.itemData(index)) if index >= 0 else typed

    def save(self) -> ProcedureInfo:
        values: dict[str, object] = {
            "name": self.name.text(), "field": self.field_text(), "statutory_days": self.days.value(),
            "fee": self.fee.value(), "online_level": self.online_level.currentData(),
            "boundary_free": self.boundary_free.isChecked(), "documents": self.documents.toPlainText(),
        }
        if self.info is None:
            return add_procedure(self.ctx, self.code.text(), **values)  # type: ignore[arg-type]
        values["active"] = self.active.isChecked()
        current = {"name": self.info.name, "field": self.info.field_code, "statutory_days": self.info.statutory_days,
                   "fee": self.info.fee, "online_level": self.info.online_level,
                   "boundary_free": self.info.boundary_free, "active": self.info.active,
                   "documents": self.info.documents}
        # Only what the officer changed, so the audit log says exactly that.
        return edit_procedure(self.ctx, self.info.code, **{k: v for k, v in values.items() if v != current[k]})
