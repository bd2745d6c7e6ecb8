"""The search index kept by the store: every searchable row's folded `search_text`, and each dossier's
`receipt_seq` (its receipt-ordered number in the FTS index), derived here and nowhere else.

Two doors, whatever wrote the row (service, sync pull, USB bundle, import, demo, migration):
- ORM flushes: sessions of `IndexedSession` run `before_flush`, so a row added or changed through any session is
  indexed before it is written; a procedure whose code or name changes re-indexes its dossiers in the same flush.
- Core inserts (the demo's bulk load, an imported file): `BulkIndexer(conn).fill(table, rows)` fills the row dicts
  before the insert.

The text is the folded (domain.text.fold) join of the row's own searchable columns; a dossier adds its procedure's
code and name, a device the Vietnamese label of its kind. `receipt_seq` is received_at in microseconds times
`SEQ_SLOTS` plus a slot, unique, so the FTS index walked by descending rowid lists the newest receipts first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Table, TextClause, bindparam, event, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import get_history

from desktop.domain.equipment_kinds import KINDS
from desktop.domain.text import fold
from desktop.store.models import (
    Base,
    Dossier,
    Equipment,
    Officer,
    Participation,
    PlanTask,
    Procedure,
    Recommendation,
    Village,
)

# The row's own columns that make its search text, in order.
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "dossiers": ("code", "applicant_name"),
    "procedures": ("code", "name"),
    "officers": ("full_name", "username", "position", "unit", "phone", "email"),
    "participations": ("person_name", "unit", "certificate_no"),
    "equipment": ("asset_tag", "model", "serial", "location", "assigned_to", "note", "kind"),
    "plan_tasks": ("code", "title", "source_document", "owner", "evidence", "note"),
    "villages": ("name", "note"),
    "recommendations": ("number", "recipient", "subject", "answer"),
}
MODELS: dict[type[Base], str] = {Dossier: "dossiers", Procedure: "procedures", Officer: "officers",
                                 Participation: "participations", Equipment: "equipment", PlanTask: "plan_tasks",
                                 Village: "villages", Recommendation: "recommendations"}
# Dossiers received in the same microsecond (times typed to the minute) share a block of this many numbers.
SEQ_SLOTS = 1024
_EPOCH = datetime(1970, 1, 1)
_US = timedelta(microseconds=1)


@lru_cache(maxsize=65_536)
def _fold_cached(part: str) -> str:
    return fold(part)


def _fold_part(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.isascii():  # codes, tags, phones: folding ASCII is lower-casing it and collapsing its spaces
        return " ".join(text.lower().split())
    return _fold_cached(text)


def procedure_part(code: object, name: object) -> str:
    """The folded "code name" of a procedure: its own search text and the tail of each of its dossiers'."""
    return join_folded([code, name])


def join_folded(parts: Iterable[object]) -> str:
    """fold(" ".join(parts)), folded part by part: fold keeps spaces as word breaks, so the two are equal."""
    return " ".join(p for p in map(_fold_part, parts) if p)


def search_text(table: str, values: Mapping[str, Any], procedure: str = "") -> str:
    """The search text of a row of `table` from its column values; `procedure` is a dossier's procedure part."""
    parts: list[object] = [values.get(c) for c in TEXT_COLUMNS[table]]
    if table == "equipment":
        parts[-1] = KINDS.get(str(parts[-1]), "")
    text = join_folded(parts)
    if table == "dossiers" and procedure:
        return f"{text} {procedure}" if text else procedure
    return text


def seq_block(received_at: datetime) -> int:
    """The first number of the block of receipt_seq values for dossiers received at this (naive UTC) moment."""
    return ((received_at - _EPOCH) // _US) * SEQ_SLOTS


def seq_floor(seq: int) -> int:
    """The first number of the block `seq` lies in: every dossier received at the same moment is at or above it."""
    return seq - seq % SEQ_SLOTS


class SeqAllocator:
    """Hands out unique receipt_seq values: the lowest free slot of the receipt moment's block, counting rows
    already stored (looked up once per block) and the ones handed out since.

    `highest_stored(blocks)` answers, for each block start asked, the highest number stored in that block (blocks
    with none are left out). `prime` asks it for many blocks at once, so a flush of a 50,000-row import makes a
    hundred queries, not one per receipt moment.
    """

    def __init__(self, highest_stored: Callable[[Sequence[int]], Mapping[int, int]]) -> None:
        self._highest_stored = highest_stored
        self._next: dict[int, int] = {}

    def prime(self, moments: Iterable[datetime]) -> None:
        """Look up at once the stored numbers of every block these receipt moments need and not yet known."""
        blocks = sorted({seq_block(m) for m in moments} - self._next.keys())
        if not blocks:
            return
        stored = self._highest_stored(blocks)
        for block in blocks:
            found = stored.get(block)
            self._next[block] = block if found is None else found + 1

    def take(self, received_at: datetime) -> int:
        block = seq_block(received_at)
        nxt = self._next.get(block)
        if nxt is None:
            self.prime((received_at,))
            nxt = self._next[block]
        if nxt >= block + SEQ_SLOTS:
            raise ValueError(f"more than {SEQ_SLOTS} dossiers received at {received_at.isoformat()}")
        self._next[block] = nxt + 1
        return nxt


_LOOKUP_CHUNK = 400  # blocks per statement: well inside SQLite's limit on bound parameters


@lru_cache(maxsize=64)
def _lookup(blocks: int) -> TextClause:
    """The statement of `_highest_in` for this many blocks, made once (a registration asks for one block)."""
    rows = ", ".join(f"(:b{k})" for k in range(blocks))
    return text(f"WITH b(lo) AS (VALUES {rows}) SELECT lo, (SELECT MAX(receipt_seq) FROM dossiers "
                "WHERE receipt_seq BETWEEN lo AND lo + :last) FROM b")


def _highest_in(execute: Callable[..., Any]) -> Callable[[Sequence[int]], Mapping[int, int]]:
    """The stored maximum of each block, a chunk of blocks per statement; each block is one seek of the
    receipt_seq index (the same lookup as one query per block, without a round through the ORM for each)."""
    def highest(blocks: Sequence[int]) -> Mapping[int, int]:
        found: dict[int, int] = {}
        for i in range(0, len(blocks), _LOOKUP_CHUNK):
            chunk = blocks[i:i + _LOOKUP_CHUNK]
            stmt = _lookup(len(chunk))
            params: dict[str, int] = {f"b{k}": block for k, block in enumerate(chunk)}
            params["last"] = SEQ_SLOTS - 1
            found |= {int(lo): int(top) for lo, top in execute(stmt, params) if top is not None}
        return found
    return highest


def _allocator(conn: Connection) -> SeqAllocator:
    """For a load or a migration: while no dossier has a number yet, there is nothing stored to look up."""
    stored = conn.execute(select(Dossier.id).where(Dossier.receipt_seq.is_not(None)).limit(1)).first()
    return SeqAllocator(_highest_in(conn.execute) if stored else lambda _blocks: {})


# --- the ORM door ------------------------------------------------------------------------------------------------

def _changed(obj: Base, keys: Iterable[str]) -> bool:
    return any(get_history(obj, k).has_changes() for k in keys)


def _values(obj: Base, table: str) -> dict[str, Any]:
    return {c: getattr(obj, c) for c in TEXT_COLUMNS[table]}


def _procedure_of(session: Session, procedure_id: str | None) -> str:
    proc = session.get(Procedure, procedure_id) if procedure_id else None
    return procedure_part(proc.code, proc.name) if proc is not None else ""


def _index_dossier(session: Session, d: Dossier, new: bool, seqs: SeqAllocator) -> None:
    if new or _changed(d, ("code", "applicant_name", "procedure_id")) or not d.search_text:
        text = search_text("dossiers", _values(d, "dossiers"), _procedure_of(session, d.procedure_id))
        if d.search_text != text:
            d.search_text = text
    if d.received_at is not None and _needs_seq(d):
        d.receipt_seq = seqs.take(d.received_at)


def _needs_seq(d: Dossier) -> bool:
    """No number yet, or one outside the block of its (changed) receipt moment."""
    current = d.receipt_seq
    block = seq_block(d.received_at)
    return current is None or not block <= current < block + SEQ_SLOTS


def _reindex_dossiers_of(session: Session, p: Procedure) -> None:
    """A procedure's new code or name reaches the search text of every dossier of it, in the same transaction."""
    tail = procedure_part(p.code, p.name)
    rows = session.execute(select(Dossier.id, Dossier.code, Dossier.applicant_name, Dossier.search_text)
                           .where(Dossier.procedure_id == p.id)).all()
    changes = [{"row": r.id, "text": t} for r in rows
               if (t := search_text("dossiers", dict(r._mapping), tail)) != r.search_text]
    if changes:
        table = cast(Table, Dossier.__table__)  # Core, not an ORM bulk update: the flush is under way
        session.execute(update(table).where(table.c.id == bindparam("row")).values(search_text=bindparam("text")),
                        changes)


def before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    seqs = SeqAllocator(_highest_in(session.execute))
    added = set(session.new)  # `session.new` builds a fresh set on every access: read it once, not once per row
    seqs.prime(d.received_at for d in [*added, *session.dirty]
               if isinstance(d, Dossier) and d.received_at is not None and _needs_seq(d))
    for obj in [*added, *session.dirty]:
        table = MODELS.get(type(obj))
        if table is None:
            continue
        new = obj in added
        if isinstance(obj, Dossier):
            _index_dossier(session, obj, new, seqs)
            continue
        if new or _changed(obj, TEXT_COLUMNS[table]) or not obj.search_text:
            text = search_text(table, _values(obj, table))
            if obj.search_text != text:
                obj.search_text = text
        if isinstance(obj, Procedure) and not new and _changed(obj, ("code", "name")):
            _reindex_dossiers_of(session, obj)


class IndexedSession(Session):
    """The store's session class: every flush of it (or of the per-factory subclass a sessionmaker makes) runs
    `before_flush`. The hook is listened on this class once, at import: asking `event.contains` of each new
    sessionmaker is unsound, since SQLAlchemy keys that registry by `id()` of the factory's class and keeps the
    key after the class is collected, so a new factory at a reused address looked hooked and was not."""


event.listen(IndexedSession, "before_flush", before_flush)


# --- the Core door -----------------------------------------------------------------------------------------------

class BulkIndexer:
    """Fills `search_text` (and a dossier's `receipt_seq`) of row dicts about to be inserted with Core."""

    def __init__(self, conn: Connection, procedures: Mapping[str, str] | None = None, few: bool = False) -> None:
        """`procedures`: id → procedure_part of the procedures the rows name, when the caller holds them; any other
        is read from the table, all of them at once. `few`: a handful of rows (a registration), whose receipt
        moments are looked up in one statement, without first asking whether any dossier has a number yet."""
        self._conn = conn
        self._procedures: dict[str, str] | None = dict(procedures) if procedures else None
        self._seqs = SeqAllocator(_highest_in(conn.execute)) if few else _allocator(conn)

    def _procedure(self, procedure_id: str) -> str:
        if self._procedures is None or procedure_id not in self._procedures:
            self._procedures = {r.id: procedure_part(r.code, r.name)
                                for r in self._conn.execute(select(Procedure.id, Procedure.code, Procedure.name))}
        return self._procedures.get(procedure_id, "")

    def fill(self, table: str, rows: Iterable[MutableMapping[str, Any]]) -> None:
        if table not in TEXT_COLUMNS:
            return
        rows = list(rows)
        if table == "dossiers":  # the stored numbers of every receipt moment, a few statements for the whole batch
            self._seqs.prime(row["received_at"] for row in rows)
        for row in rows:
            if table == "dossiers":
                row["search_text"] = search_text(table, row, self._procedure(row["procedure_id"]))
                row["receipt_seq"] = self._seqs.take(row["received_at"])
            else:
                row["search_text"] = search_text(table, row)


# --- recomputing what is stored (migrations) ---------------------------------------------------------------------

def _batches(conn: Connection, table: str, columns: tuple[str, ...], size: int) -> Iterable[Sequence[Any]]:
    last = -1
    cols = ", ".join(columns)
    while rows := conn.exec_driver_sql(
            f"SELECT rowid, {cols} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, size)).all():
        last = rows[-1][0]
        yield rows


def reindex(conn: Connection, batch: int = 5_000) -> dict[str, int]:
    """Recompute the stored search text of every indexed row (and give dossiers without one a receipt_seq), a batch
    at a time; only rows whose values differ are written. Returns how many rows changed per table."""
    changed: dict[str, int] = {}
    # The tables of revision 0004, which runs this: later ones (the workbook's, 0005) do not exist yet then.
    for table in ("procedures", "officers", "participations", "equipment"):
        changed[table] = 0
        for rows in _batches(conn, table, (*TEXT_COLUMNS[table], "search_text"), batch):
            todo: list[tuple[Any, ...]] = [(text, r[0]) for r in rows
                                           if (text := search_text(table, dict(r._mapping))) != r.search_text]
            if todo:
                conn.exec_driver_sql(f"UPDATE {table} SET search_text = ? WHERE rowid = ?", todo)
            changed[table] += len(todo)
    procedures = {r.id: procedure_part(r.code, r.name)
                  for r in conn.execute(select(Procedure.id, Procedure.code, Procedure.name))}
    seqs = _allocator(conn)
    changed["dossiers"] = 0
    columns = (*TEXT_COLUMNS["dossiers"], "procedure_id", "received_at", "search_text", "receipt_seq")
    for rows in _batches(conn, "dossiers", columns, batch):
        todo = []
        for r in rows:
            text = search_text("dossiers", dict(r._mapping), procedures.get(r.procedure_id, ""))
            seq = r.receipt_seq
            if seq is None:
                seq = seqs.take(datetime.fromisoformat(r.received_at))
            if text != r.search_text or seq != r.receipt_seq:
                todo.append((text, seq, r[0]))
        if todo:
            conn.exec_driver_sql("UPDATE dossiers SET search_text = ?, receipt_seq = ? WHERE rowid = ?", todo)
        changed["dossiers"] += len(todo)
    return changed
