"""The clock every entry point runs on: the system's UTC time, or a fixed moment set in the environment for scripted
runs and tests. The GUI and the command line both start from it, so neither needs the other."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime

# A fixed "now" (ISO, UTC unless it carries an offset) for scripted runs and tests; unset in normal use.
ENV_FIXED_NOW = "COMMUNE_DESK_FIXED_NOW"


def system_clock() -> datetime:
    """Now, as naive UTC (how the store keeps every moment)."""
    return datetime.now(UTC).replace(tzinfo=None)


def clock() -> Callable[[], datetime]:
    """The system clock, or a clock stopped at COMMUNE_DESK_FIXED_NOW when that is set."""
    fixed = os.environ.get(ENV_FIXED_NOW)
    if not fixed:
        return system_clock
    moment = datetime.fromisoformat(fixed)
    moment = moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
    return lambda: moment
