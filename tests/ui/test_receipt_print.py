"""The receipt slip on real widgets: "In phiếu tiếp nhận" in the dossier window previews the slip (built in the
background) with Print and Save; after a new dossier is saved the page offers it (Enter = preview, Esc = no)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services import dossiers
from desktop.services.audit import AuditQuery, list_audit
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from desktop.ui.dialogs.dossier_dialog import DossierDialog
from desktop.ui.pages.dossier_page import DossierPageController, create_dossier_page
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog

# The procedure picker's list is a popup; the offscreen platform remarks that it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard", extend=True)


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _register(ctx, pending: bool = False) -> str:  # noqa: ANN001
    return dossiers.register_dossier(ctx, DossierInput(
        "1.009994", "Đỗ Thị Mai", "online" if pending else "direct", id_number="001190012345",
        received_at=None if pending else datetime(2026, 11, 20, 9, 30), pending=pending)).code


def _detail(qtbot, session, code: str) -> DossierDetailDialog:  # noqa: ANN001
    detail = DossierDetailDialog(session, code)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def test_the_dossier_window_previews_prints_and_saves_the_slip(qtbot, session, tmp_path: Path,  # noqa: ANN001
                                                               wait_idle) -> None:
    code = _register(session.ctx)
    detail = _detail(qtbot, session, code)
    assert detail.receipt_button.isVisible()
    qtbot.mouseClick(detail.receipt_button, Qt.MouseButton.LeftButton)
    assert not detail.receipt_button.isEnabled()  # building: one click is enough
    wait_idle()
    preview = detail.active_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert detail.receipt_button.isEnabled()
    assert preview.windowTitle() == f"Giấy tiếp nhận hồ sơ {code}"
    # Two copies, one page each: the citizen's and the desk's.
    assert preview.preview.page_count() == 2 and preview.preview.page_label.text() == "Trang 1/2"
    text = _text(preview.path)
    assert f"Mã hồ sơ: {code}" in text and "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert "Đỗ Thị Mai" in text
    assert preview.print_button.isDefault()  # Enter prints

    saved = preview.save_to(tmp_path / "phieu")  # the file dialog's choice, without the dialog
    assert saved == tmp_path / "phieu.pdf" and code in _text(saved)
    assert preview.status.text() == f"Đã lưu {saved}"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.printed, timeout=10_000) as printed:
        preview.print_to(printer)
    assert printed.args == [2]
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    assert preview.status.text() == "Đã gửi 2 trang tới máy in."
    wait_idle()
    # It shows the full ID number: the preview, the saved copy and the print are each in the audit log.
    shown = [(e.action, e.actor, e.record, {c.field: c.new for c in e.changes}.get("paper"))
             for e in list_audit(session.ctx, AuditQuery(row_id=detail.detail.dossier.id))
             if e.action in ("preview", "print", "export")]
    assert shown == [("print", "hoa", code, "receipt"), ("export", "hoa", code, "receipt"),
                     ("preview", "hoa", code, "receipt")]

    qtbot.keyClick(preview.print_button, Qt.Key.Key_Return)  # Enter: the system print dialog
    assert isinstance(preview.active_dialog, QPrintDialog) and preview.active_dialog.isVisible()
    preview.active_dialog.reject()
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(preview.active_dialog, QFileDialog)
    assert Path(preview.active_dialog.selectedFiles()[0]).name == f"phieu-tiep-nhan-{code}.pdf"
    preview.active_dialog.reject()

    folder = preview.path.parent
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible() and not folder.exists()  # the temporary copy goes with the window


def test_no_slip_for_a_dossier_not_yet_accepted(qtbot, session) -> None:  # noqa: ANN001
    detail = _detail(qtbot, session, _register(session.ctx, pending=True))
    assert not detail.receipt_button.isVisible()


@pytest.fixture
def page(qtbot, session, wait_idle) -> DossierPageController:  # noqa: ANN001
    controller = create_dossier_page(session)
    qtbot.addWidget(controller.view)
    controller.view.resize(1366, 700)
    controller.view.show()
    controller.show_page()
    wait_idle()
    return controller


def _receive(qtbot, page: DossierPageController, session, type_text, name: str) -> str:  # noqa: ANN001
    assert page.new_record()
    dialog = page.active_dialog
    assert isinstance(dialog, DossierDialog)
    dialog.procedure.edit.setFocus()
    type_text(dialog.procedure.edit, "khai sinh")
    qtbot.keyClick(dialog.procedure.completer.popup(), Qt.Key.Key_Return)
    type_text(dialog.applicant_name, name)
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Return)
    return saved.args[0].code


def test_after_saving_a_new_dossier_enter_previews_the_slip(qtbot, page, session, type_text,  # noqa: ANN001
                                                            wait_idle) -> None:
    code = _receive(qtbot, page, session, type_text, "Ngô Thị Ánh Tuyết")
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, QMessageBox) and page.active_dialog.isVisible(),
                    timeout=3000)
    box = page.active_dialog
    assert box.objectName() == "offerReceipt" and code in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_idle()
    preview = page.active_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert f"Mã hồ sơ: {code}" in _text(preview.path) and "Ngô Thị Ánh Tuyết" in _text(preview.path)
    preview.reject()


def test_after_saving_a_new_dossier_esc_declines(qtbot, page, session, type_text, wait_idle) -> None:  # noqa: ANN001
    _receive(qtbot, page, session, type_text, "Lê Văn Hùng")
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, QMessageBox) and page.active_dialog.isVisible(),
                    timeout=3000)
    box = page.active_dialog
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    wait_idle()
    assert not box.isVisible() and page.active_dialog is box  # nothing else opened


@pytest.mark.parametrize(("kind", "title"), [
    ("supplement", "Phiếu yêu cầu bổ sung hồ sơ"), ("control", "Phiếu kiểm soát quá trình giải quyết hồ sơ")])
def test_the_forms_menu_previews_forms_02_to_05(qtbot, session, wait_idle, kind: str,  # noqa: ANN001
                                                 title: str) -> None:
    code = _register(session.ctx)
    detail = _detail(qtbot, session, code)
    assert detail.forms_button.isVisible() and detail.forms_button.menu() is detail.forms_menu
    assert [a.text() for a in detail.forms_menu.actions()] == [
        "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)", "Phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)",
        "Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)", "Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 05)"]
    detail.form_actions[kind].trigger()
    assert not detail.forms_button.isEnabled()
    wait_idle()
    preview = detail.active_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible() and detail.forms_button.isEnabled()
    assert preview.windowTitle() == f"{title} {code}"
    assert preview.preview.page_count() == 1 and title.upper().split()[0] in _text(preview.path)
    assert Path(preview.suggested_name).name.endswith(f"-{code}.pdf")
    shown = [(e.action, {c.field: c.new for c in e.changes}.get("paper"))
             for e in list_audit(session.ctx, AuditQuery(row_id=detail.detail.dossier.id))
             if e.action in ("preview", "print", "export")]
    assert shown == [("preview", kind)]
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
