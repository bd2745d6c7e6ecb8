"""Many new rows of one table written at once through the driver: the store's one bulk insert.

An imported file (services' UnitOfWork.insert_rows) and a pulled page's new rows (sync.page_writes) both come here
with plain column dicts. Their search text is filled by the store's Core door (store.search_index.BulkIndexer);
rows with the same columns go in one INSERT run by the driver, their values turned by each column's bind processor
a column at a time, as SQLAlchemy's own insert turns them one by one; a column a row lacks (a row from an older
desktop) gets its Python default, as Core's insert would give it, or is left out. From BULK_TRIGGERS_FROM rows of a
table with per-row insert triggers (store.bulk_triggers) those triggers' work is done once for the batch.

All of it runs in the caller's transaction: a refusal raises out, and the caller's rollback (to its savepoint)
brings back everything, the triggers too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from typing import Any

from sqlalchemy import Connection, Dialect, Table

from desktop.store import bulk_triggers
from desktop.store.search_index import TEXT_COLUMNS, BulkIndexer

# From this many rows a batch's per-row insert triggers (search index, period tallies) are caught up once instead.
BULK_TRIGGERS_FROM = 200


@lru_cache(maxsize=64)
def column_defaults(table: Table) -> tuple[dict[str, object], tuple[tuple[str, Callable[[], object]], ...]]:
    """The Python defaults a new row of `table` gets: the constant ones (None where there is none) and the ones made
    per row (a new id, an empty list), each as a function of nothing."""
    constants: dict[str, object] = {}
    made: list[tuple[str, Callable[[], object]]] = []
    for col in table.columns:
        default = col.default
        if default is None or not hasattr(default, "arg"):
            constants[col.key] = None
        elif default.is_callable:
            made.append((col.key, partial(default.arg, None)))
        else:
            constants[col.key] = default.arg
    return constants, tuple(made)


def _insert_sql(table: str, columns: Iterable[str]) -> str:
    names = list(columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _by_keys(table: Table, rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One executemany takes rows with the same columns: a row from an older desktop may lack a newer column. A key
    that is no column of the table is refused before anything is written."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    unknown = set().union(*groups) - set(table.c.keys())
    if unknown:
        raise ValueError(f"{table.name}: no column {', '.join(sorted(unknown))}")
    return list(groups.values())


def _with_defaults(table: Table, rows: list[dict[str, Any]]) -> None:
    """Give the rows (all with the same columns) the Python default of each column they lack and that has one;
    a column without one stays out of the INSERT (the database's own default, or NULL), as with Core's insert."""
    constants, made = column_defaults(table)
    given = rows[0].keys()
    fixed = {key: value for key, value in constants.items()
             if key not in given and hasattr(table.c[key].default, "arg")}
    makers = [(key, make) for key, make in made if key not in given]
    if not fixed and not makers:
        return
    for row in rows:
        row.update(fixed)
        for key, make in makers:
            row[key] = make()


# A column's bind processor: its Python value as the driver stores it.
Processor = Callable[[object], object]


@lru_cache(maxsize=1024)
def bind_processor(table: Table, key: str, dialect: Dialect) -> Processor | None:
    """The column's bind processor as SQLAlchemy's own insert applies it: the dialect's (SQLite's DATETIME writes
    '2026-11-20 09:30:00.000000'; the generic type has none, and the driver then wrote '2026-11-20 09:30:00', which
    sorts and compares differently as text)."""
    return table.c[key].type.dialect_impl(dialect).bind_processor(dialect)


@lru_cache(maxsize=256)
def _insert_plan(table: Table, keys: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[Processor | None, ...]]:
    """The INSERT of these columns and each one's bind processor, made once per table and set of columns (making
    them was most of a one-row insert's time)."""
    return (_insert_sql(table.name, (table.c[key].name for key in keys)),
            tuple(bind_processor(table, key, dialect) for key in keys))


def _stored_rows(table: Table, rows: list[dict[str, Any]], dialect: Dialect) -> tuple[str, list[tuple[object, ...]]]:
    """The INSERT of `rows` (dicts with the same keys, columns of `table`) and their parameters as the driver stores
    them: each column's values turned by its type's bind processor a column at a time."""
    keys = tuple(rows[0])
    sql, processors = _insert_plan(table, keys, dialect)
    columns: list[list[object]] = []
    for key, process in zip(keys, processors, strict=True):
        values = [row[key] for row in rows]
        columns.append(values if process is None else [process(v) for v in values])
    return sql, list(zip(*columns, strict=True))


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], indexer: BulkIndexer | None = None
                ) -> None:
    """Insert `rows` (column dicts, filled in place with their search text and any Python default they lack) into
    `table` on `conn`. `indexer`: one the caller shares between the tables of one write (it keeps what it read)."""
    if not rows:
        return
    if table.name in TEXT_COLUMNS:
        (indexer or BulkIndexer(conn)).fill(table.name, rows)
    for group in _by_keys(table, rows):
        _with_defaults(table, group)
        sql, params = _stored_rows(table, group, conn.dialect)
        if len(params) < BULK_TRIGGERS_FROM or not bulk_triggers.deferrable(table.name):
            conn.exec_driver_sql(sql, params)
            continue
        conn.exec_driver_sql(sql, params[:1])  # opens the write transaction, every trigger still in place
        with bulk_triggers.deferred(conn, table.name):  # the index and the tallies caught up once for the rest
            conn.exec_driver_sql(sql, params[1:])
