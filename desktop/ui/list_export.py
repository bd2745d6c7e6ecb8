"""Export the list a page shows, as filtered and sorted, to Excel (.xlsx) or CSV: Ctrl+E, the table's right-click
menu, or the page's "Xuất danh sách…" button; or print it (Ctrl+P, the right-click menu, "In danh sách…", see
list_print).

The cells are the text the table shows, so what is masked on screen is masked in the file (the CCCD/ID number as
022******473, DOMAIN §6) and dates read as dd/mm/yyyy. A paged list (the dossiers) hands a `fetch_all` that reads
every match of its query off the GUI thread, not just the pages scrolled through; the rows then take the order the
officer chose by a header click. CSV is written UTF-8 with a BOM so Excel opens Vietnamese text correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from desktop.ui.errors import show_error
from desktop.ui.list_print import LANDSCAPE_FROM, print_table
from desktop.ui.models.record_table import RecordTableBase
from desktop.ui.ops import OpRunner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

MAX_WIDTH = 60  # characters: a long procedure name must not make a column wider than a screen


def shown_cells(model: RecordTableBase, records: Sequence[Any]) -> tuple[list[str], list[list[str]]]:
    """Headers and the cells' shown text for `records`, in the model's column order."""
    columns = range(model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    return headers, [[model.display(record, c) or "" for c in columns] for record in records]


def write_list(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    """An .xlsx (title row, bold header, frozen panes, widths to fit) or, for any other suffix, a CSV."""
    if path.suffix.lower() != ".xlsx":
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows(rows)
        return path
    from openpyxl import Workbook  # noqa: PLC0415 - openpyxl loads on the first export, not before the window
    from openpyxl.styles import Font  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31] or "Sheet"  # Excel's sheet-name limit
    sheet.append([title])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A3"
    for index, header in enumerate(headers, start=1):
        longest = max([len(header), *(len(r[index - 1]) for r in rows)]) if rows else len(header)
        sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = min(longest + 2, MAX_WIDTH)
    book.save(path)
    return path


class ListExporter(QObject):
    """Puts "export this list" and "print this list" on a table: Ctrl+E, Ctrl+P and the right-click menu; `export()`
    and `print_list()` for a page's buttons."""

    def __init__(self, table: QTableView, title: Callable[[], str], runner: OpRunner,
                 fetch_all: Callable[[], Callable[[], Sequence[Any]]] | None = None) -> None:
        super().__init__(table)
        self.table = table
        self.title = title
        self.runner = runner
        self.fetch_all = fetch_all  # returns the worker-thread reader of every matching record
        self.active_dialog: QWidget | None = None
        self.action = QAction(self.tr("Xuất danh sách ra Excel/CSV…"), table)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.export)
        table.addAction(self.action)
        self.print_action = QAction(self.tr("In danh sách…"), table)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_list)
        table.addAction(self.print_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def export(self) -> QFileDialog:
        dialog = QFileDialog(self.table.window(), self.tr("Xuất danh sách"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Bảng tính Excel (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(f"{self.title()}.xlsx")
        dialog.fileSelected.connect(lambda chosen: self.export_to(Path(chosen)))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _reader(self) -> tuple[RecordTableBase, Callable[[], tuple[list[str], list[list[str]]]]]:
        """The model and a worker-thread reader of the shown cells of every match, in the order on screen."""
        model = self.table.model()
        assert isinstance(model, RecordTableBase)
        held = model.rows()  # a whole list is in the model already: a copy taken here, on the GUI thread
        read = self.fetch_all() if self.fetch_all is not None else (lambda: held)
        return model, lambda: shown_cells(model, model.sorted_rows(read()))

    def export_to(self, path: Path) -> None:
        title = self.title()
        _model, cells = self._reader()

        def work() -> tuple[Path, int]:  # worker thread: reads and writes, never touches a widget
            headers, rows = cells()
            return write_list(path, title, headers, rows), len(rows)

        self.runner.run(work, self._done, lambda exc: self._failed(exc))

    def print_list(self) -> QPrintDialog:
        """The system print dialog; the list is read and printed on the worker once the officer prints."""
        from desktop.ui.printing import open_print_dialog  # noqa: PLC0415 - print support loads on first use

        model = self.table.model()
        wide = model is not None and model.columnCount() >= LANDSCAPE_FROM  # across the sheet
        dialog = open_print_dialog(self.table.window(), self.print_to, doc_name=self.title(), landscape=wide)
        self.active_dialog = dialog
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        title, count_line = self.title(), self.tr("{n} dòng")
        _model, cells = self._reader()

        def work() -> int:  # worker thread: painting on a QPrinter is allowed here; no widget is touched
            headers, rows = cells()
            print_table(printer, title, count_line.format(n=len(rows)), headers, rows)
            return len(rows)

        self.runner.run(work, self._printed, lambda exc: self._failed(exc))

    def _printed(self, count: int) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã in danh sách"),
                          self.tr("Đã gửi {n} dòng tới máy in.").format(n=count), parent=self.table)
        box.setObjectName("listPrinted")
        self.active_dialog = box
        box.open()

    def _done(self, result: tuple[Path, int]) -> None:
        path, count = result
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã xuất danh sách"),
                          self.tr("Đã xuất {n} dòng ra tệp:\n{path}").format(n=count, path=path), parent=self.table)
        box.setObjectName("listExported")
        self.active_dialog = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        self.active_dialog = show_error(self.table, exc)
