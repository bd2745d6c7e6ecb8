"""Report benchmark: the monthly report (PDF) for one month of a big database, its time by part and peak memory.

Usage: python benchmarks/bench_report.py --data-dir DIR [--month YYYY-MM] [--repeat N] [--out FILE.pdf] [--json]
DIR is an existing folder, e.g. the 1,000,000-dossier one benchmarks/bench_store.py builds; nothing is written to it.
The month defaults to the last full month before today. Not run by CI.
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
from datetime import date, timedelta
from pathlib import Path

from desktop.config.paths import DataPaths
from desktop.domain.periods import month_period, parse_month
from desktop.reports.monthly import build_period_report
from desktop.services import equipment
from desktop.services import report_data as data
from desktop.services.context import ServiceContext
from desktop.services.statistics import dossier_stats, monthly_series, trend_month
from desktop.store.database import Database


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first run, median of the next `repeat` runs) in milliseconds: cold-ish and warm page cache."""
    samples = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(samples[0], 1), round(statistics.median(samples[1:]) if repeat else samples[0], 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="an existing data folder (not modified)")
    parser.add_argument("--month", help="YYYY-MM (default: the last full month)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", help="keep the PDF here (default: a temporary file)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = DataPaths(Path(args.data_dir))
    if not paths.database.exists():
        parser.error(f"{paths.database} does not exist; build it with benchmarks/bench_store.py first")
    db = Database.open(paths)
    ctx = ServiceContext(db, actor="bench")
    first = parse_month(args.month)[0] if args.month else (ctx.today().replace(day=1) - timedelta(days=1))
    period = month_period(date(first.year, first.month, 1))
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="bench-report-")) / "monthly.pdf"
    with db.engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM dossiers").scalar_one()
    baseline = peak_rss_mb()  # the interpreter, ReportLab and SQLAlchemy loaded, the database open
    stats = dossier_stats(ctx, period.start, period.end).total
    parts = {
        "dossier statistics (Biểu 06)": lambda: dossier_stats(ctx, period.start, period.end),
        "12-month series (chart)": lambda: monthly_series(ctx, trend_month(period.end, calendar=period.calendar), 12),
        "late dossiers list": lambda: data.late_dossiers(ctx, period.start, period.end),
        "training courses": lambda: data.courses_in(ctx, period.start, period.end),
        "equipment list and outages": lambda: (equipment.list_equipment(ctx),
                                               data.outages(ctx, period.start, period.end)),
    }
    report = {}

    def whole() -> None:
        report["r"] = build_period_report(data.period_report(ctx, period), out, comments="Benchmark.")

    # The whole report first, while this process has read little of the file; then its parts.
    cold, warm = timed(whole, args.repeat)
    results: list[dict[str, object]] = [{"measure": "whole monthly report (PDF written)", "first_ms": cold,
                                         "median_ms": warm}]
    for name, fn in parts.items():
        cold, warm = timed(fn, args.repeat)
        results.append({"measure": name, "first_ms": cold, "median_ms": warm})
    db.close()
    summary = {"database_dossiers": total, "month": f"{period.start:%Y-%m}",
               "month_received": stats.received_total - stats.carried_over, "month_in_scope": stats.received_total,
               "late_listed": report["r"].late_count, "pages": report["r"].pages,
               "pdf_kb": round(out.stat().st_size / 1024, 1), "rss_before_mb": round(baseline, 1),
               "peak_rss_mb": round(peak_rss_mb(), 1),
               "results": results, "pdf": str(out)}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"database: {total:,} dossiers; month {summary['month']}: {summary['month_received']:,} received "
              f"({summary['month_in_scope']:,} with those carried over); {summary['late_listed']} late listed")
        print(f"{'measure':<40} {'first ms':>10} {'median ms':>10}")
        for r in results:
            print(f"{r['measure']:<40} {r['first_ms']:>10} {r['median_ms']:>10}")
        print(f"PDF: {summary['pages']} pages, {summary['pdf_kb']} KB ({out})")
        print(f"peak RSS {summary['peak_rss_mb']} MB (before the report: {summary['rss_before_mb']} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
