"""The one-stop rules of issue 13 on real dates: office hours for online filings, half-day times, payment pauses,
extensions and apology slips (DOMAIN.md §2, §7)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.domain.calendar import WorkingCalendar, vietnam_calendar
from desktop.domain.deadlines import (
    OfficeHours,
    Timeliness,
    after_payment_pause,
    check_apology,
    check_statutory_days,
    clock_start,
    default_extension_days,
    default_pause_for_payment,
    due_date,
    due_hour,
    extended_due,
    outcome,
)
from desktop.domain.errors import ValidationError


@pytest.fixture(scope="module")
def vn() -> WorkingCalendar:
    return vietnam_calendar([2026])


def _due(received: datetime, days: float, channel: str, cal: WorkingCalendar) -> date:
    return due_date(clock_start(received, channel, cal), days, cal)


@pytest.mark.parametrize(("received", "starts"), [
    (datetime(2026, 11, 14, 10, 0), datetime(2026, 11, 16, 7, 30)),   # Saturday → Monday's opening
    (datetime(2026, 11, 20, 20, 0), datetime(2026, 11, 23, 7, 30)),   # Friday evening → Monday
    (datetime(2026, 11, 23, 6, 45), datetime(2026, 11, 23, 7, 30)),   # before opening → that morning
    (datetime(2026, 11, 23, 16, 59), datetime(2026, 11, 23, 16, 59)),  # in office hours: at once
    (datetime(2026, 11, 23, 17, 0), datetime(2026, 11, 25, 7, 30)),   # closing time; 24/11 is Culture Day
    (datetime(2026, 2, 16, 9, 0), datetime(2026, 2, 23, 7, 30)),      # Tết: 16–20 Feb off, then the weekend
    (datetime(2026, 9, 1, 19, 0), datetime(2026, 9, 3, 7, 30)),       # National Day 1–2 Sep
])
def test_online_filings_outside_office_hours_start_at_the_next_opening(vn: WorkingCalendar, received: datetime,
                                                                       starts: datetime) -> None:
    assert clock_start(received, "online", vn) == starts
    assert clock_start(received, "direct", vn) == received  # a person received it then and there
    assert clock_start(received, "postal", vn) == received


def test_office_hours_are_a_setting(vn: WorkingCalendar) -> None:
    late_desk = OfficeHours(time(8, 0), time(17, 30))
    assert clock_start(datetime(2026, 11, 23, 17, 10), "online", vn, late_desk) == datetime(2026, 11, 23, 17, 10)
    assert clock_start(datetime(2026, 11, 23, 7, 40), "online", vn, late_desk) == datetime(2026, 11, 23, 8, 0)


def test_the_issue_s_friday_evening_online_dossier_is_due_a_day_later(vn: WorkingCalendar) -> None:
    # 3 working days from Friday 20/11 20:00: at once it would be 23, 25, 26 (24/11 off) → 26/11; counted from
    # Monday's opening it is 25, 26, 27 → 27/11.
    assert due_date(datetime(2026, 11, 20, 20, 0), 3, vn) == date(2026, 11, 26)
    assert _due(datetime(2026, 11, 20, 20, 0), 3, "online", vn) == date(2026, 11, 27)
    assert _due(datetime(2026, 11, 20, 20, 0), 3, "direct", vn) == date(2026, 11, 26)


def test_in_the_day_online_keeps_the_15_00_rule_after_the_opening(vn: WorkingCalendar) -> None:
    assert _due(datetime(2026, 11, 21, 9, 0), 0, "online", vn) == date(2026, 11, 23)  # Saturday → Monday 07:30
    assert _due(datetime(2026, 11, 23, 15, 30), 0, "online", vn) == date(2026, 11, 25)  # after 15:00; 24/11 off
    assert _due(datetime(2026, 11, 23, 14, 59), 0, "online", vn) == date(2026, 11, 23)


def test_half_day_times_end_at_noon_of_the_last_day(vn: WorkingCalendar) -> None:
    monday = datetime(2026, 11, 2, 9, 0)
    assert due_date(monday, 2.5, vn) == date(2026, 11, 5) and due_hour(2.5) == time(12, 0)
    assert due_date(monday, 0.5, vn) == date(2026, 11, 3) and due_hour(0.5) == time(12, 0)
    assert due_date(monday, 3, vn) == date(2026, 11, 5) and due_hour(3) is None and due_hour(0) is None
    # Across Tết 2026: Thu 12 Feb → Fri 13 (1), Mon 23 (2), Tue 24 (3, noon).
    assert due_date(datetime(2026, 2, 12, 9, 0), 2.5, vn) == date(2026, 2, 24)


@pytest.mark.parametrize("days", [0, 0.5, 2.5, 3, 365])
def test_statutory_days_in_halves_are_accepted(days: float) -> None:
    assert check_statutory_days(days) == days


@pytest.mark.parametrize("days", [-1, -0.5, 2.3, 2.25, 365.5, float("nan"), float("inf"), True])
def test_other_statutory_days_are_refused(days: float) -> None:
    with pytest.raises(ValidationError) as caught:
        check_statutory_days(days)
    assert caught.value.field == "statutory_days"


def test_the_issue_s_land_dossier_paused_for_payment_is_not_late(vn: WorkingCalendar) -> None:
    due = due_date(datetime(2026, 10, 1, 9, 0), 10, vn)
    assert due == date(2026, 10, 15)  # the issue: without the pause, finished 29/10 it would count late
    pushed, paused = after_payment_pause(due, date(2026, 10, 8), date(2026, 10, 28), vn)
    # 9/10, 12–16, 19–23 and 26–28/10 were waited: 14 working days, counted on from 15/10.
    assert (pushed, paused) == (date(2026, 11, 4), 14)
    assert outcome(date(2026, 10, 29), pushed) == Timeliness.EARLY
    assert outcome(date(2026, 10, 29), due) == Timeliness.LATE


def test_a_payment_pause_over_national_day_counts_only_working_days(vn: WorkingCalendar) -> None:
    # Requested Fri 28/8, paid Fri 4/9: 31/8 (swapped), 1/9 and 2/9 are off, so only 3/9 and 4/9 are added.
    assert after_payment_pause(date(2026, 9, 7), date(2026, 8, 28), date(2026, 9, 4), vn) == (date(2026, 9, 9), 2)
    assert after_payment_pause(date(2026, 9, 7), date(2026, 9, 4), date(2026, 9, 4), vn) == (date(2026, 9, 7), 0)


def test_extensions_stay_within_the_procedure_s_allowance(vn: WorkingCalendar) -> None:
    # A certified copy due Fri 20/11: two more working days skip the weekend and Culture Day 24/11.
    assert extended_due(date(2026, 11, 20), 2, 0, 2, vn) == date(2026, 11, 25)
    assert extended_due(date(2026, 11, 23), 1, 1, 2, vn) == date(2026, 11, 25)
    for days, already in ((3, 0), (2, 1), (0, 0)):
        with pytest.raises(ValidationError) as caught:
            extended_due(date(2026, 11, 20), days, already, 2, vn)
        assert caught.value.code == "extension.too_long" and caught.value.field == "days"
    with pytest.raises(ValidationError) as caught:
        extended_due(date(2026, 11, 20), 1, 0, 0, vn)
    assert caught.value.code == "extension.not_allowed"


def test_an_apology_sets_a_later_date_not_in_the_past() -> None:
    check_apology(date(2026, 11, 5), date(2026, 11, 27), date(2026, 11, 20))
    for due, new, code in ((date(2026, 11, 5), date(2026, 11, 5), "apology.not_late"),
                           (date(2026, 11, 5), date(2026, 11, 19), "apology.past"),
                           (None, date(2026, 11, 27), "apology.no_due_date")):
        with pytest.raises(ValidationError) as caught:
            check_apology(due, new, date(2026, 11, 20))
        assert caught.value.code == code and caught.value.field == "new_date"


def test_field_defaults_for_new_procedures() -> None:
    assert default_pause_for_payment("DD") and default_pause_for_payment("dat dai")
    assert not default_pause_for_payment("HT") and not default_pause_for_payment("chung thuc")
    assert default_extension_days("CT") == default_extension_days("chung thuc") == 2
    assert default_extension_days("DD") == 0


def test_tet_2027_moves_every_rule_past_the_holiday() -> None:
    # Tết 2027 (6/2): Thursday 4/2 to Wednesday 10/2 are off; the desk opens again on Thursday 11/2.
    vn = vietnam_calendar([2027])
    # Filed online on Lunar New Year's Eve at 20:00: counted from 11/2 07:30, so a 3-day time runs 12, 15, 16/2.
    assert _due(datetime(2027, 2, 5, 20, 0), 3, "online", vn) == date(2027, 2, 16)
    # Received at the counter on 3/2 at 15:30, an in-the-day procedure is due the next working day: 11/2.
    assert due_date(datetime(2027, 2, 3, 15, 30), 0, vn) == date(2027, 2, 11)
    # 2.5 days from 3/2: 11/2, 12/2 and the morning of Monday 15/2.
    assert (due_date(datetime(2027, 2, 3, 9, 0), 2.5, vn), due_hour(2.5)) == (date(2027, 2, 15), time(12, 0))
    # Land taxes asked on 3/2, paid on 12/2: only 11/2 and 12/2 were waited, so a due date of 15/2 becomes 17/2.
    assert after_payment_pause(date(2027, 2, 15), date(2027, 2, 3), date(2027, 2, 12), vn) == (date(2027, 2, 17), 2)
    # A certified copy due 3/2 extended by its two days: 11/2 and 12/2.
    assert extended_due(date(2027, 2, 3), 2, 0, 2, vn) == date(2027, 2, 12)
    # Late since 3/2, apologised for on its last working day with a date after the holiday: accepted.
    check_apology(date(2027, 2, 3), date(2027, 2, 11), date(2027, 2, 3), vn)
    # A new appointment inside Tết or on the weekend after it would send the citizen to a closed desk.
    for closed, reopens in ((date(2027, 2, 9), date(2027, 2, 11)), (date(2027, 2, 13), date(2027, 2, 15))):
        with pytest.raises(ValidationError) as caught:
            check_apology(date(2027, 2, 3), closed, date(2027, 2, 3), vn)
        assert (caught.value.code, caught.value.field) == ("apology.day_off", "new_date")
        assert f"{reopens:%d/%m/%Y}" in caught.value.message("vi") and "day off" in caught.value.message("en")
