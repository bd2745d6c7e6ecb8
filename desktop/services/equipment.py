"""The equipment list: devices and links, their status, and the append-only history of what happened to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.domain.certificates import certificate_state
from desktop.domain.equipment import is_old
from desktop.domain.equipment_kinds import EVENT_KINDS, KINDS, STATUSES
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold, nfc
from desktop.services.context import ServiceContext, to_local, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError, required
from desktop.store.models import Equipment, EquipmentEvent
from desktop.store.search import search_condition

_TAG = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,63}$")


@dataclass(frozen=True)
class EquipmentInfo(Record):
    id: str
    asset_tag: str
    kind: str
    kind_label: str
    model: str
    serial: str
    location: str
    acquired_on: date | None
    assigned_to: str
    status: str
    status_label: str
    certificate_expiry: date | None
    note: str
    age_years: float | None
    old: bool  # more than five years since it was acquired
    token_state: str  # none | valid | expiring | expired (signature tokens' certificates)
    open_outage: bool


@dataclass(frozen=True)
class EquipmentEventInfo(Record):
    id: str
    equipment_id: str
    asset_tag: str
    kind: str
    kind_label: str
    at: datetime  # local time
    ended_at: datetime | None  # local time; None on an outage still going on
    from_status: str | None
    to_status: str | None
    cost: int  # VND
    actor: str
    note: str


def _info(e: Equipment, today: date, open_outage: bool = False) -> EquipmentInfo:
    age = round((today - e.acquired_on).days / 365.25, 2) if e.acquired_on else None
    old = is_old(e.acquired_on, today)
    return EquipmentInfo(e.id, e.asset_tag, e.kind, KINDS.get(e.kind, e.kind), e.model, e.serial, e.location,
                         e.acquired_on, e.assigned_to, e.status, STATUSES.get(e.status, e.status),
                         e.certificate_expiry, e.note, age, old,
                         certificate_state(e.certificate_expiry, today, held=False), open_outage)


def _event_info(ev: EquipmentEvent, asset_tag: str) -> EquipmentEventInfo:
    return EquipmentEventInfo(ev.id, ev.equipment_id, asset_tag, ev.kind, EVENT_KINDS.get(ev.kind, ev.kind),
                              to_local(ev.at), to_local(ev.ended_at) if ev.ended_at else None, ev.from_status,
                              ev.to_status, ev.cost, ev.actor, ev.note)


def check_asset_tag(value: str | None) -> str:
    tag = required(value, "asset_tag", Phrase("label.asset_tag")).upper()
    if not _TAG.match(tag):
        raise ValidationError("asset_tag.invalid", field="asset_tag")
    return tag


def _choice(value: object, options: dict[str, str], field: str, label: Phrase) -> str:
    if value not in options:
        raise ValidationError(f"{field}.invalid#choice", field=field, label=label)
    return str(value)


def check_device(v: dict[str, object], today: date) -> None:
    """Validate and clean a device's full set of values in place."""
    v["kind"] = _choice(v["kind"], KINDS, "kind", Phrase("label.kind_equipment"))
    v["status"] = _choice(v["status"], STATUSES, "status", Phrase("label.status"))
    for key in ("model", "serial", "location", "assigned_to", "note"):
        v[key] = nfc(str(v[key] or "").strip())
    for key in ("acquired_on", "certificate_expiry"):
        if v[key] is not None and type(v[key]) is not date:
            raise ValidationError(f"{key}.invalid#check", field=key)
    if v["acquired_on"] is not None and v["acquired_on"] > today:  # type: ignore[operator]
        raise ValidationError("acquired_on.future", field="acquired_on")
    if v["certificate_expiry"] is not None and v["kind"] != "signature_token":
        raise ValidationError("certificate_expiry.not_token", field="certificate_expiry")


def _load(session: Session, asset_tag: str, removed_too: bool = False) -> Equipment:
    e = session.scalar(select(Equipment).where(Equipment.asset_tag == (asset_tag or "").strip().upper()))
    if e is None or (e.deleted_at is not None and not removed_too):
        raise NotFoundError("asset_tag", asset_tag)
    return e


def _tag_free(session: Session, tag: str, own_id: str | None = None) -> None:
    # The column is unique over removed devices too, so a removed device's tag stays taken.
    clash = session.scalar(select(Equipment).where(Equipment.asset_tag == tag))
    if clash is not None and clash.id != own_id:
        key = "asset_tag.duplicate#removed" if clash.deleted_at else "asset_tag.duplicate"
        raise ValidationError(key, field="asset_tag", tag=tag)


def add_equipment(ctx: ServiceContext, asset_tag: str, kind: str, *, model: str = "", serial: str = "",
                  location: str = "", acquired_on: date | None = None, assigned_to: str = "", status: str = "in_use",
                  certificate_expiry: date | None = None, note: str = "") -> EquipmentInfo:
    v: dict[str, object] = {"asset_tag": check_asset_tag(asset_tag), "kind": kind, "model": model, "serial": serial,
                            "location": location, "acquired_on": acquired_on, "assigned_to": assigned_to,
                            "status": status, "certificate_expiry": certificate_expiry, "note": note}
    check_device(v, ctx.today())
    with unit_of_work(ctx) as uow:
        _tag_free(uow.session, str(v["asset_tag"]))
        return _info(uow.add(Equipment(**v)), ctx.today())


def edit_equipment(ctx: ServiceContext, asset_tag: str, /, **changes: object) -> EquipmentInfo:
    """Change what describes a device (`asset_tag=` among the changes renames it); its status changes only through
    `record_event`, so history is kept."""
    fields = ("asset_tag", "kind", "model", "serial", "location", "acquired_on", "assigned_to", "certificate_expiry",
              "note")
    if "status" in changes:
        raise ValidationError("status.use_event", field="status")
    unknown = set(changes) - set(fields)
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    with unit_of_work(ctx) as uow:
        e = _load(uow.session, asset_tag)
        v = {k: changes.get(k, getattr(e, k)) for k in (*fields, "status")}
        v["asset_tag"] = check_asset_tag(str(v["asset_tag"]))
        check_device(v, ctx.today())
        _tag_free(uow.session, str(v["asset_tag"]), e.id)
        uow.update(e, v)
        return _info(e, ctx.today(), _has_open_outage(uow.session, e.id))


def remove_equipment(ctx: ServiceContext, asset_tag: str) -> None:
    with unit_of_work(ctx) as uow:
        uow.soft_delete(_load(uow.session, asset_tag))


def _end(ctx: ServiceContext, start: datetime, ended_at: datetime) -> datetime:
    end = ctx.utc_not_future(ended_at, "ended_at")
    if end < start:
        raise ValidationError("ended_at.before_start", field="ended_at")
    return end


def record_event(ctx: ServiceContext, asset_tag: str, kind: str, *, at: datetime | None = None,
                 ended_at: datetime | None = None, to_status: str | None = None, cost: int = 0,
                 note: str = "") -> EquipmentEventInfo:
    """Append one event (times are local); a status change, or a repair with a new status, moves the device."""
    _choice(kind, EVENT_KINDS, "kind", Phrase("label.kind_event"))
    when = ctx.utc_not_future(at, "at")
    end = None
    if ended_at is not None:
        if kind != "outage":
            raise ValidationError("ended_at.not_outage", field="ended_at")
        end = _end(ctx, when, ended_at)
    if to_status is not None:
        if kind not in ("status_change", "repair"):
            raise ValidationError("to_status.not_allowed", field="to_status")
        _choice(to_status, STATUSES, "to_status", Phrase("label.new_status"))
    elif kind == "status_change":
        raise ValidationError("to_status.required", field="to_status")
    if isinstance(cost, bool) or not isinstance(cost, int) or cost < 0:
        raise ValidationError("cost.invalid", field="cost")
    with unit_of_work(ctx) as uow:
        e = _load(uow.session, asset_tag)
        if e.acquired_on is not None and to_local(when).date() < e.acquired_on:
            raise ValidationError("at.before_acquired", field="at")
        moves = to_status is not None and to_status != e.status
        if kind == "status_change" and not moves:
            raise ValidationError("to_status.same", field="to_status")
        if moves:
            last = uow.session.scalar(select(EquipmentEvent.at).where(
                EquipmentEvent.equipment_id == e.id, EquipmentEvent.to_status.is_not(None),
                EquipmentEvent.deleted_at.is_(None)).order_by(EquipmentEvent.at.desc()).limit(1))
            if last is not None and when < last:
                raise ValidationError("at.before_last#record_event", field="at")
        ev = uow.add(EquipmentEvent(equipment_id=e.id, kind=kind, at=when, ended_at=end, from_status=e.status,
                                    to_status=to_status if moves else None, cost=cost, actor=ctx.actor,
                                    note=nfc((note or "").strip())))
        if moves:
            uow.update(e, {"status": to_status})
        return _event_info(ev, e.asset_tag)


def end_outage(ctx: ServiceContext, event_id: str, ended_at: datetime) -> EquipmentEventInfo:
    """Close an open outage (local end time); the only change an event ever takes after it is written."""
    with unit_of_work(ctx) as uow:
        ev = uow.session.get(EquipmentEvent, event_id)
        if ev is None or ev.deleted_at is not None or ev.kind != "outage":
            raise NotFoundError("event", event_id)
        if ev.ended_at is not None:
            raise ValidationError("ended_at.already", field="ended_at")
        uow.update(ev, {"ended_at": _end(ctx, ev.at, ended_at)})
        return _event_info(ev, uow.session.get_one(Equipment, ev.equipment_id).asset_tag)


def _open_outage_ids(equipment_id: str | None = None) -> Select[Any]:
    q = select(EquipmentEvent.equipment_id).where(
        EquipmentEvent.kind == "outage", EquipmentEvent.ended_at.is_(None), EquipmentEvent.deleted_at.is_(None))
    return q if equipment_id is None else q.where(EquipmentEvent.equipment_id == equipment_id).limit(1)


def _has_open_outage(session: Session, equipment_id: str) -> bool:
    return session.scalar(_open_outage_ids(equipment_id)) is not None


def list_equipment(ctx: ServiceContext, search: str = "", kind: str = "", status: str = "") -> list[EquipmentInfo]:
    """Devices by asset tag; `kind` and `status` filter when given, `search` is accent-insensitive."""
    with ctx.db.session() as session:
        q = (select(Equipment).where(Equipment.deleted_at.is_(None),
                                     search_condition("equipment", Equipment.search_text, fold(search)))
             .order_by(Equipment.asset_tag))
        if kind:
            q = q.where(Equipment.kind == _choice(kind, KINDS, "kind", Phrase("label.kind_equipment")))
        if status:
            q = q.where(Equipment.status == _choice(status, STATUSES, "status", Phrase("label.status")))
        down = set(session.scalars(_open_outage_ids()))
        return [_info(e, ctx.today(), e.id in down) for e in session.scalars(q)]


def get_equipment(ctx: ServiceContext, asset_tag: str) -> EquipmentInfo:
    with ctx.db.session() as session:
        e = _load(session, asset_tag)
        return _info(e, ctx.today(), _has_open_outage(session, e.id))


def equipment_history(ctx: ServiceContext, asset_tag: str) -> list[EquipmentEventInfo]:
    """Every event of a device, oldest first (a removed device's history stays readable)."""
    with ctx.db.session() as session:
        e = _load(session, asset_tag, removed_too=True)
        events = session.scalars(select(EquipmentEvent).where(
            EquipmentEvent.equipment_id == e.id, EquipmentEvent.deleted_at.is_(None))
            .order_by(EquipmentEvent.at, EquipmentEvent.id))
        return [_event_info(ev, e.asset_tag) for ev in events]
