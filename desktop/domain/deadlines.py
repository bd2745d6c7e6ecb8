"""Appointment (due) dates of dossiers and whether they were, or are being, handled on time."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import ValidationError

# Procedures settled "within the day" that arrive after this hour are due the next working day (DOMAIN.md §2,
# a practice rather than a legal text, hence a parameter).
DEFAULT_SAME_DAY_CUTOFF = time(15, 0)


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


def due_date(
    received_at: datetime,
    statutory_days: int,
    cal: WorkingCalendar,
    same_day_cutoff: time = DEFAULT_SAME_DAY_CUTOFF,
) -> date:
    """Return the appointment date for a dossier received at `received_at` with `statutory_days` working days.

    `received_at` is read as the desk's wall-clock time: an aware value is used in its own zone, so convert it to
    local time first. The day of receipt is not counted. With 0 days ("in the day") the dossier is due the same
    day if that is a working day and it arrived before `same_day_cutoff`, otherwise the next working day.
    Call it again with the date a complete supplement arrived to restart the clock.
    """
    if statutory_days < 0:
        raise ValidationError("statutory_days.negative", field="statutory_days", statutory_days=statutory_days)
    day = received_at.date()
    if statutory_days > 0:
        return cal.add_working_days(day, statutory_days)
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
