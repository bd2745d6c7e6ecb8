"""The catalogue page: fields on the left, their procedures on the right, search as you type (accents optional),
and — for leaders and administrators — adding, editing, deactivating and removing procedures.

The widgets are laid out in `catalogue_view`; this module loads the catalogue and answers the officer's actions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListWidgetItem

from desktop.domain.text import vi_sort_key
from desktop.services.catalogue import edit_procedure, list_fields, list_procedures, remove_procedure
from desktop.services.dto import FieldInfo, ProcedureInfo
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from desktop.ui.errors import show_error
from desktop.ui.models.catalogue_table import COL_FIELD, COL_NAME, CatalogueTableModel
from desktop.ui.pages.base import PageController
from desktop.ui.pages.catalogue_view import CataloguePageView
from desktop.ui.session import CATALOGUE, AppSession
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.inputs import when_typing_pauses
from desktop.ui.widgets.record_table_view import fit_columns, select_row

__all__ = ["CataloguePageController", "CataloguePageView", "create_catalogue_page"]

MAX_COLUMN_WIDTH = 200
FIELD_COLUMN_WIDTH = 150  # long field names are cut here (the list on the left shows them whole)
NAME_FLOOR = 280
EDIT_PERMISSION = "edit_catalogue"


class CataloguePageController(DialogHost, PageController):
    """Loads fields and procedures through the runner, filters by field on the spot and opens the procedure dialog.

    The service does not check roles for the catalogue, so this page is what keeps officers to reading it.
    """

    topics = (CATALOGUE,)

    def __init__(self, view: CataloguePageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: CataloguePageView = view
        self.model = CatalogueTableModel(self)
        view.table.setModel(self.model)
        self.can_edit = session.can(EDIT_PERMISSION)
        self._fields: list[FieldInfo] = []
        self._rows: list[ProcedureInfo] = []
        self._request = 0  # only the answer to the latest request is shown
        self._keep_code: str | None = None  # the procedure to select once the list is back
        self._timer = when_typing_pauses(view.search, self.refresh)
        view.show_inactive.toggled.connect(self._on_show_inactive)
        view.fields.currentRowChanged.connect(self._on_field_changed)
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.table.activated.connect(self._on_activated)
        view.add_button.clicked.connect(self.new_record)
        view.edit_button.clicked.connect(self._on_edit)
        view.active_button.clicked.connect(self._on_toggle_active)
        view.remove_button.clicked.connect(self._on_remove)
        view.remove_shortcut.activated.connect(self._on_remove)
        view.import_button.clicked.connect(self._on_import)
        view.import_button.setVisible(self.can_edit)
        self._explain_rights()
        self._update_actions()

    # -- loading --------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        current = self.current()
        if self._keep_code is None and current is not None:
            self._keep_code = current.code
        ctx, search, inactive = self.ctx, self.view.search.text(), self.view.show_inactive.isChecked()
        self._request += 1
        request = self._request
        self.session.runner.run(lambda: (list_fields(ctx), list_procedures(ctx, search, include_inactive=inactive)),
                                lambda result: self._on_listed(request, *result), self._on_failed)

    def _on_listed(self, request: int, fields: list[FieldInfo], rows: list[ProcedureInfo]) -> None:
        if request != self._request:
            return
        # The store sorts by code point, which puts "Đất đai" after "Y tế": sort as a Vietnamese reader expects.
        self._fields = sorted(fields, key=lambda f: vi_sort_key(f.name))
        self._rows = sorted(rows, key=lambda p: (vi_sort_key(p.field_name), p.code))
        self._fill_fields()
        self._show_rows()

    def _fill_fields(self) -> None:
        fields = self.view.fields
        chosen = self.chosen_field()
        counts = Counter(p.field_code for p in self._rows)
        fields.blockSignals(True)  # rebuilding the list is not the officer choosing a field
        try:
            fields.clear()
            everything = QListWidgetItem(self.tr("Tất cả lĩnh vực ({n})").format(n=len(self._rows)))
            everything.setData(Qt.ItemDataRole.UserRole, "")
            fields.addItem(everything)
            for f in self._fields:
                item = QListWidgetItem(self.tr("{name} ({n})").format(name=f.name, n=counts[f.code]))
                item.setData(Qt.ItemDataRole.UserRole, f.code)
                item.setToolTip(f.name)
                if not counts[f.code]:
                    item.setForeground(Qt.GlobalColor.gray)
                fields.addItem(item)
            codes = [fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(fields.count())]
            fields.setCurrentRow(codes.index(chosen) if chosen in codes else 0)
        finally:
            fields.blockSignals(False)

    def _show_rows(self) -> None:
        keep, self._keep_code = self._keep_code, None
        if keep is None and self.current() is not None:
            keep = self.current().code  # type: ignore[union-attr]
        field = self.chosen_field()
        rows = [p for p in self._rows if not field or p.field_code == field]
        self.model.set_rows(rows)
        self._fit_columns()
        inactive = sum(not p.active for p in rows)
        text = self.tr("{n} thủ tục").format(n=len(rows))
        if inactive:
            text += self.tr(", trong đó {n} ngừng áp dụng").format(n=inactive)
        self.view.count.setText(text)
        if rows:
            select_row(self.view.table, max(self.model.row_of(keep), 0))
        self._update_actions()

    def _fit_columns(self) -> None:
        # The procedure's name is what an officer reads: it keeps NAME_FLOOR, the other columns give way.
        fit_columns(self.view.table, MAX_COLUMN_WIDTH, caps={COL_FIELD: FIELD_COLUMN_WIDTH}, stretch=COL_NAME,
                    fit_to_view=True, stretch_floor=NAME_FLOOR)

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.view, exc)

    # -- state ----------------------------------------------------------------------------------------------------

    def current(self) -> ProcedureInfo | None:
        index = self.view.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def chosen_field(self) -> str:
        item = self.view.fields.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole) or "") if item is not None else ""

    def _explain_rights(self) -> None:
        if self.can_edit:
            self.view.add_button.setToolTip(self.tr("Thêm thủ tục mới vào danh mục (Ctrl+N)"))
            self.view.edit_button.setToolTip(self.tr("Sửa thủ tục đang chọn (Enter hoặc nhấp đúp)"))
            self.view.active_button.setToolTip(self.tr("Ngừng hoặc áp dụng lại thủ tục khi tiếp nhận hồ sơ mới"))
            self.view.remove_button.setToolTip(self.tr("Xóa thủ tục khỏi danh mục (Delete)"))
            return
        why = self.tr("Chỉ lãnh đạo hoặc quản trị viên được thay đổi danh mục thủ tục.")
        for button in (self.view.add_button, self.view.edit_button, self.view.active_button, self.view.remove_button):
            button.setToolTip(why)
        self.view.read_only_note.setText(why)
        self.view.read_only_note.show()

    def _update_actions(self) -> None:
        info = self.current()
        self.view.add_button.setEnabled(self.can_edit)
        for button in (self.view.edit_button, self.view.active_button, self.view.remove_button):
            button.setEnabled(self.can_edit and info is not None)
        deactivate = info is None or info.active
        self.view.active_button.setText(self.tr("Ngừng áp dụng") if deactivate else self.tr("Áp dụng lại"))

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    # -- actions --------------------------------------------------------------------------------------------------

    def new_record(self) -> bool:
        if not self.can_edit:
            return False
        self._open(ProcedureDialog(self.session, self._fields, parent=self.view))
        return True

    def _on_activated(self, _index: QModelIndex) -> None:
        self._on_edit()

    def _on_import(self) -> None:
        if self.can_edit:
            self.open_dialog(ImportDialog("procedures", self.session, self.view))

    def _on_edit(self) -> None:
        info = self.current()
        if self.can_edit and info is not None:
            self._open(ProcedureDialog(self.session, self._fields, info, parent=self.view))

    def _open(self, dialog: ProcedureDialog) -> None:
        dialog.saved.connect(self._on_saved)
        self.open_dialog(dialog)

    def _on_saved(self, result: ProcedureInfo) -> None:
        self._keep_code = result.code
        self.session.changed(CATALOGUE)

    def _on_toggle_active(self) -> None:
        info = self.current()
        if not self.can_edit or info is None:
            return
        if not info.active:
            self._write(info.code, lambda: edit_procedure(self.ctx, info.code, active=True))
            return
        self._confirm(self.tr("Ngừng áp dụng thủ tục"),
                      self.tr("Ngừng áp dụng thủ tục {code} – {name}? Thủ tục sẽ không còn được chọn khi tiếp nhận "
                              "hồ sơ mới; hồ sơ đã nhận không thay đổi. Có thể áp dụng lại sau.")
                      .format(code=info.code, name=info.name), self.tr("Ngừng áp dụng"),
                      lambda: self._write(info.code, lambda: edit_procedure(self.ctx, info.code, active=False)))

    def _on_remove(self) -> None:
        info = self.current()
        if not self.can_edit or info is None:
            return
        self._confirm(self.tr("Xóa thủ tục"),
                      self.tr("Xóa thủ tục {code} – {name} khỏi danh mục? Hồ sơ đã tiếp nhận theo thủ tục này vẫn "
                              "được giữ nguyên.").format(code=info.code, name=info.name), self.tr("Xóa"),
                      lambda: self._write(None, lambda: remove_procedure(self.ctx, info.code)))

    def _confirm(self, title: str, text: str, yes: str, then: Callable[[], None]) -> None:
        # "Không" rather than "Không xóa": the same question is asked before deactivating a procedure.
        self.open_dialog(confirm_box(self.view, title, text, yes, then, self.tr("Không")))

    def _write(self, keep: str | None, call: Callable[[], object]) -> None:
        def done(_result: object) -> None:
            self._keep_code = keep
            self.session.changed(CATALOGUE)
        self.session.runner.run(call, done, self._on_failed)

    # -- filters --------------------------------------------------------------------------------------------------

    def _on_show_inactive(self, _checked: bool) -> None:
        self.refresh()

    def _on_field_changed(self, _row: int) -> None:
        self._show_rows()


def create_catalogue_page(session: AppSession) -> CataloguePageController:
    return CataloguePageController(CataloguePageView(), session)
