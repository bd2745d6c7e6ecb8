"""The one shape every record dialog has: a form, Save / Cancel (Enter saves, Esc cancels), and a service's error
shown under the field it names, so nothing typed is lost when a value is refused: Esc on a form with something typed
asks first, and an error leaves its field as soon as the field is put right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop.domain.errors import DomainError
from desktop.ui.errors import FieldErrors, show_error
from desktop.ui.widgets.confirm import confirm_box
from desktop.ui.widgets.field_state import on_change, state_of


class FormDialog(QDialog):
    """Subclasses add their fields with `add_field` and implement `save()` (one service call, returning its result).

    The officer starts typing in the first field; Tab goes through the fields in the order they were added, then
    Save and Cancel.

    A single-record write takes a few milliseconds, so it runs on the GUI thread: the officer sees a refused value
    at once, next to the field, and the dialog stays open with everything typed.
    """

    saved = Signal(object)
    ask_before_discard = True  # False where nothing typed is worth keeping (a login)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.banner = QLabel()
        self.errors = FieldErrors(self.form, {}, self.banner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # set once inside the dialog, so QDialog keeps it as Enter's button
        self.result_value: object = None
        self._last_field: QWidget | None = None
        self._initial: tuple[object, ...] | None = None
        self.discard_box: QMessageBox | None = None

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Put a widget on the form under `label`; `name` is the service's field name for its errors."""
        self.form.addRow(label, widget)  # in the dialog first: a focus set on a widget outside it is lost
        if self._last_field is None:
            widget.setFocus()  # the officer starts typing in the first field, not on the Save button
        else:
            QWidget.setTabOrder(self._last_field, widget)
        QWidget.setTabOrder(widget, self.save_button)
        QWidget.setTabOrder(self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self._last_field = widget
        self.errors.fields[name] = widget
        on_change(widget, lambda: self._on_field_changed(name, widget))
        return widget

    def _on_field_changed(self, name: str, widget: QWidget) -> None:
        """The error under a field goes once the field is put right (a field that checks itself says if not yet)."""
        if not self.errors.message_for(name):
            return
        check = getattr(widget, "value", None)
        if callable(check) and hasattr(widget, "moment"):
            try:
                check()
            except DomainError:
                return  # still wrong: the message stays until it is right
        self.errors.clear()

    def save(self) -> object:
        raise NotImplementedError

    # Esc, Cancel or the window's close button ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._initial is None:  # what the form held when it opened: the pre-filled values are not "typed"
            self._initial = state_of(list(self.errors.fields.values()))
        super().showEvent(event)

    def is_edited(self) -> bool:
        return self._initial is not None and state_of(list(self.errors.fields.values())) != self._initial

    def reject(self) -> None:
        if not self.ask_before_discard or not self.is_edited():
            super().reject()
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        self.discard_box = confirm_box(
            self, QCoreApplication.translate("FormDialog", "Bỏ thông tin đã nhập?"),
            QCoreApplication.translate("FormDialog", "Những gì đã nhập trong “{title}” chưa được lưu. Đóng và bỏ đi?")
            .format(title=self.windowTitle()),
            QCoreApplication.translate("FormDialog", "Bỏ, không lưu"), self.discard,
            QCoreApplication.translate("FormDialog", "Tiếp tục nhập"))
        self.discard_box.setObjectName("confirmDiscard")
        self.discard_box.open()

    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()

    def accept(self) -> None:
        self.errors.clear()
        try:
            result = self.save()
        except DomainError as exc:
            self.errors.show(exc)
            self.adjustSize()  # a wrapped message under its field is clipped until the dialog grows
            return
        except Exception as exc:  # noqa: BLE001 - the officer gets a message, never a traceback
            show_error(self, exc)
            return
        self.result_value = result
        self.saved.emit(result)
        super().accept()
