"""Reads and writes this PC's own facts (device id, slot, clock, commune) in the `local_state` table."""

from __future__ import annotations

from sqlalchemy import bindparam, event, inspect, select, update
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from desktop.store.models import LocalState, new_id

COMMUNE_CODE = "commune_code"
DEVICE_ID = "device_id"
DEVICE_SLOT = "device_slot"  # 0–9: which block of daily dossier numbers this PC may use
HLC = "hlc"
# What sync leaves behind for the status bar and the Đồng bộ page (written by desktop.sync, read by services).
LAST_SYNC_AT = "last_sync_at"  # ISO, UTC, of the last run that finished
SERVER_URL = "server_url"


# session.info key: the table's rows as the transaction first read them (a handful), held so the identity map
# (which holds rows weakly) keeps them: a registration asks for five keys, one statement instead of five.
_ROWS = "local_state.rows"
_UPDATE = update(LocalState).where(LocalState.key == bindparam("k")).values(value=bindparam("v"))


def _forget(session: Session, transaction: SessionTransaction) -> None:
    # Another connection may write the table between two transactions, and a savepoint rolled back takes back
    # what it added; the inner transaction every flush opens and ends is neither, and keeps them.
    if transaction.parent is None or transaction.nested:
        session.info.pop(_ROWS, None)


event.listen(Session, "after_transaction_end", _forget)


def _row(session: Session, key: str) -> LocalState | None:
    rows: dict[str, LocalState] | None = session.info.get(_ROWS)
    if rows is None:
        rows = session.info[_ROWS] = {r.key: r for r in session.scalars(select(LocalState))}
    row = rows.get(key)
    if row is not None and not inspect(row).deleted and not inspect(row).detached:
        return row
    # Not there when the table was read, or deleted since: the identity map knows of a row added or deleted
    # since then (put() adds to the session; sync deletes its clock warning through the session).
    found = session.identity_map.get(identity_key(LocalState, key))
    if isinstance(found, LocalState) and not inspect(found).deleted:
        return found
    return next((o for o in session.new if isinstance(o, LocalState) and o.key == key), None)


def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = _row(session, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = _row(session, key)
    if row is None:
        row = LocalState(key=key, value=value)
        session.add(row)
        rows = session.info.get(_ROWS)
        if rows is not None:  # held here too: once flushed, the identity map alone would hold it only weakly
            rows[key] = row
    else:
        row.value = value


def write(session: Session, key: str, value: str) -> None:
    """`put`, written at once with one statement rather than by the ORM's flush at the commit (a registration ends
    with the clock's update: the flush was a tenth of its time). A key not stored yet, or one this session has
    changed unflushed, goes through `put`."""
    row = _row(session, key)
    if row is None or inspect(row).pending or inspect(row).modified:
        put(session, key, value)
        return
    session.connection().execute(_UPDATE, {"k": key, "v": value})
    set_committed_value(row, "value", value)  # the session's row says what is stored, with nothing left to flush


def device_id(session: Session) -> str:
    """Made once per installation, on first use."""
    value = get(session, DEVICE_ID)
    if value is None:
        value = new_id()
        put(session, DEVICE_ID, value)
    return value


def all_values(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(LocalState))}
