"""Checks the workbook's services share: cleaned NFC text, plain dates, whole counts and fixed choices, each failing
with an error that names its field."""

from __future__ import annotations

import re
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.text import fold, nfc
from desktop.services.errors import required

# Whole numbers a commune could ever count (households, people helped): bigger is a typing slip.
MAX_COUNT = 1_000_000


def clean(value: object, field: str, limit: int) -> str:
    """Optional text, trimmed and NFC; refused when longer than the column holds."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}.invalid", field, "Giá trị không hợp lệ.", "Invalid value.")
    text = nfc(value.strip())
    if len(text) > limit:
        raise ValidationError(f"{field}.too_long", field, f"Tối đa {limit} ký tự.", f"At most {limit} characters.")
    return text


def must(value: str | None, field: str, label_vi: str, label_en: str, limit: int) -> str:
    """Required text: trimmed, NFC, not empty, not too long."""
    return clean(required(value, field, label_vi, label_en), field, limit)


def day(value: object, field: str, *, optional: bool = False) -> date | None:
    """A plain date (a datetime or a string is a caller's mistake the officer must hear about)."""
    if value is None and optional:
        return None
    if type(value) is not date:
        raise ValidationError(f"{field}.invalid", field, "Ngày không hợp lệ.", "Invalid date.")
    return value


def not_after(value: date | None, limit: date, field: str) -> None:
    if value is not None and value > limit:
        raise ValidationError(f"{field}.future", field, "Ngày không được ở tương lai.",
                              "The date cannot be in the future.")


def count(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(f"{field}.invalid", field, f"Phải là số nguyên từ 0 đến {MAX_COUNT:,}.".replace(",", "."),
                              f"Must be a whole number from 0 to {MAX_COUNT:,}.")
    return value


def choice(value: object, options: dict[str, tuple[str, str]], field: str, label_vi: str, label_en: str) -> str:
    if value not in options:
        keys = ", ".join(options)
        raise ValidationError(f"{field}.invalid", field, f"{label_vi} không hợp lệ (chọn một trong: {keys}).",
                              f"Unknown {label_en} (choose one of: {keys}).")
    return str(value)


_PHONE = re.compile(r"^\+?[0-9]{9,12}$")  # ASCII digits only (\d would take other scripts' digits too)


def phone(value: object, field: str = "phone") -> str:
    """A phone number kept as digits (spaces, dots and dashes typed between them dropped); empty is allowed."""
    digits = re.sub(r"[\s.\-]", "", clean(value, field, 20))
    if digits and not _PHONE.match(digits):
        raise ValidationError(f"{field}.invalid", field, "Số điện thoại phải gồm 9–12 chữ số.",
                              "The phone number must have 9 to 12 digits.")
    return digits


def natural_key(name: str) -> tuple[str, ...]:
    """Sort key that puts “Thôn 2” before “Thôn 10” and ignores accents and case."""
    return tuple(part.zfill(8) if part.isdigit() else part for part in re.split(r"(\d+)", fold(name)))
