"""The equipment page: the commune's devices with their status and warnings, the selected one's history below, and
the actions that add, edit, remove a device or record what happened to it.

The widgets are laid out in `equipment_view`; this module loads the lists and answers the officer's actions.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex

from desktop.services.equipment import (
    EquipmentEventInfo,
    EquipmentInfo,
    equipment_history,
    list_equipment,
    remove_equipment,
)
from desktop.ui import labels
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.equipment_event_dialog import EndOutageDialog, EquipmentEventDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.errors import show_error
from desktop.ui.list_export import ListExporter
from desktop.ui.models import equipment_tables as cols
from desktop.ui.models.equipment_tables import EquipmentEventTableModel, EquipmentTableModel
from desktop.ui.pages.base import PageController
from desktop.ui.pages.equipment_view import EquipmentPageView
from desktop.ui.session import EQUIPMENT, AppSession
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.inputs import when_typing_pauses
from desktop.ui.widgets.record_table_view import fit_columns, select_row

__all__ = ["EquipmentPageController", "EquipmentPageView", "create_equipment_page"]

MAX_COLUMN_WIDTH = 240


def _name(info: EquipmentInfo) -> str:
    """How a device is called in a sentence: its model, or its kind when the model is not known."""
    return info.model or labels.label(labels.EQUIPMENT_KIND, info.kind)


class EquipmentPageController(DialogHost, PageController):
    """Loads the list and the selected device's history through the runner and opens the record dialogs."""

    topics = (EQUIPMENT,)

    def __init__(self, view: EquipmentPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: EquipmentPageView = view
        self.model = EquipmentTableModel(self)
        self.history_model = EquipmentEventTableModel(self)
        view.table.setModel(self.model)
        view.history.setModel(self.history_model)
        self.exporter = ListExporter(view.table, lambda: self.tr("Danh sách thiết bị"), session.runner)
        view.export_button.clicked.connect(self.exporter.export)
        self._list_request = 0  # only the answer to the latest request is shown
        self._history_request = 0
        self._keep_tag: str | None = None  # the device to select once the list is back
        self._timer = when_typing_pauses(view.search, self.refresh)
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
        view.import_button.clicked.connect(self._on_import)
        self._update_actions()

    # -- loading --------------------------------------------------------------------------------------------------

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
        flags_width = self.view.table.fontMetrics().horizontalAdvance(cols.widest_flags()) + 16
        # No stretched column: with every other column at its width, a stretched one was left a few pixels wide.
        fit_columns(self.view.table, MAX_COLUMN_WIDTH, 8, floors={cols.COL_FLAGS: flags_width, cols.COL_MODEL: 120},
                    caps={cols.COL_MODEL: 160, cols.COL_KIND: 150, cols.COL_LOCATION: 190},
                    fit_to_view=True)  # the certificate and "Cũ" columns stay in view at 1366 in Vietnamese too
        self._show_summary(rows)
        if self.model.rowCount():
            select_row(self.view.table, max(self.model.row_of(keep), 0))
        else:
            self._load_history(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_history(self.model.row_at(current.row()) if current.isValid() else None)

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
        fit_columns(self.view.history, MAX_COLUMN_WIDTH, 8, stretch=cols.EV_NOTE)
        self._update_actions()

    def _on_failed(self, exc: BaseException) -> None:
        show_error(self.view, exc)

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

    # -- what is chosen -------------------------------------------------------------------------------------------

    def current(self) -> EquipmentInfo | None:
        index = self.view.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

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

    # -- actions --------------------------------------------------------------------------------------------------

    def new_record(self) -> bool:
        self._open(EquipmentDialog(self.session, parent=self.view))
        return True

    def _on_activated(self, _index: QModelIndex) -> None:
        self._on_edit()

    def _on_import(self) -> None:
        self.open_dialog(ImportDialog("equipment", self.session, self.view))

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

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(self._on_saved)
        self.open_dialog(dialog)

    def _on_saved(self, result: EquipmentInfo | EquipmentEventInfo) -> None:
        self._keep_tag = result.asset_tag
        self.session.changed(EQUIPMENT)

    def _on_remove(self) -> None:
        info = self.current()
        if info is None:
            return
        question = self.tr("Xóa thiết bị {tag} ({model}) khỏi danh sách? Lịch sử của thiết bị vẫn được lưu.")
        tag = info.asset_tag

        def remove() -> None:
            self.session.runner.run(lambda: remove_equipment(self.ctx, tag),
                                    lambda _none: self.session.changed(EQUIPMENT), self._on_failed)

        self.open_dialog(confirm_box(self.view, self.tr("Xóa thiết bị"), question.format(tag=tag, model=_name(info)),
                                     self.tr("Xóa"), remove))

    # -- filters --------------------------------------------------------------------------------------------------

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()


def create_equipment_page(session: AppSession) -> EquipmentPageController:
    return EquipmentPageController(EquipmentPageView(), session)

