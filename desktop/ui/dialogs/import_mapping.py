"""The mapping of a province dossier list, adjusted by the officer and saved as a named profile: which header of the
file feeds each of our columns, and the table turning the province's status words into our states.

Opened from the import dialog with the file's header names; saving stores the profile on this PC
(`imports.profiles`) and hands it back, and the dialog previews the file again through it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.imports import dossiers
from desktop.imports.header import HEADER_SCAN
from desktop.imports.profiles import DEFAULT_STATUSES, ImportProfile, ProfileError, save_profile, status_labels
from desktop.imports.reader import read_table
from desktop.ui.errors import message_of
from desktop.ui.i18n import current_language
from desktop.ui.screen_fit import resize_to_fit

ERROR_STYLE = "color: #b00020;"


def file_headers(path: Path, sheet: str | None) -> list[str]:
    """The texts of the rows a header may sit in (the top of the file only), once each, in reading order."""
    seen: dict[str, None] = {}
    for _number, cells in read_table(path, sheet, limit=HEADER_SCAN + 2).rows:
        for value in cells:
            if isinstance(value, str) and len(value) <= 80:
                seen.setdefault(value, None)
    return list(seen)


class MappingDialog(QDialog):
    """`saved` carries the ImportProfile once it is stored."""

    saved = Signal(object)

    def __init__(self, root: Path, headers: list[str], profile: ImportProfile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingDialog")
        self.root = root
        self.profile_value: ImportProfile | None = None
        self.setWindowTitle(self.tr("Ánh xạ cột và trạng thái"))
        resize_to_fit(self, 820, 620)
        chosen = profile or ImportProfile("", columns={}, statuses=dict(DEFAULT_STATUSES))
        english = current_language() == "en"

        self.columns = QTableWidget(len(dossiers.COLUMNS), 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Cột của phần mềm"), self.tr("Tiêu đề trong tệp")])
        self.pickers: dict[str, QComboBox] = {}
        for i, column in enumerate(dossiers.COLUMNS):
            name = QTableWidgetItem(column.en if english else column.vi)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(i, 0, name)
            box = QComboBox()
            box.addItem(self.tr("(tự nhận theo tên)"), "")
            for header in headers:
                box.addItem(header, header)
            wanted = chosen.columns.get(column.key, "")
            if wanted and box.findData(wanted) < 0:
                box.addItem(wanted, wanted)
            box.setCurrentIndex(max(0, box.findData(wanted)))
            self.columns.setCellWidget(i, 1, box)
            self.pickers[column.key] = box
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setColumnWidth(0, 220)

        self.states = status_labels()
        self.statuses = QTableWidget(0, 2)
        self.statuses.setHorizontalHeaderLabels([self.tr("Từ của tỉnh"), self.tr("Trạng thái của phần mềm")])
        self.statuses.horizontalHeader().setStretchLastSection(True)
        self.statuses.setColumnWidth(0, 300)
        for word, state in chosen.statuses.items():
            self.add_status(word, state)
        self.add_row_button = QPushButton(self.tr("Thêm dòng"))
        self.remove_row_button = QPushButton(self.tr("Xóa dòng"))
        self.name = QLineEdit(chosen.name, placeholderText=self.tr("Tên hồ sơ ánh xạ, ví dụ: Một cửa tỉnh"))
        self.message = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Lưu và dùng"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cột nào trong tệp ứng với cột nào của phần mềm:")))
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("Bảng chuyển trạng thái (từ tỉnh dùng → trạng thái); từ không có trong "
                                        "bảng là lỗi ở dòng đó:")))
        layout.addWidget(self.statuses, 2)
        row = QHBoxLayout()
        row.addWidget(self.add_row_button)
        row.addWidget(self.remove_row_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Tên:")))
        row.addWidget(self.name, 2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_row_button.clicked.connect(lambda: self.add_status("", 4))
        self.remove_row_button.clicked.connect(self._remove_status)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def add_status(self, word: str, state: int) -> None:
        i = self.statuses.rowCount()
        self.statuses.insertRow(i)
        self.statuses.setItem(i, 0, QTableWidgetItem(word))
        box = QComboBox()
        english = current_language() == "en"
        for number, label in self.states.items():
            box.addItem(f"{number} – {label}" if not english else str(number), number)
        box.setCurrentIndex(max(0, box.findData(state)))
        self.statuses.setCellWidget(i, 1, box)

    def _remove_status(self) -> None:
        if self.statuses.currentRow() >= 0:
            self.statuses.removeRow(self.statuses.currentRow())

    def profile(self) -> ImportProfile:
        """The mapping as the tables show it."""
        columns = {key: box.currentData() for key, box in self.pickers.items() if box.currentData()}
        statuses: dict[str, int] = {}
        for i in range(self.statuses.rowCount()):
            item = self.statuses.item(i, 0)
            box = self.statuses.cellWidget(i, 1)
            if item is not None and item.text().strip() and isinstance(box, QComboBox):
                statuses[item.text().strip()] = int(box.currentData())
        return ImportProfile(self.name.text(), columns=columns, statuses=statuses)

    def save(self) -> None:
        """Store the profile under its name (a check that fails is shown here, nothing is stored)."""
        try:
            self.profile_value = save_profile(self.root, self.profile(), dossiers.KIND)
        except (ProfileError, OSError) as exc:
            self.message.setText(message_of(exc))
            self.message.setStyleSheet(ERROR_STYLE)
            return
        self.saved.emit(self.profile_value)
        self.accept()


def fill_profile_box(box: QComboBox, profiles: Mapping[str, ImportProfile], chosen: str = "") -> None:
    """The saved profiles by name after “(mặc định)” (the default names and status words, data ""); `chosen`
    selected when it is there."""
    box.clear()
    box.addItem(QCoreApplication.translate("ImportDialog", "(mặc định)"), "")
    for name in sorted(profiles):
        box.addItem(name, name)
    box.setCurrentIndex(max(0, box.findData(chosen)))
