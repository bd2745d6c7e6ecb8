"""The About window: name, version, the app's licence, the bundled fonts' licence and every library it ships with
(its requirements followed to the end, see desktop.config.components).

Versions and licences come from the installed distributions' metadata (a frozen build carries it, see
installers/commune-desk.spec); the fallback text is used only where a wheel's metadata names no licence.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.config.components import UNITS_DATA, bundled_distributions, canonical
from desktop.config.resources import resources_dir

APP_DISTRIBUTION = "commune-desk"
# (shown name, distribution, licence when the metadata names none).
LIBRARIES = (
    ("Qt for Python (PySide6)", "PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("ReportLab", "reportlab", "BSD"),
    ("openpyxl", "openpyxl", "MIT"),
    ("HTTPX", "httpx", "BSD-3-Clause"),
    ("FastAPI", "fastapi", "MIT"),
    ("Uvicorn", "uvicorn", "BSD-3-Clause"),
    ("psycopg", "psycopg", "LGPL-3.0"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("holidays", "holidays", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("filelock", "filelock", "Unlicense"),
    ("uuid-utils", "uuid-utils", "BSD-3-Clause"),
    ("python-dateutil", "python-dateutil", "Apache-2.0 OR BSD-3-Clause"),  # its metadata says only "Dual License"
)
# Licence fields that name no licence: the known one above is shown instead.
VAGUE = frozenset({"dual license", "unknown", "other/proprietary license", "license"})
FONT_NAME = "Tinos"
FONT_LICENCE = "SIL Open Font License 1.1"


@dataclass(frozen=True)
class Library:
    name: str
    version: str  # "" when the distribution is not installed
    licence: str


def licence_of(meta: metadata.PackageMetadata) -> str:
    """SPDX expression first, then a short License field, then the trove classifiers; "" when none says."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 40:  # some wheels paste the whole licence text here
        return field
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    return field.splitlines()[0][:40] if field else ""


def library(name: str, distribution: str, fallback: str) -> Library:
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return Library(name, "", fallback)
    found = licence_of(meta)
    return Library(name, meta.get("Version") or "", fallback if fallback and found.lower() in VAGUE else
                   found or fallback)


def libraries() -> list[Library]:
    """Every distribution the app ships (desktop.config.components), the well-known ones under their usual names."""
    named = {canonical(distribution): (name, fallback) for name, distribution, fallback in LIBRARIES}
    shipped = bundled_distributions() or [distribution for _, distribution, _ in LIBRARIES]
    rows = [library(*named.get(canonical(d), (d, ""))[:1], d, named.get(canonical(d), (d, ""))[1]) for d in shipped]
    return sorted(rows, key=lambda lib: lib.name.lower())


def app_licence() -> str:
    return library(APP_NAME, APP_DISTRIBUTION, "MIT").licence


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu CommuneDesk"))
        self.setMinimumSize(560, 520)
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resources_dir() / "icons" / "commune-desk-64.png")))
        self.title = QLabel(self.tr("<b>CommuneDesk</b> phiên bản {version}").format(version=__version__))
        self.title.setStyleSheet("font-size: 16px;")
        summary = QLabel(self.tr("Sổ theo dõi hồ sơ thủ tục hành chính, đào tạo và thiết bị cho cán bộ xã, "
                                 "phường, đặc khu."))
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self.licence = QLabel(self.tr("Giấy phép phần mềm: {licence}").format(licence=app_licence()))
        self.fonts = QLabel(self.tr("Phông chữ in ấn kèm theo: {font} — {licence} (tệp fonts/OFL.txt).")
                            .format(font=FONT_NAME, licence=FONT_LICENCE))
        self.fonts.setWordWrap(True)
        _file, source, version = UNITS_DATA
        self.data = QLabel(self.tr("Danh mục đơn vị hành chính kèm theo: {source}, bản {version} — văn bản hành "
                                   "chính nhà nước, không thuộc đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, "
                                   "Điều 15).").format(source=source, version=version))
        self.data.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Thư viện"), self.tr("Phiên bản"), self.tr("Giấy phép")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, lib in enumerate(libraries()):
            self.table.insertRow(row)
            for column, text in enumerate((lib.name, lib.version or self.tr("không có"), lib.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licence)
        layout.addWidget(self.fonts)
        layout.addWidget(self.data)
        layout.addWidget(QLabel(self.tr("Thư viện kèm theo:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
