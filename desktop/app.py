"""Assembles the GUI: opens the store, then shows the main window (a placeholder until the desktop-app issue lands)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.config.paths import resolve_data_paths
from desktop.domain.errors import DomainError
from desktop.services import setup
from desktop.services.context import ServiceContext
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.placeholder_window import PlaceholderWindow


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CommuneDesk")
    try:
        db = Database.open(resolve_data_paths(args.data_dir))
    except StoreError as exc:
        QMessageBox.critical(None, "CommuneDesk", f"{exc.message_vi}\n\n{exc.message_en}")
        return 1
    try:
        ctx = ServiceContext(db, actor="gui")
        try:
            commune = setup.get_commune(ctx)
        except DomainError:
            commune = None
        window = PlaceholderWindow(commune, ctx)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.show()
        return app.exec()
    finally:
        db.daily_backup()
        db.close()
