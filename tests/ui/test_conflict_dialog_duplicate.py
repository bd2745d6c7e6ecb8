"""A duplicate-number conflict on the real dialog: it says two dossiers share a number, offers the one choice that
keeps both (a new number for the later one), in the UI language, and sends that choice to the service."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop.services.conflicts import RENUMBER, ConflictInfo
from desktop.ui import i18n
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.models.conflict_table import ConflictRow

CODE = "000.00.22.H40-261119-0001"


def _dialog(qtbot, chosen: list[str]) -> ConflictDialog:  # noqa: ANN001
    info = ConflictInfo("c1", "dossiers", "r2", "duplicate_code", ("code",),
                        {"code": CODE, "applicant_name": "Nguyễn Văn Đức", "received_at": "2026-11-19T02:00:00"},
                        {"code": CODE, "applicant_name": "Trần Thị Bình", "received_at": "2026-11-19T03:00:00"},
                        "open", datetime(2026, 11, 20, 3, 0))

    def resolve(choice: str, _note: str) -> ConflictInfo:
        chosen.append(choice)
        return info

    dialog = ConflictDialog(ConflictRow(info, f"{CODE} — Trần Thị Bình"), False, resolve)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_two_dossiers_with_one_number_are_settled_by_a_new_number(qtbot) -> None:  # noqa: ANN001
    chosen: list[str] = []
    dialog = _dialog(qtbot, chosen)
    intro = dialog.findChildren(type(dialog.error))[0].text()
    assert "Hai hồ sơ khác nhau cùng mang số " + CODE in intro
    assert dialog.keep_this.text() == "Cấp số mới cho hồ sơ đến sau" and not dialog.use_other.isVisible()
    qtbot.mouseClick(dialog.keep_this, Qt.MouseButton.LeftButton)
    assert chosen == [RENUMBER] and not dialog.isVisible()


def test_in_english_too(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(i18n, "_current", "en")
    dialog = _dialog(qtbot, [])
    assert dialog.keep_this.text() == "Give the later dossier a new number"
    assert "Two different dossiers carry the number " + CODE in dialog.findChildren(type(dialog.error))[0].text()
