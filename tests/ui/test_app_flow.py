"""Start-up on real widgets: the wizard on an empty folder, the login (failing, then locked out), the language switch
and the remembered window geometry."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from desktop.config.settings import UiSettings
from desktop.services import catalogue, officers, setup
from desktop.services.context import ServiceContext
from desktop.ui.app_flow import AppFlow
from desktop.ui.dialogs.setup_wizard import SetupWizard


def _flow(qapp, db, clock, tmp_path) -> AppFlow:  # noqa: ANN001
    flow = AppFlow(qapp, db, tmp_path / "settings.json", clock)
    return flow


def _close(flow: AppFlow) -> None:
    if flow.window is not None:
        flow.window.close()
    flow.runner.wait_idle()
    flow.set_language("vi")  # removes an English translator, so later tests see Vietnamese again


def test_wizard_sets_up_an_empty_folder_and_logs_the_admin_in(qtbot, qapp, db, clock, tmp_path, type_text) -> None:  # noqa: ANN001
    flow = _flow(qapp, db, clock, tmp_path)
    flow.start()
    wizard = flow.wizard
    assert isinstance(wizard, SetupWizard) and flow.login is None
    qtbot.addWidget(wizard)
    page = wizard.commune_page
    assert page.province.choose("22") and page.commune.choose("07090")
    wizard.next()
    type_text(wizard.leader_page.leader, "Nguyễn Văn An")
    wizard.next()
    wizard.confirm_page.confirm.setChecked(True)
    wizard.next()
    account = wizard.account_page
    type_text(account.full_name, "Phạm Thị Hoa")
    type_text(account.username, "hoa")
    type_text(account.password, "matkhau-2026")
    type_text(account.confirm, "matkhau-2025")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()
    assert account.errors.message_for("confirm") == "Hai lần nhập mật khẩu không khớp."
    assert flow.commune() is None  # nothing written while the account is refused
    account.confirm.clear()
    type_text(account.confirm, "matkhau-2026")
    finish.click()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=5000)
    commune = flow.commune()
    assert (commune.name, commune.province_name, commune.leader_name) == ("Phường An Sinh", "Quảng Ninh",
                                                                          "Nguyễn Văn An")
    ctx = ServiceContext(db, clock=clock)
    assert len(catalogue.list_procedures(ctx)) >= 50
    assert officers.authenticate(db, "hoa", "matkhau-2026", clock()).role == "admin"
    assert flow.window.session.user.username == "hoa"
    assert flow.window.windowTitle().startswith("Phường An Sinh")
    _close(flow)


def test_folder_set_up_from_the_command_line_only_asks_for_the_account(qtbot, qapp, db, clock, tmp_path) -> None:  # noqa: ANN001
    setup.set_up_commune(ServiceContext(db, clock=clock), "22", "07090")
    flow = _flow(qapp, db, clock, tmp_path)
    flow.start()
    qtbot.addWidget(flow.wizard)
    assert flow.wizard.pageIds() == [0] and flow.wizard.currentPage() is flow.wizard.account_page
    _close(flow)


def test_login_refuses_then_locks_out_then_lets_in(qtbot, qapp, ctx, admin, clock, tmp_path, type_text) -> None:  # noqa: ANN001
    flow = _flow(qapp, ctx.db, clock, tmp_path)
    flow.start()
    login = flow.login
    qtbot.addWidget(login)
    assert flow.wizard is None and "Phường An Sinh" in login.findChild(object, "loginPlace").text()
    type_text(login.username, "hoa")
    for attempt in range(5):
        login.password.clear()
        type_text(login.password, f"sai-mat-khau-{attempt}")
        login.save_button.click()
        assert login.isVisible() and flow.window is None
    assert login.errors.message_for("username").startswith("Tài khoản tạm khóa")
    login.password.clear()
    type_text(login.password, "quantri-2026")
    login.save_button.click()
    assert flow.window is None and "tạm khóa" in login.errors.message_for("username")
    clock.advance(minutes=16)
    login.save_button.click()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=5000)
    assert flow.window.session.user.id == admin.id
    assert UiSettings.load(tmp_path / "settings.json").last_username == "hoa"
    _close(flow)


def test_language_switch_rebuilds_in_english_and_is_remembered(qtbot, qapp, ctx, admin, clock, tmp_path) -> None:  # noqa: ANN001
    flow = _flow(qapp, ctx.db, clock, tmp_path)
    window = flow.open_main(admin, "training")
    assert window.nav.item(0).text() == "Tổng quan"
    window.language_requested.emit("en")
    english = flow.window
    assert english is not window and english.current_key() == "training"
    assert english.nav.item(0).text() == "Overview"
    assert UiSettings.load(tmp_path / "settings.json").language == "en"
    _close(flow)


def test_window_geometry_and_page_are_remembered(qtbot, qapp, ctx, admin, clock, tmp_path) -> None:  # noqa: ANN001
    flow = _flow(qapp, ctx.db, clock, tmp_path)
    window = flow.open_main(admin, "equipment")
    assert window.isMaximized()  # a first start fills the screen's free area
    window.showNormal()
    window.resize(720, 520)  # the pages' minimum width may widen it
    size = (window.width(), window.height())
    window.close()
    flow.runner.wait_idle()
    saved = UiSettings.load(tmp_path / "settings.json")
    assert saved.geometry and saved.last_page == "equipment"
    again = _flow(qapp, ctx.db, clock, tmp_path).open_main(admin)
    assert (again.width(), again.height()) == size and not again.isMaximized()
    assert again.current_key() == "equipment"
    again.close()


def test_a_window_remembered_on_a_larger_screen_is_pulled_onto_this_one(qtbot, qapp, ctx, admin, clock,
                                                                        tmp_path) -> None:  # noqa: ANN001
    flow = _flow(qapp, ctx.db, clock, tmp_path)
    window = flow.open_main(admin, "dashboard")
    window.showNormal()
    window.setGeometry(400, 300, 1800, 1000)  # as on a 1920×1080 monitor, now unplugged
    window.close()
    flow.runner.wait_idle()
    again = _flow(qapp, ctx.db, clock, tmp_path).open_main(admin)
    qtbot.addWidget(again)
    area = QGuiApplication.primaryScreen().availableGeometry()  # the one screen (no widget.screen(): screen_fit)
    assert area.size().toTuple() == (1366, 728)
    assert area.contains(again.frameGeometry()) and again.height() <= 728 - 40
    again.close()
