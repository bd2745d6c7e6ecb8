"""How numbers, dates and periods are written on Vietnamese administrative papers (DOMAIN.md §4, §8)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.errors import InvalidValue
from desktop.domain.text import nfc
from desktop.services.statistics import month_bounds

NBSP = "\u00a0"
_UNIT_WORDS = ("Xã", "Phường", "Đặc khu")


def num(value: int | float) -> str:
    """12345 → “12.345”; 2.5 → “2,5” (Vietnamese separators)."""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:,.1f}".split(".")
        return f"{whole.replace(',', '.')},{frac}"
    return f"{int(value):,}".replace(",", ".")


def pct(rate: float | None) -> str:
    """0.9753 → “97,5%”; no base → “—”."""
    if rate is None:
        return "—"
    return f"{rate * 100:.1f}%".replace(".", ",")


def dmy(day: date | datetime | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def date_words(day: date) -> str:
    """“ngày 05 tháng 01 năm 2026”: days below 10 and the months 1 and 2 take a leading zero (Decree 30)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(place: str, day: date) -> str:
    return nfc(f"{place}, {date_words(day)}")


def time_words(moment: datetime) -> str:
    """“09 giờ 30 phút, ngày 05 tháng 11 năm 2026” (receipt slip)."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {date_words(moment.date())}"


def upper(text: str) -> str:
    return nfc(text).upper()


def unit_word(commune_name: str) -> str:
    """“Phường An Sinh” → “phường” (the word used inside sentences); “xã” when the name does not say."""
    for word in _UNIT_WORDS:
        if commune_name.startswith(word + " "):
            return word.lower()
    return "xã"


def in_sentence(commune_name: str) -> str:
    """“Phường An Sinh” → “phường An Sinh”."""
    word = unit_word(commune_name)
    if commune_name.lower().startswith(word + " "):
        return word + commune_name[len(word):]
    return commune_name


def province_in_sentence(province_name: str) -> str:
    """“Quảng Ninh” → “tỉnh Quảng Ninh”; “Thành phố Hà Nội” → “thành phố Hà Nội”."""
    if province_name.lower().startswith(("thành phố ", "tỉnh ")):
        return province_name[:1].lower() + province_name[1:]
    return f"tỉnh {province_name}"


@dataclass(frozen=True)
class Period:
    """A reporting period: its first and last local day, and how papers name it."""

    kind: str  # month | quarter | year
    start: date
    end: date
    label: str  # “tháng 11 năm 2026”, “quý IV năm 2026”, “năm 2026”

    @property
    def span(self) -> str:
        return f"Từ ngày {dmy(self.start)} đến ngày {dmy(self.end)}"


def month_period(start: date) -> Period:
    first, last = month_bounds(start.year, start.month)
    return Period("month", first, last, f"tháng {start.month} năm {start.year}")


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def parse_quarter(value: str) -> Period:
    """“2026-Q4” → 01/10/2026 – 31/12/2026; ValueError with a plain message otherwise."""
    m = re.fullmatch(r"(\d{4})-[Qq]([1-4])", value.strip())
    if not m:
        raise InvalidValue("value.not_quarter_in_form", value=value)
    year, quarter = int(m.group(1)), int(m.group(2))
    first = month_bounds(year, 3 * quarter - 2)[0]
    last = month_bounds(year, 3 * quarter)[1]
    return Period("quarter", first, last, f"quý {_ROMAN[quarter]} năm {year}")


def parse_year(value: str) -> Period:
    if not re.fullmatch(r"\d{4}", value.strip()) or int(value) < 1900:
        raise InvalidValue("value.not_year_in_form", value=value)
    year = int(value)
    return Period("year", date(year, 1, 1), date(year, 12, 31), f"năm {year}")
