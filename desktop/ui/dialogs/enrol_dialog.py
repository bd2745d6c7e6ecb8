"""Enrolling this PC with the province server: its address and the one-time code read out by the province; a refusal
is shown under the field at fault. Also the plain words for a failed sync the Đồng bộ page shares."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from desktop.services.context import ServiceContext
from desktop.sync.client import ServerUnavailable
from desktop.sync.engine import enrol
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import message_of
from desktop.ui.ops import OpRunner

OFFLINE_CODES = ("sync.offline",)
CODE_ERRORS = ("enrol.unknown_code", "enrol.code_used", "enrol.code_expired", "request.invalid",
               "sync.wrong_commune")


def is_offline(exc: BaseException) -> bool:
    return getattr(exc, "code", None) in OFFLINE_CODES or isinstance(exc, httpx.TransportError)


def plain_sync_error(exc: BaseException) -> str:
    """What the officer reads when a sync or an enrolment fails: never a traceback nor a socket error's text."""
    if is_offline(exc):
        return QCoreApplication.translate("SyncMessages",
                                          "Không kết nối được máy chủ tỉnh; dữ liệu vẫn được lưu trên máy này.")
    if isinstance(exc, httpx.InvalidURL):
        return QCoreApplication.translate("SyncMessages", "Địa chỉ máy chủ tỉnh không hợp lệ; hãy kiểm tra lại.")
    if isinstance(exc, ServerUnavailable):
        return QCoreApplication.translate("SyncMessages",
                                          "Máy chủ tỉnh đang gặp sự cố hoặc địa chỉ không phải máy chủ đồng bộ; "
                                          "dữ liệu vẫn được lưu trên máy này. Hãy thử lại sau.")
    return message_of(exc)




class EnrolDialog(FormDialog):
    """Save runs the enrolment on the runner (it is a network call); the dialog waits, then closes on success."""

    def __init__(self, ctx: ServiceContext, runner: OpRunner, server_url: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đăng ký máy với máy chủ tỉnh"), parent)
        self.ctx = ctx
        self.runner = runner
        self.busy = False
        self.server_url = QLineEdit(server_url)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://…")
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.label = QLineEdit()
        self.label.setObjectName("pcLabel")
        self.label.setPlaceholderText(self.tr("Ví dụ: Máy bộ phận một cửa"))
        self.add_field("server_url", self.tr("Địa chỉ máy chủ tỉnh"), self.server_url)
        self.add_field("code", self.tr("Mã đăng ký một lần"), self.code)
        self.add_field("label", self.tr("Tên máy (không bắt buộc)"), self.label)
        if server_url:
            self.code.setFocus()
        self.save_button.setText(self.tr("Đăng ký"))
        self.setMinimumWidth(560)

    def _problem(self) -> tuple[str, str] | None:
        """The field at fault and what to say under it (already in the UI language), or None when both are typed."""
        if not self.server_url.text().strip().startswith(("http://", "https://")):
            return "server_url", self.tr("Nhập địa chỉ máy chủ tỉnh, bắt đầu bằng https:// (Sở KH&CN cung cấp).")
        if not self.code.text().strip():
            return "code", self.tr("Nhập mã đăng ký một lần do Sở KH&CN đọc cho.")
        return None

    def accept(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        problem = self._problem()
        if problem is not None:
            self.errors.show_text(*problem)
            return
        url, code = self.server_url.text().strip(), self.code.text().strip()
        ctx, label = self.ctx, self.label.text().strip()
        self._set_busy(True)
        self.runner.run(lambda: enrol(ctx, url, code, label), self._on_enrolled, self._on_refused)

    def reject(self) -> None:
        if not self.busy:  # the answer is on its way; closing now would leave the officer unsure
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Đang đăng ký…") if busy else self.tr("Đăng ký"))
        for field in (self.server_url, self.code, self.label):
            field.setReadOnly(busy)

    def _on_enrolled(self, creds: object) -> None:
        self._set_busy(False)
        self.result_value = creds
        self.saved.emit(creds)
        QDialog.accept(self)  # FormDialog.accept would save again

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        code = getattr(exc, "code", None)
        if is_offline(exc) or isinstance(exc, ServerUnavailable | httpx.InvalidURL):
            field = "server_url"
        elif code in CODE_ERRORS:
            field = "code"
        else:
            field = None
        self.errors.show_text(field, plain_sync_error(exc))
        self.adjustSize()
