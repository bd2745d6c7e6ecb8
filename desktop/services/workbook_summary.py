"""What the workbook asks of the officer today, in one read for the dashboard and the workbook page: tasks by
state with the overdue ones named, recommendations unanswered too long, villages without signal or without a team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.services import recommendations, tasks, villages
from desktop.services.context import ServiceContext
from desktop.services.dto import Record


@dataclass(frozen=True)
class WorkbookAlerts(Record):
    as_of: date
    task_summary: dict[str, int]  # done_on_time | done_late | in_progress | overdue → count
    overdue_tasks: tuple[str, ...]  # "code – title", by deadline
    unanswered: tuple[str, ...]  # recommendations waiting more than 30 days: "dd/mm/yyyy → recipient: subject"
    villages_without_signal: tuple[str, ...]  # no 4G/5G at all
    villages_poorly_covered: tuple[str, ...]  # weak or no signal, or no fixed broadband
    villages_without_team: tuple[str, ...]

    @property
    def attention(self) -> int:
        """How many things want the officer's attention (the dashboard's badge)."""
        return len(self.overdue_tasks) + len(self.unanswered) + len(self.villages_without_team)


def workbook_alerts(ctx: ServiceContext, as_of: date | None = None) -> WorkbookAlerts:
    listed = tasks.list_tasks(ctx, as_of=as_of)
    overdue = tuple(f"{t.code} – {t.title}" for t in listed.tasks if t.state == "overdue")
    waiting = tuple(f"{r.sent_on:%d/%m/%Y} → {r.recipient}: {r.subject}"
                    for r in recommendations.list_recommendations(ctx, as_of=listed.as_of, overdue_only=True))
    rows = villages.list_villages(ctx)
    return WorkbookAlerts(
        listed.as_of, listed.summary, overdue, waiting,
        tuple(v.name for v in rows if v.signal == "none"),
        tuple(v.name for v in rows if v.poor_coverage),
        tuple(v.name for v in rows if v.team is None))
