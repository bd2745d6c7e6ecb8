"""Official dossier codes `<agency>-YYMMDD-NNNN` (Circular 01/2018/TT-VPCP art. 19) and collision-free numbering."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from desktop.domain.errors import ValidationError

DEVICE_SLOTS = 10
_SLOT_SIZE = 1000
# Agency codes from provincial systems contain dots and sometimes hyphens ("000.00.22.H40"), so the agency is
# whatever precedes the last two parts; only whitespace is ruled out.
_CODE = re.compile(r"(?P<agency>\S+)-(?P<day>\d{6})-(?P<number>\d{4})")


def _code_error(code: str, message_vi: str, message_en: str, field: str = "code") -> ValidationError:
    return ValidationError(code, field, message_vi, message_en)


def format_code(agency: str, day: date, number: int) -> str:
    """Return the official code for the `number`-th dossier the agency received on `day`."""
    agency = agency.strip()
    if not agency or any(ch.isspace() for ch in agency):
        raise _code_error(
            "code.agency",
            "Mã cơ quan không được để trống hoặc chứa khoảng trắng.",
            "The agency code must not be empty or contain spaces.",
        )
    if not 1 <= number <= 9999:
        raise _code_error(
            "code.number",
            f"Số thứ tự hồ sơ phải từ 1 đến 9999 (đang là {number}).",
            f"The dossier number must be between 1 and 9999 (got {number}).",
        )
    return f"{agency}-{day:%y%m%d}-{number:04d}"


def parse_code(code: str) -> tuple[str, date, int]:
    """Split an official code into (agency, receipt date, number); the century is taken to be 2000–2099."""
    match = _CODE.fullmatch(code.strip())
    if match is None:
        raise _code_error(
            "code.invalid",
            f"Mã hồ sơ «{code}» không đúng dạng <mã cơ quan>-YYMMDD-NNNN.",
            f"Dossier code '{code}' is not of the form <agency>-YYMMDD-NNNN.",
        )
    digits = match["day"]
    try:
        day = date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    except ValueError:
        raise _code_error(
            "code.date",
            f"Mã hồ sơ «{code}» chứa ngày không tồn tại ({digits}).",
            f"Dossier code '{code}' contains a date that does not exist ({digits}).",
        ) from None
    number = int(match["number"])
    if number == 0:
        raise _code_error(
            "code.number",
            f"Mã hồ sơ «{code}» có số thứ tự 0000; số thứ tự bắt đầu từ 0001.",
            f"Dossier code '{code}' has number 0000; numbers start at 0001.",
        )
    return match["agency"], day, number


def number_range(device_slot: int) -> range:
    """Numbers reserved for one offline PC, so two PCs never issue the same code on the same day.

    Slot s owns s*1000+1 ... s*1000+999; slot 0 therefore owns the ordinary 0001–0999.
    """
    if not 0 <= device_slot < DEVICE_SLOTS:
        raise _code_error(
            "code.slot",
            f"Số hiệu máy phải từ 0 đến {DEVICE_SLOTS - 1} (đang là {device_slot}).",
            f"The device slot must be between 0 and {DEVICE_SLOTS - 1} (got {device_slot}).",
            field="device_slot",
        )
    start = device_slot * _SLOT_SIZE + 1
    return range(start, start + _SLOT_SIZE - 1)


def next_number(device_slot: int, used_today: Iterable[int]) -> int:
    """Return the next number this PC may issue today: one above the highest it has used.

    Gaps below that highest number are not refilled, so the book of the day stays in order of receipt. Numbers
    outside the slot (issued by other PCs or by the province system) are ignored.
    """
    owned = number_range(device_slot)
    highest = max((n for n in used_today if n in owned), default=owned.start - 1)
    candidate = highest + 1
    if candidate not in owned:
        raise _code_error(
            "code.exhausted",
            f"Máy số {device_slot} đã dùng hết các số {owned.start}–{owned.stop - 1} trong ngày.",
            f"Device slot {device_slot} has used up its numbers {owned.start}–{owned.stop - 1} for today.",
        )
    return candidate
