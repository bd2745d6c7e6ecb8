"""Reads generated PDFs back for the report tests: text by line with its font, page sizes, fonts and glyphs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import getFont

from desktop.reports.fonts import report_fonts

A4_POINTS = (595.28, 841.89)


@dataclass(frozen=True)
class Fragment:
    text: str
    x: float
    y: float
    font: str  # PostScript name without the subset prefix, e.g. "Tinos-Bold"


@dataclass
class Paper:
    path: Path
    reader: PdfReader
    pages: list[list[Fragment]]

    def lines(self, page: int) -> list[str]:
        """The page's text as lines: fragments on one baseline joined left to right, spaces collapsed."""
        rows: list[tuple[float, list[Fragment]]] = []
        for f in sorted(self.pages[page], key=lambda f: -f.y):
            if rows and abs(rows[-1][0] - f.y) < 2.0:
                rows[-1][1].append(f)
            else:
                rows.append((f.y, [f]))
        return [" ".join(" ".join(f.text for f in sorted(frags, key=lambda f: f.x)).split()) for _, frags in rows]

    def all_lines(self) -> list[str]:
        return [line for page in range(len(self.pages)) for line in self.lines(page)]

    def text(self) -> str:
        return " ".join(self.all_lines())

    def find_page(self, needle: str, *, whole_line: bool = True) -> int:
        """The first page with `needle` as a whole line (or anywhere in a line)."""
        return next(i for i in range(len(self.pages))
                    if any(needle == line or (not whole_line and needle in line) for line in self.lines(i)))

    def row(self, page: int, label: str, occurrence: int = 0) -> list[str]:
        """The cells after `label` on the line of `page` that holds it (one table row); `occurrence` picks among
        several tables on the page."""
        line = [line for line in self.lines(page) if label in line][occurrence]
        return line.split(label, 1)[1].split()


def read(path: Path) -> Paper:
    reader = PdfReader(path)
    pages = []
    for page in reader.pages:
        found: list[Fragment] = []

        def visit(text, cm, tm, font_dict, font_size, found=found) -> None:  # noqa: ANN001 - pypdf callback
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            base = str(font_dict.get("/BaseFont", "")) if font_dict else ""
            found.append(Fragment(text.replace("\n", ""), x, y, re.sub(r"^/?[A-Z]{6}\+", "", base).lstrip("/")))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return Paper(path, reader, pages)


def is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


def page_sizes(paper: Paper) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in paper.reader.pages]


def unembedded_fonts(paper: Paper) -> list[str]:
    """Fonts any page uses without a TrueType program embedded (/FontFile2) in its descriptor."""
    bad = []
    for page in paper.reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                bad.append(str(font.get("/BaseFont")))
    return bad


def missing_glyphs(paper: Paper) -> list[tuple[str, str]]:
    """(character, font) pairs drawn with a font whose cmap has no glyph for them."""
    fonts = report_fonts()
    faces = {}
    for name in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic):
        face = getFont(name).face
        faces[face.name.decode() if isinstance(face.name, bytes) else face.name] = face
    missing = set()
    for page in paper.pages:
        for f in page:
            face = faces.get(f.font)
            if face is None:
                missing.add(("*", f.font))
                continue
            missing.update((ch, f.font) for ch in f.text if ord(ch) not in face.charToGlyph)
    return sorted(missing)


def content_sizes(paper: Paper) -> list[int]:
    """Decompressed content-stream size of each page."""
    return [len(p.get_contents().get_data()) for p in paper.reader.pages]
