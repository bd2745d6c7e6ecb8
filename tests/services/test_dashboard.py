"""The dashboard's figures against a commune counted by hand, and the one-query trend against the month-by-month one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.demo import build_demo
from desktop.domain.periods import previous, same_last_year
from desktop.services import calendar, dossiers, equipment, training
from desktop.services.context import ServiceContext
from desktop.services.dashboard import dashboard_summary
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput
from desktop.services.report_data import comparison, late_dossiers, period_report
from desktop.services.statistics import (
    MonthFigures,
    dossier_stats,
    monthly_series,
    monthly_series_by_month,
    row_json,
    tallied_months_in,
    trend_month,
    trend_months,
)

HT, XD = "1.001193", "1.009994"  # in the day (Hộ tịch); 15 working days (Xây dựng)
TODAY = date(2026, 11, 20)  # the clock fixture's Friday
d = datetime


def _dossier(ctx, proc: str, received: datetime, channel: str = "direct", steps=(), **kw) -> str:  # noqa: ANN001
    code = dossiers.register_dossier(ctx, DossierInput(proc, "Trần Thị Lan", channel, received_at=received,
                                                       **kw)).code
    for action, at in steps:
        dossiers.change_status(ctx, code, action, at=at)
    return code


def _commune(ctx) -> dict[str, str]:  # noqa: ANN001
    """Dossiers whose every figure is worked out by hand in the comments (today: Friday 20/11/2026)."""
    c = {
        "A": _dossier(ctx, HT, d(2026, 11, 18, 9)),                                 # due 18/11: overdue
        "B": _dossier(ctx, HT, d(2026, 11, 19, 9), "online", boundary_free=True),   # due 19/11: overdue
        "C": _dossier(ctx, HT, d(2026, 11, 20, 8)),                                 # due today: due soon
        "D": _dossier(ctx, HT, d(2026, 11, 19, 16), "online"),                      # after 15:00, due 20/11
        "E": _dossier(ctx, XD, d(2026, 11, 2, 9), "postal"),                        # due Monday 23/11: due soon
        "F": _dossier(ctx, XD, d(2026, 11, 5, 9), "online"),                        # due 27/11: within
        "G": _dossier(ctx, HT, d(2026, 11, 16, 9), "online", [("finish", d(2026, 11, 16, 11))]),  # on time
        "H": _dossier(ctx, HT, d(2026, 11, 10, 9), steps=[("finish", d(2026, 11, 12, 9))]),       # late
        "I": _dossier(ctx, XD, d(2026, 11, 3, 9), steps=[("request-supplement", d(2026, 11, 4, 9))]),  # paused
        "J": _dossier(ctx, HT, d(2026, 10, 20, 9)),                                 # carried over, overdue
        "K": _dossier(ctx, HT, d(2026, 11, 17, 9), steps=[("withdraw", d(2026, 11, 17, 10))]),  # closed
        "L": _dossier(ctx, HT, d(2026, 11, 19, 9), "online", pending=True),         # not accepted yet: nowhere
        "M": _dossier(ctx, HT, d(2026, 11, 13, 9)),                                 # removed below: nowhere
        "N": _dossier(ctx, XD, d(2026, 10, 8, 9), steps=[("finish", d(2026, 10, 27, 9))]),  # early in October
        "O": _dossier(ctx, XD, d(2026, 10, 26, 9), steps=[("finish", d(2026, 11, 13, 9))]),  # carried, early
        "P": _dossier(ctx, XD, d(2026, 11, 9, 9), steps=[("start", d(2026, 11, 9, 10))]),  # due 1/12: within
        "Q": _dossier(ctx, HT, d(2026, 11, 20, 9), steps=[("finish", d(2026, 11, 20, 9, 45))]),  # on time
    }
    dossiers.remove_dossier(ctx, c["M"])
    return c


def _equipment(ctx) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "MT-01", "pc", status="broken")
    equipment.add_equipment(ctx, "MT-02", "laptop")
    equipment.record_event(ctx, "MT-02", "status_change", to_status="in_repair", at=d(2026, 11, 19, 9))
    equipment.add_equipment(ctx, "IN-02", "printer", status="degraded")
    equipment.add_equipment(ctx, "IN-01", "printer", status="degraded")
    equipment.add_equipment(ctx, "R-01", "router")
    equipment.add_equipment(ctx, "UPS-01", "ups", status="spare")
    equipment.add_equipment(ctx, "MT-03", "pc", status="retired")
    equipment.add_equipment(ctx, "MT-09", "pc", status="broken")
    equipment.remove_equipment(ctx, "MT-09")


def _training(ctx) -> None:  # noqa: ANN001
    def course(start: date, hours: float, attended: list[float], absent: int = 0) -> str:
        cid = training.add_course(ctx, "Kỹ năng số cho cán bộ xã", start_date=start, hours=hours).id
        for n, h in enumerate(attended):
            training.add_participation(ctx, cid, person_name=f"Học viên {n}", hours_attended=h)
        for n in range(absent):
            training.add_participation(ctx, cid, person_name=f"Vắng {n}", hours_attended=0, result="absent")
        return cid
    course(date(2026, 11, 10), 8, [8, 6], absent=1)  # this month: 14 person-hours
    course(date(2026, 11, 27), 4, [])                 # starts later this month: counts, 0 hours
    course(date(2026, 3, 2), 16, [16, 16])            # this year: 32
    course(date(2025, 11, 15), 4, [4])                # last year: not counted
    training.remove_course(ctx, course(date(2026, 11, 2), 8, [8]))  # removed: not counted


def test_summary_matches_the_hand_count(ctx) -> None:  # noqa: ANN001
    c = _commune(ctx)
    _equipment(ctx)
    _training(ctx)
    s = dashboard_summary(ctx, TODAY, calendar=True)  # the hand count is of the calendar month
    assert (s.month_from, s.month_to) == (date(2026, 11, 1), date(2026, 11, 30))
    m, paper = s.month, dossier_stats(ctx, s.month_from, s.month_to).total
    assert m == MonthFigures.of(paper.to_dict())  # the tallies count what the Báo cáo page and the paper count
    # New in November: A B C D E F G H I K P Q (L pending, M removed; J N O are October's).
    assert s.received_new == 12 and (m.received_online, m.received_direct_postal) == (4, 8)  # online: B D F G
    assert paper.carried_over == 2 and paper.received_total == 14  # J open, O settled in November
    assert m.received_boundary_free == 1  # B
    assert (paper.resolved_total, paper.resolved_early, paper.resolved_on_time, paper.resolved_late) == (4, 1, 2, 1)
    # The paper's rate, [(8) + (9)] / (7): O early; G Q on time, K withdrawn and I waiting count in (9); H late.
    assert (m.form_early, m.form_on_time, m.form_late) == (1, 4, 1)
    assert s.on_time_rate == m.form_on_time_rate == round(5 / 6, 4) and m.online_rate == round(4 / 12, 4)
    # Overdue: J (due 20/10), A (18/11), B (19/11); I is paused, M removed, L has no due date.
    assert s.overdue_count == 3 and [x.code for x in s.overdue] == [c["J"], c["A"], c["B"]]
    # Due by Monday 23/11 (the next working day): D and C (due today, D received first) and E.
    assert s.due_by == date(2026, 11, 23)
    assert s.due_soon_count == 3 and [x.code for x in s.due_soon] == [c["D"], c["C"], c["E"]]
    assert [x.due_date for x in s.due_soon] == [TODAY, TODAY, date(2026, 11, 23)]
    assert (s.devices_broken, s.devices_in_repair, s.devices_degraded) == (1, 1, 2)
    assert [e.asset_tag for e in s.devices] == ["MT-01", "MT-02", "IN-01", "IN-02"]
    assert (s.courses_month, s.person_hours_month, s.courses_year, s.person_hours_year) == (2, 14.0, 3, 46.0)
    assert [p.month for p in s.trend] == ["2025-12"] + [f"2026-{n:02d}" for n in range(1, 12)]
    october, november = s.trend[-2], s.trend[-1]
    assert (october.received, october.resolved, october.on_time_rate) == (3, 1, 1.0)  # J N O; N early
    assert (november.received, november.resolved, november.on_time_rate) == (12, 6, round(5 / 6, 4))
    assert all(p.received == p.resolved == 0 and p.on_time_rate is None for p in s.trend[:-2])


def test_the_month_is_decree_09s_and_its_rate_the_papers(ctx) -> None:  # noqa: ANN001
    """By default the dashboard counts the reporting month 20/11 falls in, 15/11–14/12 (Decree 09), and shows the
    very figures the paper and `stats --json` print for it."""
    _commune(ctx)
    s = dashboard_summary(ctx, TODAY)
    assert (s.period.key, s.month_from, s.month_to) == ("2026-12", date(2026, 11, 15), date(2026, 12, 14))
    paper = period_report(ctx, s.period).stats.total
    assert MonthFigures.of(paper.to_dict()) == s.month
    assert row_json(paper)["on_time_rate"] == s.on_time_rate == paper.form_on_time_rate
    assert s.on_time_rate == 1.0  # since 15/11: G Q on time, K withdrawn, I still waiting; H O finished before
    assert [p.month for p in s.trend][-2:] == ["2026-11", "2026-12"] and s.trend[-1].on_time_rate == s.on_time_rate
    assert s.trend[-1].resolved == s.month.form_resolved == 4
    # The paper's chart draws the same Decree 09 months.
    drawn = period_report(ctx, s.period).trend
    assert [(p.month, p.received, p.resolved) for p in drawn] == [(p.month, p.received, p.resolved) for p in s.trend]


def test_training_month_is_the_dossiers_month(ctx) -> None:  # noqa: ANN001
    """The training tile counts the same month as the dossier figures: Decree 09's unless calendar months are on."""
    _training(ctx)
    for start, hours in ((date(2026, 12, 10), 3), (date(2026, 12, 20), 2), (date(2027, 1, 4), 1)):
        cid = training.add_course(ctx, "An toàn thông tin", start_date=start, hours=hours).id
        training.add_participation(ctx, cid, person_name="Học viên", hours_attended=hours)
    s = dashboard_summary(ctx, TODAY)  # 15/11–14/12: 27/11 (0 hours) and 10/12, not 10/11
    assert (s.courses_month, s.person_hours_month) == (2, 3.0)
    calendar_month = dashboard_summary(ctx, TODAY, calendar=True)  # 1/11–30/11: 10/11 and 27/11
    assert (calendar_month.courses_month, calendar_month.person_hours_month) == (2, 14.0)
    january = dashboard_summary(ctx, date(2027, 1, 5))  # 15/12/2026–14/1/2027, across the new year
    assert (january.courses_month, january.person_hours_month) == (2, 3.0)
    assert (january.courses_year, january.person_hours_year) == (1, 1.0)  # the year tile: 2027 only


def test_lists_mean_what_the_dossier_page_filters_mean(ctx) -> None:  # noqa: ANN001
    _commune(ctx)
    s = dashboard_summary(ctx, TODAY)
    overdue = list_dossiers(ctx, DossierQuery(overdue=True, limit=1000))
    due = list_dossiers(ctx, DossierQuery(due_by=s.due_by, limit=1000))
    assert {x.code for x in s.overdue} == {x.code for x in overdue} and s.overdue_count == len(overdue)
    assert {x.code for x in s.due_soon} == {x.code for x in due} and s.due_soon_count == len(due)
    month = dossier_stats(ctx, s.month_from, s.month_to).total
    assert s.overdue_count == month.in_progress_overdue  # the statistics form agrees on what is overdue


def test_due_soon_follows_the_communes_calendar(ctx, clock) -> None:  # noqa: ANN001
    assert dashboard_summary(ctx, TODAY).due_by == date(2026, 11, 23)
    calendar.add_override(ctx, date(2026, 11, 23), calendar.DAY_OFF, "Nghỉ bù")
    # Monday declared off, Tuesday 24/11 is Vietnam Culture Day: Wednesday.
    assert dashboard_summary(ctx, TODAY).due_by == date(2026, 11, 25)


def test_lists_show_a_few_but_count_all(ctx) -> None:  # noqa: ANN001
    for hour in range(8, 14):
        for minute in range(0, 60, 15):
            _dossier(ctx, HT, d(2026, 11, 19, hour, minute))  # 24 dossiers due 19/11
    s = dashboard_summary(ctx, TODAY)
    assert s.overdue_count == 24 and len(s.overdue) == 20


@pytest.fixture
def demo_ctx(db, clock) -> ServiceContext:  # noqa: ANN001
    build_demo(db, seed=5, months=12, dossiers=2500, today=TODAY)
    return ServiceContext(db, clock=clock)


@pytest.mark.parametrize(("day", "months", "calendar"), [
    (date(2026, 11, 1), 12, False), (date(2026, 6, 15), 5, True), (date(2027, 2, 1), 15, False),
    (date(2025, 12, 1), 3, True), (TODAY, 1, False), (TODAY, 12, True)])
def test_grouped_series_equals_the_month_by_month_one(demo_ctx, day, months, calendar) -> None:  # noqa: ANN001
    last = trend_month(day, calendar=calendar)
    slow = monthly_series_by_month(demo_ctx, last, months)
    assert monthly_series(demo_ctx, last, months) == slow
    assert sum(p.received for p in slow) > 0 and any(p.on_time_rate is not None for p in slow)


def test_grouped_series_agrees_on_odd_rows_too(demo_ctx) -> None:  # noqa: ANN001
    """Rows the lifecycle never writes but a sync or a hand edit might: the two must still agree."""
    last = trend_month(TODAY)
    before = monthly_series(demo_ctx, last, 12)
    crossing = ("SELECT id FROM dossiers WHERE finished_at IS NOT NULL AND received_at >= '2026-01-01' "
                "AND substr(received_at, 1, 7) < substr(finished_at, 1, 7) ORDER BY code LIMIT 30")
    edits = ["UPDATE dossiers SET settled_at = received_at WHERE id = ?",  # settled before its finishing month
             "UPDATE dossiers SET settled_at = datetime(finished_at, '-1 seconds') WHERE id = ?",
             "UPDATE dossiers SET settled_at = NULL WHERE id = ?"]  # finished but never settled
    others = ("SELECT id FROM dossiers WHERE finished_at IS NOT NULL AND received_at >= '2026-01-01' "
              "ORDER BY substr(code, -3), code LIMIT 20")
    with demo_ctx.db.engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql(crossing)]
        assert len(ids) == 30
        for n, row_id in enumerate(ids):
            conn.exec_driver_sql(edits[n % 3], (row_id,))
        for n, (row_id,) in enumerate(conn.exec_driver_sql(others).fetchall()):
            conn.exec_driver_sql("UPDATE dossiers SET received_at = datetime(finished_at, '+35 days') WHERE id = ?"
                                 if n % 2 else "UPDATE dossiers SET outcome = 'weird' WHERE id = ?", (row_id,))
    after = monthly_series(demo_ctx, last, 12)
    assert after != before and after == monthly_series_by_month(demo_ctx, last, 12)


def _figures_agree(ctx: ServiceContext, day: date, calendar: bool) -> MonthFigures:
    """The tallied figures of the three months ending with the one `day` is in, each equal to its statistics."""
    last = trend_month(day, calendar=calendar)
    with ctx.db.session() as session:
        figures = tallied_months_in(session, last, 3)
    for month, tallied in zip(trend_months(last, 3), figures, strict=True):
        counted = dossier_stats(ctx, month.start, month.end).total
        assert tallied == MonthFigures.of(counted.to_dict())
        assert (tallied.received_total, tallied.carried_over) == (counted.received_total, counted.carried_over)
    return figures[-1]


@pytest.mark.parametrize("calendar", [False, True])
def test_the_dashboards_month_from_the_tallies_equals_its_statistics(demo_ctx, calendar) -> None:  # noqa: ANN001
    """Every month of the demo, boundary-free ones included, then again after raw edits the lifecycle never makes
    (the tallies' triggers watch boundary_free too)."""
    days = [date(2025, 12, 20), date(2026, 3, 1), date(2026, 7, 14), date(2026, 7, 15), TODAY]
    free = sum(_figures_agree(demo_ctx, day, calendar).received_boundary_free for day in days)
    assert free > 0
    with demo_ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE dossiers SET boundary_free = 1 - boundary_free "
                             "WHERE id IN (SELECT id FROM dossiers ORDER BY code LIMIT 400)")
    assert sum(_figures_agree(demo_ctx, day, calendar).received_boundary_free for day in days) != free


@pytest.mark.parametrize("calendar", [False, True])
def test_a_months_report_compares_from_the_tallies_as_the_statistics_count(demo_ctx, calendar) -> None:  # noqa: ANN001
    """A month's report reads the month before and the same month a year before from the tallies: the very
    figures a count of those months prints."""
    period = trend_month(TODAY, calendar=calendar)
    report = period_report(demo_ctx, period)
    for shown, other in ((report.previous, previous(period)), (report.last_year, same_last_year(period))):
        assert shown == comparison(other.label, dossier_stats(demo_ctx, other.start, other.end).total)
    assert report.previous is not None and report.previous.received > 0


@pytest.mark.parametrize("day", [date(2026, 8, 20), date(2026, 10, 31), TODAY])
def test_the_late_list_holds_the_dossiers_its_total_counts(demo_ctx, day) -> None:  # noqa: ANN001
    """The annex's list of late dossiers and the total printed above it (resolved late + in progress, overdue)
    count by the same rules, payment pauses and forwarded dossiers included: on a million dossiers the list once
    held one more than its total."""
    period = trend_month(day)
    listed = late_dossiers(demo_ctx, period.start, period.end)
    resolved, still_open = [d.code for d in listed if d.resolved], [d.code for d in listed if not d.resolved]
    assert resolved or still_open
    with demo_ctx.db.engine.begin() as conn:  # what the lifecycle rarely makes, on dossiers the list holds
        for code in resolved[:2]:  # sent on to the agency that resolves it: not counted here
            conn.exec_driver_sql("UPDATE dossiers SET forwarded_to = 'UBND phường khác' WHERE code = ?", (code,))
        for code in still_open[:2]:  # its clock stopped for payment the day before it fell due: not past due
            conn.exec_driver_sql("UPDATE dossiers SET payment_paused_on = date(due_date, '-1 days') WHERE code = ?",
                                 (code,))
    total = dossier_stats(demo_ctx, period.start, period.end).total
    late = late_dossiers(demo_ctx, period.start, period.end)
    assert len(late) == total.resolved_late + total.in_progress_overdue < len(listed)
    assert sum(d.resolved for d in late) == total.resolved_late
