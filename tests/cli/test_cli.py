"""The command line in a real subprocess: setup, catalogue, dossiers, statistics, backups and bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

FIXED_NOW = "2026-11-20T03:00:00+00:00"  # Friday 10:00 in Hà Nội


def run(data: Path, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMMUNE_DESK_FIXED_NOW": FIXED_NOW, "PYTHONIOENCODING": "utf-8"}
    env.pop("COMMUNE_DESK_HOME", None)
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == expect, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    return proc


def counts(data: Path) -> tuple[int, int, int]:
    with sqlite3.connect(data / "commune-desk.sqlite3") as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("dossiers", "procedures", "sync_outbox"))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    out = run(folder, "setup", "--province", "22", "--commune", "07090", "--leader", "Nguyễn Văn An", "--json")
    assert json.loads(out.stdout)["name"] == "Phường An Sinh"
    run(folder, "catalogue", "add", "--code", "9.000001", "--name", "Xác nhận thử nghiệm", "--field", "Hộ tịch",
        "--days", "3")
    return folder


def test_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("CommuneDesk ")


def test_catalogue_list_json_holds_seed_and_added(data: Path) -> None:
    rows = json.loads(run(data, "catalogue", "list", "--json").stdout)
    codes = {r["code"] for r in rows}
    assert "9.000001" in codes and len(rows) > 10
    assert next(r for r in rows if r["code"] == "9.000001")["statutory_days"] == 3


@pytest.mark.timeout(300)  # thirteen fresh interpreters in a row; on a loaded 2-core machine that passed 120 s
def test_dossier_flow_through_the_cli(data: Path) -> None:
    added = json.loads(run(data, "dossier", "add", "--procedure", "9.000001", "--applicant", "Đỗ Thị Hương",
                           "--id-number", "022193001234", "--channel", "online", "--boundary-free",
                           "--received", "2026-11-19T16:10", "--json").stdout)
    assert added["status"] == 2
    assert added["due_date"] == "2026-11-25"  # 3 working days after Thu 19/11, skipping the weekend and 24/11
    assert added["received_at"].startswith("2026-11-19T16:10")
    code = added["code"]
    assert code.startswith("07090-261119-")
    for action in ("start", "finish", "return"):
        out = json.loads(run(data, "dossier", "status", code, action, "--at", "2026-11-20T09:00", "--json").stdout)
    assert out["status"] == 10 and out["outcome"] == "early"
    found = json.loads(run(data, "dossier", "list", "--search", "do thi huong", "--json").stdout)
    assert [d["code"] for d in found] == [code]
    shown = json.loads(run(data, "dossier", "show", code, "--json").stdout)
    assert [e["action"] for e in shown["events"]] == ["register", "start", "finish", "return"]
    # Decree 09: received on 19/11, the dossier counts in December's official period (15/11–14/12), still open on
    # 20/11; the calendar month 11 holds it too.
    stats = json.loads(run(data, "stats", "--month", "2026-12", "--json").stdout)
    assert stats["period"] == {"from": "2026-11-15", "to": "2026-12-14", "kind": "month", "complete": False,
                               "key": "2026-12", "calendar": False}
    calendar = json.loads(run(data, "stats", "--month", "2026-11", "--calendar", "--json").stdout)
    assert calendar["period"]["from"] == "2026-11-01" and calendar["period"]["to"] == "2026-11-30"
    assert calendar["total"]["received_online"] == stats["total"]["received_online"]
    form = stats["total"]["form06a"]  # columns (3)–(13), as the paper prints them
    assert form[0] == form[1] + form[2] + form[3] == form[4] + form[8] and len(form) == 11
    assert stats["total"]["form_on_time_rate"] == 1.0
    official_nov = json.loads(run(data, "stats", "--month", "2026-11", "--json").stdout)
    assert official_nov["period"]["complete"] is True and official_nov["total"]["received_online"] == 0
    text = run(data, "stats", "--month", "2026-12").stdout
    assert "Từ ngày 15/11/2026 đến ngày 14/12/2026".lower() in text and "Số liệu tính đến ngày 20/11/2026" in text
    row = next(r for r in stats["by_field"] if r["field"] == "Hộ tịch")
    assert row["received_online"] >= 1 and row["resolved_early"] >= 1
    assert stats["total"]["received_total"] == (stats["total"]["received_online"]
                                               + stats["total"]["received_direct_postal"]
                                               + stats["total"]["carried_over"])


@pytest.mark.parametrize("args", [
    ["dossier", "add", "--procedure", "9.000001", "--applicant", "A", "--channel", "fax"],
    ["dossier", "add", "--procedure", "9.000001", "--applicant", "A", "--channel", "direct", "--id-number", "12"],
    ["dossier", "add", "--procedure", "nope", "--applicant", "A", "--channel", "direct"],
    ["dossier", "add", "--procedure", "9.000001", "--applicant", " ", "--channel", "direct"],
    ["dossier", "add", "--procedure", "9.000001", "--applicant", "A", "--channel", "direct", "--received", "hôm qua"],
    ["dossier", "status", "07090-261120-9999", "start"],
    ["dossier", "status", "07090-261120-0001", "fly"],
    ["dossier", "list", "--month", "2026-13"],
    ["stats", "--month", "tháng 11"],
    ["stats", "--month", "2027-01"],  # starts 15/12/2026: not begun on 20/11
    ["stats", "--month", "2026-11", "--year", "2026"],
    ["stats", "--half", "2026-H3"],
    ["stats", "--from", "2026-11-10"],
    ["catalogue", "add", "--code", "9.000002", "--name", "X", "--field", "Hộ tịch", "--days", "-1"],
    ["catalogue", "add", "--code", "9.000001", "--name", "X", "--field", "Hộ tịch", "--days", "1"],
    ["no-such-verb"],
])
def test_bad_input_exits_2_with_a_message_and_writes_nothing(data: Path, args: list[str]) -> None:
    before = counts(data)
    proc = run(data, *args, expect=2)
    assert proc.stderr.strip()
    assert before == counts(data)


def test_backup_and_restore(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb"
    out = run(data, "backup", "--to", str(target)).stdout
    backup = next(target.glob("*.sqlite3"))
    assert str(backup.name) in out
    before = counts(data)
    run(data, "dossier", "add", "--procedure", "9.000001", "--applicant", "Bùi Văn Tùng", "--channel", "direct")
    assert counts(data)[0] == before[0] + 1
    out = run(data, "restore", str(backup)).stdout
    assert "replaced" in out
    assert counts(data) == before
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    run(data, "restore", str(bad), expect=2)
    assert counts(data) == before
