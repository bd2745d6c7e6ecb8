"""Accent-insensitive substring search: folded query terms matched through the FTS5 trigram index."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, TableClause, and_, column, literal_column, select, table, text, true
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


def _short_conditions(search_text: InstrumentedAttribute[str], terms: list[str]) -> list[ColumnElement[bool]]:
    return [search_text.contains(t, autoescape=True) for t in terms if len(t) < _MIN_TRIGRAM]


def _match(fts: str, terms: list[str]) -> ColumnElement[bool]:
    clause = text(f"{fts} MATCH :fts_query").bindparams(fts_query=match_expression(terms))
    return and_(true(), clause)  # typed as a boolean column expression; renders as the MATCH alone


def search_condition(owner: str, search_text: InstrumentedAttribute[str], folded_query: str,
                     min_rowid: int | None = None) -> ColumnElement[bool]:
    """A WHERE clause for rows of `owner` whose folded text contains every term of the (already folded) query;
    `min_rowid` keeps only index entries from that rowid up (the newest ones, for dossiers)."""
    terms = query_chunks(folded_query)
    if not terms:
        return true()
    long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
    parts: list[ColumnElement[bool]] = []
    if long_terms:
        fts = FTS_TABLES[owner]
        sub: Select[Any] = select(literal_column("rowid")).select_from(text(fts)).where(_match(fts, long_terms))
        if min_rowid is not None:
            sub = sub.where(literal_column("rowid") >= min_rowid)
        parts.append(literal_column(f"{owner}.{FTS_ROWID[owner]}").in_(sub))
    parts.extend(_short_conditions(search_text, terms))
    return and_(*parts)


def index_walk(owner: str, search_text: InstrumentedAttribute[str], folded_query: str
               ) -> tuple[TableClause, ColumnElement[bool]] | None:
    """For reading matches in the FTS index's own order (ORDER BY its rowid DESC: newest dossiers first) and
    stopping after a page: the FTS table (join its `rowid` to the owner's key) and the condition on the joined row.
    None when no term is long enough for the trigram index."""
    terms = query_chunks(folded_query)
    long_terms = [t for t in terms if len(t) >= _MIN_TRIGRAM]
    if not long_terms:
        return None
    fts = FTS_TABLES[owner]
    return table(fts, column("rowid")), and_(_match(fts, long_terms), *_short_conditions(search_text, terms))
