"""`column IN (…)` for the long id lists of a pushed batch or a pull page: one array parameter on PostgreSQL.

psycopg reads each statement's text to find its parameters and keeps only short texts in its cache, so a list of
500 ids written out as 500 parameters was read anew for every batch, and SQLAlchemy named and processed each of
them first; `= ANY(:ids)` with one array parameter is a short text, planned the same way (the same index
condition). SQLite keeps the plain IN list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY


def among(dialect: str, column: ColumnElement[Any], name: str) -> ColumnElement[bool]:
    """`column IN (:name)` for a statement built once and run with `{name: id_list(ids)}`: its text (and psycopg's
    prepared statement) is the same for every batch, and SQLAlchemy makes its cache key once."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(String)))
    return column.in_(bindparam(name, expanding=True))


def id_list(values: Iterable[str]) -> list[str]:
    """The ids as `among` takes them: sorted, each once (locks and index walks in one order)."""
    return sorted(set(values))
