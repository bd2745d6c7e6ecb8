"""The province server stands on protocol, reports and domain only, checked the strong way: a fresh interpreter
imports the server's app, its CLI and its report, and no module of the desktop's store, services, sync or GUI (nor
Qt) may have been loaded along the way, directly or through another package."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

ENTRY_POINTS = ("desktop.server.api", "desktop.server.cli", "desktop.server.report")
_PROBE = f"""
import json, sys
for name in {ENTRY_POINTS!r}:
    __import__(name)
print(json.dumps(sorted(sys.modules)))
"""


@pytest.fixture(scope="module")
def loaded() -> list[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def _under(modules: list[str], *packages: str) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)]


def test_the_probe_sees_the_server(loaded: list[str]) -> None:
    assert set(ENTRY_POINTS) <= set(loaded) and "desktop.reports.stats_tables" in loaded


def test_no_desktop_services_gui_or_qt(loaded: list[str]) -> None:
    assert _under(loaded, "desktop.services", "desktop.ui", "PySide6") == []


@pytest.mark.xfail(strict=True, reason="the server still reads schema revisions, utcnow and the model base from "
                   "desktop.store and the bundle format from desktop.sync until desktop/protocol carries them")
def test_no_desktop_store_or_sync(loaded: list[str]) -> None:
    assert _under(loaded, "desktop.store", "desktop.sync") == []
