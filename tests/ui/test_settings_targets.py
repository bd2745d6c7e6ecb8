"""Settings → "Chỉ tiêu & giờ làm việc" on real widgets and a real database: the commune's Decision 766 targets and
office hours typed by keyboard, saved through the services (audited, queued for sync), refused at the field when
the office closes before it opens, read-only for an officer; the workbook's 766 tab counts against what was saved."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.services import desk_rules, index766, officers
from desktop.services.context import ServiceContext
from desktop.store.models import AuditEntry, OutboxOp
from desktop.ui import i18n
from desktop.ui.ops import OpRunner
from desktop.ui.pages.settings_page import SettingsPageController, create_settings_page
from desktop.ui.pages.workbook_page import create_workbook_page
from desktop.ui.session import AppSession

TARGETS_TAB = 3


def _open_tab(page: SettingsPageController) -> None:
    page.view.tabs.setCurrentIndex(TARGETS_TAB)
    assert page.view.tabs.tabText(TARGETS_TAB) == "Chỉ tiêu && giờ làm việc"  # "&&": an ampersand, not a shortcut


def _retype(qtbot, widget: QWidget, text: str) -> None:  # noqa: ANN001
    """Select what the field holds and type over it, as an officer does after tabbing in."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _tab(qtbot) -> QWidget:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _settings_rows(ctx: ServiceContext, model: type) -> int:
    table = "commune_settings"
    with ctx.db.session() as s:
        return len(s.scalars(select(model).where(model.table_name == table)).all())


def test_a_leader_types_targets_and_hours_and_the_workbook_counts_against_them(
        qtbot, session, shown_page, wait_idle, ctx: ServiceContext) -> None:  # noqa: ANN001
    workbook = shown_page(create_workbook_page)
    page = shown_page(create_settings_page)  # shown last: the active window, where the keys go
    _open_tab(page)
    tab = page.view.targets
    online = tab.targets["online_rate"]
    assert online.value() == 80.0 and tab.opens.value() == time(7, 30) and tab.closes.value() == time(17, 0)
    labels = [tab.form.labelForField(box).text() for box in tab.targets.values()]
    assert labels[:2] == ["Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Tỷ lệ hồ sơ trực tuyến toàn trình"]
    def target_shown() -> str:
        return workbook.view.index.item(0, 3).text()

    assert target_shown().replace(",", ".") == "80.0 %"  # the decimal mark is the UI locale's
    audited, queued = _settings_rows(ctx, AuditEntry), _settings_rows(ctx, OutboxOp)

    online.setFocus()
    _retype(qtbot, online, "85")
    for _ in range(len(tab.targets) - 1):
        _tab(qtbot)
    assert _tab(qtbot) is tab.opens
    qtbot.keyClicks(tab.opens, "0700")  # tabbing in selects the hour; a full hour moves on to the minutes
    assert _tab(qtbot) is tab.closes  # one Tab leaves the opening time, minutes and all
    qtbot.keyClicks(tab.closes, "16:30")
    assert _tab(qtbot) is tab.save
    qtbot.keyClick(tab.save, Qt.Key.Key_Space)
    wait_idle()

    assert tab.status.text() == "Đã lưu."
    assert index766.targets(ctx)["online_rate"] == 0.85
    assert index766.targets(ctx)["on_time_rate"] == 0.95  # untouched targets are not written
    assert desk_rules.get_office_hours(ctx) == desk_rules.OfficeHours(time(7, 0), time(16, 30))
    # One row each for the target and the two hours: audited and waiting to be sent.
    assert _settings_rows(ctx, AuditEntry) == audited + 3 and _settings_rows(ctx, OutboxOp) == queued + 3
    assert target_shown().replace(",", ".") == "85.0 %"  # the workbook on screen refreshed at once

    qtbot.keyClick(tab.save, Qt.Key.Key_Space)  # nothing changed since: nothing written
    assert tab.status.text() == "Không có gì thay đổi."
    assert _settings_rows(ctx, AuditEntry) == audited + 3


def test_closing_before_opening_is_refused_under_the_closing_time(qtbot, shown_page, wait_idle,  # noqa: ANN001
                                                                   ctx: ServiceContext) -> None:
    page = shown_page(create_settings_page)
    _open_tab(page)
    tab = page.view.targets
    tab.targets["digitisation_rate"].setFocus()
    _retype(qtbot, tab.targets["digitisation_rate"], "70")
    tab.opens.setFocus()
    assert _tab(qtbot) is tab.closes
    qtbot.keyClick(tab.closes, Qt.Key.Key_Right)  # the cursor moved off the hour: Ctrl+A then typing still retypes
    _retype(qtbot, tab.closes, "0700")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    wait_idle()
    assert tab.errors.message_for("closes") == "Giờ đóng cửa phải sau giờ mở cửa."
    assert QApplication.focusWidget() is tab.closes
    assert tab.status.text() == "" and tab.save.isEnabled()
    # Refused before anything was written: neither the hours nor the target typed with them.
    assert desk_rules.get_office_hours(ctx).closes == time(17, 0)
    assert index766.targets(ctx)["digitisation_rate"] == 0.9


def test_an_officer_reads_the_targets_without_editing_them(qtbot, ctx: ServiceContext, admin) -> None:  # noqa: ANN001
    index766.set_targets(ctx, {"online_payment_rate": 0.655})
    clerk = officers.add_officer(ctx, "Lê Văn Tám", role="officer", username="tam", password="canbo-2026")
    runner = OpRunner()
    session = AppSession(ctx, runner, clerk)
    try:
        page = create_settings_page(session)
        qtbot.addWidget(page.view)
        page.view.show()
        page.show_page()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        _open_tab(page)
        tab = page.view.targets
        payment = tab.targets["online_payment_rate"]
        assert payment.value() == 65.5
        assert payment.isReadOnly() and tab.opens.isReadOnly() and tab.closes.isReadOnly()
        assert not tab.save.isEnabled() and tab.permission_note.isVisible()
        assert "lãnh đạo" in tab.save.toolTip()
    finally:
        runner.wait_idle()


def test_in_english_the_rates_and_the_refusal_are_english(qapp, qtbot, shown_page, wait_idle) -> None:  # noqa: ANN001
    translator = i18n.install_translator(qapp, "en")
    try:
        page = shown_page(create_settings_page)
        page.view.tabs.setCurrentIndex(TARGETS_TAB)
        tab = page.view.targets
        assert page.view.tabs.tabText(TARGETS_TAB) == "Targets && office hours"
        assert tab.form.labelForField(tab.targets["online_rate"]).text() == "Received online"
        assert tab.form.labelForField(tab.closes).text() == "Closes at"
        tab.opens.setFocus()
        assert _tab(qtbot) is tab.closes
        qtbot.keyClicks(tab.closes, "0600")
        qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
        wait_idle()
        assert tab.errors.message_for("closes") == "The closing time must be after the opening time."
    finally:
        qapp.removeTranslator(translator)
        i18n.install_translator(qapp, "vi")
