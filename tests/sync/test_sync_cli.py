"""`commune-desk sync enrol|status` and a plain `sync`, driven through the verb's own parser (the line that adds it
to desktop/cli/__init__.py belongs to the lead)."""

from __future__ import annotations

import argparse
import json

from server_harness import Harness
from sync_support import make_pc, new_commune

from desktop.cli import sync_cmd
from desktop.server import admin


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    sync_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_enrol_sync_and_status(srv: Harness, tmp_path, capsys) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    make_pc(tmp_path / "pc", commune, 1).db.close()
    home = ["--data-dir", str(tmp_path / "pc")]
    code = admin.new_enrol_code(srv.engine, commune, srv.clock())
    assert _run([*home, "sync", "enrol", "--server", srv.url, "--code", code.lower(), "--label", "Một cửa"]) == 0
    assert _run([*home, "sync"]) == 0
    capsys.readouterr()
    assert _run([*home, "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["enrolled"] and status["pending"] == 0 and status["last_sync_at"] and status["server_url"] == srv.url
    assert _run([*home, "sync", "enrol", "--server", srv.url, "--code", code]) == 1  # single use
    assert "Sync error" in capsys.readouterr().err
