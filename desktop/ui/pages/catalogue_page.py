"""The catalogue page: fields on the left, their procedures on the right, search as you type (accents optional),
and — for leaders and administrators — adding, editing, deactivating and removing procedures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import vi_sort_key
from desktop.services.catalogue import edit_procedure, list_fields, list_procedures, remove_procedure
from desktop.services.dto import FieldInfo, ProcedureInfo
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from desktop.ui.errors import show_error
from desktop.ui.models.catalogue_table import COL_FIELD, COL_NAME, COLUMN_COUNT, CatalogueTableModel
from desktop.ui.pages.base import PageController
from desktop.ui.session import CATALOGUE, AppSession

SEARCH_DELAY_MS = 250  # typing pauses this long before the list is asked again
MAX_COLUMN_WIDTH = 200
FIELD_COLUMN_WIDTH = 170  # long field names are cut here (the list on the left shows them whole)
EDIT_PERMISSION = "edit_catalogue"


class CataloguePageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo mã hoặc tên thủ tục, gõ không dấu cũng được (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Hiện cả thủ tục ngừng áp dụng"))
        self.show_inactive.setChecked(True)
        self.add_button = QPushButton(self.tr("Thêm thủ tục"))
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.active_button = QPushButton(self.tr("Ngừng áp dụng"))
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setStyleSheet("color: #555;")
        self.read_only_note.hide()
        self.fields = QListWidget()
        self.fields.setObjectName("fieldList")
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps the count at the end in sight
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.count = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            actions.addWidget(button)
        actions.addWidget(self.read_only_note)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Lĩnh vực")))
        left_layout.addWidget(self.fields, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1110])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.remove_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        order = (self.search, self.show_inactive, self.fields, self.table, self.add_button, self.edit_button,
                 self.active_button, self.remove_button)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


class CataloguePageController(PageController):
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
        self.active_dialog: QWidget | None = None
        self._fields: list[FieldInfo] = []
        self._rows: list[ProcedureInfo] = []
        self._request = 0  # only the answer to the latest request is shown
        self._keep_code: str | None = None  # the procedure to select once the list is back
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        view.search.textChanged.connect(self._on_search_changed)
        view.show_inactive.toggled.connect(self._on_show_inactive)
        view.fields.currentRowChanged.connect(self._on_field_changed)
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.table.activated.connect(self._on_activated)
        view.add_button.clicked.connect(self.new_record)
        view.edit_button.clicked.connect(self._on_edit)
        view.active_button.clicked.connect(self._on_toggle_active)
        view.remove_button.clicked.connect(self._on_remove)
        view.remove_shortcut.activated.connect(self._on_remove)
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
        row = self.model.row_of(keep) if keep else -1
        if rows:
            index = self.model.index(max(row, 0), 0)
            self.view.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.table.scrollTo(index)
        self._update_actions()

    def _fit_columns(self) -> None:
        table = self.view.table
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        for column in range(COLUMN_COUNT):
            if column != COL_NAME:
                table.setColumnWidth(column, min(table.columnWidth(column) + 12, MAX_COLUMN_WIDTH))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(COL_FIELD, min(table.columnWidth(COL_FIELD), FIELD_COLUMN_WIDTH))

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.view, exc)

    # -- state ----------------------------------------------------------------------------------------------------

    def current(self) -> ProcedureInfo | None:
        index = self.view.table.selectionModel().currentIndex()
        return self.model.procedure_at(index.row()) if index.isValid() else None

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

    def _on_edit(self) -> None:
        info = self.current()
        if self.can_edit and info is not None:
            self._open(ProcedureDialog(self.session, self._fields, info, parent=self.view))

    def _open(self, dialog: ProcedureDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.active_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

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
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.view)
        box.setObjectName("confirmCatalogue")
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter must not change the catalogue
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_code: int) -> None:
            confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            self._forget(box)
            if confirmed:
                then()

        box.finished.connect(answered)
        self.active_dialog = box
        box.open()

    def _write(self, keep: str | None, call: Callable[[], object]) -> None:
        def done(_result: object) -> None:
            self._keep_code = keep
            self.session.changed(CATALOGUE)
        self.session.runner.run(call, done, self._on_failed)

    # -- filters --------------------------------------------------------------------------------------------------

    def _on_search_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_show_inactive(self, _checked: bool) -> None:
        self.refresh()

    def _on_field_changed(self, _row: int) -> None:
        self._show_rows()


def create_catalogue_page(session: AppSession) -> CataloguePageController:
    return CataloguePageController(CataloguePageView(), session)
