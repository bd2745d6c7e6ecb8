"""What a synced column is, as the protocol sees it: a name, a kind of value, a length, whether it may be null,
whether it stays on the PC, and which table an id in it points at."""

from __future__ import annotations

from dataclasses import dataclass

TEXT, INT, BOOL, FLOAT, DATE, DATETIME, HLC = "text", "int", "bool", "float", "date", "datetime", "hlc"
# Text columns without a length of their own (notes, reasons) stop here.
TEXT_MAX = 65_535


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    max_length: int | None = None  # characters, for text
    nullable: bool = False
    local_only: bool = False  # never travels: secrets, lock-out counters, derived search keys
    references: str | None = None  # the table an id in this column points at
