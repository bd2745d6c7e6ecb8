"""The first window opens offscreen and names the commune with its diacritics intact."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.services import setup
from desktop.ui.placeholder_window import PlaceholderWindow


def test_window_names_the_commune(qtbot, ctx) -> None:  # noqa: ANN001
    window = PlaceholderWindow(setup.get_commune(ctx))
    qtbot.addWidget(window)
    window.show()
    text = window.findChild(QLabel, "title").text()
    assert "Phường An Sinh" in text and "Quảng Ninh" in text


def test_window_without_commune_says_how_to_set_up(qtbot) -> None:  # noqa: ANN001
    window = PlaceholderWindow(None)
    qtbot.addWidget(window)
    assert "commune-desk demo" in window.findChild(QLabel).text()
