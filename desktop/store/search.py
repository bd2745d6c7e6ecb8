"""Accent-insensitive substring search: folded query terms matched through the FTS5 trigram index."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, literal_column, select, text, true
from sqlalchemy.orm import InstrumentedAttribute

from desktop.store.fts import FTS_ROWID, FTS_TABLES

# Trigram indexes need three characters; shorter terms fall back to a LIKE on the folded column.
_MIN_TRIGRAM = 3


def match_expression(terms: list[str]) -> str:
    """An FTS5 query in which every term must appear as a substring (quotes doubled, so input is never syntax)."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def query_chunks(folded_query: str) -> list[str]:
    """Words to match; a word too short for the trigram index is kept with its neighbour as one phrase.

    So "may in" looks for the phrase "may in" (the printer, not every "máy tính" holding "in"), while
    "lan tran" still finds "Trần Thị Lan" because both words stand on their own.
    """
    chunks: list[str] = []
    pending = ""
    for word in folded_query.split():
        if pending:
            word, pending = f"{pending} {word}", ""
        if len(word) < _MIN_TRIGRAM:
            if chunks:
                chunks[-1] = f"{chunks[-1]} {word}"
            else:
                pending = word
            continue
        chunks.append(word)
    if pending:
        chunks.append(pending)
    return chunks


def search_condition(owner: str, search_text: InstrumentedAttribute[str], folded_query: str) -> ColumnElement[bool]:
    """A WHERE clause for rows of `owner` whose folded text contains every term of the (already folded) query."""
    terms = query_chunks(folded_query)
    if not terms:
        return true()
    long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
    short_terms = [t for t in terms if len(t) < _MIN_TRIGRAM]
    parts: list[ColumnElement[bool]] = []
    if long_terms:
        fts = FTS_TABLES[owner]
        sub = select(literal_column("rowid")).select_from(text(fts)).where(
            text(f"{fts} MATCH :fts_query").bindparams(fts_query=match_expression(long_terms)))
        parts.append(literal_column(f"{owner}.{FTS_ROWID[owner]}").in_(sub))
    for term in short_terms:
        parts.append(search_text.contains(term, autoescape=True))
    return and_(*parts)
