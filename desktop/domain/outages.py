"""Network outages by village: how long each one lasted inside a period, and what a month's outages add up to."""

from __future__ import annotations

from datetime import datetime


def hours_within(start: datetime, end: datetime, period_start: datetime, period_end: datetime) -> float:
    """Hours of [start, end) that fall inside [period_start, period_end); 0 when they do not meet."""
    overlap = min(end, period_end) - max(start, period_start)
    return max(overlap.total_seconds(), 0.0) / 3600


def overlaps(start: datetime, end: datetime, period_start: datetime, period_end: datetime) -> bool:
    """Whether an outage touches the period (one that ends as the period opens does not)."""
    return start < period_end and end > period_start
