"""Migration 0009: catalogue rows made by an older sync client with a commune-blind id (uuid5 of the code alone)
take their commune into the id; the dossiers, procedures, aliases and unsent ops that name them follow, and an
alias keeps the old id meaning the re-keyed row."""

from __future__ import annotations

import json
import sqlite3
import uuid

from sqlalchemy import text
from support import migrate_file

from desktop.config.paths import DataPaths
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, get_dossier, register_dossier
from desktop.store import migrate
from desktop.store.database import Database

NS = uuid.UUID("6f1c2a52-7d1e-4b8e-9a55-1c0de5ca7a10")


def test_upgrade_rekeys_commune_blind_catalogue_ids(ctx: ServiceContext, db: Database, data_paths: DataPaths) -> None:
    code = register_dossier(ctx, DossierInput("1.001193", "Nguyễn Văn Đức", "direct")).code
    db.close()
    migrate_file(data_paths.database, "0010", "downgrade")
    with sqlite3.connect(data_paths.database) as conn:  # as the older client's pull of a province catalogue made them
        proc_id, field_id, field_code = conn.execute(
            "SELECT p.id, f.id, f.code FROM procedures p JOIN fields f ON f.id = p.field_id "
            "WHERE p.code = '1.001193'").fetchone()
        old_proc, old_field = str(uuid.uuid5(NS, "procedure:1.001193")), str(uuid.uuid5(NS, f"field:{field_code}"))
        conn.execute("UPDATE procedures SET id = ?, server_version = 41 WHERE id = ?", (old_proc, proc_id))
        conn.execute("UPDATE procedures SET field_id = ? WHERE field_id = ?", (old_field, field_id))
        conn.execute("UPDATE fields SET id = ? WHERE id = ?", (old_field, field_id))
        conn.execute("UPDATE dossiers SET procedure_id = ? WHERE procedure_id = ?", (old_proc, proc_id))
        conn.execute("DELETE FROM sync_outbox")
        payload = {"id": old_proc, "code": "1.001193", "field_id": old_field, "fee": 5000}
        for op_id, attempts in (("0190f0a0-0000-7000-8000-000000000001", 0),
                                ("0190f0a0-0000-7000-8000-000000000002", 1)):
            conn.execute("INSERT INTO sync_outbox (op_id, table_name, row_id, op, base_server_version, "
                         "changed_fields, payload, hlc, schema_version, attempts, state, created_at, last_error) "
                         "VALUES (?, 'procedures', ?, 'update', 41, '[\"fee\"]', ?, '001795143600000-00000-a', "
                         "'0007', ?, 'pending', '2026-12-04 03:00:00', '')",
                         (op_id, old_proc, json.dumps(payload), attempts))

    reopened = Database.open(data_paths)
    try:
        new_proc = str(uuid.uuid5(NS, "07090:procedure:1.001193"))
        new_field = str(uuid.uuid5(NS, f"07090:field:{field_code}"))
        with reopened.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert conn.execute(text("SELECT id, field_id, server_version FROM procedures WHERE code = '1.001193'")
                                ).one() == (new_proc, new_field, None)
            assert conn.execute(text("SELECT procedure_id FROM dossiers WHERE code = :c"), {"c": code}).scalar() \
                == new_proc
            aliases = set(conn.execute(text("SELECT table_name, remote_id, local_id FROM sync_aliases")).all())
            assert {("procedures", old_proc, new_proc), ("fields", old_field, new_field)} <= aliases
            ops = {r[0][-1]: (r[1], json.loads(r[2]), r[3]) for r in conn.execute(text(
                "SELECT op_id, row_id, payload, base_server_version FROM sync_outbox ORDER BY op_id"))}
            assert ops["1"] == (new_proc, {**payload, "id": new_proc, "field_id": new_field}, None)
            assert ops["2"] == (old_proc, payload, 41)  # tried once already: resent exactly as it was
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        later = ServiceContext(reopened, actor="admin", role="admin", clock=ctx.clock)
        assert get_dossier(later, code).dossier.procedure_code == "1.001193"
    finally:
        reopened.close()
    migrate_file(data_paths.database, "0010", "downgrade")  # nothing to undo: the new ids are valid below 0009 too
    migrate_file(data_paths.database, "head", "upgrade")
