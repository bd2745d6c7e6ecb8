"""GUI benchmark on the 1,000,000-dossier database: how long until the officer sees the main window with the first page
of dossiers, the dashboard, a search result; and the process's peak memory.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py --data-dir DIR [--json]
DIR is the folder `benchmarks/bench_store.py` builds (run that first). Not run by CI.
"""

from __future__ import annotations

import compileall
import time
from pathlib import Path

# An installed CommuneDesk starts from compiled bytecode (pip compiles at install, the bundle ships it). A checkout
# run with PYTHONDONTWRITEBYTECODE set would compile about 140 of our modules at every start, a tenth of a second no
# officer's PC spends; so they are compiled here, before the clock starts (a no-op when they already are).
compileall.compile_dir(Path(__file__).resolve().parents[1] / "desktop", quiet=1)

STARTED = time.perf_counter()  # before Qt and the app are imported: import time counts for the officer too
STARTED_CPU = time.process_time()  # the same in CPU time, which a loaded machine moves far less than wall time

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# In the order `commune-desk` loads them for the window: desktop.app first, which loads the store before Qt.
from desktop.app import screenshot_account  # noqa: E402  # isort: skip
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.config.paths import DataPaths  # noqa: E402
from desktop.services.context import system_clock  # noqa: E402
from desktop.store.database import Database  # noqa: E402
from desktop.ui.app_flow import AppFlow  # noqa: E402
from desktop.ui.gc_guard import collect_on_gui_thread  # noqa: E402

SEARCH_TEXT = "nguyen van hung"


def wait_for(condition, timeout_ms: int = 120_000) -> None:  # noqa: ANN001
    """Run the event loop until `condition()` holds, checking every 5 ms (results arrive by queued signal)."""
    loop = QEventLoop()
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: condition() and loop.quit())
    ticker.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    if not condition():
        loop.exec()
    ticker.stop()


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)


def _cpu_ms(since: float) -> float:
    return round((time.process_time() - since) * 1000, 1)


def run(data_dir: Path) -> dict[str, object]:
    imported, imported_cpu = _ms(STARTED), _cpu_ms(STARTED_CPU)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_on_gui_thread(app)  # as desktop.app sets the application up: the cycle collector on the GUI thread
    t0, c0 = time.perf_counter(), time.process_time()
    db = Database.open(DataPaths(data_dir))
    flow = AppFlow(app, db, None, system_clock)
    user = screenshot_account(flow)
    if user is None:
        raise SystemExit("the database has no account: build it with benchmarks/bench_store.py")
    window = flow.open_main(user, "dossiers", geometry="")
    window.resize(1366, 768)
    shown, shown_cpu = _ms(t0), _cpu_ms(c0)
    page = window.pages["dossiers"]
    wait_for(lambda: page.model.rowCount() > 0)
    first_page = _ms(t0)
    wait_for(lambda: not flow.runner.busy)
    everything = _ms(t0)  # the page's count and the status bar's counts too
    rows = page.model.rowCount()

    t1 = time.perf_counter()
    page.model.fetchMore(page.model.index(-1, -1).parent())
    wait_for(lambda: page.model.rowCount() > rows and not flow.runner.busy)
    next_page = _ms(t1)

    # As the officer searches: the words typed, then Enter (which reads at once rather than after the typing
    # pause). Not page.refresh(), which also refills the field filter, as showing the page again does.
    t2 = time.perf_counter()
    page.view.search.setText(SEARCH_TEXT)
    QTest.keyClick(page.view.search, Qt.Key.Key_Return)
    wait_for(lambda: not flow.runner.busy)
    search = _ms(t2)
    found = page.model.rowCount()

    t3 = time.perf_counter()
    window.show_page("dashboard")
    wait_for(lambda: not flow.runner.busy)
    dashboard = _ms(t3)

    peak_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    window.close()
    flow.runner.wait_idle()
    db.close()
    return {"imports_ms": imported, "main_window_shown_ms": shown,
            "imports_and_window_ms": round(imported + shown, 1),
            "imports_cpu_ms": imported_cpu, "main_window_shown_cpu_ms": shown_cpu,
            "first_dossier_page_ms": first_page,
            "all_counts_done_ms": everything,
            "first_page_rows": rows, "next_page_ms": next_page, "search_ms": search, "search_rows": found,
            "dashboard_ms": dashboard, "peak_rss_mb": peak_mb}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.data_dir)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
