"""Where a finished paper goes: the print dialog and `print_pdf`, which prints a PDF file on a QPrinter (QtPdf renders
each page, the painter lays it on the sheet in the page's own orientation: the period report turns to landscape for
its annexes), and the "save as" dialog.

Painting on a QPrinter is allowed off the GUI thread, so `print_pdf` may run in an Op; it touches no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.domain.errors import Explained

# Text stays crisp at 300 dots per inch while an A4 page stays a 35 MB image; a 1200-dpi render would be 550 MB.
MAX_RENDER_DPI = 300
_last_folder: list[str] = []  # where the officer last saved a paper, for the next save dialog


class PrintError(Explained):
    """Printing failed for a reason the officer can act on."""


def unreadable(path: Path | str) -> PrintError:
    name = Path(path).name
    return PrintError("print.cannot_read_pdf", name=name)


def open_print_dialog(parent: QWidget, on_accepted: Callable[[QPrinter], object], pages: int = 0,
                      doc_name: str = "", landscape: bool = False) -> QPrintDialog:
    """The system print dialog, non-blocking, for an A4 paper; `on_accepted(printer)` runs when the officer prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if doc_name:
        printer.setDocName(doc_name)  # what the printer queue shows
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, pages > 1)
    if pages > 1:
        dialog.setMinMax(1, pages)
    # The printer is not owned by the dialog: the connection keeps it alive until the dialog goes.
    dialog.finished.connect(lambda result: result == QDialog.DialogCode.Accepted and on_accepted(printer))
    QDialog.open(dialog)  # PySide offers only QPrintDialog's open(receiver, member) overload on the instance
    return dialog


def open_save_dialog(parent: QWidget, title: str, suggested_name: str, name_filter: str,
                     on_chosen: Callable[[str], object]) -> QFileDialog:
    """A non-blocking "save as" dialog starting in the last folder used (else Documents); calls `on_chosen(path)`."""
    folder = _last_folder[0] if _last_folder else \
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, title, str(Path(folder) / suggested_name), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(Path(suggested_name).suffix.lstrip("."))

    def chosen(path: str) -> None:
        _last_folder[:] = [str(Path(path).parent)]
        on_chosen(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def page_range(printer: QPrinter, pages: int) -> range:
    """The 0-based pages the print dialog asked for (all of them unless a range was chosen)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return range(first - 1, last)
    return range(pages)


def print_pdf(path: Path | str, printer: QPrinter) -> int:
    """Print the PDF at `path` on `printer`; returns the number of pages sent."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
            raise unreadable(path)
        pages = page_range(printer, document.pageCount())
        if not pages:
            raise PrintError("print.chosen_page_range_has")
        # The PDF already carries the Decree 30 margins: draw it on the whole sheet, not inside the printer's margins.
        printer.setFullPage(True)
        painter = QPainter()
        for n, page in enumerate(pages):
            size = document.pagePointSize(page)
            orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                           else QPageLayout.Orientation.Portrait)
            printer.setPageOrientation(orientation)  # before begin() or newPage(): it applies to the next page
            if n == 0:
                if not painter.begin(printer):
                    raise PrintError("print.printer_could_not_be")
            elif not printer.newPage():
                raise PrintError("print.printer_stopped_accepting_pages")
            _draw_page(painter, printer, document, page, size)
        painter.end()
        return len(pages)
    finally:
        document.close()


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int, size: QSizeF) -> None:
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    image = document.render(page, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    # Keep the page's proportions when the paper differs (Letter in the tray, say): fit and centre it.
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2, width, height)
    painter.drawImage(target, image)
