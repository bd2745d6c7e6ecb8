"""The province's dossier list is imported from the dossier page itself (not only from the Đối soát window), and the
list shows the dossiers once they are written; the Đối soát window reads a list through a saved mapping profile."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from province_files import form06_file
from PySide6.QtCore import Qt

from desktop.imports import dossiers
from desktop.imports.profiles import DEFAULT_STATUSES, ImportProfile, save_profile
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.reconcile_dialog import ReconcileDialog
from desktop.ui.pages.dossier_page import create_dossier_page

# A province system naming its columns its own way: “Số biên nhận” for the code, “Kết quả xử lý” for the status.
HEAD = ["TT", "Số biên nhận", "Mã TTHC", "Tên TTHC", "Người nộp", "Thời gian tiếp nhận", "Ngày hẹn trả",
        "Ngày có kết quả", "Kết quả xử lý", "Hình thức"]
ROWS = [[1, "BN-01", "1.001193", "Đăng ký khai sinh", "Nguyễn Văn An", "02/11/2026 08:15", "02/11/2026",
         "02/11/2026 10:40", "Đã duyệt", "Trực tuyến"],
        [2, "BN-02", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Phạm Thị Dung", "05/11/2026 08:30",
         "26/11/2026", None, "Đang xử lý", "Trực tiếp"]]
FIGURES = {"Hộ tịch": (1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0), "Xây dựng": (1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0),
           "Tổng cộng": (2, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0)}
STANDARD = ["STT", "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Chủ hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả",
            "Ngày có kết quả", "Trạng thái", "Hình thức nộp"]


def _list(path: Path, head: list[str], status: str, rows: list[list[object]] = ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỒ SƠ"])
    ws.append(head)
    for row in rows:
        ws.append([*row[:8], status if row[8] == "Đã duyệt" else row[8], row[9]])
    wb.save(path)
    return path


def test_the_dossier_page_imports_the_province_list(qtbot, shown_page, wait_idle, tmp_path: Path) -> None:  # noqa: ANN001
    page = shown_page(create_dossier_page)
    assert page.model.rowCount() == 0 and page.view.import_button.isVisible()
    qtbot.mouseClick(page.view.import_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ImportDialog) and dialog.kind_name == "dossiers" and dialog.isVisible()
    dialog.load(_list(tmp_path / "ho-so.xlsx", STANDARD, "Đã có kết quả"))
    wait_idle()
    assert dialog.can_apply(), dialog.message.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.result_value is not None and dialog.result_value.new == 2, dialog.message.text()
    wait_idle()  # the page hears the change and loads the list again
    names = sorted(page.model.dossier_at(r).applicant_name for r in range(page.model.rowCount()))
    assert names == ["Nguyễn Văn An", "Phạm Thị Dung"]


def test_reconcile_reads_the_list_through_the_chosen_profile(qtbot, session, wait_idle, tmp_path: Path) -> None:  # noqa: ANN001
    root = session.ctx.db.paths.root
    profile = save_profile(root, ImportProfile("Tỉnh Quảng Ninh", columns={"code": "Số biên nhận", "status":
                                                                           "Kết quả xử lý"},
                                               statuses={**DEFAULT_STATUSES, "Đã duyệt": 9}), dossiers.KIND)
    listed = _list(tmp_path / "so.xlsx", HEAD, "Đã duyệt")
    assert dossiers.apply_dossiers(session.ctx, listed, profile=profile).new == 2
    dialog = ReconcileDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    box = dialog.profile_box
    assert [box.itemText(i) for i in range(box.count())] == ["(mặc định)", "Tỉnh Quảng Ninh"]
    # The province finished BN-02 since: its 06a counts it settled, and its list says why.
    moved = [list(r) for r in ROWS]
    moved[1][7], moved[1][8] = "10/11/2026 09:00", "Đã duyệt"
    theirs = {"Hộ tịch": FIGURES["Hộ tịch"], "Xây dựng": (1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0),
              "Tổng cộng": (2, 1, 1, 0, 2, 1, 1, 0, 0, 0, 0)}
    dialog.month.setText("2026-11")
    dialog.set_file(dialog.form06, form06_file(tmp_path / "06a.xlsx", theirs))
    dialog.set_file(dialog.dossiers, _list(tmp_path / "so-moi.xlsx", HEAD, "Đã duyệt", moved))

    def explained() -> set[str]:  # the dossiers the province's list puts in another column
        tree = dialog.tree
        return {item.text(0) for i in range(tree.topLevelItemCount())
                for k in range(tree.topLevelItem(i).childCount())
                if (item := tree.topLevelItem(i).child(k)).text(4).startswith("khác cột")}

    dialog.run()  # the default names: the list has no “Mã hồ sơ”, and the window says so under the list's field
    wait_idle()
    assert dialog.field_errors.message_for("dossiers").startswith(
        "Danh sách hồ sơ «so-moi.xlsx» thiếu cột cần để đối soát: «Mã hồ sơ»") and explained() == set()
    box.setCurrentIndex(box.findData("Tỉnh Quảng Ninh"))
    dialog.run()
    wait_idle()
    assert dialog.message.text().startswith("8 ô chênh lệch") and explained() == {"BN-02"}
    assert dialog.field_errors.message_for("dossiers") == ""
