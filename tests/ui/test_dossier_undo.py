"""Undo a mistaken step from the dossier list on real widgets: Ctrl+Z on the selected dossier asks, naming the step,
and "Hoàn tác" takes it back on the database worker, not the GUI thread; the list shows the dossier's earlier state,
and a refusal is said at the list."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import hold_worker

from desktop.domain.lifecycle import Status
from desktop.services import dossiers
from desktop.services.dossiers import DossierInput
from desktop.services.undo import UNDO_MINUTES
from desktop.ui.models.dossier_table import COL_STATUS
from desktop.ui.pages.dossier_page import create_dossier_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard", extend=True)


def test_ctrl_z_undoes_the_last_step_after_asking(qtbot, shown_page, ctx, wait_idle) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, DossierInput("1.009994", "Nguyễn Văn Đức", "direct",
                                                       received_at=datetime(2026, 11, 16, 9)))
    dossiers.change_status(ctx, info.code, "finish")
    page = shown_page(create_dossier_page)
    status = page.model.index(0, COL_STATUS)
    assert page.model.data(status) == "Đã xử lý xong"
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "confirmUndo"
    assert info.code in box.text() and "“Đã tiếp nhận”" in box.text()  # names the dossier and where it goes back to
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.data(page.model.index(0, COL_STATUS)) == "Đã tiếp nhận", timeout=5_000)
    assert page.selected_code() == info.code
    qtbot.mouseClick(page.view.undo_button, Qt.MouseButton.LeftButton)  # the button does the same
    assert page.active_dialog is not box and page.active_dialog.objectName() != "confirmUndo"  # not the registration


def _finished_and_asked(qtbot, shown_page, ctx):  # noqa: ANN001, ANN202
    info = dossiers.register_dossier(ctx, DossierInput("1.009994", "Nguyễn Văn Đức", "direct",
                                                       received_at=datetime(2026, 11, 16, 9)))
    dossiers.change_status(ctx, info.code, "finish")
    page = shown_page(create_dossier_page)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.active_dialog.objectName() == "confirmUndo"
    return info.code, page, page.active_dialog


def _status(page) -> str:  # noqa: ANN001
    return page.model.data(page.model.index(0, COL_STATUS))


def test_the_undo_runs_on_the_worker_and_the_list_follows(qtbot, shown_page, ctx, session) -> None:  # noqa: ANN001
    code, page, box = _finished_and_asked(qtbot, shown_page, ctx)
    release = hold_worker(session.runner)  # busy: the undo can only wait behind it, never run on this thread
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert session.runner.busy
    assert dossiers.get_dossier(ctx, code).dossier.status == int(Status.FINISHED)  # back at once, nothing undone yet
    assert _status(page) == "Đã xử lý xong"
    release.set()
    qtbot.waitUntil(lambda: not session.runner.busy and _status(page) == "Đã tiếp nhận", timeout=10_000)
    assert dossiers.get_dossier(ctx, code).dossier.status == int(Status.RECEIVED)


def test_a_refused_undo_is_said_and_changes_nothing(qtbot, shown_page, ctx, session, clock) -> None:  # noqa: ANN001
    code, page, box = _finished_and_asked(qtbot, shown_page, ctx)
    clock.advance(minutes=UNDO_MINUTES + 1)  # the officer came back to the question too late
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.findChild(QMessageBox, "errorBox") is not None, timeout=10_000)
    error = page.view.findChild(QMessageBox, "errorBox")
    assert f"{UNDO_MINUTES} phút" in error.text() and not error.detailedText()  # explained, no traceback
    assert dossiers.get_dossier(ctx, code).dossier.status == int(Status.FINISHED) and _status(page) == "Đã xử lý xong"
