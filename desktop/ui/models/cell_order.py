"""The order a table cell sorts in when its column header is clicked, read from the text the cell shows.

A list shows dates as dd/mm/yyyy, numbers with Vietnamese or English grouping, and names: sorting that text by code
point puts 02/01/2026 before 31/12/2025 and "Đặng" after "Yên". Here a date sorts as a date, a number as a number and
words in the Vietnamese dictionary order of `desktop.domain.text.vi_sort_key`. Empty cells go last either way up.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.domain.text import vi_sort_key

_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_NUMBER = re.compile(r"^-?[\d.,\s]+")

# The first item of each key: rows of different kinds in one column still compare without an error.
_DATE_KIND, _NUMBER_KIND, _TEXT_KIND = 0, 1, 2


def _number(text: str) -> float | None:
    """A number written 1.234,5 (Vietnamese), 1,234.5 (English) or plain; None when the text is not one."""
    found = _NUMBER.match(text)
    if not found:
        return None
    digits = found.group(0).replace(" ", "").replace("\u00a0", "")
    if "," in digits and "." in digits:  # the later mark is the decimal one
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        digits = digits.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif digits.count(",") == 1 and len(digits.split(",")[1]) != 3:
        digits = digits.replace(",", ".")
    elif digits.count(".") == 1 and len(digits.split(".")[1]) != 3:
        pass  # 2.5: a decimal point
    else:
        digits = digits.replace(",", "").replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return None


def cell_sort_key(text: str | None, *, numeric: bool = False) -> tuple[Any, ...]:
    """A key that orders cells by what they say; `numeric` columns try the number reading first."""
    text = (text or "").strip()
    if not text:
        return (9,)  # after every kind; a descending sort puts empties first, which Excel does too
    if numeric:
        value = _number(text)
        if value is not None:
            return (_NUMBER_KIND, value, vi_sort_key(text))
    date = _DATE.match(text)
    if date:
        day, month, year, hour, minute, second = (int(part or 0) for part in date.groups())
        return (_DATE_KIND, (year, month, day, hour, minute, second), vi_sort_key(text))
    value = _number(text) if text[0].isdigit() and _NUMBER.fullmatch(text) else None
    if value is not None:
        return (_NUMBER_KIND, value, vi_sort_key(text))
    return (_TEXT_KIND, vi_sort_key(text))
