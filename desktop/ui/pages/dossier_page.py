"""The dossier list page: search as you type (accents optional), filters, the paged table, new and open, and the
tracking book of the filtered days."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
)

from desktop.domain.lifecycle import Status
from desktop.services.catalogue import list_fields
from desktop.services.dossier_queries import (
    PERIOD_CUSTOM,
    DossierQuery,
    period_bounds,
    read_page,
)
from desktop.services.dto import DossierInfo
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.dossier_dialog import DossierDialog
from desktop.ui.errors import show_error
from desktop.ui.list_export import ListExporter
from desktop.ui.models.dossier_table import (
    COL_PROCEDURE,
    DossierTableModel,
)
from desktop.ui.ops import Op
from desktop.ui.pages.base import PageController
from desktop.ui.pages.dossier_undo import ask_undo
from desktop.ui.pages.dossier_view import (
    COLUMN_CHARS,
    EXPORT_MAX,
    QUICK_DUE_SOON,
    QUICK_OPEN,
    QUICK_OVERDUE,
    DossierPageView,
)
from desktop.ui.session import CALENDAR, CATALOGUE, DOSSIERS, AppSession
from desktop.ui.widgets.inputs import when_typing_pauses
from desktop.ui.widgets.record_table_view import select_row

if TYPE_CHECKING:
    from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
    from desktop.ui.widgets.pdf_preview import PdfPreviewDialog


class DossierPageController(DialogHost, PageController):
    """Turns what the officer types and picks into a query for the table; opens the new and detail dialogs."""

    topics = (DOSSIERS, CATALOGUE, CALENDAR)

    def __init__(self, view: DossierPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: DossierPageView = view
        self.model = DossierTableModel(session.ctx, session.runner, parent=self)
        view.table.setModel(self.model)
        self._sized = False
        self._select_code: str | None = None  # the row to select once the next load is in
        today = self.ctx.today()
        view.date_from.setDate(QDate(today.year, today.month, 1))
        view.date_to.setDate(QDate(today.year, today.month, today.day))
        for edit in (view.date_from, view.date_to):
            edit.dateChanged.connect(self._on_filter_changed)
        self._timer = when_typing_pauses(view.search, self.reload)
        view.search.returnPressed.connect(self._on_search_entered)
        for combo in (view.quick, view.period, view.status, view.field, view.channel, view.outcome):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        view.clear_button.clicked.connect(self._on_clear_filters)
        view.new_button.clicked.connect(self.new_record)
        view.open_button.clicked.connect(self._on_open_clicked)
        view.book_button.clicked.connect(self.print_book)
        view.undo_button.clicked.connect(self.undo_selected)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, view.table, activated=self.undo_selected)
        undo_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        view.table.activated.connect(self._on_row_activated)  # Enter, or a double click
        self.exporter = ListExporter(view.table, lambda: self.tr("Danh sách hồ sơ"), session.runner,
                                     fetch_all=self._every_match)
        view.export_button.clicked.connect(self.exporter.export)
        view.print_button.clicked.connect(self.exporter.print_list)
        view.import_button.clicked.connect(self.import_list)
        self.model.loaded.connect(self._on_loaded)
        self.model.counted.connect(self._show_count)
        self.model.load_failed.connect(self._on_load_failed)
        view.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    # -- PageController ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_fields()
        self.reload()

    def new_record(self) -> bool:
        dialog = DossierDialog(self.session, parent=self.view)
        dialog.saved.connect(self._on_dossier_saved)
        self.open_kept(dialog)
        return True

    # -- queries ----------------------------------------------------------------------------------------------------

    def import_list(self) -> QDialog:
        """The province's dossier list, through the import dialog (the list reloads when it is written)."""
        # Loaded on first use: the page opens with the window, which must not load the importers (openpyxl).
        from desktop.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog("dossiers", self.session, self.view)
        self.open_dialog(dialog)
        return dialog

    def _every_match(self) -> Callable[[], list[DossierInfo]]:
        """The worker-thread reader of every dossier the shown query matches (not only the pages loaded)."""
        query = self.model.query or self.current_query()
        ctx = self.ctx
        return lambda: list(read_page(ctx, replace(query, limit=EXPORT_MAX, offset=0), marks=False).rows)

    def current_query(self) -> DossierQuery:
        v = self.view
        quick = v.quick.currentData()
        start, end = period_bounds(v.period.currentData(), self.ctx.today(), v.date_from.date().toPython(),
                                   v.date_to.date().toPython())
        status = v.status.currentData()
        return DossierQuery(search=v.search.text(), received_from=start, received_to=end,
                            statuses=(status,) if status else (), open_only=quick == QUICK_OPEN,
                            field_code=v.field.currentData() or "", channel=v.channel.currentData() or "",
                            outcome=v.outcome.currentData() or "", overdue=quick == QUICK_OVERDUE,
                            due_soon=quick == QUICK_DUE_SOON)

    def reload(self) -> None:
        self._timer.stop()
        code = self.selected_code()
        if code and self._select_code is None:
            self._select_code = code
        self.view.count.setText(self.tr("Đang tải…"))
        self.model.set_query(self.current_query())

    def selected_code(self) -> str | None:
        index = self.view.table.currentIndex()
        rows = self.view.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return self.model.dossier_at(index.row()).code

    def open_detail(self, code: str) -> DossierDetailDialog:
        # The detail and the PDF preview (QtPdf, the paper layouts) load on first use, not before the list shows.
        from desktop.ui.dialogs.dossier_detail import DossierDetailDialog

        dialog = DossierDetailDialog(self.session, code, parent=self.view)
        self.open_kept(dialog)
        return dialog

    def _fill_fields(self) -> None:
        combo = self.view.field
        current = combo.currentData()
        try:
            fields = list_fields(self.ctx)
        except Exception as exc:  # noqa: BLE001 - the list still works without the field filter
            self.active_dialog = show_error(self.view, exc)
            return
        combo.blockSignals(True)  # refilling must not fire one query per item
        while combo.count() > 1:
            combo.removeItem(1)
        for field in fields:
            combo.addItem(field.name, field.code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- handlers ---------------------------------------------------------------------------------------------------

    def _on_search_entered(self) -> None:
        if self._timer.isActive():
            self.reload()
        self.view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_filter_changed(self, *_args: object) -> None:
        custom = self.view.period.currentData() == PERIOD_CUSTOM
        self.view.date_from.setVisible(custom)
        self.view.date_to.setVisible(custom)
        self.reload()

    def show_quick(self, quick: str) -> None:
        """Only the dossiers of one quick filter ("overdue", "due_soon"…), every other filter cleared."""
        v = self.view
        for combo in (v.period, v.status, v.field, v.channel, v.outcome):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        v.search.clear()
        v.quick.blockSignals(True)
        v.quick.setCurrentIndex(max(0, v.quick.findData(quick)))
        v.quick.blockSignals(False)
        self._on_filter_changed()

    def _on_clear_filters(self) -> None:
        v = self.view
        for combo in (v.quick, v.period, v.status, v.field, v.channel, v.outcome):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._on_filter_changed()

    def _on_loaded(self, _query: DossierQuery) -> None:
        if self.model.total is None:
            self.view.count.setText(self.tr("Đang đếm…"))
        if not self._sized and self.model.rowCount():
            self._sized = True
            self._size_columns()
        row = self.model.row_of(self._select_code) if self._select_code else None
        self._select_code = None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            select_row(self.view.table, row)
        self._on_selection_changed()

    def _size_columns(self) -> None:
        """Fit the columns to their texts, but no wider than their caps: on a 1366-pixel screen every column must
        stay in view, and the procedure column takes the room left (its full name is in the tooltip)."""
        table = self.view.table
        table.resizeColumnsToContents()
        char = table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            table.setColumnWidth(column, min(table.columnWidth(column), chars * char + 16))
        table.horizontalHeader().setSectionResizeMode(COL_PROCEDURE, QHeaderView.ResizeMode.Stretch)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.view.count.setText("")
        self.active_dialog = show_error(self.view, exc)

    def _show_count(self, total: int) -> None:
        if self.model.total_capped:  # counting stopped early: a common name matches tens of thousands
            text = self.tr("Hơn {n} hồ sơ").format(n=QLocale().toString(self.model.count_cap))
        else:
            text = self.tr("{n} hồ sơ").format(n=QLocale().toString(total))
        loaded = self.model.rowCount()
        if self.model.sort_column >= 0 and loaded < total:
            # A header click sorts the pages read so far (newest first); say so rather than pretend it is all of them.
            text += " " + self.tr("(sắp xếp {k} hồ sơ đã tải)").format(k=QLocale().toString(loaded))
        self.view.count.setText(text)

    def _on_selection_changed(self, *_args: object) -> None:
        self.view.open_button.setEnabled(self.selected_code() is not None)
        self.view.undo_button.setEnabled(self.selected_code() is not None)

    def undo_selected(self) -> None:
        code = self.selected_code()
        if code is not None:
            self.active_dialog = ask_undo(self.view, self.session, code)

    def _on_open_clicked(self) -> None:
        code = self.selected_code()
        if code:
            self.open_detail(code)

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_detail(self.model.dossier_at(index.row()).code)

    def _on_dossier_saved(self, info: DossierInfo) -> None:
        self._select_code = info.code
        self.session.changed(DOSSIERS)
        if info.status != Status.REGISTERED:  # accepted at the desk: the citizen waits for the slip
            QTimer.singleShot(0, lambda: self.offer_receipt(info.code))  # once the form has closed

    def offer_receipt(self, code: str) -> QMessageBox:
        """Ask, without blocking, whether to print the slip: Enter previews it, Esc does not."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("In phiếu tiếp nhận"),
                          self.tr("Đã tiếp nhận hồ sơ {code}. In giấy tiếp nhận hồ sơ và hẹn trả kết quả?").format(
                              code=code), QMessageBox.StandardButton.NoButton, self.view)
        box.setObjectName("offerReceipt")
        self.receipt_yes_button = box.addButton(self.tr("Xem và in phiếu"), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(box.addButton(self.tr("Không in"), QMessageBox.ButtonRole.RejectRole))
        box.setDefaultButton(self.receipt_yes_button)
        box.buttonClicked.connect(lambda button: button is self.receipt_yes_button and self.print_receipt(code))
        self.open_kept(box)
        return box

    def book_range(self) -> tuple[date, date]:
        """The receipt days the list is filtered to; with no bound, the current year up to today."""
        query, today = self.current_query(), self.ctx.today()
        return query.received_from or date(today.year, 1, 1), query.received_to or today

    def print_book(self) -> Op:
        """The tracking book of the filtered receipt days, built in the background, then previewed."""
        from desktop.ui.widgets.pdf_preview import preview_book

        start, end = self.book_range()
        self.view.book_button.setEnabled(False)

        def ready(dialog: PdfPreviewDialog) -> None:
            self.view.book_button.setEnabled(True)
            self.open_kept(dialog)

        def failed(exc: BaseException) -> None:
            self.view.book_button.setEnabled(True)
            self.active_dialog = show_error(self.view, exc)

        return preview_book(self.session, start, end, self.view, ready, failed)

    def print_receipt(self, code: str) -> None:
        from desktop.ui.widgets.pdf_preview import preview_receipt

        preview_receipt(self.session, code, self.view, self.open_kept,
                        lambda exc: setattr(self, "active_dialog", show_error(self.view, exc)))


def create_dossier_page(session: AppSession) -> DossierPageController:
    return DossierPageController(DossierPageView(), session)
