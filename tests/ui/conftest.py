"""GUI fixtures: a logged-in session over the shared test database, and a helper to wait for background work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import officers
from desktop.services.context import ServiceContext
from desktop.ui.ops import OpRunner
from desktop.ui.session import AppSession

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
