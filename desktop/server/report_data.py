"""Reads what the province reports need out of the server's generic row store, as plain typed records.

Rows are the JSON the desktops pushed (their synced columns). Only the few columns a report uses are extracted in SQL
(JSON_EXTRACT on SQLite, ->> on PostgreSQL), dossiers are narrowed to a superset of the period's scope by their ISO
date prefix, and every value is then read defensively: a row a broken client pushed is skipped, never a crash.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select, text
from sqlalchemy.orm import Session

from desktop.domain.form06 import Form06Row, row_from_dict
from desktop.domain.form06_rules import DossierFacts
from desktop.domain.localtime import to_local  # noqa: F401 - the server's modules read it here
from desktop.protocol.extracted import as_bool, as_day, as_float, as_instant, as_int, as_text
from desktop.server.models import Commune, Device, SyncedRow

_CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class CommuneRef:
    code: str
    name: str
    province_code: str
    last_sync_at: datetime | None  # the newest push or pull of any of its devices (UTC)


@dataclass(frozen=True)
class DossierRecord:
    """One live dossier: whose, of which procedure, and the facts Biểu 06a counts it by."""

    commune_code: str
    procedure_id: str | None
    facts: DossierFacts


def _live(table: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return SyncedRow.table_name == table, SyncedRow.deleted_at.is_(None)


def _col(name: str) -> ColumnElement:
    return SyncedRow.data[name].as_string()


def communes(session: Session) -> list[CommuneRef]:
    seen = dict(session.execute(select(Device.commune_code, func.max(Device.last_seen_at))
                                .group_by(Device.commune_code)).all())
    return [CommuneRef(c.code, c.name, c.province_code, seen.get(c.code))
            for c in session.scalars(select(Commune).order_by(Commune.code))]


def province_names(session: Session) -> list[str]:
    """The province names the desktops' own commune rows carry (one per commune that pushed its profile)."""
    rows = session.scalars(select(_col("province_name")).where(*_live("communes")))
    return [name.strip() for name in rows if isinstance(name, str) and name.strip()]


def fields(session: Session) -> dict[str, tuple[str, str]]:
    """Field row id → (code, name); every commune has its own rows of the catalogue."""
    rows = session.execute(select(SyncedRow.row_id, _col("code"), _col("name")).where(SyncedRow.table_name == "fields"))
    return {rid: (as_text(code) or "", as_text(name) or "") for rid, code, name in rows}


def procedures(session: Session) -> dict[str, tuple[str | None, str | None]]:
    """Procedure row id → (field row id, online level). Removed ones too: their dossiers still count."""
    rows = session.execute(select(SyncedRow.row_id, _col("field_id"), _col("online_level"))
                           .where(SyncedRow.table_name == "procedures"))
    return {rid: (as_text(field), as_text(level)) for rid, field, level in rows}


_DOSSIER_COLUMNS = ("procedure_id", "channel", "boundary_free", "received_at", "due_date", "status", "finished_at",
                    "closed_at", "settled_at", "paused_at", "outcome", "payment_paused_on", "forwarded_to")
# PostgreSQL re-parses a `json` value at every ->>; json_to_record parses each row once (half the time on a year of
# a province's dossiers). Real, indexed columns for the dates would be the next step (a server migration).
_PG_DOSSIERS = text(f"""
SELECT s.commune_code, {", ".join(f"x.{c}" for c in _DOSSIER_COLUMNS)}
FROM synced_rows s, json_to_record(s.data) AS x({", ".join(f"{c} text" for c in _DOSSIER_COLUMNS)})
WHERE s.table_name = 'dossiers' AND s.deleted_at IS NULL AND x.received_at < :stop_key
  AND (x.received_at >= :start_key OR x.settled_at >= :start_key OR x.settled_at IS NULL)
""")


def dossiers(session: Session, lo: datetime, hi: datetime, online_full: frozenset[str] = frozenset()
             ) -> Iterator[DossierRecord]:
    """Live dossiers that may be in the scope of [lo, hi): received before it ends, and received in it or not
    settled before it began. A superset by date prefix (any ISO spelling); the counting decides exactly.
    `online_full` holds the ids of the fully online procedures."""
    start_key, stop_key = lo.date().isoformat(), (hi.date() + timedelta(days=1)).isoformat()
    received, settled = _col("received_at"), _col("settled_at")
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(_PG_DOSSIERS.execution_options(yield_per=5000),
                               {"start_key": start_key, "stop_key": stop_key})
    else:
        rows = session.execute(select(SyncedRow.commune_code, *(_col(c) for c in _DOSSIER_COLUMNS))
                               .where(*_live("dossiers"), received < stop_key,
                                      or_(received >= start_key, settled >= start_key, settled.is_(None)))
                               .execution_options(yield_per=5000))
    for row in rows:
        code, proc, channel, free, got, due, status, finished, closed, settled_at, paused, outcome, \
            payment_paused, forwarded_to = row
        proc_id = as_text(proc)
        yield DossierRecord(code, proc_id, DossierFacts(
            received_at=as_instant(got), channel=as_text(channel), status=as_int(status), due_date=as_day(due),
            finished_at=as_instant(finished), closed_at=as_instant(closed), settled_at=as_instant(settled_at),
            paused_at=as_instant(paused), outcome=as_text(outcome), boundary_free=as_bool(free),
            online_full=proc_id in online_full, payment_paused_on=as_day(payment_paused),
            forwarded=bool(as_text(forwarded_to))))


@dataclass(frozen=True)
class CourseFacts:
    id: str
    commune_code: str
    start_date: date


@dataclass(frozen=True)
class ParticipationFacts:
    course_id: str
    present: bool  # every result but "absent"
    hours: float
    certificate: bool


def courses(session: Session, start: date, end: date) -> list[CourseFacts]:
    """Live courses starting in [start, end]: a course counts in the period it starts, as on the desktop."""
    begins = _col("start_date")
    rows = session.execute(select(SyncedRow.row_id, SyncedRow.commune_code, begins)
                           .where(*_live("training_courses"), begins >= start.isoformat(),
                                  begins < (end + timedelta(days=1)).isoformat()))
    found = [CourseFacts(rid, code, day) for rid, code, raw in rows if (day := as_day(raw)) is not None]
    return [c for c in found if start <= c.start_date <= end]


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def participations(session: Session, course_ids: list[str]) -> list[ParticipationFacts]:
    course = _col("course_id")
    out: list[ParticipationFacts] = []
    for ids in _chunks(sorted(course_ids)):
        rows = session.execute(select(course, _col("result"), _col("hours_attended"), _col("certificate_no"),
                                      _col("certificate_date"), _col("certificate_expiry"))
                               .where(*_live("participations"), course.in_(ids)))
        for cid, result, hours, number, issued, expiry in rows:
            # NULL <> 'absent' is not true in SQL: a participation without a result is not counted present.
            present = isinstance(result, str) and result != "absent"
            out.append(ParticipationFacts(str(cid), present, as_float(hours), bool(number or issued or expiry)))
    return out


@dataclass(frozen=True)
class EquipmentFacts:
    id: str
    commune_code: str
    kind: str
    status: str
    acquired_on: date | None


def equipment(session: Session) -> list[EquipmentFacts]:
    rows = session.execute(select(SyncedRow.row_id, SyncedRow.commune_code, _col("kind"), _col("status"),
                                  _col("acquired_on")).where(*_live("equipment")))
    return [EquipmentFacts(rid, code, as_text(kind) or "", as_text(status) or "", as_day(acquired))
            for rid, code, kind, status, acquired in rows]


@dataclass(frozen=True)
class OutageFacts:
    commune_code: str
    equipment_id: str
    started: datetime
    ended: datetime | None


def outages(session: Session, lo: datetime, hi: datetime) -> list[OutageFacts]:
    """Live outage events that overlap [lo, hi) (still open ones too)."""
    at = _col("at")
    rows = session.execute(select(SyncedRow.commune_code, _col("equipment_id"), at, _col("ended_at"))
                           .where(*_live("equipment_events"), _col("kind") == "outage",
                                  at < (hi.date() + timedelta(days=1)).isoformat()))
    out = []
    for code, equipment_id, began_raw, ended_raw in rows:
        began, ended = as_instant(began_raw), as_instant(ended_raw)
        if began is not None and began < hi and (ended is None or ended >= lo):
            out.append(OutageFacts(code, as_text(equipment_id) or "", began, ended))
    return out


@dataclass(frozen=True)
class ClosedFigures:
    """A commune's form II.06a as it closed a period (its sign-off row): rows by field and the total."""

    commune_code: str
    rows: tuple[Form06Row, ...]
    total: Form06Row


def _form06(raw: object) -> Form06Row | None:
    if not isinstance(raw, dict):
        return None
    try:
        return row_from_dict(raw)
    except TypeError:
        return None


def closed_figures(session: Session, kind: str, period_key: str) -> dict[str, ClosedFigures]:
    """The communes that closed this period (desktop schema 0006), with the figures they closed: a malformed row
    is skipped, so that commune is counted from its dossiers instead."""
    found: dict[str, ClosedFigures] = {}
    rows = session.execute(select(SyncedRow.commune_code, _col("kind"), _col("period_key"), _col("state"),
                                  _col("figures")).where(*_live("report_signoffs")))
    for code, k, key, state, figures in rows:
        if (as_text(k), as_text(key), as_text(state)) != (kind, period_key, "signed"):
            continue
        try:
            raw = json.loads(as_text(figures) or "")
        except ValueError:
            continue
        if not isinstance(raw, dict):
            continue
        total = _form06(raw.get("total"))
        lines = [_form06(r) for r in raw.get("rows") or [] if isinstance(raw.get("rows"), list)]
        if total is not None and all(r is not None for r in lines):
            found[code] = ClosedFigures(code, tuple(r for r in lines if r is not None), total)
    return found
