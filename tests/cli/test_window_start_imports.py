"""`commune-desk` with no verb opens the window, and the verbs' modules (httpx, openpyxl, ReportLab, the sync stack,
the importers) are not imported on the way; naming a verb, or help, builds the full parser as before."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop.cli import _names_a_verb

_PROBE = """
import json, sys
import desktop.cli as cli
parser = cli.build_parser(verbs=cli._names_a_verb(sys.argv[1:]))
heavy = {"reportlab", "openpyxl", "httpx", "alembic"}
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy
                        or m.startswith(("desktop.sync", "desktop.imports", "desktop.reports")))))
"""


def _loaded(*argv: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_start_loads_no_verb_module() -> None:
    assert _loaded("--data-dir", "somewhere") == []


def test_a_verb_loads_them_and_the_probe_sees_it() -> None:
    assert "httpx" in _loaded("--data-dir", "somewhere", "sync", "status")


def test_what_counts_as_a_verb() -> None:
    assert not _names_a_verb([])
    assert not _names_a_verb(["--data-dir", "d", "--screenshot", "x.png", "--page", "dossiers", "--lang", "en"])
    assert _names_a_verb(["--data-dir", "d", "stats"])
    assert _names_a_verb(["--help"])
    assert _names_a_verb(["--page", "nowhere"])  # the full parser refuses it, with its usual usage line
    assert _names_a_verb(["--bogus"])
