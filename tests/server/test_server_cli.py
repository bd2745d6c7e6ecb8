"""`commune-desk-server admin …` verbs on a SQLite file: what they print, what they store, exit codes 0/2."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from server_harness import FIXED_NOW, resource

from desktop.server import admin
from desktop.server.cli import main
from desktop.server.config import make_engine


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_admin_verbs_from_commune_to_revoked_device(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "admin", "add-commune", "--code", "00001", "--name", "Xã Ba Vì", "--province", "01",
               "--db", db)[0] == 0
    code, out, _ = run(capsys, "--db", db, "admin", "enrol-code", "--commune", "00001")
    assert code == 0
    enrol_code = out.strip().splitlines()[-1]
    device = admin.enrol(make_engine(db), enrol_code, "Máy 1", FIXED_NOW)
    code, out, _ = run(capsys, "admin", "devices", "--commune", "00001", "--json", "--db", db)
    assert code == 0 and [(d["id"], d["slot"]) for d in json.loads(out)] == [(device["device_id"], 1)]
    code, out, _ = run(capsys, "admin", "devices", "--db", db)
    assert code == 0 and "máy/PC 1" in out  # the province sees which block of dossier numbers each PC has
    assert run(capsys, "admin", "revoke", device["device_id"], "--db", db)[0] == 0
    code, out, _ = run(capsys, "admin", "devices", "--db", db)
    assert code == 0 and "REVOKED" in out


def test_publish_the_shipped_catalogue(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "admin", "add-commune", "--code", "00001", "--name", "Xã A", "--province", "01", "--db", db)
    code, out, _ = run(capsys, "admin", "publish-catalogue", str(resource("catalogue", "procedures.json")),
                       "--db", db)
    assert code == 0 and "55" in out and "1" in out


@pytest.mark.parametrize("argv, says", [
    (["admin", "add-commune", "--code", "bad code!", "--name", "X", "--province", "01"], "--code"),
    (["admin", "enrol-code", "--commune", "NOPE"], "NOPE"),
    (["admin", "revoke", "no-such-device"], "no-such-device"),
    (["admin", "publish-catalogue", "missing.json"], "missing.json"),
    (["admin", "enrol-code"], "--commune"),
])
def test_bad_input_is_exit_2_in_both_languages(db: str, capsys: pytest.CaptureFixture[str], argv: list[str],
                                               says: str) -> None:
    code, _, err = run(capsys, *argv, "--db", db) if argv != ["admin", "enrol-code"] else run(capsys, *argv)
    assert code == 2 and says in err
    assert "Lỗi" in err or "lỗi" in err


def test_duplicate_commune_and_bad_catalogue_are_refused(db: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    args = ["admin", "add-commune", "--code", "00002", "--name", "Xã B", "--province", "01", "--db", db]
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 2 and "already exists" in err and "đã có" in err
    bad = tmp_path / "cat.json"
    bad.write_text(json.dumps({"fields": [], "procedures": [{"code": "1", "name": "x", "field": "ZZ",
                                                              "statutory_days": 1}]}), encoding="utf-8")
    code, _, err = run(capsys, "admin", "publish-catalogue", str(bad), "--db", db)
    assert code == 2 and "ZZ" in err


def test_serve_migrates_and_answers_health(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'serve.sqlite3'}"
    proc = subprocess.Popen([sys.executable, "-m", "desktop.server.cli", "serve", "--port", str(port), "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while True:  # waiting for the process to listen, not for sync work
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.05)
        assert resp.json()["status"] == "ok"
        assert httpx.get(f"http://127.0.0.1:{port}/docs").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
