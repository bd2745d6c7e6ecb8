"""Option helpers the workbook verbs share: plain dates as argparse types, and service errors reported against the
command-line option the officer typed rather than the field name inside the program."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from desktop.cli.common import BadArgument, UsageError
from desktop.domain.errors import DomainError


def iso_date(value: str) -> date:
    """An argparse type: YYYY-MM-DD, refused with a bilingual message (argparse adds the option's name)."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadArgument("usage.not_date_in_form", value=value) from None


def yes_no(value: str) -> bool:
    answers = {"yes": True, "co": True, "có": True, "no": False, "khong": False, "không": False}
    if value.strip().lower() not in answers:
        raise BadArgument("usage.choose_yes_or_no", value=value)
    return answers[value.strip().lower()]


@contextmanager
def reported_as_options(**options: str) -> Iterator[None]:
    """Turn a service error about a field into a usage error naming its option (`field=option`; by default the
    field with dashes: done_on → --done-on), so the officer sees which of the typed options to fix."""
    try:
        yield
    except DomainError as exc:
        if not exc.field:
            raise
        option = options.get(exc.field, "--" + exc.field.replace("_", "-"))
        raise UsageError("usage.option", option=option, problem=exc) from None  # each language once
