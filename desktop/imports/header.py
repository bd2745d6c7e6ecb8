"""Finding the header of an import file: one row, or two rows under merged group titles, below any title rows.

A header made in Excel or LibreOffice often has two rows: a group title merged across several columns (“Thông tin
sử dụng”) over the real names (“Vị trí”, “Năm sử dụng”, “Tình trạng”), and names merged down both rows beside them.
Only the first cell of a merged range holds the text, so a group title is carried right over the empty cells after
it. Each column is then named by its own cell, by group and cell together, or by the title merged down to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.imports.cells import key_of
from desktop.imports.reader import Cell, RawTable

HEADER_SCAN = 20  # a title or a note may sit above the header row
# The column the project's own templates put beside their example rows (see templates.py): rows marked in it are
# examples to be overwritten, never data.
EXAMPLE_HEADER = "Dòng ví dụ"


class Named(Protocol):
    key: str
    required: bool

    def names(self) -> set[str]: ...


@dataclass
class Header:
    pos: int  # position in table.rows of the header's last row
    index: dict[str, int]  # column key → cell index
    names: dict[str, str]  # column key → the header as the file writes it (“Sử dụng / Vị trí” for two rows)
    extra: list[str] = field(default_factory=list)  # headers of columns that are not read
    height: int = 1  # rows the header spans
    example: int | None = None  # cell index of the templates' example-marker column
    row_number: int = 0  # the number the officer sees of the header's last row


def header_keys(columns: Sequence[Named]) -> frozenset[str]:
    return frozenset(n for c in columns for n in c.names())


def match(header: str, names: Sequence[tuple[str, Named]]) -> Named | None:
    key = key_of(header)
    if not key:
        return None
    exact = [c for n, c in names if n == key]
    if exact:
        return exact[0]
    # “Thời hạn giải quyết (ngày làm việc, kể cả ...)” still means the days column: the longest name it starts with.
    starts = sorted(((n, c) for n, c in names if key.startswith(n + " ")), key=lambda nc: -len(nc[0]))
    return starts[0][1] if starts else None


def _text(cells: tuple[Cell, ...], i: int) -> str | None:
    value = cells[i] if i < len(cells) else None
    return None if value is None else str(value)


def _place(h: Header, i: int, label: str, candidates: list[str], names: Sequence[tuple[str, Named]]) -> None:
    """Give cell `i` to the first column one of its candidate names matches, else list it as not read."""
    if key_of(label) == key_of(EXAMPLE_HEADER):
        h.example = i
        return
    for candidate in candidates:
        col = match(candidate, names)
        if col is not None and col.key not in h.index:
            h.index[col.key], h.names[col.key] = i, label
            return
    h.extra.append(label)


def _one_row(pos: int, cells: tuple[Cell, ...], names: Sequence[tuple[str, Named]]) -> Header:
    h = Header(pos, {}, {})
    for i in range(len(cells)):
        text = _text(cells, i)
        if text is not None:
            _place(h, i, text, [text], names)
    return h


def _two_rows(pos: int, top: tuple[Cell, ...], sub: tuple[Cell, ...],
              names: Sequence[tuple[str, Named]]) -> Header | None:
    """The header read from rows pos-1 and pos; None when the lower row does not read as part of a header."""
    h = Header(pos, {}, {}, height=2)
    group: str | None = None
    for i in range(max(len(top), len(sub))):
        own, below = _text(top, i), _text(sub, i)
        if own is not None:
            group = own
        if below is None:
            if own is not None:  # merged down both rows: its own name
                _place(h, i, own, [own], names)
            continue
        if own is not None and match(own, names) is not None and match(below, names) is None:
            return None  # a value under a column's own name: the lower row is data, not a second header row
        if group is None:
            _place(h, i, below, [below], names)
        else:
            _place(h, i, f"{group} / {below}", [below, f"{group} {below}"], names)
    return h


def find_header(table: RawTable, columns: Sequence[Named]) -> Header | None:
    """The first header naming every required column, read as one row or two (whichever names more columns, one row
    on a tie); when no row names them all, the reading that names most, so the missing ones can be reported."""
    names = [(n, c) for c in columns for n in sorted(c.names())]
    required = {c.key for c in columns if c.required}
    rows = [cells for _number, cells in table.rows[:HEADER_SCAN + 1]]
    partial: Header | None = None
    for pos, cells in enumerate(rows):
        single = _one_row(pos, cells, names)
        readings = [single, _two_rows(pos, rows[pos - 1], cells, names) if pos > 0 else None]
        if required <= set(single.index) and pos + 1 < len(rows):
            # Names merged down two rows make a complete first row; the second may still hold the others.
            readings.append(_two_rows(pos + 1, cells, rows[pos + 1], names))
        found = [h for h in readings if h is not None]
        complete = [h for h in found if required <= set(h.index)]
        if complete:
            return max(complete, key=lambda h: (len(h.index), -h.height))
        for h in found:
            if partial is None or len(h.index) > len(partial.index):
                partial = h
    return partial if partial is not None and partial.index else None
