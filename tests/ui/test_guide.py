"""The bundled user guide: F1 opens it at the current page's section, from the Help menu too; both languages have a
section and a screenshot for every page, and every picture they link is there (and is bundled)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.services.setup import get_commune
from desktop.ui.dialogs.guide_dialog import guide_dir, guide_file
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.registry import PAGE_KEYS


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_has_a_section_and_every_picture_is_there(lang: str) -> None:
    text = guide_file(lang).read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([^"]+)"', text))
    assert set(PAGE_KEYS) <= anchors
    assert all(f"#{key}" in text for key in PAGE_KEYS)  # the contents link to each
    pictures = set(re.findall(r'src="([^"]+)"', text))
    assert pictures == {f"img/{key}-{lang}.png" for key in PAGE_KEYS}
    for picture in pictures:
        image = QImage(str(guide_dir() / picture))
        assert not image.isNull(), picture
        assert image.width() >= 600, picture  # readable: taken at 1366×728, scaled no further than half


def test_f1_opens_the_guide_at_the_current_page(qtbot, session, wait_idle) -> None:  # noqa: ANN001
    window = MainWindow(session, get_commune(session.ctx))
    qtbot.addWidget(window)
    window.show()
    window.show_page("equipment")
    wait_idle()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.browser.source().fileName() == "vi.html" and guide.browser.source().fragment() == "equipment"
    assert "Hướng dẫn sử dụng CommuneDesk" in guide.browser.toPlainText()
    shown = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft()).block().text()
    assert shown == "Thiết bị"  # scrolled to the section's heading
    qtbot.mouseClick(guide.other_language, Qt.MouseButton.LeftButton)
    assert guide.browser.source().fileName() == "en.html" and "CommuneDesk user guide" in guide.browser.toPlainText()
    assert window.actions_by_name["guide"].shortcut().toString() == "F1"
    window.show_page("dossiers")
    wait_idle()
    window.actions_by_name["guide"].trigger()  # the Help menu's item: the same window, now at the dossiers
    assert window.guide is guide and guide.browser.source().fragment() == "dossiers"
