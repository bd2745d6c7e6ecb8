"""The demo's digital-transformation workbook: a believable year (23 tasks, most done; villages, most with a team;
sessions; outages where the signal is weak; 11 recommendations, some unanswered) and Decision 766 marks on the
settled dossiers only, the same on every run, and counted by the services like typed records."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from support import FakeClock

from desktop.config.paths import DataPaths
from desktop.demo import DemoSummary, build_demo
from desktop.services import index766, recommendations, tasks, villages
from desktop.services.context import ServiceContext
from desktop.services.workbook_summary import workbook_alerts
from desktop.store.database import Database

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServiceContext, DemoSummary]]:
    db = Database.open(DataPaths(tmp_path_factory.mktemp("demo")))
    summary = build_demo(db, seed=3, months=12, dossiers=1500, today=TODAY)
    yield ServiceContext(db, actor="admin", role="admin", clock=FakeClock()), summary
    db.close()


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def test_a_year_of_workbook_records(demo: tuple[ServiceContext, DemoSummary]) -> None:
    ctx, summary = demo
    assert (summary.tasks, summary.villages, summary.teams, summary.recommendations) == (23, 12, 10, 11)
    listed = tasks.list_tasks(ctx, TODAY)
    done = listed.summary["done_on_time"] + listed.summary["done_late"]
    assert 12 <= done <= 19 and listed.summary["overdue"] >= 1  # "15 of 23 tasks done", a few overdue
    assert all(t.evidence for t in listed.tasks if t.done_on)
    rows = villages.list_villages(ctx)
    assert sorted(v.name for v in rows if v.team is None) == ["Thôn Bản Lãnh", "Thôn Khe Tiền"]
    assert summary.team_sessions > 5 * summary.teams and summary.team_members >= 3 * summary.teams
    weak = {v.id for v in rows if v.signal != "good"}
    outages = _rows(ctx.db, "SELECT village_id, started_at, ended_at FROM village_outages")
    assert len(outages) == summary.village_outages >= 8
    assert sum(o[0] in weak for o in outages) > len(outages) / 2 and all(o[1] < o[2] for o in outages)
    waiting = [r for r in recommendations.list_recommendations(ctx, TODAY) if r.answered_on is None]
    assert len(waiting) >= 2
    alerts = workbook_alerts(ctx, TODAY)
    assert alerts.overdue_tasks and alerts.unanswered and alerts.villages_without_signal


def test_marks_only_on_settled_dossiers_and_rates_look_real(demo: tuple[ServiceContext, DemoSummary]) -> None:
    ctx, _ = demo
    marked_open = _rows(ctx.db, "SELECT count(*) FROM dossiers WHERE settled_at IS NULL AND (digitised OR e_result "
                                "OR reused_data OR paid_online OR rating IS NOT NULL)")
    assert marked_open == [(0,)]
    report = index766.index_report(ctx, date(2026, 10, 1), date(2026, 10, 31))
    rate = {r.key: r.rate for r in report.rates}
    assert 0.8 <= rate["digitisation_rate"] <= 0.95 and 0.5 <= rate["e_result_rate"] <= 0.8
    assert rate["online_payment_rate"] is not None and 0.2 <= rate["online_payment_rate"] <= 0.9
    assert rate["satisfaction_rate"] is not None and rate["satisfaction_rate"] > 0.7


def test_same_seed_same_workbook(demo: tuple[ServiceContext, DemoSummary], tmp_path: Path) -> None:
    with Database.open(DataPaths(tmp_path / "again")) as again:
        build_demo(again, seed=3, months=12, dossiers=1500, today=TODAY)
        for sql in ("SELECT code, title, deadline, done_on FROM plan_tasks ORDER BY code",
                    "SELECT sent_on, subject, answered_on FROM recommendations ORDER BY sent_on, subject",
                    "SELECT code, digitised, e_result, paid_online, rating FROM dossiers ORDER BY code"):
            assert _rows(again, sql) == _rows(demo[0].db, sql)
