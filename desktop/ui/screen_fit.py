"""Windows that fit the officer's screen: 1366×768 with a taskbar leaves 1366×728, and nothing may hide below it.

The main window opens maximised (or at its remembered place, pulled back onto the screen it is on now); a dialog that
would be larger than the available area is shrunk to it, room left for the title bar the window manager adds.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room the window manager takes around a window (Windows 10/11: ~8 px borders, a ~31 px title bar).
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary screen) not taken by task bars and docks.

    The screen is found from where the window stands, never with `widget.screen()`: PySide keeps the QScreen that
    call returns as the widget's own child object, and the cycle collector, freeing a closed dialog later, then
    deleted the application's screen with it (every window made after that crashed in Qt's QScreen code)."""
    screen = None
    if widget is not None:
        screen = QGuiApplication.screenAt(widget.window().frameGeometry().center())
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fitting_size(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """`wanted`, shrunk so that the window with its frame fits the available area."""
    area = available_area(widget)
    return QSize(min(wanted.width(), area.width() - FRAME_WIDTH), min(wanted.height(), area.height() - FRAME_HEIGHT))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize a top-level window to `width`×`height`, or less where the screen is smaller."""
    size = fitting_size(QSize(width, height), widget)
    widget.resize(max(size.width(), widget.minimumWidth()), max(size.height(), widget.minimumHeight()))


def clamped(geometry: QRect, area: QRect) -> QRect:
    """A remembered window geometry pulled back inside `area`: shrunk when larger, moved when partly outside."""
    width = min(geometry.width(), area.width() - FRAME_WIDTH)
    height = min(geometry.height(), area.height() - FRAME_HEIGHT)
    left = min(max(geometry.left(), area.left() + FRAME_WIDTH // 2), area.right() - FRAME_WIDTH // 2 - width + 1)
    top = min(max(geometry.top(), area.top() + FRAME_HEIGHT - FRAME_WIDTH // 2),
              area.bottom() - FRAME_WIDTH // 2 - height + 1)
    return QRect(left, top, width, height)
