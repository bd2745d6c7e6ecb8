"""How numbers, dates and periods are written on Vietnamese administrative papers (DOMAIN.md §4, §8)."""

from __future__ import annotations

from datetime import date, datetime

# Periods are a domain rule; the papers and their callers read them here too.
from desktop.domain.periods import Period, month_period, parse_quarter, parse_year  # noqa: F401
from desktop.domain.text import nfc

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
