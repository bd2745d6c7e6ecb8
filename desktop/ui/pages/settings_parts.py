"""Layout pieces the Settings page's tabs share: a grey hint, a row of buttons, a form kept narrow at the left."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

FORM_WIDTH = 640  # a profile form stretched across 1366 px is hard to read


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def buttons(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def narrow(tab: QWidget, column: QVBoxLayout) -> None:
    """Lay `column` out on `tab` at the left, no wider than FORM_WIDTH."""
    column.addStretch(1)
    holder = QWidget()
    holder.setLayout(column)
    holder.setMaximumWidth(FORM_WIDTH)
    outer = QHBoxLayout(tab)
    outer.addWidget(holder, 1)
    outer.addStretch(1)
