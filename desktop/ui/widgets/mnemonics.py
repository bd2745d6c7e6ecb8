"""Alt+letter for every button of every dialog, in whichever language the dialog speaks.

Writing "&Lưu" into each source text would need a second choice per language and per dialog (two buttons of one
dialog must not share a letter, and the translations change which letters exist). Instead the buttons get their
letter when the dialog is first shown: a text that already has one keeps it, the others take the first free letter
that starts a word, else any free letter. Only ASCII letters and digits are used: "Đ" or "ủ" cannot be typed with Alt
on an office keyboard, so "Đóng" becomes "Đó&ng" (Alt+N) and "Hủy" "&Hủy" (Alt+H).

`MnemonicWatcher` is made once for the application (desktop.app) and does this for every QDialog and message box
the first time focus enters it. It listens to QApplication.focusChanged rather than filtering every event of the
application: an application-wide event filter in Python costs about 20 µs on each of the thousands of events a
second a busy window handles (measured here on a loaded machine), a focus change happens a few times a minute.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

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


class MnemonicWatcher(QObject):
    """Application-wide: when focus first enters a dialog, its buttons get their letters."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus)

    @staticmethod
    def _on_focus(_old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        if isinstance(window, QDialog) and not window.property(_DONE):
            window.setProperty(_DONE, True)
            assign_mnemonics(window)
