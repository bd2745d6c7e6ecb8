"""Dossier list queries: the due-soon filter follows the working calendar, open-only, and the table's page read."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.services import calendar, catalogue, dossiers
from desktop.services.context import ServiceContext
from desktop.services.dossier_queries import (
    DossierQuery,
    count_dossiers,
    due_soon_by,
    list_dossiers,
    period_bounds,
    read_page,
)
from desktop.services.dossiers import DossierInput


def _register(ctx: ServiceContext, name: str, procedure: str, received: datetime) -> str:
    return dossiers.register_dossier(ctx, DossierInput(procedure, name, "direct", received_at=received)).code


@pytest.fixture
def due_dates(ctx: ServiceContext) -> ServiceContext:
    """Dossiers due on several days around Friday 20/11/2026 (the fixed today); Tue 24/11 is a public holiday."""
    catalogue.add_procedure(ctx, "T.1", "Thủ tục một ngày", "Hộ tịch", 1)
    catalogue.add_procedure(ctx, "T.2", "Thủ tục hai ngày", "Hộ tịch", 2)
    _register(ctx, "Quá Hạn", "1.001193", datetime(2026, 11, 18, 9, 0))  # due Wed 18/11: overdue
    _register(ctx, "Hôm Nay", "1.001193", datetime(2026, 11, 20, 9, 0))  # due today
    _register(ctx, "Thứ Hai", "T.1", datetime(2026, 11, 20, 9, 5))  # due Mon 23/11, the next working day
    _register(ctx, "Thứ Tư", "T.2", datetime(2026, 11, 20, 9, 10))  # Mon 23, (Tue 24 off), due Wed 25/11
    paused = _register(ctx, "Chờ Bổ Sung", "T.1", datetime(2026, 11, 20, 9, 15))  # due Monday, clock stopped
    dossiers.change_status(ctx, paused, "request-supplement", at=datetime(2026, 11, 20, 9, 30))
    done = _register(ctx, "Đã Xong", "T.1", datetime(2026, 11, 20, 9, 20))
    dossiers.change_status(ctx, done, "finish", at=datetime(2026, 11, 20, 9, 40))
    return ctx


def _names(ctx: ServiceContext, q: DossierQuery) -> list[str]:
    return sorted(d.applicant_name for d in list_dossiers(ctx, q))


def test_due_soon_means_today_or_the_next_working_day(due_dates: ServiceContext) -> None:
    assert due_soon_by(due_dates) == date(2026, 11, 23)
    assert _names(due_dates, DossierQuery(due_soon=True)) == ["Hôm Nay", "Thứ Hai"]
    assert count_dossiers(due_dates, DossierQuery(due_soon=True)) == 2
    assert _names(due_dates, DossierQuery(overdue=True)) == ["Quá Hạn"]


def test_a_declared_day_off_pushes_the_due_soon_horizon(due_dates: ServiceContext) -> None:
    calendar.add_override(due_dates, date(2026, 11, 23), calendar.DAY_OFF, "Nghỉ bù")
    # Mon 23 off, Tue 24 a holiday: the next working day is Wed 25/11, so that dossier is due soon too.
    assert due_soon_by(due_dates) == date(2026, 11, 25)
    assert _names(due_dates, DossierQuery(due_soon=True)) == ["Hôm Nay", "Thứ Hai", "Thứ Tư"]


def test_open_only_combines_with_a_status(due_dates: ServiceContext) -> None:
    assert "Đã Xong" not in _names(due_dates, DossierQuery(open_only=True))
    assert len(_names(due_dates, DossierQuery(open_only=True))) == 5
    assert _names(due_dates, DossierQuery(open_only=True, statuses=(5,))) == ["Chờ Bổ Sung"]
    assert _names(due_dates, DossierQuery(open_only=True, statuses=(9,))) == []


def test_read_page_gives_rows_and_horizon(due_dates: ServiceContext) -> None:
    first = read_page(due_dates, DossierQuery(limit=4))
    assert len(first.rows) == 4 and first.due_soon_by == date(2026, 11, 23)
    rest = read_page(due_dates, DossierQuery(limit=4, offset=4))
    assert len(rest.rows) == 2
    assert {d.code for d in first.rows}.isdisjoint(d.code for d in rest.rows)
    soon = read_page(due_dates, DossierQuery(due_soon=True, search="hom nay"))
    assert [d.applicant_name for d in soon.rows] == ["Hôm Nay"]


def test_counts_agree_with_the_lists_for_every_filter(due_dates: ServiceContext) -> None:
    counts = []
    for q in (DossierQuery(), DossierQuery(field_code="HT"), DossierQuery(field_code="XD"),
              DossierQuery(channel="direct"), DossierQuery(search="thu", open_only=True), DossierQuery(statuses=(5,))):
        counts.append(count_dossiers(due_dates, q))
        assert counts[-1] == len(list_dossiers(due_dates, q)), q
    assert counts == [6, 6, 0, 6, 3, 1]


@pytest.mark.parametrize("at_most", [1, 2, 3, 5, 6, 50])
def test_a_count_stops_one_past_its_cap(due_dates: ServiceContext, at_most: int) -> None:
    """The list's quick count: exact up to the cap, cap + 1 ("more than") beyond, for searches (walking the FTS
    index) and plain filters alike."""
    for q in (DossierQuery(), DossierQuery(field_code="HT"), DossierQuery(field_code="XD"),
              DossierQuery(search="thu"), DossierQuery(search="thu", open_only=True), DossierQuery(search="hom nay"),
              DossierQuery(search="th", field_code="HT"), DossierQuery(search="thu", channel="online")):
        full = count_dossiers(due_dates, q)
        assert count_dossiers(due_dates, q, at_most=at_most) == min(full, at_most + 1), q

def test_period_bounds() -> None:
    today = date(2026, 1, 15)
    assert period_bounds("this_month", today) == (date(2026, 1, 1), today)
    assert period_bounds("last_month", today) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_bounds("this_year", today) == (date(2026, 1, 1), today)
    assert period_bounds("all", today) == (None, None)
    assert period_bounds("custom", today, date(2025, 5, 1), date(2025, 5, 9)) == (date(2025, 5, 1), date(2025, 5, 9))
