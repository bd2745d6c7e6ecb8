"""First-run setup: which commune this installation serves (official post-2025 list, or typed in), reading it, and
correcting a wrong pick before the PC has ever exchanged data with the province."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.config import units
from desktop.config.units import Unit, place_name_of
from desktop.domain.dossier_code import check_agency, number_range
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import nfc
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import CommuneInfo
from desktop.services.errors import NotSetUpError, PermissionDenied, required
from desktop.store import local_state
from desktop.store.local_state import LAST_SYNC_AT, SERVER_URL
from desktop.store.models import Base, Commune, OutboxOp


def provinces() -> list[tuple[str, str]]:
    return units.provinces()


def official_units(province_code: str) -> list[tuple[str, str]]:
    return units.units_of(province_code)


def _province(code: str) -> Unit:
    found = units.province(code) if code.strip().isdigit() else None
    if found is None:
        raise ValidationError("province.invalid", field="province_code", code=code)
    return found


def _info(c: Commune) -> CommuneInfo:
    return CommuneInfo(c.code, c.name, c.province_code, c.province_name, c.official, c.agency_code, c.place_name,
                       c.leader_name, c.leader_title, desk_name=c.desk_name or "")


def _resolve(province_code: str, commune_code: str, commune_name: str) -> tuple[Unit, str, str, bool]:
    """(province, stored code, name, official): an official code gives its official name unless one is typed."""
    province = _province(province_code)
    code = required(commune_code, "commune_code", Phrase("label.commune_code"))
    ward = units.unit(code) if code.isdigit() else None
    if ward is not None and ward.province != province.code:
        raise ValidationError("commune_code.province", field="commune_code", ward=ward.name, province=province.name)
    name = ward.name if ward is not None and not commune_name.strip() else nfc(
        required(commune_name, "commune_name", Phrase("label.commune_name")))
    return province, f"{int(code):05d}" if code.isdigit() else code, name, ward is not None


def set_up_commune(ctx: ServiceContext, province_code: str, commune_code: str, commune_name: str = "",
                   leader_name: str = "", leader_title: str = "Chủ tịch", device_slot: int = 0,
                   agency_code: str = "") -> CommuneInfo:
    """Official code → official name; an unknown code needs a typed name and is kept, flagged as not official.

    `device_slot` is the PC's number in its commune (1–9) when it has several PCs, 0 when not told: it chooses the
    block of daily dossier numbers until the province's enrolment confirms or replaces it."""
    province, code, name, official = _resolve(province_code, commune_code, commune_name)
    number_range(device_slot)  # refuses a number outside 0–9, at the field
    agency = check_agency(agency_code)
    with unit_of_work(ctx) as uow:
        if uow.session.scalar(select(Commune)) is not None:
            raise ValidationError("commune.exists#set_up_commune", field="commune_code")
        local_state.put(uow.session, local_state.COMMUNE_CODE, code)
        local_state.put(uow.session, local_state.DEVICE_SLOT, str(device_slot))
        uow.ctx._commune = code
        row = uow.add(Commune(code=code, name=name, province_code=province.code,
                              province_name=province.name, official=official, agency_code=agency or code,
                              place_name=place_name_of(name), leader_name=nfc(leader_name.strip()),
                              leader_title=nfc(leader_title.strip())))
        return _info(row)


def _has_exchanged(session: Session) -> bool:
    """True once this PC has enrolled, synced, written a USB bundle or had an operation accepted by the province:
    from then on the province knows the data under this unit's code."""
    keys = local_state.all_values(session)
    if keys.get(LAST_SYNC_AT) or keys.get(SERVER_URL) or any(k.startswith("sync_") for k in keys):
        return True
    return session.scalar(select(OutboxOp.op_id).where(OutboxOp.state != "pending").limit(1)) is not None


def _refuse_if_exchanged(session: Session) -> None:
    if _has_exchanged(session):
        raise ValidationError("commune.synced", field="commune_code")


def check_unit_correctable(ctx: ServiceContext) -> None:
    """Raises the reason the unit can no longer be corrected, if there is one (asked before the form opens)."""
    if ctx.role != "admin":
        raise PermissionDenied(Phrase("action.correct_administrative_unit"))
    with ctx.db.session() as session:
        _refuse_if_exchanged(session)


def correct_commune(ctx: ServiceContext, province_code: str, commune_code: str, commune_name: str = "") -> CommuneInfo:
    """An administrator fixes a unit picked by mistake at setup. Every record made so far moves to the new code in
    the same transaction (the outbox too, so the first sync carries the right unit); the change is audited. Once the
    PC has exchanged data with the province the unit is fixed: the province would hold records under both codes."""
    if ctx.role != "admin":
        raise PermissionDenied(Phrase("action.correct_administrative_unit"))
    province, code, name, official = _resolve(province_code, commune_code, commune_name)
    with unit_of_work(ctx) as uow:
        row = uow.session.scalar(select(Commune).where(Commune.deleted_at.is_(None)))
        if row is None:
            raise NotSetUpError()
        _refuse_if_exchanged(uow.session)
        old = row.code
        if code != old and uow.session.scalar(select(Commune.id).where(Commune.code == code)) is not None:
            raise ValidationError("commune.exists#correct_commune", field="commune_code")
        place = place_name_of(name) if row.place_name == place_name_of(row.name) else row.place_name
        agency = code if row.agency_code in ("", old) else row.agency_code
        uow.update(row, {"code": code, "name": name, "province_code": province.code,
                         "province_name": province.name, "official": official, "agency_code": agency,
                         "place_name": place})
        if code != old:
            _move_records(uow.session, old, code)
            local_state.put(uow.session, local_state.COMMUNE_CODE, code)
            uow.ctx._commune = code
        return _info(row)


def _move_records(session: Session, old: str, new: str) -> None:
    """Every row stamped with the old unit, and every operation waiting to be sent, now say the new one."""
    for table in Base.metadata.sorted_tables:
        if "commune_code" in table.c:
            session.execute(update(table).where(table.c.commune_code == old).values(commune_code=new))
    keys = ("commune_code", "code", "agency_code")
    for op in session.scalars(select(OutboxOp).where(OutboxOp.state == "pending")):
        payload = dict(op.payload or {})
        moved = {k: new for k in keys if payload.get(k) == old and (k == "commune_code" or op.table_name == "communes")}
        if moved:
            op.payload = {**payload, **moved}


def get_commune(ctx: ServiceContext) -> CommuneInfo:
    with ctx.db.session() as session:
        row = session.scalar(select(Commune).where(Commune.deleted_at.is_(None)))
        if row is None:
            raise NotSetUpError()
        return _info(row)


def update_commune(ctx: ServiceContext, **changes: str) -> CommuneInfo:
    allowed = {"name", "agency_code", "place_name", "leader_name", "leader_title", "address", "desk_name"}
    with unit_of_work(ctx) as uow:
        row = uow.session.scalar(select(Commune).where(Commune.deleted_at.is_(None)))
        if row is None:
            raise NotSetUpError()
        values: dict[str, object] = {k: nfc(str(v).strip()) for k, v in changes.items() if k in allowed}
        if "agency_code" in values:  # heads every new dossier code; empty falls back to the commune's code
            values["agency_code"] = check_agency(str(values["agency_code"])) or row.code
        uow.update(row, values)
        return _info(row)
