"""One dossier on screen: its fields, its history, and the lifecycle steps its status allows (plus edit, remove)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDateTime, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import lifecycle
from desktop.services.dossiers import change_status, get_dossier, remove_dossier
from desktop.services.dto import DossierDetail, DossierEventInfo, DossierInfo
from desktop.ui import labels
from desktop.ui.dialogs.dossier_dialog import DossierDialog, day_with_weekday
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import show_error
from desktop.ui.session import DOSSIERS, AppSession

EV_AT, EV_ACTION, EV_STATUS, EV_DUE, EV_ACTOR, EV_NOTE = range(6)
_EVENT_HEADERS = (
    QT_TRANSLATE_NOOP("DossierEventsModel", "Thời điểm"), QT_TRANSLATE_NOOP("DossierEventsModel", "Thao tác"),
    QT_TRANSLATE_NOOP("DossierEventsModel", "Trạng thái"), QT_TRANSLATE_NOOP("DossierEventsModel", "Hẹn trả"),
    QT_TRANSLATE_NOOP("DossierEventsModel", "Người thực hiện"), QT_TRANSLATE_NOOP("DossierEventsModel", "Ghi chú"),
)


_LATER_STEPS = ("finished", "returned", "late_reason")


def _moment(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DossierEventsModel(QAbstractTableModel):
    """A dossier's history, oldest first: a handful of rows, so they are set all at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[DossierEventInfo, ...] = ()

    def set_events(self, events: tuple[DossierEventInfo, ...]) -> None:
        self.beginResetModel()
        self._events = tuple(events)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(_EVENT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_EVENT_HEADERS):
            return QCoreApplication.translate("DossierEventsModel", _EVENT_HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return event
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == EV_AT:
            return _moment(event.at)
        if column == EV_ACTION:
            return labels.label(labels.ACTION, event.action)
        if column == EV_STATUS:
            target = labels.label(labels.STATUS, event.to_status)
            if event.from_status is None:
                return target
            return f"{labels.label(labels.STATUS, event.from_status)} → {target}"
        if column == EV_DUE:
            return _day(event.due_date)
        if column == EV_ACTOR:
            return event.actor
        return event.note if column == EV_NOTE else None


class ActionDialog(FormDialog):
    """One lifecycle step: when (default now), a note, and why it is late when a late finish needs a reason."""

    def __init__(self, session: AppSession, info: DossierInfo, action: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("{action} — hồ sơ {code}").format(action=labels.label(labels.ACTION, action),
                                                                  code=info.code), parent)
        self.setObjectName("dossierActionDialog")
        self.ctx = session.ctx
        self.info = info
        self.action = action
        self.form.addRow(self.tr("Hồ sơ"), QLabel(self.tr("{code} — {name}, hẹn trả {due}").format(
            code=info.code, name=info.applicant_name, due=_day(info.due_date) or "—")))
        self._now = QDateTime(self.ctx.local_now().replace(second=0, microsecond=0))
        self.at = self.add_field("at", self.tr("Thời điểm"), QDateTimeEdit(self._now))
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        self.note.setMinimumWidth(380)
        self.late_reason = self.add_field("late_reason", self.tr("Lý do trễ hạn"), QLineEdit(info.late_reason))
        self.late_reason.setPlaceholderText(self.tr("Ghi vào văn bản xin lỗi và hẹn lại ngày trả"))
        self.at.dateTimeChanged.connect(self._on_time_changed)
        self._on_time_changed()
        self.note.setFocus()  # the time is usually "now": the officer starts with the note

    def needs_late_reason(self) -> bool:
        """A finish after the appointment date is late: the citizen is owed an apology with the reason."""
        due = self.info.due_date
        return self.action == lifecycle.FINISH and due is not None and self.at.date().toPython() > due

    def _on_time_changed(self, *_args: object) -> None:
        self.form.setRowVisible(self.late_reason, self.needs_late_reason())

    def save(self) -> DossierInfo:
        # Untouched, the time is "now" to the second, which can never fall before the previous step.
        at = None if self.at.dateTime() == self._now else self.at.dateTime().toPython()
        return change_status(self.ctx, self.info.code, self.action, at=at, note=self.note.text(),
                             late_reason=self.late_reason.text() if self.needs_late_reason() else "")


class DossierDetailDialog(QDialog):
    """Shows one dossier and offers only the steps its status allows. `removed` fires after a soft delete."""

    removed = Signal(str)  # the code

    def __init__(self, session: AppSession, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDetail")
        self.session = session
        self.ctx = session.ctx
        self.code = code
        self.detail: DossierDetail | None = None
        self.active_dialog: QWidget | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.values: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        rows = [(left, "procedure", self.tr("Thủ tục")), (left, "field", self.tr("Lĩnh vực")),
                (left, "applicant", self.tr("Người nộp")), (left, "id_number", self.tr("Số CCCD/CMND")),
                (left, "phone", self.tr("Điện thoại")), (left, "email", self.tr("Thư điện tử")),
                (left, "address", self.tr("Địa chỉ")), (left, "note", self.tr("Ghi chú")),
                (right, "channel", self.tr("Kênh tiếp nhận")), (right, "received", self.tr("Tiếp nhận lúc")),
                (right, "due", self.tr("Hẹn trả")), (right, "progress", self.tr("Tiến độ")),
                (right, "finished", self.tr("Xử lý xong lúc")), (right, "returned", self.tr("Trả kết quả lúc")),
                (right, "late_reason", self.tr("Lý do trễ hạn"))]
        self._forms: dict[str, QFormLayout] = {}
        for form, key, text in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self._forms[key] = form
            form.addRow(text, value)
        self.events = DossierEventsModel(self)
        self.history = QTableView()
        self.history.setModel(self.events)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(False)
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for action in lifecycle.TRANSITIONS:
            button = QPushButton(labels.label(labels.ACTION, action))
            button.clicked.connect(lambda _=False, a=action: self.start_action(a))
            self.action_buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.edit_button = QPushButton(self.tr("Sửa thông tin"))
        self.remove_button = QPushButton(self.tr("Xóa hồ sơ"))
        self.close_button = QPushButton(self.tr("Đóng"))
        for button in (self.edit_button, self.remove_button, self.close_button):
            actions.addWidget(button)
        self.edit_button.clicked.connect(self._on_edit)
        self.remove_button.clicked.connect(self._on_remove)
        self.close_button.clicked.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns)
        history_title = QLabel(self.tr("Quá trình xử lý"))
        history_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        layout.addLayout(actions)
        self.resize(1100, 620)
        self.refresh()

    def refresh(self) -> None:
        """Read the dossier again and show it; only the steps its status now allows stay visible."""
        try:
            self.detail = get_dossier(self.ctx, self.code)
        except Exception as exc:  # noqa: BLE001 - e.g. removed meanwhile on this PC: say so, keep the window
            self.active_dialog = show_error(self, exc)
            for button in (*self.action_buttons.values(), self.edit_button, self.remove_button):
                button.setEnabled(False)
            return
        info = self.detail.dossier
        self.setWindowTitle(self.tr("Hồ sơ {code}").format(code=info.code))
        self.title.setText(self.tr("{code} — {status}").format(code=info.code,
                                                              status=labels.label(labels.STATUS, info.status)))
        self._show_values(self.detail)
        self.events.set_events(self.detail.events)
        self.history.resizeColumnsToContents()
        for action, button in self.action_buttons.items():
            button.setVisible(action in info.allowed_actions)

    def _show_values(self, detail: DossierDetail) -> None:
        info = detail.dossier
        progress = info.outcome or info.timeliness
        shown = {
            "procedure": f"{info.procedure_name} ({info.procedure_code})", "field": info.field_name,
            "applicant": info.applicant_name, "id_number": detail.applicant_id_number,
            "phone": detail.applicant_phone, "email": detail.applicant_email, "address": detail.applicant_address,
            "note": detail.note,
            "channel": labels.label(labels.CHANNEL, info.channel) + (
                self.tr(" · không phụ thuộc địa giới") if info.boundary_free else ""),
            "received": _moment(info.received_at),
            "due": day_with_weekday(info.due_date) if info.due_date else self.tr("Tính khi tiếp nhận hồ sơ"),
            "progress": labels.label(labels.OUTCOME, progress) if progress else "",
            "finished": _moment(info.finished_at), "returned": _moment(info.returned_at),
            "late_reason": info.late_reason,
        }
        for key, text in shown.items():
            self.values[key].setText(text or "—")
        late = progress in ("late", "overdue")
        self.values["progress"].setStyleSheet("color: #b00020; font-weight: bold;" if late else "")
        for key in _LATER_STEPS:  # steps not reached yet: no empty rows
            self._forms[key].setRowVisible(self.values[key], bool(shown[key]))

    # -- actions ----------------------------------------------------------------------------------------------------

    def start_action(self, action: str) -> ActionDialog | None:
        if self.detail is None:
            return None
        dialog = ActionDialog(self.session, self.detail.dossier, action, self)
        dialog.saved.connect(self._on_written)
        self._show(dialog)
        return dialog

    def _on_edit(self) -> None:
        if self.detail is None:
            return
        dialog = DossierDialog(self.session, self.detail, self)
        dialog.saved.connect(self._on_written)
        self._show(dialog)

    def _on_remove(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Xóa hồ sơ"),
                          self.tr("Xóa hồ sơ {code}? Hồ sơ sẽ không còn trong danh sách và thống kê.").format(
                              code=self.code), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmRemove")
        self.confirm_remove_button = box.addButton(self.tr("Xóa"), QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = box.addButton(self.tr("Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_button)  # Enter must not delete
        box.buttonClicked.connect(lambda button: button is self.confirm_remove_button and self._remove())
        self._show(box)

    def _remove(self) -> None:
        try:
            remove_dossier(self.ctx, self.code)
        except Exception as exc:  # noqa: BLE001 - the officer gets the reason; the dossier stays
            self.active_dialog = show_error(self, exc)
            return
        self.session.changed(DOSSIERS)
        self.removed.emit(self.code)
        self.accept()

    def _on_written(self, info: DossierInfo) -> None:
        self.code = info.code  # an edit may have set the official code
        self.session.changed(DOSSIERS)
        self.refresh()

    def _show(self, dialog: QDialog) -> None:
        if self.active_dialog is not None and not self.active_dialog.isVisible():
            self.active_dialog.deleteLater()
        self.active_dialog = dialog
        dialog.open()

