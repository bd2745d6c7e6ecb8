"""Writes a generated demo into an empty database: one connection, one transaction, Core inserts in chunks.

Demo rows get no sync-outbox operations on purpose: they are local teaching and benchmark material and must never
be pushed to the province server. The audit log (local only, never synced) gets believable entries: the accounts'
setup and the last weeks of desk work (demo/audit.py). Their `server_version` stays NULL like any unsynced row,
so keep demo installations away from a real sync enrolment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import timedelta
from itertools import islice

from argon2 import PasswordHasher
from sqlalchemy import Connection, Table, exists, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.demo import audit
from desktop.demo.generator import ACCOUNTS, DemoGenerator
from desktop.demo.rows import Row, local_at, sync_columns, to_utc
from desktop.demo.workbook import MARKS_SQL, WorkbookDemo
from desktop.domain.errors import InvalidValue
from desktop.store import fts, local_state, search_index
from desktop.store.database import Database
from desktop.store.models import (
    AuditEntry,
    Commune,
    DigitalTeam,
    Dossier,
    DossierEvent,
    Equipment,
    EquipmentEvent,
    Field,
    LocalState,
    Officer,
    Participation,
    PlanTask,
    Procedure,
    Recommendation,
    TeamMember,
    TeamSession,
    TrainingCourse,
    Village,
    VillageOutage,
)

CHUNK_ROWS = 10_000


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def _insert(conn: Connection, model: type, rows: Iterable[Row], index: search_index.BulkIndexer) -> int:
    """Core inserts in chunks; the store's indexer fills each row's search text first."""
    table, n = _table(model), 0
    it: Iterator[Row] = iter(rows)
    while chunk := list(islice(it, CHUNK_ROWS)):
        index.fill(table.name, chunk)
        conn.execute(table.insert(), chunk)
        n += len(chunk)
    return n


def _refuse_if_not_empty(conn: Connection) -> None:
    has_data = conn.execute(select(exists(select(Dossier.id)) | exists(select(Commune.id)))).scalar()
    if has_data:
        raise InvalidValue("value.database_already_has_commune")


def write(db: Database, gen: DemoGenerator) -> dict[str, int]:
    """Insert everything `gen` makes; returns row counts per kind. Raises ValueError if the database is not empty."""
    counts: dict[str, int] = {}
    with db.engine.connect() as conn:
        # SQLite refuses to change `synchronous` inside a transaction, so it is set before BEGIN and put back after
        # COMMIT; the pooled connection must not keep OFF for the app's own writes.
        previous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        conn.commit()
        try:
            with conn.begin():
                # Python's sqlite3 would run the trigger DDL below in autocommit mode; an explicit BEGIN keeps the
                # whole load, triggers included, one all-or-nothing transaction. IMMEDIATE: check and write atomically.
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                _refuse_if_not_empty(conn)
                _write_all(conn, gen, counts)
        finally:
            conn.exec_driver_sql(f"PRAGMA synchronous={int(previous)}")
            conn.commit()
            # The load went through the WAL; fold it back so the -wal file does not stay the size of the database.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.commit()
    return counts


def _write_all(conn: Connection, gen: DemoGenerator, counts: dict[str, int]) -> None:
    commune = gen.commune
    leader = gen.officers[0]
    indexer = search_index.BulkIndexer(conn)
    hasher = PasswordHasher()
    for _username, password, _role, index in ACCOUNTS:
        gen.officers[index]["password_hash"] = hasher.hash(password)
    row = sync_columns(commune.code, to_utc(local_at(gen.start, 8)))
    row.update(code=commune.code, name=commune.name, province_code=commune.province_code,
               province_name=commune.province_name, official=True, agency_code=commune.code,
               place_name=commune.place_name, leader_name=leader["full_name"], leader_title=leader["position"],
               address=f"UBND {commune.in_text}, tỉnh {commune.province_name}")
    _insert(conn, Commune, [row], indexer)
    upsert = sqlite_insert(_table(LocalState))
    upsert = upsert.on_conflict_do_update(index_elements=["key"], set_={"value": upsert.excluded.value})
    conn.execute(upsert, [{"key": local_state.COMMUNE_CODE, "value": commune.code},
                          {"key": local_state.DEVICE_SLOT, "value": "0"}])
    _insert(conn, Field, gen.fields, indexer)
    _insert(conn, Procedure, gen.procedures, indexer)
    counts["officers"] = _insert(conn, Officer, gen.officers, indexer)
    admin = next(username for username, _password, role, _index in ACCOUNTS if role == "admin")
    logged = _insert(conn, AuditEntry, audit.setup_entries(commune.code, gen.officers, admin,
                                                           gen.start - timedelta(days=30)), indexer)

    # Feeding the FTS index row by row through triggers costs more than the inserts; one rebuild at the end is
    # far cheaper and leaves the same index.
    for stmt in fts.drop_trigger_statements("dossiers"):
        conn.exec_driver_sql(stmt)
    dossiers = events = 0
    for dossier_rows, event_rows in gen.dossier_chunks(CHUNK_ROWS):
        dossiers += _insert(conn, Dossier, dossier_rows, indexer)
        events += _insert(conn, DossierEvent, event_rows, indexer)
        logged += _insert(conn, AuditEntry, audit.dossier_entries(commune.code, dossier_rows, event_rows, gen.today),
                          indexer)
    for stmt in fts.trigger_statements("dossiers"):
        conn.exec_driver_sql(stmt)
    dossier_fts = fts.FTS_TABLES["dossiers"]
    conn.exec_driver_sql(f"INSERT INTO {dossier_fts}({dossier_fts}) VALUES ('rebuild')")
    counts.update(dossiers=dossiers, events=events, audit_entries=logged)

    courses, participations = gen.training()
    counts["courses"] = _insert(conn, TrainingCourse, courses, indexer)
    counts["participations"] = _insert(conn, Participation, participations, indexer)
    items, item_events = gen.equipment()
    counts["equipment"] = _insert(conn, Equipment, items, indexer)
    counts["equipment_events"] = _insert(conn, EquipmentEvent, item_events, indexer)
    counts.update(_write_workbook(conn, gen, indexer))


def _write_workbook(conn: Connection, gen: DemoGenerator, indexer: search_index.BulkIndexer) -> dict[str, int]:
    """The digital-transformation workbook (demo/workbook.py) and the dossiers' Decision 766 marks."""
    book = WorkbookDemo(gen.commune, seed=gen.seed, start=gen.start, today=gen.today)
    villages, teams, members, sessions = book.villages()
    counts = {"villages": _insert(conn, Village, villages, indexer),
              "teams": _insert(conn, DigitalTeam, teams, indexer),
              "team_members": _insert(conn, TeamMember, members, indexer),
              "team_sessions": _insert(conn, TeamSession, sessions, indexer),
              "village_outages": _insert(conn, VillageOutage, book.outages(villages), indexer),
              "tasks": _insert(conn, PlanTask, book.tasks(), indexer),
              "recommendations": _insert(conn, Recommendation, book.recommendations(), indexer)}
    conn.exec_driver_sql(MARKS_SQL)
    return counts
