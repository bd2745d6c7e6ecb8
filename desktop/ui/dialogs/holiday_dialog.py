"""Declare one day the commune's calendar treats differently: an extra day off or a make-up working day."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services import calendar
from desktop.services.calendar import OverrideInfo
from desktop.services.context import ServiceContext
from desktop.ui import labels
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.inputs import code_combo, date_picker


class HolidayDialog(FormDialog):
    """The date, whether it is a day off or a working day, and the notice it comes from."""

    def __init__(self, ctx: ServiceContext, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Khai báo ngày nghỉ, làm bù"))
        self.setObjectName("holidayDialog")
        self.setMinimumWidth(420)
        self.ctx = ctx
        self.day = self.add_field("day", self.tr("Ngày"), date_picker(day or ctx.today()))
        self.kind = self.add_field("kind", self.tr("Loại ngày"), code_combo(labels.HOLIDAY_KIND))
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        self.note.setPlaceholderText(self.tr("Ví dụ: theo Thông báo số …/TB-UBND"))

    def save(self) -> OverrideInfo:
        return calendar.add_override(self.ctx, self.day.date().toPython(), self.kind.currentData(), self.note.text())
