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
    procedure: ProcedureInfo
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


@dataclass(frozen=True)
class ProcedureFacts:
    commune_code: str
    code: str
    field_id: str | None
    online_level: str | None
    live: bool
    hlc: str

    @property
    def rank(self) -> tuple[bool, str]:
        """Which of two copies of one code a commune holds (two PCs made it before they synced): the live one, then
        the newer, as the desktops' merge converges to."""
        return self.live, self.hlc


def procedures(session: Session) -> dict[str, ProcedureFacts]:
    """Procedure row id → its facts. Removed ones too: their dossiers still count."""
    rows = session.execute(select(SyncedRow.row_id, SyncedRow.commune_code, SyncedRow.deleted_at, SyncedRow.hlc,
                                  _col("code"), _col("field_id"), _col("online_level"))
                           .where(SyncedRow.table_name == "procedures"))
    return {rid: ProcedureFacts(commune, as_text(code) or "", as_text(field), as_text(level), deleted is None, hlc)
            for rid, commune, deleted, hlc, code, field, level in rows}


UNKNOWN_FIELD = ("", "Chưa xác định lĩnh vực")


@dataclass(frozen=True)
class ProcedureInfo:
    """What the province counts a dossier's procedure by: its field (code, name) and whether it is fully online."""

    field: tuple[str, str]
    online_full: bool


class Catalogue:
    """Each commune's own catalogue, by procedure code.

    A dossier names its procedure by row id, and row ids are not the same across communes nor across time: before
    desktop schema 0009 a catalogue procedure had one id in every commune (held on the server by whichever commune
    pushed it first), since then each commune has its own. A dossier therefore counts by its procedure's code as
    its own commune holds that procedure now (the desktop's own count does the same), falling back to the row the
    id names when the commune has no row of that code; a procedure or field the server has not seen counts under
    "field not known"."""

    def __init__(self, session: Session) -> None:
        self._by_id = procedures(session)
        self._fields = fields(session)
        own: dict[tuple[str, str], ProcedureFacts] = {}
        for p in self._by_id.values():
            key = (p.commune_code, p.code)
            if p.code and (key not in own or p.rank > own[key].rank):
                own[key] = p
        self._own = own
        self._seen: dict[tuple[str, str | None], ProcedureInfo] = {}

    def of(self, commune_code: str, procedure_id: str | None) -> ProcedureInfo:
        key = (commune_code, procedure_id)
        found = self._seen.get(key)
        if found is None:
            named = self._by_id.get(procedure_id or "")
            proc = (self._own.get((commune_code, named.code)) or named) if named is not None else None
            field = self._fields.get(proc.field_id or "") if proc is not None else None
            found = self._seen[key] = ProcedureInfo(field or UNKNOWN_FIELD,
                                                    proc is not None and proc.online_level == "full")
        return found


_DOSSIER_COLUMNS = ("procedure_id", "channel", "boundary_free", "received_at", "due_date", "status", "finished_at",
                    "closed_at", "settled_at", "paused_at", "outcome", "payment_paused_on", "forwarded_to")
# A period's dossiers, in three disjoint parts each found by an index of server migration 0003 (whose expressions
# these are, word for word): received in the period; received before it and settled in or after it; received before
# it and never settled. json_to_record then parses each row found once (a `json` value is re-parsed at every ->>).
_PG_PARTS = ("d.data->>'received_at' >= :start_key AND d.data->>'received_at' < :stop_key",
             "d.data->>'received_at' < :start_key AND d.data->>'settled_at' >= :start_key",
             "d.data->>'received_at' < :start_key AND d.data->>'settled_at' IS NULL")
_PG_FOUND = " UNION ALL ".join(
    f"SELECT d.commune_code, d.data FROM synced_rows d WHERE d.table_name = 'dossiers' AND d.deleted_at IS NULL "
    f"AND {part}" for part in _PG_PARTS)
_PG_DOSSIERS = text(f"""
SELECT s.commune_code, {", ".join(f"x.{c}" for c in _DOSSIER_COLUMNS)}
FROM ({_PG_FOUND}) s, json_to_record(s.data) AS x({", ".join(f"{c} text" for c in _DOSSIER_COLUMNS)})
""")


def dossiers(session: Session, lo: datetime, hi: datetime, catalogue: Catalogue) -> Iterator[DossierRecord]:
    """Live dossiers that may be in the scope of [lo, hi): received before it ends, and received in it or not
    settled before it began. A superset by date prefix (any ISO spelling); the counting decides exactly."""
    start_key, stop_key = lo.date().isoformat(), (hi.date() + timedelta(days=1)).isoformat()
    received, settled = _col("received_at"), _col("settled_at")
    if session.get_bind().dialect.name == "postgresql":
        # An index-driven read of a few ten thousand rows: compiling it (JIT, on a large estimated cost) took longer
        # than running it.
        session.execute(text("SET LOCAL jit = off"))
        # One period's dossiers (tens of thousands of short rows) in one answer: a server-side cursor would cost a
        # round trip per batch and keep PostgreSQL from reading in parallel.
        rows = session.execute(_PG_DOSSIERS, {"start_key": start_key, "stop_key": stop_key})
    else:
        rows = session.execute(select(SyncedRow.commune_code, *(_col(c) for c in _DOSSIER_COLUMNS))
                               .where(*_live("dossiers"), received < stop_key,
                                      or_(received >= start_key, settled >= start_key, settled.is_(None)))
                               .execution_options(yield_per=5000))
    for row in rows:
        code, proc, channel, free, got, due, status, finished, closed, settled_at, paused, outcome, \
            payment_paused, forwarded_to = row
        proc_id = as_text(proc)
        info = catalogue.of(code, proc_id)
        yield DossierRecord(code, info, DossierFacts(
            received_at=as_instant(got), channel=as_text(channel), status=as_int(status), due_date=as_day(due),
            finished_at=as_instant(finished), closed_at=as_instant(closed), settled_at=as_instant(settled_at),
            paused_at=as_instant(paused), outcome=as_text(outcome), boundary_free=as_bool(free),
            online_full=info.online_full, payment_paused_on=as_day(payment_paused),
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
