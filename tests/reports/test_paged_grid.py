"""A long ruled table is laid out a page at a time (layout.PagedGrid), and its pages come out as ReportLab's own
Table would lay them out: the same text at the same places, the header repeated on every page."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from report_pdf import read
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from desktop.reports import layout
from desktop.reports.fonts import report_fonts

HEAD = ["STT", "Mã hồ sơ", "Lĩnh vực, thủ tục", "Lý do quá hạn"]


def _rows(n: int) -> list[list[object]]:
    rnd = random.Random(7)
    rows: list[list[object]] = [list(HEAD)]
    for i in range(1, n + 1):
        reason = "\n".join(["Chờ kết quả xác minh của cơ quan khác"] * rnd.randint(1, 4))  # rows of 1–4 lines
        rows.append([str(i), f"06979-261105-{i:04d}", "Hộ tịch: Đăng ký khai sinh", reason])
    return rows


def _pdf(path: Path, rows: list[list[object]]) -> tuple[Path, bool]:
    fonts = report_fonts()
    extra = [("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("FONTSIZE", (0, 1), (-1, -1), 9.5),
             ("LEADING", (0, 1), (-1, -1), 12)]
    table = layout.grid(rows, [12 * mm, 40 * mm, 55 * mm, 70 * mm], extra=extra)
    # Something above it, so the first page's break is not where a fresh page's would be.
    layout.write_pdf(path, [Spacer(1, 90 * mm), table], title_text="t", author="a", invariant=True)
    return path, isinstance(table, Table)


@pytest.mark.parametrize("n", [61, 700])
def test_a_long_grid_lays_out_as_one_table_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    rows = _rows(n)
    paged, plain_table = _pdf(tmp_path / "paged.pdf", rows)
    assert not plain_table
    monkeypatch.setattr(layout.PagedGrid, "WINDOW", 10**6)  # every grid a plain Table: ReportLab splits it
    whole, plain_table = _pdf(tmp_path / "whole.pdf", rows)
    assert plain_table
    ours, theirs = read(paged), read(whole)
    assert len(ours.pages) == len(theirs.pages) > (2 if n < 100 else 20)
    assert [sorted((round(f.x, 1), round(f.y, 1), f.text) for f in page) for page in ours.pages] == \
        [sorted((round(f.x, 1), round(f.y, 1), f.text) for f in page) for page in theirs.pages]
    for page in range(len(ours.pages)):
        assert " ".join(HEAD) in ours.lines(page)  # the header on every page
    numbers = [line.split()[0] for page in range(len(ours.pages)) for line in ours.lines(page)
               if " 06979-" in line]
    assert numbers == [str(i) for i in range(1, n + 1)]  # every row once, in order
