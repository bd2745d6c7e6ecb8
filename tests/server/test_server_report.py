"""The province's monthly figures and PDF, from rows real desktops pushed over HTTP, against the desktop's own counts.

A commune desk is built through the services (so every edit left its outbox op), its outbox is pushed through the
real /v1/push with enrolled credentials, and the server's Biểu 06 figures must equal `dossier_stats` on that desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from server_harness import Device, Harness
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from support import FakeClock

from desktop.config.paths import DataPaths
from desktop.domain.equipment import NEEDS_CARE
from desktop.domain.hlc import Hlc
from desktop.domain.periods import parse_month
from desktop.reports.stats_tables import form06_values
from desktop.server import admin, report, summary
from desktop.server import cli as server_cli
from desktop.server.api import ENV_ADMIN_TOKEN
from desktop.server.errors import ServerError
from desktop.server.models import SyncedRow
from desktop.services import catalogue, dossiers, equipment, report_data, setup, statistics, training
from desktop.services.context import ServiceContext, row_values
from desktop.services.dossiers import Decision, DossierInput
from desktop.store.database import Database
from desktop.store.migrate import head_revision
from desktop.store.models import Dossier, Field, OutboxOp, Procedure

TOKEN = "province-admin-token-for-tests"
HT, XD, CT = "1.001193", "1.009994", "2.000815"  # in the day (full online); 15 working days; 3 working days
DEC5 = datetime(2026, 12, 5, 3, 0)  # 10:00 in Hà Nội


@dataclass
class Desk:
    code: str
    name: str
    ctx: ServiceContext
    db: Database
    clock: FakeClock


@pytest.fixture
def desk(tmp_path: Path, srv: Harness) -> Iterator[Desk]:
    """A commune PC set up through the services, and the same commune on the province server."""
    code = "T" + uuid.uuid4().hex[:7].upper()
    name = f"Xã Thử Nghiệm {code}"
    db = Database.open(DataPaths(tmp_path / f"desk-{code}"))
    clock = FakeClock(DEC5)
    ctx = ServiceContext(db, actor="admin", role="admin", clock=clock)
    setup.set_up_commune(ctx, "22", code, commune_name=name, leader_name="Nguyễn Văn An")
    catalogue.add_procedure(ctx, HT, "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    catalogue.add_procedure(ctx, XD, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15)
    catalogue.add_procedure(ctx, CT, "Chứng thực bản sao từ bản chính", "Chứng thực", 3)
    admin.add_commune(srv.engine, code, name, "22", srv.clock())
    yield Desk(code, name, ctx, db, clock)
    db.close()


def _register(desk: Desk, proc: str, received: datetime, channel: str = "direct", steps: tuple = (), *,
              pending: bool = False, boundary_free: bool = False) -> str:
    data = DossierInput(proc, "Phạm Thị Hoa", channel, received_at=received, pending=pending,
                        boundary_free=boundary_free)
    code = dossiers.register_dossier(desk.ctx, data).code
    for action, at, *decision in steps:
        dossiers.change_status(desk.ctx, code, action, at=at, decision=decision[0] if decision else Decision())
    return code


def _autumn(desk: Desk) -> None:
    """Dossiers that touch every Biểu 06 rule, October to December 2026, registered as officers would."""
    d, r = datetime, _register
    r(desk, XD, d(2026, 9, 15, 9), steps=[("request-supplement", d(2026, 10, 1, 9))])  # paused before November
    r(desk, XD, d(2026, 10, 20, 9))                                                # carried over, overdue
    r(desk, HT, d(2026, 10, 28, 9), steps=[("finish", d(2026, 11, 2, 9))])         # carried, resolved late
    r(desk, HT, d(2026, 10, 10, 9), steps=[("finish", d(2026, 10, 12, 9))])        # settled in October
    r(desk, HT, d(2026, 11, 5, 9), "online", [("finish", d(2026, 11, 5, 14))])     # on time, online (full)
    r(desk, XD, d(2026, 11, 10, 9), steps=[("finish", d(2026, 11, 12, 9))], boundary_free=True)  # early
    postal = r(desk, XD, d(2026, 11, 25, 9), "postal")                             # open, within
    r(desk, HT, d(2026, 11, 3, 9), steps=[("withdraw", d(2026, 11, 4, 9))])        # closed without a result
    r(desk, XD, d(2026, 11, 28, 9), "online")                                      # open, within
    r(desk, XD, d(2026, 11, 26, 9), steps=[("request-supplement", d(2026, 11, 27, 9))])  # paused in November
    r(desk, XD, d(2026, 12, 1, 9))                                                 # next month
    r(desk, HT, d(2026, 11, 6, 9), steps=[("finish", d(2026, 12, 2, 9))])          # open at the end, overdue
    r(desk, HT, d(2026, 11, 7, 9), "online", pending=True)                         # registered only: not counted
    r(desk, CT, d(2026, 11, 8, 9), "online", [("refuse", d(2026, 12, 1, 9), Decision("Thiếu tờ khai"))],
      pending=True)                                                                # refused at reception
    r(desk, CT, d(2026, 11, 14, 9), "online", [("accept", d(2026, 11, 16, 9)), ("start", d(2026, 11, 16, 10)),
                                               ("finish", d(2026, 11, 18, 9))], pending=True)
    r(desk, XD, d(2026, 11, 12, 9), steps=[("start", d(2026, 11, 12, 10)), ("request-supplement", d(2026, 11, 13, 9)),
                                           ("supplement-received", d(2026, 11, 16, 9)), ("finish", d(2026, 11, 20, 9))])
    r(desk, CT, d(2026, 11, 18, 9), steps=[("start", d(2026, 11, 18, 10)), ("stop", d(2026, 11, 19, 9))])
    r(desk, HT, d(2026, 11, 20, 9), steps=[("finish", d(2026, 11, 20, 10),  # refused in writing: resolved on time
                                            Decision("Không đủ điều kiện", result="refused"))])
    gone = r(desk, HT, d(2026, 11, 9, 9))
    dossiers.remove_dossier(desk.ctx, gone)                                        # removed: not counted
    dossiers.edit_dossier(desk.ctx, postal, DossierInput(XD, "Phạm Thị Hoa", "direct", phone="0912345678"))


def _training_and_equipment(desk: Desk) -> None:
    course = training.add_course(desk.ctx, "Kỹ năng số cơ bản", start_date=date(2026, 11, 10), hours=8)
    training.add_participation(desk.ctx, course.id, person_name="Lê Văn Bình", hours_attended=8, result="passed",
                               certificate_no="CC-01", certificate_date=date(2026, 11, 11))
    training.add_participation(desk.ctx, course.id, person_name="Trần Thị Cúc", hours_attended=6)
    training.add_participation(desk.ctx, course.id, person_name="Đỗ Văn Dũng", hours_attended=0, result="absent")
    training.add_course(desk.ctx, "An toàn thông tin", start_date=date(2026, 10, 5), hours=4, category="security")
    equipment.add_equipment(desk.ctx, "PC-01", "pc", acquired_on=date(2019, 3, 1))
    equipment.add_equipment(desk.ctx, "IN-01", "printer", acquired_on=date(2024, 1, 1), status="broken")
    equipment.add_equipment(desk.ctx, "NET-01", "network_link", acquired_on=date(2025, 6, 1))
    equipment.record_event(desk.ctx, "NET-01", "outage", at=datetime(2026, 11, 3, 8),
                           ended_at=datetime(2026, 11, 3, 11))


def push_outbox(srv: Harness, dev: Device, db: Database, batch: int = 200) -> int:
    """Send the desk's outbox in write order, as the sync client does; every op must be taken."""
    with db.session() as session:
        ops = [{"op_id": o.op_id, "table_name": o.table_name, "row_id": o.row_id, "op": o.op,
                "base_server_version": o.base_server_version, "changed_fields": o.changed_fields,
                "payload": o.payload, "hlc": o.hlc, "schema_version": o.schema_version}
               for o in session.scalars(select(OutboxOp).order_by(text("rowid")))]
    for i in range(0, len(ops), batch):
        results = srv.push(dev, *ops[i:i + batch])["results"]
        assert {r["status"] for r in results} <= {"applied", "merged"}, results
    return len(ops)


def _summary(srv: Harness, month: str) -> dict:
    resp = httpx.get(f"{srv.url}/v1/province/summary", params={"month": month},
                     headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert resp.status_code == 200, resp.text
    return resp.json()


def _commune(body: dict, code: str) -> dict:
    return next(c for c in body["communes"] if c["code"] == code)


def _counts(row: dict | statistics.DossierRow) -> dict:
    values = row if isinstance(row, dict) else row.to_dict()
    return {k: v for k, v in values.items() if k not in ("field", "field_code")}


def _assert_same_as_desk(body: dict, desk: Desk, month: str) -> None:
    want = statistics.dossier_stats(desk.ctx, *parse_month(month))
    got = _commune(body, desk.code)
    assert _counts(got["dossiers"]) == _counts(want.total), month
    assert {r["field_code"]: _counts(r) for r in got["by_field"]} == \
        {r.field_code: _counts(r) for r in want.by_field}, month


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENV_ADMIN_TOKEN, TOKEN)
    return TOKEN


def test_pushed_desk_counts_like_the_desk(srv: Harness, desk: Desk, token: str) -> None:
    _autumn(desk)
    _training_and_equipment(desk)
    desk.clock.now = srv.clock.now = DEC5
    assert push_outbox(srv, srv.enrol(desk.code), desk.db) > 60
    for month in ("2026-09", "2026-10", "2026-11", "2026-12"):  # December: overdue judged on today
        _assert_same_as_desk(_summary(srv, month), desk, month)
    body = _summary(srv, "2026-11")
    t = _commune(body, desk.code)["dossiers"]
    assert (t["received_total"], t["resolved_total"], t["in_progress_total"], t["closed_without_result"]) == \
        (14, 6, 6, 2)  # refused at reception: not received; refused in writing: resolved
    assert (t["received_online"], t["received_online_full"], t["received_boundary_free"]) == (3, 1, 1)
    rows = report_data.courses_in(desk.ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert _commune(body, desk.code)["training"] == {
        "courses": len(rows), "participants": sum(r.participants for r in rows),
        "person_hours": sum(r.person_hours for r in rows), "certificates": sum(r.certificates for r in rows)}
    devices = equipment.list_equipment(desk.ctx)
    gear = _commune(body, desk.code)["equipment"]
    assert gear["total"] == len(devices) == 3 and gear["by_status"] == {"broken": 1, "in_use": 2}
    assert gear["needs_care"] == len([d for d in devices if d.status in NEEDS_CARE or d.old]) == 2
    assert (gear["outages"], gear["outage_hours"]) == (1, 3.0)
    assert _commune(body, desk.code)["last_sync_at"] is not None
    for key in summary.COUNTS:  # the province's line is the sum of the communes', field by field too
        assert body["total"]["dossiers"][key] == sum(c["dossiers"][key] for c in body["communes"]) \
            == sum(r[key] for r in body["total"]["by_field"]), key


def _demo_ops(db: Database, node: str) -> list[dict]:
    """A demo desk has no outbox (demo data is never meant to sync); this is the first full upload it would make."""
    ops, counter, schema = [], 0, head_revision()
    with db.session() as session:
        for model in (Field, Procedure, Dossier):
            for row in session.scalars(select(model)):
                counter += 1
                values = row_values(row)
                ops.append({"op_id": str(uuid.uuid4()), "table_name": model.__tablename__, "row_id": row.id,
                            "op": "insert", "changed_fields": sorted(values), "payload": values,
                            "hlc": Hlc(1_795_000_000_000, counter, node).encode(), "schema_version": schema})
    return ops


def test_generated_commune_counts_like_the_desk(srv: Harness, tmp_path: Path, token: str) -> None:
    from desktop.demo import build_demo

    db = Database.open(DataPaths(tmp_path / "demo"))
    try:
        made = build_demo(db, seed=7, months=4, dossiers=1200, today=date(2026, 11, 20))
        admin.add_commune(srv.engine, made.commune_code, made.commune_name, "22", srv.clock())
        dev = srv.enrol(made.commune_code)
        ops = _demo_ops(db, dev.node)
        for i in range(0, len(ops), 500):
            assert {r["status"] for r in srv.push(dev, *ops[i:i + 500])["results"]} == {"applied"}
        ctx = ServiceContext(db, clock=FakeClock(srv.clock.now))
        for month in ("2026-08", "2026-09", "2026-10", "2026-11"):
            want = statistics.dossier_stats(ctx, *parse_month(month))
            got = _commune(_summary(srv, month), made.commune_code)
            assert _counts(got["dossiers"]) == _counts(want.total), month
            assert {r["field_code"]: _counts(r) for r in got["by_field"]} == \
                {r.field_code: _counts(r) for r in want.by_field}, month
        assert want.total.received_total > 100
    finally:
        db.close()


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page's text as lines: fragments on one baseline joined left to right (table rows stay whole)."""
    pages = []
    for page in PdfReader(path).pages:
        found: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, found=found) -> None:  # noqa: ANN001 - pypdf callback
            if text.strip():
                found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], tm[4] * cm[0] + tm[5] * cm[2] + cm[4], text))

        page.extract_text(visitor_text=visit)
        rows: list[tuple[float, list[tuple[float, str]]]] = []
        for y, x, frag in sorted(found, key=lambda f: -f[0]):
            if rows and abs(rows[-1][0] - y) < 2.0:
                rows[-1][1].append((x, frag))
            else:
                rows.append((y, [(x, frag)]))
        pages.append([" ".join(" ".join(t for _, t in sorted(frags)).split()) for _, frags in rows])
    return pages


def test_cli_prints_the_province_report(srv: Harness, desk: Desk, tmp_path: Path, database_url: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_cli, "utcnow", lambda: DEC5)
    _autumn(desk)
    _training_and_equipment(desk)
    desk.clock.now = srv.clock.now = DEC5
    push_outbox(srv, srv.enrol(desk.code), desk.db)
    out = tmp_path / "tinh-2026-11.pdf"
    code = server_cli.main(["report", "monthly", "--month", "2026-11", "--out", str(out), "--db", database_url,
                        "--signer", "Trần Văn Bảy", "--number", "12"])
    assert code == 0 and out.stat().st_size > 10_000
    pages = pdf_pages(out)
    lines = [line for page in pages for line in page]
    whole = "\n".join(lines)
    for expected in ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-UBND", "BÁO CÁO", "Phụ lục I", "Phụ lục II",
                     "Phụ lục III", "Trần Văn Bảy", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:"):
        assert expected in whole, expected
    assert "Số: 12/BC-UBND Quảng Ninh, ngày 05 tháng 12 năm 2026" in lines  # number left, place and date right
    want = statistics.dossier_stats(desk.ctx, *parse_month("2026-11")).total
    annex = next(page for page in pages if "Phụ lục I" in page)
    row = next(line for line in annex if desk.name in line)
    assert row.split(desk.name, 1)[1].split() == form06_values(want)
    everyone = report.sm.province_summary(srv.engine, date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 5), DEC5)
    province = next(line for line in annex if line.startswith("Toàn tỉnh"))
    assert province.split()[2:] == form06_values(everyone.total)


def test_summary_needs_the_admin_token(srv: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"{srv.url}/v1/province/summary"
    monkeypatch.delenv(ENV_ADMIN_TOKEN, raising=False)
    off = httpx.get(url, params={"month": "2026-11"}, headers={"Authorization": "Bearer x"})
    assert off.status_code == 403 and off.json()["error"]["code"] == "admin.disabled"
    monkeypatch.setenv(ENV_ADMIN_TOKEN, TOKEN)
    assert httpx.get(url, params={"month": "2026-11"}).json()["error"]["code"] == "auth.required"
    wrong = httpx.get(url, params={"month": "2026-11"}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "auth.failed"
    bad = httpx.get(url, params={"month": "2026-13"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "month.invalid"
    shape = httpx.get(url, params={"month": "11/2026"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert shape.status_code == 422 and shape.json()["error"]["code"] == "request.invalid"


def _stored(srv: Harness, commune: str, table: str, data: dict) -> None:
    """A row as a client older than the protocol's checks could leave it on the server (pushes now refuse it)."""
    row_id = str(uuid.uuid4())
    with Session(srv.engine) as session, session.begin():
        session.add(SyncedRow(table_name=table, row_id=row_id, commune_code=commune, server_version=1, fields={},
                              data={"id": row_id, "commune_code": commune, **data}, hlc="", updated_at=srv.clock()))


def test_rows_a_broken_client_pushed_never_break_the_summary(srv: Harness, token: str) -> None:
    commune = srv.commune()
    dev = srv.enrol(commune)
    good = {"procedure_id": str(uuid.uuid4()), "channel": "direct", "status": 2, "received_at": "2026-11-03T02:00:00",
            "due_date": "2026-11-30", "settled_at": None, "deleted_at": None}
    junk = [{"received_at": 12, "status": "x"}, {"received_at": "not a time", "status": 2},
            {"received_at": "2026-11-04T02:00:00+07:00", "status": True, "due_date": 5},
            {"channel": ["online"], "received_at": "2026-11-05 01:00:00", "status": "4", "paused_at": {}}]
    srv.push(dev, srv.op(dev, "dossiers", str(uuid.uuid4()), "insert", good))
    for payload in junk:
        _stored(srv, commune, "dossiers", payload)
    _stored(srv, commune, "equipment", {"status": 3, "acquired_on": "x"})
    _stored(srv, commune, "training_courses", {"start_date": "2026-11-31"})
    got = _commune(_summary(srv, "2026-11"), commune)
    # The unknown procedure lands under "field not known"; the readable PG-style "4" status counts too.
    assert got["dossiers"]["received_total"] == 2 and got["by_field"][0]["field_code"] == ""
    assert got["equipment"]["total"] == 1 and got["training"]["courses"] == 0


def test_rules_shared_with_the_desktop_stay_in_step() -> None:
    assert summary.Form06Row is statistics.DossierRow and summary.form06_row is statistics._finish  # one row
    assert report.STATUSES is equipment.STATUSES  # one vocabulary
    start, end = summary.parse_month("2026-12")
    assert (start, end) == parse_month("2026-12") and end - start == timedelta(days=30)
    with pytest.raises(ServerError) as bad:
        summary.parse_month("1999-12")
    assert bad.value.code == "month.invalid" and bad.value.status == 422


def test_cli_refuses_a_bad_month_or_folder_before_touching_the_database(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    assert server_cli.main(["report", "monthly", "--month", "2026-13", "--out", str(tmp_path / "a.pdf"),
                            "--db", db]) == server_cli.EXIT_USAGE
    assert server_cli.main(["report", "monthly", "--month", "2026-11", "--out", str(tmp_path / "no" / "a.pdf"),
                            "--db", db]) == server_cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "--month" in err and "--out" in err and not (tmp_path / "never.sqlite3").exists()
