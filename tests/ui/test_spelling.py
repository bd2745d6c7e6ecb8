"""One spelling for the words the UI repeats: "khóa", "xóa", "hóa", "thủy" (the older placement of the tone mark,
the one most of the app and the government's forms already used), never "khoá", "xoá", "hoá", "thuỷ" beside them —
in the code, the translations, the user guide and the import templates (their README and their guide sheets)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
# The tone mark on the second vowel of an open "oa", "oe", "uy" syllable ("xoá", "hoà", "thuỷ"); "quý" is not one
# ("qu" is a consonant).
OTHER = re.compile(r"(?<![q])(?:o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?!\w)", re.IGNORECASE)


def _template_cells(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [value for sheet in book for row in sheet.iter_rows(values_only=True) for value in row
                if isinstance(value, str)]
    finally:
        book.close()


def test_the_pattern_knows_both_placements() -> None:
    assert [bool(OTHER.search(w)) for w in ("xoá", "Khoá", "HOÁ", "thuỷ", "Hoà")] == [True] * 5
    assert [bool(OTHER.search(w)) for w in ("xóa", "khóa", "hóa", "thủy", "Quý", "hoàn", "toán")] == [False] * 7


def test_no_second_spelling_in_the_code_messages_translations_guide_or_templates() -> None:
    places = [*(ROOT / "desktop").rglob("*.py"), ROOT / "resources" / "translations" / "commune_desk_en.ts",
              *(ROOT / "resources" / "guide").glob("*.html"), ROOT / "resources" / "templates" / "README.md"]
    found = [f"{p.relative_to(ROOT)}:{n}" for p in places
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1) if OTHER.search(line)]
    templates = sorted((ROOT / "resources" / "templates").glob("*.xlsx"))
    assert len(templates) == 5
    found += [f"{p.relative_to(ROOT)}: {text[:60]}" for p in templates for text in _template_cells(p)
              if OTHER.search(text)]
    assert found == []
