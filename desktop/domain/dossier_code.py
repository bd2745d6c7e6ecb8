"""Official dossier codes `<agency>-YYMMDD-NNNN` (Circular 01/2018/TT-VPCP art. 19) and collision-free numbering."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from desktop.domain.errors import Explained, ValidationError

DEVICE_SLOTS = 10
_SLOT_SIZE = 1000
# Agency codes from provincial systems contain dots and sometimes hyphens ("000.00.22.H40"), so the agency is
# whatever precedes the last two parts; only whitespace is ruled out.
_CODE = re.compile(r"(?P<agency>\S+)-(?P<day>\d{6})-(?P<number>\d{4})")


def format_code(agency: str, day: date, number: int) -> str:
    """Return the official code for the `number`-th dossier the agency received on `day`."""
    agency = agency.strip()
    if not agency or any(ch.isspace() for ch in agency):
        raise ValidationError("code.agency", field="code")
    if not 1 <= number <= 9999:
        raise ValidationError("code.number", field="code", number=number)
    return f"{agency}-{day:%y%m%d}-{number:04d}"


def parse_code(code: str) -> tuple[str, date, int]:
    """Split an official code into (agency, receipt date, number); the century is taken to be 2000–2099."""
    match = _CODE.fullmatch(code.strip())
    if match is None:
        raise ValidationError("code.invalid", field="code", code=code)
    digits = match["day"]
    try:
        day = date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    except ValueError:
        raise ValidationError("code.date", field="code", code=code, digits=digits) from None
    number = int(match["number"])
    if number == 0:
        raise ValidationError("code.number#parse_code", field="code", code=code)
    return match["agency"], day, number


class CodeNotice(Explained):
    """A warning about a code, not an error: the dossier is kept as typed and the officer is told at the field."""

    def __init__(self, key: str, /, *, field: str, **params: object) -> None:
        super().__init__(key, **params)
        self.field = field


def code_date_notice(code: str, received_day: date) -> CodeNotice | None:
    """A code whose YYMMDD is not the local day of receipt (an official code copied from the province's system for
    another dossier, or a receipt time typed wrong): worth a second look, never refused, since the province's own
    system sometimes dates codes by registration rather than receipt. Codes not of the official shape say nothing."""
    try:
        _agency, day, _number = parse_code(code)
    except ValidationError:
        return None
    if day == received_day:
        return None
    return CodeNotice("code.date_differs", field="code", code=code.strip(), code_day=f"{day:%d/%m/%Y}",
                      received_day=f"{received_day:%d/%m/%Y}")


def number_range(device_slot: int) -> range:
    """Numbers reserved for one offline PC, so two PCs never issue the same code on the same day.

    Slot s owns s*1000+1 ... s*1000+999; slot 0 therefore owns the ordinary 0001–0999.
    """
    if not 0 <= device_slot < DEVICE_SLOTS:
        raise ValidationError("code.slot", field="device_slot", last_slot=DEVICE_SLOTS - 1,
                              device_slot=device_slot)
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
        raise ValidationError("code.exhausted", field="code", device_slot=device_slot, start=owned.start,
                              stop=owned.stop - 1)
    return candidate
