"""Report drafts and sign-off: anyone keeps a draft, only a leader or an administrator signs off (closes the period)
or reopens it, every change is audited and queued for sync, and the migration adds the table to a database of the
first release."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import inspect
from support import table_count

from desktop.config.paths import DataPaths
from desktop.domain.errors import ValidationError
from desktop.domain.periods import parse_period, period_key
from desktop.services import closed_periods, officers
from desktop.services.context import ServiceContext
from desktop.services.errors import PermissionDenied
from desktop.services.report_signoff import get_report_state, report_id, save_draft
from desktop.store import migrate
from desktop.store.database import Database
from desktop.store.engine import make_engine


def _as(ctx: ServiceContext, username: str, role: str) -> ServiceContext:
    return replace(ctx, actor=username, role=role)


@pytest.fixture
def people(ctx: ServiceContext) -> dict[str, ServiceContext]:
    officers.add_officer(ctx, "Trần Thị Lan", "Công chức Văn phòng - Thống kê", role="officer", username="lan",
                         password="matkhau-2026")
    officers.add_officer(ctx, "Nguyễn Văn An", "Chủ tịch UBND", role="leader", username="an.nv",
                         password="matkhau-2026")
    return {"officer": _as(ctx, "lan", "officer"), "leader": _as(ctx, "an.nv", "leader")}


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return list(conn.exec_driver_sql(sql).all())


def test_period_keys() -> None:
    assert period_key("month", 2026, 3) == "2026-03"
    assert period_key("quarter", 2026, 4) == "2026-Q4"
    assert period_key("year", 2026) == "2026"


def test_an_officer_keeps_a_draft_that_is_audited_and_queued(ctx, db, people) -> None:  # noqa: ANN001
    officer = people["officer"]
    empty = get_report_state(officer, "month", "2026-11")
    assert (empty.comments, empty.number, empty.signed, empty.saved_at) == ("", "", False, None)
    assert save_draft(officer, "month", "2026-11", " \n", "").saved_at is None  # nothing typed: nothing stored
    assert table_count(db, "report_signoffs") == 0

    state = save_draft(officer, "month", "2026-11", "Đề nghị cấp thêm máy quét.\r\nThêm ý ", " 12 ")
    assert (state.comments, state.number, state.signed) == ("Đề nghị cấp thêm máy quét.\nThêm ý ", "12", False)
    assert state.saved_at == datetime(2026, 11, 20, 10, 0)
    assert get_report_state(officer, "month", "2026-11") == state
    assert get_report_state(officer, "month", "2026-10").comments == ""  # per period
    # The row id comes from the commune and the period, so another PC's draft of this month is the same row.
    assert _rows(db, "SELECT id FROM report_signoffs") == [(report_id("07090", "month", "2026-11"),)]
    assert report_id("07090", "month", "2026-11") != report_id("07090", "month", "2026-10")
    audit = _rows(db, "SELECT actor, action FROM audit_log WHERE table_name = 'report_signoffs'")
    assert audit == [("lan", "insert")]
    assert _rows(db, "SELECT op FROM sync_outbox WHERE table_name = 'report_signoffs'") == [("insert",)]

    save_draft(officer, "month", "2026-11", "Đề nghị cấp thêm máy quét.\nThêm ý ", "12")  # unchanged: no new entry
    assert len(_rows(db, "SELECT id FROM audit_log WHERE table_name = 'report_signoffs'")) == 1
    save_draft(officer, "month", "2026-11", "Đề nghị cấp thêm hai máy quét.", "12")
    assert _rows(db, "SELECT action FROM audit_log WHERE table_name = 'report_signoffs' ORDER BY at, action") \
        == [("insert",), ("update",)]


NOV, OCT = parse_period("month", "2026-11"), parse_period("month", "2026-10")  # both ended by 20/11/2026


def test_an_officer_cannot_sign_off(db, people, tmp_path) -> None:  # noqa: ANN001
    officer = people["officer"]
    save_draft(officer, "month", "2026-11", "Nhận xét của cán bộ.", "")
    with pytest.raises(PermissionDenied) as err:
        closed_periods.close_period(officer, NOV, tmp_path / "r.pdf", comments="Nhận xét của cán bộ.", number="05")
    assert "không được phép ký duyệt báo cáo" in err.value.message_vi
    assert "not allowed to sign off reports" in err.value.message_en
    state = get_report_state(officer, "month", "2026-11")
    assert not state.signed and state.number == ""
    assert not (tmp_path / "r.pdf").exists()


def test_a_leader_signs_off_and_the_comments_freeze_until_reopened(db, clock, people, tmp_path) -> None:  # noqa: ANN001
    officer, leader = people["officer"], people["leader"]
    save_draft(officer, "month", "2026-11", "Nhận xét tháng 11.", "")
    clock.advance(minutes=30)
    closed_periods.close_period(leader, NOV, tmp_path / "r.pdf", comments="Nhận xét tháng 11, đã sửa.",
                                number="05/BC-UBND")
    signed = get_report_state(officer, "month", "2026-11")
    assert signed.signed and signed.signed_by == "an.nv" and signed.signed_by_name == "Nguyễn Văn An"
    assert signed.signed_at == datetime(2026, 11, 20, 10, 30)
    assert (signed.comments, signed.number) == ("Nhận xét tháng 11, đã sửa.", "05/BC-UBND")
    changes = _rows(db, "SELECT actor, action FROM audit_log WHERE table_name = 'report_signoffs' ORDER BY at")
    assert changes == [("lan", "insert"), ("an.nv", "update")]
    payload = _rows(db, "SELECT payload FROM sync_outbox WHERE table_name = 'report_signoffs' AND op = 'update'")
    assert '"state": "signed"' in payload[0][0]

    with pytest.raises(ValidationError) as err:
        save_draft(officer, "month", "2026-11", "Sửa sau khi ký.", "05/BC-UBND")
    assert err.value.code == "report.signed" and err.value.field == "comments"
    save_draft(officer, "month", "2026-11", "Nhận xét tháng 11, đã sửa.", "05/BC-UBND")  # the same text is no edit

    closed_periods.reopen_period(leader, NOV, "Bổ sung nhận xét")
    opened = get_report_state(officer, "month", "2026-11")
    assert not opened.signed and opened.signed_by_name == "" and opened.signed_at is None
    assert opened.comments == "Nhận xét tháng 11, đã sửa."
    assert save_draft(officer, "month", "2026-11", "Sửa sau khi mở lại.", "05/BC-UBND").comments \
        == "Sửa sau khi mở lại."


def test_an_administrator_signs_a_period_never_drafted(ctx, tmp_path) -> None:  # noqa: ANN001
    closed_periods.close_period(ctx, OCT, tmp_path / "r.pdf")
    state = get_report_state(ctx, "month", "2026-10")
    assert state.signed and state.signed_by == "admin"
    assert state.signed_by_name == "admin"  # the set-up account has no officer record


@pytest.mark.parametrize(("kind", "key", "field"), [("month", "2026-13", "period"), ("month", "2026-Q4", "period"),
                                                    ("quarter", "2026-Q5", "period"), ("year", "26", "period"),
                                                    ("week", "2026-47", "kind")])
def test_bad_periods_are_refused(ctx, kind: str, key: str, field: str) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        save_draft(ctx, kind, key, "x", "")
    assert err.value.field == field


def test_too_long_values_are_refused_under_their_field(ctx) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        save_draft(ctx, "month", "2026-11", "x" * 20_001, "")
    assert err.value.field == "comments"
    with pytest.raises(ValidationError) as err:
        save_draft(ctx, "month", "2026-11", "", "1" * 33)
    assert err.value.field == "number"


def test_migration_adds_the_table_to_a_first_release_database(data_paths: DataPaths) -> None:
    data_paths.ensure()
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0001")
    with sqlite3.connect(data_paths.database) as conn:  # a row written by the first release survives the upgrade
        conn.execute("INSERT INTO local_state (key, value) VALUES ('probe', 'kept')")
    engine.dispose()
    with Database.open(data_paths) as db, db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        columns = {c["name"] for c in inspect(conn).get_columns("report_signoffs")}
        assert {"kind", "period_key", "comments", "number", "state", "signed_by", "signed_at", "hlc"} <= columns
        assert conn.exec_driver_sql("SELECT value FROM local_state WHERE key = 'probe'").scalar() == "kept"
    engine = make_engine(data_paths.database)
    with engine.begin() as conn:
        migrate.run_migrations(conn, "0001", direction="downgrade")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert "report_signoffs" not in tables and {"dossiers", "local_state"} <= tables
    engine.dispose()
