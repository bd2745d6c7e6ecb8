"""Turning one spreadsheet cell into a typed value, the way officers actually type them.

“15 ngày làm việc”, “Trong ngày”, “50.000 đồng”, “2,5”, “20/11/2026”, “x”, “Toàn trình”: each parser accepts the
forms found in provincial lists and hand-made sheets, and otherwise raises `CellError` with a bilingual sentence
that says what was found and what is expected.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache

from desktop.domain.errors import Explained
from desktop.domain.messages import Phrase, Term
from desktop.domain.text import fold, nfc

Parser = Callable[[object], object]
_EXCEL_EPOCH = date(1899, 12, 30)


class CellError(Explained):
    """A cell's value cannot be used; the message names the value and what is expected."""


@lru_cache(maxsize=4096)
def key_of(text: str) -> str:
    """The matching key of a header or a choice: folded, punctuation dropped (“Điện thoại (*)” → “dien thoai”)."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def shown(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != datetime.min.time() else f"{value:%d/%m/%Y}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def text(value: object) -> str:
    return nfc(shown(value).strip())


class NumberCell(float):
    """A number from a spreadsheet cell whose number format is not “General”, with that format.

    A code typed into a number cell is stored as a number: 1.001190 becomes 1.00119 and only the format (“0.000000”)
    still knows the zero. It is a float for every parser that wants a number.
    """

    number_format: str

    @classmethod
    def of(cls, value: float, number_format: str) -> NumberCell:
        cell = cls(value)
        cell.number_format = number_format
        return cell


def _format_digits(number_format: str) -> tuple[int, int] | None:
    """(integer zeros, decimal zeros) of a plain “000” or “0.000000” format; None for any other format."""
    m = re.fullmatch(r"(0+)(?:\.(0+))?", number_format.split(";")[0].strip())
    return (len(m.group(1)), len(m.group(2) or "")) if m else None


# National procedure codes have six decimals (1.001193): such a number cannot have lost a trailing zero.
CODE_DECIMALS = 6


def code(value: object) -> str:
    """A code as the officer typed it, even when typed into a number cell; a code a number cell may have cut is
    refused rather than guessed (1.001190 shown as 1.00119 must not become a new procedure)."""
    digits = _format_digits(value.number_format) if isinstance(value, NumberCell) else None
    if digits is not None:
        whole_zeros, decimals = digits
        return f"{value:0{whole_zeros + (decimals + 1 if decimals else 0)}.{decimals}f}"
    if isinstance(value, float) and not value.is_integer():
        typed = repr(float(value))
        if "e" in typed or len(typed.split(".")[1]) != CODE_DECIMALS:
            raise CellError("cell.code_in_number_cell", typed=typed)
        return typed
    return text(value)


def procedure_code(value: object) -> str:
    """A procedure code; a national code that lost its trailing zeros on the way (“1.00119” in a CSV) is refused."""
    found = code(value)
    if re.fullmatch(rf"\d\.\d{{1,{CODE_DECIMALS - 1}}}", found):
        raise CellError("cell.code_shorter_than_national", found=found)
    return found


# “Nguy?n Th? H?ng”: a file saved in a code page without Vietnamese letters puts “?” in their place.
_LOST_LETTER = re.compile(r"[^\W\d_]\?[^\W\d_]|\ufffd")


def name(value: object) -> str:
    """Text that names someone or something; refused when its accented letters were replaced by “?” on the way."""
    found = text(value)
    if _LOST_LETTER.search(found) or len(re.findall(r"[^\W\d_]\?", found)) >= 2:
        raise CellError("cell.has_in_place_accented", found=found)
    return found


def phone(value: object) -> str:
    # Excel drops the leading 0 of a phone number typed into a number cell (0912345678 → 912345678), and a CSV
    # saved from such a sheet keeps it dropped; Vietnamese numbers written without +84 always start with 0.
    raw = text(value)
    return "0" + raw if re.fullmatch(r"[1-9]\d{8}", raw) else raw


def _number_text(value: object) -> str:
    return text(value).replace(" ", "").replace("\u202f", "")


def whole(value: object, lo: int, hi: int, what: Phrase) -> int:
    if isinstance(value, bool):
        raise CellError("cell.not", value=value, what=what)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        raw = _number_text(value)
        if not re.fullmatch(r"\d{1,3}([.,]\d{3})+|\d+", raw):
            raise CellError("cell.not", value=shown(value), what=what)
        number = int(re.sub(r"[.,]", "", raw))
    if not lo <= number <= hi:
        raise CellError("cell.out_of_range", what=what, lo=lo, hi=Term(f"{hi:,}".replace(",", "."), f"{hi:,}"))
    return number


def days(value: object) -> float:
    """Working days in halves: a number (0–365, 2.5 or “2,5”), “15 ngày”, “2,5 ngày”, “05 ngày làm việc kể từ ngày
    nhận đủ hồ sơ hợp lệ”, or “Trong ngày” (= 0). A text naming two different numbers of days is refused: which
    one applies is the officer's call."""
    half = re.match(r"\s*(\d+)[.,]5(\s|$)", value) if isinstance(value, str) else None
    if half:  # “2,5”, “2.5 ngày làm việc”: key_of would take the comma apart
        value = int(half.group(1)) + 0.5
    if isinstance(value, str):
        key = key_of(value)
        found = {int(n) for n in re.findall(r"(?:^| )(\d+) ngay(?= |$)", key)}
        if not found and (key == "ngay" or key.startswith("trong ngay")):
            return 0
        if len(found) == 1:
            value = found.pop()
    if isinstance(value, float) and not isinstance(value, bool) and (value * 2).is_integer() \
            and not value.is_integer() and 0 < value <= 365:
        return value  # a half-day time (DOMAIN.md §2)
    try:
        return whole(value, 0, 365, Phrase("label.number_working_days"))
    except CellError:
        raise CellError("cell.not_number_working_days", value=shown(value)) from None


def money(value: object) -> int:
    """Đồng: “50.000”, “50,000”, “50.000 đồng”, “8.000đ/bản”; “Không”, “Miễn phí”, “Miễn lệ phí”, “Không thu”
    mean 0."""
    if isinstance(value, str):
        key = key_of(value)
        # “Miễn lệ phí”, “Miễn phí, lệ phí”, “Không thu phí”: published catalogues say “free” in many ways.
        if key in ("khong", "0 dong", "khong co") or key.split(" ")[0] == "mien" or key.startswith("khong thu"):
            return 0
        m = re.fullmatch(r"([\d.,\s]+?)\s*(đồng|đ|vnđ|vnd|dong)?\s*(/.*)?", nfc(value.strip()), flags=re.IGNORECASE)
        if m:
            value = m.group(1)
    try:
        return whole(value, 0, 1_000_000_000, Phrase("label.amount_in_ong"))
    except CellError:
        raise CellError("cell.not_amount_enter_ong", value=shown(value)) from None


def hours(value: object) -> float:
    """Hours: 4, 2,5 or 2.5 (a Vietnamese decimal comma is accepted)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        raw = _number_text(value).lower().removesuffix("giờ").removesuffix("gio").removesuffix("h")
        if raw.count(",") == 1 and "." not in raw:
            raw = raw.replace(",", ".")
        try:
            number = float(raw)
        except ValueError:
            number = math.nan
    if not math.isfinite(number) or number < 0:
        raise CellError("cell.not_number_hours_e", value=shown(value))
    return number


_YES = {"co", "x", "yes", "y", "true", "1", "dung", "phi dia gioi", "co ap dung", "v"}
_NO = {"khong", "no", "n", "false", "0", "sai", "khong ap dung"}


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = "v" if text(value) in ("✓", "✔") else key_of(text(value))
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise CellError("cell.neither_yes_nor_no", value=shown(value))


def day(value: object) -> date:
    """A date: an Excel date, dd/mm/yyyy (also with - or .), or yyyy-mm-dd; never month first."""
    # A list's due dates repeat (a few hundred days for 50,000 rows): text is read once per spelling.
    return _day_text(value) if type(value) is str else _day(value)


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 <= value <= 80000:
        # A date cell formatted as a number shows Excel's day count (since 30/12/1899).
        return _EXCEL_EPOCH + timedelta(days=int(value))
    raw = text(value)
    for pattern, order in ((r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", "dmy"), (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd")):
        m = re.fullmatch(pattern + r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", raw)
        if m:
            a, b, c = (int(g) for g in m.groups())
            try:
                return date(c, b, a) if order == "dmy" else date(a, b, c)
            except ValueError:
                break
    raise CellError("cell.not_valid_date_use", raw=raw)


def moment(value: object) -> datetime:
    """A local date and time as one-stop systems export it: a date cell, “dd/mm/yyyy”, “dd/mm/yyyy HH:mm[:ss]” or
    “HH:mm[:ss] dd/mm/yyyy”; a bare date means 00:00 of it."""
    return _moment_text(value) if type(value) is str else _moment(value)


def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    raw = text(value)
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(.+)", raw)  # the time first: “08:30 20/11/2026”
    clock, rest = ((int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)), m.group(4)) if m else (None, raw)
    if clock is None:
        m = re.fullmatch(r"(.+?)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?", raw)
        if m:
            clock, rest = (int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)), m.group(1)
    on = day(rest if clock is not None else value)
    try:
        return datetime(on.year, on.month, on.day, *(clock or (0, 0, 0)))
    except ValueError:
        raise CellError("cell.not_valid_time_use", raw=raw) from None


# Only plain text is remembered: a NumberCell equals its float whatever its format, so numbers are not.
_day_text = lru_cache(maxsize=8192)(_day)
_moment_text = lru_cache(maxsize=8192)(_moment)


def year_or_day(value: object) -> date:
    """An acquisition date; a bare year (asset lists often keep only “Năm sử dụng”) means 1 January of it."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 1950 <= value <= 2200 \
            and float(value).is_integer():
        return date(int(value), 1, 1)
    if isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()):
        return date(int(value.strip()), 1, 1)
    return day(value)


def choice(options: Mapping[str, str], aliases: Mapping[str, str], what: Phrase) -> Parser:
    """A parser for one of `options` (key → Vietnamese label): the key, the label or an alias, in any spelling."""
    known = {key_of(k): k for k in options} | {key_of(label): k for k, label in options.items()}
    known |= {key_of(alias): k for alias, k in aliases.items()}
    listed = ", ".join(f"“{label}”" for label in options.values())

    def parse(value: object) -> str:
        found = known.get(key_of(text(value)))
        if found is None:
            raise CellError("cell.unknown_choose_one", what=what, value=shown(value), listed=listed)
        return found
    return parse
