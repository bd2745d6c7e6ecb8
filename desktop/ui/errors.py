"""Turns failures into plain words: an error's catalogue sentence in the UI language, next to the field at fault,
or a message box whose technical details stay hidden until asked for."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from desktop.domain.errors import DomainError, Explained
from desktop.ui.i18n import current_language


def is_explained(exc: BaseException) -> bool:
    """Errors raised on purpose carry a catalogue code; their sentence is worded in the UI language."""
    return isinstance(exc, Explained)


def message_of(exc: BaseException) -> str:
    """What to tell the officer: the error's sentence in the UI language, or a plain apology for the unexpected."""
    if isinstance(exc, Explained):
        return exc.message(current_language())
    return QCoreApplication.translate(
        "Errors", "Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại hoặc báo quản trị.")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """A non-blocking message box; for an unexpected error the traceback sits under "Show details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Không thực hiện được"))
    box.setText(message_of(exc))
    if not is_explained(exc):
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setObjectName("errorBox")
    box.open()
    return box


class FieldErrors:
    """Shows a service's error under the field it names, in a form layout, and moves the focus there.

    `fields` maps the service's field names to the widgets; an error for a field not on the form goes to `banner`.
    """

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget], banner: QLabel) -> None:
        self.form = form
        self.fields = fields
        self.banner = banner
        self.banner.setObjectName("formError")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020;")
        self.banner.hide()
        self._labels: dict[str, QLabel] = {}

    def clear(self) -> None:
        self.banner.hide()
        self.banner.clear()
        for label in self._labels.values():
            label.hide()
            label.clear()

    def message_for(self, field: str) -> str:
        """The message shown under a field now ('' when none): tests and screen readers read it here."""
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def show(self, exc: DomainError) -> None:
        """The error's sentence, in the UI language, under the field it names."""
        self.show_text(exc.field, message_of(exc))

    def show_text(self, field: str | None, text: str) -> None:
        """A sentence the form words itself (already in the UI language) under `field`, or in the banner."""
        self.clear()
        widget = self.fields.get(field or "")
        if widget is None:
            self.banner.setText(text)
            self.banner.show()
            return
        label = self._labels.get(field or "")
        if label is None:
            label = QLabel()
            label.setObjectName(f"error_{field}")
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020;")
            row, _role = self.form.getWidgetPosition(widget)
            if row < 0:  # the widget sits inside a row's layout: find the row that holds it
                row = self._row_holding(widget)
            self.form.insertRow(row + 1, "", label)
            self._labels[field or ""] = label
        label.setText(text)
        label.show()
        widget.setFocus()

    def _row_holding(self, widget: QWidget) -> int:
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            holder = item.widget() or None
            if holder is not None and holder.isAncestorOf(widget):
                return row
            inner = item.layout()
            if inner is not None and any(inner.itemAt(i).widget() is widget for i in range(inner.count())):
                return row
        return self.form.rowCount() - 1
