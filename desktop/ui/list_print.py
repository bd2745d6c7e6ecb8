"""Print the list a page shows, as filtered and sorted: a title, the count, and a table whose header row repeats on
every page, numbered at the foot. The cells are the shown text (masked where the screen masks, see list_export).

`print_table` lays the list out with a QTextDocument straight onto the QPrinter: text stays text (a PDF printer gives
a searchable file) and a long list is paged by Qt. Painting on a QPrinter is allowed off the GUI thread, so it runs
on the database worker with the reading; it touches no widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QTextDocument

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

FONT_POINTS = 8.5
LANDSCAPE_FROM = 7  # columns: a wider list is printed across the sheet
NOWRAP_UP_TO = 24  # characters


def _cell(text: str) -> str:
    """A short cell (a code, a date, a masked ID) stays on one line; names and long labels wrap."""
    return f"<td{' nowrap' if len(text) <= NOWRAP_UP_TO else ''}>{escape(text)}</td>"


def list_html(title: str, count_line: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(_cell(cell) for cell in row) + "</tr>" for row in rows)
    return (f"<h3>{escape(title)}</h3><p>{escape(count_line)}</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse'>"
            f"<thead><tr style='background-color: #e8e8e8'>{head}</tr></thead><tbody>{body}</tbody></table>")


def print_table(printer: QPrinter, title: str, count_line: str, headers: Sequence[str],
                rows: Sequence[Sequence[str]]) -> None:
    """Worker thread: the list onto `printer` (paged, page numbers at the foot, the header row on every page)."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(list_html(title, count_line, headers, rows))
    printer.setDocName(title)
    document.print_(printer)
