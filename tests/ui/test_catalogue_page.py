"""The catalogue page on real widgets: add by typing, search without accents, edit, deactivate, remove, and an
officer's read-only view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from support import FakeClock

from desktop.services import catalogue, officers
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from desktop.ui.models.catalogue_table import COL_ACTIVE, COL_DAYS, COL_FEE, COL_NAME, CatalogueTableModel
from desktop.ui.ops import OpRunner
from desktop.ui.pages.catalogue_page import CataloguePageController, create_catalogue_page
from desktop.ui.session import AppSession


def _text(page: CataloguePageController, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def _codes(page: CataloguePageController) -> list[str]:
    return [page.model.procedure_at(r).code for r in range(page.model.rowCount())]


@pytest.fixture
def page(shown_page) -> CataloguePageController:  # noqa: ANN001
    return shown_page(create_catalogue_page)


def _replace(qtbot, widget, text: str, type_text) -> None:  # noqa: ANN001
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def _save(qtbot, dialog: ProcedureDialog) -> None:  # noqa: ANN001
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_add_find_without_accents_and_edit(qtbot, page, ctx: ServiceContext, wait_idle, type_text) -> None:  # noqa: ANN001
    assert _codes(page) == ["1.001193", "1.009994"]
    assert page.new_record() is True
    dialog = page.active_dialog
    assert isinstance(dialog, ProcedureDialog) and dialog.isVisible()
    type_text(dialog.code, "1.004227")
    type_text(dialog.name, "Đăng ký giám hộ")
    type_text(dialog.field.lineEdit(), "Hộ tịch")
    _replace(qtbot, dialog.days, "3", type_text)
    _replace(qtbot, dialog.fee, "15000", type_text)
    dialog.online_level.setCurrentIndex(dialog.online_level.findData("full"))
    dialog.boundary_free.setFocus()
    qtbot.keyClick(dialog.boundary_free, Qt.Key.Key_Space)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)

    stored = catalogue.list_procedures(ctx, "giam ho")
    assert [(p.code, p.name, p.field_name, p.statutory_days, p.fee, p.online_level, p.boundary_free)
            for p in stored] == [("1.004227", "Đăng ký giám hộ", "Hộ tịch", 3, 15000, "full", True)]
    assert len(catalogue.list_fields(ctx)) == 2  # the typed field name found the existing field
    assert page.current().code == "1.004227"  # the new procedure is selected

    type_text(page.view.search, "giam ho")
    qtbot.waitUntil(lambda: _codes(page) == ["1.004227"], timeout=5_000)
    assert _text(page, 0, COL_NAME) == "Đăng ký giám hộ"
    assert _text(page, 0, COL_DAYS) == "3 ngày"
    assert page.view.fields.item(0).text() == "Tất cả lĩnh vực (1)"
    assert page.view.count.text() == "1 thủ tục"

    qtbot.mouseClick(page.view.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ProcedureDialog) and dialog.code.isReadOnly()
    assert dialog.field.currentText() == "Hộ tịch" and dialog.days.value() == 3
    _replace(qtbot, dialog.days, "5", type_text)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and _text(page, 0, COL_DAYS) == "5 ngày", timeout=5_000)
    assert catalogue.list_procedures(ctx, "1.004227")[0].statutory_days == 5
    assert page.active_dialog is None


def test_refused_value_shown_under_its_field(qtbot, page, ctx: ServiceContext, type_text) -> None:  # noqa: ANN001
    page.new_record()
    dialog = page.active_dialog
    type_text(dialog.code, "1.001193")  # already in the catalogue
    type_text(dialog.name, "Trùng mã")
    type_text(dialog.field.lineEdit(), "Hộ tịch")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "đã có trong danh mục" in dialog.errors.message_for("code")
    assert dialog.name.text() == "Trùng mã"  # nothing typed is lost
    assert len(catalogue.list_procedures(ctx)) == 2


def _answer(qtbot, page: CataloguePageController, yes: bool) -> None:  # noqa: ANN001
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    button = box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_deactivate_and_remove_ask_first(qtbot, page, ctx: ServiceContext, wait_idle) -> None:  # noqa: ANN001
    assert page.current().code == "1.001193"
    qtbot.mouseClick(page.view.active_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, yes=False)
    wait_idle()
    assert all(p.active for p in catalogue.list_procedures(ctx))

    qtbot.mouseClick(page.view.active_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, yes=True)
    qtbot.waitUntil(lambda: _text(page, 0, COL_ACTIVE) == "Ngừng áp dụng", timeout=5_000)
    assert [p.code for p in catalogue.list_procedures(ctx)] == ["1.009994"]  # no longer offered for new dossiers
    assert page.current().code == "1.001193" and page.view.active_button.text() == "Áp dụng lại"
    assert "ngừng áp dụng" in page.view.count.text()

    page.view.show_inactive.setChecked(False)
    qtbot.waitUntil(lambda: _codes(page) == ["1.009994"], timeout=5_000)

    qtbot.mouseClick(page.view.remove_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page, yes=True)
    qtbot.waitUntil(lambda: _codes(page) == [], timeout=5_000)
    assert catalogue.list_procedures(ctx, include_inactive=True)[0].code == "1.001193"
    assert not page.view.edit_button.isEnabled()


def test_officer_can_read_but_not_change(qtbot, qapp, ctx: ServiceContext, clock: FakeClock) -> None:  # noqa: ANN001
    user = officers.add_officer(ctx, "Trần Văn Bình", "Công chức tiếp nhận", role="officer", username="binh",
                                password="canbo-2026")
    runner = OpRunner()
    officer = AppSession(ServiceContext(ctx.db, clock=clock), runner, user)
    page = create_catalogue_page(officer)
    qtbot.addWidget(page.view)
    page.view.show()
    page.show_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    try:
        buttons = (page.view.add_button, page.view.edit_button, page.view.active_button, page.view.remove_button)
        assert page.current() is not None
        assert not any(b.isEnabled() for b in buttons)
        assert all("lãnh đạo hoặc quản trị viên" in b.toolTip() for b in buttons)
        assert page.view.read_only_note.isVisible()
        assert page.new_record() is False
        page.view.table.activated.emit(page.model.index(0, 0))  # Enter or a double click on a row
        assert page.active_dialog is None
    finally:
        runner.wait_idle()


def test_ctrl_f_focuses_search(qtbot, page) -> None:  # noqa: ANN001
    page.view.activateWindow()
    qtbot.waitUntil(page.view.isActiveWindow, timeout=5_000)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.view.search.hasFocus()


def test_model_contract_and_texts(qtbot, ctx: ServiceContext) -> None:  # noqa: ANN001
    model = CatalogueTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)  # noqa: F841
    catalogue.add_procedure(ctx, "2.000908", "Chứng thực hợp đồng, giao dịch", "Chứng thực", 2, fee=50000)
    model.set_rows(catalogue.list_procedures(ctx))
    assert model.rowCount() == 3
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))  # what the app sets for its Vietnamese UI
    try:
        fees = {model.procedure_at(r).code: model.data(model.index(r, COL_FEE)) for r in range(3)}
    finally:
        QLocale.setDefault(before)
    assert fees["1.001193"] == "Miễn phí" and fees["2.000908"] == "50.000"
    model.set_rows([])
    assert model.rowCount() == 0 and model.procedure_at(0) is None
