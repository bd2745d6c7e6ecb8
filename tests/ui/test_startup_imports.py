"""The main window appears before the heavy libraries load: ReportLab (printing), openpyxl (spreadsheets), httpx and
the sync stack are imported only when the officer prints, imports or syncs; alembic only when a migration is due; the
demo generator and the PDF viewer only when asked for. Checked in a fresh interpreter, since the test session itself
has imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop.config.paths import DataPaths
from desktop.demo import build_demo
from desktop.store.database import Database

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


# The start as the officer's PC runs it on an existing folder, on the page named first: nothing but what the first
# window needs (not the dossier window either, which the dashboard and the dossier list open on demand). The folder is
# filled beforehand, so the demo generator is not imported here; `detail` then opens a dossier's detail as a user would.
_START_PROBE = """
import json, sys
from pathlib import Path

first_seen = []  # every module in the order it was first imported


class Watch:
    def find_spec(self, name, path=None, target=None):
        first_seen.append(name)


sys.meta_path.insert(0, Watch())
from desktop.app import screenshot_account  # as `commune-desk` starts the window: desktop.app first
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from desktop.config.clock import clock
from desktop.config.paths import DataPaths
from desktop.store.database import Database
from desktop.ui.app_flow import AppFlow

app = QApplication(sys.argv[:1])
db = Database.open(DataPaths(Path(sys.argv[1])))
flow = AppFlow(app, db, None, clock())
window = flow.open_main(screenshot_account(flow), sys.argv[2], geometry="")
window.show()
loop = QEventLoop()
QTimer.singleShot(0, loop.quit)
loop.exec()
flow.runner.wait_idle()
if sys.argv[3] == "detail":
    from desktop.services.dossier_queries import DossierQuery, list_dossiers
    code = list_dossiers(flow.setup_ctx, DossierQuery(limit=1))[0].code
    window.pages["dossiers"].open_detail(code).close()
    flow.runner.wait_idle()
heavy = {"alembic", "mako", "reportlab", "openpyxl", "httpx"}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in heavy
                or m.startswith(("desktop.demo", "desktop.sync", "desktop.ui.dialogs.dossier_detail", "PySide6.QtPdf")))
after_qt = first_seen[first_seen.index("PySide6"):]
print(json.dumps({"loaded": loaded, "store_after_qt": [m for m in after_qt if m.split(".")[0] == "sqlalchemy"
                  or m.startswith("desktop.") and not m.startswith(("desktop.ui", "desktop.config.components"))]}))
window.close()
flow.runner.wait_idle()
db.close()
"""


def _start(folder: Path, then: str, page: str = "dossiers") -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", _START_PROBE, str(folder), page, then], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded_on_start(folder: Path, then: str, page: str = "dossiers") -> list[str]:
    return _start(folder, then, page)["loaded"]


def _demo_folder(folder: Path) -> Path:
    with Database.open(DataPaths(folder)) as db:
        build_demo(db, seed=3, months=2, dossiers=60, today=date(2026, 11, 20))
    return folder


def test_an_everyday_start_loads_no_migrations_demo_or_pdf_viewer(tmp_path: Path) -> None:
    assert _loaded_on_start(_demo_folder(tmp_path / "data"), "list") == []


def test_a_start_on_the_dashboard_loads_no_dossier_window(tmp_path: Path) -> None:
    assert _loaded_on_start(_demo_folder(tmp_path / "data"), "list", page="dashboard") == []


def test_the_start_probe_sees_what_a_user_action_loads(tmp_path: Path) -> None:
    """The check can fail: opening a dossier's detail loads the dossier window and the PDF viewer, and the probe
    sees both."""
    loaded = _loaded_on_start(_demo_folder(tmp_path / "data"), "detail")
    assert "PySide6.QtPdf" in loaded, loaded
    assert "desktop.ui.dialogs.dossier_detail" in loaded, loaded


def test_the_store_and_first_services_load_before_qt(tmp_path: Path) -> None:
    """Once PySide6 is imported it reads the source of every module imported after it (looking for its `__feature__`
    switch); desktop.app loads the store and the first pages' services before Qt, so that reading is spent only on
    our Qt modules. Opening a dossier's detail loads its own services later, and the probe sees them: it can fail."""
    folder = _demo_folder(tmp_path / "data")
    for page in ("dossiers", "dashboard"):
        assert _start(folder, "list", page)["store_after_qt"] == [], page
    assert _start(folder, "detail")["store_after_qt"] != []
