"""The protocol's JSON (bodies on the wire, the server's JSON columns) reads and writes what the json module does,
orjson or not: integers past 64 bits stay integers, a lone surrogate and 1e400 still read, Vietnamese stays text."""

from __future__ import annotations

import json

import pytest

from desktop.protocol import json_text

CASES = [
    (b'{"n": 18446744073709551616, "m": -9223372036854775809}', {"n": 2**64, "m": -(2**63) - 1}),
    (b'{"id": "1234567890123456789012", "x": 0.1, "y": 1.2345678901234567}',
     {"id": "1234567890123456789012", "x": 0.1, "y": 1.2345678901234567}),
    (b'["\\ud800", 1e400, -0.0]', ["\ud800", float("inf"), -0.0]),
    ('{"tên": "Nguyễn Văn Đức", "n": null}'.encode(), {"tên": "Nguyễn Văn Đức", "n": None}),
    ('{"tên": "Đồng bộ"}', {"tên": "Đồng bộ"}),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_reads_what_the_json_module_reads(text: bytes | str, value: object) -> None:
    assert json_text.loads(text) == value == json.loads(text)
    assert json_text.loads(memoryview(text.encode() if isinstance(text, str) else text)) == value


@pytest.mark.parametrize("value", [value for _text, value in CASES] + [{1: "a"}, [2**70, "ổ cứng"]])
def test_writes_what_reads_back_the_same(value: object) -> None:
    written = json_text.dumps(value)
    assert isinstance(written, bytes)
    assert json.loads(written) == json.loads(json.dumps(value))


def test_not_json_is_refused_as_the_json_module_refuses_it() -> None:
    with pytest.raises(ValueError):
        json_text.loads(b"<html>502 Bad Gateway</html>")
