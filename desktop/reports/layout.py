"""The Decree 30/2020 page and its fixed blocks: A4 margins, page numbers, header, title, signature, recipients.

Every paper is a list of ReportLab flowables built from these blocks and written by `write_pdf`, which replaces the
target file only once the whole document has been built, so a failure never leaves half a PDF behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.text import fold, nfc
from desktop.reports.fonts import FontFamily, report_fonts
from desktop.reports.formats import NBSP, place_date, upper
from desktop.reports.model import Issuer

# Decree 30/2020, appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
PORTRAIT = {"top": 20 * mm, "bottom": 20 * mm, "left": 30 * mm, "right": 15 * mm}
# Landscape annex pages keep Decree 30's margins too (binding edge 30 mm on the left as they lie in the file).
LANDSCAPE = {"top": 20 * mm, "bottom": 20 * mm, "left": 30 * mm, "right": 15 * mm}
PORTRAIT_WIDTH = A4[0] - PORTRAIT["left"] - PORTRAIT["right"]
LANDSCAPE_WIDTH = A4[1] - LANDSCAPE["left"] - LANDSCAPE["right"]


class Rule(Flowable):
    """A horizontal hairline of a given length, centred in the space it is given (under names and the motto)."""

    def __init__(self, length: float, gap: float = 4.0) -> None:
        super().__init__()
        self.length, self.gap = length, gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        # The gap keeps the line clear of descenders and dots below (“Ợ”, “p”) of the line above.
        return avail_width, self.gap + 1

    def draw(self) -> None:
        x = (self.width - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 1, x + self.length, 1)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the sizes Decree 30 gives for each part of a paper."""

    fonts: FontFamily

    def style(self, name: str, size: float, *, bold: bool = False, italic: bool = False, align: int = TA_LEFT,
              leading: float | None = None, **extra: object) -> ParagraphStyle:
        f = self.fonts
        face = {(False, False): f.regular, (True, False): f.bold, (False, True): f.italic,
                (True, True): f.bold_italic}[(bold, italic)]
        return ParagraphStyle(name, fontName=face, fontSize=size, leading=leading or size * 1.22, alignment=align,
                              **extra)

    def body(self) -> ParagraphStyle:
        # 13 pt justified, first line indented 1.27 cm, 6 pt between paragraphs.
        return self.style("body", 13, align=TA_JUSTIFY, leading=17, firstLineIndent=12.7 * mm, spaceAfter=6)

    def heading(self) -> ParagraphStyle:
        return self.style("heading", 13, bold=True, align=TA_JUSTIFY, leading=17, firstLineIndent=12.7 * mm,
                          spaceBefore=4, spaceAfter=6, keepWithNext=1)

    def center(self, size: float = 13, *, bold: bool = False, italic: bool = False) -> ParagraphStyle:
        return self.style("center", size, bold=bold, italic=italic, align=TA_CENTER)

    def cell(self, size: float = 10, *, bold: bool = False, italic: bool = False, align: int = TA_LEFT
             ) -> ParagraphStyle:
        return self.style("cell", size, bold=bold, italic=italic, align=align, leading=size * 1.18)


def styles() -> Styles:
    return Styles(report_fonts())


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: NFC, markup characters escaped, line breaks kept."""
    safe = nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    return Paragraph(safe, style)


def lines(text: str, style: ParagraphStyle, width: float) -> str:
    """`text` broken into lines no wider than `width` in the style's font, as a Paragraph breaks it (at spaces, a
    word too long for a line cut where it fills it): a plain-string table cell, which ReportLab lays out and draws
    several times faster than a Paragraph, for lists of thousands of rows. The cell needs the style's LEADING."""
    font, size = style.fontName, style.fontSize
    out: list[str] = []
    for part in nfc(text).split("\n"):
        for line in simpleSplit(part, font, size, width) or [""]:
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = next(i for i in range(len(line), 0, -1) if stringWidth(line[:i], font, size) <= width
                           or i == 1)
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
    return "\n".join(out)


def table_style(commands: Sequence[tuple]) -> TableStyle:
    """A table style that also names our font for plain-string cells, which ReportLab would set in Helvetica
    (a font that is then referenced, unembedded, by the PDF even when the cell is empty)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), report_fonts().regular), *commands])


def doc_number(number: str, symbol: str) -> str:
    """“05/BC-UBND”; left blank before the “/” for the clerk to fill in when the paper is issued."""
    return f"{number.strip() or NBSP * 8}/{symbol}"


def _text_width(text: str, style: ParagraphStyle) -> float:
    return stringWidth(text, style.fontName, style.fontSize)


def header(st: Styles, *, body_lines: Sequence[str], number: str | None, place_date: str, width: float,
           parent: Sequence[str] = ()) -> Table:
    """The first-page header: issuing body and number on the left, national motto and place/date on the right."""
    left_w = width * 0.42
    name_style = st.center(13, bold=True)
    lines = [upper(line) for line in body_lines]
    left: list[Flowable] = []
    left += [para(upper(line), st.center(12)) for line in parent]
    left += [para(line, name_style) for line in lines]
    # The rule under the body's name runs 1/3–1/2 of the line it sits under.
    left.append(Rule(min(left_w, max(_text_width(line, name_style) for line in lines)) * 0.4))
    motto_style = st.center(13, bold=True)
    motto = "Độc lập - Tự do - Hạnh phúc"
    right: list[Flowable] = [para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.center(12, bold=True)),
                             para(motto, motto_style), Rule(_text_width(motto, motto_style))]
    number_cell = para(f"Số: {number}", st.center(13)) if number is not None else ""
    date_cell = para(place_date, st.center(13, italic=True))
    table = Table([[left, right], [number_cell, date_cell]], colWidths=[left_w, width - left_w])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 1), (-1, 1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def commune_header(st: Styles, issuer: Issuer, *, number: str | None, day: date, width: float,
                   body_lines: Sequence[str] | None = None, parent: Sequence[str] = ()) -> Table:
    """The header as the issuing People's Committee writes it, dated at its place name."""
    return header(st, body_lines=body_lines or ["Ủy ban nhân dân", issuer.name], number=number,
                  place_date=place_date(issuer.place, day), width=width, parent=parent)


def comments(st: Styles, text: str, width: float) -> list[Flowable]:
    """The officer's comments, one paragraph per line; nothing typed: dotted lines to write on before signing."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    if paragraphs:
        return [para(p, st.body()) for p in paragraphs]
    style = st.style("dots", 13, leading=22)
    dots = "." * int(width / stringWidth(".", style.fontName, style.fontSize) - 1)
    return [para(dots, style) for _ in range(3)]


def title(st: Styles, kind: str, subject: str, width: float) -> list[Flowable]:
    """“BÁO CÁO” and the subject line with a short rule under it."""
    subject_style = st.center(14, bold=True)
    shown = min(width, _text_width(subject, subject_style))
    return [Spacer(1, 10 * mm), para(upper(kind), st.center(14, bold=True)), para(subject, subject_style),
            Rule(shown * 0.35, gap=5), Spacer(1, 5 * mm)]


def signer_lines(leader_title: str) -> list[str]:
    """“Chủ tịch” → TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; a vice-chair signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."""
    key = fold(leader_title)
    # “Chủ tịch UBND”, “Chủ tịch UBND xã” … sign as plain CHỦ TỊCH under TM. ỦY BAN NHÂN DÂN.
    if key.startswith("pho chu tich"):
        return ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    if not key or key.startswith("chu tich"):
        return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    return ["TM. ỦY BAN NHÂN DÂN", upper(leader_title.strip())]


def signature(st: Styles, *, title_lines: Sequence[str], name: str, recipients: Sequence[str] | None,
              width: float, before: Sequence[Flowable] = ()) -> KeepTogether:
    """The signer on the right (room for signature and seal) and “Nơi nhận:” level with the signer's title.

    `before` (the closing paragraphs) goes to the signature's page with it: a signature never stands alone.
    """
    right: list[Flowable] = [para(line, st.center(13, bold=True)) for line in title_lines]
    right += [Spacer(1, 26 * mm), para(name or NBSP, st.center(13, bold=True))]
    left: list[Flowable] | str = ""
    if recipients is not None:
        left = [para("Nơi nhận:", st.style("to", 12, bold=True, italic=True))]
        left += [para(r, st.style("recipient", 11, leading=13)) for r in recipients]
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([*before, Spacer(1, 6 * mm), table])


def signatures(st: Styles, columns: Sequence[tuple[Sequence[str], str]], width: float,
               before: Sequence[Flowable] = ()) -> KeepTogether:
    """Side-by-side signers, each (title lines, name): the receipt slip's and the lists' signature rows.

    `before` (a closing total line) stays on the page of the signatures, so no page holds signatures alone.
    """
    cells = []
    for lines, name in columns:
        # Titles in bold capitals; a bracketed hint such as “(Ký và ghi rõ họ tên)” in italics.
        cell: list[Flowable] = [para(line, st.center(12, bold=not line.startswith("("),
                                                     italic=line.startswith("("))) for line in lines]
        cell += [Spacer(1, 22 * mm), para(name or NBSP, st.center(12, bold=True))]
        cells.append(cell)
    table = Table([cells], colWidths=[width / len(columns)] * len(columns))
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return KeepTogether([*before, Spacer(1, 6 * mm), table])


CELL_PADDING = 3  # points left and right of a grid cell's text


def grid(rows: list[list[object]], widths: Sequence[float], *, header_rows: int = 1,
         extra: Sequence[tuple] = ()) -> Flowable:
    """A ruled table whose header rows repeat on every page it runs over (a long one laid out a page at a time,
    see PagedGrid)."""
    if len(rows) - header_rows > PagedGrid.WINDOW:
        return PagedGrid(rows, widths, header_rows=header_rows, extra=extra)
    return _ruled(rows, widths, header_rows, extra)


class PagedGrid(Flowable):
    """A ruled table of many rows that comes out as one Table would, at a cost per page that does not grow with
    the rows still to come.

    At each page break ReportLab splits a Table by building a new one of every remaining row, styled and measured
    again: a list of thousands (the late dossiers of a big ward's month, a long attendance sheet) took time growing
    with the square of its length. This hands ReportLab a Table of the next `window` rows, about twice what the last
    page held (grown until it is more than this page holds, so the break falls where the whole Table's would), keeps
    the rest for the next page and repeats the header rows there as the Table does."""

    WINDOW = 60  # rows in the first window; grids of no more rows than this are plain Tables

    def __init__(self, rows: list[list[object]], widths: Sequence[float], *, header_rows: int = 1,
                 extra: Sequence[tuple] = (), window: int = WINDOW) -> None:
        super().__init__()
        self.rows, self.widths, self.header_rows, self.extra = rows, list(widths), header_rows, tuple(extra)
        self.window = window
        self._table: Table | None = None

    def _whole(self) -> bool:
        return len(self.rows) - self.header_rows <= self.window

    def _windowed(self) -> Table:
        if self._table is None:
            self._table = _ruled(self.rows[:self.header_rows + self.window], self.widths, self.header_rows,
                                 self.extra)
        return self._table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        self.width, self.height = self._windowed().wrap(availWidth, availHeight)
        if not self._whole():  # rows beyond the window: never "fits", so the frame asks for a split
            self.height = max(self.height, availHeight + 1)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._windowed().split(availWidth, availHeight)
        while len(parts) == 1 and not self._whole():  # the whole window fits this page: look further
            self.window, self._table = self.window * 2, None
            parts = self._windowed().split(availWidth, availHeight)
        if self._whole() or not parts:
            return parts
        placed = parts[0]._nrows - self.header_rows
        if placed <= 0:
            return []
        rest = [*self.rows[:self.header_rows], *self.rows[self.header_rows + placed:]]
        return [parts[0], PagedGrid(rest, self.widths, header_rows=self.header_rows, extra=self.extra,
                                    window=2 * placed + 8)]

    def draw(self) -> None:  # only when every remaining row is in the window and fitted
        self._windowed().drawOn(self.canv, 0, 0)


def _ruled(rows: list[list[object]], widths: Sequence[float], header_rows: int, extra: Sequence[tuple]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               *extra]))
    return table


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


def _page_number(canvas: Any, doc: Any) -> None:  # a ReportLab page callback
    """Page numbers centred in the top margin, none on the first page."""
    page = canvas.getPageNumber()
    if page == 1:
        return
    fonts = report_fonts()
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(fonts.regular, 13)
    canvas.drawCentredString(width / 2, height - 12 * mm, str(page))
    canvas.restoreState()


def _template(name: str, size: tuple[float, float], m: dict[str, float]) -> PageTemplate:
    frame = Frame(m["left"], m["bottom"], size[0] - m["left"] - m["right"], size[1] - m["top"] - m["bottom"],
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
    return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=_page_number)


def write_pdf(out: Path | str, story: list[Flowable], *, title_text: str, author: str, subject: str = "",
              first: str = "portrait", invariant: bool = False) -> int:
    """Build the document into `out` (written whole or not at all); returns the number of pages."""
    out = Path(out)
    fonts = report_fonts()
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        doc = BaseDocTemplate(tmp, pagesize=A4, title=nfc(title_text), author=nfc(author), subject=nfc(subject),
                              creator="CommuneDesk", initialFontName=fonts.regular, initialFontSize=13,
                              invariant=1 if invariant else None)
        templates = [_template("portrait", A4, PORTRAIT), _template("landscape", landscape(A4), LANDSCAPE)]
        doc.addPageTemplates(templates if first == "portrait" else templates[::-1])
        doc.build(story)
        os.replace(tmp, out)
        return doc.page
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

