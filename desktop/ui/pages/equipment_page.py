"""The equipment page: the commune's devices with their status and warnings, the selected one's history below, and
the actions that add, edit, remove a device or record what happened to it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.equipment import (
    EquipmentEventInfo,
    EquipmentInfo,
    equipment_history,
    list_equipment,
    remove_equipment,
)
from desktop.ui import labels
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.equipment_event_dialog import EndOutageDialog, EquipmentEventDialog
from desktop.ui.errors import show_error
from desktop.ui.models import equipment_tables as cols
from desktop.ui.models.equipment_tables import EquipmentEventTableModel, EquipmentTableModel
from desktop.ui.pages.base import PageController
from desktop.ui.session import EQUIPMENT, AppSession

SEARCH_DELAY_MS = 250  # typing pauses this long before the list is asked again
MAX_COLUMN_WIDTH = 240


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # Compact rows: the list should show a commune's devices without much scrolling at 1366×768.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control, as keyboard users expect
    return table


def _name(info: EquipmentInfo) -> str:
    """How a device is called in a sentence: its model, or its kind when the model is not known."""
    return info.model or labels.label(labels.EQUIPMENT_KIND, info.kind)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _pane(top: QWidget, bottom: QWidget) -> QWidget:
    """One half of the splitter: a table and its caption line, the table taking the height."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(top, 0 if isinstance(top, QLabel) else 1)
    layout.addWidget(bottom, 0 if isinstance(bottom, QLabel) else 1)
    return pane


class EquipmentPageView(QWidget):
    """Lays out the widgets; knows nothing of services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo mã, model, số sê-ri, vị trí, người dùng (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Mọi loại thiết bị"), "")
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Mọi tình trạng"), "")
        for combo, table in ((self.kind_filter, labels.EQUIPMENT_KIND), (self.status_filter, labels.EQUIPMENT_STATUS)):
            for text, code in labels.choices(table):
                combo.addItem(text, code)
        self.add_button = _button(self.tr("Thêm thiết bị"), self.tr("Thêm thiết bị mới (Ctrl+N)"))
        self.edit_button = _button(self.tr("Sửa"), self.tr("Sửa thông tin thiết bị (Enter hoặc nhấp đúp)"))
        self.event_button = _button(self.tr("Ghi sự kiện"),
                                    self.tr("Đổi tình trạng, bảo trì, sửa chữa, mất kết nối, kiểm kê"))
        self.end_outage_button = _button(self.tr("Kết thúc mất kết nối"), self.tr("Ghi thời điểm có kết nối lại"))
        self.remove_button = _button(self.tr("Xóa"), self.tr("Xóa thiết bị khỏi danh sách (Delete)"))
        self.table = _table()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history_title = QLabel()
        self.history = _table()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status_filter)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.event_button, self.end_outage_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(_pane(self.table, self.summary))
        self.splitter.addWidget(_pane(self.history_title, self.history))
        self.splitter.setStretchFactor(0, 2)  # the list matters more than one device's history
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.remove_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        order = (self.search, self.kind_filter, self.status_filter, self.table, self.add_button, self.edit_button,
                 self.event_button, self.end_outage_button, self.remove_button, self.history)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


class EquipmentPageController(PageController):
    """Loads the list and the selected device's history through the runner and opens the record dialogs."""

    topics = (EQUIPMENT,)

    def __init__(self, view: EquipmentPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: EquipmentPageView = view
        self.model = EquipmentTableModel(self)
        self.history_model = EquipmentEventTableModel(self)
        view.table.setModel(self.model)
        view.history.setModel(self.history_model)
        self.active_dialog: QWidget | None = None
        self._list_request = 0  # only the answer to the latest request is shown
        self._history_request = 0
        self._keep_tag: str | None = None  # the device to select once the list is back
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        view.search.textChanged.connect(self._on_search_changed)
        view.kind_filter.currentIndexChanged.connect(self._on_filter_changed)
        view.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        view.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.table.activated.connect(self._on_activated)
        view.add_button.clicked.connect(self.new_record)
        view.edit_button.clicked.connect(self._on_edit)
        view.event_button.clicked.connect(self._on_record_event)
        view.end_outage_button.clicked.connect(self._on_end_outage)
        view.remove_button.clicked.connect(self._on_remove)
        view.remove_shortcut.activated.connect(self._on_remove)
        self._update_actions()


    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        current = self.current()
        if self._keep_tag is None and current is not None:
            self._keep_tag = current.asset_tag
        view = self.view
        search, kind, status = view.search.text(), view.kind_filter.currentData(), view.status_filter.currentData()
        self._list_request += 1
        request = self._list_request
        self.session.runner.run(lambda: list_equipment(self.ctx, search, kind, status),
                                lambda rows: self._on_listed(request, rows), self._on_failed)

    def _on_listed(self, request: int, rows: list[EquipmentInfo]) -> None:
        if request != self._list_request:
            return
        keep, self._keep_tag = self._keep_tag, None
        self.model.set_rows(rows)
        self._fit_columns(self.view.table, cols.COL_MODEL, {cols.COL_FLAGS: cols.widest_flags()})
        self._show_summary(rows)
        row = self.model.row_of(keep) if keep else -1
        if self.model.rowCount():
            index = self.model.index(max(row, 0), 0)
            self.view.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.table.scrollTo(index)
        else:
            self._load_history(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = self.model.equipment_at(current.row()) if current.isValid() else None
        self._load_history(info)

    def _load_history(self, info: EquipmentInfo | None) -> None:
        self._history_request += 1
        request = self._history_request
        if info is None:
            self.history_model.set_events(None, [])
            self.view.history_title.setText(self.tr("Lịch sử thiết bị"))
            self._update_actions()
            return
        self.view.history_title.setText(self.tr("Lịch sử của {tag} · {model}").format(tag=info.asset_tag,
                                                                                   model=_name(info)))
        tag = info.asset_tag
        self.session.runner.run(lambda: equipment_history(self.ctx, tag),
                                lambda events: self._on_history(request, tag, events), self._on_failed)
        self._update_actions()

    def _on_history(self, request: int, tag: str, events: list[EquipmentEventInfo]) -> None:
        if request != self._history_request:
            return
        self.history_model.set_events(tag, events)
        self._fit_columns(self.view.history, cols.EV_NOTE)
        self._update_actions()

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.view, exc)

    @staticmethod
    def _fit_columns(table: QTableView, stretch: int, widest: dict[int, str] | None = None) -> None:
        """Columns as wide as their text, capped; `stretch` takes what is left so the row fits the screen.

        `widest` gives, per column, a text the column must always fit (its flags may appear after a refresh).
        """
        table.resizeColumnsToContents()
        metrics = table.fontMetrics()
        for column in range(table.model().columnCount()):  # a long model or note must not push the status away
            width = min(table.columnWidth(column) + 8, MAX_COLUMN_WIDTH)
            if widest and column in widest:
                width = max(width, metrics.horizontalAdvance(widest[column]) + 16)
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _show_summary(self, rows: list[EquipmentInfo]) -> None:
        by_status = Counter(info.status for info in rows)
        parts = [self.tr("{n} thiết bị").format(n=len(rows))]
        parts += [self.tr("{status}: {n}").format(status=labels.label(labels.EQUIPMENT_STATUS, code), n=by_status[code])
                  for code in labels.EQUIPMENT_STATUS if by_status[code]]
        parts.append(self.tr("{n} thiết bị cũ (trên 5 năm)").format(n=sum(info.old for info in rows)))
        down = sum(info.open_outage for info in rows)
        if down:
            parts.append(self.tr("{n} đang mất kết nối").format(n=down))
        tokens = sum(info.token_state in ("expired", "expiring") for info in rows)
        if tokens:
            parts.append(self.tr("{n} chứng thư số hết hạn hoặc sắp hết hạn").format(n=tokens))
        self.view.summary.setText(" · ".join(parts))


    def current(self) -> EquipmentInfo | None:
        index = self.view.table.selectionModel().currentIndex()
        return self.model.equipment_at(index.row()) if index.isValid() else None

    def _current_outage(self) -> EquipmentEventInfo | None:
        info = self.current()
        if info is None or not info.open_outage or self.history_model.asset_tag != info.asset_tag:
            return None
        return self.history_model.open_outage()

    def _update_actions(self) -> None:
        chosen = self.current() is not None
        for button in (self.view.edit_button, self.view.event_button, self.view.remove_button):
            button.setEnabled(chosen)
        self.view.end_outage_button.setEnabled(self._current_outage() is not None)


    def new_record(self) -> bool:
        self._open(EquipmentDialog(self.session, parent=self.view))
        return True

    def _on_activated(self, _index: QModelIndex) -> None:
        self._on_edit()

    def _on_edit(self) -> None:
        info = self.current()
        if info is not None:
            self._open(EquipmentDialog(self.session, info, parent=self.view))

    def _on_record_event(self) -> None:
        info = self.current()
        if info is not None:
            self._open(EquipmentEventDialog(self.session, info, parent=self.view))

    def _on_end_outage(self) -> None:
        outage = self._current_outage()
        if outage is not None:
            self._open(EndOutageDialog(self.session, outage, parent=self.view))

    def _open(self, dialog: EquipmentDialog | EquipmentEventDialog | EndOutageDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.active_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None

    def _on_saved(self, result: EquipmentInfo | EquipmentEventInfo) -> None:
        self._keep_tag = result.asset_tag
        self.session.changed(EQUIPMENT)

    def _on_remove(self) -> None:
        info = self.current()
        if info is None:
            return
        question = self.tr("Xóa thiết bị {tag} ({model}) khỏi danh sách? Lịch sử của thiết bị vẫn được lưu.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Xóa thiết bị"),
                          question.format(tag=info.asset_tag, model=_name(info)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.view)
        box.setObjectName("confirmRemove")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Xóa"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không xóa"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter must not delete
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tag = info.asset_tag
        box.finished.connect(lambda _code: self._on_remove_answered(box, tag))
        self.active_dialog = box
        box.open()

    def _on_remove_answered(self, box: QMessageBox, tag: str) -> None:
        confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        self._forget(box)
        if confirmed:
            self.session.runner.run(lambda: remove_equipment(self.ctx, tag),
                                    lambda _none: self.session.changed(EQUIPMENT), self._on_failed)


    def _on_search_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()


def create_equipment_page(session: AppSession) -> EquipmentPageController:
    return EquipmentPageController(EquipmentPageView(), session)

