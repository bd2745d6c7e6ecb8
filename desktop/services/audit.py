"""Reading the audit log: who changed which record, when (local time), old → new, filtered and a page at a time."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, literal_column, or_, select
from sqlalchemy.orm import Session

from desktop.domain.cccd import mask_id_number, mask_phone
from desktop.domain.text import fold, name_sort_key, number_text
from desktop.protocol.tables import LOCAL_ONLY, value_from_json
from desktop.services.context import ServiceContext, to_local, to_utc, unit_of_work
from desktop.services.dto import Record
from desktop.store.models import (
    AuditEntry,
    Base,
    Commune,
    CommuneSetting,
    DigitalTeam,
    Dossier,
    DossierEvent,
    Equipment,
    EquipmentEvent,
    Field,
    HolidayOverride,
    Officer,
    Participation,
    PlanTask,
    Procedure,
    Recommendation,
    TeamMember,
    TeamSession,
    TrainingCourse,
    Village,
    VillageOutage,
)
from desktop.store.search import search_condition

# Record kinds an officer filters by, each the tables it covers (the UI translates the kind keys).
KINDS: dict[str, tuple[str, ...]] = {
    "dossiers": ("dossiers", "dossier_events"),
    "training": ("training_courses", "participations"),
    "equipment": ("equipment", "equipment_events"),
    "officers": ("officers",),
    "catalogue": ("fields", "procedures"),
    "commune": ("communes", "commune_settings"),
    "calendar": ("holiday_overrides",),
    "reports": ("report_signoffs",),
    "workbook": ("plan_tasks", "villages", "digital_teams", "team_members", "team_sessions", "village_outages",
                 "recommendations"),
}
_KIND_OF = {table: kind for kind, tables in KINDS.items() for table in tables}
# Bookkeeping every synced row carries: the audit row itself already says when and by whom.
HIDDEN = LOCAL_ONLY | {"id", "commune_code", "created_at", "updated_at", "updated_by", "hlc", "server_version"}
# Personal data is masked in the one-line summary (lists); the full value shows only in the entry's details.
_MASKED: dict[str, Callable[[str], str]] = {"applicant_id_number": mask_id_number, "applicant_phone": mask_phone}
_ROW_ID = re.compile(r"^[0-9a-f-]{6,36}$")
SUMMARY_ITEMS = 6
SUMMARY_VALUE_CHARS = 60


@dataclass(frozen=True)
class AuditQuery:
    actor: str = ""  # the acting account ("" = everyone)
    date_from: date | None = None  # local days, inclusive
    date_to: date | None = None
    kind: str = ""  # a key of KINDS ("" = every kind)
    row_id: str = ""  # one record's history
    search: str = ""  # a record's code, name or id fragment, accents optional


@dataclass(frozen=True)
class AuditChange(Record):
    """One column of the change: typed values (local datetime, date, bool, number, text); a reference to another
    record is replaced by that record's label. `old` is None for an insert."""

    field: str
    old: object
    new: object


@dataclass(frozen=True)
class AuditEntryInfo(Record):
    id: str
    at: datetime  # local time
    actor: str
    actor_name: str  # the officer's full name when the account is known, else ""
    action: str  # insert | update | delete | set_password | remove_password
    table_name: str
    kind: str  # a key of KINDS, "" for a table outside them
    row_id: str
    record: str  # how an officer names the record: a dossier code, a procedure code and name, a person…
    changes: tuple[AuditChange, ...]

    @property
    def summary(self) -> str:
        return summarize(self)


@dataclass(frozen=True)
class AuditActor(Record):
    actor: str
    name: str


def plain_value(_table: str, _field: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)  # as typed: 2, not 2.0
    return str(value)


def summarize(entry: AuditEntryInfo, field_label: Callable[[str, str], str] = lambda _t, f: f,
              value_text: Callable[[str, str, object], str] = plain_value) -> str:
    """One line: "label: old → new; …" for an update, "label: value; …" (empty values left out) for an insert.

    The UI passes its translated labels and value texts; ID and phone numbers are masked whatever the caller.
    """
    def shown(change: AuditChange, value: object) -> str:
        if change.field in _MASKED and isinstance(value, str) and value:
            return _MASKED[change.field](value)
        text = " ".join(value_text(entry.table_name, change.field, value).split())
        return text if len(text) <= SUMMARY_VALUE_CHARS else text[:SUMMARY_VALUE_CHARS - 1] + "…"

    items = []
    for change in entry.changes:
        label = field_label(entry.table_name, change.field)
        if entry.action == "insert" or entry.action in SHOWN_ACTIONS:
            if change.new not in (None, ""):
                items.append(f"{label}: {shown(change, change.new)}")
        else:
            items.append(f"{label}: {shown(change, change.old)} → {shown(change, change.new)}")
    more = len(items) > SUMMARY_ITEMS
    return "; ".join(items[:SUMMARY_ITEMS]) + ("; …" if more else "")


# -- reading ------------------------------------------------------------------------------------------------------

def _day_start(day: date) -> datetime:
    return to_utc(datetime.combine(day, time.min))


def _terms_in(texts: Iterable[str], terms: list[str]) -> bool:
    folded = fold(" ".join(t for t in texts if t))
    return all(t in folded for t in terms)


def _matching_records(session: Session, text: str) -> ColumnElement[bool]:
    """Audit rows about records whose code, name or id holds the searched text (accents optional)."""
    folded = fold(text)
    terms = folded.split()
    raw = text.strip().lower()
    parts: list[ColumnElement[bool]] = []
    if _ROW_ID.match(raw):
        parts.append(AuditEntry.row_id.startswith(raw, autoescape=True))
    if not terms:
        return or_(false(), *parts)
    dossiers = select(Dossier.id).where(search_condition("dossiers", Dossier.search_text, folded))
    devices = select(Equipment.id).where(search_condition("equipment", Equipment.search_text, folded))
    parts += [
        AuditEntry.row_id.in_(dossiers),
        AuditEntry.row_id.in_(select(DossierEvent.id).where(DossierEvent.dossier_id.in_(dossiers))),
        AuditEntry.row_id.in_(devices),
        AuditEntry.row_id.in_(select(EquipmentEvent.id).where(EquipmentEvent.equipment_id.in_(devices))),
        AuditEntry.row_id.in_(select(Participation.id).where(
            search_condition("participations", Participation.search_text, folded))),
        AuditEntry.row_id.in_(select(Procedure.id).where(
            and_(*[Procedure.search_text.contains(t, autoescape=True) for t in terms]))),
        AuditEntry.row_id.in_(select(Officer.id).where(
            and_(*[Officer.search_text.contains(t, autoescape=True) for t in terms]))),
    ]
    # Small tables without a folded search column: fold them here.
    small = [
        (Field, lambda r: (r.code, r.name)), (Commune, lambda r: (r.code, r.name)),
        (TrainingCourse, lambda r: (r.topic, r.organiser)),
        (HolidayOverride, lambda r: (r.day.strftime("%d/%m/%Y"), r.note)),
    ]
    ids = [row.id for model, texts in small for row in session.scalars(select(model)) if _terms_in(texts(row), terms)]
    if ids:
        parts.append(AuditEntry.row_id.in_(ids))
    return or_(*parts)


def _filtered(session: Session, q: AuditQuery) -> Select:
    stmt = select(AuditEntry)
    if q.actor:
        stmt = stmt.where(AuditEntry.actor == q.actor)
    if q.date_from:
        stmt = stmt.where(AuditEntry.at >= _day_start(q.date_from))
    if q.date_to:
        stmt = stmt.where(AuditEntry.at < _day_start(q.date_to + timedelta(days=1)))
    if q.kind:
        stmt = stmt.where(AuditEntry.table_name.in_(KINDS.get(q.kind, ())))
    if q.row_id:
        stmt = stmt.where(AuditEntry.row_id == q.row_id)
    if q.search.strip():
        stmt = stmt.where(_matching_records(session, q.search))
    return stmt


def list_audit(ctx: ServiceContext, q: AuditQuery, offset: int = 0, limit: int = 200) -> list[AuditEntryInfo]:
    """The entries matching `q`, newest first (entries of one moment in the order they were written, newest first)."""
    with ctx.db.session() as session:
        stmt = (_filtered(session, q).order_by(AuditEntry.at.desc(), literal_column("audit_log.rowid").desc())
                .offset(offset).limit(limit))
        rows = list(session.scalars(stmt))
        return _infos(session, rows)


def count_audit(ctx: ServiceContext, q: AuditQuery) -> int:
    with ctx.db.session() as session:
        stmt = _filtered(session, q).with_only_columns(func.count(AuditEntry.id)).order_by(None)
        return int(session.execute(stmt).scalar_one())


def audit_actors(ctx: ServiceContext) -> list[AuditActor]:
    """Every account that has written to the log, with its officer's name, sorted by given name."""
    with ctx.db.session() as session:
        actors = list(session.scalars(select(AuditEntry.actor).distinct()))
        names = _actor_names(session, actors)
    found = [AuditActor(a, names.get(a, "")) for a in actors]
    return sorted(found, key=lambda a: (a.name == "", name_sort_key(a.name or a.actor)))


# -- turning rows into infos ----------------------------------------------------------------------------------------

def _actor_names(session: Session, actors: Iterable[str]) -> dict[str, str]:
    wanted = set(actors)
    if not wanted:
        return {}
    # The keys the papers know a person by too (form_data._names): account, officer id, e-mail handle (the actor the
    # demo and imports record for an officer without an account). A commune has tens of officers: read them all.
    names: dict[str, str] = {}
    for username, officer_id, email, full_name in session.execute(
            select(Officer.username, Officer.id, Officer.email, Officer.full_name)):
        for key in (username, officer_id, (email or "").split("@", 1)[0]):
            if key and key in wanted:
                names.setdefault(key, full_name)
    return names


def _procedure_label(code: str, name: str) -> str:
    return f"{code} – {name}"


# table → how to read the labels of some of its rows: (select of id and label parts, how to join the parts)
_LABELS: dict[str, tuple[Callable[[list[str]], Select], Callable[..., str]]] = {
    "dossiers": (lambda ids: select(Dossier.id, Dossier.code).where(Dossier.id.in_(ids)), str),
    "dossier_events": (lambda ids: select(DossierEvent.id, Dossier.code).join(
        Dossier, DossierEvent.dossier_id == Dossier.id).where(DossierEvent.id.in_(ids)), str),
    "procedures": (lambda ids: select(Procedure.id, Procedure.code, Procedure.name).where(Procedure.id.in_(ids)),
                   _procedure_label),
    "fields": (lambda ids: select(Field.id, Field.name).where(Field.id.in_(ids)), str),
    "officers": (lambda ids: select(Officer.id, Officer.full_name).where(Officer.id.in_(ids)), str),
    "equipment": (lambda ids: select(Equipment.id, Equipment.asset_tag).where(Equipment.id.in_(ids)), str),
    "equipment_events": (lambda ids: select(EquipmentEvent.id, Equipment.asset_tag).join(
        Equipment, EquipmentEvent.equipment_id == Equipment.id).where(EquipmentEvent.id.in_(ids)), str),
    "training_courses": (lambda ids: select(TrainingCourse.id, TrainingCourse.topic)
                         .where(TrainingCourse.id.in_(ids)), str),
    "participations": (lambda ids: select(Participation.id, Participation.person_name)
                       .where(Participation.id.in_(ids)), str),
    "communes": (lambda ids: select(Commune.id, Commune.name).where(Commune.id.in_(ids)), str),
    "commune_settings": (lambda ids: select(CommuneSetting.id, CommuneSetting.key)
                         .where(CommuneSetting.id.in_(ids)), str),
    "holiday_overrides": (lambda ids: select(HolidayOverride.id, HolidayOverride.day)
                          .where(HolidayOverride.id.in_(ids)), lambda day: day.strftime("%d/%m/%Y")),
    "plan_tasks": (lambda ids: select(PlanTask.id, PlanTask.code, PlanTask.title).where(PlanTask.id.in_(ids)),
                   _procedure_label),
    "villages": (lambda ids: select(Village.id, Village.name).where(Village.id.in_(ids)), str),
    "digital_teams": (lambda ids: select(DigitalTeam.id, Village.name).join(
        Village, DigitalTeam.village_id == Village.id).where(DigitalTeam.id.in_(ids)), str),
    "team_members": (lambda ids: select(TeamMember.id, TeamMember.name).where(TeamMember.id.in_(ids)), str),
    "team_sessions": (lambda ids: select(TeamSession.id, Village.name, TeamSession.held_on).join(
        DigitalTeam, TeamSession.team_id == DigitalTeam.id).join(Village, DigitalTeam.village_id == Village.id)
        .where(TeamSession.id.in_(ids)), lambda name, day: f"{name} {day:%d/%m/%Y}"),
    "village_outages": (lambda ids: select(VillageOutage.id, Village.name).join(
        Village, VillageOutage.village_id == Village.id).where(VillageOutage.id.in_(ids)), str),
    "recommendations": (lambda ids: select(Recommendation.id, Recommendation.subject)
                        .where(Recommendation.id.in_(ids)), str),
}


def _labels(session: Session, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        reader = _LABELS.get(table)
        if reader is None or not ids:
            continue
        query, join = reader
        for row_id, *parts in session.execute(query(sorted(ids))):
            found[(table, row_id)] = join(*parts)
    return found


def _column(table: str, field: str) -> Any:  # a SQLAlchemy column, or None
    t = Base.metadata.tables.get(table)
    return t.c.get(field) if t is not None else None


def _referred(table: str, field: str) -> str | None:
    column = _column(table, field)
    if column is None or not column.foreign_keys:
        return None
    return next(iter(column.foreign_keys)).column.table.name


def _typed(table: str, field: str, value: object) -> object:
    """A stored JSON value back as what it means (the protocol's typing of its column): UTC datetimes as local
    time, ISO dates as dates, a float column's value as a float; a value that does not parse stays as it was.
    How a number reads is the display's business (`plain_value`, the page's `value_text`), not the type's."""
    if value is None or value == "":
        return value
    typed = value_from_json(table, field, value)
    return to_local(typed) if isinstance(typed, datetime) else typed


def _raw_changes(entry: AuditEntry) -> list[tuple[str, object, object]]:
    changes = entry.changes or {}
    pairs: list[tuple[str, object, object]]
    if entry.action == "insert":  # a new row is never already deleted: leave that column out
        pairs = [(k, None, v) for k, v in (changes.get("new") or {}).items() if k != "deleted_at" or v]
    elif entry.action == "update":
        old = changes.get("old") or {}
        pairs = [(k, old.get(k), v) for k, v in (changes.get("new") or {}).items()]
    else:
        pairs = [(k, None, v) for k, v in changes.items() if not isinstance(v, dict)]
    table = Base.metadata.tables.get(entry.table_name)
    order = {name: i for i, name in enumerate(table.c.keys())} if table is not None else {}
    pairs = [p for p in pairs if p[0] not in HIDDEN]
    if entry.action in SHOWN_ACTIONS:  # what a paper showed, in the order it was written down: the paper first
        return pairs
    return sorted(pairs, key=lambda p: (order.get(p[0], len(order)), p[0]))


def _infos(session: Session, rows: list[AuditEntry]) -> list[AuditEntryInfo]:
    raw = {row.id: _raw_changes(row) for row in rows}
    wanted: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        wanted[row.table_name].add(row.row_id)
        for field, old, new in raw[row.id]:
            target = _referred(row.table_name, field)
            if target is not None:
                wanted[target].update(v for v in (old, new) if isinstance(v, str) and v)
    labels = _labels(session, wanted)
    names = _actor_names(session, {row.actor for row in rows})

    def value(table: str, field: str, v: object) -> object:
        target = _referred(table, field)
        if target is not None and isinstance(v, str):
            return labels.get((target, v), v)
        return _typed(table, field, v)

    return [AuditEntryInfo(
        id=row.id, at=to_local(row.at), actor=row.actor, actor_name=names.get(row.actor, ""), action=row.action,
        table_name=row.table_name, kind=_KIND_OF.get(row.table_name, ""), row_id=row.row_id,
        record=labels.get((row.table_name, row.row_id), ""),
        changes=tuple(AuditChange(f, value(row.table_name, f, o) if o is not None else None,
                                  value(row.table_name, f, n)) for f, o, n in raw[row.id]),
    ) for row in rows]



# -- writing: what was shown or handed out ---------------------------------------------------------------------------

# DOMAIN §6: printing, previewing or exporting a paper with full ID numbers or phones is logged (who, what, when),
# and so is opening a dossier's own window, the one screen that shows them in full ("view").
SHOWN_ACTIONS = ("print", "preview", "export", "view")
SHOWN_CODES = 50  # a list's audit row names its first dossiers; the count says how many there were


def record_shown(ctx: ServiceContext, action: str, paper: str, *, dossier_id: str = "",
                 codes: tuple[str, ...] = (), **detail: object) -> None:
    """One audit row (its own transaction): `ctx.actor` printed, previewed, exported or viewed `paper` (receipt,
    supplement, …, book, a list, a dossier's detail), about one dossier (its id as the row) or a list of them (their
    codes)."""
    if action not in SHOWN_ACTIONS:
        raise ValueError(f"not a way of showing a paper: {action!r}")
    changes: dict[str, object] = {"paper": paper, **detail}
    if codes:
        changes["dossiers"] = len(codes)
        changes["codes"] = ", ".join(codes[:SHOWN_CODES]) + (", …" if len(codes) > SHOWN_CODES else "")
    with unit_of_work(ctx) as uow:
        uow.session.add(AuditEntry(commune_code=uow.commune_code, at=ctx.now(), actor=ctx.actor, action=action,
                                   table_name=Dossier.__tablename__, row_id=dossier_id, changes=changes))
