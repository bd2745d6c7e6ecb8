"""Many rows in one statement: what a pushed batch writes at its end (new rows, changed rows, feed entries, op ids).

On PostgreSQL the rows travel as one JSON array, encoded by orjson, and PostgreSQL takes them apart
(`json_to_recordset`): one statement and one parameter, where an executemany had SQLAlchemy process and psycopg
adapt every value of every row in Python (a tenth of the server's CPU under load). Elsewhere (SQLite), or for rows
orjson cannot write (an integer past 64 bits), it is an executemany as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Connection, Table, TextClause, Update, bindparam, insert, text, update
from sqlalchemy.dialects import postgresql

_PG = postgresql.dialect()


def _record(table: Table, names: Sequence[str], rename: dict[str, str]) -> str:
    """`x(name type, …)`: the columns the JSON objects carry, typed as the table's columns."""
    return ", ".join(f'"{rename.get(n, n)}" {table.c[n].type.compile(dialect=_PG)}' for n in names)


@cache
def _insert_sql(table: Table, names: tuple[str, ...]) -> TextClause:
    cols = ", ".join(f'"{n}"' for n in names)
    return text(f'INSERT INTO "{table.name}" ({cols}) SELECT {cols} '
                f"FROM json_to_recordset(CAST(:rows AS json)) AS x({_record(table, names, {})})")


@cache
def _update_sql(table: Table, keys: tuple[str, ...], names: tuple[str, ...]) -> TextClause:
    rename = {k: f"k_{k}" for k in keys}
    sets = ", ".join(f'"{n}" = x."{n}"' for n in names)
    where = " AND ".join(f't."{k}" = x."k_{k}"' for k in keys)
    return text(f'UPDATE "{table.name}" AS t SET {sets} '
                f"FROM json_to_recordset(CAST(:rows AS json)) AS x({_record(table, (*keys, *names), rename)}) "
                f"WHERE {where}")


@cache
def _update_each(table: Table, keys: tuple[str, ...], names: tuple[str, ...]) -> Update:
    return update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in keys)) \
        .values({n: bindparam(f"v_{n}") for n in names})


def _as_json(rows: Sequence[dict[str, Any]]) -> str | None:
    try:
        return orjson.dumps(rows).decode()
    except TypeError:
        return None


def insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all carry the same keys (column names)."""
    if not rows:
        return
    payload = _as_json(rows) if conn.dialect.name == "postgresql" and len(rows) > 1 else None
    if payload is None:
        conn.execute(insert(table), list(rows))
        return
    conn.execute(_insert_sql(table, tuple(rows[0])), {"rows": payload})


def update_many(conn: Connection, table: Table, keys: tuple[str, ...], rows: Sequence[dict[str, Any]]) -> None:
    """Update rows found by their `keys` columns; each dict carries the keys and the same columns to set."""
    if not rows:
        return
    names = tuple(n for n in rows[0] if n not in keys)
    payload = _as_json([{**{f"k_{k}": row[k] for k in keys}, **{n: row[n] for n in names}} for row in rows]) \
        if conn.dialect.name == "postgresql" and len(rows) > 1 else None
    if payload is None:
        conn.execute(_update_each(table, keys, names),
                     [{**{f"k_{k}": row[k] for k in keys}, **{f"v_{n}": row[n] for n in names}} for row in rows])
        return
    conn.execute(_update_sql(table, keys, names), {"rows": payload})
