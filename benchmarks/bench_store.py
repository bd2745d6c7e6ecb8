"""Store benchmark: our code against raw sqlite3 doing the same work on the same 1,000,000-dossier file.

Usage: python benchmarks/bench_store.py [--data-dir DIR] [--dossiers N] [--repeat N] [--only WORD] [--json]
Builds the database with the demo generator the first time (a few minutes), then reuses it. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.config.paths import DataPaths
from desktop.domain.periods import month_bounds
from desktop.domain.text import fold
from desktop.services.context import ServiceContext, to_local
from desktop.services.dossier_queries import DossierQuery, list_dossiers
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.services.statistics import STATS_SQL, dossier_stats, stats_params
from desktop.store.database import Database
from desktop.store.search import match_expression
from desktop.store.search_index import seq_block, seq_floor

FIRST_PAGE_SQL = """
SELECT d.*, p.code, p.name, f.name FROM dossiers d
JOIN procedures p ON p.id = d.procedure_id JOIN fields f ON f.id = p.field_id
WHERE d.deleted_at IS NULL ORDER BY d.received_at DESC, d.id DESC LIMIT 100
"""
# The search as the store runs it: walk the FTS index newest first (its rowids are receipt_seq) to the 100th hit,
# then sort the page among the rows from that hit's receipt-time block up (see store.search_index).
SEARCH_CUT_SQL = """
SELECT dossier_fts.rowid FROM dossier_fts JOIN dossiers d ON d.receipt_seq = dossier_fts.rowid
WHERE dossier_fts MATCH ? AND d.deleted_at IS NULL ORDER BY dossier_fts.rowid DESC LIMIT 1 OFFSET 99
"""
SEARCH_PAGE_SQL = """
SELECT d.*, p.code, p.name, f.name FROM dossiers d
JOIN procedures p ON p.id = d.procedure_id JOIN fields f ON f.id = p.field_id
WHERE d.deleted_at IS NULL AND d.receipt_seq >= :floor
AND d.receipt_seq IN (SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :q AND rowid >= :floor)
ORDER BY d.received_at DESC, d.id DESC LIMIT 100
"""
SEARCH_TEXT = "nguyễn văn hùng"


def _sql_time(value: object) -> object:
    # Bind exactly as SQLAlchemy stores DateTime on SQLite, so both sides compare the same strings.
    return value.isoformat(sep=" ", timespec="microseconds") if isinstance(value, datetime) else value


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds. CPU time leaves out waiting on the disk (a commit's fsync) and on other
    processes, so it compares our code with raw sqlite3 fairly on a loaded machine."""
    fn()  # warm the page cache and any lazy imports once, like a running app would be
    samples, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(samples), statistics.median(cpu)


def ensure_database(paths: DataPaths, dossiers: int) -> None:
    if paths.database.exists():
        with sqlite3.connect(paths.database) as conn:
            have = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        if have >= dossiers:
            return
        raise SystemExit(f"{paths.database} holds {have} dossiers; remove the folder to rebuild with {dossiers}")
    from desktop.demo import build_demo

    print(f"building a {dossiers:,}-dossier database in {paths.root} …", file=sys.stderr)
    start = time.perf_counter()
    with Database.open(paths) as db:
        build_demo(db, seed=7, months=12, dossiers=dossiers, today=date.today())
    print(f"built in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def measure(paths: DataPaths, repeat: int, only: str = "") -> list[dict[str, object]]:
    db = Database.open(paths)
    ctx = ServiceContext(db, actor="bench")
    raw = sqlite3.connect(paths.database)
    raw.execute("PRAGMA synchronous=FULL")
    today = ctx.today()
    start, end = month_bounds(today.year, today.month)
    params = {k: _sql_time(v) for k, v in stats_params(start, end, today).items()}
    proc_code, proc_id = raw.execute("SELECT code, id FROM procedures WHERE statutory_days > 0 LIMIT 1").fetchone()
    results = []

    def add(name: str, ours: Callable[[], object], theirs: Callable[[], object]) -> None:
        if only not in name:
            return
        (o, o_cpu), (r, r_cpu) = timed(ours, repeat), timed(theirs, repeat)
        results.append({"measure": name, "ours_ms": round(o, 2), "raw_ms": round(r, 2), "ratio": round(o / r, 2),
                        "ours_cpu_ms": round(o_cpu, 2), "raw_cpu_ms": round(r_cpu, 2)})

    add("month statistics", lambda: dossier_stats(ctx, start, end),
        lambda: raw.execute(STATS_SQL, params).fetchall())
    add("first page of dossiers (100 rows)", lambda: list_dossiers(ctx, DossierQuery(limit=100)),
        lambda: raw.execute(FIRST_PAGE_SQL).fetchall())
    def raw_search() -> object:
        q = match_expression(fold(SEARCH_TEXT).split())
        cut = raw.execute(SEARCH_CUT_SQL, (q,)).fetchone()
        return raw.execute(SEARCH_PAGE_SQL, {"q": q, "floor": seq_floor(cut[0]) if cut else 0}).fetchall()

    add("accent-insensitive search", lambda: list_dossiers(ctx, DossierQuery(search="nguyen van hung", limit=100)),
        raw_search)
    counter = iter(range(1, 10**6))
    run_id = uuid.uuid4().hex[:8]  # the benchmark may run again on the same file

    def ours_register() -> None:
        register_dossier(ctx, DossierInput(proc_code, f"Nguyễn Văn Bench {next(counter)}", "direct"))

    def raw_register() -> None:
        # The same rows our service writes: dossier, event, an audit and an outbox row for each, the clock.
        n = next(counter)
        moment = datetime.now(UTC).replace(tzinfo=None)
        now = moment.isoformat(sep=" ", timespec="microseconds")
        with raw:
            rid, eid = f"raw-d-{run_id}-{n}", f"raw-e-{run_id}-{n}"
            raw.execute("INSERT INTO dossiers (id, commune_code, created_at, updated_at, updated_by, hlc, code, "
                        "procedure_id, applicant_name, applicant_id_number, applicant_phone, applicant_email, "
                        "applicant_address, channel, boundary_free, received_at, due_date, status, late_reason, "
                        "note, search_text, receipt_seq) "
                        "VALUES (?,?,?,?,?,?,?,?,?,'','','','','direct',0,?,?,2,'','',?,?)",
                        (rid, "x", now, now, "bench", now, f"RAW-{run_id}-{n}", proc_id, f"Raw {n}", now,
                         to_local(moment).date().isoformat(), f"raw {n}", seq_block(moment) + 512))
            raw.execute("INSERT INTO dossier_events (id, commune_code, created_at, updated_at, updated_by, hlc, "
                        "dossier_id, at, action, to_status, actor, note) VALUES (?,?,?,?,?,?,?,?,?,2,'bench','')",
                        (eid, "x", now, now, "bench", now, rid, now, "register"))
            for row_id in (rid, eid):
                raw.execute("INSERT INTO audit_log (id, commune_code, at, actor, action, table_name, row_id, changes)"
                            " VALUES (?,?,?,?,?,?,?,?)", (f"a-{row_id}", "x", now, "bench", "insert", "t", row_id,
                                                          "{}"))
                raw.execute("INSERT INTO sync_outbox (op_id, table_name, row_id, op, changed_fields, payload, hlc, "
                            "schema_version, attempts, state, created_at, last_error) "
                            "VALUES (?,?,?,?,?,?,?,?,0,'pending',?,'')",
                            (f"o-{row_id}", "t", row_id, "insert", "[]", "{}", now, "0001", now))
            raw.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES ('bench_clock', ?)", (now,))

    add("single dossier registration", ours_register, raw_register)
    raw.close()
    db.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=str(Path(__file__).resolve().parents[1] / "bench-data"))
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", default="", help="only the measures whose name holds this, e.g. registration")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = DataPaths(Path(args.data_dir))
    ensure_database(paths, args.dossiers)
    results = measure(paths, args.repeat, args.only)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(f"{'measure':<36} {'ours ms':>9} {'raw ms':>9} {'ratio':>7} {'ours cpu':>9} {'raw cpu':>9}")
        for r in results:
            print(f"{r['measure']:<36} {r['ours_ms']:>9} {r['raw_ms']:>9} {r['ratio']:>7} {r['ours_cpu_ms']:>9} "
                  f"{r['raw_cpu_ms']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
