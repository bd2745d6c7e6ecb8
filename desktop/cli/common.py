"""What every command-line verb shares: the clock, opening the store, parsing times, printing results."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from desktop.config.clock import clock
from desktop.config.paths import resolve_data_paths
from desktop.domain.errors import DomainError, Explained
from desktop.domain.periods import parse_month
from desktop.services.context import ServiceContext, to_local
from desktop.store.database import Database

# Which language an error is printed in first ("en" or "vi"); both are always printed.
ENV_LANG = "COMMUNE_DESK_LANG"


class BadArgument(Explained, argparse.ArgumentTypeError):
    """A value argparse refuses while parsing; argparse prints str() — both languages — after the option's name."""


class UsageError(Explained):
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
        raise UsageError("usage.not_iso_date_time", option=option, value=value) from None
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


def cli_languages() -> tuple[str, str]:
    """Both languages, the one COMMUNE_DESK_LANG names first (Vietnamese unless it says English)."""
    return ("en", "vi") if os.environ.get(ENV_LANG, "").strip().lower().startswith("en") else ("vi", "en")


def explain(exc: Explained, vi: str = "Lỗi", en: str = "Error", where: str = "") -> str:
    """The error's sentence in both languages, one line each, each after its label (none when the label is '')."""
    labels = {"vi": vi, "en": en}
    return "\n".join(f"{labels[lang]}{where}: {exc.message(lang)}" if labels[lang] else exc.message(lang)
                     for lang in cli_languages())


def field_error(err: DomainError) -> str:
    return explain(err, where=f" [{err.field}]" if err.field else "")


def month_arg(value: str) -> tuple[date, date]:
    try:
        return parse_month(value)
    except ValueError as exc:
        raise UsageError("usage.option", option="--month", problem=exc) from None


def out_path(value: str, suffix: str = ".pdf", option: str = "--out") -> Path:
    """The target file: a .pdf (or .xlsx) in a folder that exists (checked before any work is done)."""
    path = Path(value).expanduser()
    if path.suffix.lower() != suffix:
        raise UsageError("usage.must_be_file", option=option, value=value, suffix=suffix)
    if path.is_dir():
        raise UsageError("usage.folder", option=option, value=value)
    if not path.parent.is_dir():
        raise UsageError("usage.folder_does_not_exist", option=option, parent=path.parent)
    return path
