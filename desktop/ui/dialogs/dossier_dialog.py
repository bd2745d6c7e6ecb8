"""The receive / edit form of one dossier: procedure, applicant, channel, time of receipt, and the live due date."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from desktop.domain import lifecycle
from desktop.domain.errors import DomainError
from desktop.domain.messages import Phrase
from desktop.services.dossiers import DossierInput, edit_dossier, preview_due_date, register_dossier
from desktop.services.dto import DossierDetail, DossierInfo
from desktop.services.errors import required
from desktop.services.index766 import dossier_marks
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import message_of
from desktop.ui.session import AppSession
from desktop.ui.widgets.datetime_entry import DateTimeEntry
from desktop.ui.widgets.inputs import code_combo
from desktop.ui.widgets.marks766 import MarksRow
from desktop.ui.widgets.procedure_picker import ProcedurePicker

FIELD_WIDTH = 420
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("DossierDialog", "Thứ Hai"), QT_TRANSLATE_NOOP("DossierDialog", "Thứ Ba"),
    QT_TRANSLATE_NOOP("DossierDialog", "Thứ Tư"), QT_TRANSLATE_NOOP("DossierDialog", "Thứ Năm"),
    QT_TRANSLATE_NOOP("DossierDialog", "Thứ Sáu"), QT_TRANSLATE_NOOP("DossierDialog", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("DossierDialog", "Chủ nhật"),
)


def day_with_weekday(day: date) -> str:
    """"14/12/2026 (Thứ Hai)": the officer tells the citizen the weekday of the appointment too."""
    weekday = QCoreApplication.translate("DossierDialog", _WEEKDAYS[day.weekday()])
    return f"{day:%d/%m/%Y} ({weekday})"


class DossierDialog(FormDialog):
    """A new dossier when `detail` is None, otherwise edits it; `saved` carries the service's DossierInfo.

    The due date is recomputed by the service as the procedure or the time of receipt change, with the same rule
    registration uses, so what the officer reads to the citizen is what gets stored.
    """

    def __init__(self, session: AppSession, detail: DossierDetail | None = None,
                 parent: QWidget | None = None) -> None:
        info = detail.dossier if detail else None
        title = self.tr("Tiếp nhận hồ sơ mới") if info is None else self.tr("Sửa hồ sơ {code}").format(code=info.code)
        super().__init__(title, parent)
        self.setObjectName("dossierDialog")
        self.ctx = session.ctx
        self.detail = detail
        self.procedure = self.add_field("procedure", self.tr("Thủ tục"), ProcedurePicker(self.ctx))
        received = info.received_at if info else self.ctx.local_now()
        self._initial_received = received.replace(second=0, microsecond=0)
        self.received_at = self.add_field("received_at", self.tr("Thời điểm tiếp nhận"), DateTimeEntry(
            received, "received_at", last_year=self.ctx.local_now().year + 1))
        self.due = QLabel()
        self.due.setObjectName("dueDate")
        self.due.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Ngày hẹn trả"), self.due)
        self.applicant_name = self.add_field("applicant_name", self.tr("Họ tên người nộp"),
                                             QLineEdit(info.applicant_name if info else ""))
        self.id_number = self.add_field("id_number", self.tr("Số CCCD/CMND"),
                                        QLineEdit(detail.applicant_id_number if detail else ""))
        self.id_number.setPlaceholderText(self.tr("12 số CCCD hoặc 9 số CMND cũ; có thể để trống"))
        self.id_number.setMaxLength(20)
        self.phone = self.add_field("phone", self.tr("Điện thoại"), QLineEdit(detail.applicant_phone if detail else ""))
        self.phone.setMaxLength(20)
        self.email = self.add_field("email", self.tr("Thư điện tử"),
                                    QLineEdit(detail.applicant_email if detail else ""))
        self.address = self.add_field("address", self.tr("Địa chỉ"),
                                      QLineEdit(detail.applicant_address if detail else ""))
        self.channel = self.add_field("channel", self.tr("Kênh tiếp nhận"),
                                      code_combo(labels.CHANNEL, info.channel if info else "direct"))
        self.boundary_free = self.add_field("boundary_free", "", QCheckBox(
            self.tr("Nộp không phụ thuộc địa giới hành chính (người nộp cư trú nơi khác)")))
        self.boundary_free.setChecked(bool(info and info.boundary_free))
        self.pending = QCheckBox(self.tr("Đăng ký trực tuyến, chưa tiếp nhận (trạng thái “Mới đăng ký”)"))
        if info is None:
            self.add_field("pending", "", self.pending)
        self.code = self.add_field("code", self.tr("Mã hồ sơ"), QLineEdit(info.code if info else ""))
        self.code.setPlaceholderText(self.tr("Để trống: phần mềm tự cấp mã"))
        self.code.setToolTip(self.tr("Nhập mã do hệ thống một cửa của tỉnh cấp, nếu có"))
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit(detail.note if detail else ""))
        self.marks = self.add_field("rating", self.tr("Chỉ số 766"),
                                    MarksRow(dossier_marks(self.ctx, info.code) if info else None))
        for widget in (self.procedure, self.received_at, self.applicant_name, self.id_number, self.phone, self.email,
                       self.address, self.channel, self.code, self.note):
            widget.setMinimumWidth(FIELD_WIDTH)
        if info is not None:
            self.procedure.set_procedure(info.procedure_code)
        self.procedure.picked.connect(self._update_due)
        self.received_at.changed.connect(self._update_due)
        self.pending.toggled.connect(self._update_due)
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        self._on_channel_changed()
        self._update_due()

    def _received_changed(self) -> bool:
        return self.received_at.moment() != self._initial_received

    def _keeps_due_date(self) -> bool:
        """An edit that the service leaves the due date alone for: a closed dossier, or nothing that moves it."""
        info = self.detail.dossier if self.detail else None
        if info is None:
            return False
        if not lifecycle.is_open(info.status) or info.status == lifecycle.Status.REGISTERED:
            return True
        chosen = self.procedure.procedure()  # not code(): that may complete what the officer is still typing
        return chosen is not None and chosen.code == info.procedure_code and not self._received_changed()

    def _update_due(self, *_args: object) -> None:
        info = self.detail.dossier if self.detail else None
        registered = info.status == lifecycle.Status.REGISTERED if info else self.pending.isChecked()
        if registered:
            self.due.setText(self.tr("Tính khi tiếp nhận hồ sơ"))
            return
        if self._keeps_due_date():
            assert info is not None
            self.due.setText(day_with_weekday(info.due_date) if info.due_date else "")
            return
        chosen = self.procedure.procedure()
        if chosen is None:
            self.due.setText(self.tr("Chọn thủ tục để tính"))
            return
        received = self.received_at.moment()
        if received is None:
            self.due.setText(self.tr("Nhập đúng thời điểm tiếp nhận để tính"))
            return
        try:
            due = preview_due_date(self.ctx, chosen.code, received)
        except DomainError as exc:
            self.due.setText(message_of(exc))
            return
        self.due.setText(day_with_weekday(due))

    def _on_channel_changed(self, *_args: object) -> None:
        # Only a dossier filed online can sit unaccepted in the "registered" state.
        online = self.channel.currentData() == "online"
        self.pending.setEnabled(online)
        if not online:
            self.pending.setChecked(False)

    def save(self) -> DossierInfo:
        info = self.detail.dossier if self.detail else None
        # The form's order, top to bottom: the procedure is asked for before the applicant's name.
        required(self.procedure.code(), "procedure", Phrase("label.procedure"))
        received: datetime | None = self.received_at.value()
        if info is not None and not self._received_changed():
            received = None  # untouched: keep the stored time to the second, and the due date with it
        data = DossierInput(
            procedure_code=self.procedure.code(), applicant_name=self.applicant_name.text(),
            channel=self.channel.currentData(), id_number=self.id_number.text(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.text(), boundary_free=self.boundary_free.isChecked(),
            received_at=received, code=self.code.text(), note=self.note.text(),
            pending=info is None and self.pending.isChecked(), marks=self.marks.marks())
        if info is None:
            return register_dossier(self.ctx, data)
        return edit_dossier(self.ctx, info.code, data)
