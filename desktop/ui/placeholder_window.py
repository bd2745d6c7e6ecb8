"""The first window: the commune's name and its dossier list. The desktop-app issue grows it into the real main
window (navigation, login, dashboard, other pages)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop import __version__
from desktop.services.context import ServiceContext
from desktop.services.dto import CommuneInfo
from desktop.ui.pages.dossier_page import DossierPageController, DossierPageView


class PlaceholderWindow(QMainWindow):
    def __init__(self, commune: CommuneInfo | None, ctx: ServiceContext | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CommuneDesk"))
        if commune is None:
            text = self.tr("Chưa thiết lập xã/phường. Chạy “commune-desk demo” hoặc “commune-desk setup”.")
        else:
            text = self.tr("{name}, {province} — CommuneDesk {version}").format(
                name=commune.name, province=commune.province_name, version=__version__)
        body = QWidget()
        layout = QVBoxLayout(body)
        label = QLabel(text)
        label.setObjectName("title")
        label.setMargin(8)
        layout.addWidget(label)
        self.dossiers: DossierPageController | None = None
        if commune is not None and ctx is not None:
            page = DossierPageView()
            self.dossiers = DossierPageController(page, ctx)
            layout.addWidget(page, 1)
        self.setCentralWidget(body)
        self.resize(1280, 720)
