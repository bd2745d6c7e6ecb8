"""One dossier on screen: its fields, its history, and the lifecycle steps its status allows (plus edit, remove)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import lifecycle
from desktop.services import audit
from desktop.services.dossier_views import progress_of
from desktop.services.dossiers import Decision, change_status, get_dossier, remove_dossier
from desktop.services.dto import DossierDetail, DossierInfo
from desktop.ui import labels
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.dossier_dialog import DossierDialog, day_with_weekday
from desktop.ui.dialogs.dossier_history import DossierEventsModel, day_text, earliest_next, moment_text
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import show_error
from desktop.ui.ops import Op
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.session import DOSSIERS, AppSession
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.datetime_entry import DateTimeEntry
from desktop.ui.widgets.inputs import code_combo, date_picker
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog, preview_form, preview_receipt

_LATER_STEPS = ("finished", "returned", "late_reason", "paused", "extension", "apology", "refusal", "forwarding",
                "closed")
# Actions whose form asks for a reason (printed on forms 03 and 04, or kept with the extension).
_NEEDS_REASON = (lifecycle.REFUSE, lifecycle.EXTEND, lifecycle.APOLOGISE)


class ActionDialog(FormDialog):
    """One lifecycle step: when (default now), a note, and why it is late when a late finish needs a reason.

    `earliest` is the first minute the step may be dated (the previous step's time): the form says so, and starts
    there when the previous step was dated a few minutes ahead of this PC's clock."""

    def __init__(self, session: AppSession, info: DossierInfo, action: str, parent: QWidget | None = None,
                 earliest: datetime | None = None) -> None:
        super().__init__(self.tr("{action} — hồ sơ {code}").format(action=labels.label(labels.ACTION, action),
                                                                  code=info.code), parent)
        self.setObjectName("dossierActionDialog")
        self.ctx = session.ctx
        self.info = info
        self.action = action
        self.form.addRow(self.tr("Hồ sơ"), QLabel(self.tr("{code} — {name}, hẹn trả {due}").format(
            code=info.code, name=info.applicant_name, due=day_text(info.due_date) or "—")))
        now = self.ctx.local_now().replace(second=0, microsecond=0)
        self._start = max(now, earliest) if earliest is not None else now
        self.at = self.add_field("at", self.tr("Thời điểm"), DateTimeEntry(self._start, "at", now.year + 1))
        if earliest is not None:
            hint = QLabel(self.tr("Không sớm hơn {earliest} (thao tác trước đó).")
                          .format(earliest=moment_text(earliest)))
            hint.setObjectName("earliest")
            self.form.addRow("", hint)
        self._untouched = self._start == now  # "now" to the second: never before the previous step
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        self.note.setMinimumWidth(380)
        self.late_reason = self.add_field("late_reason", self.tr("Lý do trễ hạn"), QLineEdit(info.late_reason))
        self.late_reason.setPlaceholderText(self.tr("Ghi vào văn bản xin lỗi và hẹn lại ngày trả"))
        # What the desk decides besides the time: shown only for the actions that need it.
        self.result = self.add_field("result", self.tr("Kết quả"), code_combo(labels.RESULT, ""))
        self.days = self.add_field("days", self.tr("Gia hạn thêm (ngày làm việc)"), QSpinBox())
        self.days.setRange(1, 30)
        self.new_date = self.add_field("new_date", self.tr("Ngày hẹn trả mới"), date_picker(
            max(self.ctx.today(), info.due_date) if info.due_date else self.ctx.today()))
        self.reason = self.add_field("reason", self.tr("Lý do"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("In trên phiếu giao cho công dân"))
        self.form.setRowVisible(self.result, action == lifecycle.FINISH)
        self.form.setRowVisible(self.days, action == lifecycle.EXTEND)
        self.form.setRowVisible(self.new_date, action == lifecycle.APOLOGISE)
        self.at.changed.connect(self._on_time_changed)
        self.result.currentIndexChanged.connect(self._on_time_changed)
        self._on_time_changed()
        # The time is usually "now": the officer starts with what the step needs, else the note.
        first = {lifecycle.EXTEND: self.days, lifecycle.APOLOGISE: self.new_date, lifecycle.REFUSE: self.reason}
        first.get(action, self.note).setFocus()

    def needs_reason(self) -> bool:
        return self.action in _NEEDS_REASON or (
            self.action == lifecycle.FINISH and self.result.currentData() == lifecycle.RESULT_REFUSED)

    def needs_late_reason(self) -> bool:
        """A finish after the appointment date is late: the citizen is owed an apology with the reason."""
        due = self.info.due_date
        moment = self.at.moment()
        return self.action == lifecycle.FINISH and due is not None and moment is not None and moment.date() > due

    def _on_time_changed(self, *_args: object) -> None:
        self.form.setRowVisible(self.late_reason, self.needs_late_reason())
        self.form.setRowVisible(self.reason, self.needs_reason())

    def save(self) -> DossierInfo:
        # Untouched, the time is "now" to the second, which can never fall before the previous step.
        typed = self.at.value()
        at = None if self._untouched and typed == self._start else typed
        decision = Decision(
            reason=self.reason.text() if self.needs_reason() else "",
            days=self.days.value() if self.action == lifecycle.EXTEND else 0,
            new_date=self.new_date.date().toPython() if self.action == lifecycle.APOLOGISE else None,
            result=(self.result.currentData() or lifecycle.RESULT_GRANTED) if self.action == lifecycle.FINISH else "")
        return change_status(self.ctx, self.info.code, self.action, at=at, note=self.note.text(),
                             late_reason=self.late_reason.text() if self.needs_late_reason() else "",
                             decision=decision)


class DossierDetailDialog(DialogHost, QDialog):
    """Shows one dossier and offers only the steps its status allows. `removed` fires after a soft delete."""

    removed = Signal(str)  # the code

    def __init__(self, session: AppSession, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDetail")
        self.session = session
        self.ctx = session.ctx
        self.code = code
        self.detail: DossierDetail | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.values: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        rows = [(left, "procedure", self.tr("Thủ tục")), (left, "field", self.tr("Lĩnh vực")),
                (left, "applicant", self.tr("Người nộp")), (left, "id_number", self.tr("Số CCCD/CMND")),
                (left, "phone", self.tr("Điện thoại")), (left, "email", self.tr("Thư điện tử")),
                (left, "address", self.tr("Địa chỉ")), (left, "note", self.tr("Ghi chú")),
                (right, "channel", self.tr("Kênh tiếp nhận")), (right, "received", self.tr("Tiếp nhận lúc")),
                (right, "due", self.tr("Hẹn trả")), (right, "progress", self.tr("Tiến độ")),
                (right, "finished", self.tr("Xử lý xong lúc")), (right, "returned", self.tr("Trả kết quả lúc")),
                (right, "late_reason", self.tr("Lý do trễ hạn")), (right, "paused", self.tr("Chờ nghĩa vụ tài chính")),
                (right, "extension", self.tr("Gia hạn")), (right, "apology", self.tr("Hẹn lại (phiếu xin lỗi)")),
                (right, "refusal", self.tr("Từ chối")), (left, "forwarding", self.tr("Phi địa giới")),
                (right, "closed", self.tr("Kỳ báo cáo đã khóa"))]
        self._forms: dict[str, QFormLayout] = {}
        for form, key, text in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self._forms[key] = form
            form.addRow(text, value)
        self.events = DossierEventsModel(self)
        self.history = QTableView()
        self.history.setModel(self.events)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(False)
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for action in (*lifecycle.TRANSITIONS, *lifecycle.DESK_DECISIONS):
            button = QPushButton(labels.label(labels.ACTION, action))
            button.clicked.connect(lambda _=False, a=action: self.start_action(a))
            self.action_buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.receipt_button = QPushButton(self.tr("In phiếu tiếp nhận"))
        self.receipt_button.setToolTip(self.tr("Giấy tiếp nhận hồ sơ và hẹn trả kết quả: xem trước, in, lưu PDF"))
        self.receipt_button.clicked.connect(self.print_receipt)
        actions.addWidget(self.receipt_button)
        self.forms_button = QPushButton(self.tr("Mẫu phiếu khác"))
        self.forms_button.setToolTip(self.tr("Mẫu phiếu 02–05 (Thông tư 01/2018/TT-VPCP): xem trước, in, lưu PDF"))
        self.forms_menu = QMenu(self.forms_button)
        self.form_actions = {kind: self.forms_menu.addAction(title) for kind, title in (
            ("supplement", self.tr("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)")),
            ("refusal", self.tr("Phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)")),
            ("apology", self.tr("Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)")),
            ("control", self.tr("Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 05)")))}
        for kind, action in self.form_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.print_form(k))
        self.forms_button.setMenu(self.forms_menu)
        actions.addWidget(self.forms_button)
        self.edit_button = QPushButton(self.tr("Sửa thông tin"))
        self.remove_button = QPushButton(self.tr("Xóa hồ sơ"))
        self.close_button = QPushButton(self.tr("Đóng"))
        for button in (self.edit_button, self.remove_button, self.close_button):
            actions.addWidget(button)
        self.edit_button.clicked.connect(self._on_edit)
        self.remove_button.clicked.connect(self._on_remove)
        self.close_button.clicked.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns)
        history_title = QLabel(self.tr("Quá trình xử lý"))
        history_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        layout.addLayout(actions)
        resize_to_fit(self, 1100, 620)
        self.refresh()
        self._log_view()

    def refresh(self) -> None:
        """Read the dossier again and show it; only the steps its status now allows stay visible."""
        try:
            self.detail = get_dossier(self.ctx, self.code)
        except Exception as exc:  # noqa: BLE001 - e.g. removed meanwhile on this PC: say so, keep the window
            self.active_dialog = show_error(self, exc)
            for button in (*self.action_buttons.values(), self.edit_button, self.remove_button, self.receipt_button,
                           self.forms_button):
                button.setEnabled(False)
            return
        info = self.detail.dossier
        self.setWindowTitle(self.tr("Hồ sơ {code}").format(code=info.code))
        self.title.setText(self.tr("{code} — {status}").format(code=info.code,
                                                              status=labels.label(labels.STATUS, info.status)))
        self._show_values(self.detail)
        self.events.set_events(self.detail.events)
        self.history.resizeColumnsToContents()
        today = self.ctx.today()
        for action, button in self.action_buttons.items():
            button.setVisible(action in info.allowed_actions or self._decision_offered(info, action, today))
        # A slip is handed over once the desk has accepted the dossier; a refused one gets the refusal form instead.
        self.receipt_button.setVisible(info.status not in (lifecycle.Status.REGISTERED, lifecycle.Status.REFUSED))

    def _log_view(self) -> None:
        """This window shows the full ID number and phone: its opening is written down (DOMAIN §6), off the GUI
        thread; a failure to log never keeps the officer from the dossier."""
        d = self.detail
        if d is not None and (d.applicant_id_number or d.applicant_phone):
            ctx, dossier_id = self.ctx, d.dossier.id
            self.session.runner.run(lambda: audit.record_shown(ctx, "view", "detail", dossier_id=dossier_id),
                                    lambda _none: None, lambda _exc: None)

    def _show_values(self, detail: DossierDetail) -> None:
        info = detail.dossier
        progress = progress_of(info, detail.due_soon_by)  # the list's words too
        shown = {
            "procedure": f"{info.procedure_name} ({info.procedure_code})", "field": info.field_name,
            "applicant": info.applicant_name, "id_number": detail.applicant_id_number,
            "phone": detail.applicant_phone, "email": detail.applicant_email, "address": detail.applicant_address,
            "note": detail.note,
            "channel": labels.label(labels.CHANNEL, info.channel) + (
                self.tr(" · không phụ thuộc địa giới") if info.boundary_free else ""),
            "received": moment_text(info.received_at),
            "due": day_with_weekday(info.due_date) if info.due_date else self.tr("Tính khi tiếp nhận hồ sơ"),
            "progress": labels.label(labels.OUTCOME, progress) if progress else "",
            "finished": moment_text(info.finished_at), "returned": moment_text(info.returned_at),
            "late_reason": info.late_reason,
            **self._decisions(detail),
        }
        for key, text in shown.items():
            self.values[key].setText(text or "—")
        late = progress in ("late", "overdue")
        self.values["progress"].setStyleSheet("color: #b00020; font-weight: bold;" if late else "")
        self.values["closed"].setStyleSheet("color: #9a5b00; font-weight: bold;")  # the mark: changed after closing
        for key in _LATER_STEPS:  # steps not reached yet: no empty rows
            self._forms[key].setRowVisible(self.values[key], bool(shown[key]))

    @staticmethod
    def _decision_offered(info: DossierInfo, action: str, today: date) -> bool:
        """Extend while the procedure's allowance lasts and the time has not run out; apologise once it has (the
        command line also takes an apology ahead of the due date, when the desk knows the result will be late)."""
        if action not in lifecycle.DESK_DECISIONS or info.status not in lifecycle.DESK_DECISIONS[action] \
                or info.due_date is None:
            return False
        if action == lifecycle.EXTEND:
            return info.extension_days < info.extension_allowance and today <= info.due_date
        return info.due_date < today

    def _decisions(self, detail: DossierDetail) -> dict[str, str]:
        """The desk's decisions about the time and the result, one line each (empty: row hidden)."""
        info = detail.dossier
        pauses = [self.tr("{start} → {end}: thêm {days} ngày làm việc").format(
                      start=day_text(p.requested_on), end=day_text(p.paid_on), days=p.working_days) if p.paid_on
                  else self.tr("từ {start}, thời hạn tạm dừng").format(start=day_text(p.requested_on))
                  for p in detail.pauses]
        refusal = ""
        if info.result == lifecycle.RESULT_REFUSED:
            refusal = self.tr("Từ chối giải quyết: {reason}").format(reason=info.refusal_reason)
        elif info.status == lifecycle.Status.REFUSED:
            refusal = self.tr("Từ chối tiếp nhận: {reason}").format(reason=info.refusal_reason)
        forwarding = ""
        if info.forwarded_to:
            forwarding = self.tr("Chuyển đến {agency}").format(agency=info.forwarded_to)
        elif info.received_from:
            forwarding = self.tr("Nhận từ {agency}").format(agency=info.received_from)
        return {
            "paused": "; ".join(pauses),
            "extension": self.tr("{days} ngày làm việc — {reason}").format(
                days=info.extension_days, reason=info.extension_reason) if info.extension_days else "",
            "apology": self.tr("{day} — {reason}").format(day=day_with_weekday(info.apology_date),
                                                          reason=info.apology_reason) if info.apology_date else "",
            "refusal": refusal, "forwarding": forwarding, "closed": labels.closed_note(detail.closed_changes),
        }

    # -- actions ----------------------------------------------------------------------------------------------------

    def start_action(self, action: str) -> ActionDialog | None:
        if self.detail is None:
            return None
        dialog = ActionDialog(self.session, self.detail.dossier, action, self,
                              earliest=earliest_next(self.detail.events))
        dialog.saved.connect(self._on_written)
        self.open_kept(dialog)
        return dialog

    def print_receipt(self) -> Op:
        """Build the receipt slip in the background, then open its preview (Print, Save) over this window."""
        self.receipt_button.setEnabled(False)
        return preview_receipt(self.session, self.code, self, self._on_receipt_ready, self._on_receipt_failed)

    def print_form(self, kind: str) -> Op:
        """Build form `kind` (02–05) in the background, then open its preview over this window."""
        self.forms_button.setEnabled(False)
        return preview_form(self.session, kind, self.code, self, self._on_receipt_ready, self._on_receipt_failed)

    def _on_receipt_ready(self, dialog: PdfPreviewDialog) -> None:
        self.receipt_button.setEnabled(True)
        self.forms_button.setEnabled(True)
        self.open_kept(dialog)

    def _on_receipt_failed(self, exc: BaseException) -> None:
        self.receipt_button.setEnabled(True)
        self.forms_button.setEnabled(True)
        self.active_dialog = show_error(self, exc)

    def _on_edit(self) -> None:
        if self.detail is None:
            return
        dialog = DossierDialog(self.session, self.detail, self)
        dialog.saved.connect(self._on_written)
        self.open_kept(dialog)

    def _on_remove(self) -> None:
        box = confirm_box(self, self.tr("Xóa hồ sơ"), self.tr(
            "Xóa hồ sơ {code}? Hồ sơ sẽ không còn trong danh sách và thống kê.").format(code=self.code),
            self.tr("Xóa"), self._remove)
        self.confirm_remove_button = box.button(QMessageBox.StandardButton.Yes)
        self.keep_button = box.button(QMessageBox.StandardButton.No)
        self.open_kept(box)

    def _remove(self) -> None:
        try:
            remove_dossier(self.ctx, self.code)
        except Exception as exc:  # noqa: BLE001 - the officer gets the reason; the dossier stays
            self.active_dialog = show_error(self, exc)
            return
        self.session.changed(DOSSIERS)
        self.removed.emit(self.code)
        self.accept()

    def _on_written(self, info: DossierInfo) -> None:
        self.code = info.code  # an edit may have set the official code
        self.session.changed(DOSSIERS)
        self.refresh()

