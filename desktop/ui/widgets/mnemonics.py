"""Alt+letter for every button of every dialog, in whichever language the dialog speaks.

Writing "&Lưu" into each source text would need a second choice per language and per dialog (two buttons of one
dialog must not share a letter, and the translations change which letters exist). Instead the buttons get their
letter when the dialog is first shown: a text that already has one keeps it, the others take the first free letter
that starts a word, else any free letter. Only ASCII letters and digits are used: "Đ" or "ủ" cannot be typed with Alt
on an office keyboard, so "Đóng" becomes "Đó&ng" (Alt+N) and "Hủy" "&Hủy" (Alt+H).

`MnemonicFilter` is installed once on the application (app_flow) and does this for every QDialog and message box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

_DONE = "_mnemonics_done"


def mnemonic_of(text: str) -> str | None:
    """The letter after a single '&' in a button text ("&&" is a literal ampersand), lower-cased; None if none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _usable(char: str) -> bool:
    return char.isascii() and char.isalnum()


def with_mnemonic(text: str, taken: set[str]) -> str:
    """`text` with '&' before the first free usable letter (a word's first letter preferred); unchanged if none."""
    if not text or mnemonic_of(text) is not None:
        return text
    starts = [i for i, c in enumerate(text) if _usable(c) and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, c in enumerate(text) if _usable(c) and i not in starts]
    for i in starts + others:
        if text[i].lower() not in taken:
            taken.add(text[i].lower())
            return text[:i] + "&" + text[i:]
    return text


def assign_mnemonics(root: QWidget) -> None:
    """Give the visible buttons under `root` distinct Alt+letters, keeping the ones they already have."""
    buttons = [b for b in root.findChildren(QAbstractButton) if b.text() and not b.isHidden()]
    taken = {m for m in (mnemonic_of(b.text()) for b in buttons) if m}
    # Default button first, so "Lưu"/"Save" gets its own first letter before a neighbour claims it.
    buttons.sort(key=lambda b: not bool(getattr(b, "isDefault", lambda: False)()))
    for button in buttons:
        text = with_mnemonic(button.text(), taken)
        if text != button.text():
            button.setText(text)


class MnemonicFilter(QObject):
    """Application-wide: when a dialog is shown for the first time, its buttons get their letters."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and not watched.property(_DONE):
            watched.setProperty(_DONE, True)
            assign_mnemonics(watched)
        return False
