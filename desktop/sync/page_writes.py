"""The new rows and audit entries of a pulled page's optimistic pass, written with a few Core statements at its end.

Making one ORM object per pulled row and letting the unit of work insert them was most of the time of a first
pull (an initial sync brings every row of the commune). On the optimistic pass (pull.apply_page) the page's new
rows and its audit entries are therefore only noted, and written here: the ORM's own pending work first (a new
catalogue row they may name), then the rows table by table in dependency order by the store's bulk insert
(store.bulk_insert: search text filled, a big batch's insert triggers caught up once), then the audit entries. Any
refusal raises out of the pass, which is undone (the deferred triggers with it) and applied again row by row, the
ORM way, exactly as before.

Rows of tables with a natural key are never deferred: a twin made earlier in the same page must be found by the
query that looks for it (pull.twin_of), and only a flushed row is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from desktop.store import bulk_insert
from desktop.store.models import AuditEntry, Base
from desktop.sync import lookups
from desktop.sync.rows import NATURAL_KEYS

ACTOR = "sync"  # the audit log's actor for what a pull wrote


def defer_row(session: Session, table: str, values: dict[str, Any]) -> bool:
    """True when the new row `values` of `table` is noted for the page's end (the caller adds nothing)."""
    page = lookups.current(session)
    if page is None or not page.fast or table in NATURAL_KEYS:
        return False
    page.inserts.setdefault(table, []).append(values)
    return True


def audit(session: Session, action: str, table: str, row_id: str, changes: dict[str, object], now: datetime,
          commune_code: str) -> None:
    """What a pull changed stays answerable ("who changed what"): noted for the page's end on its optimistic pass,
    else added at once."""
    values = {"commune_code": commune_code, "at": now, "actor": ACTOR, "action": action, "table_name": table,
              "row_id": row_id, "changes": changes}
    page = lookups.current(session)
    if page is not None and page.fast:
        page.audits.append(values)
    else:
        session.add(AuditEntry(**values))


def write(session: Session) -> None:
    """Flush the ORM's pending work, then insert what the pass noted (nothing is noted off the optimistic pass)."""
    session.flush()
    page = lookups.current(session)
    if page is None or not (page.inserts or page.audits):
        return
    inserts, audits = page.inserts, page.audits
    page.inserts, page.audits = {}, []
    conn = session.connection()
    for table in Base.metadata.sorted_tables:  # parents before children
        rows = inserts.pop(table.name, None)
        if not rows:
            continue
        bulk_insert.insert_rows(conn, table, rows)
    if inserts:  # a table the metadata does not know cannot be: model_for found its model
        raise AssertionError(f"no table for {sorted(inserts)}")
    if audits:
        audit_table: Table = AuditEntry.__table__  # type: ignore[assignment]
        bulk_insert.insert_rows(conn, audit_table, audits)
