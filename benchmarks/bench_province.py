"""Province benchmark: the province summary (`GET /v1/province/summary`) and the monthly report
(`commune-desk-server report monthly`) over many communes × years of dossiers on PostgreSQL (issue 15's goal: ≤ 5 s
each for 100 communes × 5 years at 4,000 dossiers a commune a year).

Usage: python benchmarks/bench_province.py --db postgresql://postgres@127.0.0.1:5432/test
           [--communes 100] [--years 5] [--per-year 4000] [--month 2026-11] [--repeat 3] [--fresh] [--json]
The province is generated once (benchmarks/province_data.py, COPY into a schema of its own named after the scale)
and kept for the next runs; --fresh drops and rebuilds it. The server runs as its own process for the HTTP figure;
the report is timed as the whole `commune-desk-server report monthly` command, start-up included, and once more in
this process split into counting and printing. Beside each wall-clock figure, the CPU time of the process that did
the work (the server, or the command; PostgreSQL's own is not in it). Prints one JSON object with --json. Not run by
CI.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_server import SERVER_BIN, running_server  # noqa: E402
from province_data import Scale, fill  # noqa: E402

from desktop.server.config import database_url, make_engine  # noqa: E402
from desktop.server.migrate import upgrade_to_head  # noqa: E402

TODAY = date(2026, 12, 1)
GOAL_MS = 5000
TOKEN = "province-bench-admin-token"
_DONE = "province_bench_done"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def province_url(base: str, scale: Scale, fresh: bool) -> str:
    """The URL of the scale's own schema, generated here when missing or cut short (or with `fresh`)."""
    base = database_url(base)
    schema = f"province_bench_{scale.communes}x{scale.years}x{scale.per_year}"
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        ready = conn.execute(text("SELECT to_regclass(:t)"), {"t": f"{schema}.{_DONE}"}).scalar() is not None
        if ready and not fresh:
            admin.dispose()
            return url
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    engine = make_engine(url)
    upgrade_to_head(engine)
    _log(f"generating {scale.label} into schema {schema}")
    done = fill(engine, scale, _log)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE TABLE {_DONE} (info text)"))
        conn.execute(text(f"INSERT INTO {_DONE} VALUES (:info)"), {"info": json.dumps(done)})
    engine.dispose()
    _log(f"generated: {done}")
    return url


def _timed(fn: Callable[[], object], repeat: int, cpu: Callable[[], float] = lambda: 0.0
           ) -> tuple[list[float], list[float], object]:
    """Wall-clock milliseconds of each run, and the CPU milliseconds `cpu` counted meanwhile (the process that did
    the work: on a loaded machine the wall clock mostly measures waiting for a core)."""
    times, spent, out = [], [], None
    for _ in range(repeat):
        started, before = time.perf_counter(), cpu()
        out = fn()
        times.append(round((time.perf_counter() - started) * 1000, 1))
        spent.append(round((cpu() - before) * 1000, 1))
    return times, spent, out


def _figure(times: list[float], spent: list[float]) -> dict[str, object]:
    return {"median_ms": statistics.median(times), "runs_ms": times, "cpu_median_ms": statistics.median(spent),
            "met": statistics.median(times) <= GOAL_MS}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _process_cpu(pid: int) -> Callable[[], float]:
    def read() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
    return read


def measure(url: str, month: str, repeat: int, workdir: Path) -> dict[str, object]:
    from desktop.server import report, summary

    engine = make_engine(url)
    upgrade_to_head(engine)  # a newer server's indexes are built here, not inside a timed run
    with engine.connect() as conn:
        dossiers = conn.execute(text("SELECT count(*) FROM synced_rows WHERE table_name = 'dossiers'")).scalar()
    start, end = summary.parse_month(month)
    now = datetime.combine(TODAY, datetime.min.time())
    counted, _, found = _timed(lambda: summary.province_summary(engine, start, end, TODAY, now), repeat)
    assert isinstance(found, summary.ProvinceSummary)
    printed, _, _ = _timed(lambda: report.build_province_report(found, workdir / "in-process.pdf", today=TODAY),
                           repeat)
    engine.dispose()

    env = {**os.environ, "COMMUNE_DESK_SERVER_ADMIN_TOKEN": TOKEN}
    with running_server(url, workdir / "server.log", env=env) as (base, proc):
        def get() -> dict[str, object]:
            resp = httpx.get(f"{base}/v1/province/summary", params={"month": month}, timeout=600,
                             headers={"Authorization": f"Bearer {TOKEN}"})
            resp.raise_for_status()
            body: dict[str, object] = resp.json()
            return body
        served, served_cpu, body = _timed(get, repeat, _process_cpu(proc.pid))
    assert isinstance(body, dict)

    out = workdir / "report.pdf"
    command = [str(SERVER_BIN), "--db", url, "report", "monthly", "--month", month, "--out", str(out)]

    def cli() -> None:
        subprocess.run(command, check=True, capture_output=True)
    whole, whole_cpu, _ = _timed(cli, repeat, _children_cpu)
    total = found.total
    return {
        "dossiers_stored": dossiers, "month": month,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "received_in_month": total.received_total, "communes": len(found.communes),
        "summary_http": _figure(served, served_cpu), "report_monthly_cli": _figure(whole, whole_cpu),
        "in_process": {"summary_median_ms": statistics.median(counted),
                       "pdf_median_ms": statistics.median(printed)},
        "pdf_bytes": out.stat().st_size,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a PostgreSQL URL (the province schema is made inside it)")
    parser.add_argument("--communes", type=int, default=100)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--per-year", type=int, default=4000)
    parser.add_argument("--month", default="2026-11")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="drop and generate the province again")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    scale = Scale(args.communes, args.years, args.per_year, TODAY)
    url = province_url(args.db, scale, args.fresh)
    with tempfile.TemporaryDirectory(prefix="bench-province-") as tmp:
        result = measure(url, args.month, args.repeat, Path(tmp))
    result = {"scale": scale.label, "load_average": os.getloadavg(), "cpus": os.cpu_count(), **result}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key in ("summary_http", "report_monthly_cli"):
            figure = result[key]
            assert isinstance(figure, dict)
            print(f"{key}: {figure['median_ms']} ms (goal ≤ {GOAL_MS} ms, CPU {figure['cpu_median_ms']} ms) "
                  f"runs {figure['runs_ms']}")
        print(f"{result['dossiers_stored']} dossiers stored; load average {result['load_average']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
