"""What a form's field holds now and when it changes, for any kind of input widget: a dialog asks before Esc throws
typed work away, and takes an error off a field as soon as the officer changes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_INPUTS = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _inputs(widget: QWidget) -> list[QWidget]:
    """The widget itself when it is an input, else the inputs inside it (a row of widgets). Our composite inputs
    (date-time entry, procedure picker, search list) are their typing box: their popups are not part of the value."""
    if isinstance(widget, _INPUTS):
        return [widget]
    if isinstance(getattr(widget, "edit", None), QLineEdit):
        return [widget.edit]  # type: ignore[attr-defined]
    return [child for child in widget.findChildren(QWidget) if isinstance(child, _INPUTS)]


def _state(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return None


def state_of(widgets: list[QWidget]) -> tuple[object, ...]:
    """A comparable picture of what the fields hold (text typed, choices made, boxes ticked)."""
    return tuple(_state(inner) for widget in widgets for inner in _inputs(widget))


def on_change(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` whenever the officer changes the field (typing, choosing, ticking, picking from a popup)."""
    for name in ("changed", "picked"):  # our composite inputs say when a popup changed them
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(lambda *_a: then())
    for inner in _inputs(widget):
        if isinstance(inner, QLineEdit):
            inner.textEdited.connect(lambda *_a: then())
        elif isinstance(inner, QComboBox):
            inner.currentIndexChanged.connect(lambda *_a: then())
        elif isinstance(inner, QAbstractButton) and inner.isCheckable():
            inner.toggled.connect(lambda *_a: then())
        elif isinstance(inner, QDateTimeEdit):
            inner.dateTimeChanged.connect(lambda *_a: then())
        elif isinstance(inner, QAbstractSpinBox):
            inner.editingFinished.connect(then)
        elif isinstance(inner, QPlainTextEdit | QTextEdit):
            inner.textChanged.connect(then)
