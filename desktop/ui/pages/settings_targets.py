"""The Settings tab "Chỉ tiêu & giờ làm việc": the commune's Decision 766 targets and its office hours.

Both are commune settings (`services.commune_settings`): the same on every PC of the commune once synced, audited
like any record. A leader or an administrator edits them; an officer sees them read-only. Reading and saving run on
the session's runner; a save announces the workbook topic, so the workbook's 766 tab and the dashboard count
against the new targets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.deadlines import OfficeHours
from desktop.domain.errors import DomainError
from desktop.domain.index766 import RATE_KEYS, RATE_LABELS
from desktop.services import desk_rules, index766
from desktop.services.context import ServiceContext
from desktop.ui.errors import FieldErrors, show_error
from desktop.ui.i18n import current_language
from desktop.ui.pages.settings_parts import buttons, hint, narrow
from desktop.ui.session import COMMUNE, WORKBOOK, AppSession
from desktop.ui.widgets.inputs import TimeEntry

PERMISSION = "edit_commune"  # who edits the commune's profile sets what it aims at and when it opens


@dataclass(frozen=True)
class CommuneTargets:
    targets: Mapping[str, float]  # rate key → fraction 0–1
    hours: OfficeHours


def load(ctx: ServiceContext) -> CommuneTargets:
    return CommuneTargets(index766.targets(ctx), desk_rules.get_office_hours(ctx))


def save(ctx: ServiceContext, targets: Mapping[str, float], hours: OfficeHours | None) -> CommuneTargets:
    """Write what changed; the hours first, as their check (closes after opens) refuses before anything is written."""
    if hours is not None:
        desk_rules.set_office_hours(ctx, hours.opens, hours.closes)
    if targets:
        index766.set_targets(ctx, targets)
    return load(ctx)


def _percent_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSingleStep(1)
    box.setSuffix(" %")
    return box


class TargetsTab(QWidget):
    """Laid out only: a percent box per Decision 766 rate, in the index's order and words, then the office hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        english = current_language() == "en"
        self.permission_note = hint(self.tr("Chỉ lãnh đạo hoặc quản trị viên mới được sửa chỉ tiêu và giờ làm việc."))
        self.permission_note.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow(hint(self.tr("Chỉ tiêu của xã theo Quyết định 766/QĐ-TTg; chỉ số dưới chỉ tiêu tô đỏ ở Sổ "
                                       "chuyển đổi số.")))
        self.targets: dict[str, QDoubleSpinBox] = {}
        for key in RATE_KEYS:
            box = self.targets[key] = _percent_box()
            box.setObjectName(f"target_{key}")
            self.form.addRow(RATE_LABELS[key][1 if english else 0], box)
        self.opens = TimeEntry()
        self.opens.setObjectName("officeOpens")
        self.closes = TimeEntry()
        self.closes.setObjectName("officeCloses")
        self.form.addRow(hint(self.tr("Hồ sơ trực tuyến nộp ngoài giờ làm việc được tính từ giờ mở cửa của ngày làm "
                                       "việc tiếp theo.")))
        self.form.addRow(self.tr("Giờ mở cửa"), self.opens)
        self.form.addRow(self.tr("Giờ đóng cửa"), self.closes)
        self.banner = QLabel()
        self.errors = FieldErrors(self.form, {"opens": self.opens, "closes": self.closes}, self.banner)
        self.save = QPushButton(self.tr("Lưu thay đổi"))
        self.status = QLabel()
        self.status.setObjectName("targetsStatus")
        column = QVBoxLayout()
        column.addWidget(self.permission_note)
        column.addWidget(self.banner)
        column.addLayout(self.form)
        column.addLayout(buttons(self.save, self.status))
        narrow(self, column)
        chain = [*self.targets.values(), self.opens, self.closes, self.save]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def set_read_only(self) -> None:
        for editor in (*self.targets.values(), self.opens, self.closes):
            editor.setReadOnly(True)
        self.save.setEnabled(False)
        self.save.setToolTip(self.permission_note.text())
        self.permission_note.show()


class TargetsController(QObject):
    """Fills the tab and saves it; owned by the Settings page's controller, which says when to load."""

    def __init__(self, tab: TargetsTab, session: AppSession) -> None:
        super().__init__(tab)
        self.tab = tab
        self.session = session
        self.shown: CommuneTargets | None = None
        self.active_dialog: QWidget | None = None
        self.allowed = session.can(PERMISSION)
        if not self.allowed:
            tab.set_read_only()
        tab.save.clicked.connect(self._on_save)

    def load(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: load(ctx), self._show, self._on_failed)

    def _show(self, values: CommuneTargets) -> None:
        self.shown = values
        for key, box in self.tab.targets.items():
            box.setValue(values.targets[key] * 100)
        self.tab.opens.set_value(values.hours.opens)
        self.tab.closes.set_value(values.hours.closes)

    def _changes(self, shown: CommuneTargets) -> tuple[dict[str, float], OfficeHours | None]:
        targets = {key: round(box.value() / 100, 4) for key, box in self.tab.targets.items()
                   if round(box.value(), 1) != round(shown.targets[key] * 100, 1)}
        hours = OfficeHours(self.tab.opens.value(), self.tab.closes.value())
        return targets, (hours if hours != shown.hours else None)

    def _on_save(self) -> None:
        tab, shown = self.tab, self.shown
        tab.errors.clear()
        tab.status.clear()
        if shown is None or not self.allowed:
            return
        targets, hours = self._changes(shown)
        if not targets and hours is None:
            tab.status.setText(self.tr("Không có gì thay đổi."))
            return
        ctx = self.session.ctx
        tab.save.setEnabled(False)
        self.session.runner.run(lambda: save(ctx, targets, hours), self._on_saved, self._on_save_failed)

    def _on_saved(self, values: CommuneTargets) -> None:
        self.tab.save.setEnabled(True)
        self._show(values)
        self.tab.status.setText(self.tr("Đã lưu."))
        self.session.changed(WORKBOOK)  # the workbook's 766 tab and the dashboard's tiles
        self.session.changed(COMMUNE)  # what waits to be sent on the sync page

    def _on_save_failed(self, exc: BaseException) -> None:
        self.tab.save.setEnabled(True)
        if isinstance(exc, DomainError):
            self.tab.errors.show(exc)  # closes before opens: under the closing time, in the UI language
            return
        self._on_failed(exc)

    def _on_failed(self, exc: BaseException) -> None:
        self.active_dialog = show_error(self.tab, exc)
