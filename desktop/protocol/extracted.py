"""Values read back out of stored sync JSON (a column extracted in SQL, or a payload field), leniently: the wire
format is the protocol's, so reading it is too. A value a broken client pushed reads as None (or 0 / False), never a
crash, so one bad row cannot stop a province report."""

from __future__ import annotations

from datetime import UTC, date, datetime


def as_text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def as_float(value: object) -> float:
    if isinstance(value, bool):
        return 0.0
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return number if number == number and abs(number) != float("inf") else 0.0


def as_bool(value: object) -> bool:
    # SQLite's JSON_EXTRACT gives 1/0 for true/false, PostgreSQL's ->> the text 'true'/'false'.
    return value is True or value == 1 or value in ("true", "1")


def as_instant(value: object) -> datetime | None:
    """An ISO timestamp as naive UTC (the desktops store naive UTC); None when missing or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


def as_day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
