"""The service context (who acts, on which store, by which clock) and the unit of work every use case runs in.

The unit of work stamps sync columns, writes the audit row and the outbox row in the same transaction as the change,
so an edit without its audit or outbox entry can never be committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar, cast

import orjson
from sqlalchemy import Table, inspect
from sqlalchemy.orm import Session

from desktop.config.clock import system_clock
from desktop.domain.errors import ValidationError
from desktop.domain.hlc import Hlc, tick
from desktop.domain.localtime import LOCAL_TZ, to_local, to_utc  # noqa: F401 - the services read them here
from desktop.protocol import tables
from desktop.services.errors import NotSetUpError
from desktop.store import bulk_insert, local_state, search_index
from desktop.store.database import Database
from desktop.store.migrate import head_revision
from desktop.store.models import AuditEntry, OutboxOp, SyncedBase
from desktop.store.models.base import new_id

# A time a little ahead of this PC's clock is tolerated (another PC's clock, a slow typist).
FUTURE_SLACK = timedelta(minutes=10)
# Columns that stay on this PC (secrets, lockout counters, the search index that store.search_index derives, the
# receipt counter): the protocol's list.
LOCAL_ONLY = tables.LOCAL_ONLY
# Below this many rows (a registration's two), their receipt numbers are looked up at once, with no first look whether
# any dossier has one (which spares a load into an empty file its lookups).
FEW_ROWS = 50
# Any synced row handed to a unit of work comes back as its own type.
R = TypeVar("R", bound=SyncedBase)


@lru_cache(maxsize=1)
def schema_version() -> str:
    return head_revision()


def jsonable(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_AUDIT_INSERT = _insert_sql("audit_log", ("id", "commune_code", "at", "actor", "action", "table_name", "row_id",
                                          "changes"))
_OUTBOX_INSERT = _insert_sql("sync_outbox", ("op_id", "table_name", "row_id", "op", "base_server_version",
                                             "changed_fields", "payload", "hlc", "schema_version", "attempts", "state",
                                             "created_at", "last_error"))


def row_values(row: SyncedBase) -> dict[str, object]:
    """The row's synced columns as they travel (desktop.protocol maps them, and refuses a value that may not
    travel with a ProtocolError naming the field, before anything is committed)."""
    mapper = inspect(type(row))
    return tables.to_json(row.__tablename__, {c.key: getattr(row, c.key) for c in mapper.column_attrs})


@dataclass
class ServiceContext:
    """Everything a use case needs from outside: the store, the acting user and the clock (UTC, naive)."""

    db: Database
    actor: str = "system"
    role: str = "admin"
    clock: Callable[[], datetime] = system_clock
    _commune: str | None = field(default=None, repr=False)

    def now(self) -> datetime:
        return self.clock()

    def local_now(self) -> datetime:
        return to_local(self.clock())

    def today(self) -> date:
        return self.local_now().date()

    def utc_not_future(self, local: datetime | None, field: str) -> datetime:
        """A local wall time typed by the officer → naive UTC (None means now); refused when in the future."""
        if local is None:
            return self.now()
        if not isinstance(local, datetime):
            raise ValidationError(f"{field}.invalid#utc_not_future", field=field)
        utc = to_utc(local)
        if utc > self.now() + FUTURE_SLACK:
            raise ValidationError(f"{field}.future", field=field)
        return utc


class UnitOfWork:
    """One transaction: the session plus the helpers that keep audit and outbox in step with every change."""

    def __init__(self, ctx: ServiceContext, session: Session) -> None:
        self.ctx = ctx
        self.session = session
        self._hlc: Hlc | None = None
        self._node: str | None = None

    @property
    def commune_code(self) -> str:
        if self.ctx._commune is None:
            code = local_state.get(self.session, local_state.COMMUNE_CODE)
            if code is None:
                raise NotSetUpError()
            self.ctx._commune = code
        return self.ctx._commune

    def next_hlc(self, now: datetime | None = None) -> str:
        """The next clock value; `now` (the context's) when the caller has it at hand, as a batch of rows does."""
        if self._node is None:
            self._node = local_state.device_id(self.session)[-12:]
            stored = local_state.get(self.session, local_state.HLC)
            self._hlc = Hlc.decode(stored) if stored else None
        now_ms = int((self.ctx.now() if now is None else now).replace(tzinfo=UTC).timestamp() * 1000)
        self._hlc = tick(self._hlc, now_ms, self._node)
        return self._hlc.encode()

    def _stamp(self, row: SyncedBase) -> None:
        row.commune_code = getattr(row, "commune_code", None) or self.commune_code
        row.updated_at = self.ctx.now()
        row.updated_by = self.ctx.actor
        row.hlc = self.next_hlc()

    def _record(self, row: SyncedBase, op: str, changes: dict[str, object], changed: list[str],
                values: dict[str, object] | None = None) -> None:
        """`values`: the row's row_values() when the caller has them at hand (they are the outbox's payload)."""
        table = row.__tablename__
        self.session.add(AuditEntry(commune_code=self.commune_code, at=self.ctx.now(), actor=self.ctx.actor,
                                    action=op, table_name=table, row_id=row.id, changes=changes))
        self.session.add(OutboxOp(
            table_name=table, row_id=row.id, op=op, base_server_version=row.server_version,
            changed_fields=changed, payload=row_values(row) if values is None else values, hlc=row.hlc,
            schema_version=schema_version(), created_at=self.ctx.now(),
        ))

    def add(self, row: R) -> R:
        row.created_at = self.ctx.now()
        self._stamp(row)
        self.session.add(row)
        self.session.flush()
        values = row_values(row)
        self._record(row, "insert", {"new": values}, sorted(values), values)
        return row

    def add_many(self, rows: list[R]) -> list[R]:
        """`add` for a batch of ORM rows: one flush for all of them and one insert each for their audit and outbox
        rows, instead of an ORM round per row; the rows written are the same as `add` writes one by one.
        """
        if not rows:
            return rows
        now = self.ctx.now()
        for row in rows:
            row.created_at = now
            self._stamp(row)
        self.session.add_all(rows)
        self.session.flush()
        self._record_inserts([(rows[0].__tablename__, [(row.id, row_values(row), row.hlc) for row in rows])])
        return rows

    def insert_rows(self, model: type[SyncedBase], rows: list[dict[str, object]]) -> list[dict[str, object]]:
        """`add` for a large batch of plain column dicts (an imported file): Core inserts of the rows, their audit
        and their outbox entries, no ORM object made. The rows written are those `add` would write: the column
        defaults, the sync stamps, the search text (store.search_index's Core door); the dicts come back complete.
        """
        return self.insert_tables([(model, rows)])[0]

    def insert_tables(self, batches: list[tuple[type[SyncedBase], list[dict[str, object]]]],
                      procedures: Mapping[str, str] | None = None) -> list[list[dict[str, object]]]:
        """`insert_rows` for the rows of several tables, parents first (a dossier, then its first event): the rows
        of each table in one insert, the audit and outbox rows of them all in one insert each, in the same order.
        `procedures`: the search-text parts of the procedures the dossiers name, when the caller holds them
        (store.search_index.procedure_part), so they are not all read for one dossier.
        """
        if not any(rows for _model, rows in batches):
            return [rows for _model, rows in batches]
        self.session.flush()  # ORM rows pending before these (a procedure they refer to) go first
        now = self.ctx.now()
        stamps = {"created_at": now, "updated_at": now, "updated_by": self.ctx.actor,
                  "commune_code": self.commune_code}
        conn = self.session.connection()
        indexer = search_index.BulkIndexer(conn, procedures, few=sum(len(rows) for _m, rows in batches) < FEW_ROWS)
        written: list[list[dict[str, object]]] = []
        recorded: list[tuple[str, list[tuple[object, dict[str, object], object]]]] = []
        for model, rows in batches:
            if not rows:
                written.append(rows)
                continue
            table = cast(Table, model.__table__)
            constants, made = bulk_insert.column_defaults(table)
            full: list[dict[str, object]] = []
            for row in rows:
                values = {**constants, **row, **stamps}
                for key, make in made:
                    if key not in values:  # neither given nor stamped
                        values[key] = make()
                values["hlc"] = self.next_hlc(now)  # the batch's moment: its rows count on from one another
                full.append(values)
            if any(len(values) != len(full[0]) for values in full):  # an imported file's rows are all alike
                raise ValueError(f"{table.name}: the rows of one insert must have the same columns")
            bulk_insert.insert_rows(conn, table, full, indexer)  # search text filled, big batches deferred
            travelling = tables.to_json_many(table.name, full)
            recorded.append((table.name, [(v["id"], t, v["hlc"]) for v, t in zip(full, travelling, strict=True)]))
            written.append(full)
        if recorded:
            self._record_inserts(recorded)
        return written

    def _record_inserts(self, tables_rows: list[tuple[str, list[tuple[object, dict[str, object], object]]]]) -> None:
        """The audit and outbox rows of inserted rows, given per table as (id, travelling values, hlc), in two
        statements, in the order given.

        Each row's values are turned into JSON once, for both; the moment, the same for all, is formatted once.
        """
        now, version = self.ctx.now(), schema_version()
        at = bulk_insert.bind_processor(cast(Table, AuditEntry.__table__), "at", self.session.connection().dialect)
        stamp = at(now) if at is not None else now
        audits: list[tuple[object, ...]] = []
        ops: list[tuple[object, ...]] = []
        commune, actor = self.commune_code, self.ctx.actor
        changed: dict[tuple[str, ...], str] = {}  # the rows of a batch have the same columns: their list made once
        for table, rows in tables_rows:
            for row_id, values, hlc in rows:
                payload = orjson.dumps(values).decode()  # UTF-8 text as json.dumps(ensure_ascii=False), compact
                audits.append((new_id(), commune, stamp, actor, "insert", table, row_id, '{"new": ' + payload + "}"))
                keys = tuple(values)
                fields = changed.get(keys)
                if fields is None:
                    fields = changed[keys] = orjson.dumps(sorted(keys)).decode()
                ops.append((new_id(), table, row_id, "insert", None, fields, payload, hlc, version, 0, "pending",
                            stamp, ""))
        # Every value is already the text or number stored (the JSON made once, the moment formatted once): the
        # driver takes them as they are, without a conversion per value.
        conn = self.session.connection()
        conn.exec_driver_sql(_AUDIT_INSERT, audits)
        conn.exec_driver_sql(_OUTBOX_INSERT, ops)

    def update(self, row: SyncedBase, values: dict[str, object]) -> list[str]:
        """Apply only the values that differ; returns the changed column names (nothing recorded if none)."""
        old: dict[str, object] = {}
        new: dict[str, object] = {}
        for key, value in values.items():
            current = getattr(row, key)
            if current != value:
                old[key], new[key] = jsonable(current), jsonable(value)
                setattr(row, key, value)
        if not new:
            return []
        shown = {k: v for k, v in new.items() if k not in LOCAL_ONLY}
        if shown:
            # Only a synced change moves the row's clock: local bookkeeping must not win a merge elsewhere.
            self._stamp(row)
            self.session.flush()
            self._record(row, "update", {"old": {k: old[k] for k in shown}, "new": shown}, sorted(shown))
        else:
            self.session.flush()
        return sorted(new)

    def soft_delete(self, row: SyncedBase) -> None:
        row.deleted_at = self.ctx.now()
        self._stamp(row)
        self.session.flush()
        self._record(row, "delete", {"deleted_at": jsonable(row.deleted_at)}, ["deleted_at"])

    def finish(self) -> None:
        if self._hlc is not None:
            local_state.write(self.session, local_state.HLC, self._hlc.encode())


@contextmanager
def unit_of_work(ctx: ServiceContext) -> Iterator[UnitOfWork]:
    session: Session = ctx.db.session()
    uow = UnitOfWork(ctx, session)
    try:
        yield uow
        uow.finish()
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
