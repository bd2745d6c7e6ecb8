"""Parts of the import window kept apart from its flow (desktop/ui/dialogs/import_dialog.py): what it says of each
kind, the province list's saved mapping choice, the sheet choice, and the small layout helpers.

The texts are translated in the “ImportDialog” context, the window's own, so they read the same wherever they live.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.imports import ImportKind, ImportPreview
from desktop.imports.preview import run_preview
from desktop.imports.profiles import ImportProfile, load_profiles
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.import_mapping import MappingDialog, fill_profile_box
from desktop.ui.models.import_table import ImportLine, lines_of
from desktop.ui.session import CATALOGUE, DOSSIERS, EQUIPMENT, OFFICERS, TRAINING


@dataclass(frozen=True)
class Screen:
    """What the dialog says of one kind, and the topic a successful import announces."""

    topic: str
    title: str
    hint: str  # how the file's rows find the stored records


SCREENS: dict[str, Screen] = {
    "procedures": Screen(CATALOGUE, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh mục thủ tục từ Excel"),
                         QT_TRANSLATE_NOOP("ImportDialog", "Thủ tục được đối chiếu theo mã thủ tục: mã đã có thì "
                                                           "cập nhật, chưa có thì thêm mới.")),
    "officers": Screen(OFFICERS, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách cán bộ từ Excel"),
                       QT_TRANSLATE_NOOP("ImportDialog", "Cán bộ được đối chiếu theo tên đăng nhập, nếu không có "
                                                         "thì theo họ tên và đơn vị. Tệp không chứa mật khẩu.")),
    "equipment": Screen(EQUIPMENT, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách thiết bị từ Excel"),
                        QT_TRANSLATE_NOOP("ImportDialog", "Thiết bị được đối chiếu theo mã tài sản: mã đã có thì "
                                                          "cập nhật, chưa có thì thêm mới.")),
    "attendance": Screen(TRAINING, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách học viên từ Excel"),
                         QT_TRANSLATE_NOOP("ImportDialog", "Khóa học được đối chiếu theo tên khóa và ngày bắt đầu; "
                                                           "học viên theo cán bộ, hoặc họ tên và đơn vị.")),
    "dossiers": Screen(DOSSIERS, QT_TRANSLATE_NOOP("ImportDialog", "Nhập danh sách hồ sơ từ hệ thống của tỉnh"),
                       QT_TRANSLATE_NOOP("ImportDialog", "Hồ sơ được đối chiếu theo mã hồ sơ: mã đã có thì cập nhật "
                                                         "trạng thái và ngày, chưa có thì thêm mới.")),
}


def text_label(name: str, text: str = "", style: str = "") -> QLabel:
    """A wrapped line of plain text (file names and the engine's sentences are never taken for markup)."""
    label = QLabel(text, objectName=name, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    return label


def row(*widgets: QWidget, stretch: QWidget | None = None) -> QHBoxLayout:
    """Widgets side by side, `stretch` taking the room left (else the room is left empty before the last one)."""
    layout = QHBoxLayout()
    for widget in widgets:
        if stretch is None and widget is widgets[-1]:
            layout.addStretch(1)
        layout.addWidget(widget, 1 if widget is stretch else 0)
    return layout


def show_sheets(label: QLabel, box: QComboBox, preview: ImportPreview | None) -> None:
    """The workbook's sheets in the box, the one read chosen; shown only when there is a choice to make."""
    sheets = preview.sheets if preview is not None else ()
    box.blockSignals(True)
    box.clear()
    box.addItems(list(sheets))
    if preview is not None and preview.sheet in sheets:
        box.setCurrentIndex(sheets.index(preview.sheet))
    box.blockSignals(False)
    for widget in (label, box):
        widget.setVisible(len(sheets) > 1)


def read_preview(kind: ImportKind, ctx: ServiceContext, path: Path,
                 sheet: str | None) -> tuple[ImportPreview, list[ImportLine]]:
    """Worker thread: the preview and its table lines (50,000 rows are not sorted on the GUI thread)."""
    preview = run_preview(ctx, path, kind, sheet)
    return preview, lines_of(preview)


class ProfileChoice(QObject):
    """The province list's saved mappings (profiles of its headers and status words): a box to pick one and a
    button opening the mapping window. `chosen` carries the profile the file is to be read through (None: the
    default names and status words), whether picked in the box or just saved in the mapping window."""

    chosen = Signal(object)

    def __init__(self, root: Path, parent: QWidget, shown: bool) -> None:
        super().__init__(parent)
        self.root = root
        self.shown = shown  # only the dossier list has profiles
        self.profiles: dict[str, ImportProfile] = {}
        self.mapping_dialog: QDialog | None = None
        self.label = QLabel(QCoreApplication.translate("ImportDialog", "Ánh xạ:"))
        self.box = QComboBox(objectName="importProfile")
        self.box.setToolTip(QCoreApplication.translate(
            "ImportDialog", "Hồ sơ ánh xạ cột và trạng thái đã lưu cho hệ thống của tỉnh"))
        self.label.setBuddy(self.box)
        self.button = QPushButton(QCoreApplication.translate("ImportDialog", "Ánh xạ cột…"))
        self.button.setToolTip(QCoreApplication.translate(
            "ImportDialog", "Chọn cột của tệp cho từng cột và sửa bảng trạng thái, rồi lưu lại"))
        for widget in self.widgets():
            widget.setVisible(shown)
        self.fill()
        self.box.activated.connect(lambda index: self.chosen.emit(self.profiles.get(self.box.itemData(index) or "")))

    def widgets(self) -> tuple[QWidget, ...]:
        return self.label, self.box, self.button

    def fill(self, chosen: str = "") -> None:
        self.profiles = load_profiles(self.root) if self.shown else {}
        fill_profile_box(self.box, self.profiles, chosen)

    def show_chosen(self, profile: ImportProfile | None) -> None:
        """Name `profile` in the box, listing it first if it is new."""
        if profile is not None and profile.name not in self.profiles:
            self.fill(profile.name)

    def open_mapping(self, headers: list[str], profile: ImportProfile | None, parent: QWidget) -> None:
        dialog = MappingDialog(self.root, headers, profile, parent)
        dialog.saved.connect(self._on_saved)
        self.mapping_dialog = dialog
        dialog.open()

    def _on_saved(self, profile: ImportProfile) -> None:
        self.fill(profile.name)
        self.chosen.emit(profile)
