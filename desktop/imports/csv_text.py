"""The text of a CSV file as Excel and LibreOffice save it: which encoding, and which separator.

Excel saves “CSV UTF-8” with a BOM, “Unicode Text” as UTF-16 with tabs, and plain “CSV” with a comma or, on a
Vietnamese or European Windows, a semicolon; cells are quoted only when the saving tool thinks they must be, so a
name with a comma may sit unquoted in a semicolon file. The separator is therefore the one that splits the header
line into the column names the importer knows, not the commonest character.
"""

from __future__ import annotations

import csv
import io

from desktop.imports.cells import key_of

SEPARATORS = (",", ";", "\t", "|")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
SCAN_LINES = 20  # a title or a note may sit above the header line


class NotText(ValueError):
    """The bytes are not a text file (another file renamed)."""


class NotUtf8(ValueError):
    """Text in a Windows code page: the Vietnamese letters cannot be known for sure."""


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 saved without a BOM shows as a zero byte in every other place (for Latin and Vietnamese text)."""
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM) or UTF-16; NotText or NotUtf8 otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise NotText() from None
    head = data[:65536]
    if b"\x00" in head:
        encoding = _utf16_without_bom(head[:4096])
        if encoding is None:
            raise NotText()
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise NotText() from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotUtf8() from None


def _known(cell: str, names: frozenset[str]) -> bool:
    key = key_of(cell)
    return bool(key) and (key in names or any(key.startswith(n + " ") for n in names))


def _outside_quotes(text: str) -> str:
    outside, quoted = [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    return "".join(outside)


def separator(text: str, header_names: frozenset[str] = frozenset()) -> str:
    """The separator that splits some early line into the most known column names; without names (or when none
    matches) the commonest separator outside quotes in the first lines."""
    lines = [line for line in text.splitlines()[:SCAN_LINES] if line.strip()]
    if header_names:
        best, best_score = ",", 0
        for sep in SEPARATORS:
            for line in lines:
                cells = next(csv.reader([line], delimiter=sep), [])
                score = sum(1 for c in cells if _known(c, header_names))
                # A line split into a single cell can still start with a column name: it is no header split.
                if len(cells) > 1 and score > best_score:
                    best, best_score = sep, score
        if best_score:
            return best
    outside = _outside_quotes("\n".join(lines))
    counts = {sep: outside.count(sep) for sep in SEPARATORS}
    return max(SEPARATORS, key=lambda sep: (counts[sep], -SEPARATORS.index(sep)))


def records(text: str, sep: str) -> csv.reader:  # type: ignore[valid-type]
    """The CSV records of `text` (quoted cells may span lines)."""
    return csv.reader(io.StringIO(text, newline=""), delimiter=sep)


