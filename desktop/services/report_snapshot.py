"""A periodic paper's plain data (`reports.model.PeriodReportData`, `reports.dx_model.DxReportData`) to JSON and
back, exactly.

A closed period keeps the snapshot of what its paper printed, so a reprint lays out the very same records whatever
changed in the store since, on every PC of the commune: the snapshot travels with the closed period. The records
are frozen dataclasses of str, int, float, bool, date, datetime, None, tuples, str-keyed dicts and other such
records; the type hints say how each JSON value reads back. The JSON is kept deflated (a year's paper of the demo
commune: 50 kB of JSON, 11 kB kept), well inside what a synced text column may hold.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import types
import typing
import zlib
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")
FORMAT = 1  # bumped when a record changes shape; an older snapshot is then not trusted (the figures still are)
DEFLATED = "z:"  # the kept text: this prefix, then the deflated JSON in base64 (plain JSON before it travelled)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _typed(kind: Any, value: object) -> object:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _typed(options[0], value)
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        return tuple(_typed(inner, v) for v in typing.cast(list, value))
    if origin is dict:
        inner = typing.get_args(kind)[1]
        return {k: _typed(inner, v) for k, v in typing.cast(dict, value).items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        data = typing.cast(dict, value)
        return kind(**{f.name: _typed(hints[f.name], data[f.name]) for f in dataclasses.fields(kind)
                       if f.init and f.name in data})
    if kind is datetime:
        return datetime.fromisoformat(str(value))
    if kind is date:
        return date.fromisoformat(str(value))
    if kind is float and isinstance(value, int):
        return float(value)
    return value


def dumps(data: object) -> str:
    plain = json.dumps({"format": FORMAT, "data": _plain(data)}, ensure_ascii=False, separators=(",", ":"))
    return DEFLATED + base64.b64encode(zlib.compress(plain.encode(), 9)).decode("ascii")


def loads(text: str, kind: type[T]) -> T | None:
    """The `kind` record kept in `text`; None when there is none or it was written in another format."""
    if not text:
        return None
    if text.startswith(DEFLATED):
        text = zlib.decompress(base64.b64decode(text[len(DEFLATED):])).decode()
    raw = json.loads(text)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return None
    return typing.cast(T, _typed(kind, raw["data"]))
