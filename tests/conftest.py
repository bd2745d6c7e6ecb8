"""Fixtures every test shares: offscreen Qt, a fixed clock, a fresh database file per test, and for GUI tests a
logged-in session, a wait for background work and Vietnamese typing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator

import pytest

# Offscreen Qt on the office screen's available area, 1366×768 less a 40-pixel taskbar: every window must fit it.
_SCREEN = os.path.join(tempfile.mkdtemp(prefix="cd-screen-"), "screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _file:
    _file.write('{"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96}]}')
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# A server started by a test keeps its province signing key in a throw-away folder, never in the user's data folder.
os.environ.setdefault("COMMUNE_DESK_SERVER_BUNDLE_KEYS", tempfile.mkdtemp(prefix="cds-province-keys-"))

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from support import FakeClock  # noqa: E402

from desktop.config.paths import DataPaths  # noqa: E402
from desktop.services import catalogue, officers, setup  # noqa: E402
from desktop.services.context import ServiceContext  # noqa: E402
from desktop.store.database import Database  # noqa: E402
from desktop.ui.gc_guard import GuiCollector, collect_on_gui_thread  # noqa: E402
from desktop.ui.ops import OpRunner  # noqa: E402
from desktop.ui.pages.base import PageController  # noqa: E402
from desktop.ui.session import AppSession  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:  # noqa: ANN001
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(data_paths: DataPaths) -> Iterator[Database]:
    database = Database.open(data_paths)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database, clock: FakeClock) -> ServiceContext:
    """A commune (Phường An Sinh, Quảng Ninh) with two procedures: one in the day, one of 15 working days."""
    context = ServiceContext(db, actor="admin", role="admin", clock=clock)
    setup.set_up_commune(context, "22", "07090", leader_name="Nguyễn Văn An")
    catalogue.add_procedure(context, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    catalogue.add_procedure(context, "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15)
    return context


# GUI fixtures: a logged-in session over the same database, waiting for background work, typing Vietnamese.


@pytest.fixture(scope="session")
def qapp(qapp):  # noqa: ANN001, ANN201
    """pytest-qt's application, with Python's cycle collector moved to the GUI thread as the app itself does."""
    collect_on_gui_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """With collection on the GUI timer, a test that never runs the event loop still leaves no cycles behind."""
    yield
    app = QApplication.instance()
    collector = app.findChild(GuiCollector) if app is not None else None
    if isinstance(collector, GuiCollector):
        collector.collect_due()
ADMIN_PASSWORD = "quantri-2026"


@pytest.fixture
def admin(ctx: ServiceContext) -> officers.OfficerInfo:
    return officers.add_officer(ctx, "Phạm Thị Hoa", "Công chức Văn hóa - Xã hội", role="admin", username="hoa",
                                password=ADMIN_PASSWORD)


@pytest.fixture
def session(qapp, ctx: ServiceContext, admin: officers.OfficerInfo):  # noqa: ANN001, ANN201
    """An administrator logged in; the runner is drained before the database closes."""
    runner = OpRunner()
    app_session = AppSession(ctx, runner, admin)
    yield app_session
    runner.wait_idle()


@pytest.fixture
def wait_idle(qtbot, session: AppSession):  # noqa: ANN001, ANN201
    """Call it to wait until every background Op has reported back to the GUI thread."""
    def wait() -> None:
        qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    return wait


@pytest.fixture
def shown_page(qtbot, session: AppSession, wait_idle):  # noqa: ANN001, ANN201
    """Call it with a page's factory (`create_x_page`, or any callable taking the session) to get the controller of
    a page built as the main window builds it, shown at 1366×700, its first load in."""
    def show(create: Callable[[AppSession], PageController]) -> PageController:
        controller = create(session)
        qtbot.addWidget(controller.view)
        controller.view.resize(1366, 700)
        controller.view.show()
        controller.show_page()
        wait_idle()
        return controller
    return show


@pytest.fixture
def type_text():  # noqa: ANN201
    """Type text into a widget key by key, like an officer with a Vietnamese keyboard (Telex output).

    QTest.keyClicks aborts on characters outside Latin-1 (ă, ơ, ư, đ…), so each character goes in as a key event
    carrying its text, which is what an input method delivers.
    """
    def type_into(widget: QWidget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    return type_into
