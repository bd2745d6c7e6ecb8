"""A province system naming its columns and states its own way: in the import dialog the officer maps its headers
and edits the status table, saves that as a named profile, and the file then previews and imports through it; the
profile is offered again next time."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.imports.profiles import load_profiles
from desktop.services import dossiers
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.import_mapping import MappingDialog
from desktop.ui.session import AppSession

HEAD = ["TT", "Số biên nhận", "Mã TTHC", "Tên TTHC", "Người nộp", "Thời gian tiếp nhận", "Kết quả xử lý"]


def _export(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["SỔ THEO DÕI HỒ SƠ"])
    ws.merge_cells("A1:G1")
    ws.append(HEAD)
    ws.append([1, "BN-0001", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15", "Đã duyệt"])
    ws.append([2, "BN-0002", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Trần Thị Bình",
               "03/11/2026 09:00", "Đang xử lý"])
    wb.save(path)
    return path


def _pick(box: QComboBox, text: str) -> None:
    box.setCurrentIndex(box.findText(text))
    assert box.currentText() == text


def test_a_mapping_is_saved_as_a_profile_and_reused(qtbot, session: AppSession, ctx: ServiceContext,  # noqa: ANN001
                                                     tmp_path: Path) -> None:
    def idle() -> None:
        qtbot.waitUntil(lambda: not session.runner.busy, timeout=60_000)

    dialog = ImportDialog("dossiers", session)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.profile_box.isVisible() and dialog.profile_box.count() == 1  # only the default
    dialog.load(_export(tmp_path / "so.xlsx"))
    idle()
    assert dialog.preview is not None and not dialog.preview.ok  # “Mã hồ sơ” and “Trạng thái” are not found

    qtbot.mouseClick(dialog.mapping_button, Qt.MouseButton.LeftButton)
    mapping = dialog.mapping_dialog
    assert isinstance(mapping, MappingDialog) and mapping.isVisible()
    _pick(mapping.pickers["code"], "Số biên nhận")
    _pick(mapping.pickers["status"], "Kết quả xử lý")
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)  # no name yet
    assert mapping.isVisible() and mapping.message.text() == "Hãy đặt tên cho hồ sơ ánh xạ."
    assert load_profiles(ctx.db.paths.root) == {}
    qtbot.mouseClick(mapping.add_row_button, Qt.MouseButton.LeftButton)
    last = mapping.statuses.rowCount() - 1
    mapping.statuses.item(last, 0).setText("Đã duyệt")
    box = mapping.statuses.cellWidget(last, 1)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(9))
    mapping.name.setText("Một cửa tỉnh")
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)
    assert not mapping.isVisible()
    idle()
    assert dialog.profile_box.currentText() == "Một cửa tỉnh"
    assert dialog.preview is not None and dialog.preview.ok and dialog.preview.new == 2, dialog.message.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    idle()
    assert dossiers.get_dossier(ctx, "BN-0001").dossier.status == 9

    saved = load_profiles(ctx.db.paths.root)["Một cửa tỉnh"]
    assert saved.columns == {"code": "Số biên nhận", "status": "Kết quả xử lý"} and saved.statuses["Đã duyệt"] == 9
    again = ImportDialog("dossiers", session)  # next time, the profile is offered
    qtbot.addWidget(again)
    assert [again.profile_box.itemText(i) for i in range(again.profile_box.count())] == ["(mặc định)",
                                                                                          "Một cửa tỉnh"]
