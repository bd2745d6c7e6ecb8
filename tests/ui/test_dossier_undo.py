"""Undo a mistaken step from the dossier list on real widgets: Ctrl+Z on the selected dossier asks, naming the step,
and "Hoàn tác" takes it back; the list shows the dossier's earlier state."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import dossiers
from desktop.services.dossiers import DossierInput
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
