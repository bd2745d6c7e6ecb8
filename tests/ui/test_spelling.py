"""One spelling for the words the UI repeats: "khóa", "xóa" (the older placement of the tone mark, the one most of
the app and the government's forms already used), never "khoá", "xoá" beside them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OTHER = re.compile(r"[kK]hoá|[xX]oá|KHOÁ|XOÁ")


def test_no_second_spelling_in_the_code_messages_translations_or_guide() -> None:
    places = [*(ROOT / "desktop").rglob("*.py"), ROOT / "resources" / "translations" / "commune_desk_en.ts",
              *(ROOT / "resources" / "guide").glob("*.html")]
    found = [f"{p.relative_to(ROOT)}:{n}" for p in places
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1) if OTHER.search(line)]
    assert found == []
