"""The one shape every record dialog has: a form, Save / Cancel (Enter saves, Esc cancels), and a service's error
shown under the field it names, so nothing typed is lost when a value is refused."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.errors import DomainError
from desktop.ui.errors import FieldErrors, show_error


class FormDialog(QDialog):
    """Subclasses add their fields with `add_field` and implement `save()` (one service call, returning its result).

    The officer starts typing in the first field; Tab goes through the fields in the order they were added, then
    Save and Cancel.

    A single-record write takes a few milliseconds, so it runs on the GUI thread: the officer sees a refused value
    at once, next to the field, and the dialog stays open with everything typed.
    """

    saved = Signal(object)

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
        return widget

    def save(self) -> object:
        raise NotImplementedError

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
