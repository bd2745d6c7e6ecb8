"""The workbook's verbs: every example of the issue through the command line, and bad input refused with exit code
2, a bilingual message naming the option, and nothing written.

The verbs run in this process through `desktop.cli.main` (the console entry point itself) so the many small steps
stay fast; one test runs the real `python -m desktop` subprocess for the coverage example.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main, refusal
from desktop.sync.credentials import CredentialsError

FIXED_NOW = "2026-12-04T03:00:00+00:00"  # Friday 4 December 2026, 10:00 in Hà Nội
TABLES = ("plan_tasks", "villages", "digital_teams", "team_members", "team_sessions", "village_outages",
          "recommendations", "sync_outbox", "audit_log")


class Result:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = code, stdout, stderr


def run(data: Path, *args: str, expect: int = 0) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        mp.setenv("COMMUNE_DESK_FIXED_NOW", FIXED_NOW)
        mp.delenv("COMMUNE_DESK_HOME", raising=False)
        try:
            code = main(["--data-dir", str(data), *args])
        except SystemExit as exc:  # argparse refuses bad options by exiting
            code = int(exc.code or 0)
    result = Result(code, out.getvalue(), err.getvalue())
    assert code == expect, f"exit {code}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result


def counts(data: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(data / "commune-desk.sqlite3")) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _set_up(folder: Path) -> Path:
    run(folder, "setup", "--province", "22", "--commune", "07090", "--leader", "Nguyễn Văn An")
    return folder


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return _set_up(tmp_path / "data")


def _three_tasks(data: Path) -> None:
    run(data, "task", "add", "--code", "T1", "--title", "Số hoá hồ sơ lưu trữ", "--source", "Kế hoạch 02-KH/BCĐTW",
        "--deadline", "2026-09-30", "--owner", "Phạm Thị Hoa")
    run(data, "task", "add", "--code", "T2", "--title", "Lập tổ công nghệ số", "--source", "02-KH/BCĐTW",
        "--deadline", "2026-10-31")
    run(data, "task", "add", "--code", "T3", "--title", "Tập huấn kỹ năng số", "--source", "NQ 57-NQ/TW",
        "--deadline", "2026-12-31")


def _twelve_villages_ten_teams(data: Path) -> None:
    for i in range(1, 13):
        run(data, "village", "add", "--name", f"Thôn {i}", "--households", str(40 + i))
    for i in (1, 2, 4, 5, 6, 7, 8, 10, 11, 12):
        run(data, "team", "add", "--village", f"thon {i}", "--decision", f"{i}/QĐ-UBND")


def test_three_tasks_seen_on_4_december(data: Path) -> None:
    _three_tasks(data)
    done = json.loads(run(data, "task", "done", "T1", "--at", "2026-09-25", "--evidence", "Báo cáo 12/BC-UBND",
                          "--json").stdout)
    assert done["status"] == "done" and done["evidence"] == "Báo cáo 12/BC-UBND"
    out = json.loads(run(data, "task", "list", "--as-of", "2026-12-04", "--json").stdout)
    assert [(t["code"], t["title"], t["deadline"], t["state"]) for t in out["tasks"]] == [
        ("T1", "Số hoá hồ sơ lưu trữ", "2026-09-30", "done_on_time"),
        ("T2", "Lập tổ công nghệ số", "2026-10-31", "overdue"),
        ("T3", "Tập huấn kỹ năng số", "2026-12-31", "in_progress")]
    assert out["summary"] == {"done_on_time": 1, "done_late": 0, "in_progress": 1, "overdue": 1}
    # Without --as-of the fixed clock's day (4/12) is used; the text form says the same.
    assert json.loads(run(data, "task", "list", "--json").stdout)["summary"] == out["summary"]
    text = run(data, "task", "list").stdout
    assert "đang thực hiện: 1" in text and "quá hạn: 1" in text
    # Seen on 30/09 the picture was different: T2 and T3 still in time.
    sept = json.loads(run(data, "task", "list", "--as-of", "2026-09-30", "--json").stdout)["summary"]
    assert sept == {"done_on_time": 1, "done_late": 0, "in_progress": 2, "overdue": 0}


def test_twelve_villages_and_ten_teams(data: Path) -> None:
    _twelve_villages_ten_teams(data)
    rows = json.loads(run(data, "village", "list", "--json").stdout)
    assert [v["name"] for v in rows if v["team"] is None] == ["Thôn 3", "Thôn 9"]
    assert rows[0]["team"]["decision_number"] == "1/QĐ-UBND"
    assert "villages without a team: Thôn 3, Thôn 9" in run(data, "village", "list").stdout


def test_thon_5_without_4g_and_a_57_hour_outage(data: Path) -> None:
    run(data, "village", "add", "--name", "Thôn 5", "--households", "60", "--signal", "none", "--broadband", "no")
    run(data, "outage", "add", "--village", "thon 5", "--from", "2026-11-03T08:00", "--to", "2026-11-05T17:00",
        "--cause", "Mất điện lưới")
    # The real console entry point, in its own process, as a script would call it.
    env = {**os.environ, "COMMUNE_DESK_FIXED_NOW": FIXED_NOW, "PYTHONIOENCODING": "utf-8"}
    env.pop("COMMUNE_DESK_HOME", None)
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "coverage", "--month", "2026-11",
                           "--json"], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["outages"], out["hours"]) == (1, 57)
    assert [{"village": a["village"], "households": a["households"]} for a in out["affected"]] == [
        {"village": "Thôn 5", "households": 60}]
    assert "1 sự cố, 57 h; ảnh hưởng / affected: Thôn 5 (60 hộ)" in run(data, "coverage", "--month", "2026-11").stdout
    assert json.loads(run(data, "coverage", "--month", "2026-10", "--json").stdout)["outages"] == 0


def test_sessions_and_recommendations(data: Path) -> None:
    run(data, "village", "add", "--name", "Bản Nà Lừa", "--households", "35")
    run(data, "team", "add", "--village", "ban na lua", "--decision", "88/QĐ-UBND", "--decision-date", "2026-05-04")
    run(data, "team", "member", "--village", "Bản Nà Lừa", "--name", "Lò Văn Pó", "--role", "Tổ trưởng",
        "--phone", "0912 345 678")
    run(data, "team", "session", "--village", "Bản Nà Lừa", "--date", "2026-11-14", "--people", "23",
        "--dossiers", "9", "--topic", "Cài VNeID")
    team = next(t for t in json.loads(run(data, "team", "list", "--month", "2026-11", "--json").stdout)
                if t["village"] == "Bản Nà Lừa")
    assert (team["sessions"], team["people_helped"], team["dossiers_assisted"]) == (1, 23, 9)
    assert team["members"][0]["phone"] == "0912345678"
    sent = json.loads(run(data, "recommendation", "add", "--date", "2026-10-20", "--to", "Sở KH&CN",
                          "--subject", "Lắp trạm BTS cho Thôn 5", "--number", "31/UBND", "--json").stdout)
    assert sent["overdue"] and sent["days_waiting"] == 45
    flagged = json.loads(run(data, "recommendation", "list", "--overdue", "--json").stdout)
    assert [r["id"] for r in flagged] == [sent["id"]]
    run(data, "recommendation", "answer", "31/UBND", "--date", "2026-11-25", "--answer", "Đưa vào kế hoạch 2027")
    assert json.loads(run(data, "recommendation", "list", "--overdue", "--json").stdout) == []


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tasks T1–T3 and twelve villages, ten with a team: what the bad input below runs against."""
    data = _set_up(tmp_path_factory.mktemp("workbook") / "data")
    _three_tasks(data)
    _twelve_villages_ten_teams(data)
    return data


@pytest.mark.parametrize(("args", "option"), [
    (["task", "add", "--code", "T9", "--title", "X", "--source", "KH", "--deadline", "31/12/2026"], "--deadline"),
    (["task", "add", "--code", "t1", "--title", "X", "--source", "KH", "--deadline", "2026-12-31"], "--code"),
    (["task", "add", "--code", "T9", "--title", " ", "--source", "KH", "--deadline", "2026-12-31"], "--title"),
    (["task", "done", "T2", "--at", "2026-12-05"], "--at"),
    (["task", "done", "T404", "--at", "2026-12-01"], "CODE"),
    (["task", "list", "--as-of", "hôm nay", "--json"], "--as-of"),
    (["village", "add", "--name", "Thôn 99", "--households", "-5"], "--households"),
    (["village", "add", "--name", "Thôn 99", "--signal", "3g"], "--signal"),
    (["village", "add", "--name", "Thôn 99", "--broadband", "có lẽ"], "--broadband"),
    (["village", "add", "--name", "thôn 1"], "--name"),
    (["team", "add", "--village", "Thôn 404", "--decision", "1/QĐ"], "--village"),
    (["team", "add", "--village", "Thôn 1", "--decision", "2/QĐ"], "--village"),
    (["team", "session", "--village", "Thôn 1", "--date", "2026-12-01", "--people", "-1"], "--people"),
    (["outage", "add", "--village", "Thôn 1", "--from", "2026-11-05T08:00", "--to", "2026-11-04T08:00"], "--to"),
    (["outage", "add", "--village", "Thôn 1", "--from", "ngày mai"], "--from"),
    (["coverage", "--month", "2026-13", "--json"], "--month"),
    (["recommendation", "add", "--date", "2026-12-09", "--to", "UBND tỉnh", "--subject", "X"], "--date"),
])
def test_bad_input_exits_2_naming_the_option_and_writes_nothing(filled: Path, args: list[str], option: str) -> None:
    before = counts(filled)
    proc = run(filled, *args, expect=2)
    assert option in proc.stderr and "/" in proc.stderr  # the option, then Vietnamese / English
    parts = [part.strip() for line in proc.stderr.splitlines() for part in line.split(" / ")]
    assert len(parts) == len(set(parts)), proc.stderr  # each sentence said once
    assert counts(filled) == before


def test_a_refused_option_is_said_once_in_each_language(filled: Path) -> None:
    proc = run(filled, "recommendation", "add", "--date", "2026-12-09", "--to", "UBND tỉnh", "--subject", "X",
               expect=2)
    assert proc.stderr == ("Lỗi tham số / bad arguments: --date: Ngày không được ở tương lai. / "
                           "--date: The date cannot be in the future.\n")


def test_a_catalogue_error_no_verb_handles_is_said_once_in_each_language() -> None:
    text, code = refusal(CredentialsError("sync.not_enrolled"))
    assert code == 1 and text.splitlines() == [
        "Lỗi: Máy này chưa được đăng ký đồng bộ (chạy “sync enrol”).",
        "Error: This PC is not enrolled for sync yet (run “sync enrol”)."]
    text, _ = refusal(OSError("disk full"))
    assert text.startswith("Đã có lỗi không mong đợi: disk full\nUnexpected error: disk full\n")
