"""Checking and masking of citizens' identity numbers (CCCD / old CMND) and phone numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from desktop.domain.errors import ValidationError

# Birth-province codes of the 63 pre-2025 provinces. Cards keep them after the 2025 merger, so this set does not
# follow the new 34-province list.
PROVINCE_CODES: frozenset[str] = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 "
    "042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 "
    "086 087 089 091 092 093 094 095 096".split()
)

IdKind = Literal["cccd", "cmnd"]
Sex = Literal["male", "female"]

# Officers copy numbers from photocopies and spreadsheets where they are grouped with spaces or dots.
_SEPARATORS = re.compile(r"[\s.]+")
_FIELD = "id_number"


@dataclass(frozen=True)
class IdNumberInfo:
    """What an identity number tells about its holder."""

    number: str
    kind: IdKind
    legacy: bool
    province_code: str | None
    sex: Sex | None
    birth_year: int | None


def _normalise(value: str | None) -> str:
    return _SEPARATORS.sub("", value or "")


def _invalid(raw: str) -> ValidationError:
    return ValidationError("id_number.invalid", field=_FIELD, raw=raw)


def check_id_number(value: str, today: date | None = None) -> IdNumberInfo:
    """Validate a CCCD or old CMND number and decode what it carries.

    `today` defaults to the system date; pass it explicitly wherever the result must be reproducible.
    Raises ValidationError with code id_number.invalid, id_number.province or id_number.birth_year.
    """
    number = _normalise(value)
    # isascii() keeps out Unicode digits such as Arabic-Indic ones, which isdigit() alone would accept.
    if not (number.isascii() and number.isdigit()) or len(number) not in (9, 12):
        raise _invalid((value or "").strip())
    if len(number) == 9:
        return IdNumberInfo(number, "cmnd", legacy=True, province_code=None, sex=None, birth_year=None)

    province = number[:3]
    if province not in PROVINCE_CODES:
        raise ValidationError("id_number.province", field=_FIELD, number=number, province=province)

    # The numbering rules pair the 4th digit by century (0/1 = 1900s, 2/3 = 2000s, ... 8/9 = 2300s), even = male.
    century_digit = int(number[3])
    birth_year = 1900 + (century_digit // 2) * 100 + int(number[4:6])
    sex: Sex = "male" if century_digit % 2 == 0 else "female"
    current_year = (today or date.today()).year
    if birth_year > current_year:
        raise ValidationError("id_number.birth_year", field=_FIELD, number=number, birth_year=birth_year,
                              current_year=current_year)
    return IdNumberInfo(number, "cccd", legacy=False, province_code=province, sex=sex, birth_year=birth_year)


def _mask_middle(text: str, keep_start: int, keep_end: int) -> str:
    # Too short to show both ends without revealing most of the value: hide it all.
    if len(text) <= keep_start + keep_end:
        return "*" * len(text)
    return text[:keep_start] + "*" * (len(text) - keep_start - keep_end) + text[-keep_end:]


def mask_id_number(value: str | None) -> str:
    """Hide all but the first 3 and last 3 digits of an identity number ("020093001656" -> "020******656")."""
    return _mask_middle(_normalise(value), 3, 3)


def mask_phone(value: str | None) -> str:
    """Hide all but the first 3 and last 3 digits of a phone number ("0901234567" -> "090****567")."""
    raw = (value or "").strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    prefix = "+" if raw.startswith("+") and digits else ""
    return prefix + _mask_middle(digits, 3, 3)
