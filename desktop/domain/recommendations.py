"""Recommendations (kiến nghị) the commune sends up to the province or a ministry, and when one is overdue for an
answer."""

from __future__ import annotations

from datetime import date

# The dashboard flags a recommendation still without an answer this many days after it was sent.
ANSWER_WITHIN_DAYS = 30


def unanswered_too_long(sent_on: date, answered_on: date | None, as_of: date) -> bool:
    """True when no answer had come by `as_of` and more than 30 days have passed since the sending day."""
    if answered_on is not None and answered_on <= as_of:
        return False
    return (as_of - sent_on).days > ANSWER_WITHIN_DAYS


def days_waiting(sent_on: date, answered_on: date | None, as_of: date) -> int:
    """Days from sending to the answer, or to `as_of` while none has come."""
    end = answered_on if answered_on is not None and answered_on <= as_of else as_of
    return max((end - sent_on).days, 0)
