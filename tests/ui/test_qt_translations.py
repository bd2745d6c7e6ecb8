"""Qt's own texts follow the UI language: a text box's right-click menu, message-box buttons and the print preview
speak Vietnamese in the Vietnamese UI (Qt ships no Vietnamese catalogue; ours is resources/translations/qtbase_vi)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from desktop.ui import i18n


@pytest.fixture
def language(qapp, request) -> Iterator[str]:  # noqa: ANN001
    i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, "vi")


def _menu_texts(edit: QLineEdit) -> list[str]:
    menu = edit.createStandardContextMenu()
    try:
        return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    finally:
        menu.deleteLater()


def test_qt_has_no_vietnamese_catalogue_of_its_own() -> None:
    """Why we carry one: if a later Qt ships qtbase_vi.qm, prefer it and drop ours."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_de.qm").exists()
    assert not (folder / "qtbase_vi.qm").exists()


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_text_box_menu_and_buttons_in_vietnamese(qtbot, language) -> None:  # noqa: ANN001
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("Nguyễn Văn An")
    assert _menu_texts(edit) == ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    preview = QPrintPreviewDialog()
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "Xem trước khi in"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_ui_keeps_qt_in_english(qtbot, language) -> None:  # noqa: ANN001
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert "&Copy" in _menu_texts(edit)  # the Vietnamese catalogue was taken out, not stacked under the English one


def test_compiled_qt_catalogue_is_current(tmp_path: Path) -> None:
    out = tmp_path / "qtbase_vi.qm"
    subprocess.run([shutil.which("pyside6-lrelease") or i18n._tool("pyside6-lrelease"), "-silent",
                    str(i18n.qt_ts_file()), "-qm", str(out)], check=True)
    assert out.read_bytes() == i18n.qt_qm_file().read_bytes(), "run: python -m desktop.ui.i18n compile"
