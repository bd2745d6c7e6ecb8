"""From start to main window: the setup wizard on an empty folder, the login on every start, then the main window;
language switches rebuild the window in place, and preferences (language, geometry, last page) are kept. Quitting
cancels a sync under way and waits only briefly for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.config.settings import UiSettings
from desktop.domain.errors import DomainError
from desktop.services import login_hints, officers, setup
from desktop.services.context import ServiceContext
from desktop.services.dto import CommuneInfo
from desktop.services.officers import OfficerInfo
from desktop.ui import i18n
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.setup_wizard import SetupWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.net_runner import NetRunner
from desktop.ui.ops import OpRunner
from desktop.ui.pages.registry import PAGE_KEYS
from desktop.ui.session import AppSession


class AppFlow(QObject):
    def __init__(self, app: QApplication, db: object, settings_path: Path | None,
                 clock: Callable[[], datetime], backup: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.settings_path = settings_path
        self.settings = UiSettings.load(settings_path) if settings_path else UiSettings()
        self.clock = clock
        self.backup = backup
        self.runner = OpRunner(self)
        self.net = NetRunner(self)  # one for the app: a sync keeps going while the window is rebuilt
        app.aboutToQuit.connect(self.net.shutdown)  # every way out, the login dialog's Cancel included
        self.setup_ctx = ServiceContext(db, actor="setup", role="admin", clock=clock)
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self._translator: QTranslator | None = None

    # Start ---------------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.set_language(self.settings.language)
        commune = self.commune()
        if commune is None:
            self._open_wizard(needs_commune=True)
        elif not officers.has_accounts(self.db):
            self._open_wizard(needs_commune=False)
        else:
            self._open_login(commune)

    def commune(self) -> CommuneInfo | None:
        try:
            return setup.get_commune(self.setup_ctx)
        except DomainError:
            return None

    def set_language(self, lang: str) -> None:
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
        self._translator = i18n.install_translator(self.app, lang)

    def _open_wizard(self, needs_commune: bool) -> None:
        self.wizard = SetupWizard(self.setup_ctx, needs_commune=needs_commune)
        self.wizard.completed.connect(self._on_logged_in)
        self.wizard.rejected.connect(self._quit_unless_window)
        self.wizard.open()

    def _open_login(self, commune: CommuneInfo) -> None:
        # The demo package (its generator, the holiday calendar) is wanted for its published logins only, here.
        from desktop.demo.generator import ACCOUNTS

        place = self.tr("{name}, {province}").format(name=commune.name, province=commune.province_name)
        self.login = LoginDialog(self.setup_ctx, place, self.settings.last_username,
                                 demo=login_hints.demo_logins(self.db, [(u, p, role) for u, p, role, _ in ACCOUNTS]))
        self.login.saved.connect(self._on_logged_in)
        self.login.rejected.connect(self._quit_unless_window)
        self.login.open()

    def _quit_unless_window(self) -> None:
        if self.window is None:
            self.app.quit()

    def _on_logged_in(self, user: OfficerInfo) -> None:
        if user.username:
            self.settings.last_username = user.username
            self._save_settings()
        self.open_main(user)

    # Main window ---------------------------------------------------------------------------------------------------
    def open_main(self, user: OfficerInfo, page: str | None = None, geometry: str | None = None) -> MainWindow:
        commune = self.commune()
        if commune is None:  # cannot happen after the wizard; kept as a message, not a crash
            raise RuntimeError("no commune")
        session = AppSession(ServiceContext(self.db, clock=self.clock), self.runner, user, net=self.net)
        window = MainWindow(session, commune, backup=self.backup)
        window.place(geometry if geometry is not None else self.settings.geometry)
        window.language_requested.connect(self._on_language)
        window.closing.connect(lambda w=window: self._on_closing(w))
        window.logout_requested.connect(lambda w=window: self._on_logout(w))
        window.show()
        key = page or self.settings.last_page
        window.show_page(key if key in PAGE_KEYS else PAGE_KEYS[0])
        old, self.window = self.window, window
        if old is not None:
            old.closing.disconnect()
            old.close()
            old.deleteLater()
        return window

    def _on_language(self, lang: str) -> None:
        if self.window is None or lang == self.settings.language:
            return
        self.settings.language = lang
        self._save_settings()
        self.set_language(lang)
        self.open_main(self.window.session.user, self.window.current_key(), self.window.saved_geometry())

    def _remember(self, window: MainWindow) -> None:
        self.settings.geometry = window.saved_geometry()
        self.settings.last_page = window.current_key() or self.settings.last_page
        self._save_settings()

    def _on_closing(self, window: MainWindow) -> None:
        self._remember(window)
        self.net.shutdown()  # a cancelled run stops within about a second; closing never hangs on the server
        self.runner.wait_idle()

    def _on_logout(self, window: MainWindow) -> None:
        self._remember(window)
        commune = self.commune()
        if commune is not None:
            self._open_login(commune)
        window.closing.disconnect()
        self.window = None
        window.close()
        window.deleteLater()

    def _save_settings(self) -> None:
        if self.settings_path is not None:
            self.settings.save(self.settings_path)
