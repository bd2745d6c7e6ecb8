"""The official list of administrative units after 1 July 2025 (34 provinces, 3,321 communes, wards and special
zones), read from the file shipped in `resources/units/units.csv` (built once from the GSO list, see its header and
docs/decisions.md).

Stdlib only, so the desktop (setup, demo) and the province server read the same list. Codes are strings, zero-padded
as they are stored: two digits for a province, five for a commune-level unit.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from desktop.config.resources import resource_path

UNITS_FILE = ("units", "units.csv")
_PREFIXES = ("Xã ", "Phường ", "Đặc khu ")


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    type: str  # "tỉnh", "thành phố" for provinces; "xã", "phường", "đặc khu" below them
    province: str  # the province's code; "" for a province itself


@dataclass(frozen=True)
class _Table:
    provinces: tuple[Unit, ...]
    by_province: dict[str, tuple[Unit, ...]]
    by_code: dict[str, Unit]


@lru_cache(maxsize=1)
def _table() -> _Table:
    with resource_path(*UNITS_FILE).open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        units = [Unit(r["code"], r["name"], r["type"], r["province"]) for r in rows]
    by_province: dict[str, list[Unit]] = {}
    for unit in units:
        if unit.province:
            by_province.setdefault(unit.province, []).append(unit)
    return _Table(tuple(u for u in units if not u.province), {k: tuple(v) for k, v in by_province.items()},
                  {u.code: u for u in units})


def normal_code(code: str | int, width: int) -> str:
    """"1" / 1 → "01"; a code that is not a number is returned as given (stripped)."""
    text = str(code).strip()
    return f"{int(text):0{width}d}" if text.isdigit() else text


def provinces() -> list[tuple[str, str]]:
    """(code, name) of every province, in code order."""
    return [(u.code, u.name) for u in _table().provinces]


def units_of(province_code: str | int) -> list[tuple[str, str]]:
    """(code, name) of a province's communes, wards and special zones in code order; [] for an unknown province."""
    return [(u.code, u.name) for u in _table().by_province.get(normal_code(province_code, 2), ())]


def province(code: str | int) -> Unit | None:
    unit = _table().by_code.get(normal_code(code, 2))
    return unit if unit is not None and not unit.province else None


def unit(code: str | int) -> Unit | None:
    """The commune-level unit with this code ("70" or "00070"), or None."""
    found = _table().by_code.get(normal_code(code, 5))
    return found if found is not None and found.province else None


def place_name_of(unit_name: str) -> str:
    """“Phường Hạ Long” → “Hạ Long”, the form used in the date line of documents."""
    for prefix in _PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix):]
    return unit_name
