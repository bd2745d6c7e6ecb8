"""Province-side administration: communes, one-time enrolment codes, devices, and the published catalogue."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.domain.messages import Phrase
from desktop.server import credentials
from desktop.server.changes import CATALOGUE_KEY, KIND_CATALOGUE, lock_feed, record_change, save_feed
from desktop.server.errors import ServerError, bad_request, not_found
from desktop.server.models import Catalogue, Commune, Device, EnrolCode
from desktop.server.slots import give_slot

_CODE = re.compile(r"^[0-9A-Za-z]{1,16}$")
ENROL_CODE_TTL = timedelta(hours=72)


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    commune_code: str
    label: str
    created_at: str
    last_seen_at: str | None
    revoked: bool
    clock_warning: bool
    clock_skew_ms: int
    slot: int | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _device_info(d: Device) -> DeviceInfo:
    return DeviceInfo(d.id, d.commune_code, d.label, d.created_at.isoformat(),
                      d.last_seen_at.isoformat() if d.last_seen_at else None, d.revoked_at is not None,
                      d.clock_warning, d.clock_skew_ms, d.slot)


def _check_code(value: str, option: str) -> str:
    text = (value or "").strip()
    if not _CODE.match(text):
        raise bad_request(f"{option}.invalid", option=option, value=value)
    return text


def add_commune(engine: Engine, code: str, name: str, province: str, now: datetime) -> None:
    code, province = _check_code(code, "--code"), _check_code(province, "--province")
    name = (name or "").strip()
    if not name:
        raise bad_request("--name.required")
    with Session(engine) as session, session.begin():
        if session.get(Commune, code) is not None:
            raise ServerError("commune.exists", status=409, code=code)
        commune = Commune(code=code, name=name, province_code=province, last_seq=0, created_at=now)
        session.add(commune)
        session.flush()
        # A commune added after a catalogue was published still gets it on its first pull.
        if session.scalar(select(Catalogue.id).limit(1)) is not None:
            record_change(session, commune, KIND_CATALOGUE, *CATALOGUE_KEY)


def new_enrol_code(engine: Engine, commune_code: str, now: datetime, ttl: timedelta = ENROL_CODE_TTL) -> str:
    with Session(engine) as session, session.begin():
        if session.get(Commune, commune_code) is None:
            raise not_found(Phrase("thing.commune"), commune_code)
        code = credentials.new_enrol_code()
        session.add(EnrolCode(commune_code=commune_code, code_hash=credentials.hash_code(code), created_at=now,
                              expires_at=now + ttl))
    return code


def enrol(engine: Engine, code: str, label: str, now: datetime, slot: int | None = None) -> dict[str, object]:
    """Trade a one-time code for device credentials; the secret is shown once and only its hash is kept. The
    device gets its slot of dossier numbers: `slot` (the PC's number chosen at setup) when free, else the lowest
    free one."""
    with Session(engine) as session, session.begin():
        row = session.scalar(select(EnrolCode).where(EnrolCode.code_hash == credentials.hash_code(code))
                             .with_for_update())
        if row is None:
            raise ServerError("enrol.unknown_code", status=401)
        if row.used_at is not None:
            raise ServerError("enrol.code_used", status=409)
        if row.expires_at < now:
            raise ServerError("enrol.code_expired", status=410)
        secret = credentials.new_secret()
        device = Device(commune_code=row.commune_code, label=label.strip()[:200],
                        secret_hash=credentials.hash_secret(secret), created_at=now, clock_warning=False,
                        clock_skew_ms=0)
        session.add(device)
        session.flush()
        give_slot(session, device, slot)
        row.used_at, row.used_by = now, device.id
        commune = session.get(Commune, row.commune_code)
        assert commune is not None
        return {"device_id": device.id, "secret": secret, "commune_code": commune.code, "commune_name": commune.name,
                "province_code": commune.province_code, "device_slot": device.slot}


def authenticate(engine: Engine, device_id: str, secret: str) -> Device:
    """The device, when its secret is right and it is not revoked (both read from the database every time)."""
    if "\x00" in device_id or len(device_id) > 64:  # PostgreSQL refuses NUL in text: a wrong login, not a crash
        raise ServerError("auth.failed", status=401)
    with Session(engine, expire_on_commit=False) as session:
        device = session.get(Device, device_id)
        if device is None or not _secret_ok(device, secret):
            raise ServerError("auth.failed", status=401)
        if device.revoked_at is not None:
            raise ServerError("device.revoked", status=403)
        return device


# (device id, SHA-256 of the secret) → the stored hash it was checked against. A device pushes and pulls many times a
# minute; paying scrypt once per process is enough, and a new stored hash (re-enrolment) misses the cache.
_verified: dict[tuple[str, str], str] = {}
_VERIFIED_MAX = 10_000


def _secret_ok(device: Device, secret: str) -> bool:
    key = (device.id, hashlib.sha256(secret.encode()).hexdigest())
    if _verified.get(key) == device.secret_hash:
        return True
    if not credentials.verify_secret(secret, device.secret_hash):
        return False
    if len(_verified) >= _VERIFIED_MAX:
        _verified.clear()
    _verified[key] = device.secret_hash
    return True


def list_devices(engine: Engine, commune_code: str | None = None) -> list[DeviceInfo]:
    with Session(engine) as session:
        query = select(Device).order_by(Device.commune_code, Device.created_at)
        if commune_code:
            query = query.where(Device.commune_code == commune_code)
        return [_device_info(d) for d in session.scalars(query)]


def revoke(engine: Engine, device_id: str, now: datetime) -> DeviceInfo:
    with Session(engine) as session, session.begin():
        device = session.get(Device, device_id)
        if device is None:
            raise not_found(Phrase("thing.device"), device_id)
        device.revoked_at = device.revoked_at or now
        return _device_info(device)


def check_catalogue(data: object) -> dict:
    """The resources/catalogue/procedures.json shape: fields[] (code, name) and procedures[] (code, name, field,
    statutory_days, ...) whose field codes exist."""
    def fail(why: Phrase) -> ServerError:
        return bad_request("catalogue.invalid", why=why)

    if not isinstance(data, dict) or not isinstance(data.get("fields"), list) \
            or not isinstance(data.get("procedures"), list):
        raise fail(Phrase("why.expected_object_whose_fields_and_procedures"))
    field_codes = set()
    for i, f in enumerate(data["fields"]):
        if not isinstance(f, dict) or not f.get("code") or not f.get("name"):
            raise fail(Phrase("why.field_lacks_code_or_name", i=i + 1))
        field_codes.add(f["code"])
    seen = set()
    for i, p in enumerate(data["procedures"]):
        if not isinstance(p, dict) or not p.get("code") or not p.get("name"):
            raise fail(Phrase("why.procedure_lacks_code_or_name", i=i + 1))
        if p.get("field") not in field_codes:
            raise fail(Phrase("why.procedure_unknown_field", code=p['code'], field_name=p.get('field')))
        days = p.get("statutory_days")
        # Working days in halves (DOMAIN.md §2: provinces publish 2.5-day times).
        if not isinstance(days, int | float) or isinstance(days, bool) or not 0 <= days <= 365 \
                or not float(days * 2).is_integer():
            raise fail(Phrase("why.procedure_statutory_days_must_be_whole", code=p['code']))
        if p["code"] in seen:
            raise fail(Phrase("why.procedure_code_appears_twice", code=p['code']))
        seen.add(p["code"])
    return data


def publish_catalogue(engine: Engine, data: object, now: datetime) -> dict[str, object]:
    data = check_catalogue(data)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    with Session(engine) as session, session.begin():
        cat = Catalogue(snapshot=str(data.get("snapshot", ""))[:32], sha256=digest, data=data, published_at=now,
                        note="")
        session.add(cat)
        session.flush()
        codes = list(session.scalars(select(Commune.code).order_by(Commune.code)))
        for code in codes:  # always in code order, so two publishers can never deadlock
            commune = lock_feed(session, code)
            assert commune is not None
            taken_from = commune.last_seq
            record_change(session, commune, KIND_CATALOGUE, *CATALOGUE_KEY)
            save_feed(session, commune, taken_from)
        return {"id": cat.id, "snapshot": cat.snapshot, "sha256": digest, "procedures": len(data["procedures"]),
                "communes": len(codes)}
