"""Appointment (due) dates of dossiers and whether they were, or are being, handled on time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import ValidationError

# Procedures settled "within the day" that arrive after this hour are due the next working day (DOMAIN.md §2,
# a practice rather than a legal text, hence a parameter).
DEFAULT_SAME_DAY_CUTOFF = time(15, 0)
# Provinces publish half-day times such as 2.5 days; the morning ends at noon (DOMAIN.md §2).
MORNING_ENDS = time(12, 0)
MAX_STATUTORY_DAYS = 365


@dataclass(frozen=True)
class OfficeHours:
    """When the desk is open. Defaults are common practice (DOMAIN.md gives no hours), hence settings."""

    opens: time = time(7, 30)
    closes: time = time(17, 0)


DEFAULT_OFFICE_HOURS = OfficeHours()


class Timeliness(StrEnum):
    """How a settled dossier ended relative to its appointment date (Biểu 06 columns)."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


class OpenTimeliness(StrEnum):
    """Where an open dossier stands today relative to its appointment date."""

    WITHIN = "within"
    OVERDUE = "overdue"


# (Vietnamese, English) as officers see them; the UI still passes them through its translator.
TIMELINESS_LABELS: dict[str, tuple[str, str]] = {
    Timeliness.EARLY: ("Trước hạn", "Early"),
    Timeliness.ON_TIME: ("Đúng hạn", "On time"),
    Timeliness.LATE: ("Quá hạn", "Late"),
    OpenTimeliness.WITHIN: ("Trong hạn", "Within time"),
    OpenTimeliness.OVERDUE: ("Quá hạn", "Overdue"),
}


def check_statutory_days(days: float) -> float:
    """The statutory time as stored: 0–365 working days in steps of half a day; raise otherwise."""
    if isinstance(days, bool) or not isinstance(days, int | float) or not math.isfinite(days) \
            or not 0 <= days <= MAX_STATUTORY_DAYS or (days * 2) != int(days * 2):
        raise ValidationError("statutory_days.invalid", field="statutory_days")
    return float(days)


# Fields whose procedures, unless the catalogue says otherwise, pause for taxes and fees (land, DOMAIN.md §2) and
# may be extended by up to 2 working days (certified copies of many pages or copies). Keys are folded names
# ("dat dai") and the shipped catalogue's codes.
_PAUSING_FIELDS = frozenset({"dd", "dat dai"})
_EXTENSIBLE_FIELDS = {"ct": 2, "chung thuc": 2}


def default_pause_for_payment(field_key: str) -> bool:
    """`field_key`: a field's code or folded name (lower case, no accents)."""
    return field_key.strip().lower() in _PAUSING_FIELDS


def default_extension_days(field_key: str) -> int:
    return _EXTENSIBLE_FIELDS.get(field_key.strip().lower(), 0)


def clock_start(received_at: datetime, channel: str, cal: WorkingCalendar,
                hours: OfficeHours = DEFAULT_OFFICE_HOURS) -> datetime:
    """When the statutory time of a dossier received at `received_at` (local wall time) starts.

    An online dossier filed outside office hours (evening, night, weekend, holiday) counts as received when the
    desk next opens (DOMAIN.md §2); one filed at the counter or by post was received by a person, then and there.
    """
    if channel != "online":
        return received_at
    day = received_at.date()
    if cal.is_working_day(day):
        if received_at.time() < hours.opens:
            return datetime.combine(day, hours.opens, received_at.tzinfo)
        if received_at.time() < hours.closes:
            return received_at
    return datetime.combine(cal.next_working_day(day), hours.opens, received_at.tzinfo)


def due_hour(statutory_days: float) -> time | None:
    """The hour of the appointment on its due date: noon when a half-day time ends with a morning, else None
    (the whole day, until the desk closes)."""
    return MORNING_ENDS if statutory_days > 0 and statutory_days != int(statutory_days) else None


def due_date(
    received_at: datetime,
    statutory_days: float,
    cal: WorkingCalendar,
    same_day_cutoff: time = DEFAULT_SAME_DAY_CUTOFF,
) -> date:
    """Return the appointment date for a dossier received at `received_at` with `statutory_days` working days.

    `received_at` is read as the desk's wall-clock time (for an online dossier, its `clock_start`): an aware value
    is used in its own zone, so convert it to local time first. The day of receipt is not counted. With 0 days
    ("in the day") the dossier is due the same day if that is a working day and it arrived before
    `same_day_cutoff`, otherwise the next working day. Half days count from the next working day's morning, so
    2.5 days end at noon of the third working day: the due date is that day and `due_hour` says noon.
    Call it again with the date a complete supplement arrived to restart the clock.
    """
    if statutory_days < 0:
        raise ValidationError("statutory_days.negative", field="statutory_days", statutory_days=statutory_days)
    day = received_at.date()
    if statutory_days > 0:
        return cal.add_working_days(day, math.ceil(statutory_days))
    if cal.is_working_day(day) and received_at.time() < same_day_cutoff:
        return day
    return cal.next_working_day(day)


def outcome(finished_on: date, due: date) -> Timeliness:
    """Classify a settled dossier: finished before, on, or after its appointment date."""
    if finished_on < due:
        return Timeliness.EARLY
    if finished_on == due:
        return Timeliness.ON_TIME
    return Timeliness.LATE


def after_payment_pause(due: date, requested_on: date, paid_on: date, cal: WorkingCalendar) -> tuple[date, int]:
    """The due date pushed by a pause for taxes and fees, and the working days paused.

    The day of the request was worked on; the days after it up to and including the day of payment are not
    counted (the clock starts again the next working day, as for any period counted in days).
    """
    paused = max(0, cal.working_days_between(requested_on, paid_on))
    return cal.add_working_days(due, paused) if paused else due, paused


def extended_due(due: date, days: int, already: int, allowance: int, cal: WorkingCalendar) -> date:
    """The due date after an extension of `days` working days; all extensions together stay within `allowance`."""
    if allowance <= 0:
        raise ValidationError("extension.not_allowed", field="days")
    if days < 1 or already + days > allowance:
        raise ValidationError("extension.too_long", field="days", allowance=allowance, already=already)
    return cal.add_working_days(due, days)


def check_apology(due: date | None, new_date: date, today: date, cal: WorkingCalendar | None = None) -> None:
    """An apology slip (form 04) is for a dossier that is or will be late: its new date is after the due date, not
    in the past, and (given the calendar) a working day, when the desk is open to hand the result over."""
    if due is None:
        raise ValidationError("apology.no_due_date", field="new_date")
    if new_date <= due:
        raise ValidationError("apology.not_late", field="new_date", due=due)
    if new_date < today:
        raise ValidationError("apology.past", field="new_date", today=today)
    if cal is not None and not cal.is_working_day(new_date):
        raise ValidationError("apology.day_off", field="new_date", day=new_date, next=cal.next_working_day(new_date))
