"""Every speed goal of issue 15 in one run: the store, GUI and report benchmarks on the 1,000,000-dossier database,
the file's size, and (when asked) sync throughput; a table of goal / measured / met, and JSON with --json.

Usage: python benchmarks/run_all.py [--data-dir DIR] [--dossiers N] [--json] [--sync] [--province] [--db URL]
DIR is the folder benchmarks/bench_store.py builds (default bench-data/ next to this folder; built on first use,
which takes the better part of an hour). Each benchmark runs in its own process, so start-up and memory figures
are a fresh program's. --province adds the province server's summary and monthly report (benchmarks/bench_province.py,
PostgreSQL only). The figures depend on the machine and on what else runs on it. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GB = 1000**3


def _run(script: str, *args: str) -> tuple[object, str]:
    """Run one benchmark with --json; its parsed output and the command that reproduces it."""
    command = [sys.executable, str(HERE / script), *args, "--json"]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    shown = " ".join(["python", f"benchmarks/{script}", *args, "--json"])
    if done.returncode != 0:
        raise SystemExit(f"{shown} failed:\n{done.stderr[-2000:]}")
    lines = done.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(("{", "[")))  # the JSON, after any chatter
    return json.loads("\n".join(lines[first:])), shown


def _by_measure(rows: object) -> dict[str, dict[str, Any]]:
    assert isinstance(rows, list)
    return {str(r["measure"]): r for r in rows}


def collect(data_dir: Path, sync: bool, db: str, dossiers: int = 1_000_000,
            province: bool = False) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []

    def add(measure: str, goal: float, unit: str, value: float, command: str, raw: float | None = None) -> None:
        row: dict[str, object] = {"measure": measure, "goal": goal, "unit": unit,
                                  "value": round(value, 2 if unit == "×" else 1), "met": value <= goal,
                                  "command": command}
        if raw is not None:
            row["raw_sqlite3"] = round(raw, 1)
        results.append(row)

    store, cmd = _run("bench_store.py", "--data-dir", str(data_dir), "--repeat", "5", "--dossiers", str(dossiers))
    s = _by_measure(store)
    for name, goal in (("accent-insensitive search", 50), ("single dossier registration", 3),
                       ("first page of dossiers (100 rows)", 100)):
        add(f"store: {name}", goal, "ms", float(s[name]["ours_ms"]), cmd, float(s[name]["raw_ms"]))
    # Issue 15 asks the month statistics to "keep" (103 ms, raw sqlite3 98, when it was filed): the statement's own
    # time follows how many dossiers the month holds (about 83,000 in the 1M demo), so the goal is what our code
    # adds to raw sqlite3 running the very same statement: at most a tenth. Both times are in the row.
    stats = s["month statistics"]
    add(f"store: month statistics ({stats['ours_ms']} ms), ours ÷ raw", 1.1, "×",
        float(stats["ours_ms"]) / float(stats["raw_ms"]), cmd, float(stats["raw_ms"]))

    gui, cmd = _run("bench_gui.py", "--data-dir", str(data_dir))
    assert isinstance(gui, dict)
    add("GUI: imports + main window shown", 800, "ms", gui["imports_ms"] + gui["main_window_shown_ms"], cmd)
    add("GUI: first page of dossiers after the window", 100, "ms",
        gui["first_dossier_page_ms"] - gui["main_window_shown_ms"], cmd)
    add("GUI: search, rows and count shown", 100, "ms", gui["search_ms"], cmd)
    add("GUI: dashboard ready", 300, "ms", gui["dashboard_ms"], cmd)
    add("GUI: peak RSS", 200, "MB", gui["peak_rss_mb"], cmd)

    report, cmd = _run("bench_report.py", "--data-dir", str(data_dir))
    assert isinstance(report, dict)
    r = _by_measure(report["results"])
    add("report: whole monthly report PDF", 2000, "ms", float(r["whole monthly report (PDF written)"]["median_ms"]),
        cmd)
    add("report: 12-month series", 300, "ms", float(r["12-month series (chart)"]["median_ms"]), cmd)

    files = [data_dir / "commune-desk.sqlite3", data_dir / "commune-desk.sqlite3-wal"]
    size = sum(f.stat().st_size for f in files if f.exists()) / GB
    add("database file for 1M dossiers", 1.2, "GB", size, f"du -b {files[0].name} (+ -wal) in the data folder")

    if sync:
        out, cmd = _run("bench_sync.py", "--ops", "100000", "--db", db)
        assert isinstance(out, dict)
        for step in ("push", "pull"):
            add(f"sync: initial {step}, 100k ops", 30, "s", float(out[step]["seconds"]), cmd)
    if province:  # 100 communes × 5 years of dossiers on PostgreSQL (generated on first use, ~15 minutes)
        out, cmd = _run("bench_province.py", "--db", db)
        assert isinstance(out, dict)
        add("province: summary over HTTP, 2M dossiers", 5000, "ms", float(out["summary_http"]["median_ms"]), cmd)
        add("province: report monthly (whole command)", 5000, "ms",
            float(out["report_monthly_cli"]["median_ms"]), cmd)
    return results


def table(results: list[dict[str, object]]) -> str:
    lines = [f"{'measure':<50} {'goal':>9} {'measured':>10} {'raw sqlite3':>11}  met",
             "-" * 90]
    for r in results:
        raw = f"{r['raw_sqlite3']}" if "raw_sqlite3" in r else ""
        lines.append(f"{r['measure']:<50} {'≤ ' + str(r['goal']) + ' ' + str(r['unit']):>9} "
                     f"{str(r['value']) + ' ' + str(r['unit']):>10} {raw:>11}  {'yes' if r['met'] else 'NO'}")
    met = sum(bool(r["met"]) for r in results)
    lines.append(f"{met} of {len(results)} goals met")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=HERE.parent / "bench-data")
    parser.add_argument("--json", action="store_true", help="print JSON on stdout (the table goes to stderr)")
    parser.add_argument("--dossiers", type=int, default=1_000_000,
                        help="the database's size (a smaller one for a quick comparison; the goals are for 1M)")
    parser.add_argument("--sync", action="store_true", help="also the 100k-op sync benchmark (several minutes)")
    parser.add_argument("--province", action="store_true",
                        help="also the province summary and report over 100 communes × 5 years (needs --db URL)")
    parser.add_argument("--db", default="sqlite", help="the sync server's database: 'sqlite' or a PostgreSQL URL")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.province and not args.db.startswith("postgresql"):
        parser.error("--province needs --db postgresql://…")
    results = collect(args.data_dir, args.sync, args.db, args.dossiers, args.province)
    summary = {"machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "python": sys.version.split()[0]},
               "seconds": round(time.perf_counter() - started), "all_met": all(r["met"] for r in results),
               "results": results}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        print(table(results), file=sys.stderr)
    else:
        print(table(results))
        print(f"load average {os.getloadavg()} on {os.cpu_count()} CPUs")
    return 0 if summary["all_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
