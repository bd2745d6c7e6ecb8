"""The demo generator: a believable, consistent and reproducible commune written in one go into an empty database."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text

from desktop.config.paths import DataPaths
from desktop.config.resources import resource_path
from desktop.demo import DemoSummary, build_demo
from desktop.demo.audit import RECENT_DAYS
from desktop.demo.generator import DemoGenerator
from desktop.domain import lifecycle as lc
from desktop.domain.calendar import vietnam_calendar
from desktop.domain.cccd import PROVINCE_CODES, check_id_number
from desktop.domain.deadlines import outcome
from desktop.domain.text import fold
from desktop.services.audit import AuditQuery, audit_actors, list_audit
from desktop.services.context import ServiceContext
from desktop.store.database import Database

TODAY = date(2026, 11, 20)
SEED = 7
N = 3000
CODE = re.compile(r"^\d{5}-\d{6}-\d{4}$")
# Local (UTC+7) receipt time, the way the statistics and the code see it.
LOCAL = "datetime(received_at, '+7 hours')"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = Database.open(DataPaths(tmp_path_factory.mktemp("demo")))
    summary = build_demo(db, seed=SEED, months=12, dossiers=N, today=TODAY)
    yield db, summary
    db.close()


def rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def scalar(engine: Engine, sql: str) -> object:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def test_counts_match_the_summary(demo: tuple[Database, DemoSummary]) -> None:
    db, s = demo
    e = db.engine
    assert s.dossiers == N == scalar(e, "SELECT count(*) FROM dossiers")
    assert s.events == scalar(e, "SELECT count(*) FROM dossier_events") > 3 * N
    assert s.officers == scalar(e, "SELECT count(*) FROM officers") >= 12
    assert s.courses == scalar(e, "SELECT count(*) FROM training_courses") >= 10
    assert s.participations == scalar(e, "SELECT count(*) FROM participations") > 5 * s.courses
    assert s.equipment == scalar(e, "SELECT count(*) FROM equipment") >= 40
    assert s.equipment_events == scalar(e, "SELECT count(*) FROM equipment_events") > s.equipment
    assert scalar(e, "SELECT count(*) FROM procedures") >= 40
    assert s.audit_entries == scalar(e, "SELECT count(*) FROM audit_log")  # local history only (see below)
    assert scalar(e, "SELECT count(*) FROM sync_outbox") == 0


def test_commune_and_local_state(demo: tuple[Database, DemoSummary]) -> None:
    db, s = demo
    [(code, name, province, agency, place, leader, title)] = rows(
        db.engine, "SELECT code, name, province_code, agency_code, place_name, leader_name, leader_title FROM communes")
    assert (code, name) == (s.commune_code, s.commune_name)
    assert re.fullmatch(r"\d{5}", code) and agency == code and province == "22"
    assert name.startswith("Xã ") and name.endswith(place) and not place.startswith("Xã")
    assert title == "Chủ tịch UBND"
    assert leader == scalar(db.engine, "SELECT full_name FROM officers WHERE position = 'Chủ tịch UBND'")
    state = dict(rows(db.engine, "SELECT key, value FROM local_state"))
    assert state.items() >= {("commune_code", code), ("device_slot", "0")}


def test_demo_accounts_can_log_in(demo: tuple[Database, DemoSummary]) -> None:
    db, s = demo
    assert s.accounts == [("admin", "admin123", "admin"), ("lanhdao", "lanhdao123", "leader"),
                          ("canbo", "canbo123", "officer")]
    stored = {u: (h, r) for u, h, r in rows(db.engine, "SELECT username, password_hash, role FROM officers "
                                                       "WHERE username IS NOT NULL")}
    assert set(stored) == {"admin", "lanhdao", "canbo"}
    for username, password, role in s.accounts:
        assert PasswordHasher().verify(stored[username][0], password)
        assert stored[username][1] == role


def test_covers_twelve_months_ending_today(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    months = rows(e, f"SELECT DISTINCT strftime('%Y-%m', {LOCAL}) FROM dossiers")
    assert len(months) >= 12
    first, last = rows(e, f"SELECT min(date({LOCAL})), max(date({LOCAL})) FROM dossiers")[0]
    assert first >= (TODAY - timedelta(days=366)).isoformat() and last == (TODAY - timedelta(days=1)).isoformat()
    # Nothing after midnight local time at the start of `today` (17:00 UTC the day before).
    midnight_utc = f"{(TODAY - timedelta(days=1)).isoformat()} 17:00"
    for table in ("dossier_events", "equipment_events"):
        assert scalar(e, f"SELECT max(at) FROM {table}") < midnight_utc
    assert scalar(e, f"SELECT count(*) FROM equipment_events WHERE ended_at >= '{midnight_utc}'") == 0


def test_mix_looks_like_a_commune_desk(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    by_field = dict(rows(e, "SELECT f.code, count(*) FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                            "JOIN fields f ON f.id = p.field_id GROUP BY f.code"))
    assert len(by_field) >= 10
    assert (by_field["HT"] + by_field["CT"]) / N > 0.5
    science = sum(by_field.get(f, 0) for f in ("BC", "VT", "KHCN", "TDC", "SHTT", "TS", "ATBX"))
    assert 0 < science / N < 0.05
    channels = dict(rows(e, "SELECT channel, count(*) FROM dossiers GROUP BY channel"))
    assert set(channels) == {"online", "direct", "postal"}
    assert 0.55 < channels["online"] / N < 0.9
    outcomes = dict(rows(e, "SELECT outcome, count(*) FROM dossiers WHERE outcome IS NOT NULL GROUP BY outcome"))
    assert set(outcomes) == {"early", "on_time", "late"}
    assert outcomes["late"] / sum(outcomes.values()) < 0.05
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE boundary_free") > 0
    statuses = {s for (s,) in rows(e, "SELECT DISTINCT status FROM dossiers")}
    assert {lc.Status.RETURNED, lc.Status.FINISHED, lc.Status.REFUSED, lc.Status.WITHDRAWN} <= statuses


def test_late_and_open_dossiers(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE outcome = 'late' AND late_reason != ''") > 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE outcome = 'late' AND late_reason = ''") == 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE status = 5 AND paused_at IS NOT NULL") > 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE (status = 5) != (paused_at IS NOT NULL)") == 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE status IN (2, 4)") > 0
    assert scalar(e, f"SELECT count(*) FROM dossiers WHERE status IN (1, 2, 4, 5, 6) "
                     f"AND due_date < '{TODAY.isoformat()}'") > 0


def test_the_desk_s_rules_show_in_the_demo(demo: tuple[Database, DemoSummary]) -> None:
    """Issue 13: payment pauses on land files, extensions of certified copies, apology slips with a new date,
    refusals only before acceptance or in writing after processing, forwarding both ways; commune procedures only."""
    e = demo[0].engine
    assert scalar(e, "SELECT count(*) FROM procedures WHERE level <> 'commune'") == 0
    assert scalar(e, "SELECT count(*) FROM procedures p JOIN fields f ON f.id = p.field_id "
                     "WHERE f.code IN ('TS', 'ATBX')") == 0
    pauses = rows(e, "SELECT d.payment_paused_days, f.code FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                     "JOIN fields f ON f.id = p.field_id WHERE d.payment_paused_days > 0")
    assert pauses and {code for _, code in pauses} == {"DD"}
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE extension_days > 0 AND extension_reason <> ''") > 0
    assert scalar(e, "SELECT count(*) FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
                     "WHERE d.extension_days > p.extension_max_days") == 0
    # Every apology keeps the original due date and sets a later one; a late result always says why.
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE apology_date IS NOT NULL") > 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE apology_date <= due_date OR "
                     "(apology_date IS NOT NULL AND apology_reason = '')") == 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE outcome = 'late' AND late_reason = ''") == 0
    # Refused at reception: never accepted; refused in writing: a finished dossier with its reason.
    assert scalar(e, "SELECT count(*) FROM dossier_events WHERE action = 'refuse' AND from_status <> 1") == 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE status = 3 AND refusal_reason = ''") == 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE result = 'refused' AND status IN (9, 10) "
                     "AND refusal_reason <> ''") == scalar(e, "SELECT count(*) FROM dossiers WHERE result = 'refused'")
    forwarded = rows(e, "SELECT boundary_free, due_date, channel FROM dossiers WHERE forwarded_to <> ''")
    assert forwarded and all(free and due is None and channel != "online" for free, due, channel in forwarded)
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE received_from <> '' AND boundary_free") > 0


def test_codes_unique_and_well_formed(demo: tuple[Database, DemoSummary]) -> None:
    db, s = demo
    # The code carries the day the dossier was registered (its first event), as services.dossiers issues it.
    codes = rows(db.engine, "SELECT d.code, e.at FROM dossiers d JOIN dossier_events e ON e.dossier_id = d.id "
                            "WHERE e.from_status IS NULL ORDER BY e.at")
    assert len({c for c, _ in codes}) == N == len(codes)
    numbers = defaultdict(list)
    for code, registered in codes:
        day = (datetime.fromisoformat(registered) + timedelta(hours=7)).strftime("%y%m%d")
        assert CODE.match(code) and code.startswith(s.commune_code + "-") and code.split("-")[1] == day
        numbers[code[:12]].append(int(code[-4:]))
    # Each day's numbers run 1..n without gaps, in order of registration.
    assert all(ns == list(range(1, len(ns) + 1)) for ns in numbers.values())


def test_events_follow_the_state_machine(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    events = defaultdict(list)
    for dossier_id, action, from_s, to_s, due in rows(
            e, "SELECT dossier_id, action, from_status, to_status, due_date FROM dossier_events ORDER BY at, id"):
        events[dossier_id].append((action, from_s, to_s, due))
    dossiers = rows(e, "SELECT id, status, channel, due_date, outcome, date(datetime(finished_at, '+7 hours')), "
                       "finished_at, returned_at, closed_at, settled_at FROM dossiers")
    assert len(events) == len(dossiers) == N
    for did, status, channel, due, result, finished_day, finished, returned, closed, settled in dossiers:
        path = events[did]
        assert path[0][:2] == ("register", None) and path[0][2] in ((1, 2) if channel == "online" else (2,))
        for (_, _, before, _), (action, from_s, to_s, _) in zip(path, path[1:], strict=False):
            assert from_s == before and lc.next_status(from_s, action) == to_s
        assert path[-1][2] == status
        assert path[-1][3] in (None, due)
        if status in (lc.Status.FINISHED, lc.Status.RETURNED):
            assert settled == finished and result == outcome(date.fromisoformat(finished_day),
                                                             date.fromisoformat(due)).value
        elif status in (lc.Status.REFUSED, lc.Status.WITHDRAWN, lc.Status.STOPPED):
            assert settled == closed and finished is None and result is None
        else:
            assert settled is None and result is None
        assert (returned is not None) == (status == lc.Status.RETURNED)


def test_applicants_look_real(demo: tuple[Database, DemoSummary]) -> None:
    for name, id_number, phone, address in rows(demo[0].engine, "SELECT applicant_name, applicant_id_number, "
                                                               "applicant_phone, applicant_address FROM dossiers"):
        assert len(name.split()) >= 3
        info = check_id_number(id_number, today=TODAY)
        assert info.kind == "cccd" and info.province_code in PROVINCE_CODES and 1930 < info.birth_year <= 2008
        assert re.fullmatch(r"0[35789]\d{8}", phone)
        assert address.endswith("tỉnh Quảng Ninh")


def test_search_finds_folded_names(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    assert scalar(e, "SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH '\"nguyen\"'") > 0
    code = scalar(e, "SELECT code FROM dossiers LIMIT 1")
    assert scalar(e, f"SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH '\"{code}\"'") == 1
    triggers = {n for (n,) in rows(e, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"dossier_fts_ai", "dossier_fts_ad", "dossier_fts_au"} <= triggers
    person = fold(str(scalar(e, "SELECT person_name FROM participations WHERE officer_id IS NULL LIMIT 1")))
    assert scalar(e, f"SELECT count(*) FROM participation_fts WHERE participation_fts MATCH '\"{person}\"'") > 0
    assert scalar(e, "SELECT count(*) FROM equipment_fts WHERE equipment_fts MATCH '\"may in\"'") > 0
    assert scalar(e, "PRAGMA synchronous") == 2  # the bulk load's OFF did not stay on the pooled connection


def test_training_certificates_expire(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    t = TODAY.isoformat()
    assert scalar(e, f"SELECT count(*) FROM participations WHERE certificate_expiry < '{t}'") > 0
    soon = (TODAY + timedelta(days=90)).isoformat()
    assert scalar(e, f"SELECT count(*) FROM participations WHERE certificate_expiry BETWEEN '{t}' AND '{soon}'") > 0
    assert scalar(e, "SELECT count(*) FROM participations WHERE officer_id IS NULL") > 0
    assert scalar(e, "SELECT max(end_date) FROM training_courses") <= t


def test_equipment_is_old_and_worn(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    statuses = Counter(dict(rows(e, "SELECT status, count(*) FROM equipment GROUP BY status")))
    assert statuses["in_use"] > sum(statuses.values()) / 2 and len(statuses) >= 3
    old = (TODAY - timedelta(days=5 * 365)).isoformat()
    assert scalar(e, f"SELECT count(*) FROM equipment WHERE kind = 'pc' AND acquired_on < '{old}'") > 0
    assert scalar(e, "SELECT count(*) FROM equipment WHERE kind = 'token' AND certificate_expiry IS NULL") == 0
    assert scalar(e, "SELECT count(*) FROM equipment_events WHERE kind = 'outage' AND ended_at > at") > 0
    assert scalar(e, "SELECT count(*) FROM equipment_events WHERE kind = 'repair' AND cost > 0") > 0


def test_same_seed_same_data(demo: tuple[Database, DemoSummary], tmp_path: Path) -> None:
    with Database.open(DataPaths(tmp_path / "again")) as again:
        build_demo(again, seed=SEED, months=12, dossiers=N, today=TODAY)
        sql = "SELECT code, applicant_name, applicant_id_number, status FROM dossiers ORDER BY code"
        assert rows(again.engine, sql) == rows(demo[0].engine, sql)
        names = "SELECT full_name, position FROM officers ORDER BY full_name"
        assert rows(again.engine, names) == rows(demo[0].engine, names)


def test_refuses_a_second_run(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with pytest.raises(ValueError, match="empty database"):
        build_demo(db, seed=SEED + 1, months=2, dossiers=10, today=TODAY)
    assert scalar(db.engine, "SELECT count(*) FROM dossiers") == N
    assert scalar(db.engine, "SELECT count(*) FROM communes") == 1


def test_too_many_per_day_is_refused_before_writing(tmp_path: Path) -> None:
    with Database.open(DataPaths(tmp_path)) as db:
        with pytest.raises(ValueError, match="per day"):
            build_demo(db, months=1, dossiers=500_000, today=TODAY)
        assert scalar(db.engine, "SELECT count(*) FROM communes") == 0


def test_generator_streams_in_bounded_chunks() -> None:
    catalogue = json.loads(resource_path("catalogue", "procedures.json").read_text(encoding="utf-8"))
    gen = DemoGenerator(catalogue, seed=3, months=12, dossiers=20_000, today=TODAY)
    biggest_day = max(count for _, count in gen.days)
    sizes = [len(dossiers) for dossiers, _ in gen.dossier_chunks(chunk_size=2000)]
    assert sum(sizes) == 20_000 and len(sizes) >= 10
    assert max(sizes) < 2000 + biggest_day


def test_demo_procedures_carry_the_shipped_papers() -> None:
    catalogue = json.loads(resource_path("catalogue", "procedures.json").read_text(encoding="utf-8"))
    gen = DemoGenerator(catalogue, seed=3, months=12, dossiers=100, today=TODAY)
    papers = {p["code"]: p["documents"] for p in gen.procedures}
    assert papers["1.009994"].split("\n") == ["Đơn đề nghị cấp giấy phép xây dựng",
                                              "Giấy tờ chứng minh quyền sử dụng đất (bản sao)",
                                              "Bản vẽ thiết kế xây dựng (02 bản chính)"]
    assert papers["1.003645"] == ""  # a procedure the shipped file lists no papers for


def test_twenty_thousand_dossiers(tmp_path: Path) -> None:
    with Database.open(DataPaths(tmp_path)) as db:
        summary = build_demo(db, seed=2, months=12, dossiers=20_000, today=TODAY)
        assert summary.dossiers == scalar(db.engine, "SELECT count(*) FROM dossiers") == 20_000
        assert scalar(db.engine, "SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH '\"tran\"'") > 0


def test_values_are_the_ones_the_services_know(demo: tuple[Database, DemoSummary]) -> None:
    from desktop.services import equipment, officers, training
    from desktop.services.dossiers import CHANNELS

    e = demo[0].engine

    def values(sql: str) -> set[object]:
        return {v for (v,) in rows(e, sql)}

    assert values("SELECT DISTINCT channel FROM dossiers") <= set(CHANNELS)
    assert values("SELECT DISTINCT role FROM officers") <= set(officers.ROLES)
    assert values("SELECT DISTINCT kind FROM equipment") <= set(equipment.KINDS)
    assert values("SELECT DISTINCT status FROM equipment") <= set(equipment.STATUSES)
    assert values("SELECT DISTINCT kind FROM equipment_events") <= set(equipment.EVENT_KINDS)
    assert values("SELECT DISTINCT category FROM training_courses") <= set(training.CATEGORIES)
    assert values("SELECT DISTINCT mode FROM training_courses") <= set(training.MODES)
    assert values("SELECT DISTINCT result FROM participations") <= set(training.RESULTS)
    assert values("SELECT DISTINCT action FROM dossier_events") <= {"register", *lc.TRANSITIONS, *lc.DESK_DECISIONS}


def test_search_keys_match_what_the_services_write(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    for code, applicant, p_code, p_name, key in rows(
            e, "SELECT d.code, d.applicant_name, p.code, p.name, d.search_text FROM dossiers d "
               "JOIN procedures p ON p.id = d.procedure_id"):
        assert key == fold(f"{code} {applicant} {p_code} {p_name}")
    for *parts, key in rows(e, "SELECT person_name, unit, certificate_no, search_text FROM participations"):
        assert key == fold(" ".join(parts))
    for *parts, key in rows(e, "SELECT asset_tag, model, serial, location, assigned_to, note, kind, search_text "
                               "FROM equipment"):
        from desktop.services.equipment import KINDS

        assert key == fold(" ".join(parts[:-1]) + " " + KINDS[parts[-1]])


def test_receipt_times(demo: tuple[Database, DemoSummary]) -> None:
    e = demo[0].engine
    # Counter and post: office hours on working days; online: evenings and weekends too.
    cal = vietnam_calendar([TODAY.year - 1, TODAY.year])  # knows the Saturdays worked in exchange for a bridge day
    desk = rows(e, f"SELECT time({LOCAL}), date({LOCAL}) FROM dossiers WHERE channel != 'online'")
    assert all("07:30" <= t < "17:00" and cal.is_working_day(date.fromisoformat(d)) for t, d in desk)
    assert scalar(e, f"SELECT count(*) FROM dossiers WHERE channel = 'online' AND "
                     f"(time({LOCAL}) >= '17:00' OR strftime('%w', {LOCAL}) IN ('0', '6'))") > 0
    assert scalar(e, "SELECT count(*) FROM dossiers WHERE status = 1 AND due_date IS NOT NULL") == 0


def test_audit_log_tells_who_did_what_lately(demo: tuple[Database, DemoSummary]) -> None:
    """A fresh demo's Audit page is not empty: the accounts' setup and the last weeks at the desk, by real people."""
    db, s = demo
    e = db.engine
    assert s.audit_entries == scalar(e, "SELECT count(*) FROM audit_log") > 500
    ctx = ServiceContext(db, actor="admin", role="admin", clock=lambda: datetime(2026, 11, 20, 2, 0))
    since = TODAY - timedelta(days=RECENT_DAYS)
    # Every actor is an account or an officer's handle, and the page names the person.
    handles = {r[0] for r in rows(e, "SELECT coalesce(username, substr(email, 1, instr(email, '@') - 1)) "
                                     "FROM officers")}
    actors = audit_actors(ctx)
    assert {a.actor for a in actors} <= handles and {"admin", "canbo"} <= {a.actor for a in actors}
    newest = list_audit(ctx, AuditQuery(), limit=400)
    assert {x.action for x in newest} >= {"insert", "update", "print"}
    assert all(x.actor_name for x in newest)
    dossier_steps = [x for x in newest if x.table_name == "dossiers" and x.action == "update"]
    assert dossier_steps and all({c.field for c in x.changes} == {"status"} for x in dossier_steps)
    assert {x.kind for x in newest} == {"dossiers"} and all(CODE.match(x.record) for x in newest)
    # Desk work only within the recent weeks, each step at the moment its event says, by the event's officer.
    assert scalar(e, "SELECT min(at) FROM audit_log WHERE table_name = 'dossier_events'") >= str(since)
    assert scalar(e, "SELECT count(*) FROM audit_log a JOIN dossier_events v ON v.id = a.row_id "
                     "WHERE a.actor != v.actor OR a.at != v.at") == 0
    assert scalar(e, "SELECT count(*) FROM audit_log a JOIN dossiers d ON d.id = a.row_id "
                     "WHERE a.action = 'print' AND d.channel = 'online'") == 0
    setup = list_audit(ctx, AuditQuery(actor="admin", kind="officers"), limit=100)
    assert {x.action for x in setup} == {"insert", "set_password"}
    assert sum(x.action == "set_password" for x in setup) == len(s.accounts)
