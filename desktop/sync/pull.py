"""Applying pulled pages: rows (only when the server's version is not older than ours), conflicts and the province
catalogue (by procedure code), with the cursor saved in the same local transaction.

Pulled changes write audit entries ("who changed what" stays answerable) but never outbox rows: they came from the
server and must not travel back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.hlc import Hlc, receive
from desktop.protocol.errors import ProtocolError
from desktop.protocol.tables import to_json
from desktop.protocol.values import check_hlc
from desktop.protocol.values import plain as jsonable
from desktop.store import local_state
from desktop.store.migrate import head_revision
from desktop.store.models import OutboxOp, SyncAlias, SyncConflict, SyncParked
from desktop.sync import lookups, page_writes, state
from desktop.sync.catalogue import apply_catalogue
from desktop.sync.rows import LIVE_ONLY_TWINS, NATURAL_KEYS, local_values, model_for, references, twin_of


@dataclass
class PullStats:
    rows: int = 0
    unchanged: int = 0
    conflicts: int = 0
    parked: int = 0
    refused: int = 0  # rows the protocol refused: parked as "unreadable", never applied
    aliased: int = 0
    catalogue: int = 0


def apply_page(session: Session, page: dict[str, Any], commune_code: str, now: datetime, stats: PullStats,
               echoes: Mapping[tuple[str, str], int] | None = None) -> None:
    """One page and its cursor; the caller commits (all or nothing).

    The page is first applied in one go (its rows written together at its end, in a savepoint). When the database
    refuses anything, that is undone and the page is applied again row by row, each row in its own savepoint: a
    child that comes before its parent in the page is parked and applied once the page's rows are in
    (`_retry_parked`), so one row never fails the whole page and the cursor moves on."""
    changes = page.get("changes", [])
    if echoes:
        changes = _without_echoes(changes, echoes, stats)
    tried = PullStats()
    try:
        with session.begin_nested():
            _apply_all(session, changes, commune_code, now, tried, fast=True)
    except IntegrityError:
        _apply_all(session, changes, commune_code, now, stats, fast=False)
    else:
        for name in vars(tried):
            setattr(stats, name, getattr(stats, name) + getattr(tried, name))
    local_state.put(session, state.CURSOR, str(int(page["cursor"])))


def _without_echoes(changes: list[dict[str, Any]], echoes: Mapping[tuple[str, str], int], stats: PullStats
                    ) -> list[dict[str, Any]]:
    """The page without this PC's own rows coming back at the very version its push made them (push.record_results
    `echoes`): they hold here exactly what the server has. A row changed since by anyone has a newer version and is
    applied as usual."""
    def echoed(c: dict[str, Any]) -> bool:
        key = (str(c.get("table_name")), str(c.get("row_id")))
        return c.get("kind") == "row" and "data" in c and echoes.get(key) == c.get("server_version")

    kept = [c for c in changes if not echoed(c)]
    stats.unchanged += len(changes) - len(kept)
    return kept


def _apply_all(session: Session, changes: list[dict[str, Any]], commune_code: str, now: datetime,
               stats: PullStats, fast: bool) -> None:
    in_page = {(c["table_name"], c["row_id"]) for c in changes if c.get("kind") == "row"}
    with_data = [c for c in changes if c.get("kind") == "row" and isinstance(c.get("data"), dict)]
    lookups.prefetch(session, with_data, fast)
    try:
        _apply_changes(session, changes, with_data, in_page, commune_code, now, stats)
        page_writes.write(session)
    finally:
        lookups.done(session)


def _apply_changes(session: Session, changes: list[dict[str, Any]], with_data: list[dict[str, Any]],
                   in_page: set[tuple[str, str]], commune_code: str, now: datetime, stats: PullStats) -> None:
    _alias_twins(session, with_data, stats)
    clocks: list[str] = []
    for change in changes:
        kind = change.get("kind")
        if kind == "row" and "refused" in change:
            # The server holds a row it cannot hand out as the protocol says: shown here as refused, and skipped.
            _unreadable(session, change, stats)
        elif kind == "row" and "data" in change:
            hlc = change["data"].get("hlc")
            clocks.append(hlc if isinstance(hlc, str) and _readable_clock(hlc) else "")
            _apply_row(session, change["table_name"], change["row_id"], int(change["server_version"]),
                       change["data"], in_page, now, stats)
        elif kind == "conflict" and "conflict" in change:
            page_writes.write(session)  # a resolution may be about a row made earlier in the page
            _apply_conflict(session, change["conflict"], now, stats)
        elif kind == "catalogue" and "catalogue" in change:
            stats.catalogue += apply_catalogue(session, change["catalogue"], commune_code, now)
    _retry_parked(session, now, stats)
    _observe_clocks(session, [c for c in clocks if c], now)


def _alias_twins(session: Session, rows: list[dict[str, Any]], stats: PullStats) -> None:
    """Another PC's copy of a row we hold under its natural key (a procedure code, a username) becomes an alias
    before anything in the page refers to it, so its children in the same page point at our copy."""
    for change in rows:
        table, row_id = change["table_name"], change["row_id"]
        key, model = NATURAL_KEYS.get(table), model_for(table)
        value = change["data"].get(key) if key else None
        if model is None or not isinstance(value, str) or lookups.alias(session, table, row_id) is not None \
                or lookups.row(session, model, table, row_id) is not None:
            continue
        twin = twin_of(session, table, value, row_id)
        if twin is not None:
            session.add(SyncAlias(table_name=table, remote_id=row_id, local_id=twin.id))
            session.flush()
            lookups.added(session, "alias", table, row_id)
            stats.aliased += 1


def _missing_parent(session: Session, table: str, values: dict[str, object], in_page: set[tuple[str, str]]
                    ) -> str | None:
    for column, parent in references(table):
        ref = values.get(column)
        if ref is None:
            continue
        alias = lookups.alias(session, parent, ref)
        if alias is not None:
            values[column] = alias.local_id  # another PC's copy of our catalogue row means ours
            continue
        if (parent, ref) in in_page:
            continue  # arrives in this page; if it is not in yet, the insert or update parks and is retried
        parent_model = model_for(parent)
        if parent_model is not None and lookups.row(session, parent_model, parent, ref) is None:
            return f"{parent}:{ref}"
    return None


def _park(session: Session, table: str, row_id: str, version: int, data: dict[str, object], reason: str,
          stats: PullStats) -> None:
    parked = lookups.parked(session, table, row_id)
    if parked is None:
        session.add(SyncParked(table_name=table, row_id=row_id, server_version=version, data=data, reason=reason))
        lookups.added(session, "parked", table, row_id)
    elif parked.server_version <= version:
        parked.server_version, parked.data, parked.reason = version, data, reason
    stats.parked += 1


UNREADABLE = "unreadable"  # the reason a parked row starts with when the protocol refused its values


def _readable_clock(hlc: str) -> bool:
    try:
        check_hlc(hlc)
    except ProtocolError:
        return False
    return True


def _unreadable(session: Session, change: dict[str, Any], stats: PullStats) -> None:
    """Park a pulled row the protocol refuses (kept for a person to see, never retried as it is); the cursor moves
    on past it, so one bad row never stops a commune's pulls."""
    found = change.get("refused")
    refused: dict[str, Any] = found if isinstance(found, dict) else {}
    reason = f"{UNREADABLE} {refused.get('code', 'protocol.invalid')} {refused.get('field') or ''}".strip()
    version = change.get("server_version")
    _park(session, str(change["table_name"])[:64], str(change["row_id"])[:36], version if isinstance(version, int)
          else 0, {}, reason, stats)
    stats.refused += 1


def _apply_row(session: Session, table: str, row_id: str, version: int, data: dict[str, object],
               in_page: set[tuple[str, str]], now: datetime, stats: PullStats) -> bool:
    """True when the row is settled here (applied, unchanged or aliased); False when it waits in `sync_parked`."""
    model = model_for(table)
    alias = lookups.alias(session, table, row_id)
    if model is None:
        stats.unchanged += 1
        return True
    try:
        values = local_values(table, data)
    except ProtocolError as exc:
        _unreadable(session, {"table_name": table, "row_id": row_id, "server_version": version,
                              "refused": {"code": exc.code, "field": exc.field}}, stats)
        return False
    values["id"] = row_id
    missing = _missing_parent(session, table, values, in_page)
    if missing is not None:
        _park(session, table, row_id, version, data, f"parent.missing {missing}", stats)
        return False
    if alias is not None:
        _apply_to_twin(session, model, table, alias.local_id, values, now, stats)
        return True
    commune = str(values.get("commune_code") or "")
    local = lookups.row(session, model, table, row_id)
    if local is None:
        key = NATURAL_KEYS.get(table)
        if key and values.get(key) is not None:
            twin = twin_of(session, table, values[key], row_id)
            if twin is not None:
                session.add(SyncAlias(table_name=table, remote_id=row_id, local_id=twin.id))
                lookups.added(session, "alias", table, row_id)
                stats.aliased += 1
                return True
        try:
            if not page_writes.defer_row(session, table, values):
                with lookups.row_savepoint(session):
                    session.add(model(**values))
        except IntegrityError as exc:  # e.g. the same asset tag typed on two PCs: kept aside, not lost
            lookups.not_in_one_go(session)
            _park(session, table, row_id, version, data, f"duplicate {str(exc.orig)[:200]}", stats)
            return False
        lookups.added(session, "row", table, row_id)
        page_writes.audit(session, "sync_insert", table, row_id, {"new": {k: jsonable(v) for k, v in values.items()}},
               now, commune)
        stats.rows += 1
        _settled(session, table, row_id)
        return True
    if (local.server_version or 0) > version:
        stats.unchanged += 1  # an older state of a row we already have newer
        return True
    pending = lookups.pending_fields(session, table, row_id)
    skip = pending | ({"hlc", "updated_at", "updated_by"} if pending else set()) | {"id"}
    old: dict[str, object] = {}
    new: dict[str, object] = {}
    try:
        with lookups.row_savepoint(session):  # written (flushed) as it ends, unless the page goes in one go
            for key, value in values.items():
                if key not in skip and getattr(local, key) != value:
                    old[key], new[key] = jsonable(getattr(local, key)), jsonable(value)
                    setattr(local, key, value)
    except IntegrityError as exc:  # e.g. a parent later in the page, or a unique value another row holds here
        lookups.not_in_one_go(session)
        _park(session, table, row_id, version, data, f"refused {str(exc.orig)[:200]}", stats)
        return False
    if new:
        page_writes.audit(session, "sync_update", table, row_id, {"old": old, "new": new}, now, commune)
        stats.rows += 1
    else:
        stats.unchanged += 1
    _settled(session, table, row_id)
    return True


def _apply_to_twin(session: Session, model: Any, table: str, local_id: str, values: dict[str, object],
                   now: datetime, stats: PullStats) -> None:
    """Another PC's copy of a row we hold under the same natural key changed: its edit reaches our copy, field by
    field, when its clock is newer than ours and we have nothing of our own waiting for those fields. Our copy keeps
    its own id and server version (the province knows it as a row of its own)."""
    local = session.get(model, local_id)
    theirs, ours = values.get("hlc"), getattr(local, "hlc", None)
    if local is None or (isinstance(theirs, str) and isinstance(ours, str) and ours and theirs <= ours):
        stats.unchanged += 1
        return
    pending = lookups.pending_fields(session, table, local_id)
    skip = pending | ({"hlc", "updated_at", "updated_by"} if pending else set()) | {
        "id", "server_version", "commune_code", "created_at"}
    old: dict[str, object] = {}
    new: dict[str, object] = {}
    for key, value in values.items():
        if key not in skip and getattr(local, key) != value:
            old[key], new[key] = jsonable(getattr(local, key)), jsonable(value)
            setattr(local, key, value)
    if not new:
        stats.unchanged += 1
        return
    page_writes.audit(session, "sync_update", table, local_id, {"old": old, "new": new, "via": values.get("id")}, now,
           str(getattr(local, "commune_code", "")))
    if table in LIVE_ONLY_TWINS:
        _tell_province(session, table, local, sorted(set(new) - {"hlc"}), now)
    stats.rows += 1


def _tell_province(session: Session, table: str, local: Any, changed: list[str], now: datetime) -> None:
    """Our copy took what another PC's copy of the same thing (one village typed on two PCs) says: the province
    hears it as an edit of our copy too, so its two rows of the thing agree. Otherwise it keeps our stale copy
    live, say of a village the other PC removed, and a PC set up later takes that copy for the truth (a catalogue
    row or a username finds its twin removed or not, so those converge without it)."""
    mapper = sa_inspect(type(local))
    payload = to_json(table, {c.key: getattr(local, c.key) for c in mapper.column_attrs})
    session.add(OutboxOp(table_name=table, row_id=local.id, op="update", base_server_version=local.server_version,
                         changed_fields=changed, payload=payload, hlc=local.hlc, schema_version=head_revision(),
                         created_at=now))
    lookups.queued(session, table, local.id, changed)  # our own copy's echo later in the page must not undo it


def _settled(session: Session, table: str, row_id: str) -> None:
    """A readable version of a row arrived: an older unreadable one parked for it has nothing left to show."""
    parked = lookups.parked(session, table, row_id)
    if parked is not None and parked.reason.startswith(UNREADABLE):
        session.delete(parked)


def _retry_parked(session: Session, now: datetime, stats: PullStats) -> None:
    """Parked rows whose parents are in now; again while a round settles any (a parked child may come before its
    parked parent), so each round has fewer left."""
    settled = True
    while settled:
        page_writes.write(session)  # the rows made so far are in before a parked child looks for its parent
        settled = False
        for parked in list(session.scalars(select(SyncParked).where(SyncParked.reason.not_like(f"{UNREADABLE}%")))):
            if _apply_row(session, parked.table_name, parked.row_id, parked.server_version, parked.data, set(), now,
                          PullStats()):
                session.delete(parked)
                stats.rows += 1
                settled = True


def _observe_clocks(session: Session, clocks: list[str], now: datetime) -> None:
    """Later local edits must sort after everything seen from the server."""
    if not clocks:
        return
    remote = max(Hlc.decode(c) for c in clocks)
    stored = local_state.get(session, local_state.HLC)
    last = Hlc.decode(stored) if stored else None
    node = last.node if last else local_state.device_id(session)[-12:]
    if last is None or remote > last:
        local_state.put(session, local_state.HLC, receive(last, remote, state.to_ms(now), node).encode())


def _when(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)).replace(tzinfo=None) if value else None


def _apply_conflict(session: Session, c: dict[str, Any], now: datetime, stats: PullStats) -> None:
    local = session.get(SyncConflict, c["id"])
    version = int(c.get("server_version") or 0)
    if local is not None and local.server_version >= version:
        return
    if local is None:
        local = SyncConflict(id=c["id"])
        session.add(local)
    local.table_name, local.row_id, local.kind = c["table_name"], c["row_id"], c["kind"]
    local.fields, local.server_data, local.client_data = c.get("fields") or [], c.get("server_data") or {}, \
        c.get("client_data") or {}
    local.client_op_id, local.device_id = c.get("client_op_id") or "", c.get("device_id") or ""
    local.state, local.resolution, local.server_version = c.get("state", "open"), c.get("resolution"), version
    local.created_at = _when(c.get("created_at")) or local.created_at
    local.resolved_at = _when(c.get("resolved_at"))
    stats.conflicts += 1
    chosen = (c.get("resolution") or {}).get("resolved_data")
    if local.state == "resolved" and isinstance(chosen, dict) and chosen:
        _apply_resolution(session, local, chosen, now, stats)


def _apply_resolution(session: Session, conflict: SyncConflict, chosen: dict[str, Any], now: datetime,
                      stats: PullStats) -> None:
    """Write the person's choice into our row at once. The server records the resolved row's feed entry under the
    conflict's id (desktop/server/rows.py `_resolve` → `_write` with the op's table/row), so the row itself may
    never come back in a pull; the choice is final whatever the clocks say, so applying it here is safe."""
    model = model_for(conflict.table_name)
    row = session.get(model, conflict.row_id) if model is not None else None
    if row is None:
        return
    pending = lookups.pending_fields(session, conflict.table_name, conflict.row_id)
    values = {k: v for k, v in local_values(conflict.table_name, chosen).items() if k not in pending | {"id"}}
    old = {k: jsonable(getattr(row, k)) for k, v in values.items() if getattr(row, k) != v}
    if not old:
        return
    for key in old:
        setattr(row, key, values[key])
    page_writes.audit(session, "sync_resolution", conflict.table_name, conflict.row_id,
           {"conflict": conflict.id, "old": old, "new": {k: jsonable(values[k]) for k in old}},
           now, str(getattr(row, "commune_code", "")))
    stats.rows += 1
