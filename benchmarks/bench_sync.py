"""Sync benchmark: N outbox operations pushed by one PC and pulled by another, over loopback to a real server.

Usage: python benchmarks/bench_sync.py [--ops 100000] [--db sqlite|URL] [--keep DIR] [--json]

The province server runs as its own process (`commune-desk-server --db URL serve` on 127.0.0.1, a SQLite file in a
temporary folder unless a PostgreSQL URL is given), so its memory is measured apart from the clients': its peak RSS
is read from /proc/<pid>/status (VmHWM, Linux), reset between push and pull where the kernel allows it. The commune
and the enrolment codes are made with the server's own admin CLI.

Each client step runs in a child process of this script, which reports its own time and peak RSS (getrusage):
  generate  PC A's data folder is set up and N real outbox rows are written: a share of them (--dossier-share,
            half by default) by registering dossiers through the desk's own service, one transaction each (a
            dossier and its first event: two operations), received over the last 200 days; the rest through
            UnitOfWork (equipment added, and about one in five of them edited), in transactions of --chunk operations;
  push      PC A enrols and runs one full sync (SyncEngine.run, default settings): everything is pushed;
  pull      PC B (a fresh folder, same commune) enrols and runs one full sync: everything is pulled.
At the end B must hold as many equipment rows and dossiers as A, the same statistics over the dossiers' year (so
the tallies and search index a bulk pull catches up are checked too), and A's outbox must be empty of pending
operations.
Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench_server import SERVER_BIN, free_port, proc_status, reset_peak, server_cli, wait_ready

EDIT_EVERY = 5  # one op in EDIT_EVERY is an edit of an equipment row added earlier


# --------------------------------------------------------------------------------------------------------------
# Child steps (run in their own process so each one's peak memory is its own)
# --------------------------------------------------------------------------------------------------------------

def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _cpu_seconds() -> float:
    """This process's CPU time (user + system): steadier than wall time on a shared, loaded machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _server_cpu(pid: int) -> float | None:
    """The server process's CPU time so far, from /proc/<pid>/stat (None off Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _context(folder: Path) -> Any:
    from desktop.config.paths import DataPaths
    from desktop.services.context import ServiceContext
    from desktop.store.database import Database

    return ServiceContext(Database.open(DataPaths(folder)), actor="bench", role="admin")


def set_up_desk(folder: Path, commune: str, slot: int) -> Any:
    """A desk of `commune` in `folder`, set up as the wizard does (the commune, then the procedure catalogue)."""
    from desktop.services import catalogue, setup

    ctx = _context(folder)
    setup.set_up_commune(ctx, "22", commune, commune_name=f"Xã {commune}", device_slot=slot)
    catalogue.seed_catalogue(ctx)  # as the setup wizard does: the dossiers' procedures
    return ctx


def _counts(ctx: Any) -> dict[str, int]:
    from sqlalchemy import func, select

    from desktop.store.models import Dossier, Equipment, OutboxOp

    with ctx.db.session() as s:
        return {"equipment": s.scalar(select(func.count()).select_from(Equipment)) or 0,
                "dossiers": s.scalar(select(func.count()).select_from(Dossier)) or 0,
                "outbox": s.scalar(select(func.count()).select_from(OutboxOp)) or 0}


def _year_figures(ctx: Any) -> dict[str, Any]:
    """The dossiers' statistics over the last year (Biểu 06's total row) and its 12-month trend from the tallies:
    what B must show exactly as A does."""
    from datetime import timedelta

    from desktop.domain.periods import month_of
    from desktop.services.statistics import dossier_stats, monthly_series

    today = ctx.today()
    total = dossier_stats(ctx, today - timedelta(days=365), today).total.to_dict()
    series = monthly_series(ctx, month_of(today.year, today.month, calendar=True), 12)
    return {"total": total, "series": [vars(p) for p in series]}


def register_dossiers(ctx: Any, count: int, actions: tuple[str, ...] = ()) -> int:
    """`count` dossiers registered as the desk does, one transaction each, received on working hours over the
    last 200 days (a few dozen a day, as a busy commune), each then taken through `actions` (change_status, now)."""
    from datetime import datetime, timedelta

    from sqlalchemy import select

    from desktop.services.dossiers import DossierInput, change_status, register_dossier
    from desktop.store.models import Procedure

    with ctx.db.session() as s:
        codes = list(s.scalars(select(Procedure.code).where(Procedure.statutory_days > 0).order_by(Procedure.code)
                               .limit(20)))
    now = datetime.now().replace(minute=0, second=0, microsecond=0)
    for n in range(count):
        received = now - timedelta(days=1 + n % 200, hours=n % 7)
        info = register_dossier(ctx, DossierInput(codes[n % len(codes)], f"Nguyễn Văn Đồng Bộ {n}",
                                                  ("direct", "online", "postal")[n % 3], id_number=f"001090{n:06d}",
                                                  address=f"Thôn {n % 9 + 1}, xã Thử", received_at=received,
                                                  boundary_free=n % 11 == 0))
        for action in actions:
            change_status(ctx, info.code, action)
    return count


def _pending(ctx: Any) -> int:
    """Outbox operations still waiting to be pushed (what the engine's next_batch would pick up)."""
    from sqlalchemy import func, select

    from desktop.store.models import OutboxOp

    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "pending")) or 0


def step_generate(folder: Path, commune: str, ops: int, chunk: int, dossier_ops: int = 0) -> dict[str, Any]:
    """Set up PC A and write `ops` outbox operations: `dossier_ops` of them by registering dossiers (two each), the
    rest equipment inserts, and an edit after every EDIT_EVERY - 1 inserts."""
    from datetime import date

    from desktop.services.context import unit_of_work
    from desktop.services.equipment import KINDS
    from desktop.store.models import Equipment

    ctx = set_up_desk(folder, commune, 1)
    before = _counts(ctx)["outbox"]
    kinds = [k for k in KINDS if k != "signature_token"]
    started = time.perf_counter()
    registered = register_dossiers(ctx, dossier_ops // 2)
    written, inserted, edited = registered * 2, 0, 0
    while written < ops:
        with unit_of_work(ctx) as uow:
            recent: list[Equipment] = []
            for _ in range(min(chunk, ops - written)):
                if recent and (written + 1) % EDIT_EVERY == 0:
                    row = recent.pop()
                    uow.update(row, {"note": f"Kiểm kê lần {written}", "location": "Phòng một cửa"})
                    edited += 1
                else:
                    n = inserted
                    tag = f"BENCH-{n:07d}"
                    kind = kinds[n % len(kinds)]
                    values = {"asset_tag": tag, "kind": kind, "model": f"Model {n % 97}", "serial": f"SN{n:09d}",
                              "location": f"Phòng {n % 12 + 1}", "acquired_on": date(2020, 1, 1 + n % 28),
                              "assigned_to": f"Cán bộ {n % 40}", "status": "in_use", "note": ""}
                    recent.append(uow.add(Equipment(**values)))
                    inserted += 1
                written += 1
    seconds = time.perf_counter() - started
    after = _counts(ctx)
    return {"seconds": round(seconds, 2), "ops_written": after["outbox"] - before, "inserted": inserted,
            "edited": edited, "dossiers_registered": registered, "equipment": after["equipment"],
            "dossiers": after["dossiers"], "pending": _pending(ctx), "peak_rss_mib": round(_peak_rss_mib(), 1)}


def _sync(folder: Path, server_url: str, code: str, label: str) -> dict[str, Any]:
    from desktop.sync.engine import SyncEngine, enrol

    ctx = _context(folder)
    enrol(ctx, server_url, code, label)
    started, cpu = time.perf_counter(), _cpu_seconds()
    report = SyncEngine(ctx).run()
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    counts = _counts(ctx)
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "push": _stats(report.push),
            "pull": _stats(report.pull), "retries": report.retries, "equipment": counts["equipment"],
            "dossiers": counts["dossiers"], "figures": _year_figures(ctx), "pending": _pending(ctx),
            "peak_rss_mib": round(_peak_rss_mib(), 1)}


def _stats(stats: object) -> dict[str, Any]:
    return {k: v for k, v in vars(stats).items() if isinstance(v, int | float | str)}


def step_push(folder: Path, server_url: str, code: str) -> dict[str, Any]:
    return _sync(folder, server_url, code, "Bench PC A")


def step_pull(folder: Path, server_url: str, code: str, commune: str) -> dict[str, Any]:
    set_up_desk(folder, commune, 2)
    return _sync(folder, server_url, code, "Bench PC B")


def child_main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench_sync.py _child")
    p.add_argument("step", choices=["generate", "push", "pull"])
    p.add_argument("--folder", type=Path, required=True)
    p.add_argument("--commune", default="")
    p.add_argument("--ops", type=int, default=0)
    p.add_argument("--chunk", type=int, default=5000)
    p.add_argument("--dossier-ops", type=int, default=0)
    p.add_argument("--server", default="")
    p.add_argument("--code", default="")
    a = p.parse_args(argv)
    if a.step == "generate":
        out = step_generate(a.folder, a.commune, a.ops, a.chunk, a.dossier_ops)
    elif a.step == "push":
        out = step_push(a.folder, a.server, a.code)
    else:
        out = step_pull(a.folder, a.server, a.code, a.commune)
    print("RESULT " + json.dumps(out))
    return 0


# --------------------------------------------------------------------------------------------------------------
# The orchestrator
# --------------------------------------------------------------------------------------------------------------

def _cpu_delta(before: float | None, after: float | None) -> float | None:
    return round(after - before, 2) if before is not None and after is not None else None


def _enrol_code(db: str, commune: str) -> str:
    return server_cli(db, "admin", "enrol-code", "--commune", commune).strip().splitlines()[-1].strip()


def _child(step: str, log: list[str], *args: str) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", step, *args]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"step {step} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    log.append(f"{step}: done")
    return dict(json.loads(lines[-1][len("RESULT "):]))


def run(ops: int, db_arg: str, chunk: int, keep: Path | None, quiet: bool,
        dossier_share: float = 0.5) -> dict[str, Any]:
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{work / 'server.sqlite3'}" if db_arg == "sqlite" else db_arg
    say = (lambda _m: None) if quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    log: list[str] = []
    commune = "X" + uuid.uuid4().hex[:9].upper()  # not all digits: kept as typed by set_up_commune
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server_log = (work / "server.log").open("wb")
    proc: subprocess.Popen[bytes] | None = None
    try:
        server_cli(db, "admin", "add-commune", "--code", commune, "--name", f"Xã {commune}", "--province", "22")
        proc = subprocess.Popen([str(SERVER_BIN), "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port)],
                                stdout=server_log, stderr=subprocess.STDOUT)
        wait_ready(url, proc)
        server_idle = proc_status(proc.pid, "VmRSS")
        say(f"server pid {proc.pid} on {url}, db {db}; idle RSS {server_idle} MiB")

        say(f"generating {ops} outbox operations on PC A …")
        dossier_ops = 2 * int(ops * dossier_share / 2)
        gen = _child("generate", log, "--folder", str(work / "pc-a"), "--commune", commune, "--ops", str(ops),
                     "--chunk", str(chunk), "--dossier-ops", str(dossier_ops))
        say(f"  {gen}")

        reset_peak(proc.pid)
        say("PC A: enrol + one sync (push) …")
        server_cpu = _server_cpu(proc.pid)
        push = _child("push", log, "--folder", str(work / "pc-a"), "--server", url, "--code", _enrol_code(db, commune))
        server_push_peak = proc_status(proc.pid, "VmHWM")
        server_push_cpu = _cpu_delta(server_cpu, _server_cpu(proc.pid))
        say(f"  { {k: v for k, v in push.items() if k != 'figures'} }; server peak {server_push_peak} MiB")

        reset_ok = reset_peak(proc.pid)
        say("PC B: enrol + one sync (pull) …")
        server_cpu = _server_cpu(proc.pid)
        pull = _child("pull", log, "--folder", str(work / "pc-b"), "--commune", commune, "--server", url,
                      "--code", _enrol_code(db, commune))
        server_pull_peak = proc_status(proc.pid, "VmHWM")
        server_pull_cpu = _cpu_delta(server_cpu, _server_cpu(proc.pid))
        say(f"  { {k: v for k, v in pull.items() if k != 'figures'} }; server peak {server_pull_peak} MiB")
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        server_log.close()
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)

    checks = {
        "outbox_rows_written": gen["ops_written"] == ops,
        "a_nothing_pending_after_push": push["pending"] == 0,
        # set_up_commune writes its own op(s) too, so A sends what was pending, at least the N generated.
        "all_pending_sent": push["push"].get("sent") == gen["pending"] >= ops and push["push"].get("rejected") == 0,
        "b_equipment_equals_a": pull["equipment"] == gen["equipment"] == push["equipment"],
        "b_dossiers_equal_a": pull["dossiers"] == gen["dossiers"] == push["dossiers"],
        "b_statistics_equal_a": pull["figures"] == push["figures"],
    }
    return {
        "ops": ops, "db": "sqlite (temp file)" if db_arg == "sqlite" else db_arg.split("@")[-1],
        "generate": gen,
        "push": {"seconds": push["seconds"], "ops_per_s": round(ops / push["seconds"], 1) if push["seconds"] else None,
                 "stats": push["push"], "pull_stats_on_a": push["pull"], "retries": push["retries"],
                 "client_peak_rss_mib": push["peak_rss_mib"], "server_peak_rss_mib": server_push_peak,
                 "client_cpu_seconds": push["cpu_seconds"], "server_cpu_seconds": server_push_cpu},
        # The server's feed holds each row's latest state, so B pulls rows (inserts and edits folded together).
        "pull": {"seconds": pull["seconds"], "rows_pulled": pull["pull"].get("rows"),
                 "rows_per_s": round(pull["pull"].get("rows", 0) / pull["seconds"], 1) if pull["seconds"] else None,
                 "ops_covered_per_s": round(ops / pull["seconds"], 1) if pull["seconds"] else None,
                 "stats": pull["pull"], "retries": pull["retries"], "client_peak_rss_mib": pull["peak_rss_mib"],
                 "server_peak_rss_mib": server_pull_peak,
                 "client_cpu_seconds": pull["cpu_seconds"], "server_cpu_seconds": server_pull_cpu,
                 "server_peak_is_whole_run": not reset_ok},
        "server_idle_rss_mib": server_idle,
        "equipment": {"a": push["equipment"], "b": pull["equipment"]},
        "dossiers": {"a": push["dossiers"], "b": pull["dossiers"], "registered": gen["dossiers_registered"],
                     "received_in_year": push["figures"]["total"].get("received_total")},
        "checks": checks, "ok": all(checks.values()),
    }


def _print(r: dict[str, Any]) -> None:
    p, q = r["push"], r["pull"]
    print(f"Sync benchmark — {r['ops']:,} ops, server DB {r['db']}, loopback")
    print(f"  generate (PC A, services and UnitOfWork): {r['generate']['seconds']:.1f} s "
          f"({r['dossiers']['registered']:,} dossiers registered, {r['generate']['inserted']:,} equipment inserts + "
          f"{r['generate']['edited']:,} edits), "
          f"client peak {r['generate']['peak_rss_mib']} MiB")
    print(f"  push (PC A, one sync, incl. pulling its own rows back): {p['seconds']:.1f} s, {p['ops_per_s']:,} ops/s; "
          f"client peak {p['client_peak_rss_mib']} MiB, server peak {p['server_peak_rss_mib']} MiB; {p['stats']}")
    print(f"  pull (PC B, one sync):  {q['seconds']:.1f} s, {q['rows_pulled']:,} rows ({q['rows_per_s']:,} rows/s, "
          f"{q['ops_covered_per_s']:,} generated ops/s); "
          f"client peak {q['client_peak_rss_mib']} MiB, server peak {q['server_peak_rss_mib']} MiB"
          f"{' (whole run)' if q['server_peak_is_whole_run'] else ''}; {q['stats']}")
    print(f"  server idle RSS {r['server_idle_rss_mib']} MiB; equipment rows A={r['equipment']['a']:,} "
          f"B={r['equipment']['b']:,}; dossiers A={r['dossiers']['a']:,} B={r['dossiers']['b']:,}")
    print(f"  checks: {r['checks']} → {'OK' if r['ok'] else 'FAILED'}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        return child_main(argv[1:])
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--ops", type=int, default=100_000, help="outbox operations to push and pull (default 100000)")
    p.add_argument("--db", default="sqlite", help="'sqlite' (a temp file) or a PostgreSQL URL for the server")
    p.add_argument("--chunk", type=int, default=5000, help="operations per generating transaction (default 5000)")
    p.add_argument("--dossier-share", type=float, default=0.5,
                   help="the share of the operations made by registering dossiers (default 0.5; 0 = equipment only)")
    p.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder, removed)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = p.parse_args(argv)
    if a.ops < 1:
        p.error("--ops must be at least 1")
    if not SERVER_BIN.exists():
        p.error(f"{SERVER_BIN} not found: run with the project's virtualenv Python")
    if not 0 <= a.dossier_share <= 1:
        p.error("--dossier-share must be between 0 and 1")
    result = run(a.ops, a.db, a.chunk, a.keep, quiet=a.json, dossier_share=a.dossier_share)
    if a.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print(result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
