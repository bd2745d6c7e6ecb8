"""The desks' local time: timestamps are stored as naive UTC and shown, counted and bounded in Asia/Ho_Chi_Minh."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

# Vietnam has kept UTC+7 without daylight saving since 1975, but the zone database stays the authority.
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def to_local(utc_naive: datetime) -> datetime:
    """A stored (naive UTC) instant as the desk's wall-clock time, naive."""
    return utc_naive.replace(tzinfo=UTC).astimezone(LOCAL_TZ).replace(tzinfo=None)


def to_utc(local_naive: datetime) -> datetime:
    """A wall-clock time at the desk as the naive UTC instant the store keeps; an aware value keeps its own zone."""
    if local_naive.tzinfo is not None:
        return local_naive.astimezone(UTC).replace(tzinfo=None)
    return local_naive.replace(tzinfo=LOCAL_TZ).astimezone(UTC).replace(tzinfo=None)


def local_day_start(day: date) -> datetime:
    """The naive UTC instant at which the local date `day` begins (its local midnight)."""
    return to_utc(datetime.combine(day, time.min))
