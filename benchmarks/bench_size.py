"""Where the database file's bytes go, and what a more compact storage would weigh: the input for issue 15's file goal.

Usage: python benchmarks/bench_size.py --data-dir DIR [--json]
DIR is the folder `benchmarks/bench_store.py` builds. The file is only read. Two parts:

  tables   every table and index of the file with its pages (SQLite's dbstat), largest first;
  compact  a scratch copy in a temporary folder of the three largest parts in the forms a redesign would use, and
           their sizes: events and dossiers with ids as 16-byte blobs and times as integer microseconds (the same
           columns otherwise, the events' dossier index rebuilt on the blob), and the trigram search index over each
           dossier's own text only (code, applicant), without the procedure's code and name it now repeats.

  audit    a scratch desk (a temporary folder) where --audit-sample dossiers are registered and taken through
           start, finish and return by the desk's own services, one transaction each, as an officer would: the
           audit log's bytes per dossier as the services write it, and that times the database's dossiers. The
           demo generator logs only the last weeks of desk work, so the file it builds holds a fraction of it.

The compact copy is a measurement, not a migration: nothing in the app reads it. Not run by CI.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

MB = 1000**2
# Julian day → integer microseconds since 1970: what an integer time column would hold.
_MICROS = "CAST(round((julianday({0}) - 2440587.5) * 86400000000) AS INTEGER)"
_EVENT_TIMES = ("created_at", "updated_at", "deleted_at", "at")
_DOSSIER_TIMES = ("created_at", "updated_at", "deleted_at", "received_at", "finished_at", "returned_at", "closed_at",
                  "settled_at", "paused_at")
_IDS = ("id", "dossier_id", "procedure_id", "handler_id")


def _blob_id(text: str | None) -> bytes | None:
    """A UUID's 16 bytes; a benchmark's own non-UUID id (raw-sqlite3 rows) as 16 bytes of its hash."""
    if text is None:
        return None
    try:
        return uuid.UUID(text).bytes
    except ValueError:
        return hashlib.md5(text.encode()).digest()  # noqa: S324 - a size stand-in, not security


def _sizes(conn: sqlite3.Connection, schema: str = "main") -> list[dict[str, object]]:
    rows = conn.execute(f"SELECT name, SUM(pgsize), SUM(ncell) FROM dbstat('{schema}') GROUP BY name "
                        "ORDER BY 2 DESC").fetchall()
    return [{"name": name, "mb": round(size / MB, 1), "cells": cells} for name, size, cells in rows]


def _compact_select(conn: sqlite3.Connection, table: str, times: tuple[str, ...], skip: tuple[str, ...]) -> str:
    columns = [r[1] for r in conn.execute(f"PRAGMA src.table_info({table})") if r[1] not in skip]
    parts = []
    for c in columns:
        if c in _IDS:
            parts.append(f"blob_id({c}) AS {c}")
        elif c in times:
            parts.append(f"{_MICROS.format(c)} AS {c}")
        elif c in ("due_date", "apology_date", "payment_paused_on"):
            parts.append(f"CAST(julianday({c}) - 2440587.5 AS INTEGER) AS {c}")
        else:
            parts.append(c)
    return f"SELECT {', '.join(parts)} FROM src.{table}"


def compact(database: Path) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="commune-desk-size-") as folder:
        conn = sqlite3.connect(Path(folder) / "compact.sqlite3", uri=True)  # for the read-only ATTACH
        conn.execute("PRAGMA main.journal_mode=OFF")
        conn.execute(f"ATTACH DATABASE 'file:{database}?mode=ro' AS src")
        conn.create_function("blob_id", 1, _blob_id, deterministic=True)
        # Keyed by the blob id alone, as the events are now by their text id.
        columns = [r[1] for r in conn.execute("PRAGMA src.table_info(dossier_events)")]
        conn.execute(f"CREATE TABLE dossier_events ({', '.join(c + ' PRIMARY KEY' * (c == 'id') for c in columns)})"
                     " WITHOUT ROWID")
        select = _compact_select(conn, "dossier_events", _EVENT_TIMES, ())
        conn.execute(f"INSERT INTO dossier_events {select}")
        conn.execute("CREATE INDEX ix_dossier_events_dossier_id ON dossier_events (dossier_id)")
        # The search text moves to the index only (it is now stored in the row too, for the external-content index).
        conn.execute(f"CREATE TABLE dossiers AS {_compact_select(conn, 'dossiers', _DOSSIER_TIMES, ('search_text',))}")
        conn.execute("CREATE VIRTUAL TABLE dossier_fts USING fts5(search_text, tokenize='trigram', content='')")
        # The search text is "<code> <applicant …> <procedure code> <procedure name>": cut at the procedure's code.
        conn.execute("INSERT INTO dossier_fts (rowid, search_text) SELECT d.receipt_seq, "
                     "substr(d.search_text, 1, instr(d.search_text, ' ' || p.code || ' ') - 1) "
                     "FROM src.dossiers d JOIN src.procedures p ON p.id = d.procedure_id "
                     "WHERE d.receipt_seq IS NOT NULL")
        conn.commit()
        sizes = _sizes(conn)
        conn.close()
    return sizes


def audit_per_dossier(sample: int) -> tuple[dict[str, object], int]:
    """The audit log's pages per dossier on a scratch desk after `sample` dossiers went through the desk."""
    from bench_sync import register_dossiers, set_up_desk

    with tempfile.TemporaryDirectory(prefix="commune-desk-audit-") as folder:
        ctx = set_up_desk(Path(folder), "06733", 1)
        database = Path(folder) / "commune-desk.sqlite3"
        with sqlite3.connect(database) as conn:
            before = {r["name"]: r["mb"] for r in _sizes(conn)}
        register_dossiers(ctx, sample, ("start", "finish", "return"))
        ctx.db.close()
        with sqlite3.connect(database) as conn:
            entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            after = _sizes(conn)
    audit = {r["name"]: round(float(r["mb"]) - float(before.get(str(r["name"]), 0)), 3) for r in after
             if "audit" in str(r["name"])}
    per_dossier = round(sum(audit.values()) * MB / sample)
    return ({"sample_dossiers": sample, "events_per_dossier": 4, "audit_entries": entries, "audit_mb": audit,
             "audit_bytes_per_dossier": per_dossier}, per_dossier)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--audit-sample", type=int, default=2000,
                        help="dossiers taken through the desk on a scratch folder to weigh the audit log (0: skip)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    database = args.data_dir / "commune-desk.sqlite3"
    if not database.exists():
        raise SystemExit(f"{database} does not exist: build it with benchmarks/bench_store.py")
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        tables = _sizes(conn)
    started = time.perf_counter()
    squeezed = compact(database)
    result: dict[str, object] = {"file_mb": round(database.stat().st_size / MB, 1), "tables": tables,
                                 "compact": squeezed, "compact_seconds": round(time.perf_counter() - started)}
    if args.audit_sample > 0:
        audit, per_dossier = audit_per_dossier(args.audit_sample)
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
            dossiers = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        result["audit"] = {**audit, "for_this_database_mb": round(per_dossier * dossiers / MB)}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"file: {result['file_mb']} MB")
    for title, rows in (("as stored", tables[:16]), ("compact forms (scratch copy)", squeezed[:8])):
        print(f"\n{title}:")
        for r in rows:
            print(f"  {r['name']:<40} {r['mb']:>9} MB {r['cells']:>10} cells")
    if "audit" in result:
        print(f"\naudit log as the services write it: {result['audit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
