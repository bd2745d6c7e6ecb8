"""Officers and their user accounts: add, edit, deactivate, passwords, login with lockout, list.

Login bookkeeping (failed attempts, lock time) and password hashes live only on this PC, so they are written
straight to the row: no sync stamp, no outbox op, nothing that could make the row look newer to the sync merge.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold, name_sort_key, nfc
from desktop.services.context import ServiceContext, UnitOfWork, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError, PermissionDenied, live_row, required
from desktop.store.models import AuditEntry, Officer

ROLES = {"officer": "Cán bộ", "leader": "Lãnh đạo", "admin": "Quản trị"}
MAX_FAILED_LOGINS = 5
LOCK_TIME = timedelta(minutes=15)
MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[a-z0-9._-]{3,32}$")
_PHONE = re.compile(r"^\+?\d{9,12}$")
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class OfficerInfo(Record):
    id: str
    full_name: str
    position: str
    unit: str
    phone: str
    email: str
    role: str
    active: bool
    username: str | None
    locked: bool


class LoginRefused(DomainError):
    """Login failed; unknown user and wrong password share one message so neither gives the other away."""


def _info(o: Officer, now: datetime) -> OfficerInfo:
    locked = o.locked_until is not None and o.locked_until > now
    return OfficerInfo(o.id, o.full_name, o.position, o.unit, o.phone, o.email, o.role, o.active, o.username, locked)


def check_username(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    name = value.strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError("username.invalid", field="username")
    return name


def _check_password(value: str, field: str = "password") -> str:
    if len(value or "") < MIN_PASSWORD:
        raise ValidationError(f"{field}.too_short", field=field, min_password=MIN_PASSWORD)
    return value


def check_new_account(full_name: str, username: str, password: str) -> None:
    """The checks an account must pass, run before anything is written (the first-run wizard asks this first)."""
    required(full_name, "full_name", Phrase("label.full_name"))
    if check_username(username) is None:
        raise ValidationError("username.required", field="username")
    _check_password(password)


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role.invalid", field="role")
    return role


def check_contact(values: dict[str, object]) -> None:
    """Clean the typed contact fields in place (NFC, phone digits only, e-mail shape)."""
    for key in ("position", "unit"):
        if key in values:
            values[key] = nfc(str(values[key] or "").strip())
    if "phone" in values:
        phone = re.sub(r"[\s.\-]", "", str(values["phone"] or ""))
        if phone and not _PHONE.match(phone):
            raise ValidationError("phone.invalid", field="phone")
        values["phone"] = phone
    if "email" in values:
        email = str(values["email"] or "").strip()
        if email and ("@" not in email or " " in email):
            raise ValidationError("email.invalid", field="email")
        values["email"] = email


def _require_admin(ctx: ServiceContext, action: Phrase) -> None:
    if ctx.role != "admin":
        raise PermissionDenied(action)


def _username_free(session: Session, username: str, own_id: str | None = None) -> None:
    # Removed officers keep their username (the column is unique), so they count as taken too.
    clash = session.scalar(select(Officer.id).where(Officer.username == username))
    if clash is not None and clash != own_id:
        raise ValidationError("username.duplicate", field="username", username=username)


def _keeps_an_admin(session: Session, leaving: Officer, field: str) -> None:
    """Refuse to demote or deactivate the last active administrator account."""
    if leaving.role != "admin" or not leaving.active or leaving.username is None:
        return
    others = session.scalar(select(Officer.id).where(
        Officer.role == "admin", Officer.active.is_(True), Officer.username.is_not(None),
        Officer.deleted_at.is_(None), Officer.id != leaving.id).limit(1))
    if others is None:
        raise ValidationError(f"{field}.last_admin", field=field)


def _load(session: Session, officer_id: str) -> Officer:
    return live_row(session, Officer, officer_id, "officer")


def _set_local(uow: UnitOfWork, o: Officer, what: str, **values: object) -> None:
    """Write local-only columns without a sync stamp; an audit line (never the hash) says who did it."""
    for key, value in values.items():
        setattr(o, key, value)
    uow.session.add(AuditEntry(commune_code=uow.commune_code, at=uow.ctx.now(), actor=uow.ctx.actor,
                               action=what, table_name=Officer.__tablename__, row_id=o.id, changes={}))


def add_officer(ctx: ServiceContext, full_name: str, position: str = "", unit: str = "", role: str = "officer",
                username: str | None = None, password: str | None = None, phone: str = "",
                email: str = "") -> OfficerInfo:
    name = nfc(required(full_name, "full_name", Phrase("label.full_name")))
    _check_role(role)
    login = check_username(username)
    if password and login is None:
        raise ValidationError("username.required#add_officer", field="username")
    if password is not None:
        _check_password(password)
    if login is not None or role != "officer":
        _require_admin(ctx, Phrase("action.create_accounts_or_assign_roles"))
    values: dict[str, object] = {"position": position, "unit": unit, "phone": phone, "email": email}
    check_contact(values)
    with unit_of_work(ctx) as uow:
        if login is not None:
            _username_free(uow.session, login)
        o = Officer(full_name=name, role=role, username=login, **values)
        o.password_hash = _HASHER.hash(password) if password else None
        uow.add(o)
        return _info(o, ctx.now())


def edit_officer(ctx: ServiceContext, officer_id: str, **changes: object) -> OfficerInfo:
    """Change name, position, unit, phone, e-mail; role, username and (re)activation need an administrator."""
    allowed = {"full_name", "position", "unit", "phone", "email", "role", "username", "active"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    values = dict(changes)
    if "full_name" in values:
        values["full_name"] = nfc(required(str(values["full_name"] or ""), "full_name", Phrase("label.full_name")))
    if "role" in values:
        _check_role(str(values["role"]))
    if "username" in values:
        values["username"] = check_username(values["username"])  # type: ignore[arg-type]
    if "active" in values:
        values["active"] = bool(values["active"])
    check_contact(values)
    with unit_of_work(ctx) as uow:
        o = _load(uow.session, officer_id)
        if any(k in values and values[k] != getattr(o, k) for k in ("role", "username")):
            _require_admin(ctx, Phrase("action.change_roles_or_accounts"))
        if "active" in values and values["active"] != o.active and o.username is not None:
            _require_admin(ctx, Phrase("action.disable_or_enable_accounts"))
        if values.get("role", "admin") != "admin":
            _keeps_an_admin(uow.session, o, "role")
        if values.get("active", True) is False:
            _keeps_an_admin(uow.session, o, "active")
        if values.get("username") is not None:
            _username_free(uow.session, str(values["username"]), o.id)
        if "username" in values and values["username"] is None and o.password_hash is not None:
            _set_local(uow, o, "remove_password", password_hash=None, failed_logins=0, locked_until=None)
        uow.update(o, values)
        return _info(o, ctx.now())


def deactivate_officer(ctx: ServiceContext, officer_id: str) -> OfficerInfo:
    """The officer stays in history (training, dossiers) but no longer logs in or appears in pickers."""
    return edit_officer(ctx, officer_id, active=False)


def set_password(ctx: ServiceContext, username: str, new_password: str, old_password: str | None = None) -> None:
    """Users change their own password with the old one; an administrator resets anyone's (and lifts a lock)."""
    login = (username or "").strip().lower()
    own = login == ctx.actor.strip().lower()
    if not own:
        _require_admin(ctx, Phrase("action.reset_another_user_s_password"))
    _check_password(new_password, "new_password")
    with unit_of_work(ctx) as uow:
        o = uow.session.scalar(select(Officer).where(Officer.username == login, Officer.deleted_at.is_(None)))
        if o is None:
            raise NotFoundError("username", username)
        if own and not (o.password_hash and _verify(o.password_hash, old_password or "")):
            raise ValidationError("old_password.wrong", field="old_password")
        _set_local(uow, o, "set_password", password_hash=_HASHER.hash(new_password), failed_logins=0,
                   locked_until=None)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    return _HASHER.hash("decoy password, never matches")


def _refused() -> LoginRefused:
    return LoginRefused("login.invalid", field="password")


def _locked(until: datetime, now: datetime) -> LoginRefused:
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    return LoginRefused("login.locked", field="username", max_failed_logins=MAX_FAILED_LOGINS, minutes=minutes)


def authenticate(db: object, username: str, password: str, now_utc: datetime) -> OfficerInfo:
    """Check a login; 5 wrong passwords in a row lock the account for 15 minutes."""
    login = (username or "").strip().lower()
    with db.session() as session:  # type: ignore[attr-defined]
        o = session.scalar(select(Officer).where(Officer.username == login, Officer.deleted_at.is_(None)))
        if o is None or o.password_hash is None:
            _verify(_decoy_hash(), password or "")  # same work as a real check, so timing tells nothing
            raise _refused()
        if o.locked_until is not None and o.locked_until > now_utc:
            raise _locked(o.locked_until, now_utc)
        if not _verify(o.password_hash, password or ""):
            failures = o.failed_logins + 1
            if failures >= MAX_FAILED_LOGINS:
                o.failed_logins, o.locked_until = 0, now_utc + LOCK_TIME
                session.commit()
                raise _locked(o.locked_until, now_utc)
            o.failed_logins, o.locked_until = failures, None
            session.commit()
            raise _refused()
        if not o.active:
            raise LoginRefused("login.inactive", field="username")
        if o.failed_logins or o.locked_until is not None or _HASHER.check_needs_rehash(o.password_hash):
            if _HASHER.check_needs_rehash(o.password_hash):
                o.password_hash = _HASHER.hash(password)
            o.failed_logins, o.locked_until = 0, None
            session.commit()
        return _info(o, now_utc)


def list_officers(ctx: ServiceContext, search: str = "", include_inactive: bool = False) -> list[OfficerInfo]:
    """Officers in Vietnamese order: by given name, then family and middle names."""
    with ctx.db.session() as session:
        q = select(Officer).where(Officer.deleted_at.is_(None))
        if not include_inactive:
            q = q.where(Officer.active.is_(True))
        for term in fold(search).split():
            q = q.where(Officer.search_text.contains(term, autoescape=True))
        rows = sorted(session.scalars(q), key=lambda o: name_sort_key(o.full_name))
        return [_info(o, ctx.now()) for o in rows]


def get_officer(ctx: ServiceContext, officer_id: str) -> OfficerInfo:
    with ctx.db.session() as session:
        return _info(_load(session, officer_id), ctx.now())


def has_accounts(db: object) -> bool:
    """Whether anyone can log in yet (the first run asks for an administrator account when not)."""
    with db.session() as session:  # type: ignore[attr-defined]
        return session.scalar(select(Officer.id).where(
            Officer.username.is_not(None), Officer.password_hash.is_not(None), Officer.active.is_(True),
            Officer.deleted_at.is_(None)).limit(1)) is not None
