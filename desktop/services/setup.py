"""First-run setup: which commune this installation serves (official post-2025 list, or typed in), and reading it."""

from __future__ import annotations

from sqlalchemy import select
from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import nfc
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import CommuneInfo
from desktop.services.errors import NotSetUpError, required
from desktop.store import local_state
from desktop.store.models import Commune

_PREFIXES = ("Xã ", "Phường ", "Đặc khu ")


def provinces() -> list[tuple[str, str]]:
    return [(f"{int(p.code):02d}", p.name) for p in Province.iter_all()]


def official_units(province_code: str) -> list[tuple[str, str]]:
    return [(f"{int(w.code):05d}", w.name) for w in Ward.iter_by_province(ProvinceCode(int(province_code)))]


def place_name_of(unit_name: str) -> str:
    """“Phường Hạ Long” → “Hạ Long”, the form used in the date line of documents."""
    for prefix in _PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix):]
    return unit_name


def _province(code: str) -> Province:
    try:
        return Province.from_code(ProvinceCode(int(code)))
    except ValueError as exc:
        raise ValidationError("province.invalid", field="province_code", code=code) from exc


def _info(c: Commune) -> CommuneInfo:
    return CommuneInfo(c.code, c.name, c.province_code, c.province_name, c.official, c.agency_code, c.place_name,
                       c.leader_name, c.leader_title)


def set_up_commune(ctx: ServiceContext, province_code: str, commune_code: str, commune_name: str = "",
                   leader_name: str = "", leader_title: str = "Chủ tịch", device_slot: int = 0) -> CommuneInfo:
    """Official code → official name; an unknown code needs a typed name and is kept, flagged as not official."""
    province = _province(province_code)
    code = required(commune_code, "commune_code", Phrase("label.commune_code"))
    ward = None
    if code.isdigit():
        try:
            ward = Ward.from_code(WardCode(int(code)))
        except ValueError:
            ward = None
    if ward is not None and int(ward.province_code) != int(province.code):
        raise ValidationError("commune_code.province", field="commune_code", ward=ward.name, province=province.name)
    name = ward.name if ward is not None and not commune_name.strip() else nfc(
        required(commune_name, "commune_name", Phrase("label.commune_name")))
    with unit_of_work(ctx) as uow:
        if uow.session.scalar(select(Commune)) is not None:
            raise ValidationError("commune.exists#set_up_commune", field="commune_code")
        code = f"{int(code):05d}" if code.isdigit() else code
        local_state.put(uow.session, local_state.COMMUNE_CODE, code)
        local_state.put(uow.session, local_state.DEVICE_SLOT, str(device_slot))
        uow.ctx._commune = code
        row = uow.add(Commune(code=code, name=name, province_code=f"{int(province.code):02d}",
                              province_name=province.name, official=ward is not None, agency_code=code,
                              place_name=place_name_of(name), leader_name=nfc(leader_name.strip()),
                              leader_title=nfc(leader_title.strip())))
        return _info(row)


def get_commune(ctx: ServiceContext) -> CommuneInfo:
    with ctx.db.session() as session:
        row = session.scalar(select(Commune).where(Commune.deleted_at.is_(None)))
        if row is None:
            raise NotSetUpError()
        return _info(row)


def update_commune(ctx: ServiceContext, **changes: str) -> CommuneInfo:
    allowed = {"name", "agency_code", "place_name", "leader_name", "leader_title", "address"}
    with unit_of_work(ctx) as uow:
        row = uow.session.scalar(select(Commune).where(Commune.deleted_at.is_(None)))
        if row is None:
            raise NotSetUpError()
        uow.update(row, {k: nfc(str(v).strip()) for k, v in changes.items() if k in allowed})
        return _info(row)
