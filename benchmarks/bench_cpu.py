"""CPU-time benchmark: the dashboard, month statistics, the monthly report and a registration on one database, as
process CPU time, which a loaded machine moves far less than wall time, for before/after comparisons.

Usage: python benchmarks/bench_cpu.py --data-dir DIR [--month YYYY-MM] [--json]
DIR is a folder benchmarks/bench_store.py built (any size); registrations are written to it. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from itertools import count
from pathlib import Path

from desktop.config.paths import DataPaths
from desktop.domain.periods import month_period, parse_month
from desktop.reports.monthly import build_period_report
from desktop.services import report_data
from desktop.services.context import ServiceContext
from desktop.services.dashboard import dashboard_summary
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.services.statistics import dossier_stats
from desktop.store.database import Database


def cpu_ms(fn: Callable[[], object], repeat: int) -> dict[str, float]:
    """The first call's CPU time (cold caches, lazy imports) and the median of the next `repeat`."""
    samples = []
    for _ in range(repeat + 1):
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    return {"first_ms": round(samples[0], 1), "median_ms": round(statistics.median(samples[1:]), 1)}


def measure(data_dir: Path, month: date) -> dict[str, object]:
    db = Database.open(DataPaths(data_dir))
    ctx = ServiceContext(db, actor="bench")
    today = ctx.today()
    results: dict[str, object] = {"dashboard": cpu_ms(lambda: dashboard_summary(ctx, today), 3)}
    year_back = date(month.year - 1, month.month, 1)
    for name, first in (("month statistics, this month", date(today.year, today.month, 1)),
                        ("month statistics, the report's month", month),
                        ("month statistics, a year before it", year_back)):
        period = month_period(first)
        results[name] = cpu_ms(lambda p=period: dossier_stats(ctx, p.start, p.end), 5)
    period = month_period(month)
    out = Path(tempfile.mkdtemp(prefix="bench-cpu-")) / "monthly.pdf"
    results["whole monthly report"] = cpu_ms(
        lambda: build_period_report(report_data.period_report(ctx, period), out, comments="Benchmark."), 2)
    with db.engine.connect() as conn:
        code = conn.exec_driver_sql("SELECT code FROM procedures WHERE statutory_days > 0 LIMIT 1").scalar_one()
    numbers = count(1)
    results["single dossier registration"] = cpu_ms(
        lambda: register_dossier(ctx, DossierInput(code, f"Nguyễn Văn Cpu {next(numbers)}", "direct")), 15)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    db.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--month", help="the report's month, YYYY-MM (default: the last full month)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.month:
        month = parse_month(args.month)[0]
    else:
        today = date.today()
        month = date(today.year - 1, 12, 1) if today.month == 1 else date(today.year, today.month - 1, 1)
    results = measure(args.data_dir, date(month.year, month.month, 1))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for name, value in results.items():
            print(f"{name:<40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
