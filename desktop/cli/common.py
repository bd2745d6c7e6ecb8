"""What every command-line verb shares: the clock, opening the store, parsing times, printing results."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from desktop.config.clock import clock
from desktop.config.paths import resolve_data_paths
from desktop.domain.errors import ValidationError
from desktop.domain.periods import parse_month
from desktop.services.context import ServiceContext, to_local
from desktop.store.database import Database


class UsageError(Exception):
    """Bad command-line input: printed plainly, exit code 2, nothing written."""


def local_today() -> date:
    return to_local(clock()()).date()


def parse_local_datetime(value: str | None, option: str) -> datetime | None:
    """ISO date-time in local wall time (an explicit offset is honoured); a bare date means 08:00 that day."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: “{value}” không phải thời điểm ISO (vd. 2026-11-20T09:30) / "
                         f"is not an ISO date-time (e.g. 2026-11-20T09:30)") from None
    if len(value.strip()) == 10:
        moment = moment.replace(hour=8)
    return moment


@contextmanager
def open_context(args, actor: str = "cli") -> Iterator[ServiceContext]:  # noqa: ANN001 - argparse namespace
    db = Database.open(resolve_data_paths(args.data_dir))
    try:
        yield ServiceContext(db, actor=actor, role="admin", clock=clock())
    finally:
        db.close()


def emit(args, data: object, lines: list[str]) -> None:  # noqa: ANN001
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)


def field_error(err: ValidationError) -> str:
    where = f" [{err.field}]" if err.field else ""
    return f"Lỗi{where}: {err.message_vi}\nError{where}: {err.message_en}"


def month_arg(value: str) -> tuple[date, date]:
    try:
        return parse_month(value)
    except ValueError as exc:
        raise UsageError(f"--month: {exc}") from None
