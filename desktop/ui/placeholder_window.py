"""A plain first window that proves the store opens; the desktop-app issue replaces it with the real main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from desktop import __version__
from desktop.services.dto import CommuneInfo


class PlaceholderWindow(QMainWindow):
    def __init__(self, commune: CommuneInfo | None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CommuneDesk"))
        if commune is None:
            text = self.tr("Chưa thiết lập xã/phường. Chạy “commune-desk demo” hoặc “commune-desk setup”.")
        else:
            text = self.tr("{name}, {province} — CommuneDesk {version}").format(
                name=commune.name, province=commune.province_name, version=__version__)
        label = QLabel(text)
        label.setMargin(24)
        self.setCentralWidget(label)
        self.resize(800, 500)
