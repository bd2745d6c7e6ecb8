"""Where a plan task stands on a given day: done on time, done late, in progress or overdue (Resolution 57,
Plan 02-KH/BCĐTW and the province's own plans)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE = "done_on_time", "done_late", "in_progress", "overdue"
STATES = (DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE)
STATE_LABELS = {DONE_ON_TIME: ("Hoàn thành đúng hạn", "Done on time"), DONE_LATE: ("Hoàn thành trễ hạn", "Done late"),
                IN_PROGRESS: ("Đang thực hiện", "In progress"), OVERDUE: ("Quá hạn", "Overdue")}


def task_state(deadline: date, done_on: date | None, as_of: date) -> str:
    """The task's state as the officer would have reported it on `as_of`.

    A task finished after `as_of` was still open that day, so a report for an earlier date never counts later work.
    The deadline day itself is still in time: a task is overdue only from the day after its deadline.
    """
    if done_on is not None and done_on <= as_of:
        return DONE_ON_TIME if done_on <= deadline else DONE_LATE
    return OVERDUE if as_of > deadline else IN_PROGRESS


def summarize(states: Iterable[str]) -> dict[str, int]:
    """How many tasks are in each state, every state present (zero when none)."""
    counts = dict.fromkeys(STATES, 0)
    for state in states:
        counts[state] += 1
    return counts
