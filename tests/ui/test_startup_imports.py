"""The main window appears before the heavy libraries load: ReportLab (printing), openpyxl (spreadsheets), httpx and
the sync stack are imported only when the officer prints, imports or syncs. Checked in a fresh interpreter, since
the test session itself has imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_PROBE = """
import json, sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from desktop.app import screenshot_account
from desktop.config.clock import clock
from desktop.config.paths import DataPaths
from desktop.demo import build_demo
from desktop.store.database import Database
from desktop.ui.app_flow import AppFlow

app = QApplication(sys.argv[:1])
db = Database.open(DataPaths(Path(sys.argv[1])))
build_demo(db, seed=3, months=2, dossiers=120, today=date(2026, 11, 20))
flow = AppFlow(app, db, None, clock())
window = flow.open_main(screenshot_account(flow), sys.argv[2], geometry="")
window.show()
loop = QEventLoop()
QTimer.singleShot(0, loop.quit)
loop.exec()
flow.runner.wait_idle()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {"reportlab", "openpyxl", "httpx", "pypdf"}
                        or m.startswith(("desktop.sync", "desktop.imports")))))
window.close()
flow.runner.wait_idle()
db.close()
"""


def _loaded_after_start(tmp_path: Path, page: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / page), page], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_opens_without_printing_spreadsheets_or_sync(tmp_path: Path) -> None:
    for page in ("dashboard", "dossiers"):
        assert _loaded_after_start(tmp_path, page) == [], page


def test_the_probe_sees_a_library_once_loaded(tmp_path: Path) -> None:
    """The check can fail: the sync page does load the sync stack, and the same probe sees it."""
    loaded = _loaded_after_start(tmp_path, "sync")
    assert any(m.startswith("desktop.sync") for m in loaded), loaded
