"""The server stands on protocol, reports and domain only, tested the strong way: import it in a fresh interpreter
and look at everything that got loaded, not only at its own import lines (issue 10 item 4)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import desktop.server

FORBIDDEN = ("desktop.store", "desktop.services", "desktop.sync", "desktop.ui", "desktop.app", "desktop.cli",
             "PySide6")


def _loaded_after_importing(modules: list[str]) -> list[str]:
    code = ("import importlib, json, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout)


def test_the_server_app_cli_and_every_module_load_nothing_of_the_desktop() -> None:
    modules = sorted({f"desktop.server.{m.name}" for m in pkgutil.iter_modules(desktop.server.__path__)})
    assert {"desktop.server.api", "desktop.server.cli", "desktop.server.bundles", "desktop.server.push"} <= set(modules)
    loaded = _loaded_after_importing(modules)
    assert [m for m in loaded if m.startswith(FORBIDDEN)] == []
    assert "desktop.protocol.tables" in loaded  # it does stand on the protocol
    assert "desktop.reports.stats_tables" in loaded  # and lays out its report with the desktop's own builder
