"""The dashboard on real widgets: figures registered through the services appear on the tiles and lists, follow
changes announced on the session, and a failure is shown as a plain message on the page."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.config.settings import UiSettings
from desktop.services import dossiers, equipment, training
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from desktop.ui.pages.dashboard_page import create_dashboard_page
from desktop.ui.pages.dashboard_view import APPLICANT, CODE, DUE, PROCEDURE
from desktop.ui.session import DOSSIERS, EQUIPMENT, TRAINING

HT, XD = "1.001193", "1.009994"  # in the day (Đăng ký khai sinh); 15 working days


@pytest.fixture(autouse=True)
def vietnamese_numbers():  # noqa: ANN201
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))  # what the app sets for its Vietnamese UI
    yield
    QLocale.setDefault(before)


def _register(ctx, proc: str, name: str, received: datetime, channel: str = "direct") -> str:  # noqa: ANN001
    return dossiers.register_dossier(ctx, DossierInput(proc, name, channel, received_at=received)).code


def _page(qtbot, session):  # noqa: ANN001, ANN202
    controller = create_dashboard_page(session)
    qtbot.addWidget(controller.view)
    controller.view.resize(1366, 700)
    controller.view.show()
    return controller


def _row(table, row: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, c).text() for c in (CODE, APPLICANT, PROCEDURE, DUE)]


def test_tiles_and_lists_show_the_month_and_follow_changes(qtbot, session, ctx, wait_idle) -> None:  # noqa: ANN001
    late = _register(ctx, HT, "Nguyễn Văn Đức", datetime(2026, 11, 18, 9))      # due 18/11: overdue today
    today = _register(ctx, HT, "Trần Thị Lan", datetime(2026, 11, 20, 8))       # due today
    _register(ctx, XD, "Lê Hoàng Nam", datetime(2026, 11, 5, 9), "online")      # due 27/11
    done = _register(ctx, HT, "Phạm Thị Mai", datetime(2026, 11, 16, 9), "online")
    dossiers.change_status(ctx, done, "finish", at=datetime(2026, 11, 16, 10))   # on time
    controller = _page(qtbot, session)
    view = controller.view
    controller.show_page()
    assert view.state.text() == "Đang tải…" and view.received.value.text() == "…"
    wait_idle()
    assert view.state.text() == ""
    # Decree 09's reporting month that 20/11 falls in, as the paper counts it: the dossier of 5/11 was November's.
    assert view.period.text() == "Tháng 12/2026 (15/11 – 14/12/2026), số liệu đến ngày 20/11/2026"
    tiles = {name: getattr(view, name).value.text()
             for name in ("received", "resolved", "on_time", "online", "overdue", "due_soon")}
    assert tiles == {"received": "3", "resolved": "1", "on_time": "100,0 %", "online": "33,3 %", "overdue": "1",
                     "due_soon": "1"}
    assert view.received.detail.text() == "trực tuyến 1 · phi địa giới 0"
    assert view.due_soon.detail.text() == "hạn đến hết 23/11/2026"  # Friday: the next working day is Monday
    assert view.overdue_box.title() == "Hồ sơ quá hạn (1)"
    assert _row(view.overdue_table, 0) == [late, "Nguyễn Văn Đức", "Đăng ký khai sinh", "18/11/2026"]
    assert view.due_table.rowCount() == 1 and _row(view.due_table, 0)[:2] == [today, "Trần Thị Lan"]
    assert [(p.month, p.received) for p in view.chart.points()][-2:] == [("2026-11", 1), ("2026-12", 3)]

    # The officer finishes today's dossier and registers a new one elsewhere; the page hears of it.
    dossiers.change_status(ctx, today, "finish", at=datetime(2026, 11, 20, 9, 30))
    _register(ctx, HT, "Hoàng Văn Bình", datetime(2026, 11, 20, 9, 40), "online")
    dossiers.change_status(ctx, late, "finish", at=datetime(2026, 11, 20, 9, 50))
    session.changed(DOSSIERS)
    assert view.state.text() == "Đang tải…"
    wait_idle()
    assert (view.received.value.text(), view.resolved.value.text(), view.on_time.value.text()) == ("4", "3", "66,7 %")
    assert view.resolved.detail.text() == "trong đó quá hạn 1"
    assert view.on_time.detail.text() == "2/3 hồ sơ giải quyết"
    assert (view.overdue.value.text(), view.due_soon.value.text()) == ("0", "1")  # the new one is due today
    assert view.overdue_table.rowCount() == 0 and view.overdue_more.text() == "Không có hồ sơ nào."
    assert view.online.value.text() == "50,0 %"

    # This PC counts calendar months (a setting, as on the Báo cáo page): the whole of November.
    UiSettings(calendar_months=True).save(ctx.db.paths.settings)
    view.reload.click()
    wait_idle()
    assert view.period.text() == "Tháng 11/2026 (01/11 – 30/11/2026), số liệu đến ngày 20/11/2026"
    assert (view.received.value.text(), view.online.value.text()) == ("5", "60,0 %")
    assert [p.received for p in view.chart.points()][-1] == 5


def test_devices_and_training_figures(qtbot, session, ctx, wait_idle) -> None:  # noqa: ANN001
    controller = _page(qtbot, session)
    controller.show_page()
    wait_idle()
    view = controller.view
    assert view.devices_list.text() == "Không có thiết bị hỏng, đang sửa chữa hay hoạt động kém."
    equipment.add_equipment(ctx, "MT-01", "pc", status="broken", location="Bộ phận một cửa")
    equipment.add_equipment(ctx, "IN-01", "printer", status="degraded")
    equipment.add_equipment(ctx, "IN-02", "printer")
    session.changed(EQUIPMENT)
    wait_idle()
    assert view.devices_counts.text() == "Hỏng: 1 · Đang sửa chữa: 0 · Hoạt động kém: 1"
    assert view.devices_list.text().splitlines() == ["MT-01 · Máy tính để bàn · Hỏng · Bộ phận một cửa",
                                                     "IN-01 · Máy in · Hoạt động kém"]
    # 16/11 is in the reporting month of 20/11 (Decree 09: 15/11–14/12), the month the dossier tiles count.
    course = training.add_course(ctx, "Ứng dụng trí tuệ nhân tạo", start_date=date(2026, 11, 16), hours=8)
    training.add_participation(ctx, course.id, person_name="Vũ Thị Hằng", hours_attended=7.5)
    training.add_participation(ctx, course.id, person_name="Đỗ Văn Khánh", hours_attended=8)
    training.add_course(ctx, "An toàn thông tin", start_date=date(2026, 4, 6), hours=4, category="security")
    session.changed(TRAINING)
    wait_idle()
    assert view.training_month.text() == "Tháng này: 1 khóa học · 15,5 giờ học"
    assert view.training_year.text() == "Năm 2026: 2 khóa học · 15,5 giờ học"


def test_changes_while_loading_load_once_more(qtbot, session, ctx, wait_idle, monkeypatch) -> None:  # noqa: ANN001
    started = []
    run = session.runner.run

    def counted(fn, *a):  # noqa: ANN001, ANN002, ANN202
        # The dossier loads only: the workbook tiles beside them load on their own (tests/ui/test_workbook_tiles.py).
        if "WorkbookTiles" not in fn.__qualname__:
            started.append(fn)
        return run(fn, *a)
    monkeypatch.setattr(session.runner, "run", counted)
    gate = threading.Event()
    session.runner.run(lambda: gate.wait(10))  # the worker is busy elsewhere, so the first load waits in line
    controller = _page(qtbot, session)
    controller.show_page()
    _register(ctx, HT, "Nguyễn Thị Thu", datetime(2026, 11, 19, 9))
    session.changed(DOSSIERS)
    session.changed(DOSSIERS)
    assert len(started) == 2  # the blocker and the first load: no pile of loads behind it
    gate.set()
    wait_idle()
    assert len(started) == 3  # one more load for both changes
    assert controller.view.received.value.text() == "1" and controller.view.overdue.value.text() == "1"
    assert controller.view.state.text() == ""


def test_a_hidden_page_waits_until_shown(qtbot, session, ctx, wait_idle) -> None:  # noqa: ANN001
    controller = _page(qtbot, session)
    controller.show_page()
    wait_idle()
    controller.view.hide()
    _register(ctx, HT, "Nguyễn Thị Thu", datetime(2026, 11, 19, 9))
    session.changed(DOSSIERS)
    assert not session.runner.busy and controller.view.received.value.text() == "0"
    controller.view.show()
    controller.show_page()
    wait_idle()
    assert controller.view.received.value.text() == "1"


def test_failure_is_a_plain_message_on_the_page(qtbot, session, ctx, wait_idle) -> None:  # noqa: ANN001
    with ctx.db.engine.begin() as conn:  # a damaged store: the training table is gone
        conn.exec_driver_sql("DROP TABLE participations")
        conn.exec_driver_sql("DROP TABLE training_courses")
    controller = _page(qtbot, session)
    controller.show_page()
    wait_idle()
    view = controller.view
    assert view.state.text().startswith("Đã xảy ra lỗi ngoài dự kiến.")
    assert view.received.value.text() == "—"


def test_enter_or_a_double_click_on_a_listed_dossier_opens_it(qtbot, session, ctx, wait_idle) -> None:  # noqa: ANN001
    late = _register(ctx, HT, "Nguyễn Văn Đức", datetime(2026, 11, 18, 9))
    today = _register(ctx, HT, "Trần Thị Lan", datetime(2026, 11, 20, 8))
    controller = _page(qtbot, session)
    controller.show_page()
    wait_idle()
    view = controller.view
    assert view.due_table.item(0, DUE).text() == "Hôm nay" and view.due_table.item(0, DUE).font().bold()
    assert view.overdue_table.item(0, DUE).text() == "18/11/2026"
    assert not view.first_steps.isVisible()
    view.overdue_table.setFocus()
    view.overdue_table.setCurrentCell(0, CODE)
    qtbot.keyClick(view.overdue_table, Qt.Key.Key_Return)
    detail = controller.active_dialog
    assert isinstance(detail, DossierDetailDialog) and detail.isVisible() and detail.code == late
    detail.close()
    rect = view.due_table.visualRect(view.due_table.model().index(0, APPLICANT))
    # A double-click as the mouse sends it: a press and release, then the double-click.
    qtbot.mouseClick(view.due_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.due_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.active_dialog is not detail and controller.active_dialog.code == today
    controller.active_dialog.close()


def test_a_fresh_installation_gets_first_steps_that_lead_to_the_pages(qtbot, session, wait_idle) -> None:  # noqa: ANN001
    controller = _page(qtbot, session)
    controller.show_page()
    wait_idle()
    panel = controller.view.first_steps
    assert panel.isVisible()
    with qtbot.waitSignal(controller.navigate_requested, timeout=1000) as asked:
        panel.buttons["dossiers"].setFocus()
        qtbot.keyClick(panel.buttons["dossiers"], Qt.Key.Key_Space)
    assert asked.args == ["dossiers"]


def test_online_dossiers_waiting_and_expired_tokens_are_shown(qtbot, session, ctx, wait_idle) -> None:  # noqa: ANN001
    waiting = dossiers.register_dossier(ctx, DossierInput(HT, "Đỗ Thị Hạnh", "online", pending=True,
                                                          received_at=datetime(2026, 11, 19, 21, 15))).code
    _register(ctx, HT, "Trần Thị Lan", datetime(2026, 11, 20, 8))  # accepted at the desk: not waiting
    equipment.add_equipment(ctx, "CKS-01", "signature_token", certificate_expiry=date(2026, 11, 1))
    controller = _page(qtbot, session)
    controller.show_page()
    wait_idle()
    view = controller.view
    assert view.waiting_box.title() == "Trực tuyến chờ tiếp nhận (1)"
    assert _row(view.waiting_table, 0) == [waiting, "Đỗ Thị Hạnh", "Đăng ký khai sinh", "19/11 21:15"]
    assert view.tokens.isVisible() and view.tokens.text() == "Chữ ký số CKS-01 đã hết hạn ngày 01/11/2026"
    view.waiting_table.setFocus()
    view.waiting_table.setCurrentCell(0, CODE)
    qtbot.keyClick(view.waiting_table, Qt.Key.Key_Enter)
    assert controller.active_dialog.code == waiting
    controller.active_dialog.close()
