"""The sheet forms 01–06 are printed on (A5 by default, A4 on request, the book on A4 landscape), their two-column
header (the receiving unit left, the national motto right), side-by-side signatures, and a writer that keeps a slip on
one page: when the text runs over (a very long name, a long list of papers) the type is set a little smaller and the
slip is built again, down to a floor below which it is left to run on rather than become unreadable."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table

from desktop.domain.text import nfc
from desktop.reports.fonts import report_fonts
from desktop.reports.formats import NBSP, place_date, upper
from desktop.reports.layout import Rule, para, table_style
from desktop.reports.model import Issuer

# Type shrinks in these steps until the slip fits one page; below the last the paper may run on.
SCALES = (1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62)
DOTS = "…" * 14
LONG_NAME = 60  # characters: a signer's name longer than this is set in smaller type under the signature


@dataclass(frozen=True)
class Sheet:
    """A paper size with its margins (Decree 30's proportions: the binding edge wider) and body type size."""

    name: str
    size: tuple[float, float]
    top: float
    bottom: float
    left: float
    right: float
    body: float  # body type size in points

    @property
    def width(self) -> float:
        return self.size[0] - self.left - self.right


SHEETS = {
    "a5": Sheet("a5", A5, 12 * mm, 10 * mm, 18 * mm, 10 * mm, 10.5),
    "a4": Sheet("a4", A4, 20 * mm, 20 * mm, 30 * mm, 15 * mm, 13),
    "book": Sheet("book", landscape(A4), 15 * mm, 12 * mm, 20 * mm, 12 * mm, 13),
}


def sheet(paper: str) -> Sheet:
    found = SHEETS.get(paper.lower())
    if found is None or paper.lower() == "book":
        raise ValueError(f"paper must be a5 or a4, not {paper!r}")
    return found


@dataclass(frozen=True)
class Ink:
    """Paragraph styles for one sheet at one scale: sizes are given as on A4 and set relative to the sheet's body."""

    sheet: Sheet
    scale: float = 1.0

    def size(self, a4_points: float) -> float:
        return a4_points * self.sheet.body / 13 * self.scale

    def style(self, a4_points: float = 13, *, bold: bool = False, italic: bool = False, align: int = TA_LEFT,
              leading: float = 1.22, **extra: object) -> ParagraphStyle:
        f = report_fonts()
        face = {(False, False): f.regular, (True, False): f.bold, (False, True): f.italic,
                (True, True): f.bold_italic}[(bold, italic)]
        points = self.size(a4_points)
        return ParagraphStyle("form", fontName=face, fontSize=points, leading=points * leading, alignment=align,
                              **extra)

    def body(self, **extra: Any) -> ParagraphStyle:
        return self.style(13, align=TA_JUSTIFY, spaceAfter=self.size(2.5), **extra)

    def center(self, a4_points: float = 13, *, bold: bool = False, italic: bool = False) -> ParagraphStyle:
        return self.style(a4_points, bold=bold, italic=italic, align=TA_CENTER)

    def mm(self, length: float) -> float:
        """A vertical gap, shrunk with the type."""
        return length * mm * self.scale * (0.8 if self.sheet.name == "a5" else 1.0)


def text(value: str) -> str:
    """A value or the form's blank to write it in by hand."""
    return value.strip() if value and value.strip() else DOTS


def header(ink: Ink, issuer: Issuer, *, unit_lines: Sequence[str], number: str | None, day: date | None = None,
           under_committee: bool = True) -> Table:
    """The receiving unit (the People's Committee above it unless it is the committee itself, in capitals, a short
    rule under it, “Số: …”) left; the national motto and the place/date line right."""
    width = ink.sheet.width
    left_w = width * 0.41
    name_style = ink.center(12, bold=True)
    left: list[Flowable] = [para(upper(f"Ủy ban nhân dân {issuer.name}"), ink.center(12))] if under_committee else []
    left += [para(upper(line), name_style) for line in unit_lines]
    longest = max(stringWidth(upper(line), name_style.fontName, name_style.fontSize) for line in unit_lines)
    left.append(Rule(min(left_w, longest) * 0.4, gap=2))
    if number is not None:
        left.append(para(f"Số: {number}", ink.center(12)))
    motto_style = ink.center(12.5, bold=True)
    motto = "Độc lập - Tự do - Hạnh phúc"
    right: list[Flowable] = [para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ink.center(11, bold=True)),
                             para(motto, motto_style),
                             Rule(stringWidth(motto, motto_style.fontName, motto_style.fontSize), gap=2)]
    if day is not None:
        right.append(para(place_date(issuer.place, day), ink.center(12, italic=True)))
    table = Table([[left, right]], colWidths=[left_w, width - left_w])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def title(ink: Ink, lines: Sequence[str]) -> list[Flowable]:
    return [Spacer(1, ink.mm(5))] + [para(line, ink.center(14, bold=True)) for line in lines]


def signatures(ink: Ink, columns: Sequence[tuple[Sequence[str], str] | None], *, gap: float = 18) -> Table:
    """Signers side by side, each (title lines, name), or None for an empty place. A long name wraps inside its
    column (it never widens the table or pushes the block to another page on its own)."""
    cells: list[object] = []
    for column in columns:
        if column is None:
            cells.append("")
            continue
        lines, name = column
        cell: list[Flowable] = [para(line, ink.center(12, bold=not line.startswith("("),
                                                      italic=line.startswith("("))) for line in lines]
        # A pasted name of several hundred characters is set smaller here rather than shrinking the whole slip.
        size = 12 if len(name) <= LONG_NAME else 9
        cell += [Spacer(1, ink.mm(gap)), para(name or NBSP, ink.center(size, bold=size == 12))]
        cells.append(cell)
    width = ink.sheet.width
    table = Table([cells], colWidths=[width / len(columns)] * len(columns))
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _write(out: Path, story: list[Flowable], sh: Sheet, meta: dict[str, str], numbered: bool) -> int:
    fd, tmp = tempfile.mkstemp(prefix=".form-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        fonts = report_fonts()
        doc = BaseDocTemplate(tmp, pagesize=sh.size, creator="CommuneDesk", initialFontName=fonts.regular,
                              **{k: nfc(v) for k, v in meta.items()})
        frame = Frame(sh.left, sh.bottom, sh.width, sh.size[1] - sh.top - sh.bottom, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id="page")
        on_page = _page_number if numbered else _no_number
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=sh.size, onPage=on_page)])
        doc.build(story)
        os.replace(tmp, out)
        return int(doc.page)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _no_number(canvas: object, doc: object) -> None:  # each page of a slip is a copy of its own: no number
    return None


def _page_number(canvas: object, doc: object) -> None:  # a ReportLab page callback
    page = canvas.getPageNumber()  # type: ignore[attr-defined]
    if page == 1:
        return
    width, height = canvas._pagesize  # type: ignore[attr-defined]
    canvas.saveState()  # type: ignore[attr-defined]
    canvas.setFont(report_fonts().regular, 10)  # type: ignore[attr-defined]
    canvas.drawCentredString(width / 2, height - 7 * mm, str(page))  # type: ignore[attr-defined]
    canvas.restoreState()  # type: ignore[attr-defined]


def write_fitted(out: Path | str, build: Callable[[Ink], list[Flowable]], sh: Sheet, *, pages: int = 1,
                 title_text: str, author: str, subject: str = "", numbered: bool = False) -> int:
    """Build `build(ink)` into `out` on `sh`, shrinking the type until it takes `pages` pages (one per copy);
    returns the number of pages written. The file is replaced whole or not at all."""
    out = Path(out)
    meta = {"title": title_text, "author": author, "subject": subject}
    written = 0
    for scale in SCALES:
        written = _write(out, build(Ink(sh, scale)), sh, meta, numbered)
        if written <= pages:
            break
    return written


def wrap_table(rows: list[list[object]], widths: Sequence[float], *, header_rows: int = 1,
               extra: Sequence[tuple] = ()) -> Table:
    """A ruled table whose header rows repeat on each page."""
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                               *extra]))
    return table

