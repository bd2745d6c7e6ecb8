"""The Biểu 06a rules of one dossier, the open-dossier warnings, and the period and equipment rules beside them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from form06_cases import END, HI, LO, START, cases, windows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import form06_rules as rules
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.deadlines import OpenTimeliness
from desktop.domain.equipment import is_old, is_old_in_service, needs_care
from desktop.domain.form06 import form06_row
from desktop.domain.lifecycle import Status
from desktop.domain.localtime import local_day_start, to_local, to_utc
from desktop.domain.periods import PeriodError, parse_month, parse_quarter, parse_year, period_of

W = rules.Window.of(START, END, date(2026, 12, 5))
US = timedelta(microseconds=1)


def facts(**kw: object) -> rules.DossierFacts:
    base: dict[str, object] = {"received_at": datetime(2026, 11, 5, 2), "channel": "direct", "status": 4,
                               "due_date": date(2026, 11, 20)}
    return rules.DossierFacts(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(("d", "keys"), [
    (facts(), ["received_direct_postal", "in_progress_overdue", "form_overdue"]),
    (facts(channel="online", online_full=True, boundary_free=True),
     ["received_online", "received_online_full", "received_boundary_free", "in_progress_overdue", "form_overdue"]),
    (facts(channel="postal", due_date=END),
     ["received_direct_postal", "received_postal", "in_progress_within", "form_within"]),
    (facts(received_at=LO - US), ["carried_over", "in_progress_overdue", "form_overdue"]),
    (facts(received_at=LO), ["received_direct_postal", "in_progress_overdue", "form_overdue"]),
    (facts(received_at=HI), []),  # received after the period
    (facts(received_at=LO - US, settled_at=LO - US, finished_at=LO - US, outcome="early"), []),  # settled before
    (facts(settled_at=HI - US, finished_at=HI - US, outcome="late"),
     ["received_direct_postal", "resolved_late", "form_late"]),
    (facts(settled_at=HI, finished_at=HI, outcome="late"),
     ["received_direct_postal", "in_progress_overdue", "form_overdue"]),
    (facts(settled_at=LO, closed_at=LO), ["received_direct_postal", "closed_without_result", "form_on_time"]),
    (facts(finished_at=LO, settled_at=LO, outcome=None),
     ["received_direct_postal", "resolved_unrated", "form_on_time"]),
    (facts(paused_at=HI - US, status=5), ["received_direct_postal", "in_progress_within", "form_on_time"]),
    (facts(paused_at=HI), ["received_direct_postal", "in_progress_overdue", "form_overdue"]),  # paused after the end
    # NULL due date, clock running: neither within nor overdue in the finer counts (as SQL); within on the form.
    (facts(due_date=None), ["received_direct_postal", "form_within"]),
    (facts(due_date=None, paused_at=LO), ["received_direct_postal", "in_progress_within", "form_on_time"]),
    (facts(status=int(Status.REGISTERED)), []),
    (facts(status=None), []), (facts(received_at=None), []), (facts(deleted=True), []),
    (facts(channel=None), ["received_direct_postal", "in_progress_overdue", "form_overdue"]),
    # Issue 13: refused at reception is never received; forwarded away is counted where it is resolved.
    (facts(status=int(Status.REFUSED), settled_at=LO, closed_at=LO), []),
    (facts(forwarded=True), []),
    # Awaiting taxes and fees (due 20/11): paused on or before the due day it stays within; paused after, overdue.
    (facts(status=6, payment_paused_on=date(2026, 11, 20)), ["received_direct_postal", "in_progress_within",
                                                            "form_within"]),
    (facts(status=6, payment_paused_on=date(2026, 11, 21)), ["received_direct_postal", "in_progress_overdue",
                                                            "form_overdue"]),
])
def test_columns_of_one_dossier(d: rules.DossierFacts, keys: list[str]) -> None:
    assert rules.form06_columns(d, W) == keys


def test_a_payment_pause_judges_an_open_dossier_on_the_day_its_clock_stopped() -> None:
    due, today = date(2026, 11, 20), date(2026, 12, 1)
    assert rules.open_timeliness(6, due, today, date(2026, 11, 19)) == OpenTimeliness.WITHIN
    assert rules.open_timeliness(6, due, today, date(2026, 11, 23)) == OpenTimeliness.OVERDUE
    assert rules.is_overdue(6, due, today) and not rules.is_overdue(6, due, today, due)


def test_judged_on_the_period_end_or_today() -> None:
    on_time = facts(due_date=date(2026, 11, 29))
    assert rules.form06_columns(on_time, rules.Window.of(START, END, date(2026, 11, 29))) == \
        ["received_direct_postal", "in_progress_within", "form_within"]  # due today: still in time
    assert rules.form06_columns(on_time, rules.Window.of(START, END, date(2026, 11, 30)))[-2:] == \
        ["in_progress_overdue", "form_overdue"]
    assert rules.Window.of(START, END, date(2027, 1, 1)).as_of == END


@given(st.lists(cases(nullable=True), max_size=20), windows())
@settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_each_dossier_counts_once_on_the_receipt_side(found: list, w: rules.Window) -> None:  # noqa: ANN001
    """A dossier in scope counts once on the receipt side, and at most once on the outcome side."""
    for case in found:
        keys = rules.form06_columns(case.facts, w)
        if keys:
            side = {"received_online", "received_direct_postal", "carried_over"} & set(keys)
            assert len(side) == 1
    row = form06_row("", "", rules.count_form06((c.facts for c in found), w))
    assert row.received_total == row.received_online + row.received_direct_postal + row.carried_over
    # Form II.06a's identities hold whatever the data: 3 = 4 + 5 + 6 = 7 + 11.
    c = row.form06a()
    assert c[0] == c[1] + c[2] + c[3] == c[4] + c[8] and c[4] == sum(c[5:8]) and c[8] == c[9] + c[10]


@pytest.mark.parametrize(("status", "due", "state"), [
    (Status.IN_PROGRESS, date(2026, 3, 5), OpenTimeliness.OVERDUE),
    (Status.IN_PROGRESS, date(2026, 3, 6), OpenTimeliness.WITHIN),  # due today: still in time
    (Status.AWAITING_PAYMENT, date(2026, 3, 5), OpenTimeliness.OVERDUE),
    (Status.AWAITING_SUPPLEMENT, date(2026, 3, 5), None),  # paused clock
    (Status.REGISTERED, date(2026, 3, 5), None), (Status.FINISHED, date(2026, 3, 5), None),
    (Status.RECEIVED, None, None),
])
def test_open_timeliness(status: Status, due: date | None, state: OpenTimeliness | None) -> None:
    assert rules.open_timeliness(status, due, date(2026, 3, 6)) == state
    assert rules.is_overdue(status, due, date(2026, 3, 6)) is (state == OpenTimeliness.OVERDUE)


@pytest.mark.parametrize(("due", "soon"), [(date(2026, 3, 5), False), (date(2026, 3, 6), True),
                                           (date(2026, 3, 9), True), (date(2026, 3, 10), False)])
def test_due_soon_on_a_friday_reaches_monday(due: date, soon: bool) -> None:
    friday = date(2026, 3, 6)
    by = rules.due_soon_by(friday, WorkingCalendar())
    assert by == date(2026, 3, 9)
    assert rules.is_due_soon(Status.IN_PROGRESS, due, friday, by) is soon
    assert not rules.is_due_soon(Status.AWAITING_SUPPLEMENT, due, friday, by)


def test_local_time_round_trips_at_midnight() -> None:
    assert local_day_start(date(2026, 11, 1)) == datetime(2026, 10, 31, 17)
    assert to_local(datetime(2026, 10, 31, 17)) == datetime(2026, 11, 1)
    assert to_utc(datetime(2026, 11, 1)) == datetime(2026, 10, 31, 17)


def test_periods_parse_one_way() -> None:
    assert parse_month("2026-11") == (date(2026, 11, 1), date(2026, 11, 30))
    assert parse_month(" 2028-02 ") == (date(2028, 2, 1), date(2028, 2, 29))
    assert parse_quarter("2026-q4").end == date(2026, 12, 31) and parse_year("2026").label == "năm 2026"
    for bad in ("2026-13", "1999-12", "3000-01", "2026-1", "26-11", "", "2026-11-01"):
        with pytest.raises(PeriodError) as err:
            parse_month(bad)
        assert err.value.code == "month.invalid" and isinstance(err.value, ValueError)
    for bad in ("2026-Q5", "1999-Q1"):
        with pytest.raises(PeriodError):
            parse_quarter(bad)
    with pytest.raises(PeriodError):
        parse_year("1999")
    assert period_of(date(2026, 10, 1), date(2026, 12, 31)).label == "quý IV năm 2026"
    assert period_of(date(2026, 1, 1), date(2026, 3, 31)).label == "quý I năm 2026"


def test_equipment_care_rule() -> None:
    today = date(2026, 11, 20)
    assert is_old(date(2021, 11, 19), today) and not is_old(date(2021, 11, 20), today) and not is_old(None, today)
    assert is_old(date(2019, 2, 27), date(2024, 2, 29))  # 29 February: five years back is the 28th
    assert not is_old_in_service(date(2010, 1, 1), "retired", today)
    assert needs_care(None, "broken", today) and needs_care(date(2010, 1, 1), "in_use", today)
    assert not needs_care(date(2010, 1, 1), "retired", today) and not needs_care(None, "in_use", today)
