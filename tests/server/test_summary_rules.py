"""The province summary counts pushed dossiers exactly as `desktop.domain.form06_rules` does, on SQLite and PostgreSQL.

Rows go straight into the server's row store as the JSON a desktop (or a broken client) pushes, with NULLs in any
column, ISO timestamps spelled in several ways, and instants on every edge of the period; the summary's SQL prefilter
must never drop a dossier the rules count, and its parsing must give the rules the very facts that were written.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from form06_cases import END, FIELDS, START, TODAYS, Case, cases, edge_grid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, insert

from desktop.domain import form06_rules as rules
from desktop.domain.form06 import COUNTS, form06_row
from desktop.domain.localtime import LOCAL_TZ
from desktop.server import admin, summary
from desktop.server.models import SyncedRow

NOW = datetime(2026, 12, 5, 3, 0)
SETTINGS = settings(max_examples=30, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def commune(engine: Engine) -> str:
    code = "R" + uuid.uuid4().hex[:7].upper()
    admin.add_commune(engine, code, f"Xã {code}", "22", NOW)
    return code


def spell(moment: datetime | None, how: int) -> str | None:
    """The instant as a desktop writes it (ISO, naive UTC), with a space, or as local time with its offset."""
    if moment is None:
        return None
    if how == 1:
        return moment.isoformat(sep=" ")
    if how == 2:
        return moment.replace(tzinfo=UTC).astimezone(LOCAL_TZ).isoformat()
    return moment.isoformat()


def _store(engine: Engine, code: str, found: list[Case]) -> None:
    rows: list[dict] = []

    def row(table: str, row_id: str, data: dict, deleted: bool = False) -> None:
        rows.append({"table_name": table, "row_id": row_id, "commune_code": code, "server_version": len(rows) + 1,
                     "fields": {}, "data": data, "hlc": "", "deleted_at": "2026-12-01T00:00:00" if deleted else None,
                     "updated_at": NOW})

    procs = {}
    for level, (fcode, fname) in FIELDS.items():
        fid, pid = str(uuid.uuid4()), str(uuid.uuid4())
        row("fields", fid, {"code": fcode, "name": fname})
        row("procedures", pid, {"field_id": fid, "online_level": level})
        procs[level] = pid
    for i, case in enumerate(found):
        f = case.facts
        row("dossiers", str(uuid.uuid4()), {
            "procedure_id": procs[case.level], "channel": f.channel, "boundary_free": f.boundary_free,
            "received_at": spell(f.received_at, i % 3), "due_date": f.due_date.isoformat() if f.due_date else None,
            "status": f.status, "finished_at": spell(f.finished_at, (i + 1) % 3),
            "closed_at": spell(f.closed_at, i % 2), "settled_at": spell(f.settled_at, (i + 2) % 3),
            "paused_at": spell(f.paused_at, i % 3), "outcome": f.outcome,
            "payment_paused_on": f.payment_paused_on.isoformat() if f.payment_paused_on else None,
            # Rows of a desktop before schema 0007 have no forwarded_to at all: a missing key is "not forwarded".
            **({"forwarded_to": "UBND phường Hạ Long"} if f.forwarded else {} if i % 2 else {"forwarded_to": ""})},
            deleted=f.deleted)
    with engine.begin() as conn:
        conn.execute(delete(SyncedRow).where(SyncedRow.commune_code == code))
        conn.execute(insert(SyncedRow), rows)


def _check(engine: Engine, code: str, found: list[Case], today: date) -> None:
    _store(engine, code, found)
    got = next(c for c in summary.province_summary(engine, START, END, today, NOW).communes if c.code == code)
    w = rules.Window.of(START, END, today)
    want: dict[str, Counter] = {}
    for case in found:
        keys = rules.form06_columns(case.facts, w)
        if keys:
            want.setdefault(FIELDS[case.level][0], Counter()).update(keys)

    def counts(row: object) -> dict[str, int]:
        return {k: getattr(row, k) for k in COUNTS}
    assert {r.field_code: counts(r) for r in got.by_field} == \
        {fcode: counts(form06_row("", fcode, c)) for fcode, c in want.items()}
    assert counts(got.dossiers) == counts(form06_row("", "", sum(want.values(), Counter())))


@given(found=st.lists(cases(nullable=True), min_size=1, max_size=30), today=st.sampled_from(TODAYS))
@SETTINGS
def test_summary_equals_the_domain_rules(engine: Engine, commune: str, found: list[Case], today: date) -> None:
    _check(engine, commune, found, today)


@pytest.mark.parametrize("today", TODAYS[1:3])
def test_summary_on_every_edge(engine: Engine, commune: str, today: date) -> None:
    _check(engine, commune, edge_grid(today), today)


def test_a_period_bound_is_local_midnight() -> None:
    w = rules.Window.of(START, END, date(2026, 12, 5))
    assert (w.lo, w.hi, w.as_of) == (datetime(2026, 10, 31, 17), datetime(2026, 11, 30, 17), END)
    assert w.hi - w.lo == timedelta(days=30)
