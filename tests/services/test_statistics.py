"""Month statistics in the columns of Biểu 06/VPCP/KSTT, checked against a scenario counted by hand."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.periods import month_of, parse_month
from desktop.services import dossiers
from desktop.services.dossiers import DossierInput
from desktop.services.statistics import dossier_stats, monthly_series

HT, XD = "1.001193", "1.009994"  # in the day (Hộ tịch); 15 working days (Xây dựng)


def _dossier(ctx, proc: str, received: datetime, channel: str = "direct", steps=()) -> str:  # noqa: ANN001
    code = dossiers.register_dossier(ctx, DossierInput(proc, "Phạm Thị Hoa", channel, received_at=received)).code
    for action, at in steps:
        dossiers.change_status(ctx, code, action, at=at)
    return code


def _november_scenario(ctx) -> None:  # noqa: ANN001
    d = datetime
    _dossier(ctx, XD, d(2026, 10, 20, 9))                                          # A carried, still open, overdue
    _dossier(ctx, HT, d(2026, 10, 28, 9), steps=[("finish", d(2026, 11, 2, 9))])   # B carried, resolved late
    _dossier(ctx, HT, d(2026, 10, 10, 9), steps=[("finish", d(2026, 10, 12, 9))])  # C settled before: out of scope
    _dossier(ctx, HT, d(2026, 11, 5, 9), "online", [("finish", d(2026, 11, 5, 14))])  # D on time
    _dossier(ctx, XD, d(2026, 11, 10, 9), steps=[("finish", d(2026, 11, 12, 9))])  # E early
    _dossier(ctx, XD, d(2026, 11, 25, 9), "postal")                                # F open, within
    _dossier(ctx, HT, d(2026, 11, 3, 9), steps=[("withdraw", d(2026, 11, 4, 9))])  # G closed without result
    _dossier(ctx, XD, d(2026, 11, 28, 9), "online")                                # H open, within
    _dossier(ctx, XD, d(2026, 11, 26, 9), steps=[("request-supplement", d(2026, 11, 27, 9))])  # I paused
    _dossier(ctx, XD, d(2026, 12, 1, 9))                                           # J next month
    _dossier(ctx, HT, d(2026, 11, 6, 9), steps=[("finish", d(2026, 12, 2, 9))])    # K open at month end, overdue


def test_month_matches_hand_count(ctx, clock) -> None:  # noqa: ANN001
    clock.now = datetime(2026, 12, 5, 3, 0)
    _november_scenario(ctx)
    stats = dossier_stats(ctx, *parse_month("2026-11"))
    t = stats.total
    assert (t.received_total, t.received_online, t.received_direct_postal, t.carried_over) == (9, 2, 5, 2)
    assert (t.resolved_total, t.resolved_early, t.resolved_on_time, t.resolved_late) == (3, 1, 1, 1)
    assert (t.in_progress_total, t.in_progress_within, t.in_progress_overdue) == (5, 3, 2)
    assert t.closed_without_result == 1 and t.received_postal == 1
    assert t.received_total == t.resolved_total + t.in_progress_total + t.closed_without_result
    # Form II.06a: (8) early E; (9) on time D, withdrawn G and I waiting for a supplement; (10) late B.
    assert (t.form_early, t.form_on_time, t.form_late) == (1, 3, 1)
    assert t.form_on_time_rate == 0.8 and t.online_rate == round(2 / 7, 4)
    rows = {r.field: r for r in stats.by_field}
    ht, xd = rows["Hộ tịch"], rows["Xây dựng"]
    assert (ht.received_online, ht.received_direct_postal, ht.carried_over, ht.received_total) == (1, 2, 1, 4)
    assert (ht.resolved_on_time, ht.resolved_late, ht.in_progress_overdue, ht.closed_without_result) == (1, 1, 1, 1)
    assert (xd.received_online, xd.received_direct_postal, xd.carried_over, xd.received_total) == (1, 3, 1, 5)
    assert (xd.resolved_early, xd.in_progress_within, xd.in_progress_overdue) == (1, 3, 1)
    payload = stats.to_json()
    assert payload["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert {r["field"] for r in payload["by_field"]} == {"Hộ tịch", "Xây dựng"}


def test_current_month_judges_overdue_by_today(ctx, clock) -> None:  # noqa: ANN001
    clock.now = datetime(2026, 11, 20, 3, 0)  # 20/11: K (due 6/11) is overdue, F/H/I do not exist yet
    _dossier(ctx, HT, datetime(2026, 11, 6, 9))
    _dossier(ctx, XD, datetime(2026, 11, 19, 9))
    t = dossier_stats(ctx, date(2026, 11, 1), date(2026, 11, 30)).total
    assert (t.in_progress_within, t.in_progress_overdue) == (1, 1)


def test_monthly_series_counts_new_dossiers_per_month(ctx, clock) -> None:  # noqa: ANN001
    clock.now = datetime(2026, 12, 5, 3, 0)
    _november_scenario(ctx)
    series = monthly_series(ctx, month_of(2026, 12, calendar=True), months=3)
    assert [p.month for p in series] == ["2026-10", "2026-11", "2026-12"]
    assert [p.received for p in series] == [3, 7, 1]
    # Decree 09's months (the default), 15th to 14th: each point is that month's form II.06a.
    official = monthly_series(ctx, month_of(2026, 12), months=3)
    assert [p.month for p in official] == ["2026-10", "2026-11", "2026-12"]
    for point, month in zip(official, (10, 11, 12), strict=True):
        period = month_of(2026, month)
        t = dossier_stats(ctx, period.start, period.end).total
        assert (point.received, point.resolved, point.on_time_rate) == (
            t.received_online + t.received_direct_postal, t.form_resolved, t.form_on_time_rate)
    assert [p.received for p in official] != [p.received for p in series]
