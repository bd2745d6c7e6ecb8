"""The Báo cáo page on real widgets: pick a month, type comments, preview the PDF and read it back; save it as PDF and
Excel; print it to a PDF printer; the draft survives leaving the page; only a leader signs off; the Số liệu tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.domain.periods import parse_period
from desktop.reports.formats import num
from desktop.services import closed_periods, dossiers, equipment, officers, training
from desktop.services.dossiers import DossierInput
from desktop.services.report_signoff import get_report_state
from desktop.services.statistics import dossier_stats
from desktop.ui.ops import OpRunner
from desktop.ui.pages.reports_page import ReportsPageController, create_reports_page
from desktop.ui.pages.reports_view import ATTENDANCE, COL_FIELD, INVENTORY, NUMBER_COLUMN_WIDTH, QUARTER
from desktop.ui.session import DOSSIERS, AppSession

COMMENTS = "Đề nghị trang bị thêm máy quét tài liệu cho bộ phận một cửa."
NOVEMBER = (date(2026, 10, 15), date(2026, 11, 14))  # Decree 09: 15th of the month before to the 14th


def _seed(ctx) -> None:  # noqa: ANN001
    """Dossiers in October and November 2026 (today is Friday 20/11/2026), two fields, one finished late."""
    rows = [("Nguyễn Văn Đức", "1.001193", "direct", datetime(2026, 11, 2, 9), datetime(2026, 11, 2, 14)),
            ("Trần Thị Lan", "1.009994", "online", datetime(2026, 11, 3, 9), None),
            ("Lê Hoàng Nam", "1.001193", "online", datetime(2026, 11, 10, 9), datetime(2026, 11, 12, 9)),
            ("Phạm Thị Thu", "1.001193", "postal", datetime(2026, 11, 18, 9), None),
            ("Hoàng Văn Minh", "1.009994", "direct", datetime(2026, 10, 5, 9), None)]
    for name, procedure, channel, received, finished in rows:
        code = dossiers.register_dossier(ctx, DossierInput(procedure, name, channel, received_at=received)).code
        if finished:
            late = "Chờ xác minh" if finished.date() > received.date() else ""
            dossiers.change_status(ctx, code, "finish", at=finished, late_reason=late)


def _open_page(qtbot, session: AppSession, wait_idle) -> ReportsPageController:  # noqa: ANN001
    controller = create_reports_page(session)
    qtbot.addWidget(controller.view)
    controller.view.resize(1366, 700)
    controller.view.show()
    controller.show_page()
    wait_idle()
    return controller


@pytest.fixture
def page(qtbot, session, ctx, wait_idle) -> ReportsPageController:  # noqa: ANN001
    _seed(ctx)
    return _open_page(qtbot, session, wait_idle)


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _choose(page: ReportsPageController, combo_name: str, data: object, wait_idle) -> None:  # noqa: ANN001
    combo = getattr(page.view, combo_name)
    combo.setCurrentIndex(combo.findData(data))
    wait_idle()


def _session_as(qtbot, ctx, name: str, username: str, role: str):  # noqa: ANN001, ANN202
    user = officers.add_officer(ctx, name, "Công chức", role=role, username=username, password="matkhau-2026")
    runner = OpRunner()
    return AppSession(replace(ctx), runner, user), runner


def test_preview_of_a_month_shows_the_comments_and_the_statistics(qtbot, page, ctx, type_text,  # noqa: ANN001
                                                                 wait_idle) -> None:
    v = page.view
    # On 20/11 December's period (15/11–14/12) is running: it is offered first, November (ended) is chosen.
    assert v.period.currentData() == "2026-11" and v.period.currentText() == "Tháng 11/2026"
    assert v.period.count() == 24 and v.period.itemData(0) == "2026-12" and v.period.itemData(23) == "2025-01"
    assert v.due_note.text() == "Hạn gửi báo cáo: 18/11/2026 (3 ngày làm việc sau ngày chốt số liệu 14/11/2026)"
    _choose(page, "period", "2026-10", wait_idle)
    v.period.setFocus()
    qtbot.keyClick(v.period, Qt.Key.Key_Up)  # newest first: up from October is November
    wait_idle()
    assert v.period.currentData() == "2026-11"
    assert not v.preview.page_count() and "Xem trước" in v.preview.placeholder.text()
    v.comments.setFocus()
    type_text(v.comments, COMMENTS)
    type_text(v.number, "05")
    qtbot.mouseClick(v.preview_button, Qt.MouseButton.LeftButton)
    wait_idle()

    pages = v.preview.page_count()
    assert pages >= 4 and v.preview.page_label.text() == f"Trang 1/{pages}"
    assert len(PdfReader(page.pdf_path).pages) == pages
    assert v.state.text() == f"Bản xem trước: {pages} trang"
    text = _text(page.pdf_path)
    total = dossier_stats(ctx, *NOVEMBER).total
    assert COMMENTS in text
    assert f"tổng số hồ sơ nhận giải quyết trong kỳ là {num(total.received_total)} hồ sơ" in text
    assert f"đã giải quyết {num(total.form_resolved)} hồ sơ" in text
    assert "Số: 05/BC-UBND" in text
    # Previewing kept the draft.
    assert get_report_state(ctx, "month", "2026-11").comments == COMMENTS
    v.preview.go_to(pages - 1)
    assert v.preview.page_label.text() == f"Trang {pages}/{pages}" and not v.preview.next_button.isEnabled()


def test_save_pdf_and_excel_then_read_them_back(qtbot, page, ctx, tmp_path: Path, type_text, wait_idle) -> None:  # noqa: ANN001
    type_text(page.view.comments, COMMENTS)
    page.save_pdf(tmp_path / "bao-cao.pdf")  # builds first: no preview was made yet
    wait_idle()
    saved = tmp_path / "bao-cao.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(saved).pages) == page.view.preview.page_count() > 0
    assert COMMENTS in _text(saved)
    assert page.view.state.text() == f"Đã lưu {saved}"

    # The button asks where, suggesting a name; choosing a file there exports to it.
    qtbot.mouseClick(page.view.xlsx_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert Path(dialog.selectedFiles()[0]).name == "bao-cao-thang-2026-11.xlsx"
    dialog.selectFile(str(tmp_path / "bao-cao.xlsx"))
    dialog.accept()
    wait_idle()
    assert page.view.state.text() == f"Đã lưu {tmp_path / 'bao-cao.xlsx'}"
    sheet = load_workbook(tmp_path / "bao-cao.xlsx")["Biểu 06"]
    rows = list(sheet.iter_rows(min_row=12, values_only=True))
    fields = rows[:next(i for i, row in enumerate(rows) if row[1] == "Tổng cộng")]
    stats = dossier_stats(ctx, *NOVEMBER).total
    assert tuple(sum(r[c] for r in fields) for c in range(2, 6)) == (
        stats.received_total, stats.received_online, stats.received_direct_postal, stats.carried_over)


def test_print_to_a_pdf_printer(qtbot, page, tmp_path: Path, wait_idle) -> None:  # noqa: ANN001
    page.preview()
    wait_idle()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)  # the preview is current: no second build
    wait_idle()
    assert page.builds == 1
    printed = PdfReader(tmp_path / "printed.pdf")
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert len(printed.pages) == page.view.preview.page_count()
    source = PdfReader(page.pdf_path)
    orientation = [float(p.mediabox.width) > float(p.mediabox.height) for p in printed.pages]
    assert orientation == [float(p.mediabox.width) > float(p.mediabox.height) for p in source.pages]
    assert orientation[0] is False and orientation[-1] is True  # the Biểu 06 annex turns to landscape
    assert "Đã gửi" in page.view.state.text()

    qtbot.mouseClick(page.view.print_button, Qt.MouseButton.LeftButton)  # the officer's way: the system dialog
    dialog = page.active_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible() and dialog.maxPage() == len(printed.pages)
    dialog.reject()


def test_the_draft_survives_leaving_the_page_and_changing_period(qtbot, page, session, ctx, type_text,  # noqa: ANN001
                                                                wait_idle) -> None:
    v = page.view
    type_text(v.comments, COMMENTS)
    type_text(v.number, "12")
    _choose(page, "period", "2026-10", wait_idle)  # another month: its own, empty draft
    assert v.comments.toPlainText() == "" and v.number.text() == ""
    type_text(v.comments, "Tháng 10 ổn định.")
    qtbot.waitUntil(lambda: v.draft_state.text().startswith("Bản nháp lưu lúc"), timeout=5000)  # saved after a pause
    _choose(page, "period", "2026-11", wait_idle)
    assert (v.comments.toPlainText(), v.number.text()) == (COMMENTS, "12")
    type_text(v.comments, " Thêm ")
    session.changed(DOSSIERS)  # new figures arrive while the officer types: the text and the cursor stay
    wait_idle()
    type_text(v.comments, "ý.")
    v.hide()  # leaving the page
    assert get_report_state(ctx, "month", "2026-11").comments == COMMENTS + " Thêm ý."

    again = _open_page(qtbot, session, wait_idle)
    assert again.view.comments.toPlainText() == COMMENTS + " Thêm ý." and again.view.number.text() == "12"
    _choose(again, "period", "2026-10", wait_idle)
    assert again.view.comments.toPlainText() == "Tháng 10 ổn định."


def test_an_officer_cannot_sign_off(qtbot, ctx, wait_idle, type_text) -> None:  # noqa: ANN001
    officer, runner = _session_as(qtbot, ctx, "Trần Thị Lan", "lan.tt", "officer")
    try:
        page = _open_page(qtbot, officer, lambda: qtbot.waitUntil(lambda: not runner.busy, timeout=10_000))
        button = page.view.sign_button
        assert button.isVisible() and not button.isEnabled()
        assert "Chỉ lãnh đạo hoặc quản trị viên" in button.toolTip()
        type_text(page.view.comments, COMMENTS)
        assert page.sign_off() is None  # even when asked directly, the service refuses
        box = page.active_dialog
        assert isinstance(box, QMessageBox) and "không được phép ký duyệt báo cáo" in box.text()
        assert not get_report_state(ctx, "month", "2026-11").signed
        assert not page.view.comments.isReadOnly()
    finally:
        runner.wait_idle()


def test_a_leader_signs_off_and_reopens(qtbot, ctx, type_text, clock) -> None:  # noqa: ANN001
    leader, runner = _session_as(qtbot, ctx, "Nguyễn Văn Bình", "binh.nv", "leader")
    try:
        page = _open_page(qtbot, leader, lambda: qtbot.waitUntil(lambda: not runner.busy, timeout=10_000))
        v = page.view
        assert v.sign_button.isEnabled() and v.signoff_state.text() == "Chưa ký duyệt"
        type_text(v.comments, COMMENTS)
        type_text(v.number, "07")
        qtbot.mouseClick(v.sign_button, Qt.MouseButton.LeftButton)
        box = page.active_dialog
        assert isinstance(box, QMessageBox) and box.objectName() == "confirmSignOff"
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter confirms; the period is closed on the worker
        runner.wait_idle()
        qtbot.waitUntil(lambda: v.signoff_state.text().startswith("Đã ký duyệt"), timeout=10_000)
        assert v.signoff_state.text() == "Đã ký duyệt bởi Nguyễn Văn Bình lúc 10:00 20/11/2026"
        assert v.comments.isReadOnly() and v.number.isReadOnly()
        assert v.reopen_button.isVisible() and not v.sign_button.isVisible()
        state = get_report_state(ctx, "month", "2026-11")
        assert state.signed and (state.comments, state.number, state.signed_by) == (COMMENTS, "07", "binh.nv")

        closed = closed_periods.closed_period(ctx, parse_period("month", "2026-11"))
        assert closed is not None and len(closed.pdf_sha256) == 64 and closed.total is not None

        clock.advance(minutes=5)
        qtbot.mouseClick(v.reopen_button, Qt.MouseButton.LeftButton)
        dialog = page.active_dialog
        assert isinstance(dialog, QInputDialog) and dialog.objectName() == "reopenReason"
        dialog.setTextValue("")
        dialog.accept()  # no reason: refused, still closed
        assert v.comments.isReadOnly()
        qtbot.mouseClick(v.reopen_button, Qt.MouseButton.LeftButton)
        dialog = page.active_dialog
        assert isinstance(dialog, QInputDialog)
        type_text(dialog.findChild(QLineEdit), "Bổ sung hồ sơ nhập muộn")
        dialog.accept()
        assert not v.comments.isReadOnly() and v.signoff_state.text() == "Chưa ký duyệt"
        assert not get_report_state(ctx, "month", "2026-11").signed
    finally:
        runner.wait_idle()


def test_the_figures_tab_lists_fields_in_vietnamese_order(qtbot, page, ctx, wait_idle) -> None:  # noqa: ANN001
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model, stats = page.model, dossier_stats(ctx, *NOVEMBER)
    fields = [model.data(model.index(r, COL_FIELD)) for r in range(model.rowCount())]
    assert fields == ["Hộ tịch", "Xây dựng", "Tổng cộng"]
    assert model.data(model.index(2, 1)) == num(stats.total.received_total)
    assert model.data(model.index(2, 1), Qt.ItemDataRole.FontRole).bold()
    page.view.tabs.setCurrentIndex(1)
    assert "Tháng 11/2026" in page.view.stats_note.text()
    header = page.view.table.horizontalHeader()
    assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
    metrics = header.fontMetrics()
    for column in range(1, model.columnCount()):  # every title fits its section, wrapped, without being cut
        title = model.headerData(column, Qt.Orientation.Horizontal)
        box = metrics.boundingRect(QRect(0, 0, header.sectionSize(column) - 12, 2000),
                                   int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), title)
        assert box.height() <= header.height() - 8, title
        assert max(metrics.horizontalAdvance(word) for word in title.split()) <= NUMBER_COLUMN_WIDTH - 12, title
    _choose(page, "kind", QUARTER, wait_idle)
    # Q4 (15/09–14/12) is still running on 20/11: Q3 (15/06–14/09) is the one chosen.
    assert page.view.period.currentText() == "Quý III/2026" and page.view.period.count() == 8
    assert page.view.period.itemText(0) == "Quý IV/2026"
    assert model.data(model.index(model.rowCount() - 1, 1)) == num(
        dossier_stats(ctx, date(2026, 6, 15), date(2026, 9, 14)).total.received_total)
    _choose(page, "kind", INVENTORY, wait_idle)
    assert not page.view.tabs.isTabEnabled(1) and not page.view.xlsx_button.isEnabled()


def test_inventory_and_attendance_lists(qtbot, page, ctx, wait_idle) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "MT-001", "pc", model="Dell OptiPlex 3080", location="Bộ phận một cửa")
    course = training.add_course(ctx, "Kỹ năng số cơ bản cho cán bộ", start_date=date(2026, 11, 10), hours=8)
    training.add_participation(ctx, course.id, person_name="Đỗ Thị Mai", unit="Văn phòng", hours_attended=8)
    _choose(page, "kind", INVENTORY, wait_idle)
    assert not page.view.period.isVisible() and page.view.include_retired.isVisible()
    assert not page.view.comments.isEnabled()
    page.preview()
    wait_idle()
    assert page.view.preview.page_count() >= 1 and "MT-001" in _text(page.pdf_path)

    page.session.changed("training")  # a course added elsewhere shows up in the list
    wait_idle()
    _choose(page, "kind", ATTENDANCE, wait_idle)
    assert page.view.period_label.text() == "Khóa đào tạo"
    assert page.view.period.currentText() == "10/11/2026 — Kỹ năng số cơ bản cho cán bộ"
    page.preview()
    wait_idle()
    assert "Đỗ Thị Mai" in _text(page.pdf_path)
