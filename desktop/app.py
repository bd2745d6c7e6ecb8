"""Assembles the GUI: opens the store, runs the start-up flow (wizard → login → main window), or renders a
screenshot of the logged-in main window offscreen and exits."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

# The store and the services the first window needs load before Qt: once PySide6 is imported it reads the source
# of every module imported after it (looking for its `__feature__` switch), about a tenth of a second for these.
# tests/ui/test_startup_imports.py keeps the list whole for the two first pages.
from desktop.config import settings  # noqa: F401  (loaded before Qt, above)
from desktop.config.clock import clock
from desktop.config.paths import resolve_data_paths
from desktop.config.resources import resources_dir
from desktop.services import (  # noqa: F401  (loaded before Qt, above)
    backups,
    catalogue,
    dashboard,
    dossier_queries,
    dossier_views,
    dossiers,
    login_hints,
    officers,
    setup,
    sync_status,
    undo,
    workbook_summary,
)
from desktop.store.database import Database
from desktop.store.errors import StoreError

# isort: split
from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.app_flow import AppFlow
from desktop.ui.gc_guard import collect_on_gui_thread
from desktop.ui.ops import OpRunner
from desktop.ui.qt_platform import platform_problem
from desktop.ui.widgets.mnemonics import MnemonicWatcher

# The office screen the UI is designed for: 1366×768 less a 40-pixel taskbar is what a window may use.
SCREENSHOT_SIZE = (1366, 728)
SETTLE_TIMEOUT_MS = 60_000


def _quiet_offscreen(_kind: QtMsgType, _where: QMessageLogContext, message: str) -> None:
    # The offscreen platform says it cannot resize to hints or raise windows; nothing is wrong, so say nothing.
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


class PlatformMissing(RuntimeError):
    """The window cannot open on this system; the message names what to install."""


def _offscreen_application(size: tuple[int, int]) -> QApplication:
    """Qt's offscreen platform on a screen of `size` (its default screen is 800×800)."""
    with tempfile.TemporaryDirectory(prefix="commune-desk-screen-") as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "screenshot", "x": 0, "y": 0, "width": size[0],
                                                   "height": size[1], "logicalDpi": 96}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        qInstallMessageHandler(_quiet_offscreen)
        return QApplication(sys.argv[:1])  # the file is read here and needed no longer


def _application(offscreen: bool, size: tuple[int, int] = SCREENSHOT_SIZE) -> QApplication:
    existing = QApplication.instance()  # a host (a test runner) keeps its own platform and message handler
    if existing is not None:
        app = existing
    elif offscreen:
        app = _offscreen_application(size)
    else:
        problem = platform_problem()
        if problem is not None:  # Qt would abort with a bare "could not load the Qt platform plugin"
            raise PlatformMissing(problem)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("CommuneDesk")
    app.setOrganizationName("CommuneDesk")
    icon = QIcon()
    for pixels in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"commune-desk-{pixels}.png"))
    app.setWindowIcon(icon)
    app.setDesktopFileName("commune-desk")  # matches installers/commune-desk.desktop (task bars, Wayland)
    MnemonicWatcher(app)  # Alt+letter on every dialog's buttons, in either language (kept alive by its parent)
    collect_on_gui_thread(app)  # cycles holding Qt objects are never collected on the database worker
    return app  # type: ignore[return-value]


def run_gui(args: argparse.Namespace) -> int:
    screenshot = getattr(args, "screenshot", None)
    size = getattr(args, "size", None) or SCREENSHOT_SIZE
    try:
        app = _application(offscreen=screenshot is not None, size=size)
    except PlatformMissing as exc:
        print(exc, file=sys.stderr)
        return 1
    paths = resolve_data_paths(args.data_dir)
    try:
        db = Database.open(paths)
    except StoreError as exc:
        if screenshot is not None:
            print(f"{exc.message_vi}\n{exc.message_en}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "CommuneDesk", f"{exc.message_vi}\n\n{exc.message_en}")
        return 1
    flow = AppFlow(app, db, paths.settings, clock(), backup=lambda: db.backup_now("manual"))
    try:
        if screenshot is not None:
            return take_screenshot(flow, Path(screenshot), getattr(args, "page", None), getattr(args, "lang", None),
                                   size)
        flow.start()
        return app.exec()
    finally:
        flow.runner.wait_idle()
        if screenshot is None:
            db.daily_backup()
        db.close()


def screenshot_account(flow: AppFlow) -> officers.OfficerInfo | None:
    """The demo administrator when there is one, else the first administrator, else anyone with an account."""
    people = [o for o in officers.list_officers(flow.setup_ctx) if o.username]
    for wanted in (lambda o: o.username == "admin", lambda o: o.role == "admin", lambda o: True):
        for person in people:
            if wanted(person):
                return person
    return None


def settle(runner: OpRunner, timeout_ms: int = SETTLE_TIMEOUT_MS) -> bool:
    """Let the pages' background loads report back before the picture is taken (the event loop runs meanwhile)."""
    loop = QEventLoop()
    quiet_ticks = [0]

    def check() -> None:
        quiet_ticks[0] = quiet_ticks[0] + 1 if not runner.busy else 0
        if quiet_ticks[0] >= 3:  # idle for three ticks in a row: chained loads have had their turn
            loop.quit()

    ticker = QTimer(interval=50)
    ticker.timeout.connect(check)
    ticker.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    ticker.stop()
    return not runner.busy


def take_screenshot(flow: AppFlow, target: Path, page: str | None, lang: str | None,
                    size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    if flow.commune() is None:
        print("Chưa thiết lập xã/phường: chạy “commune-desk demo” trước.\n"
              "No commune set up yet: run “commune-desk demo” first.", file=sys.stderr)
        return 2
    user = screenshot_account(flow)
    if user is None:
        print("Chưa có tài khoản nào / no account yet.", file=sys.stderr)
        return 2
    flow.set_language(lang or flow.settings.language)
    flow.settings_path = None  # a screenshot never changes the officer's preferences
    window = flow.open_main(user, page or "dashboard", geometry="")
    window.showNormal()  # maximised, the offscreen platform keeps a few pixels for a frame it never draws
    window.resize(*size)
    settle(flow.runner)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        print(f"Không ghi được ảnh / could not write {target}", file=sys.stderr)
        return 1
    print(target)
    window.close()
    return 0
