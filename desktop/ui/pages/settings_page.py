"""The Settings page: the commune's profile, officers and accounts, declared days off / make-up days, the commune's
Decision 766 targets and office hours (`settings_targets`), UI language.

The widgets are laid out in `settings_view`; this module loads each tab's data and answers the officer's actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QTableWidgetItem

from desktop.domain.errors import DomainError
from desktop.domain.messages import Phrase
from desktop.services import calendar, officers, setup
from desktop.services.calendar_days import CalendarDay, calendar_days
from desktop.services.dto import CommuneInfo
from desktop.services.errors import required
from desktop.services.officers import OfficerInfo
from desktop.ui import labels
from desktop.ui.dialog_host import DialogHost
from desktop.ui.dialogs.holiday_dialog import HolidayDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.officer_dialog import OfficerDialog
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.errors import show_error
from desktop.ui.i18n import current_language
from desktop.ui.models.officer_table import COL_POSITION, OfficerTableModel
from desktop.ui.pages.base import PageController
from desktop.ui.pages.settings_targets import TargetsController
from desktop.ui.pages.settings_view import CalendarTab, SettingsPageView
from desktop.ui.session import CALENDAR, COMMUNE, OFFICERS, AppSession
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.record_table_view import fit_columns

__all__ = ["SettingsPageController", "SettingsPageView", "create_settings_page", "date_line"]

# Printed papers are in Vietnamese whatever the UI language, so this preview is data, not UI text (Decree 30/2020:
# a day below 10 and the months 1 and 2 take a leading zero).
DATE_LINE = "{place}, ngày {d:02d} tháng {m} năm {y}"
MAX_COLUMN_WIDTH = 280


def date_line(place: str, day: date) -> str:
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return DATE_LINE.format(place=place, d=day.day, m=month, y=day.year)


class SettingsPageController(DialogHost, PageController):
    """Loads each tab's data off the GUI thread; single-record writes run at once so a refusal shows immediately."""

    topics = (COMMUNE, OFFICERS, CALENDAR)  # COMMUNE also covers the targets and hours (commune settings)
    language_chosen = Signal(str)  # "vi" / "en"; the main window saves it and rebuilds the UI

    def __init__(self, view: SettingsPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: SettingsPageView = view
        self.commune_info: CommuneInfo | None = None
        self.overrides: list[CalendarDay] = []
        self._pending: set[str] = set(self.topics)  # the topics whose data must be read again
        self._reselect: str | None = None  # officer id to select once the list is back
        self.model = OfficerTableModel(self)
        view.officers.table.setModel(self.model)
        view.commune.save.clicked.connect(self._on_save_commune)
        view.commune.place_name.textChanged.connect(self._on_place_changed)
        view.commune.correct.clicked.connect(self._on_correct_unit)
        view.officers.add.clicked.connect(self._on_add_officer)
        view.officers.edit.clicked.connect(self._on_edit_officer)
        view.officers.deactivate.clicked.connect(self._on_toggle_active)
        view.officers.import_button.clicked.connect(self._on_import_officers)
        view.officers.table.activated.connect(self._on_edit_officer)
        view.officers.table.selectionModel().selectionChanged.connect(self._on_officer_selection)
        view.calendar.add.clicked.connect(self._on_add_override)
        view.calendar.remove.clicked.connect(self._on_remove_override)
        view.calendar.table.itemSelectionChanged.connect(self._on_override_selection)
        QShortcut(QKeySequence.StandardKey.Delete, view.calendar.table, activated=self._on_remove_override,
                  context=Qt.ShortcutContext.WidgetShortcut)
        language = view.language.language
        language.setCurrentIndex(max(0, language.findData(current_language())))
        language.currentIndexChanged.connect(self._on_language_picked)
        view.language.apply.clicked.connect(self._on_apply_language)
        self.targets = TargetsController(view.targets, session)
        self._apply_permissions()
        self._on_officer_selection()
        self._on_override_selection()
        self._on_language_picked()

    # -- loading ----------------------------------------------------------------------------------------------------

    def _on_data_changed(self, topic: str) -> None:
        if topic in self.topics:
            self._pending.add(topic)
        super()._on_data_changed(topic)

    def refresh(self) -> None:
        pending, self._pending = self._pending or set(self.topics), set()
        ctx, run = self.ctx, self.session.runner.run
        if COMMUNE in pending:
            run(lambda: setup.get_commune(ctx), self._show_commune, self._on_load_failed)
        if OFFICERS in pending:
            run(lambda: officers.list_officers(ctx, include_inactive=True), self._show_officers, self._on_load_failed)
        if CALENDAR in pending:
            year, lang = ctx.today().year, current_language()
            run(lambda: calendar_days(ctx, (year, year + 1), lang), self._show_overrides, self._on_load_failed)
        if COMMUNE in pending:
            self.targets.load()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.active_dialog = show_error(self.view, exc)

    def new_record(self) -> bool:
        tab = self.view.tabs.currentWidget()
        if tab is self.view.officers:
            self._on_add_officer()
            return True
        if tab is self.view.calendar and self.session.can("edit_calendar"):
            self._on_add_override()
            return True
        return False

    def _apply_permissions(self) -> None:
        commune, tabs = self.view.commune, self.view
        if not self.session.can("edit_commune"):
            for editor in commune.editors().values():
                editor.setReadOnly(True)
            commune.save.setEnabled(False)
            commune.save.setToolTip(commune.permission_note.text())
            commune.permission_note.show()
        commune.correct.setVisible(self.session.can("manage_accounts"))  # administrators only
        if not self.session.can("manage_accounts"):
            tabs.officers.deactivate.setToolTip(self.tr("Chỉ quản trị viên mới được ngừng hoạt động cán bộ."))
        if not self.session.can("edit_calendar"):
            why = self.tr("Chỉ lãnh đạo hoặc quản trị viên mới được khai báo ngày nghỉ, làm bù.")
            for button in (tabs.calendar.add, tabs.calendar.remove):
                button.setEnabled(False)
                button.setToolTip(why)

    # -- commune ------------------------------------------------------------------------------------------------------

    def _show_commune(self, info: CommuneInfo) -> None:
        self.commune_info = info
        tab = self.view.commune
        for key, editor in tab.editors().items():
            editor.setText(getattr(info, key))
        tab.province.setText(info.province_name)
        tab.code.setText(info.code if info.official else self.tr("{code} (ngoài danh mục 2025)").format(code=info.code))

    def _on_place_changed(self, place: str) -> None:
        self.view.commune.place_hint.setText(
            self.tr("Dòng ngày tháng trên giấy tờ: “{line}”").format(line=date_line(place.strip(), self.ctx.today())))

    def _on_save_commune(self) -> None:
        tab = self.view.commune
        tab.errors.clear()
        tab.status.clear()
        if self.commune_info is None or not self.session.can("edit_commune"):
            return
        typed = {key: editor.text() for key, editor in tab.editors().items()}
        changes = {key: text for key, text in typed.items() if text.strip() != getattr(self.commune_info, key)}
        try:
            # update_commune takes any text; an empty name or place would print blank papers.
            required(typed["name"], "name", Phrase("label.unit_name"))
            required(typed["place_name"], "place_name", Phrase("label.place_name"))
            info = setup.update_commune(self.ctx, **changes) if changes else self.commune_info
        except DomainError as exc:
            tab.errors.show(exc)
            return
        except Exception as exc:  # noqa: BLE001 - the officer gets a message, never a traceback
            self.active_dialog = show_error(self.view, exc)
            return
        self._show_commune(info)
        tab.status.setText(self.tr("Đã lưu.") if changes else self.tr("Không có gì thay đổi."))
        if changes:
            self.session.changed(COMMUNE)

    def _on_correct_unit(self) -> None:
        if self.commune_info is None:
            return
        try:
            setup.check_unit_correctable(self.ctx)
        except Exception as exc:  # noqa: BLE001 - the reason in words, the profile stays as it is
            self.active_dialog = show_error(self.view, exc)
            return
        dialog = UnitDialog(self.session, self.commune_info, self.view)
        dialog.saved.connect(self._on_unit_corrected)
        self.open_kept(dialog)

    def _on_unit_corrected(self, info: CommuneInfo) -> None:
        self._show_commune(info)
        self.view.commune.status.setText(self.tr("Đã sửa đơn vị: {name} (mã {code}).").format(
            name=info.name, code=info.code))
        self.session.changed(COMMUNE)

    # -- officers -----------------------------------------------------------------------------------------------------

    def _show_officers(self, rows: list[OfficerInfo]) -> None:
        keep = self._reselect or (self._selected_officer().id if self._selected_officer() else None)
        self._reselect = None
        self.model.set_rows(rows)
        table = self.view.officers.table
        # Long position titles take whatever width is left; the other columns keep their content width.
        fit_columns(table, MAX_COLUMN_WIDTH, 0, stretch=COL_POSITION)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            table.selectRow(row)
        accounts = sum(1 for o in rows if o.username and o.active)
        self.view.officers.count.setText(self.tr("{n} cán bộ, {a} tài khoản đang dùng").format(n=len(rows), a=accounts))
        self._on_officer_selection()

    def _selected_officer(self) -> OfficerInfo | None:
        rows = self.view.officers.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_officer_selection(self, *_args: object) -> None:
        tab, officer = self.view.officers, self._selected_officer()
        tab.edit.setEnabled(officer is not None)
        tab.deactivate.setText(self.tr("Hoạt động lại") if officer and not officer.active
                               else self.tr("Ngừng hoạt động"))
        own = officer is not None and self.session.user is not None and officer.id == self.session.user.id
        tab.deactivate.setEnabled(officer is not None and not own and self.session.can("manage_accounts"))
        if own:
            tab.deactivate.setToolTip(self.tr("Không thể ngừng hoạt động tài khoản đang đăng nhập."))
        elif self.session.can("manage_accounts"):
            tab.deactivate.setToolTip("")

    def _on_add_officer(self) -> None:
        dialog = OfficerDialog(self.session, None, self.view)
        dialog.saved.connect(self._on_officer_saved)
        self.open_kept(dialog)

    def _on_edit_officer(self, *_args: object) -> None:
        officer = self._selected_officer()
        if officer is None:
            return
        dialog = OfficerDialog(self.session, officer, self.view)
        dialog.saved.connect(self._on_officer_saved)
        self.open_kept(dialog)

    def _on_import_officers(self) -> None:
        self.open_kept(ImportDialog("officers", self.session, self.view))

    def _on_officer_saved(self, info: OfficerInfo) -> None:
        self._reselect = info.id
        self.session.changed(OFFICERS)

    def _on_toggle_active(self) -> None:
        officer = self._selected_officer()
        if officer is None:
            return
        if not officer.active:
            self._write(lambda: officers.edit_officer(self.ctx, officer.id, active=True), OFFICERS)
            return
        self._confirm(self.tr("Ngừng hoạt động cán bộ {name}? Cán bộ vẫn còn trong lịch sử hồ sơ, bồi dưỡng nhưng "
                              "không đăng nhập được và không còn trong danh sách chọn.").format(name=officer.full_name),
                      self.tr("Ngừng hoạt động"),
                      lambda: self._write(lambda: officers.deactivate_officer(self.ctx, officer.id), OFFICERS))

    # -- declared days ------------------------------------------------------------------------------------------------

    def _show_overrides(self, rows: list[CalendarDay]) -> None:
        """This year's and next year's national days (greyed: fixed by law, not removable) and the commune's own."""
        self.overrides = list(rows)
        table = self.view.calendar.table
        table.setRowCount(len(rows))
        national = self.tr("Lịch nhà nước")
        grey = self.view.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, info in enumerate(rows):
            note = info.note if info.override_id else f"{info.note} · {national}"
            items = (QTableWidgetItem(self.view.locale().toString(QDate(info.day), "dddd, dd/MM/yyyy")),
                     QTableWidgetItem(labels.label(labels.HOLIDAY_KIND, info.kind)), QTableWidgetItem(note))
            for column, item in zip((CalendarTab.COL_DAY, CalendarTab.COL_KIND, CalendarTab.COL_NOTE), items,
                                    strict=True):
                if info.override_id is None:
                    item.setForeground(grey)
                table.setItem(row, column, item)
        self.view.calendar.empty.setVisible(not any(r.override_id for r in rows))
        self._on_override_selection()

    def _selected_override(self) -> CalendarDay | None:
        """The selected commune declaration; None on a national day, which cannot be removed."""
        rows = self.view.calendar.table.selectionModel().selectedRows()
        chosen = self.overrides[rows[0].row()] if rows and rows[0].row() < len(self.overrides) else None
        return chosen if chosen is not None and chosen.override_id else None

    def _on_override_selection(self) -> None:
        allowed = self.session.can("edit_calendar")
        self.view.calendar.remove.setEnabled(allowed and self._selected_override() is not None)

    def _on_add_override(self) -> None:
        if not self.session.can("edit_calendar"):
            return
        dialog = HolidayDialog(self.ctx, parent=self.view)
        dialog.saved.connect(lambda _info: self.session.changed(CALENDAR))
        self.open_kept(dialog)

    def _on_remove_override(self) -> None:
        override = self._selected_override()
        if override is None or not self.session.can("edit_calendar"):
            return
        kind = labels.label(labels.HOLIDAY_KIND, override.kind)
        self._confirm(self.tr("Xóa khai báo “{kind}” ngày {day}? Từ nay hạn trả hồ sơ sẽ tính ngày này như ngày "
                              "thường.").format(kind=kind, day=f"{override.day:%d/%m/%Y}"),
                      self.tr("Xóa"), lambda: self._write(
                          lambda: calendar.remove_override(self.ctx, override.override_id or ""), CALENDAR))

    # -- language -----------------------------------------------------------------------------------------------------

    def _on_language_picked(self, *_args: object) -> None:
        self.view.language.apply.setEnabled(self.view.language.language.currentData() != current_language())

    def _on_apply_language(self) -> None:
        chosen = self.view.language.language.currentData()
        if chosen != current_language():
            self.language_chosen.emit(chosen)

    # -- shared -------------------------------------------------------------------------------------------------------

    def _confirm(self, question: str, action: str, on_yes: Callable[[], None]) -> None:
        """Ask before a write that takes something away; the box is non-blocking and reachable as active_dialog."""
        self.open_kept(confirm_box(self.view, self.tr("Xác nhận"), question, action, on_yes, self.tr("Không")))

    def _write(self, call: Callable[[], object], topic: str) -> None:
        """One single-record write; a refusal (permission, last administrator…) is shown as the service words it."""
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - the officer gets a message, never a traceback
            self.active_dialog = show_error(self.view, exc)
            return
        self.session.changed(topic)


def create_settings_page(session: AppSession) -> SettingsPageController:
    return SettingsPageController(SettingsPageView(), session)
