"""The main window: navigation on the left, one page at a time on the right, menus, shortcuts and the status bar.

Pages are built the first time they are shown; each refreshes itself from the session's data-changed hook.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.services.dto import CommuneInfo
from desktop.ui.backup_actions import BackupActions
from desktop.ui.dialogs.about_dialog import AboutDialog
from desktop.ui.dialogs.guide_dialog import GuideDialog
from desktop.ui.dialogs.password_dialog import PasswordDialog
from desktop.ui.errors import message_of, show_error
from desktop.ui.pages.base import PageController
from desktop.ui.pages.registry import PAGE_KEYS, PAGES, spec
from desktop.ui.screen_fit import available_area, clamped, resize_to_fit
from desktop.ui.session import AppSession
from desktop.ui.status_bar import StatusBarController

NAV_WIDTH = 168


class MainWindow(QMainWindow):
    """`language_requested(lang)` and `closing()` let the app flow keep preferences and rebuild in another language."""

    language_requested = Signal(str)
    closing = Signal()
    logout_requested = Signal()

    def __init__(self, session: AppSession, commune: CommuneInfo, backup=None) -> None:  # noqa: ANN001
        super().__init__()
        self.session = session
        self.commune = commune
        self._backup = backup  # None where there is no store file to copy: the backup actions are then disabled
        self.setWindowTitle(self.tr("{commune} — CommuneDesk").format(commune=commune.name))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        # Roomy rows: the navigation is the officer's main target, often clicked on an old mouse or touchpad.
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 14px; }"
                               "QListWidget#navigation::item { padding: 8px 10px; }")
        for number, page in enumerate(PAGES, start=1):
            item = QListWidgetItem(page.display_title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setToolTip(self.tr("Ctrl+{n}").format(n=number))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.pages: dict[str, PageController] = {}
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.status = StatusBarController(self.statusBar(), session, commune)
        self.guide: GuideDialog | None = None
        self._build_menus()
        for number, key in enumerate(PAGE_KEYS[:9], start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda k=key: self.show_page(k))
        QShortcut(QKeySequence.StandardKey.New, self, activated=self._on_new)
        # F1 comes from the Help menu's action (its shortcut), so the menu shows it too.
        self.nav.currentRowChanged.connect(self._on_nav_row)
        area = available_area(self)
        resize_to_fit(self, area.width(), area.height())  # the size it returns to when un-maximised

    # Pages ---------------------------------------------------------------------------------------------------------
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def current_page(self) -> PageController | None:
        return self.pages.get(self.current_key())

    def show_page(self, key: str) -> PageController | None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))
        return self.pages.get(key)

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        page = self.pages.get(key)
        if page is None:
            try:
                page = spec(key).build(self.session)
            except Exception as exc:  # noqa: BLE001 - one broken page must not take the window down
                holder = QLabel(message_of(exc))
                holder.setWordWrap(True)
                self.stack.addWidget(holder)
                self.stack.setCurrentWidget(holder)
                show_error(self, exc)
                return
            self.pages[key] = page
            self.stack.addWidget(page.view)
            if hasattr(page, "language_chosen"):
                page.language_chosen.connect(self.language_requested)
            if hasattr(page, "navigate_requested"):
                page.navigate_requested.connect(self.show_page)
            if hasattr(page, "dossier_filter_requested"):
                page.dossier_filter_requested.connect(self._show_dossiers)
        self.stack.setCurrentWidget(page.view)
        page.show_page()

    def _show_dossiers(self, quick: str) -> None:
        """The dossier page filtered as a dashboard tile asked (overdue, due soon)."""
        page = self.show_page("dossiers")
        if page is not None and hasattr(page, "show_quick"):
            page.show_quick(quick)

    def _on_new(self) -> None:
        page = self.current_page()
        if page is None or not page.new_record():
            self.show_page("dossiers")  # Ctrl+N anywhere else means the everyday "new dossier"
            dossiers = self.pages.get("dossiers")
            if dossiers is not None:
                dossiers.new_record()

    # Menus ---------------------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.backups = BackupActions(self, self.session)
        self.backups.restored.connect(lambda _done: self.logout_requested.emit())
        backup = QAction(self.tr("Sao lưu dữ liệu ngay"), self)
        backup.triggered.connect(lambda: self.backups.back_up_now())
        backup.setEnabled(self._backup is not None)
        backup_to = QAction(self.tr("Sao lưu ra thư mục khác (USB)…"), self)
        backup_to.triggered.connect(self.backups.choose_folder)
        backup_to.setEnabled(self._backup is not None)
        restore = QAction(self.tr("Khôi phục từ bản sao lưu…"), self)
        restore.triggered.connect(self.backups.choose_backup)
        restore.setEnabled(self._backup is not None and self.session.ctx.role == "admin")
        password = QAction(self.tr("Đổi mật khẩu…"), self)
        password.triggered.connect(self._on_password)
        password.setEnabled(bool(self.session.user and self.session.user.username))
        logout = QAction(self.tr("Đăng xuất"), self)
        logout.triggered.connect(self.logout_requested)
        leave = QAction(self.tr("Thoát"), self)
        leave.setShortcut(QKeySequence.StandardKey.Quit)
        leave.triggered.connect(self.close)
        for action in (backup, backup_to, restore, password, logout):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(leave)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        guide = QAction(self.tr("Hướng dẫn sử dụng"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.open_guide)
        about = QAction(self.tr("Giới thiệu CommuneDesk"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(guide)
        help_menu.addAction(about)
        self.actions_by_name = {"backup": backup, "backup_to": backup_to, "restore": restore, "password": password,
                                "logout": logout, "guide": guide, "about": about}

    def _on_password(self) -> None:
        user = self.session.user
        self.active_dialog = PasswordDialog(self.session.ctx, user.username if user else "", self)
        self.active_dialog.saved.connect(
            lambda _ok: self.statusBar().showMessage(self.tr("Đã đổi mật khẩu."), 10_000))
        self.active_dialog.open()

    def open_guide(self) -> GuideDialog:
        """The user guide at the current page's section; one window, brought forward when already open."""
        if self.guide is None:
            self.guide = GuideDialog(self, self.current_key())
        else:
            self.guide.show_guide(self.guide.lang, self.current_key())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _on_about(self) -> None:
        self.active_dialog = AboutDialog(self)
        self.active_dialog.open()

    # Geometry ------------------------------------------------------------------------------------------------------
    def saved_geometry(self) -> str:
        return bytes(self.saveGeometry().toBase64()).decode("ascii")

    def restore_saved_geometry(self, text: str) -> bool:
        """Put the window where it was, pulled back onto this screen (the last one may have been larger)."""
        if not text or not self.restoreGeometry(QByteArray.fromBase64(text.encode("ascii"))):
            return False
        if not (self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)):
            self.setGeometry(clamped(self.geometry(), available_area(self)))
        return True

    def place(self, saved: str) -> None:
        """At the remembered geometry when there is one, else maximised: the status bar stays above the taskbar."""
        if not self.restore_saved_geometry(saved):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closing.emit()
        super().closeEvent(event)
