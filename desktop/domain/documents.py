"""A procedure's list of papers (thành phần hồ sơ) as the catalogue keeps it: one paper a line, typed as
“Tờ khai đăng ký khai sinh; Giấy chứng sinh (bản sao)”. The receipt slip (form 01) pre-fills its table from it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.text import fold, nfc

ORIGINAL, COPY = "Bản chính", "Bản sao"
MAX_ITEMS = 30
MAX_NAME = 300
# A trailing “(bản sao)”, “(bản chính)”, “(bản sao, 2)” or “(02 bản chính)” says the form and the count.
_TAIL = re.compile(r"\(([^()]*)\)\s*$")
_SPLIT = re.compile(r"[;\n\r]+")


@dataclass(frozen=True)
class DocumentItem:
    """One paper handed in: its name, whether original or copy, how many."""

    name: str
    form: str = ORIGINAL
    count: int = 1


def normalise(text: str) -> str:
    """The stored form: NFC, one paper a line, blank items and stray spaces dropped."""
    items = [" ".join(part.split()) for part in _SPLIT.split(nfc(text or ""))]
    return "\n".join(item for item in items if item)


def parse(text: str) -> tuple[DocumentItem, ...]:
    """The papers of a stored (or typed) list; a trailing bracket naming a copy or a count sets form and count."""
    found: list[DocumentItem] = []
    for line in normalise(text).split("\n"):
        if not line:
            continue
        form, count, name = ORIGINAL, 1, line
        tail = _TAIL.search(line)
        if tail:
            words = fold(tail.group(1))
            known = "ban sao" in words or "ban chinh" in words
            digits = re.findall(r"\d+", words)
            if known:
                form = COPY if "ban sao" in words else ORIGINAL
                count = max(1, int(digits[0])) if digits else 1
                name = line[:tail.start()].rstrip(" ,;:-") or line
        found.append(DocumentItem(name, form, count))
    return tuple(found)
