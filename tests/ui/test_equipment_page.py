"""The equipment page on real widgets: add a device by typing, record a breakdown and an outage, filter, refuse."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.services import equipment
from desktop.services.errors import NotFoundError
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.equipment_event_dialog import EndOutageDialog, EquipmentEventDialog
from desktop.ui.models import equipment_tables as cols
from desktop.ui.models.equipment_tables import STATUS_COLOURS
from desktop.ui.pages.equipment_page import EquipmentPageController, create_equipment_page

LEFT = Qt.MouseButton.LeftButton


def _retype_time(qtbot, entry, text: str) -> None:  # noqa: ANN001
    """Replace a date-time entry's text from the keyboard, as the officer does after tabbing into it."""
    entry.edit.setFocus()
    entry.edit.selectAll()
    qtbot.keyClicks(entry.edit, text)


def _seed(ctx) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "TB-MT-001", "pc", model="Dell OptiPlex 3020", acquired_on=date(2015, 3, 2),
                            location="Phòng Kinh tế", assigned_to="Lê Thị Thu")
    equipment.add_equipment(ctx, "TB-MI-001", "printer", model="Canon LBP 2900", acquired_on=date(2020, 6, 17),
                            location="Văn phòng HĐND và UBND", status="broken")
    equipment.add_equipment(ctx, "TB-DT-001", "network_link", model="Cáp quang FTTH VNPT 300 Mbps",
                            acquired_on=date(2021, 1, 7), location="Trung tâm Phục vụ hành chính công")


@pytest.fixture
def page(session, shown_page) -> EquipmentPageController:  # noqa: ANN001
    _seed(session.ctx)
    return shown_page(create_equipment_page)


def _tags(page: EquipmentPageController) -> list[str]:
    return [page.model.equipment_at(r).asset_tag for r in range(page.model.rowCount())]


def _cell(page: EquipmentPageController, tag: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN202
    return page.model.data(page.model.index(page.model.row_of(tag), column), role)


def _select(page: EquipmentPageController, tag: str, wait_idle) -> None:  # noqa: ANN001
    page.view.table.selectRow(page.model.row_of(tag))
    wait_idle()
    assert page.current().asset_tag == tag and page.history_model.asset_tag == tag


def _activate(qtbot, window) -> None:  # noqa: ANN001
    """Focus and shortcuts need the window to be the active one, as it is for the officer."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _history(page: EquipmentPageController, column: int) -> list[str]:
    return [page.history_model.data(page.history_model.index(r, column)) for r in range(page.history_model.rowCount())]


def test_lists_devices_with_summary_and_ctrl_f(qtbot, page) -> None:  # noqa: ANN001
    view = page.view
    assert _tags(page) == ["TB-DT-001", "TB-MI-001", "TB-MT-001"]
    assert view.summary.text() == ("3 thiết bị · Đang sử dụng: 2 · Hỏng: 1 · 3 thiết bị cũ (trên 5 năm)")
    assert page.current().asset_tag == "TB-DT-001"  # the first device is selected, its history below
    assert "TB-DT-001" in view.history_title.text()
    assert not view.end_outage_button.isEnabled()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_add_a_device_by_typing(qtbot, page, wait_idle, type_text) -> None:  # noqa: ANN001
    assert page.new_record()  # what Ctrl+N in the main window calls
    dialog = page.active_dialog
    assert isinstance(dialog, EquipmentDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.asset_tag, "tb-mq-001")
    dialog.kind.setFocus()
    while dialog.kind.currentData() != "scanner":  # pick the kind with the keyboard
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.model, "Canon DR-C225 II")
    type_text(dialog.location, "Trung tâm Phục vụ hành chính công")
    type_text(dialog.assigned_to, "Nguyễn Thị Thảo")
    qtbot.keyClicks(dialog.acquired_on, "15/03/2019")
    assert not dialog.certificate_expiry.isVisible()  # only signature tokens have a certificate
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.acquired_on, Qt.Key.Key_Return)
    wait_idle()
    assert page.active_dialog is None
    stored = equipment.get_equipment(page.ctx, "TB-MQ-001")
    assert (stored.kind, stored.model, stored.location, stored.assigned_to, stored.acquired_on, stored.status) == (
        "scanner", "Canon DR-C225 II", "Trung tâm Phục vụ hành chính công", "Nguyễn Thị Thảo", date(2019, 3, 15),
        "in_use")
    assert "TB-MQ-001" in _tags(page) and page.current().asset_tag == "TB-MQ-001"  # the new device is selected
    assert _cell(page, "TB-MQ-001", cols.COL_KIND) == "Máy quét"
    assert _cell(page, "TB-MQ-001", cols.COL_FLAGS) == "Cũ"
    assert page.view.summary.text().startswith("4 thiết bị")


def test_status_change_to_broken_recolours_the_row_and_shows_in_history(qtbot, page, wait_idle,
                                                                       type_text) -> None:  # noqa: ANN001
    _select(page, "TB-MT-001", wait_idle)
    assert _cell(page, "TB-MT-001", cols.COL_STATUS) == "Đang sử dụng"
    assert _cell(page, "TB-MT-001", cols.COL_STATUS, Qt.ItemDataRole.BackgroundRole) == STATUS_COLOURS["in_use"][1]
    qtbot.mouseClick(page.view.event_button, LEFT)
    dialog = page.active_dialog
    assert isinstance(dialog, EquipmentEventDialog) and dialog.event_kind() == "status_change"
    assert dialog.to_status.isVisible() and not dialog.end_row.isVisible() and not dialog.cost.isVisible()
    dialog.to_status.setCurrentIndex(dialog.to_status.findData("broken"))
    type_text(dialog.note, "Hỏng nguồn, không lên màn hình")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    wait_idle()
    assert page.current().asset_tag == "TB-MT-001"
    assert _cell(page, "TB-MT-001", cols.COL_STATUS) == "Hỏng"
    assert _cell(page, "TB-MT-001", cols.COL_STATUS, Qt.ItemDataRole.BackgroundRole) == STATUS_COLOURS["broken"][1]
    assert _history(page, cols.EV_KIND) == ["Đổi tình trạng"]
    assert _history(page, cols.EV_STATUS) == ["Đang sử dụng → Hỏng"]
    assert _history(page, cols.EV_NOTE) == ["Hỏng nguồn, không lên màn hình"]
    assert _history(page, cols.EV_AT) == ["20/11/2026 10:00"]  # "now" by the officer's clock
    assert "Hỏng: 2" in page.view.summary.text()
    assert equipment.get_equipment(page.ctx, "TB-MT-001").status == "broken"
    [event] = equipment.equipment_history(page.ctx, "TB-MT-001")
    assert (event.kind, event.from_status, event.to_status, event.actor) == ("status_change", "in_use", "broken", "hoa")


def test_record_an_outage_then_end_it(qtbot, page, wait_idle, type_text) -> None:  # noqa: ANN001
    view = page.view
    _select(page, "TB-DT-001", wait_idle)
    qtbot.mouseClick(view.event_button, LEFT)
    dialog = page.active_dialog
    assert dialog.event_kind() == "outage"  # the usual event of a network link
    assert dialog.end_row.isVisible() and not dialog.to_status.isVisible()
    _retype_time(qtbot, dialog.at, "20/11/2026 08:30")
    type_text(dialog.note, "Đứt cáp quang do thi công đường")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    wait_idle()
    assert _cell(page, "TB-DT-001", cols.COL_FLAGS) == "Mất kết nối, Cũ"
    assert _history(page, cols.EV_ENDED) == ["Chưa kết thúc"]
    assert "1 đang mất kết nối" in view.summary.text()
    assert view.end_outage_button.isEnabled()

    qtbot.mouseClick(view.end_outage_button, LEFT)
    end = page.active_dialog
    assert isinstance(end, EndOutageDialog)
    _retype_time(qtbot, end.ended_at, "20/11/2026 09:45")
    with qtbot.waitSignal(end.saved, timeout=3000):
        qtbot.keyClick(end.ended_at, Qt.Key.Key_Return)
    wait_idle()
    assert _history(page, cols.EV_ENDED) == ["20/11/2026 09:45"]
    assert _cell(page, "TB-DT-001", cols.COL_FLAGS) == "Cũ"
    assert not view.end_outage_button.isEnabled()
    [outage] = equipment.equipment_history(page.ctx, "TB-DT-001")
    assert (outage.at, outage.ended_at) == (datetime(2026, 11, 20, 8, 30), datetime(2026, 11, 20, 9, 45))
    assert not equipment.get_equipment(page.ctx, "TB-DT-001").open_outage


def test_filters_and_search_narrow_the_table(qtbot, page, wait_idle) -> None:  # noqa: ANN001
    view = page.view
    view.status_filter.setCurrentIndex(view.status_filter.findData("broken"))
    wait_idle()
    assert _tags(page) == ["TB-MI-001"]
    assert view.summary.text().startswith("1 thiết bị")
    view.status_filter.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("network_link"))
    wait_idle()
    assert _tags(page) == ["TB-DT-001"]
    view.kind_filter.setCurrentIndex(0)
    wait_idle()
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        qtbot.keyClicks(view.search, "van phong hdnd")  # no diacritics needed
    wait_idle()
    assert _tags(page) == ["TB-MI-001"]
    view.search.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData("in_repair"))
    wait_idle()
    assert _tags(page) == [] and page.current() is None
    assert not view.event_button.isEnabled() and page.history_model.rowCount() == 0


def test_refused_values_show_under_their_fields_and_the_dialog_stays_open(qtbot, page, wait_idle,
                                                                          type_text) -> None:  # noqa: ANN001
    page.new_record()
    dialog = page.active_dialog
    _activate(qtbot, dialog)
    type_text(dialog.asset_tag, "TB MT 9")  # spaces are not allowed in an asset tag
    type_text(dialog.model, "Lenovo ThinkCentre")
    qtbot.keyClick(dialog.model, Qt.Key.Key_Return)
    assert dialog.isVisible() and page.active_dialog is dialog
    assert dialog.errors.message_for("asset_tag").startswith("Mã tài sản chỉ gồm chữ không dấu")
    assert dialog.asset_tag.hasFocus() and dialog.model.text() == "Lenovo ThinkCentre"
    message = dialog.findChild(QLabel, "error_asset_tag")  # the long message wraps: it must not be clipped
    assert message.isVisible() and message.height() >= message.heightForWidth(message.width())
    dialog.asset_tag.clear()
    qtbot.keyClicks(dialog.asset_tag, "TB-MT-001")  # already used
    qtbot.keyClick(dialog.asset_tag, Qt.Key.Key_Return)
    assert dialog.errors.message_for("asset_tag") == "Mã tài sản “TB-MT-001” đã được dùng."
    dialog.asset_tag.clear()
    qtbot.keyClicks(dialog.asset_tag, "TB-MT-009")
    qtbot.keyClicks(dialog.acquired_on, "31/02/2024")
    qtbot.keyClick(dialog.acquired_on, Qt.Key.Key_Return)
    assert dialog.errors.message_for("acquired_on") == "Ngày không hợp lệ."
    assert dialog.errors.message_for("asset_tag") == ""
    assert dialog.isVisible()
    with pytest.raises(NotFoundError):
        equipment.get_equipment(page.ctx, "TB-MT-009")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # something typed: asked first, then thrown away
    assert dialog.discard_box is not None and dialog.discard_box.isVisible()
    dialog.discard_box.button(QMessageBox.StandardButton.Yes).click()
    assert page.active_dialog is None

    _select(page, "TB-MI-001", wait_idle)
    qtbot.mouseClick(page.view.event_button, LEFT)
    event = page.active_dialog
    qtbot.keyClick(event.note, Qt.Key.Key_Return)  # a status change without a new status
    assert event.errors.message_for("to_status") == "Vui lòng chọn tình trạng mới."
    event.to_status.setCurrentIndex(event.to_status.findData("in_use"))
    _retype_time(qtbot, event.at, "21/11/2026 09:00")  # tomorrow
    qtbot.keyClick(event.note, Qt.Key.Key_Return)
    assert event.errors.message_for("at") == "Thời điểm không được ở tương lai."
    assert event.isVisible() and event.to_status.currentData() == "in_use"
    assert equipment.equipment_history(page.ctx, "TB-MI-001") == []


def test_edit_with_enter_and_remove_after_confirmation(qtbot, page, wait_idle, type_text) -> None:  # noqa: ANN001
    view = page.view
    _select(page, "TB-MI-001", wait_idle)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, EquipmentDialog) and dialog.model.text() == "Canon LBP 2900"
    dialog.location.clear()
    type_text(dialog.location, "Phòng Văn hóa - Xã hội")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.location, Qt.Key.Key_Return)
    wait_idle()
    assert equipment.get_equipment(page.ctx, "TB-MI-001").location == "Phòng Văn hóa - Xã hội"
    assert _cell(page, "TB-MI-001", cols.COL_LOCATION) == "Phòng Văn hóa - Xã hội"

    qtbot.mouseClick(view.remove_button, LEFT)
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and "TB-MI-001" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)  # changed their mind
    wait_idle()
    assert "TB-MI-001" in _tags(page)
    _activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = page.active_dialog
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Xóa"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    wait_idle()
    assert "TB-MI-001" not in _tags(page)
    with pytest.raises(NotFoundError):
        equipment.get_equipment(page.ctx, "TB-MI-001")
