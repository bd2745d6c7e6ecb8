"""The workbook's alerts for the dashboard: overdue tasks, recommendations waiting, villages without signal or team."""

from __future__ import annotations

from datetime import date

from desktop.services import recommendations, tasks, teams, villages
from desktop.services.workbook_summary import workbook_alerts


def test_alerts_name_what_needs_attention(ctx) -> None:  # noqa: ANN001
    empty = workbook_alerts(ctx)
    assert empty.attention == 0 and empty.task_summary == {"done_on_time": 0, "done_late": 0, "in_progress": 0,
                                                           "overdue": 0}
    tasks.add_task(ctx, "T1", "Số hoá hồ sơ", date(2026, 9, 30))
    tasks.add_task(ctx, "T2", "Lập tổ công nghệ số", date(2026, 10, 31))
    tasks.add_task(ctx, "T3", "Tập huấn", date(2026, 12, 31))
    tasks.complete_task(ctx, "T1", date(2026, 9, 25))
    villages.add_village(ctx, "Thôn 5", households=60, signal="none")
    villages.add_village(ctx, "Thôn 6", households=80, broadband=False)
    villages.add_village(ctx, "Thôn 7", households=70)
    teams.add_team(ctx, "Thôn 7", "7/QĐ-UBND")
    recommendations.add_recommendation(ctx, date(2026, 10, 1), "Sở KH&CN", "Trạm BTS Thôn 5")
    recommendations.add_recommendation(ctx, date(2026, 11, 10), "Viettel", "Cáp quang Thôn 6")
    alerts = workbook_alerts(ctx, as_of=date(2026, 12, 4))
    assert alerts.task_summary == {"done_on_time": 1, "done_late": 0, "in_progress": 1, "overdue": 1}
    assert alerts.overdue_tasks == ("T2 – Lập tổ công nghệ số",)
    assert alerts.unanswered == ("01/10/2026 → Sở KH&CN: Trạm BTS Thôn 5",)
    assert alerts.villages_without_signal == ("Thôn 5",)
    assert alerts.villages_poorly_covered == ("Thôn 5", "Thôn 6")
    assert alerts.villages_without_team == ("Thôn 5", "Thôn 6")
    assert alerts.attention == 4
