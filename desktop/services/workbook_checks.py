"""Checks the workbook's services share: cleaned NFC text, plain dates, whole counts and fixed choices, each failing
with an error that names its field."""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase, Term
from desktop.domain.text import fold, nfc
from desktop.services.errors import required

# Whole numbers a commune could ever count (households, people helped): bigger is a typing slip.
MAX_COUNT = 1_000_000


def clean(value: object, field: str, limit: int) -> str:
    """Optional text, trimmed and NFC; refused when longer than the column holds."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}.invalid#clean", field=field)
    text = nfc(value.strip())
    if len(text) > limit:
        raise ValidationError(f"{field}.too_long", field=field, limit=limit)
    return text


def must(value: str | None, field: str, label: Phrase, limit: int) -> str:
    """Required text: trimmed, NFC, not empty, not too long."""
    return clean(required(value, field, label), field, limit)


def day(value: object, field: str, *, optional: bool = False) -> date | None:
    """A plain date (a datetime or a string is a caller's mistake the officer must hear about)."""
    if value is None and optional:
        return None
    if type(value) is not date:
        raise ValidationError(f"{field}.invalid#check", field=field)
    return value


def not_after(value: date | None, limit: date, field: str) -> None:
    if value is not None and value > limit:
        raise ValidationError(f"{field}.future#not_after", field=field)


def count(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(f"{field}.invalid#count", field=field,
                              limit=Term(f"{MAX_COUNT:,}".replace(",", "."), f"{MAX_COUNT:,}"))
    return value


def choice(value: object, options: dict[str, tuple[str, str]], field: str, label: Phrase) -> str:
    if value not in options:
        keys = ", ".join(options)
        raise ValidationError(f"{field}.invalid#choice2", field=field, label=label, keys=keys)
    return str(value)


_PHONE = re.compile(r"^\+?[0-9]{9,12}$")  # ASCII digits only (\d would take other scripts' digits too)


def phone(value: object, field: str = "phone") -> str:
    """A phone number kept as digits (spaces, dots and dashes typed between them dropped); empty is allowed."""
    digits = re.sub(r"[\s.\-]", "", clean(value, field, 20))
    if digits and not _PHONE.match(digits):
        raise ValidationError(f"{field}.invalid#phone", field=field)
    return digits


def natural_key(name: str) -> tuple[str, ...]:
    """Sort key that puts “Thôn 2” before “Thôn 10” and ignores accents and case."""
    return tuple(part.zfill(8) if part.isdigit() else part for part in re.split(r"(\d+)", fold(name)))
