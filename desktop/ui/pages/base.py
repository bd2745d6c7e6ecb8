"""What every page of the main window shares: the session, a refresh when shown or when its data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.session import AppSession


def page_title(text: str) -> QLabel:
    """A page's heading: the body font, larger and bold, so every page opens the same way."""
    title = QLabel(text)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    return title


class PageController(QObject):
    """A page's controller. Subclasses set `topics` (the data that makes the page stale) and implement refresh().

    A page refreshes when it is shown if something changed since, or at once if it is on screen; `new_record()`
    answers Ctrl+N when the page has something to create.
    """

    topics: tuple[str, ...] = ()

    def __init__(self, view: QWidget, session: AppSession) -> None:
        super().__init__(view)
        self.view = view
        self.session = session
        self.ctx = session.ctx
        self._stale = True
        session.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def new_record(self) -> bool:
        """Open the page's "new" dialog; False when the page has nothing to create."""
        return False

    def show_page(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self, topic: str) -> None:
        if topic not in self.topics:
            return
        self._stale = True
        if self.view.isVisible():
            self.show_page()
