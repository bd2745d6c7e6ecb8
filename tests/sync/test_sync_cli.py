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


def test_a_duplicate_number_through_sync_status_conflicts_and_resolve(srv: Harness, tmp_path, capsys) -> None:  # noqa: ANN001
    from desktop.services.dossiers import DossierInput, register_dossier

    commune = new_commune(srv)
    homes = []
    for name, applicant in (("a", "Nguyễn Văn Đức"), ("b", "Trần Thị Bình")):
        pc = make_pc(tmp_path / name, commune, 0)  # set up without --pc, used offline: both issue number 0001
        register_dossier(pc.ctx, DossierInput("1.001193", applicant, "direct"))
        pc.db.close()
        home = ["--data-dir", str(tmp_path / name)]
        code = admin.new_enrol_code(srv.engine, commune, srv.clock())
        assert _run([*home, "sync", "enrol", "--server", srv.url, "--code", code]) == 0
        homes.append(home)
    for _ in range(2):
        for home in homes:
            assert _run([*home, "sync"]) == 0
    capsys.readouterr()
    for home in homes:
        assert _run([*home, "sync", "status", "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        # The other PC's dossier waits, and its receipt event with it, until the number is settled.
        assert (status["open_conflicts"], status["parked"]) == (1, 2) and status["device_slot"] in (1, 2)
    assert _run([*homes[0], "sync", "conflicts", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["kind"] == "duplicate_code" and listed["server"]["code"] == listed["client"]["code"]
    assert _run([*homes[0], "sync", "resolve", listed["id"][:13], "renumber"]) == 0
    for _ in range(2):
        for home in homes:
            assert _run([*home, "sync"]) == 0
    capsys.readouterr()
    for home in homes:
        assert _run([*home, "sync", "status", "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert (status["open_conflicts"], status["parked"]) == (0, 0)
