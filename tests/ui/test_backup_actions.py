"""Backup and restore from the File menu on real widgets: a folder of one's choice (a USB stick), a result dialog
that stays, and a restore that asks first, backs the current data up, swaps it in and logs everyone out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QProgressDialog
from support import hold_worker

from desktop.services import backups, catalogue
from desktop.services.setup import get_commune
from desktop.store.backup import check_file
from desktop.ui.main_window import MainWindow

# QFileDialog's own widgets on the offscreen platform (no native dialog there).
pytestmark = pytest.mark.qt_log_ignore("QFileSystemWatcher", extend=True)


def _window(qtbot, session) -> MainWindow:  # noqa: ANN001
    window = MainWindow(session, get_commune(session.ctx), backup=True)
    qtbot.addWidget(window)
    window.show()
    return window


def _choose(qtbot, dialog: QFileDialog, path: Path) -> None:  # noqa: ANN001
    """Paste the path into the dialog's name box (Ctrl+V) and click its Open/Choose button, as a person would.
    Typed key by key, the letters race the folder listing that fills in behind them and rewrites the box."""
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    name.selectAll()
    QApplication.clipboard().setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    accept = dialog.findChild(QDialogButtonBox).buttons()[0]
    assert accept.isEnabled()
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)


def test_back_up_to_a_chosen_folder_and_say_so(qtbot, session, tmp_path, wait_idle) -> None:  # noqa: ANN001
    window = _window(qtbot, session)
    stick = tmp_path / "usb"
    stick.mkdir()
    window.actions_by_name["backup_to"].trigger()
    dialog = window.backups.active_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    _choose(qtbot, dialog, stick)
    wait_idle()
    qtbot.waitUntil(lambda: isinstance(window.backups.active_dialog, QMessageBox), timeout=10_000)
    box = window.backups.active_dialog
    assert box.objectName() == "backupMade" and box.isVisible()
    made = list(stick.glob("commune-desk-*-manual.sqlite3"))
    assert len(made) == 1
    check_file(made[0])
    assert made[0].name in box.text() and str(stick) in box.text() and "Dung lượng" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # closed by the person, not by a timer
    assert not box.isVisible()


def _codes(ctx) -> set[str]:  # noqa: ANN001
    return {p.code for p in catalogue.list_procedures(ctx, include_inactive=True)}


def test_restore_asks_backs_up_swaps_and_logs_out(qtbot, session, tmp_path) -> None:  # noqa: ANN001
    ctx = session.ctx
    saved = backups.back_up(ctx, tmp_path / "saved").path
    catalogue.add_procedure(ctx, "9.999999", "Thủ tục thêm sau bản sao", "Hộ tịch", 3)
    window = _window(qtbot, session)
    window.actions_by_name["restore"].trigger()
    _choose(qtbot, window.backups.active_dialog, saved)
    confirm = window.backups.active_dialog
    assert confirm.objectName() == "confirmRestore" and saved.name in confirm.text()
    assert confirm.defaultButton() is confirm.button(QMessageBox.StandardButton.No)  # Enter alone changes nothing
    release = hold_worker(session.runner)  # the worker is busy: the restore must wait for it, not run on this thread
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    progress = window.backups.active_dialog
    assert isinstance(progress, QProgressDialog) and progress.isVisible() and saved.name in progress.labelText()
    assert not window.isEnabled()  # nothing new is started meanwhile
    assert "9.999999" in _codes(ctx)  # the GUI thread came back at once: not restored yet
    with qtbot.waitSignal(window.logout_requested, timeout=10_000):
        release.set()
        qtbot.waitUntil(lambda: window.backups.active_dialog.objectName() == "restoreDone", timeout=10_000)
        done = window.backups.active_dialog
        assert window.isEnabled() and not any(p.isVisible() for p in window.findChildren(QProgressDialog))
        qtbot.keyClick(done, Qt.Key.Key_Return)
    codes = {p.code for p in catalogue.list_procedures(ctx, include_inactive=True)}
    assert "9.999999" not in codes and "1.001193" in codes  # the backup's data, read through the same context
    safety = list(ctx.db.paths.backups.glob("commune-desk-*-pre-restore.sqlite3"))
    assert len(safety) == 1 and "Thủ tục thêm sau bản sao".encode() in safety[0].read_bytes()


def test_a_damaged_file_is_refused_and_nothing_changes(qtbot, session, tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "commune-desk-20261120-090000-manual.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    window = _window(qtbot, session)
    window.backups.confirm_restore(bad).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(window.backups.active_dialog, QMessageBox), timeout=10_000)
    box = window.backups.active_dialog
    assert box.objectName() != "restoreDone" and box.isVisible() and window.isEnabled()
    assert not list(session.ctx.db.paths.backups.glob("*pre-restore*"))
    assert {p.code for p in catalogue.list_procedures(session.ctx)} >= {"1.001193"}
