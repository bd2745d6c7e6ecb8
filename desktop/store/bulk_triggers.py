"""A large batch of new dossiers with their per-row insert triggers' work done once for the whole batch.

Each dossier inserted runs two triggers: one adds its search text to the FTS index, one adds it to its period's
tally (store.month_counts). For an imported list of 50,000 dossiers (or a first pull of them) that is half the cost
of the insert; store.bulk_insert, which both use, defers them for a big batch. Inside
`deferred(conn, "dossiers")` those two triggers are dropped; on leaving, the rows inserted meanwhile (rowids past the
highest one before) are added to the index and to the tallies by one statement each, and the triggers are made
again from their own stored SQL. All of it happens in the caller's transaction: a rollback (a cancelled import, an
error, a pulled page refused and undone to its savepoint) brings the triggers back with everything else. Outside a
transaction nothing is deferred, since SQLite would commit the DROP at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from desktop.store import fts, month_counts

_FTS, _KEY = fts.FTS_TABLES["dossiers"], fts.FTS_ROWID["dossiers"]
# table → {insert trigger: the statement doing its work at once for the rows past a rowid (the one parameter)}
_DEFERRED: dict[str, dict[str, str]] = {"dossiers": {
    f"{_FTS}_ai": f"INSERT INTO {_FTS}(rowid, search_text) SELECT {_KEY}, search_text FROM dossiers "
                  f"WHERE rowid > ? AND {_KEY} IS NOT NULL",
    "dossier_period_ai": month_counts.add_rows_statement("d.rowid > ?"),
}}


def deferrable(table: str) -> bool:
    return table in _DEFERRED


@contextmanager
def deferred(conn: Connection, table: str) -> Iterator[None]:
    """Rows inserted into `table` inside are indexed and tallied on leaving (see the module's docstring)."""
    catch_up = _DEFERRED.get(table, {})
    if not catch_up or not conn.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        yield
        return
    stored: dict[str, str] = {str(name): str(sql) for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))}
    names = [name for name in catch_up if name in stored]  # a trigger the store lacks has no work to catch up
    after = conn.exec_driver_sql(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").scalar_one()
    for name in names:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    # Not reached when the block raises: the caller's rollback restores the triggers with the rest.
    for name in names:
        conn.exec_driver_sql(catch_up[name], (after,))
        conn.exec_driver_sql(stored[name])
