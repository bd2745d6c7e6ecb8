"""Rows of a foreign sheet that are not data: numbering rows, totals, the signature block, template examples.

Lists kept by hand carry more than records: an STT column numbered far below the last entry, a “(1) (2) (3)” row
under the header, “Tổng cộng” lines, and at the foot “Người lập biểu … CHỦ TỊCH”, the place and date, “(Ký, ghi rõ
họ tên)” and the names of the signers. They are skipped and named in a note, never taken for records or errors.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.imports.cells import key_of
from desktop.imports.reader import Cell

EXAMPLE = "example"
NUMBERING = "numbering"
EMPTY = "empty"
TOTAL = "total"
SIGNATURE = "signature"
FOOTER = "footer"

REASONS = {  # reason → (Vietnamese, English) as the note says it
    EXAMPLE: ("dòng ví dụ của tệp mẫu", "template example rows"),
    NUMBERING: ("dòng đánh số cột", "column numbering row"),
    EMPTY: ("chỉ có số thứ tự hoặc không có dữ liệu ở các cột được nhập",
            "numbering only or nothing in the columns read"),
    TOTAL: ("dòng tổng cộng", "total rows"),
    SIGNATURE: ("phần ký tên", "signature block"),
    FOOTER: ("phần ký tên", "signature block"),
}

_TOTAL = ("tổng cộng", "tổng số", "tổng:", "cộng:", "cộng (")
_TITLES = {"chủ tịch", "phó chủ tịch", "người lập biểu", "người lập bảng", "người lập", "thủ trưởng đơn vị",
           "thủ trưởng", "kế toán", "người kiểm tra", "người duyệt", "lãnh đạo đơn vị", "xác nhận của lãnh đạo",
           "người ghi"}
_SIGN = re.compile(r"^(kt\.?|tm\.?|tl\.?|q\.?)\s+\S|^\(?\s*ký\b|ký,? (và )?ghi rõ họ (và )?tên|đóng dấu"
                   r"|ngày\W*\d*\W*tháng\W*\d*\W*năm\W*\d*\s*\)?$")
_COLUMN_NUMBER = re.compile(r"\(?\s*(\d{1,2}|[A-Z])\s*\)?")


def _lower(value: Cell) -> str:
    return unicodedata.normalize("NFC", str(value)).strip().lower()


def is_example_mark(value: Cell) -> bool:
    return value is not None and key_of(str(value)).startswith(("vi du", "mau"))


def is_numbering(values: Iterable[Cell]) -> bool:
    """“(1) (2) (3)” or “1 2 3” or “A B C” under the header: every filled cell a column number, at least three."""
    filled = [str(v).strip() for v in values if v is not None]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.fullmatch(v) for v in filled)


def is_total(values: Iterable[Cell]) -> bool:
    """The first filled cell opens with “Tổng cộng”, “Tổng số”, “Cộng:” (with its marks: “Công an” is no total)."""
    first = next((v for v in values if v is not None), None)
    text = _lower(first) if isinstance(first, str) else ""
    return text in ("cộng", "tổng") or text.startswith(_TOTAL)


def is_signature(values: Iterable[Cell]) -> bool:
    """Every filled cell is a signer's title, “(Ký, ghi rõ họ tên)”, “KT. CHỦ TỊCH” or the place-and-date line."""
    seen = False
    for value in values:
        if value is None:
            continue
        if not isinstance(value, str):
            return False
        text = _lower(value)
        if text.rstrip(":") not in _TITLES and not _SIGN.search(text):
            return False  # most rows are data: the first plain cell settles it
        seen = True
    return seen


def note(skipped: dict[int, str]) -> list[str]:
    """One “vi / en” note per reason, naming the rows (runs written 12–15)."""
    by_reason: dict[str, list[int]] = {}
    for row, reason in sorted(skipped.items()):
        by_reason.setdefault(REASONS[reason][0], []).append(row)
    lines = []
    for vi, rows in by_reason.items():
        en = next(e for v, e in REASONS.values() if v == vi)
        listed = _runs(rows)
        lines.append(f"Bỏ qua dòng {listed} ({vi}) / Skipped row(s) {listed} ({en})")
    return lines


def _runs(rows: list[int]) -> str:
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
