"""The spreadsheet import window on real widgets and a real database: preview, confirm, errors by row and column,
refused files, the template, and the buttons that open it on the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from support import FakeClock

from desktop.imports import preview_procedures
from desktop.imports.templates import DATA_SHEET, EXAMPLE_MARK
from desktop.services import catalogue, equipment, officers, training
from desktop.services.context import ServiceContext
from desktop.ui import i18n
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.models.import_table import (
    COL_ACTION,
    COL_COLUMN,
    COL_DETAIL,
    COL_RECORD,
    COL_ROW,
    ImportTableModel,
    lines_of,
    note_text,
)
from desktop.ui.ops import OpRunner
from desktop.ui.pages.catalogue_page import create_catalogue_page
from desktop.ui.pages.equipment_page import create_equipment_page
from desktop.ui.pages.settings_page import create_settings_page
from desktop.ui.pages.training_page import create_training_page
from desktop.ui.session import CATALOGUE, EQUIPMENT, AppSession

HEAD = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết (ngày làm việc)", "Phí, lệ phí (đồng)",
        "Mức độ DVC trực tuyến", "Phi địa giới"]
GOOD = [
    HEAD,
    ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "Trong ngày", "Không", "Toàn trình", "Có"],  # stored: boundary no
    ["1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "3 ngày làm việc", "", "Toàn trình", "x"],
    ["2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", 0, "2.000 đồng/trang", "Một phần", "Có"],
    ["1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15, None, None, None],  # as stored
]
BAD = [
    HEAD,
    ["3.000001", "Thủ tục tốt", "Hộ tịch", 3, 0, "Toàn trình", "Có"],
    ["3.000002", "Thời hạn sai", "Hộ tịch", "mười", 0, "Toàn trình", "Có"],
    ["3.000003", "", "Hộ tịch", 3, 0, None, None],
]
TABLES = ("fields", "procedures", "officers", "equipment", "training_courses", "participations", "audit_log",
          "sync_outbox")


def _filled_in(path: Path) -> Path:
    """The saved template as an officer fills it: the example rows typed over as real rows (their mark cleared)."""
    wb = load_workbook(path)
    for row in wb[DATA_SHEET].iter_rows(min_row=2):
        if row[-1].value == EXAMPLE_MARK:
            row[-1].value = None
    wb.save(path)
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.db.engine.connect() as conn:
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in TABLES}


def _cell(dialog: ImportDialog, row: int, column: int) -> str:
    return dialog.model.data(dialog.model.index(row, column))


def _counts_shown(dialog: ImportDialog) -> list[str]:
    return [label.text() for label in dialog.counts.values()]


@pytest.fixture
def dialog(qtbot, session: AppSession) -> ImportDialog:  # noqa: ANN001
    shown = ImportDialog("procedures", session)
    qtbot.addWidget(shown)
    shown.open()
    return shown


def test_a_good_file_previews_then_imports_and_the_catalogue_page_shows_it(qtbot, shown_page, ctx: ServiceContext,
                                                                           tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    page = shown_page(create_catalogue_page)
    assert page.view.import_button.isVisible()
    qtbot.mouseClick(page.view.import_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Nhập danh mục thủ tục từ Excel"
    assert not dialog.confirm_button.isEnabled()  # no file yet

    before = _counts(ctx)
    dialog.load(_xlsx(tmp_path / "thu-tuc.xlsx", GOOD))
    wait_idle()
    assert _counts_shown(dialog) == ["Thêm mới: 2", "Cập nhật: 1", "Không đổi: 1", "Dòng có lỗi: 0"]
    assert [(_cell(dialog, r, COL_ROW), _cell(dialog, r, COL_ACTION), _cell(dialog, r, COL_RECORD))
            for r in range(dialog.model.rowCount())] == [
        ("2", "Cập nhật", "1.001193"), ("3", "Thêm mới", "1.004873"), ("4", "Thêm mới", "2.000815"),
        ("5", "Không đổi", "1.009994")]
    assert _cell(dialog, 0, COL_DETAIL) == "Thay đổi: Phi địa giới"
    assert "Chứng thực" in dialog.notes.text()  # the new field the import will create
    assert "Nhập dữ liệu" in dialog.message.text() and dialog.confirm_button.isEnabled()
    assert _counts(ctx) == before  # the preview wrote nothing

    with qtbot.waitSignal(page.session.data_changed, timeout=5_000) as changed:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert changed.args == [CATALOGUE]
    wait_idle()
    assert dialog.message.text() == "Đã nhập xong tệp «thu-tuc.xlsx»: 2 thêm mới, 1 cập nhật, 1 không đổi."
    assert not dialog.confirm_button.isEnabled()  # the same file is not written twice from one preview
    stored = {p.code: p for p in catalogue.list_procedures(ctx, include_inactive=True)}
    assert stored["1.004873"].statutory_days == 3 and stored["1.004873"].online_level == "full"
    assert stored["2.000815"].field_name == "Chứng thực" and stored["2.000815"].fee == 2000
    assert stored["1.001193"].boundary_free is True
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5_000)  # the page under the dialog refreshed
    assert {page.model.procedure_at(r).code for r in range(4)} == {"1.001193", "1.004873", "2.000815", "1.009994"}

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.active_dialog is None


def test_bad_rows_are_listed_by_row_and_column_and_nothing_can_be_written(qtbot, dialog: ImportDialog,
                                                                         ctx: ServiceContext, tmp_path: Path,
                                                                         wait_idle) -> None:  # noqa: ANN001
    before = _counts(ctx)
    dialog.load(_xlsx(tmp_path / "loi.xlsx", BAD))
    wait_idle()
    assert _counts_shown(dialog) == ["Thêm mới: 1", "Cập nhật: 0", "Không đổi: 0", "Dòng có lỗi: 2"]
    assert dialog.errors_only.isChecked()  # the errors come first
    shown = [(_cell(dialog, r, COL_ROW), _cell(dialog, r, COL_ACTION), _cell(dialog, r, COL_COLUMN))
             for r in range(dialog.model.rowCount())]
    assert shown == [("3", "Lỗi", "Thời hạn giải quyết (ngày làm việc)"), ("4", "Lỗi", "Tên thủ tục")]
    assert "“mười”" in _cell(dialog, 0, COL_DETAIL)
    assert _cell(dialog, 1, COL_DETAIL) == "Ô này không được để trống."
    assert "2 lỗi ở 2 dòng" in dialog.message.text()
    assert not dialog.confirm_button.isEnabled()
    assert dialog.table.isColumnHidden(COL_RECORD)  # a bad row names no record
    assert dialog.line.text().startswith("Dòng 3, cột «Thời hạn giải quyết (ngày làm việc)»: “mười”")  # whole

    dialog.errors_only.setChecked(False)  # the good row is there too
    assert [_cell(dialog, r, COL_ROW) for r in range(dialog.model.rowCount())] == ["2", "3", "4"]
    assert not dialog.table.isColumnHidden(COL_RECORD) and dialog.line.text() == "Dòng 2: Thêm mới 3.000001."
    dialog.confirm_button.click()  # even a click that reached it would write nothing
    wait_idle()
    assert _counts(ctx) == before
    assert [p.code for p in catalogue.list_procedures(ctx, include_inactive=True)] == ["1.001193", "1.009994"]


def test_messages_follow_the_ui_language(qtbot, ctx: ServiceContext, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    preview = preview_procedures(ctx, _xlsx(tmp_path / "loi.xlsx", BAD))
    model = ImportTableModel()
    model.set_lines("procedures", lines_of(preview))
    monkeypatch.setattr(i18n, "_current", "en")
    error = next(r for r in range(model.rowCount()) if model.data(model.index(r, COL_ROW)) == "4")
    assert model.data(model.index(error, COL_COLUMN)) == "Procedure name"
    assert model.data(model.index(error, COL_DETAIL)) == "This cell must not be empty."


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("bao-cao.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
     "“bao-cao.xlsx” không phải là tệp Excel .xlsx hợp lệ (có thể là tệp khác bị đổi tên)."),
    ("cu.xls", b"\xd0\xcf\x11\xe0 old excel", "“cu.xls” là tệp Excel cũ (.xls)."),
])
def test_a_file_of_the_wrong_kind_is_refused_plainly(dialog: ImportDialog, ctx: ServiceContext, tmp_path: Path,
                                                     wait_idle, name: str, content: bytes, expected: str) -> None:  # noqa: ANN001
    before = _counts(ctx)
    path = tmp_path / name
    path.write_bytes(content)
    dialog.load(path)
    wait_idle()
    assert dialog.message.text().startswith(expected)
    assert "#b00020" in dialog.message.styleSheet()
    assert dialog.model.rowCount() == 0 and _counts_shown(dialog)[0] == "Thêm mới: –"
    assert not dialog.confirm_button.isEnabled()
    assert _counts(ctx) == before


def test_a_huge_file_is_refused_before_it_is_read(dialog: ImportDialog, tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    path = tmp_path / "lon.csv"
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: costs no disk, but is 21 MB to the reader
    dialog.load(path)
    wait_idle()
    assert dialog.message.text().startswith("Tệp “lon.csv” lớn hơn 20 MB, quá lớn để nhập.")
    assert not dialog.confirm_button.isEnabled()


def test_the_saved_template_previews_cleanly(dialog: ImportDialog, tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    dialog.save_template(tmp_path / "mau-thu-tuc")  # no suffix typed: .xlsx is added
    wait_idle()
    saved = tmp_path / "mau-thu-tuc.xlsx"
    assert saved.is_file() and str(saved) in dialog.message.text()
    dialog.load(saved)
    wait_idle()
    assert dialog.preview is not None and dialog.preview.skipped_rows == (2, 3, 4, 5)  # examples: never imported
    assert not dialog.confirm_button.isEnabled()
    dialog.load(_filled_in(saved))
    wait_idle()
    assert dialog.preview is not None and dialog.preview.ok
    assert _counts_shown(dialog)[3] == "Dòng có lỗi: 0"
    assert dialog.model.rowCount() == 4 and dialog.confirm_button.isEnabled()


def test_a_file_changed_after_the_preview_is_checked_again_and_refused(dialog: ImportDialog, ctx: ServiceContext,
                                                                        tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    path = _xlsx(tmp_path / "tt.xlsx", GOOD)
    dialog.load(path)
    wait_idle()
    assert dialog.confirm_button.isEnabled()
    before = _counts(ctx)
    _xlsx(path, BAD)  # edited in Excel while the preview was open
    dialog.confirm_button.click()
    wait_idle()
    assert dialog.message.text().startswith("Tệp có 2 lỗi nên chưa nhập gì.")
    assert dialog.model.rowCount() == 2 and not dialog.confirm_button.isEnabled()
    assert _counts(ctx) == before


def test_escape_closes_without_writing_and_a_late_preview_is_dropped(qtbot, shown_page, ctx: ServiceContext,
                                                                     tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    page = shown_page(create_catalogue_page)
    page.view.import_button.click()
    dialog = page.active_dialog
    before = _counts(ctx)
    dialog.load(_xlsx(tmp_path / "tt.xlsx", GOOD))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # while the file is still being read; the dialog is then deleted
    assert not dialog.isVisible() and page.active_dialog is None
    wait_idle()  # the preview comes back to no one, without an error
    assert dialog.preview is None and _counts(ctx) == before


def test_enter_never_writes(qtbot, dialog: ImportDialog, ctx: ServiceContext, tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    dialog.load(_xlsx(tmp_path / "tt.xlsx", GOOD))
    wait_idle()
    before = _counts(ctx)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter is the file chooser's, not the import's
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    dialog.file_dialog.reject()
    wait_idle()
    assert _counts(ctx) == before and dialog.confirm_button.isEnabled()


def test_officers_do_not_see_the_catalogue_import(qtbot, ctx: ServiceContext, clock: FakeClock) -> None:  # noqa: ANN001
    user = officers.add_officer(ctx, "Trần Văn Bình", "Công chức tiếp nhận", role="officer", username="binh",
                                password="canbo-2026")
    runner = OpRunner()
    page = create_catalogue_page(AppSession(ServiceContext(ctx.db, clock=clock), runner, user))
    qtbot.addWidget(page.view)
    page.view.show()
    page.show_page()
    try:
        assert page.view.isVisible() and not page.view.import_button.isVisible()
        page.view.import_button.click()  # hidden, but even a click would open nothing
        assert page.active_dialog is None
    finally:
        runner.wait_idle()


@pytest.mark.parametrize(("create", "button", "kind"), [
    (create_equipment_page, lambda v: v.import_button, "equipment"),
    (create_settings_page, lambda v: v.officers.import_button, "officers"),
    (create_training_page, lambda v: v.import_button, "attendance"),
])
def test_each_page_opens_its_own_import(qtbot, shown_page, create, button, kind: str) -> None:  # noqa: ANN001
    page = shown_page(create)
    if kind == "officers":
        page.view.tabs.setCurrentWidget(page.view.officers)
    qtbot.mouseClick(button(page.view), Qt.MouseButton.LeftButton)
    assert isinstance(page.active_dialog, ImportDialog) and page.active_dialog.kind_name == kind
    assert page.active_dialog.isVisible()


def test_equipment_and_attendance_templates_import_and_announce_their_topic(qtbot, session: AppSession,
                                                                            ctx: ServiceContext, tmp_path: Path,
                                                                            wait_idle) -> None:  # noqa: ANN001
    for kind in ("equipment", "attendance"):
        dialog = ImportDialog(kind, session)
        qtbot.addWidget(dialog)
        dialog.open()
        dialog.save_template(tmp_path / f"{kind}.xlsx")
        wait_idle()
        dialog.load(_filled_in(tmp_path / f"{kind}.xlsx"))
        wait_idle()
        assert dialog.confirm_button.isEnabled(), dialog.message.text()
        with qtbot.waitSignal(dialog.imported, timeout=5_000):
            dialog.confirm_button.click()
        assert dialog.result_value is not None and dialog.result_value.new > 0
    assert len(equipment.list_equipment(ctx)) == 4
    assert [c.topic for c in training.list_courses(ctx, 2026)] == ["Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"]


def test_equipment_import_tells_the_equipment_page(qtbot, session: AppSession, tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    dialog = ImportDialog("equipment", session)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.save_template(tmp_path / "tb.xlsx")
    wait_idle()
    dialog.load(_filled_in(tmp_path / "tb.xlsx"))
    wait_idle()
    with qtbot.waitSignal(session.data_changed, timeout=5_000) as changed:
        dialog.confirm_button.click()
    assert changed.args == [EQUIPMENT]


def test_notes_in_the_ui_language(monkeypatch: pytest.MonkeyPatch) -> None:
    course = "Khóa «Bồi dưỡng kỹ năng số» (12/10/2026): cập nhật / updated"
    field = "Sẽ thêm lĩnh vực mới «Chứng thực» / a new field “Chứng thực” will be added"
    unused = "Bỏ qua các cột không dùng: «STT», «Ghi chú» / Unused columns ignored: “STT”, “Ghi chú”"
    assert note_text(course) == "Khóa «Bồi dưỡng kỹ năng số» (12/10/2026): cập nhật"
    assert note_text(field) == "Sẽ thêm lĩnh vực mới «Chứng thực»"
    assert note_text(unused) == "Bỏ qua các cột không dùng: «STT», «Ghi chú»"
    assert note_text("Một ghi chú khác / another note") == "Một ghi chú khác / another note"  # shown whole
    monkeypatch.setattr(i18n, "_current", "en")
    assert note_text(unused).endswith("“STT”, “Ghi chú”")


def test_model_contract_and_filter(qtbot, ctx: ServiceContext, tmp_path: Path) -> None:  # noqa: ANN001
    model = ImportTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)  # noqa: F841
    preview = preview_procedures(ctx, _xlsx(tmp_path / "loi.xlsx", BAD))
    model.set_lines("procedures", lines_of(preview))
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert model.headerData(COL_ROW, Qt.Orientation.Horizontal) == "Dòng"
    assert model.data(model.index(0, COL_ACTION), Qt.ItemDataRole.ForegroundRole) is None  # a good row
    assert model.data(model.index(1, COL_ACTION), Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert model.data(model.index(1, COL_DETAIL), Qt.ItemDataRole.ToolTipRole) == \
        model.data(model.index(1, COL_DETAIL))
    model.set_errors_only(True)
    assert model.rowCount() == 2 and model.total() == 3
    assert model.line_at(0).error is not None and model.line_at(5) is None
    model.set_errors_only(False)
    assert model.rowCount() == 3
    model.clear()
    assert model.rowCount() == 0


def test_the_officer_chooses_the_sheet_that_holds_the_list(qtbot, dialog: ImportDialog, ctx: ServiceContext,  # noqa: ANN001
                                                           tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    wb = Workbook()
    wb.active.title = "Ghi chú"
    wb.active.append(["Danh mục cập nhật theo quyết định của UBND tỉnh"])
    listed = wb.create_sheet("Danh mục")
    for row in GOOD:
        listed.append(row)
    path = tmp_path / "tt.xlsx"
    wb.save(path)
    assert not dialog.sheet_box.isVisibleTo(dialog)  # nothing read yet: no sheets to choose from
    dialog.load(path)
    wait_idle()
    assert dialog.sheet_box.isVisibleTo(dialog)
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == ["Ghi chú", "Danh mục"]
    assert dialog.sheet_box.currentText() == "Ghi chú" and not dialog.confirm_button.isEnabled()
    assert "«Danh mục»" in dialog.model.line_text(dialog.model.line_at(0))
    dialog.sheet_box.setCurrentIndex(1)
    dialog.sheet_box.activated.emit(1)  # what choosing it with the mouse or the keyboard sends
    wait_idle()
    assert dialog.preview is not None and dialog.preview.sheet == "Danh mục" and dialog.preview.ok
    assert dialog.sheet_box.currentText() == "Danh mục"
    with qtbot.waitSignal(dialog.imported, timeout=5_000):
        dialog.confirm_button.click()
    assert "1.004873" in {p.code for p in catalogue.list_procedures(ctx)}
