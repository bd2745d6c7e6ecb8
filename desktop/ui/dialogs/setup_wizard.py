"""First run on an empty data folder: the commune (official 2025 list, or typed in), its leader, the first admin.

Nothing is written until the last page: the account is checked first, then the commune, catalogue and account are
created. A folder set up from the command line (a commune but no account yet) only gets the account page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.errors import DomainError, ValidationError
from desktop.services import catalogue, officers, setup
from desktop.services.context import ServiceContext
from desktop.services.officers import OfficerInfo
from desktop.ui.errors import FieldErrors, show_error


def _searchable(combo: QComboBox) -> QComboBox:
    """An editable combo whose typed text filters the list anywhere in the name (“an sinh” finds Phường An Sinh)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


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
    def __init__(self) -> None:
        super().__init__(self.tr("Đơn vị hành chính"),
                         self.tr("Chọn tỉnh/thành phố và xã/phường/đặc khu theo danh mục sau sắp xếp (từ 01/7/2025)."))
        self.province = self.add("province_code", self.tr("Tỉnh/thành phố"), _searchable(QComboBox()))
        for code, name in setup.provinces():
            self.province.addItem(name, code)
        self.commune = self.add("commune_code", self.tr("Xã/phường/đặc khu"), _searchable(QComboBox()))
        self.manual = QCheckBox(self.tr("Đơn vị chưa có trong danh sách (nhập tay)"))
        self.form.addRow("", self.manual)
        self.code = self.add("manual_code", self.tr("Mã đơn vị"), QLineEdit())
        self.name = self.add("commune_name", self.tr("Tên đơn vị"), QLineEdit())
        self.name.setPlaceholderText(self.tr("Ví dụ: Xã Tân Lập"))
        self.province.currentIndexChanged.connect(self._fill_communes)
        self.manual.toggled.connect(self._on_manual)
        self._fill_communes()
        self._on_manual(False)

    def _fill_communes(self) -> None:
        self.commune.clear()
        code = self.province.currentData()
        if code:
            for unit_code, name in setup.official_units(code):
                self.commune.addItem(name, unit_code)

    def _on_manual(self, manual: bool) -> None:
        self.commune.setEnabled(not manual)
        self.code.setEnabled(manual)
        self.name.setEnabled(manual)

    def choice(self) -> tuple[str, str, str]:
        """(province code, commune code, typed name or '')"""
        if self.manual.isChecked():
            return self.province.currentData() or "", self.code.text().strip(), self.name.text().strip()
        index = self.commune.findText(self.commune.currentText())
        return self.province.currentData() or "", self.commune.itemData(index) if index >= 0 else "", ""

    def validatePage(self) -> bool:
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
        super().__init__(self.tr("Người ký văn bản"),
                         self.tr("Họ tên và chức danh in ở phần chữ ký của báo cáo tháng "
                                 "(có thể sửa sau trong Cài đặt)."))
        self.leader = self.add("leader_name", self.tr("Họ và tên"), QLineEdit())
        self.title_edit = self.add("leader_title", self.tr("Chức danh"), QLineEdit(self.tr("Chủ tịch")))


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
        self.account_page = AccountPage()
        self.account_page.wizard_validate = self._finish
        if needs_commune:
            self.addPage(self.commune_page)
            self.addPage(self.leader_page)
        self.addPage(self.account_page)
        self.admin: OfficerInfo | None = None
        self.resize(640, 440)

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
                                 leader_title=self.leader_page.title_edit.text())
            catalogue.seed_catalogue(self.ctx)
            self.needs_commune = False  # done: a retry after an account error must not set up twice
        officers.add_officer(self.ctx, page.full_name.text(), role="admin", username=page.username.text(),
                             password=page.password.text())
        self.admin = officers.authenticate(self.ctx.db, page.username.text(), page.password.text(), self.ctx.now())
