"""Month statistics on a generated commune, recounted in plain Python from the raw rows."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, datetime, timedelta

from desktop.demo import build_demo
from desktop.domain.periods import parse_month
from desktop.services.context import ServiceContext
from desktop.services.statistics import dossier_stats


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def test_demo_month_recounted_independently(db, clock) -> None:  # noqa: ANN001
    clock.now = datetime(2026, 11, 20, 3, 0)
    build_demo(db, seed=3, months=12, dossiers=3000, today=date(2026, 11, 20))
    ctx = ServiceContext(db, clock=clock)
    start, end = parse_month("2026-09")
    # Local (UTC+7) month → UTC instants, done by hand here rather than through the module under test.
    lo, hi = datetime(2026, 8, 31, 17, 0), datetime(2026, 9, 30, 17, 0)
    conn = sqlite3.connect(db.paths.database)
    rows = conn.execute("SELECT f.name, d.channel, d.received_at, d.finished_at, d.closed_at, d.settled_at, "
                        "d.outcome, d.due_date, d.paused_at, d.status FROM dossiers d "
                        "JOIN procedures p ON p.id = d.procedure_id JOIN fields f ON f.id = p.field_id "
                        "WHERE d.deleted_at IS NULL").fetchall()
    conn.close()
    want: dict[str, Counter] = {}
    for field, channel, rec, fin, closed, settled, outcome, due, paused, status in rows:
        rec, fin, closed, settled, paused = map(_parse, (rec, fin, closed, settled, paused))
        if status == 1:
            continue
        new = lo <= rec < hi
        carried = rec < lo and (settled is None or settled >= lo)
        if not (new or carried):
            continue
        c = want.setdefault(field, Counter())
        if new:
            c["received_online" if channel == "online" else "received_direct_postal"] += 1
        else:
            c["carried_over"] += 1
        if fin is not None and lo <= fin < hi:
            c[f"resolved_{outcome}"] += 1
        elif closed is not None and lo <= closed < hi:
            c["closed_without_result"] += 1
        elif settled is None or settled >= hi:
            overdue = due is not None and date.fromisoformat(due) < end and (paused is None or paused >= hi)
            c["in_progress_overdue" if overdue else "in_progress_within"] += 1
    stats = dossier_stats(ctx, start, end)
    got = {r.field: r for r in stats.by_field}
    assert set(got) == set(want)
    keys = ["received_online", "received_direct_postal", "carried_over", "resolved_early", "resolved_on_time",
            "resolved_late", "closed_without_result", "in_progress_within", "in_progress_overdue"]
    for field, counts in want.items():
        assert {k: getattr(got[field], k) for k in keys} == {k: counts[k] for k in keys}, field
    assert stats.total.received_total == sum(sum(c[k] for k in keys[:3]) for c in want.values())
    assert stats.total.received_total > 200 and stats.total.resolved_total > 100
    assert stats.period_to - stats.period_from == timedelta(days=29)


def test_form_identities_hold_in_every_official_period_of_the_demo(db, clock) -> None:  # noqa: ANN001
    """Every Decree 09 month, quarter, half and year the demo covers: 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13 and
    3 = 7+11 in every row and the total, the total is the sum of the rows, fields come in Vietnamese order."""
    from desktop.domain.periods import parse_period
    from desktop.domain.text import vi_sort_key

    clock.now = datetime(2026, 12, 4, 3, 0)
    build_demo(db, seed=5, months=14, dossiers=2500, today=date(2026, 12, 4))
    ctx = ServiceContext(db, clock=clock)
    keys = [f"2025-{m:02d}" for m in range(11, 13)] + [f"2026-{m:02d}" for m in range(1, 13)]
    chosen = [parse_period("month", k) for k in keys] + [parse_period("quarter", f"2026-Q{q}") for q in range(1, 5)]
    chosen += [parse_period("half", "2026-H1"), parse_period("half", "2026-H2"), parse_period("year", "2026")]
    seen = 0
    for period in chosen:
        stats = dossier_stats(ctx, period.start, period.end)
        for row in (*stats.by_field, stats.total):
            c = row.form06a()  # columns (3)–(13)
            assert c[0] == c[1] + c[2] + c[3], (period.key, row.field)
            assert c[4] == c[5] + c[6] + c[7], (period.key, row.field)
            assert c[8] == c[9] + c[10], (period.key, row.field)
            assert c[0] == c[4] + c[8], (period.key, row.field)
        assert stats.total.form06a() == tuple(map(sum, zip(*(r.form06a() for r in stats.by_field), strict=True)))
        assert [r.field for r in stats.by_field] == sorted((r.field for r in stats.by_field), key=vi_sort_key)
        seen += stats.total.received_total
    assert seen > 2500  # the periods held the demo's dossiers, not empty tables
