"""Issue 13's rules from the command line, in a real subprocess: half-day times and the payment-pause flag in the
catalogue, the land dossier whose payment pause keeps it on time, extensions, apologies, pending online dossiers
accepted or refused, written refusals, forwarding, and bad input (exit 2, both languages, nothing written)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_cli import counts, run


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rules") / "data"
    run(folder, "setup", "--province", "22", "--commune", "07090", "--leader", "Nguyễn Văn An")
    run(folder, "catalogue", "add", "--code", "9.300001", "--name", "Đăng ký biến động đất đai", "--field",
        "Đất đai", "--days", "10")
    run(folder, "catalogue", "add", "--code", "9.300002", "--name", "Chứng thực bản sao", "--field", "Chứng thực",
        "--days", "0")
    return folder


def _add(data: Path, *args: str) -> dict:
    return json.loads(run(data, "dossier", "add", "--applicant", "Lê Văn Đất", *args, "--json").stdout)


def _do(data: Path, code: str, *args: str, expect: int = 0) -> dict:
    out = run(data, "dossier", "status", code, *args, *(["--json"] if expect == 0 else []), expect=expect)
    return json.loads(out.stdout) if expect == 0 else {"stderr": out.stderr + out.stdout}


def test_catalogue_takes_half_days_and_the_pause_flag(data: Path) -> None:
    made = json.loads(run(data, "catalogue", "add", "--code", "9.300003", "--name", "Xác nhận nửa ngày", "--field",
                          "Hộ tịch", "--days", "2,5", "--no-pause-for-payment", "--json").stdout)
    assert (made["statutory_days"], made["pause_for_payment"], made["extension_max_days"]) == (2.5, False, 0)
    rows = {r["code"]: r for r in json.loads(run(data, "catalogue", "list", "--json").stdout)}
    assert rows["9.300001"]["pause_for_payment"] and rows["9.300002"]["extension_max_days"] == 2
    bad = run(data, "catalogue", "add", "--code", "9.300004", "--name", "X", "--field", "Hộ tịch", "--days", "2.3",
              expect=2)
    assert "nửa ngày" in bad.stderr + bad.stdout and "half days" in bad.stderr + bad.stdout


def test_the_issue_s_land_dossier_paused_for_payment_is_not_late(data: Path) -> None:
    d = _add(data, "--procedure", "9.300001", "--channel", "direct", "--received", "2026-10-01T09:00")
    assert d["due_date"] == "2026-10-15"
    _do(data, d["code"], "start", "--at", "2026-10-01T10:00")
    paused = _do(data, d["code"], "request-payment", "--at", "2026-10-08T10:00")
    assert paused["payment_paused_on"] == "2026-10-08" and paused["timeliness"] == "within"
    assert _do(data, d["code"], "payment-received", "--at", "2026-10-28T09:00")["due_date"] == "2026-11-04"
    done = _do(data, d["code"], "finish", "--at", "2026-10-29T15:00")
    assert (done["outcome"], done["payment_paused_days"]) == ("early", 14)
    shown = run(data, "dossier", "show", d["code"]).stdout
    assert "08/10/2026 → 28/10/2026: +14 ngày làm việc" in shown


def test_extension_within_the_allowance_then_refused_beyond_it(data: Path) -> None:
    d = _add(data, "--procedure", "9.300002", "--channel", "direct", "--received", "2026-11-20T09:00")
    assert d["due_date"] == "2026-11-20"
    ext = _do(data, d["code"], "extend", "--days", "2", "--reason", "Bản sao 120 trang", "--at", "2026-11-20T09:30")
    assert (ext["due_date"], ext["extension_days"]) == ("2026-11-25", 2)  # past the weekend and Culture Day 24/11
    before = counts(data)
    again = _do(data, d["code"], "extend", "--days", "1", "--reason", "Thêm", "--at", "2026-11-20T09:40", expect=2)
    assert "tối đa 2 ngày" in again["stderr"] and "at most 2 working days" in again["stderr"]
    assert counts(data) == before


def test_apology_keeps_the_due_date_and_sets_the_new_one(data: Path) -> None:
    d = _add(data, "--procedure", "9.300001", "--channel", "direct", "--received", "2026-11-02T09:00")
    missing = _do(data, d["code"], "apologise", "--new-date", "2026-11-27", expect=2)
    assert "lý do" in missing["stderr"] and "reason" in missing["stderr"]
    sorry = _do(data, d["code"], "apologise", "--new-date", "2026-11-27", "--reason", "Chờ đo đạc lại thửa đất")
    assert (sorry["due_date"], sorry["apology_date"], sorry["timeliness"]) == ("2026-11-16", "2026-11-27", "overdue")
    early = _do(data, d["code"], "apologise", "--new-date", "2026-11-10", "--reason", "x", expect=2)
    assert "16/11/2026" in early["stderr"]
    # Saturday 28/11: the desk is closed; the officer is told the next working day, Monday 30/11.
    closed = _do(data, d["code"], "apologise", "--new-date", "2026-11-28", "--reason", "x", expect=2)
    assert "[new_date]" in closed["stderr"] and "ngày nghỉ" in closed["stderr"] and "30/11/2026" in closed["stderr"]


def test_pending_online_dossiers_are_accepted_or_refused_before_a_receipt(data: Path) -> None:
    p = _add(data, "--procedure", "9.300001", "--channel", "online", "--pending", "--received", "2026-11-14T10:00")
    assert (p["status"], p["due_date"]) == (1, None)
    ok = _do(data, p["code"], "accept", "--at", "2026-11-16T08:00")
    assert (ok["status"], ok["due_date"]) == (2, "2026-12-01")  # 10 working days after Mon 16/11, 24/11 off
    late = _do(data, ok["code"], "refuse", "--reason", "Thiếu giấy tờ", expect=2)
    assert "Từ chối tiếp nhận" in late["stderr"]
    q = _add(data, "--procedure", "9.300001", "--channel", "online", "--pending", "--received", "2026-11-14T11:00")
    no = _do(data, q["code"], "refuse", "--reason", "Hồ sơ không thuộc thẩm quyền", "--at", "2026-11-16T08:10")
    assert (no["status"], no["refusal_reason"]) == (3, "Hồ sơ không thuộc thẩm quyền")


def test_online_filed_on_saturday_counts_from_monday(data: Path) -> None:
    d = _add(data, "--procedure", "9.300002", "--channel", "online", "--received", "2026-11-14T10:00")
    assert d["due_date"] == "2026-11-16"
    land = _add(data, "--procedure", "9.300001", "--channel", "online", "--received", "2026-11-14T10:00")
    assert land["due_date"] == "2026-12-01"  # as if received Monday 16/11 07:30


def test_written_refusal_and_forwarding(data: Path) -> None:
    d = _add(data, "--procedure", "9.300002", "--channel", "direct", "--received", "2026-11-19T09:00")
    bare = _do(data, d["code"], "finish", "--result", "refused", "--at", "2026-11-19T10:00", expect=2)
    assert "lý do" in bare["stderr"]
    done = _do(data, d["code"], "finish", "--result", "refused", "--reason", "Giấy tờ giả mạo",
               "--at", "2026-11-19T10:00")
    assert (done["status"], done["result"], done["outcome"]) == (9, "refused", "on_time")
    f = _add(data, "--procedure", "9.300002", "--channel", "direct", "--received", "2026-11-19T09:00",
             "--forward-to", "UBND xã Quảng La")
    assert f["forwarded_to"] == "UBND xã Quảng La" and f["boundary_free"]
    assert "Chuyển đến UBND xã Quảng La" in run(data, "dossier", "show", f["code"]).stdout
    both = run(data, "dossier", "add", "--applicant", "A", "--procedure", "9.300002", "--channel", "direct",
               "--forward-to", "X", "--received-from", "Y", expect=2)
    assert "vừa chuyển đi" in both.stderr + both.stdout


def test_office_hours_are_a_setting_of_the_desk(data: Path) -> None:
    assert run(data, "dossier", "office-hours").stdout.strip() == "07:30–17:00"
    # Thursday 19/11 at 17:10, online: after the default closing time it counts from Friday's opening; with a desk
    # open until 17:30 it was received at once.
    before = _add(data, "--procedure", "9.300001", "--channel", "online", "--received", "2026-11-19T17:10")
    assert before["due_date"] == "2026-12-07"  # counted from Fri 20/11 07:30: 10 working days, 24/11 off
    assert run(data, "dossier", "office-hours", "--closes", "17:30").stdout.strip() == "07:30–17:30"
    after = _add(data, "--procedure", "9.300001", "--channel", "online", "--received", "2026-11-19T17:10")
    assert after["due_date"] == "2026-12-04"  # received at once on Thursday
    bad = run(data, "dossier", "office-hours", "--opens", "18:00", expect=2)
    assert "Giờ đóng cửa phải sau giờ mở cửa" in bad.stdout + bad.stderr
    run(data, "dossier", "office-hours", "--closes", "17:00")


def _shown(data: Path, dossier_id: str) -> list[tuple[str, str, dict]]:
    with sqlite3.connect(data / "commune-desk.sqlite3") as conn:
        return [(action, actor, json.loads(changes)) for action, actor, changes in conn.execute(
            "SELECT action, actor, changes FROM audit_log WHERE row_id = ? AND action = 'export'", (dossier_id,))]


def test_show_json_with_the_full_id_number_leaves_an_audit_row(data: Path) -> None:
    d = _add(data, "--procedure", "9.300002", "--channel", "direct", "--received", "2026-11-05T09:00",
             "--id-number", "022196001234", "--phone", "0912345678")
    assert "022196001234" not in run(data, "dossier", "show", d["code"]).stdout  # the lines show neither
    assert _shown(data, d["id"]) == []
    shown = json.loads(run(data, "dossier", "show", d["code"], "--json").stdout)
    assert (shown["applicant_id_number"], shown["applicant_phone"]) == ("022196001234", "0912345678")
    assert _shown(data, d["id"]) == [("export", "cli", {"paper": "detail"})]


def test_catalogue_list_marks_the_province_s_procedures(data: Path) -> None:
    rows = {r["code"]: r for r in json.loads(run(data, "catalogue", "list", "--json").stdout)}
    # X-ray declarations and fishing-vessel radio licences are the province's (the shipped catalogue says so).
    assert rows["1.012661"]["level"] == rows["1.012651"]["level"] == "province"
    assert rows["1.001193"]["level"] == rows["9.300001"]["level"] == "commune"
    lines = {line.split()[0]: line for line in run(data, "catalogue", "list", "--search", "tần số").stdout.splitlines()}
    assert "cấp tỉnh" in lines["1.012651"] and "province's" in lines["1.012651"]
    births = run(data, "catalogue", "list", "--search", "khai sinh").stdout
    assert "1.001193" in births and "cấp tỉnh" not in births
