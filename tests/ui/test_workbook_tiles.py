"""The dashboard's workbook tiles on real widgets: overdue tasks, recommendations unanswered after 30 days and
villages without signal or team appear next to the dossier figures, follow a change announced on the session, and
open the workbook page from the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.services import recommendations, tasks, teams, villages
from desktop.ui.pages.dashboard_page import create_dashboard_page
from desktop.ui.pages.workbook_page import WORKBOOK


def test_tiles_count_what_needs_attention_and_open_the_workbook(qtbot, session, ctx, shown_page,  # noqa: ANN001
                                                                wait_idle) -> None:  # noqa: ANN001
    tasks.add_task(ctx, "T1", "Số hóa sổ hộ tịch", date(2026, 9, 30))
    tasks.add_task(ctx, "T2", "Lắp camera một cửa", date(2026, 10, 31))
    tasks.add_task(ctx, "T3", "Tập huấn AI", date(2026, 12, 31))
    tasks.complete_task(ctx, "T1", date(2026, 9, 25))
    recommendations.add_recommendation(ctx, date(2026, 10, 1), "Sở KH&CN", "Phủ sóng Thôn 5")
    recommendations.add_recommendation(ctx, date(2026, 11, 10), "VNPT", "Cáp quang Thôn 9")  # 10 days: not yet
    for name in ("Thôn 1", "Thôn 3", "Thôn 5"):
        villages.add_village(ctx, name, households=60, signal="none" if name == "Thôn 5" else "good")
    teams.add_team(ctx, "Thôn 1", "12/QĐ-UBND")
    controller = shown_page(create_dashboard_page)
    t = controller.view.workbook_tiles
    assert t.tasks.value.text() == "1" and t.tasks.detail.text() == "1 đang thực hiện"
    assert "T2 – Lắp camera một cửa" in t.tasks.toolTip()
    assert t.recommendations.value.text() == "1"
    assert t.villages.value.text() == "2"  # Thôn 3 (no team), Thôn 5 (no signal, no team)
    assert t.villages.detail.text() == "không sóng 1 · chưa có tổ 2"
    assert "Thôn 3, Thôn 5" in t.villages.toolTip()
    teams.add_team(ctx, "Thôn 3", "13/QĐ-UBND")
    session.changed(WORKBOOK)
    wait_idle()
    assert t.villages.detail.text() == "không sóng 1 · chưa có tổ 1"
    with qtbot.waitSignal(controller.navigate_requested, timeout=3000) as asked:
        t.tasks.setFocus()
        qtbot.keyClick(t.tasks, Qt.Key.Key_Return)
    assert asked.args == ["workbook"]


def test_an_empty_workbook_shows_zeros(session, shown_page) -> None:  # noqa: ANN001
    t = shown_page(create_dashboard_page).view.workbook_tiles
    assert [tile.value.text() for tile in t.tiles] == ["0", "0", "0"]
