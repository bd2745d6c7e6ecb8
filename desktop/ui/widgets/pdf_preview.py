"""A PDF on screen (QtPdf) with page navigation and zoom; the small window around it with Print and Save that the
desk's forms open in; and the one place a form is built off the GUI thread for that window."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.reports.forms.data import FILE_NAMES
from desktop.services import audit, form_data
from desktop.ui.errors import show_error
from desktop.ui.ops import Op, OpRunner
from desktop.ui.printing import PrintError, open_print_dialog, open_save_dialog, print_pdf, unreadable
from desktop.ui.screen_fit import resize_to_fit
from desktop.ui.session import AppSession

ZOOM_STEP = 1.25


class PdfPreview(QWidget):
    """Shows one PDF file: all pages one under another, fitted to the width until the officer zooms."""

    loaded = Signal(int)  # the number of pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")  # grey around the white sheets, as on a desk
        self.placeholder = QLabel(self.tr("Chưa có bản xem trước."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #555; font-size: 14px; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        self.previous_button = self._tool(self.tr("‹ Trang trước"), self.tr("Trang trước (Ctrl+Page Up)"))
        self.next_button = self._tool(self.tr("Trang sau ›"), self.tr("Trang sau (Ctrl+Page Down)"))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_width_button = self._tool(self.tr("Vừa chiều rộng"), self.tr("Trang rộng bằng khung xem"))
        self.fit_page_button = self._tool(self.tr("Cả trang"), self.tr("Thấy trọn một trang"))
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.zoom_out_button = self._tool("−", self.tr("Thu nhỏ (Ctrl+-)"))
        self.zoom_in_button = self._tool("+", self.tr("Phóng to (Ctrl++)"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.fit_width_button, self.fit_page_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.fit_width_button.clicked.connect(lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        for keys, slot in ((QKeySequence("Ctrl+PgUp"), self.previous_button.click),
                           (QKeySequence("Ctrl+PgDown"), self.next_button.click),
                           (QKeySequence.StandardKey.ZoomIn, self.zoom_in_button.click),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out_button.click)):
            QShortcut(keys, self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_page_number()
        self._show_zoom_mode()

    @staticmethod
    def _tool(text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)

    def load(self, path: Path | str) -> int:
        """Show the PDF at `path`; returns its page count. PrintError when the file cannot be read."""
        if self.document.load(str(path)) != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.clear()
            raise unreadable(path)
        self.stack.setCurrentWidget(self.view)
        self.go_to(0)
        self._show_page_number()
        self.loaded.emit(self.page_count())
        return self.page_count()

    def clear(self) -> None:
        """Let go of the file (so it can be deleted) and show the placeholder again."""
        self.document.close()
        self.stack.setCurrentWidget(self.placeholder)
        self._show_page_number()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._show_page_number()

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_zoom_mode()

    def zoom_by(self, factor: float) -> None:
        zoom = max(0.25, min(self.view.zoomFactor() * factor, 4.0))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self._show_zoom_mode()

    def _show_zoom_mode(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _show_page_number(self, *_args: object) -> None:
        pages = self.page_count()
        current = self.current_page() if pages else 0
        self.page_label.setText(self.tr("Trang {page}/{pages}").format(page=current + 1, pages=pages) if pages else "")
        for button in (self.previous_button, self.next_button, self.fit_width_button, self.fit_page_button,
                       self.zoom_in_button, self.zoom_out_button):
            button.setEnabled(pages > 0)
        self.previous_button.setEnabled(pages > 0 and current > 0)
        self.next_button.setEnabled(pages > 0 and current < pages - 1)


class PdfPreviewDialog(QDialog):
    """A paper ready to print: the preview, "In…" (Enter), "Lưu PDF…" and "Đóng" (Esc).

    The dialog may own the temporary folder the PDF sits in (`keep_temp`); it is removed when the dialog closes.
    """

    printed = Signal(int)  # pages sent to the printer
    saved_to = Signal(str)

    def __init__(self, path: Path | str, title: str, suggested_name: str, runner: OpRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.path = Path(path)
        self.suggested_name = suggested_name
        self.runner = runner
        self.active_dialog: QWidget | None = None
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self.preview = PdfPreview()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setToolTip(self.tr("Chọn máy in và in (Enter)"))
        self.save_button = QPushButton(self.tr("Lưu PDF…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print)
        self.save_button.clicked.connect(self._on_save)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self.preview.load(self.path)
        resize_to_fit(self, 760, 720)  # an A4 page at a readable size; the buttons stay above the taskbar
        self.print_button.setFocus()

    def keep_temp(self, temp: tempfile.TemporaryDirectory[str]) -> None:
        self._temp = temp

    def print_to(self, printer: QPrinter) -> Op | None:
        """Print on `printer` (tests pass a PDF-file printer); in the background when the dialog has a runner."""
        path = self.path
        self.status.setText(self.tr("Đang in…"))
        if self.runner is None:
            try:
                self._on_printed(print_pdf(path, printer))
            except Exception as exc:  # noqa: BLE001 - the officer gets the reason
                self._on_failed(exc)
            return None
        return self.runner.run(lambda: print_pdf(path, printer), self._on_printed, self._on_failed)

    def save_to(self, target: Path | str) -> Path:
        """Copy the paper to `target` (a .pdf); the file dialog calls this, and so may a test."""
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self._on_failed(PrintError("print.file_could_not_be", value=exc.strerror or exc))
            raise
        self.status.setText(self.tr("Đã lưu {path}").format(path=str(target)))
        self.saved_to.emit(str(target))
        return target

    def _on_print(self) -> None:
        self._show(open_print_dialog(self, self.print_to))

    def _on_save(self) -> None:
        self._show(open_save_dialog(self, self.tr("Lưu PDF"), self.suggested_name, self.tr("Tệp PDF (*.pdf)"),
                                    self._save_quietly))

    def _save_quietly(self, path: str) -> None:
        try:
            self.save_to(path)
        except OSError:
            pass  # already shown to the officer

    def _on_printed(self, pages: int) -> None:
        if isValid(self):
            self.status.setText(self.tr("Đã gửi {n} trang tới máy in.").format(n=pages))
            self.printed.emit(pages)

    def _on_failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.status.setText("")
            self.active_dialog = show_error(self, exc)

    def _show(self, dialog: QWidget) -> None:
        if self.active_dialog is not None and isValid(self.active_dialog) and not self.active_dialog.isVisible():
            self.active_dialog.deleteLater()
        self.active_dialog = dialog

    def _on_finished(self, _result: int) -> None:
        self.preview.clear()  # the file must be closed before its folder can go (Windows keeps open files)
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None


def receipt_file_name(code: str) -> str:
    return form_file_name("receipt", code)


def form_file_name(kind: str, code: str) -> str:
    return f"{FILE_NAMES[kind]}-{code}.pdf"


# The window title of each form's preview (Vietnamese source, English in the .ts files).
FORM_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("ReceiptPreview", "Giấy tiếp nhận hồ sơ {code}"),
    "supplement": QT_TRANSLATE_NOOP("ReceiptPreview", "Phiếu yêu cầu bổ sung hồ sơ {code}"),
    "refusal": QT_TRANSLATE_NOOP("ReceiptPreview", "Phiếu từ chối tiếp nhận hồ sơ {code}"),
    "apology": QT_TRANSLATE_NOOP("ReceiptPreview", "Phiếu xin lỗi và hẹn lại ngày trả kết quả {code}"),
    "control": QT_TRANSLATE_NOOP("ReceiptPreview", "Phiếu kiểm soát quá trình giải quyết hồ sơ {code}"),
}


def preview_receipt(session: AppSession, code: str, parent: QWidget,
                    on_ready: Callable[[PdfPreviewDialog], object],
                    on_failure: Callable[[BaseException], object]) -> Op:
    """Build dossier `code`'s receipt slip off the GUI thread, then hand `on_ready` a preview window (not yet open)."""
    return preview_form(session, "receipt", code, parent, on_ready, on_failure)


def preview_form(session: AppSession, kind: str, code: str, parent: QWidget,
                 on_ready: Callable[[PdfPreviewDialog], object],
                 on_failure: Callable[[BaseException], object]) -> Op:
    """Build form `kind` (01–05) of dossier `code` off the GUI thread, then hand `on_ready` a preview window (not yet
    open). The preview, each print and each saved copy leave an audit row: the forms show full ID numbers."""
    ctx = session.ctx
    temp = tempfile.TemporaryDirectory(prefix="communedesk-", ignore_cleanup_errors=True)
    out = Path(temp.name) / form_file_name(kind, code)
    dossier_id: list[str] = []

    def build() -> Path:
        from desktop.reports.forms.build import build_form  # ReportLab loads only when a paper is wanted

        slip = form_data.desk_slip(ctx, code)
        build_form(kind, slip, out)
        dossier_id.append(slip.dossier_id)
        audit.record_shown(ctx, "preview", kind, dossier_id=slip.dossier_id)
        return out

    def logged(action: str, **detail: object) -> None:
        session.runner.run(lambda: audit.record_shown(ctx, action, kind, dossier_id=dossier_id[0], **detail),
                           lambda _none: None, on_failure)

    title = QCoreApplication.translate("ReceiptPreview", FORM_TITLES[kind]).format(code=code)
    return _audited_preview(session, build, temp, title, form_file_name(kind, code), logged, parent, on_ready,
                            on_failure)


def book_file_name(start: date, end: date) -> str:
    return f"so-theo-doi-ho-so-{start:%Y%m%d}-{end:%Y%m%d}.pdf"


def preview_book(session: AppSession, start: date, end: date, parent: QWidget,
                 on_ready: Callable[[PdfPreviewDialog], object],
                 on_failure: Callable[[BaseException], object]) -> Op:
    """Build the tracking book (form 06) of dossiers received in [start, end] off the GUI thread, then hand
    `on_ready` its preview; like the forms, it shows phones, so the preview, prints and copies are audited."""
    ctx = session.ctx
    temp = tempfile.TemporaryDirectory(prefix="communedesk-", ignore_cleanup_errors=True)
    out = Path(temp.name) / book_file_name(start, end)
    codes: list[str] = []
    span = {"start": start.isoformat(), "end": end.isoformat()}

    def build() -> Path:
        from desktop.reports.forms.book import build_book  # ReportLab loads only when a paper is wanted

        data = form_data.book(ctx, start, end)
        build_book(data, out)
        codes.extend(r.code for r in data.rows)
        audit.record_shown(ctx, "preview", "book", codes=tuple(codes), **span)
        return out

    def logged(action: str, **detail: object) -> None:
        session.runner.run(lambda: audit.record_shown(ctx, action, "book", codes=tuple(codes), **span, **detail),
                           lambda _none: None, on_failure)

    title = QCoreApplication.translate("ReceiptPreview", "Sổ theo dõi hồ sơ {start} – {end}").format(
        start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
    return _audited_preview(session, build, temp, title, book_file_name(start, end), logged, parent, on_ready,
                            on_failure)


def _audited_preview(session: AppSession, build: Callable[[], Path], temp: tempfile.TemporaryDirectory[str],
                     title: str, file_name: str, logged: Callable[..., None], parent: QWidget,
                     on_ready: Callable[[PdfPreviewDialog], object],
                     on_failure: Callable[[BaseException], object]) -> Op:
    """Run `build` off the GUI thread, then hand `on_ready` its preview window; each print and saved copy is
    `logged`. The temporary folder lives as long as the window (or goes at once if the asking window is gone)."""

    def ready(path: Path) -> None:
        if not isValid(parent):  # the window that asked was closed meanwhile
            temp.cleanup()
            return
        dialog = PdfPreviewDialog(path, title, file_name, session.runner, parent)
        dialog.keep_temp(temp)
        dialog.printed.connect(lambda pages: logged("print", pages=pages))
        dialog.saved_to.connect(lambda target: logged("export", file=Path(target).name))
        on_ready(dialog)

    def failed(exc: BaseException) -> None:
        temp.cleanup()
        if isValid(parent):
            on_failure(exc)

    return session.runner.run(build, ready, failed)
