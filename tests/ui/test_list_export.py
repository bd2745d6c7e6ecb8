"""Export the shown list to Excel or CSV, or print it: Ctrl+E / Ctrl+P or the page's buttons, every filtered match in
the order chosen by a header click, the ID numbers masked as on screen."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from desktop.services import dossiers, equipment
from desktop.services.dossiers import DossierInput
from desktop.ui.models.dossier_table import COL_APPLICANT
from desktop.ui.pages.dossier_page import create_dossier_page
from desktop.ui.pages.equipment_page import create_equipment_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard", extend=True)


def _save_as(qtbot, dialog: QFileDialog, path: Path) -> None:  # noqa: ANN001
    """Paste the file name into the save dialog and click Save, as a person would."""
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    name.selectAll()
    QApplication.clipboard().setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).buttons()[0], Qt.MouseButton.LeftButton)


def _click_header(qtbot, table, column: int) -> None:  # noqa: ANN001
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_dossier_list_exports_the_filtered_sorted_rows_masked(qtbot, shown_page, ctx, tmp_path,  # noqa: ANN001
                                                             wait_idle) -> None:  # noqa: ANN001
    for name, number in (("Trần Văn Lâm", "022099001234"), ("Ân Văn Bình", "022099005678"),
                         ("Lê Thị Hoa", "022099009999")):
        dossiers.register_dossier(ctx, DossierInput("1.001193", name, "direct", id_number=number,
                                                    received_at=datetime(2026, 11, 19, 9)))
    page = shown_page(create_dossier_page)
    page.view.search.setText("van")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)
    _click_header(qtbot, page.view.table, COL_APPLICANT)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "ho-so.xlsx"
    _save_as(qtbot, page.exporter.active_dialog, target)
    wait_idle()
    qtbot.waitUntil(lambda: isinstance(page.exporter.active_dialog, QMessageBox), timeout=10_000)
    assert page.exporter.active_dialog.objectName() == "listExported"
    sheet = load_workbook(target).active
    rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Danh sách hồ sơ"
    assert rows[1][:4] == ["Mã hồ sơ", "Ngày nhận", "Người nộp", "Số CCCD"]
    assert [r[2] for r in rows[2:]] == ["Ân Văn Bình", "Trần Văn Lâm"]  # the filter and the header's order
    assert [r[3] for r in rows[2:]] == ["022******678", "022******234"]  # masked as on screen
    assert "022099001234" not in target.read_bytes().decode("latin-1")


def test_equipment_button_exports_csv_for_excel(qtbot, shown_page, ctx, tmp_path, wait_idle) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "TB-MI-001", "printer", model="Canon LBP 2900", acquired_on=date(2020, 6, 17))
    equipment.add_equipment(ctx, "TB-MT-001", "pc", model="Dell OptiPlex 3020", acquired_on=date(2015, 3, 2))
    page = shown_page(create_equipment_page)
    qtbot.mouseClick(page.view.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "thiet-bi.csv"
    _save_as(qtbot, page.exporter.active_dialog, target)
    wait_idle()
    qtbot.waitUntil(lambda: isinstance(page.exporter.active_dialog, QMessageBox), timeout=10_000)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Mã tài sản,") and len(lines) == 3
    assert {line.split(",")[0] for line in lines[1:]} == {"TB-MI-001", "TB-MT-001"}


def test_dossier_list_prints_the_filtered_sorted_rows_masked(qtbot, shown_page, ctx, tmp_path,  # noqa: ANN001
                                                            wait_idle) -> None:  # noqa: ANN001
    for name, number in (("Trần Văn Lâm", "022099001234"), ("Ân Văn Bình", "022099005678"),
                         ("Lê Thị Hoa", "022099009999")):
        dossiers.register_dossier(ctx, DossierInput("1.001193", name, "direct", id_number=number,
                                                    received_at=datetime(2026, 11, 19, 9)))
    page = shown_page(create_dossier_page)
    page.view.search.setText("van")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)
    _click_header(qtbot, page.view.table, COL_APPLICANT)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.exporter.active_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape  # ten columns
    dialog.reject()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what the dialog hands over, aimed at a PDF file
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    target = tmp_path / "ho-so.pdf"
    printer.setOutputFileName(str(target))
    page.exporter.print_to(printer)
    wait_idle()
    qtbot.waitUntil(lambda: isinstance(page.exporter.active_dialog, QMessageBox), timeout=10_000)
    box = page.exporter.active_dialog
    assert box.objectName() == "listPrinted" and "2 dòng" in box.text()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Danh sách hồ sơ" in text and "2 dòng" in text and "Người nộp" in text and "Số CCCD" in text
    assert text.index("Ân Văn Bình") < text.index("Trần Văn Lâm")  # the header click's order
    assert "Lê Thị Hoa" not in text  # the filter
    assert "022******678" in text and "022099005678" not in text  # masked as on screen


def test_print_button_opens_the_print_dialog(qtbot, shown_page) -> None:  # noqa: ANN001
    page = shown_page(create_dossier_page)
    qtbot.mouseClick(page.view.print_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.exporter.active_dialog, QPrintDialog) and page.exporter.active_dialog.isVisible()
    page.exporter.active_dialog.reject()
