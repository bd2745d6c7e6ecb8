"""JSON as the sync protocol reads and writes it (request and answer bodies, the server's JSON columns): orjson,
several times the json module's speed, wherever it gives exactly what the json module gives; the json module for
the rest.

- Reading: orjson reads an integer past 64 bits as a float, so a text holding 19 digits in a row (such an integer,
  or only a long string of digits or a float's decimals) is read by the json module; so is one orjson refuses and
  the json module reads (a lone surrogate's escape, 1e400).
- Writing: compact UTF-8; what orjson cannot write (an integer past 64 bits, a lone surrogate, a key that is not a
  string) is written by the json module, non-ASCII escaped.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_LONG_NUMBER = re.compile(rb"[0-9]{19}")


def loads(data: bytes | bytearray | memoryview | str) -> Any:
    if isinstance(data, str):
        return json.loads(data)
    raw = bytes(data)
    if not _LONG_NUMBER.search(raw):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)


def dumps(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value).encode()
