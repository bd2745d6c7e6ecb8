"""Checking one value against its column, and converting it between typed Python and JSON.

What may not travel, whatever the column: a NUL character (PostgreSQL's JSON refuses it), a lone surrogate (not
UTF-8), NaN or an infinity (not JSON; `1e400` parses as one), an integer outside 64 bits, a list or object where the
schema has a scalar, text longer than the column, and a malformed hybrid logical clock.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime

from desktop.protocol.columns import TEXT_MAX, Column
from desktop.protocol.errors import ProtocolError

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
FLOAT_MAX = 1e15
FIELD_NAME_MAX = 64
# `[0-9]`, never `\d` (which takes Arabic-Indic and other digits), and fullmatch (`$` lets a newline through).
HLC_NODE_MAX = 16
_HLC = re.compile(rf"[0-9]{{15}}-[0-9]{{5}}-[A-Za-z0-9]{{1,{HLC_NODE_MAX}}}")
_FIELD_NAME = re.compile(rf"[a-z][a-z0-9_]{{0,{FIELD_NAME_MAX - 1}}}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ISO_MAX = 40  # "2026-11-20T03:00:00.123456+07:00" and a little room


def check_field_name(name: object) -> str:
    if not isinstance(name, str) or not _FIELD_NAME.fullmatch(name):
        raise ProtocolError("protocol.bad_field_name", name[:FIELD_NAME_MAX] if isinstance(name, str) else None)
    return name


def check_text(value: str, field: str, max_length: int = TEXT_MAX) -> str:
    if len(value) > max_length:
        raise ProtocolError("protocol.too_long", field)
    if "\x00" in value:
        raise ProtocolError("protocol.nul_character", field)
    if _SURROGATE.search(value):
        raise ProtocolError("protocol.lone_surrogate", field)
    return value


def check_hlc(value: object, field: str = "hlc") -> str:
    if not isinstance(value, str) or not _HLC.fullmatch(value):
        raise ProtocolError("protocol.bad_hlc", field)
    return value


def _iso(value: object, field: str, kind: str) -> datetime | date:
    code = "protocol.bad_date" if kind == "date" else "protocol.bad_datetime"
    if not isinstance(value, str) or len(value) > _ISO_MAX or not value.isascii():
        raise ProtocolError(code, field)
    try:
        return date.fromisoformat(value[:10]) if kind == "date" else datetime.fromisoformat(value)
    except ValueError:
        raise ProtocolError(code, field) from None


def check_value(col: Column, value: object) -> None:
    """Refuse a JSON value the column cannot hold (see the module's docstring)."""
    name, kind = col.name, col.kind
    if value is None:
        if not col.nullable:
            raise ProtocolError("protocol.required", name)
        return
    if kind == "text":
        if not isinstance(value, str):
            raise ProtocolError("protocol.type", name)
        check_text(value, name, col.max_length or TEXT_MAX)
    elif kind == "hlc":
        if not isinstance(value, str):
            raise ProtocolError("protocol.type", name)
        if value:  # rows the province's catalogue made carry no clock
            check_hlc(value, name)
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ProtocolError("protocol.type", name)
        if not INT_MIN <= value <= INT_MAX:
            raise ProtocolError("protocol.out_of_range", name)
    elif kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ProtocolError("protocol.type", name)
        if isinstance(value, float) and not math.isfinite(value):
            raise ProtocolError("protocol.not_finite", name)
        if abs(value) > FLOAT_MAX:
            raise ProtocolError("protocol.out_of_range", name)
    elif kind == "bool":
        if not isinstance(value, bool) and value not in (0, 1):
            raise ProtocolError("protocol.type", name)
    elif kind in ("date", "datetime"):
        _iso(value, name, kind)
    else:
        raise ProtocolError("protocol.type", name)


def typed_value(col: Column, value: object) -> object:
    """A checked JSON value as the row holds it: datetimes naive UTC (a zone on the wire is converted, not
    dropped), dates as dates, bools as bools."""
    if value is None:
        return None
    if col.kind == "datetime":
        moment = _iso(value, col.name, "datetime")
        assert isinstance(moment, datetime)
        return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)
    if col.kind == "date":
        return _iso(value, col.name, "date")
    if col.kind == "bool":
        return bool(value)
    if col.kind == "float":
        return float(value)  # type: ignore[arg-type]
    return value


def plain(value: object) -> object:
    """A typed value as JSON: dates and datetimes in ISO form, the rest as it is."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def wire_value(col: Column, value: object) -> object:
    """A typed row value as JSON."""
    return plain(value)


def depth(value: object, limit: int, field: str) -> None:
    """Refuse lists/objects nested deeper than `limit` (iteratively: a hostile value cannot exhaust the stack)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            if level >= limit:
                raise ProtocolError("protocol.too_deep", field)
            stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict) else item))


_HLC_RUN = re.compile(rf"(?:{_HLC.pattern}\n)*{_HLC.pattern}")


def _column_clean(col: Column, values: list[object]) -> bool:
    """Whether every value of a batch surely passes `check_value`, found a column at a time (the text joined once,
    the clocks matched by one pattern); False means "look at each value", never "refuse"."""
    if not col.nullable and None in values:
        return False
    given = [v for v in values if v is not None]
    if not given:
        return True
    kind = col.kind
    if kind in ("text", "hlc"):
        if any(type(v) is not str for v in given):
            return False
        texts: list[str] = given  # type: ignore[assignment]
        if kind == "hlc":  # no clock may hold the line break that joins them (two clocks in one value)
            joined = "\n".join(texts)
            return all(texts) and joined.count("\n") == len(texts) - 1 and _HLC_RUN.fullmatch(joined) is not None
        joined = "".join(texts)
        return (max(map(len, texts)) <= (col.max_length or TEXT_MAX) and "\x00" not in joined
                and _SURROGATE.search(joined) is None)
    if kind == "bool":
        return all(type(v) is bool for v in given)
    if kind == "int":
        numbers = [v for v in given if type(v) is int]
        return len(numbers) == len(given) and INT_MIN <= min(numbers) and max(numbers) <= INT_MAX
    return False


def check_column(col: Column, values: list[object]) -> None:
    """`check_value` of each of a batch's values of one column, the same refusals (the first bad value's), faster."""
    if not _column_clean(col, values):
        for value in values:
            check_value(col, value)
