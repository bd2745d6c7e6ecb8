"""The main window on real widgets: every page opens, shortcuts move between them, the status bar tells the truth."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop.services import officers
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.services.setup import get_commune
from desktop.ui.app_flow import AppFlow
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.base import PageController
from desktop.ui.pages.registry import PAGE_KEYS
from desktop.ui.session import DOSSIERS, AppSession


def _window(qtbot, session: AppSession) -> MainWindow:  # noqa: ANN001
    window = MainWindow(session, get_commune(session.ctx))
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_page_opens_and_keeps_its_controller(qtbot, session, wait_idle) -> None:  # noqa: ANN001
    window = _window(qtbot, session)
    for key in PAGE_KEYS:
        page = window.show_page(key)
        assert isinstance(page, PageController), key
        assert window.stack.currentWidget() is page.view
        wait_idle()
    assert window.findChild(QLabel, "errorBox") is None
    assert window.show_page("dashboard") is window.pages["dashboard"]  # built once, reused


def test_ctrl_number_switches_pages(qtbot, session, wait_idle) -> None:  # noqa: ANN001
    window = _window(qtbot, session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "training"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dossiers"
    wait_idle()


def test_status_bar_shows_commune_user_and_overdue_count(qtbot, ctx, session, wait_idle) -> None:  # noqa: ANN001
    register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct", received_at=datetime(2026, 11, 2, 9)))
    window = _window(qtbot, session)
    wait_idle()
    status = window.status
    assert status.commune.text() == "Phường An Sinh"
    assert status.user.text() == "Phạm Thị Hoa (Quản trị)"
    assert status.overdue.text() == "Quá hạn: 1 hồ sơ"
    assert "chưa đồng bộ" in status.sync.text() and "chờ gửi" in status.sync.text()
    register_dossier(ctx, DossierInput("1.001193", "Trần Thị Lan", "direct", received_at=datetime(2026, 11, 3, 9)))
    session.changed(DOSSIERS)
    wait_idle()
    assert status.overdue.text() == "Quá hạn: 2 hồ sơ"


def test_an_officer_cannot_manage_accounts(qtbot, ctx, session) -> None:  # noqa: ANN001
    officer = officers.add_officer(ctx, "Lê Văn Tám", role="officer", username="tam", password="canbo-2026")
    plain = AppSession(ctx.__class__(ctx.db, clock=ctx.clock), session.runner, officer)
    assert not plain.can("manage_accounts") and not plain.can("sign_report")
    assert session.can("manage_accounts") and session.can("sign_report")
    window = _window(qtbot, plain)
    assert window.status.user.text() == "Lê Văn Tám (Cán bộ)"


def test_a_first_start_fills_the_free_area_with_the_status_bar_above_the_taskbar(qtbot, qapp, ctx, admin, clock,
                                                                                  tmp_path) -> None:  # noqa: ANN001
    flow = AppFlow(qapp, ctx.db, tmp_path / "settings.json", clock)
    window = flow.open_main(admin, "dossiers")
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    area = QGuiApplication.primaryScreen().availableGeometry()  # the one screen (no widget.screen(): screen_fit)
    assert window.isMaximized() and area.contains(window.frameGeometry())
    status = window.statusBar()
    assert area.contains(status.mapToGlobal(status.rect().bottomRight()))
    window.close()
    flow.runner.wait_idle()


def test_the_overdue_tile_opens_the_dossier_list_filtered(qtbot, ctx, session, wait_idle) -> None:  # noqa: ANN001
    late = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct",
                                              received_at=datetime(2026, 11, 2, 9))).code
    register_dossier(ctx, DossierInput("1.009994", "Trần Thị Lan", "direct", received_at=datetime(2026, 11, 19, 9)))
    window = _window(qtbot, session)
    dashboard = window.show_page("dashboard")
    wait_idle()
    tile = dashboard.view.overdue
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.current_key() == "dossiers"
    page = window.pages["dossiers"]
    assert page.view.quick.currentData() == "overdue"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.dossier_at(0).code == late, timeout=10_000)
    wait_idle()
