"""First run on an empty data folder: the commune (official 2025 list, or typed in), its leader, a summary to
confirm, the first admin.

Nothing is written until the last page: the account is checked first, then the commune, catalogue and account are
created. A folder set up from the command line (a commune but no account yet) only gets the account page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.dossier_code import DEVICE_SLOTS, number_range
from desktop.domain.errors import DomainError, ValidationError
from desktop.services import catalogue, officers, setup
from desktop.services.context import ServiceContext
from desktop.services.officers import OfficerInfo
from desktop.ui.errors import FieldErrors, show_error
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.widgets.search_list import SearchList


class _FormPage(QWizardPage):
    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(intro)
        self.form = QFormLayout()
        self.banner = QLabel()
        self.errors = FieldErrors(self.form, {}, self.banner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        self.errors.fields[name] = widget
        return widget


class CommunePage(_FormPage):
    """Province, then unit, each chosen from a search list; nothing is chosen until the officer chooses."""

    def __init__(self) -> None:
        super().__init__(self.tr("Đơn vị hành chính"),
                         self.tr("Chọn tỉnh/thành phố và xã/phường/đặc khu theo danh mục sau sắp xếp (từ 01/7/2025). "
                                 "Gõ tên, không dấu cũng được."))
        self.province = self.add("province_code", self.tr("Tỉnh/thành phố"),
                                 SearchList(self.tr("Ví dụ: quang ninh")))
        self.province.set_entries(setup.provinces())
        self.commune = self.add("commune_code", self.tr("Xã/phường/đặc khu"),
                                SearchList(self.tr("Ví dụ: hai ninh")))
        self.province.list.setMinimumHeight(90)
        self.commune.list.setMinimumHeight(120)
        self.manual = QCheckBox(self.tr("Đơn vị chưa có trong danh sách (nhập tay)"))
        self.form.addRow("", self.manual)
        self.code = self.add("manual_code", self.tr("Mã đơn vị"), QLineEdit())
        self.name = self.add("commune_name", self.tr("Tên đơn vị"), QLineEdit())
        self.name.setPlaceholderText(self.tr("Ví dụ: Xã Tân Lập"))
        self.province.picked.connect(self._fill_communes)
        self.manual.toggled.connect(self._on_manual)
        self._fill_communes()
        self._on_manual(False)

    def _fill_communes(self, *_args: object) -> None:
        code = self.province.code()
        self.commune.set_entries(setup.official_units(code) if code else [])

    def _on_manual(self, manual: bool) -> None:
        self.commune.setEnabled(not manual)
        self.code.setEnabled(manual)
        self.name.setEnabled(manual)

    def choice(self) -> tuple[str, str, str]:
        """(province code, commune code, typed name or '')"""
        if self.manual.isChecked():
            return self.province.code(), self.code.text().strip(), self.name.text().strip()
        return self.province.code(), self.commune.code(), ""

    def chosen_names(self) -> tuple[str, str]:
        """(province name, unit name) as they will be stored."""
        typed = self.name.text().strip() if self.manual.isChecked() else ""
        return self.province.name(), typed or self.commune.name()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.errors.clear()
        province, code, name = self.choice()
        problem = None
        if not province:
            problem = ValidationError("province_code.required", field="province_code")
        elif self.manual.isChecked() and not code:
            problem = ValidationError("manual_code.required", field="manual_code")
        elif self.manual.isChecked() and not name:
            problem = ValidationError("commune_name.required", field="commune_name")
        elif not code:
            problem = ValidationError("commune_code.required", field="commune_code")
        if problem is not None:
            self.errors.show(problem)
            return False
        return True


class LeaderPage(_FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Người ký văn bản và máy này"),
                         self.tr("Họ tên và chức danh in ở phần chữ ký của báo cáo tháng "
                                 "(có thể sửa sau trong Cài đặt); số của máy này trong xã."))
        self.leader = self.add("leader_name", self.tr("Họ và tên"), QLineEdit())
        self.title_edit = self.add("leader_title", self.tr("Chức danh"), QLineEdit(self.tr("Chủ tịch")))
        # What `commune-desk setup --pc N` sets: 0 = not told (numbers 0001–0999), 1–9 for a commune with several PCs.
        self.pc = self.add("device_slot", self.tr("Máy số"), QComboBox())
        for slot in range(DEVICE_SLOTS):
            numbers = number_range(slot)
            text = self.tr("Máy {n} — số hồ sơ {first}–{last}") if slot else self.tr(
                "Máy duy nhất / chưa rõ — số hồ sơ {first}–{last}")
            self.pc.addItem(text.format(n=slot, first=f"{numbers.start:04d}", last=f"{numbers.stop - 1:04d}"), slot)
        hint = QLabel(self.tr("Xã dùng nhiều máy: mỗi máy một số khác nhau, để hai máy không cấp trùng số hồ sơ "
                              "trong ngày. Khi đăng ký máy với tỉnh, tỉnh có thể giao số khác."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def device_slot(self) -> int:
        return int(self.pc.currentData())


class ConfirmPage(QWizardPage):
    """What will be set up, to read once more: the unit's name and code cannot be changed after the first sync."""

    def __init__(self, commune_page: CommunePage, leader_page: LeaderPage) -> None:
        super().__init__()
        self.commune_page = commune_page
        self.leader_page = leader_page
        self.setTitle(self.tr("Kiểm tra lại"))
        self.setSubTitle(self.tr("Phần mềm sẽ được thiết lập cho đơn vị dưới đây. Sau lần đồng bộ đầu tiên với tỉnh "
                                 "không sửa được đơn vị nữa."))
        self.summary = QLabel()
        self.summary.setObjectName("setupSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-size: 14px;")
        self.summary.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("Tôi đã kiểm tra: đúng là đơn vị của tôi"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.confirm.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        province_code, code, _typed = self.commune_page.choice()
        province, unit = self.commune_page.chosen_names()
        leader = self.leader_page.leader.text().strip() or "—"
        self.summary.setText(self.tr("Tỉnh/thành phố: {province} (mã {pcode})\nĐơn vị: {unit}\nMã đơn vị: {code}\n"
                                     "Người ký văn bản: {leader}, {title}\nMáy số: {pc}").format(
            province=province, pcode=province_code, unit=unit, code=code, leader=leader,
            title=self.leader_page.title_edit.text().strip(), pc=self.leader_page.pc.currentText()))
        self.confirm.setChecked(False)  # every visit: a changed choice must be confirmed again

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.confirm.isChecked()


class AccountPage(_FormPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Tài khoản quản trị"),
                         self.tr("Tài khoản đầu tiên có quyền quản trị: tạo tài khoản cho cán bộ khác, phân vai trò."))
        self.full_name = self.add("full_name", self.tr("Họ và tên"), QLineEdit())
        self.username = self.add("username", self.tr("Tên đăng nhập"), QLineEdit())
        self.username.setPlaceholderText(self.tr("chữ thường không dấu, ví dụ: lan.nt"))
        self.password = self.add("password", self.tr("Mật khẩu"), QLineEdit())
        self.confirm = self.add("confirm", self.tr("Nhập lại mật khẩu"), QLineEdit())
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.wizard_validate = lambda: True

    def validatePage(self) -> bool:
        return self.wizard_validate()


class SetupWizard(QWizard):
    """Emits `completed(OfficerInfo)` with the new administrator, already logged in."""

    completed = Signal(object)

    def __init__(self, ctx: ServiceContext, needs_commune: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.needs_commune = needs_commune
        self.setWindowTitle(self.tr("Thiết lập CommuneDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.commune_page = CommunePage()
        self.leader_page = LeaderPage()
        self.confirm_page = ConfirmPage(self.commune_page, self.leader_page)
        self.account_page = AccountPage()
        self.account_page.wizard_validate = self._finish
        if needs_commune:
            self.addPage(self.commune_page)
            self.addPage(self.leader_page)
            self.addPage(self.confirm_page)
        self.addPage(self.account_page)
        self.admin: OfficerInfo | None = None
        resize_to_fit(self, 680, 560)

    def _finish(self) -> bool:
        page = self.account_page
        page.errors.clear()
        try:
            self._create(page)
        except DomainError as exc:
            page.errors.show(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - a message, never a traceback; what was saved stays saved
            show_error(self, exc)
            return False
        self.completed.emit(self.admin)
        return True

    def _create(self, page: AccountPage) -> None:
        if page.password.text() != page.confirm.text():
            raise ValidationError("confirm.mismatch#create", field="confirm")
        officers.check_new_account(page.full_name.text(), page.username.text(), page.password.text())
        if self.needs_commune:
            province, code, name = self.commune_page.choice()
            setup.set_up_commune(self.ctx, province, code, commune_name=name,
                                 leader_name=self.leader_page.leader.text(),
                                 leader_title=self.leader_page.title_edit.text(),
                                 device_slot=self.leader_page.device_slot())
            catalogue.seed_catalogue(self.ctx)
            self.needs_commune = False  # done: a retry after an account error must not set up twice
        officers.add_officer(self.ctx, page.full_name.text(), role="admin", username=page.username.text(),
                             password=page.password.text())
        self.admin = officers.authenticate(self.ctx.db, page.username.text(), page.password.text(), self.ctx.now())
