"""The mark of a dossier changed after its period was closed, on real widgets: a note in the dossier's window (hidden
for the others), and a badge with the same note as tooltip in the list, on the first page and on later ones."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop.domain.periods import parse_period
from desktop.services import closed_periods, dossiers
from desktop.services.dossier_queries import DossierQuery
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.dossier_detail import DossierDetailDialog
from desktop.ui.models.dossier_table import COL_CODE, COL_PROGRESS, DossierTableModel

HT = "1.001193"
NOTE = ("Sửa ngày 09/12/2026 sau khi khóa số liệu tháng 11 năm 2026 (khóa ngày 04/12/2026): "
        "báo cáo kỳ sau ghi điều chỉnh.")


def _closed_month_with_a_late_entry(ctx, clock, tmp_path) -> tuple[str, str]:  # noqa: ANN001
    clock.now = datetime(2026, 11, 6, 3)
    kept = dossiers.register_dossier(ctx, DossierInput(HT, "Phạm Thị Hoa", "direct",
                                                       received_at=datetime(2026, 11, 5, 9))).code
    dossiers.change_status(ctx, kept, "finish", at=datetime(2026, 11, 5, 14))
    clock.now = datetime(2026, 12, 4, 3)
    closed_periods.close_period(ctx, parse_period("month", "2026-11"), tmp_path / "closed.pdf")
    clock.now = datetime(2026, 12, 9, 3)
    late = dossiers.register_dossier(ctx, DossierInput(HT, "Lê Văn Cường", "direct",  # November's, entered late
                                                       received_at=datetime(2026, 11, 10, 9))).code
    return kept, late


def test_the_window_shows_the_mark_only_on_the_changed_dossier(qtbot, session, clock, tmp_path) -> None:  # noqa: ANN001
    kept, late = _closed_month_with_a_late_entry(session.ctx, clock, tmp_path)
    for code, note in ((late, NOTE), (kept, None)):
        detail = DossierDetailDialog(session, code)
        qtbot.addWidget(detail)
        detail.show()
        label = detail.values["closed"]
        assert label.isVisible() is (note is not None)
        if note:
            assert label.text() == note


def test_the_list_shows_a_badge_with_the_note(session, wait_idle, clock, tmp_path) -> None:  # noqa: ANN001
    kept, late = _closed_month_with_a_late_entry(session.ctx, clock, tmp_path)
    model = DossierTableModel(session.ctx, session.runner, page_size=1)  # one row a page: the mark of page two too
    model.set_query(DossierQuery())
    wait_idle()
    while model.canFetchMore():
        model.fetchMore()
        wait_idle()
    rows = {model.data(model.index(r, COL_CODE)): r for r in range(model.rowCount())}
    assert set(rows) == {kept, late}

    def cell(code: str, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str | None:
        return model.data(model.index(rows[code], column), role)

    assert cell(late, COL_PROGRESS) == "Quá hạn · Sửa sau khóa sổ"  # still open, past its due date
    assert NOTE in (cell(late, COL_CODE, Qt.ItemDataRole.ToolTipRole) or "")
    assert cell(kept, COL_PROGRESS) == "Đúng hạn"
    assert NOTE not in (cell(kept, COL_CODE, Qt.ItemDataRole.ToolTipRole) or "")
