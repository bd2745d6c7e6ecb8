"""A procedure's list of papers: typed as “A; B”, stored one a line, read back as the receipt's table rows; through
the service, the spreadsheet import and the procedure dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_files import write_xlsx
from PySide6.QtCore import Qt

from desktop.domain import documents
from desktop.domain.errors import ValidationError
from desktop.imports import apply_procedures, preview_procedures
from desktop.services import catalogue
from desktop.services.context import ServiceContext
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog


def _procedure(ctx: ServiceContext, code: str) -> catalogue.ProcedureInfo:
    return next(p for p in catalogue.list_procedures(ctx, include_inactive=True) if p.code == code)


def test_parse_reads_form_and_count_from_a_trailing_bracket() -> None:
    got = documents.parse(" Tờ khai ;Giấy chứng sinh (bản sao)\n\nBản vẽ (02 bản chính); Giấy (theo mẫu)")
    assert got == (documents.DocumentItem("Tờ khai"), documents.DocumentItem("Giấy chứng sinh", "Bản sao"),
                   documents.DocumentItem("Bản vẽ", "Bản chính", 2),
                   documents.DocumentItem("Giấy (theo mẫu)"))  # a bracket that names no form stays in the name
    assert documents.parse("") == ()


def test_typed_list_is_stored_one_paper_a_line_and_edited(ctx: ServiceContext) -> None:
    added = catalogue.add_procedure(ctx, "2.000815", "Chứng thực bản sao", "Chứng thực", 0,
                                    documents="Bản chính giấy tờ;  Bản sao cần chứng thực (bản sao) ;")
    assert added.documents == "Bản chính giấy tờ\nBản sao cần chứng thực (bản sao)"
    catalogue.edit_procedure(ctx, "2.000815", documents="Tờ khai")
    assert _procedure(ctx, "2.000815").documents == "Tờ khai"


def test_a_list_too_long_for_the_slip_is_refused_at_its_field(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as too_many:
        catalogue.edit_procedure(ctx, "1.001193", documents="; ".join(f"Giấy {i}" for i in range(31)))
    assert (too_many.value.code, too_many.value.field) == ("documents.too_many", "documents")
    with pytest.raises(ValidationError) as too_long:
        catalogue.edit_procedure(ctx, "1.001193", documents="G" * 301)
    assert too_long.value.code == "documents.too_long"
    assert _procedure(ctx, "1.001193").documents == ""


def test_import_fills_and_updates_the_documents_column(ctx: ServiceContext, tmp_path: Path) -> None:
    head = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Thành phần hồ sơ"]
    path = write_xlsx(tmp_path / "tt.xlsx", [
        head, ["1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, "Tờ khai đăng ký khai sinh; Giấy chứng sinh"],
        ["1.004873", "Xác nhận tình trạng hôn nhân", "Hộ tịch", 3, ""]])
    preview = preview_procedures(ctx, path)
    assert preview.ok and [(c.action, c.fields) for c in preview.changes][0] == ("updated", ("documents",))
    apply_procedures(ctx, path)
    assert _procedure(ctx, "1.001193").documents == "Tờ khai đăng ký khai sinh\nGiấy chứng sinh"
    assert _procedure(ctx, "1.004873").documents == ""


def test_import_refuses_a_row_whose_list_cannot_be_printed(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tt.xlsx", [
        ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Thành phần hồ sơ"],
        ["1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, "G" * 301]])
    preview = preview_procedures(ctx, path)
    assert not preview.ok
    assert [(e.row, e.column) for e in preview.errors] == [(2, "Thành phần hồ sơ")]


def test_dialog_types_the_list_one_paper_a_line(qtbot, session, type_text) -> None:  # noqa: ANN001
    info = _procedure(session.ctx, "1.001193")
    dialog = ProcedureDialog(session, catalogue.list_fields(session.ctx), info)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.documents.setFocus()
    type_text(dialog.documents, "Tờ khai")
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)
    type_text(dialog.documents, "Giấy chứng sinh (bản sao)")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _procedure(session.ctx, "1.001193").documents == "Tờ khai\nGiấy chứng sinh (bản sao)"
    again = ProcedureDialog(session, catalogue.list_fields(session.ctx), _procedure(session.ctx, "1.001193"))
    qtbot.addWidget(again)
    assert again.documents.toPlainText() == "Tờ khai\nGiấy chứng sinh (bản sao)"
