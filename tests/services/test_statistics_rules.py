"""Every SQL fast path of the desktop's dossier figures equals the domain rules on random dossiers.

Rows go straight into a real SQLite file (bypassing the services, so odd but storable combinations appear: a
pause after a finish, a settle time before the receipt, an outcome no service writes), then the period statistics,
the monthly series, the list filters, the list's timeliness mark and the dashboard's counts are compared with
`desktop.domain.form06_rules` applied to the same facts.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from form06_cases import EDGES, END, FIELDS, OFFICIAL_EDGES, START, TODAYS, Case, cases, edge_grid, series_grid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from desktop.domain import form06_rules as rules
from desktop.domain.form06 import COUNTS, form06_row
from desktop.domain.lifecycle import Status
from desktop.domain.localtime import to_utc
from desktop.domain.periods import month_of
from desktop.services import dashboard
from desktop.services.calendar import working_calendar
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import DossierQuery, count_dossiers, list_dossiers
from desktop.services.statistics import MonthPoint, dossier_stats, monthly_series_in
from desktop.store.models import Dossier, DossierEvent, Procedure

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
dossier_sets = st.lists(cases(), min_size=1, max_size=30)


def _store(ctx: ServiceContext, found: list[Case]) -> dict[str, str]:
    """Replace every dossier by `found`; their procedures' fields by dossier code."""
    with ctx.db.session() as session, session.begin():
        session.execute(delete(DossierEvent))
        session.execute(delete(Dossier))
        procs = {p.online_level: p.id for p in session.scalars(select(Procedure))}
        field_of = {}
        for i, case in enumerate(found):
            f, code = case.facts, f"HS-{i:04d}"
            session.add(Dossier(
                code=code, procedure_id=procs[case.level], applicant_name="Phạm Thị Hoa", channel=f.channel,
                boundary_free=f.boundary_free, received_at=f.received_at, due_date=f.due_date, status=f.status,
                finished_at=f.finished_at, closed_at=f.closed_at, settled_at=f.settled_at, paused_at=f.paused_at,
                outcome=f.outcome, commune_code="07090", deleted_at=f.received_at if f.deleted else None,
                payment_paused_on=f.payment_paused_on, forwarded_to="UBND phường Hạ Long" if f.forwarded else ""))
            field_of[code] = FIELDS[case.level][1]
        return field_of


def _want(found: list[Case], w: rules.Window) -> dict[str, Counter]:
    per_field: dict[str, Counter] = {}
    for case in found:
        keys = rules.form06_columns(case.facts, w)
        if keys:
            per_field.setdefault(FIELDS[case.level][1], Counter()).update(keys)
    return per_field


def _counts(row: object) -> dict[str, int]:
    return {k: getattr(row, k) for k in COUNTS}


def _set_today(clock, today: date) -> None:  # noqa: ANN001
    clock.now = to_utc(datetime.combine(today, time(10, 0)))


def _check_period(ctx: ServiceContext, clock, found: list[Case], today: date) -> None:  # noqa: ANN001
    _store(ctx, found)
    _set_today(clock, today)
    got = dossier_stats(ctx, START, END)
    want = _want(found, rules.Window.of(START, END, today))
    assert {r.field: _counts(r) for r in got.by_field} == \
        {name: _counts(form06_row(name, "", c)) for name, c in want.items()}
    assert _counts(got.total) == _counts(form06_row("", "", sum(want.values(), Counter())))


@given(found=dossier_sets, today=st.sampled_from(TODAYS))
@SETTINGS
def test_period_statistics_equal_the_domain_rules(ctx: ServiceContext, clock, found: list[Case],  # noqa: ANN001
                                                  today: date) -> None:
    _check_period(ctx, clock, found, today)


@pytest.mark.parametrize("today", TODAYS)
def test_period_statistics_on_every_edge(ctx: ServiceContext, clock, today: date) -> None:  # noqa: ANN001
    _check_period(ctx, clock, edge_grid(today), today)


def _check_series(ctx: ServiceContext, clock, found: list[Case], calendar: bool) -> None:  # noqa: ANN001
    _store(ctx, found)
    _set_today(clock, date(2027, 1, 15))
    last = month_of(2026, 12, calendar=calendar)
    with ctx.db.session() as session:
        got = monthly_series_in(session, last, months=4)
    want = []
    for month in (9, 10, 11, 12):
        period = month_of(2026, month, calendar=calendar)
        c = sum(_want(found, rules.Window.of(period.start, period.end, date(2027, 1, 15))).values(), Counter())
        row = form06_row("", "", c)
        # The dashboard's tile and the paper: column (7) and [(8) + (9)] / (7).
        want.append(MonthPoint(f"2026-{month:02d}", row.received_online + row.received_direct_postal,
                               row.form_resolved, row.form_on_time_rate, row.online_rate))
    assert got == want


@given(found=dossier_sets, calendar=st.booleans())
@SETTINGS
def test_monthly_series_equals_the_domain_rules(ctx: ServiceContext, clock, found: list[Case],  # noqa: ANN001
                                                calendar: bool) -> None:
    _check_series(ctx, clock, found, calendar)


@pytest.mark.parametrize(("calendar", "edges"), [(True, EDGES), (False, OFFICIAL_EDGES)])
def test_monthly_series_on_every_month_bound(ctx: ServiceContext, clock, calendar, edges) -> None:  # noqa: ANN001
    _check_series(ctx, clock, series_grid(edges), calendar)


def _check_lists(ctx: ServiceContext, clock, found: list[Case], today: date) -> None:  # noqa: ANN001
    _store(ctx, found)
    _set_today(clock, today)
    live = {f"HS-{i:04d}": c.facts for i, c in enumerate(found) if not c.facts.deleted}
    with ctx.db.session() as session:
        soon_by = rules.due_soon_by(today, working_calendar(session))
    by_date = today + timedelta(days=3)

    def codes(**filters: object) -> set[str]:
        q = DossierQuery(limit=1000, **filters)
        rows = list_dossiers(ctx, q)
        assert count_dossiers(ctx, q) == len(rows)
        return {r.code for r in rows}

    assert codes(overdue=True) == {c for c, f in live.items()
                                   if rules.is_overdue(f.status, f.due_date, today, f.payment_paused_on)}
    assert codes(due_soon=True) == {c for c, f in live.items()
                                    if rules.is_due_soon(f.status, f.due_date, today, soon_by)}
    assert codes(due_by=by_date) == {c for c, f in live.items()
                                     if rules.is_due_soon(f.status, f.due_date, today, by_date)}
    marks = {r.code: r.timeliness for r in list_dossiers(ctx, DossierQuery(limit=1000))}
    assert marks == {c: (None if (t := rules.open_timeliness(f.status, f.due_date, today, f.payment_paused_on))
                         is None else str(t)) for c, f in live.items()}
    board = dashboard.dashboard_summary(ctx, today)
    assert board.overdue_count == sum(rules.is_overdue(f.status, f.due_date, today, f.payment_paused_on)
                                      for f in live.values())
    assert board.due_soon_count == sum(rules.is_due_soon(f.status, f.due_date, today, soon_by)
                                       for f in live.values())
    assert board.due_by == soon_by



@given(found=dossier_sets, today=st.sampled_from(TODAYS))
@SETTINGS
def test_list_filters_and_marks_equal_the_domain_rules(ctx: ServiceContext, clock, found: list[Case],  # noqa: ANN001
                                                       today: date) -> None:
    _check_lists(ctx, clock, found, today)


@pytest.mark.parametrize("today", [*TODAYS, date(2026, 12, 4)])  # … and a Friday, whose "due soon" reaches Monday
def test_list_filters_on_every_due_edge(ctx: ServiceContext, clock, today: date) -> None:  # noqa: ANN001
    with ctx.db.session() as session:
        soon_by = rules.due_soon_by(today, working_calendar(session))
    dues = (None, *(d + timedelta(days=k) for d in (today, soon_by, today + timedelta(days=3)) for k in (-1, 0, 1)))
    grid = [Case(rules.DossierFacts(received_at=datetime(2026, 11, 2, 2), channel="direct", status=int(status),
                                    due_date=due, payment_paused_on=pay), "partial")
            for status in Status for due in dues for pay in (None, due, due and due - timedelta(days=1))]
    _check_lists(ctx, clock, grid, today)
