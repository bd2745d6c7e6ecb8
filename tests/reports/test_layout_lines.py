"""layout.lines: the plain-string cell text the late-dossier annex sets, broken as a Paragraph breaks it."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports import layout


def test_lines_fit_the_width_and_keep_every_word_in_order() -> None:
    style = layout.styles().cell(9.5)
    text = ("Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở\n"
            "Chờ xác minh " + "x" * 120 + " cuối")
    out = layout.lines(text, style, 150)
    rows = out.split("\n")
    assert len(rows) > 4
    assert all(stringWidth(r, style.fontName, style.fontSize) <= 150 for r in rows)
    assert "".join(out.split()) == "".join(text.split())  # nothing lost or reordered, only spaces become breaks
    assert rows[0].startswith("Chứng thực") and rows[-1].endswith("cuối")
    assert layout.lines("", style, 150) == ""
