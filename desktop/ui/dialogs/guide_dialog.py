"""The user guide, bundled under resources/guide (HTML with screenshots, in the subset Qt's rich text renders),
opened by F1 and from the Help menu.

The guide exists in Vietnamese and English (`vi.html`, `en.html`); the window shows the UI's language and can switch to
the other. F1 on a page opens the guide at that page's section (each page has a heading anchor named by its key).
QTextBrowser renders it and follows links inside the guide; a web link opens in the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.config.resources import resources_dir
from desktop.ui.i18n import current_language
from desktop.ui.screen_fit import available_area, resize_to_fit

LANGUAGES = ("vi", "en")


def guide_dir() -> Path:
    return resources_dir() / "guide"


def guide_file(lang: str) -> Path:
    return guide_dir() / f"{lang if lang in LANGUAGES else 'vi'}.html"


class GuideDialog(QDialog):
    """Non-modal: the officer reads it beside the window they are working in."""

    def __init__(self, parent: QWidget | None = None, section: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng CommuneDesk"))
        self.lang = current_language()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # links inside the guide are followed here, web links in the browser
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setSearchPaths([str(guide_dir())])
        self.other_language = QPushButton()
        self.other_language.setAutoDefault(False)
        self.other_language.clicked.connect(self._toggle_language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.other_language)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.browser.backward)
        area = available_area(self)
        resize_to_fit(self, min(980, area.width()), area.height())
        self.show_guide(self.lang, section)

    def show_guide(self, lang: str, section: str = "") -> None:
        self.lang = lang if lang in LANGUAGES else "vi"
        url = QUrl.fromLocalFile(str(guide_file(self.lang)))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)
        if section:
            self.browser.scrollToAnchor(section)
        self.other_language.setText("English" if self.lang == "vi" else "Tiếng Việt")

    def _toggle_language(self) -> None:
        self.show_guide("en" if self.lang == "vi" else "vi")

    def _on_link(self, url: QUrl) -> None:
        if url.isLocalFile() or url.isRelative():
            if url.isRelative() and url.hasFragment() and not url.path():
                self.browser.scrollToAnchor(url.fragment())
            else:
                self.browser.setSource(url)
        else:
            QDesktopServices.openUrl(url)
