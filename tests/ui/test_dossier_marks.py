"""The dossier form's Decision 766 row on real widgets: ticked with the keyboard and stored with the dossier, shown
again when the dossier is edited, and changed there."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop.domain.index766 import Marks
from desktop.services import dossiers, index766
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.dossier_dialog import DossierDialog


def test_marks_are_kept_with_the_dossier_and_edited(qtbot, session) -> None:  # noqa: ANN001
    ctx = session.ctx
    info = dossiers.register_dossier(ctx, DossierInput("1.001193", "Hà Thị Mai", "online",
                                                       received_at=datetime(2026, 11, 19, 9, 0),
                                                       marks=Marks(digitised=True, rating=4)))
    dialog = DossierDialog(session, dossiers.get_dossier(ctx, info.code))
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.marks
    assert row.digitised.isChecked() and not row.e_result.isChecked() and row.rating.currentData() == 4
    row.e_result.setFocus()
    qtbot.keyClick(row.e_result, Qt.Key.Key_Space)  # keyboard first: Space ticks
    row.rating.setFocus()
    qtbot.keyClick(row.rating, Qt.Key.Key_Up)  # 4 → 5
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.applicant_name, Qt.Key.Key_Return)
    assert index766.dossier_marks(ctx, info.code) == Marks(digitised=True, e_result=True, rating=5)


def test_a_new_dossier_without_ticks_has_no_marks(qtbot, session) -> None:  # noqa: ANN001
    dialog = DossierDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.marks.marks() == Marks()
    assert dialog.marks.rating.currentText() == "Chưa đánh giá"
