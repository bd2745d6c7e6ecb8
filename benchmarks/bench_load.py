"""Load benchmark: many commune PCs pushing and pulling at once against one province server, over loopback.

Usage: python benchmarks/bench_load.py [--devices 200] [--communes 20] [--seconds 90] [--db sqlite|URL]
                                       [--batch 25] [--interval 4] [--procs 2] [--json]

The server runs as its own process (`commune-desk-server serve`, bench_server.py) on a SQLite file in a temporary
folder, or on a fresh schema of the PostgreSQL database given with --db (dropped afterwards). The communes and one
enrolment code per device are made with the server's admin functions before it starts.

The devices (load_devices.py) are split over --procs worker processes, one thread each. All enrol and open their
first session first (both timed), then the load window opens: every device, once per --interval seconds (from a
random offset), pushes one batch of about --batch realistic outbox ops (new dossiers with their events, status
steps, equipment added and edited, maintenance events) and pulls its commune's changes to the end. A batch with
no answer is sent again next cycle. After the window the server idles a few seconds and its memory is read again.

Printed (--json): ops_per_s (acknowledged ops / window), p50/p99 push and p99 pull in ms (per request), errors
(failed requests), the server's peak RSS (whole process tree, sampled) and its RSS after the idle pause, and
counts_exact: every acknowledged op id is applied on the server once (none missing, none twice, nothing extra
beyond batches that never got an answer) and every acknowledged insert is a row on the server. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from bench_server import SERVER_BIN, RssSampler, fresh_postgres_schema, running_server, tree_cpu_s, tree_rss_mib
from load_devices import Device, Tally, enrol, run_device

IDLE_AFTER_S = 5.0
SEED = 20261204


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def _per_bucket(times: list[float], width: float) -> list[int]:
    counts: dict[int, int] = {}
    for t in times:
        counts[int(t // width)] = counts.get(int(t // width), 0) + 1
    return [counts.get(i, 0) for i in range(max(counts) + 1)] if counts else []


# --------------------------------------------------------------------------------------------------------------
# Worker process: a share of the devices, one thread each
# --------------------------------------------------------------------------------------------------------------

def worker_main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench_load.py _worker")
    p.add_argument("--server", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--interval", type=float, required=True)
    a = p.parse_args(argv)
    from desktop.store.migrate import head_revision

    schema = head_revision()
    plan = json.loads(sys.stdin.readline())  # [[index, commune, code], ...]
    devices = [Device(i, commune, code, schema, random.Random(SEED + i)) for i, commune, code in plan]
    tally = Tally()
    threads = [threading.Thread(target=enrol, args=(d, a.server, tally)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("READY", flush=True)
    go, deadline = (float(x) for x in sys.stdin.readline().split())
    threads = [threading.Thread(target=run_device, args=(d, a.server, go, deadline, a.batch, a.interval, tally))
               for d in devices if d.device_id]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    a.out.write_text(json.dumps({**tally.to_json(), "finished": time.time()}))
    return 0


# --------------------------------------------------------------------------------------------------------------
# The orchestrator
# --------------------------------------------------------------------------------------------------------------

def _prepare(db: str, communes: int, devices: int) -> tuple[list[str], list[list[Any]]]:
    """Migrate, add the communes and one enrolment code per device (the province's own admin functions)."""
    from desktop.server import admin
    from desktop.server.config import make_engine
    from desktop.server.migrate import upgrade_to_head
    from desktop.store.models import utcnow

    engine = make_engine(db)
    upgrade_to_head(engine)
    run_tag = uuid.uuid4().hex[:4].upper()
    codes = [f"L{run_tag}{i:04d}" for i in range(communes)]
    now = utcnow()
    for code in codes:
        admin.add_commune(engine, code, f"Xã tải {code}", "22", now)
    plan = [[i, codes[i % communes], admin.new_enrol_code(engine, codes[i % communes], now)] for i in range(devices)]
    engine.dispose()
    return codes, plan


def _check_counts(db: str, communes: list[str], acked: list[str], inserted: dict[str, list[str]],
                  unanswered: list[str]) -> dict[str, Any]:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from desktop.server.config import make_engine
    from desktop.server.models import AppliedOp, SyncedRow

    engine = make_engine(db)
    with Session(engine) as session:
        on_server = list(session.scalars(select(AppliedOp.op_id).where(AppliedOp.commune_code.in_(communes))))
        rows_found = 0
        for table, ids in inserted.items():
            for start in range(0, len(ids), 5000):
                chunk = ids[start:start + 5000]
                rows_found += session.scalar(select(func.count()).select_from(SyncedRow).where(
                    SyncedRow.table_name == table, SyncedRow.row_id.in_(chunk))) or 0
    engine.dispose()
    server_set, acked_set = set(on_server), set(acked)
    inserts = sum(len(set(ids)) for ids in inserted.values())
    # An op whose batch never got an answer may have been applied: that is allowed, anything else extra is not.
    extra = server_set - acked_set
    return {"acknowledged": len(acked), "acknowledged_distinct": len(acked_set), "on_server": len(on_server),
            "missing": len(acked_set - server_set), "extra_unexplained": len(extra - set(unanswered)),
            "unanswered": len(unanswered), "inserted_rows": inserts, "inserted_rows_found": rows_found,
            "exact": len(acked) == len(acked_set) and acked_set <= server_set and not extra - set(unanswered)
            and rows_found == inserts}


def run(args: argparse.Namespace) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    say = (lambda _m: None) if args.json else (lambda m: print(m, file=sys.stderr, flush=True))
    if args.db == "sqlite":
        return _run_on(f"sqlite:///{work / 'server.sqlite3'}", work, args, say)
    with fresh_postgres_schema(args.db, "bench_load") as db:
        return _run_on(db, work, args, say)


def _run_on(db: str, work: Path, args: argparse.Namespace, say: Any) -> dict[str, Any]:
    communes, plan = _prepare(db, args.communes, args.devices)
    env = {**os.environ, **dict(kv.split("=", 1) for kv in args.server_env)}
    with running_server(db, work / "server.log", *args.serve_arg, env=env) as (url, proc):
        idle = tree_rss_mib(proc.pid)
        say(f"server pid {proc.pid} on {url}; idle RSS {idle} MiB; {len(plan)} devices in {len(communes)} communes")
        sampler = RssSampler(proc.pid).start()
        workers = []
        for w in range(args.procs):
            cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", "--server", url, "--out",
                   str(work / f"worker-{w}.json"), "--batch", str(args.batch), "--interval", str(args.interval)]
            child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert child.stdin is not None
            child.stdin.write(json.dumps(plan[w::args.procs]) + "\n")
            child.stdin.flush()
            workers.append(child)
        enrol_started = time.time()
        for child in workers:
            assert child.stdout is not None
            if child.stdout.readline().strip() != "READY":
                raise SystemExit("a worker failed while enrolling")
        say(f"enrolled in {time.time() - enrol_started:.1f} s; load for {args.seconds} s …")
        go = time.time() + 0.5
        cpu_before = tree_cpu_s(proc.pid)
        for child in workers:
            assert child.stdin is not None
            child.stdin.write(f"{go} {go + args.seconds}\n")
            child.stdin.flush()
        for child in workers:
            if child.wait() != 0:
                raise SystemExit("a worker failed")
        peak = sampler.stop()
        server_cpu = tree_cpu_s(proc.pid) - cpu_before
        tallies = [json.loads((work / f"worker-{w}.json").read_text()) for w in range(args.procs)]
        window = max(t["finished"] for t in tallies) - go
        time.sleep(IDLE_AFTER_S)  # the server at rest again: how much does it keep?
        after = tree_rss_mib(proc.pid)
    lists = ("enrol_ms", "session_ms", "push_ms", "push_at", "pull_ms", "acked", "unanswered")
    merged: dict[str, Any] = {**{key: [] for key in lists}, "errors": {}, "statuses": {}, "inserted": {}}
    for t in tallies:
        for key in lists:
            merged[key] += t[key]
        for key in ("errors", "statuses"):
            for k, v in t[key].items():
                merged[key][k] = merged[key].get(k, 0) + v
        for table, ids in t["inserted"].items():
            merged["inserted"].setdefault(table, []).extend(ids)
    counts = _check_counts(db, communes, merged["acked"], merged["inserted"], merged["unanswered"])
    enrolled = len(merged["session_ms"])
    counts["exact"] = counts["exact"] and enrolled == args.devices  # a device that never ran proves nothing
    return {"ops_per_s": round(len(merged["acked"]) / window, 1) if window > 0 else 0.0,
            "p50_push_ms": _percentile(merged["push_ms"], 0.50), "p99_push_ms": _percentile(merged["push_ms"], 0.99),
            "p99_pull_ms": _percentile(merged["pull_ms"], 0.99), "errors": sum(merged["errors"].values()),
            "server_peak_rss_mib": peak, "server_rss_after_mib": after, "counts_exact": counts["exact"],
            "detail": {"devices": args.devices, "communes": args.communes, "seconds": args.seconds,
                       "window_s": round(window, 1), "batch": args.batch, "interval_s": args.interval,
                       "offered_ops_per_s": round(args.devices * args.batch / args.interval, 1),
                       "db": "sqlite (temp file)" if args.db == "sqlite" else "postgresql (fresh schema)",
                       "serve_args": args.serve_arg, "server_idle_rss_mib": idle,
                       # What the server itself used of the CPU: a figure a loaded, shared machine moves less.
                       "server_cpu_s": round(server_cpu, 1),
                       "server_cpu_ms_per_op": round(server_cpu * 1000 / len(merged["acked"]), 2)
                       if merged["acked"] else None, "load_average": [round(x, 2) for x in os.getloadavg()],
                       "devices_enrolled": enrolled, "enrol_p50_ms": _percentile(merged["enrol_ms"], 0.5),
                       "enrol_p99_ms": _percentile(merged["enrol_ms"], 0.99),
                       "first_session_p50_ms": _percentile(merged["session_ms"], 0.5),
                       "pushes": len(merged["push_ms"]), "pulls": len(merged["pull_ms"]),
                       "pushes_sent_per_10s": _per_bucket(merged["push_at"], 10),
                       "p50_pull_ms": _percentile(merged["pull_ms"], 0.5), "errors_by_kind": merged["errors"],
                       "results": merged["statuses"], "counts": counts}}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_worker"]:
        return worker_main(argv[1:])
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--devices", type=int, default=200)
    p.add_argument("--communes", type=int, default=20)
    p.add_argument("--seconds", type=float, default=90)
    p.add_argument("--db", default="sqlite", help="'sqlite' (a temp file) or a PostgreSQL URL (a fresh schema in it)")
    p.add_argument("--batch", type=int, default=25, help="ops per push, about (default 25)")
    p.add_argument("--interval", type=float, default=4.0, help="seconds between one device's cycles (default 4)")
    p.add_argument("--procs", type=int, default=2, help="worker processes driving the devices (default 2)")
    p.add_argument("--serve-arg", action="append", default=[], help="extra argument for `serve` (repeatable)")
    p.add_argument("--server-env", action="append", default=[], metavar="NAME=VALUE",
                   help="extra environment for the server process (repeatable)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = p.parse_args(argv)
    if a.devices < 1 or a.communes < 1 or a.seconds <= 0 or a.batch < 1 or a.procs < 1:
        p.error("--devices, --communes, --seconds, --batch and --procs must be positive")
    if not SERVER_BIN.exists():
        p.error(f"{SERVER_BIN} not found: run with the project's virtualenv Python")
    result = run(a)
    print(json.dumps(result, indent=None if a.json else 2, ensure_ascii=False))
    return 0 if result["counts_exact"] and result["errors"] == 0 else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
