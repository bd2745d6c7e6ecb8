"""The Settings page on real widgets: commune profile, officers and accounts, declared days, language, permissions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMessageBox

from desktop.services import calendar, officers, setup
from desktop.services.context import ServiceContext
from desktop.ui.models.officer_table import COL_ACTIVE, COL_NAME, COL_ROLE, COL_USERNAME, OfficerTableModel
from desktop.ui.ops import OpRunner
from desktop.ui.pages.settings_page import SettingsPageController, create_settings_page, date_line
from desktop.ui.session import AppSession

OFFICERS_TAB, CALENDAR_TAB, LANGUAGE_TAB = 1, 2, 4


def _page(qtbot, session: AppSession) -> SettingsPageController:  # noqa: ANN001
    page = create_settings_page(session)
    qtbot.addWidget(page.view)
    page.view.resize(1366, 700)
    page.view.show()
    page.show_page()
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    return page


def _click(qtbot, button: QAbstractButton) -> None:  # noqa: ANN001
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(qtbot, type_text: Callable[[QLineEdit, str], None], edit: QLineEdit, text: str) -> None:  # noqa: ANN001
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def _confirm(page: SettingsPageController) -> None:
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()


def _names(page: SettingsPageController) -> list[str]:
    return [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]


def test_leader_name_typed_is_stored(qtbot, session, type_text, ctx: ServiceContext) -> None:  # noqa: ANN001
    page = _page(qtbot, session)
    tab = page.view.commune
    assert tab.leader_name.text() == "Nguyễn Văn An"
    assert tab.province.text() == "Quảng Ninh"
    assert "An Sinh, ngày 20 tháng 11 năm 2026" in tab.place_hint.text()
    _retype(qtbot, type_text, tab.leader_name, "Trần Thị Bình")
    _retype(qtbot, type_text, tab.leader_title, "Phó Chủ tịch")
    _click(qtbot, tab.save)
    stored = setup.get_commune(ctx)
    assert (stored.leader_name, stored.leader_title) == ("Trần Thị Bình", "Phó Chủ tịch")
    assert tab.status.text() == "Đã lưu."


def test_empty_place_name_is_refused_under_its_field(qtbot, session, ctx: ServiceContext) -> None:  # noqa: ANN001
    page = _page(qtbot, session)
    tab = page.view.commune
    tab.place_name.selectAll()
    qtbot.keyClick(tab.place_name, Qt.Key.Key_Delete)
    _click(qtbot, tab.save)
    assert tab.errors.message_for("place_name") == "Vui lòng nhập địa danh."
    assert setup.get_commune(ctx).place_name == "An Sinh"


def test_date_line_follows_the_decree_for_leading_zeros() -> None:
    assert date_line("An Sinh", date(2027, 2, 5)) == "An Sinh, ngày 05 tháng 02 năm 2027"
    assert date_line("An Sinh", date(2026, 11, 20)) == "An Sinh, ngày 20 tháng 11 năm 2026"


def test_admin_adds_an_officer_with_an_account(qtbot, session, type_text, ctx: ServiceContext) -> None:  # noqa: ANN001
    page = _page(qtbot, session)
    page.view.tabs.setCurrentIndex(OFFICERS_TAB)
    assert page.new_record()  # Ctrl+N on this tab
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.full_name, "Đỗ Thị Bình")
    type_text(dialog.position, "Công chức Tư pháp - Hộ tịch")
    dialog.role.setCurrentIndex(dialog.role.findData("leader"))
    type_text(dialog.username, "binh")
    type_text(dialog.password, "mat-khau-moi")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Đỗ Thị Bình" in _names(page), timeout=10_000)
    row = _names(page).index("Đỗ Thị Bình")
    assert page.model.index(row, COL_ROLE).data() == "Lãnh đạo"
    assert page.model.index(row, COL_USERNAME).data() == "binh"
    assert page.view.officers.table.selectionModel().selectedRows()[0].row() == row  # the new officer is selected
    assert officers.authenticate(ctx.db, "binh", "mat-khau-moi", ctx.now()).full_name == "Đỗ Thị Bình"


def test_deactivate_asks_first_and_can_be_undone(qtbot, session, wait_idle, admin,  # noqa: ANN001
                                                 ctx: ServiceContext) -> None:
    lan = officers.add_officer(ctx, "Trần Thị Lan", "Kế toán")
    page = _page(qtbot, session)
    buttons = page.view.officers
    page.view.officers.table.selectRow(page.model.row_of(admin.id))
    assert not buttons.deactivate.isEnabled()  # not oneself
    page.view.officers.table.selectRow(page.model.row_of(lan.id))
    _click(qtbot, buttons.deactivate)
    assert "Trần Thị Lan" in page.active_dialog.text()
    assert officers.get_officer(ctx, lan.id).active  # nothing happens before the answer
    _confirm(page)
    wait_idle()
    assert not officers.get_officer(ctx, lan.id).active
    assert page.model.index(page.model.row_of(lan.id), COL_ACTIVE).data() == "Đã ngừng"
    assert buttons.deactivate.text() == "Hoạt động lại"
    _click(qtbot, buttons.deactivate)
    wait_idle()
    assert officers.get_officer(ctx, lan.id).active


def test_officer_role_sees_account_controls_disabled(qtbot, ctx: ServiceContext, admin, type_text) -> None:  # noqa: ANN001
    clerk = officers.add_officer(ctx, "Lê Văn Tám", role="officer", username="tam", password="canbo-2026")
    officers.add_officer(ctx, "Trần Thị Lan", "Kế toán")
    runner = OpRunner()
    session = AppSession(ctx, runner, clerk)
    try:
        page = _page(qtbot, session)
        commune = page.view.commune
        assert commune.leader_name.isReadOnly() and not commune.save.isEnabled()
        assert commune.permission_note.isVisible()
        tab = page.view.officers
        tab.table.selectRow(0)
        assert tab.edit.isEnabled() and not tab.deactivate.isEnabled()
        assert "quản trị" in tab.deactivate.toolTip()
        assert not page.view.calendar.add.isEnabled() and "lãnh đạo" in page.view.calendar.add.toolTip().lower()
        page.view.tabs.setCurrentIndex(CALENDAR_TAB)
        assert not page.new_record()
        _click(qtbot, tab.add)  # adding an officer without an account is open to every role
        dialog = page.active_dialog
        assert not dialog.username.isEnabled() and not dialog.password.isEnabled() and not dialog.role.isEnabled()
        assert "quản trị" in dialog.password.toolTip()
        type_text(dialog.full_name, "Vũ Minh Đức")
        _click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: "Vũ Minh Đức" in _names(page), timeout=10_000)
    finally:
        runner.wait_idle()


def test_add_and_remove_a_declared_day(qtbot, session, wait_idle, type_text, ctx: ServiceContext) -> None:  # noqa: ANN001
    page = _page(qtbot, session)
    tab = page.view.calendar
    page.view.tabs.setCurrentIndex(CALENDAR_TAB)
    # The national days of this year and next are listed, greyed, and cannot be removed.
    days = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    national = len(days)
    victory = next(r for r, text in enumerate(days) if "30/04/2026" in text)
    assert tab.table.item(victory, 2).text() == "Ngày Chiến thắng · Lịch nhà nước"
    assert any("22/08/2026" in text for text in days)  # the Saturday worked for the 31/08 swap
    assert any("01/01/2027" in text for text in days) and tab.empty.isVisible()  # nothing declared yet
    tab.table.selectRow(victory)
    assert not tab.remove.isEnabled()
    _click(qtbot, tab.add)
    dialog = page.active_dialog
    dialog.day.setDate(QDate(2026, 12, 31))
    dialog.kind.setCurrentIndex(dialog.kind.findData(calendar.DAY_OFF))
    type_text(dialog.note, "Nghỉ bù theo Thông báo của tỉnh")
    _click(qtbot, dialog.save_button)
    wait_idle()
    assert [(o.day, o.kind, o.note) for o in calendar.list_overrides(ctx)] == [
        (date(2026, 12, 31), "day_off", "Nghỉ bù theo Thông báo của tỉnh")]
    assert tab.table.rowCount() == national + 1 and not tab.empty.isVisible()
    own = next(r for r in range(tab.table.rowCount()) if "31/12/2026" in tab.table.item(r, 0).text())
    assert tab.table.item(own, 1).text() == "Ngày nghỉ"

    _click(qtbot, tab.add)  # the same day again is refused under the date
    again = page.active_dialog
    again.day.setDate(QDate(2026, 12, 31))
    _click(qtbot, again.save_button)
    assert again.isVisible() and again.errors.message_for("day") == "Ngày 31/12/2026 đã được khai báo."
    again.discard()

    tab.table.selectRow(own)
    assert tab.remove.isEnabled()
    _click(qtbot, tab.remove)
    _confirm(page)
    wait_idle()
    assert calendar.list_overrides(ctx) == []
    assert tab.table.rowCount() == national and tab.empty.isVisible()


def test_language_choice_is_announced(qtbot, session) -> None:  # noqa: ANN001
    page = _page(qtbot, session)
    tab = page.view.language
    page.view.tabs.setCurrentIndex(LANGUAGE_TAB)
    assert tab.language.currentData() == "vi" and not tab.apply.isEnabled()
    tab.language.setCurrentIndex(tab.language.findData("en"))
    with qtbot.waitSignal(page.language_chosen, timeout=1000) as chosen:
        _click(qtbot, tab.apply)
    assert chosen.args == ["en"]


@pytest.mark.parametrize("include_inactive", [False, True])
def test_officer_model_is_a_sound_qt_model(qapp, ctx: ServiceContext, admin, include_inactive: bool) -> None:  # noqa: ANN001
    lan = officers.add_officer(ctx, "Trần Thị Lan", "Kế toán")
    officers.deactivate_officer(ctx, lan.id)
    model = OfficerTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_officers(officers.list_officers(ctx, include_inactive=include_inactive))
    assert model.rowCount() == (2 if include_inactive else 1)
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Họ tên"
    assert model.index(model.row_of(admin.id), COL_ROLE).data() == "Quản trị"
    model.set_officers([])
    assert model.rowCount() == 0
