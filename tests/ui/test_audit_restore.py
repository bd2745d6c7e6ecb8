"""Restore a deleted record from the audit log on real widgets: the delete entry of a procedure offers "Khôi phục
bản ghi đã xóa" to an administrator, asks, and the procedure is back in the catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import catalogue
from desktop.ui.pages.audit_page import create_audit_page
from desktop.ui.widgets.record_table_view import select_row


def test_a_deleted_procedure_comes_back_from_its_audit_entry(qtbot, shown_page, session, wait_idle) -> None:  # noqa: ANN001
    catalogue.remove_procedure(session.ctx, "1.009994")
    page = shown_page(create_audit_page)
    entries = [page.model.entry_at(r) for r in range(page.model.rowCount())]
    deleted = next(r for r, e in enumerate(entries) if e.action == "delete" and e.table_name == "procedures")
    inserted = next(r for r, e in enumerate(entries) if e.action == "insert")
    select_row(page.view.table, inserted)
    assert page.view.restore_button.isHidden()  # nothing to bring back from an insert
    select_row(page.view.table, deleted)
    assert page.view.restore_button.isVisible()
    qtbot.mouseClick(page.view.restore_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "confirmRestoreRecord"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle()
    assert "1.009994" in {p.code for p in catalogue.list_procedures(session.ctx, include_inactive=True)}
