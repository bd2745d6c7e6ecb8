"""The workbook's rules on real dates: task states as of a day, outage hours in a period, villages without a team,
recommendations waiting too long."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain import outages, recommendations, tasks, villages


def test_three_tasks_seen_on_4_december() -> None:
    seen = date(2026, 12, 4)
    states = [tasks.task_state(date(2026, 9, 30), date(2026, 9, 25), seen),
              tasks.task_state(date(2026, 10, 31), None, seen),
              tasks.task_state(date(2026, 12, 31), None, seen)]
    assert states == ["done_on_time", "overdue", "in_progress"]
    assert tasks.summarize(states) == {"done_on_time": 1, "done_late": 0, "in_progress": 1, "overdue": 1}


@pytest.mark.parametrize(("deadline", "done_on", "as_of", "state"), [
    (date(2026, 10, 31), date(2026, 10, 31), date(2026, 12, 4), "done_on_time"),  # done on the deadline day
    (date(2026, 10, 31), date(2026, 11, 1), date(2026, 12, 4), "done_late"),
    (date(2026, 10, 31), None, date(2026, 10, 31), "in_progress"),  # the deadline day is still in time
    (date(2026, 10, 31), None, date(2026, 11, 1), "overdue"),
    # Done on 15/11 but seen on 10/11: that day it was still open, and already past its deadline.
    (date(2026, 10, 31), date(2026, 11, 15), date(2026, 11, 10), "overdue"),
    (date(2026, 12, 31), date(2026, 12, 20), date(2026, 12, 4), "in_progress"),
])
def test_task_state_edges(deadline: date, done_on: date | None, as_of: date, state: str) -> None:
    assert tasks.task_state(deadline, done_on, as_of) == state


def test_summary_has_every_state() -> None:
    assert tasks.summarize([]) == dict.fromkeys(tasks.STATES, 0)


def test_outage_of_57_hours_and_clipping_to_the_period() -> None:
    start, end = datetime(2026, 11, 3, 8), datetime(2026, 11, 5, 17)
    november = (datetime(2026, 11, 1), datetime(2026, 12, 1))
    assert outages.hours_within(start, end, *november) == 57
    # An outage from 30/11 20:00 to 1/12 04:00 counts 4 hours in November and 4 in December.
    late = (datetime(2026, 11, 30, 20), datetime(2026, 12, 1, 4))
    assert outages.hours_within(*late, *november) == 4
    assert outages.hours_within(*late, datetime(2026, 12, 1), datetime(2027, 1, 1)) == 4
    assert outages.hours_within(start, end, datetime(2026, 12, 1), datetime(2027, 1, 1)) == 0
    assert outages.overlaps(*late, *november) and not outages.overlaps(start, end, datetime(2026, 11, 5, 17),
                                                                       datetime(2026, 11, 6))


def test_coverage_and_teams() -> None:
    assert villages.poor_coverage("none", True) and villages.poor_coverage("good", False)
    assert not villages.poor_coverage("good", True)
    names = [f"Thôn {i}" for i in range(1, 13)]
    served = [n for n in names if n not in ("Thôn 3", "Thôn 9")]
    assert villages.without_team(names, served) == ["Thôn 3", "Thôn 9"]


def test_recommendation_waits_more_than_30_days() -> None:
    sent = date(2026, 10, 20)
    assert not recommendations.unanswered_too_long(sent, None, date(2026, 11, 19))  # 30 days: not yet
    assert recommendations.unanswered_too_long(sent, None, date(2026, 11, 20))  # 31 days
    assert not recommendations.unanswered_too_long(sent, date(2026, 11, 25), date(2026, 12, 4))
    # Answered later than the day asked about: that day it was still waiting.
    assert recommendations.unanswered_too_long(sent, date(2026, 11, 25), date(2026, 11, 22))
    assert recommendations.days_waiting(sent, date(2026, 11, 25), date(2026, 12, 4)) == 36
    assert recommendations.days_waiting(sent, None, date(2026, 11, 20)) == 31
