"""The dossier page on real widgets: search as you type without diacritics, every filter narrows the list, the
due-soon flag, and the officer's round trip: receive a dossier, find it, open it, move it to "returned"."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.services import catalogue, dossiers
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.dossier_detail import ActionDialog, DossierDetailDialog
from desktop.ui.dialogs.dossier_dialog import DossierDialog
from desktop.ui.models.dossier_table import DUE_SOON_BACKGROUND, FLAG_DUE_SOON, FLAG_OVERDUE
from desktop.ui.pages.dossier_page import DossierPageController, create_dossier_page
from desktop.ui.session import CATALOGUE, DOSSIERS

# The procedure picker's list is a popup; the offscreen platform remarks that it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard", extend=True)


def _seed(ctx) -> dict[str, str]:  # noqa: ANN001
    """Seven dossiers spread over periods, fields, channels, statuses and outcomes; today is Fri 20/11/2026."""
    catalogue.add_procedure(ctx, "T.1", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", 1)
    rows = [("A", "Nguyễn Văn Đức", "1.001193", "direct", datetime(2026, 11, 18, 9)),  # in the day: overdue
            ("B", "Trần Thị Lan", "1.009994", "online", datetime(2026, 11, 19, 9)),
            ("C", "Lê Hoàng Nam", "1.009994", "postal", datetime(2026, 11, 20, 9)),
            ("D", "Phạm Thị Thu", "1.001193", "online", datetime(2026, 10, 15, 9)),
            ("E", "Hoàng Văn Minh", "1.009994", "direct", datetime(2026, 3, 10, 9)),
            ("F", "Đặng Văn Sơn", "T.1", "direct", datetime(2026, 11, 20, 9, 30)),  # due Monday: due soon
            ("G", "Bùi Thị Hạnh", "1.001193", "direct", datetime(2025, 12, 1, 9))]
    codes = {key: dossiers.register_dossier(ctx, DossierInput(proc, name, channel, received_at=at)).code
             for key, name, proc, channel, at in rows}
    dossiers.change_status(ctx, codes["D"], "finish", at=datetime(2026, 10, 15, 14))  # on time
    dossiers.change_status(ctx, codes["E"], "finish", at=datetime(2026, 3, 12, 9))  # early
    dossiers.change_status(ctx, codes["G"], "finish", at=datetime(2025, 12, 3, 9), late_reason="Thiếu giấy tờ")
    return codes


@pytest.fixture
def page(shown_page) -> DossierPageController:  # noqa: ANN001
    return shown_page(create_dossier_page)


def _names(page: DossierPageController) -> list[str]:
    return sorted(page.model.dossier_at(r).applicant_name for r in range(page.model.rowCount()))


def _choose(page: DossierPageController, combo_name: str, data: object, wait_idle) -> list[str]:  # noqa: ANN001
    combo = getattr(page.view, combo_name)
    combo.setCurrentIndex(combo.findData(data))
    wait_idle()
    return _names(page)


def test_search_as_you_type_without_diacritics(qtbot, session, wait_idle) -> None:  # noqa: ANN001
    _seed(session.ctx)
    controller = create_dossier_page(session)
    view = controller.view
    qtbot.addWidget(view)
    view.show()
    controller.show_page()
    assert controller.model.rowCount() == 0  # the first page is read off the GUI thread
    wait_idle()
    assert controller.model.rowCount() == 7 and view.count.text() == "7 hồ sơ"
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F jumps to the search box
    assert view.search.hasFocus()
    with qtbot.waitSignal(controller.model.loaded, timeout=5000):
        qtbot.keyClicks(view.search, "nguyen van duc")
    assert _names(controller) == ["Nguyễn Văn Đức"] and view.count.text() == "1 hồ sơ"
    controller.model.count_cap = 5  # as a common name on a million dossiers: the count stops past the cap
    view.search.clear()
    controller.reload()
    wait_idle()
    assert controller.model.rowCount() == 7 and view.count.text() == "Hơn 5 hồ sơ"


def test_each_filter_narrows_the_list(page: DossierPageController, session, wait_idle) -> None:  # noqa: ANN001
    _seed(session.ctx)
    page.refresh()
    wait_idle()
    assert len(_names(page)) == 7
    assert _choose(page, "period", "this_month", wait_idle) == ["Lê Hoàng Nam", "Nguyễn Văn Đức", "Trần Thị Lan",
                                                                  "Đặng Văn Sơn"]
    assert _choose(page, "period", "last_month", wait_idle) == ["Phạm Thị Thu"]
    assert len(_choose(page, "period", "this_year", wait_idle)) == 6
    assert not page.view.date_from.isVisible()
    _choose(page, "period", "custom", wait_idle)
    assert page.view.date_from.isVisible() and page.view.date_to.isVisible()
    page.view.date_from.setDate(date(2026, 11, 19))
    wait_idle()
    assert _names(page) == ["Lê Hoàng Nam", "Trần Thị Lan", "Đặng Văn Sơn"]
    _choose(page, "period", "all", wait_idle)
    assert _choose(page, "status", 9, wait_idle) == ["Bùi Thị Hạnh", "Hoàng Văn Minh", "Phạm Thị Thu"]
    assert _choose(page, "outcome", "late", wait_idle) == ["Bùi Thị Hạnh"]
    page.view.clear_button.click()
    wait_idle()
    assert len(_names(page)) == 7
    assert _choose(page, "field", "XD", wait_idle) == ["Hoàng Văn Minh", "Lê Hoàng Nam", "Trần Thị Lan"]
    assert _choose(page, "channel", "online", wait_idle) == ["Trần Thị Lan"]
    page.view.clear_button.click()
    wait_idle()
    assert _choose(page, "quick", "open", wait_idle) == ["Lê Hoàng Nam", "Nguyễn Văn Đức", "Trần Thị Lan",
                                                         "Đặng Văn Sơn"]
    assert _choose(page, "quick", "overdue", wait_idle) == ["Nguyễn Văn Đức"]
    assert _choose(page, "quick", "due_soon", wait_idle) == ["Đặng Văn Sơn"]
    assert page.view.count.text() == "1 hồ sơ"


def test_overdue_and_due_soon_rows_are_flagged(page: DossierPageController, session, wait_idle) -> None:  # noqa: ANN001
    codes = _seed(session.ctx)
    page.refresh()
    wait_idle()
    model = page.model
    flags = {model.dossier_at(r).code: model.flag_of(model.dossier_at(r)) for r in range(model.rowCount())}
    assert flags[codes["A"]] == FLAG_OVERDUE and flags[codes["F"]] == FLAG_DUE_SOON
    assert [c for c, f in flags.items() if f is not None] == [codes["F"], codes["A"]]  # newest first
    row = model.row_of(codes["F"])
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) == DUE_SOON_BACKGROUND


def test_the_field_list_follows_the_catalogue(page: DossierPageController, session, wait_idle) -> None:  # noqa: ANN001
    assert page.view.field.findText("Giáo dục") < 0
    catalogue.add_procedure(session.ctx, "GD.1", "Xét duyệt hỗ trợ học tập", "Giáo dục", 10)
    session.changed(CATALOGUE)
    wait_idle()
    assert page.view.field.findText("Giáo dục") > 0


def test_enter_and_double_click_open_the_detail(qtbot, page: DossierPageController, session,  # noqa: ANN001
                                                wait_idle) -> None:
    codes = _seed(session.ctx)
    page.refresh()
    wait_idle()
    table = page.view.table
    assert page.selected_code() == page.model.dossier_at(0).code and page.view.open_button.isEnabled()
    row = page.model.row_of(codes["B"])
    table.setCurrentIndex(page.model.index(row, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    detail = page.active_dialog
    assert isinstance(detail, DossierDetailDialog) and detail.code == codes["B"] and detail.isVisible()
    detail.close()
    rect = table.visualRect(page.model.index(page.model.row_of(codes["C"]), 2))
    # A real double click starts with a click; QTest's double click alone is only the second half.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(page.active_dialog, DossierDetailDialog) and page.active_dialog.code == codes["C"]


def test_receive_find_and_return_a_dossier(qtbot, page: DossierPageController, session, wait_idle,  # noqa: ANN001
                                           type_text, clock) -> None:
    assert page.new_record() is True
    dialog = page.active_dialog
    assert isinstance(dialog, DossierDialog) and dialog.isVisible()
    dialog.procedure.edit.setFocus()
    type_text(dialog.procedure.edit, "trich luc")  # nothing matches: Esc, then the right words
    assert not dialog.procedure.popup_visible()
    dialog.procedure.edit.clear()
    type_text(dialog.procedure.edit, "khai sinh")
    qtbot.keyClick(dialog.procedure.completer.popup(), Qt.Key.Key_Return)
    assert dialog.procedure.edit.text() == "Đăng ký khai sinh"
    type_text(dialog.applicant_name, "Ngô Thị Ánh Tuyết")
    type_text(dialog.id_number, "034195000123")
    dialog.channel.setCurrentIndex(dialog.channel.findData("online"))
    dialog.pending.setChecked(True)  # filed online, to be accepted at the desk
    with qtbot.waitSignal(session.data_changed, timeout=3000):
        qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Return)
    wait_idle()
    code = dialog.result_value.code
    assert page.selected_code() == code  # the page reloaded and selected the new dossier
    row = page.model.row_of(code)
    assert page.model.data(page.model.index(row, 3)) == "034******123"  # masked in the list

    page.view.search.setText("ngo thi anh tuyet")
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        pass
    wait_idle()
    assert _names(page) == ["Ngô Thị Ánh Tuyết"]

    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Return)
    detail = page.active_dialog
    assert isinstance(detail, DossierDetailDialog)
    for action, allowed in [("accept", ["accept", "refuse", "withdraw"]),
                            ("start", ["start", "request-supplement", "withdraw", "finish"]),
                            ("finish", ["request-supplement", "request-payment", "withdraw", "stop", "finish"]),
                            ("return", ["return"])]:
        assert [a for a, b in detail.action_buttons.items() if b.isVisible()] == allowed
        clock.advance(minutes=3)
        qtbot.mouseClick(detail.action_buttons[action], Qt.MouseButton.LeftButton)
        step = detail.active_dialog
        assert isinstance(step, ActionDialog)
        with qtbot.waitSignal(session.data_changed, timeout=3000) as changed:
            step.accept()
        assert changed.args == [DOSSIERS]
        wait_idle()  # the page, on screen behind the detail, reloads too
    assert [a for a, b in detail.action_buttons.items() if b.isVisible()] == []
    assert page.model.dossier_at(page.model.row_of(code)).status == 10
    assert page.model.data(page.model.index(page.model.row_of(code), 8)) == "Đã trả kết quả"
    assert dossiers.get_dossier(session.ctx, code).dossier.outcome == "on_time"

