"""Which devices need someone's care: broken, degraded or in repair, or in service for more than five years."""

from __future__ import annotations

from datetime import date

OLD_AFTER_YEARS = 5
# Statuses that need a repair or a replacement, worst first (the dashboard lists them in this order).
NEEDS_CARE = ("broken", "in_repair", "degraded")
RETIRED = "retired"


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def is_old(acquired_on: date | None, today: date) -> bool:
    """More than five years since it was acquired (whatever its status; an unknown date is never old)."""
    return acquired_on is not None and acquired_on < years_before(today, OLD_AFTER_YEARS)


def is_old_in_service(acquired_on: date | None, status: str, today: date) -> bool:
    """Old and not yet retired: what the papers count as "used for more than five years"."""
    return status != RETIRED and is_old(acquired_on, today)


def needs_care(acquired_on: date | None, status: str, today: date) -> bool:
    """Broken, degraded, in repair, or old and not retired: listed among the devices to repair or replace."""
    return status in NEEDS_CARE or is_old_in_service(acquired_on, status, today)
