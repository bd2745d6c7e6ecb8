"""Importing the commune's officers: name, position, unit, phone, e-mail, role and login name (never a password).

An officer is matched by login name when the row gives one, else by full name within the unit (by name alone when
the row gives no unit). Accounts and roles need an administrator, as in the officers screen; an administrator
account's role is never changed from a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold
from desktop.imports import cells
from desktop.imports.preview import (
    Column,
    ImportKind,
    ImportPreview,
    ImportResult,
    Issues,
    ParsedRow,
    Plan,
    RowChange,
    run_apply,
    run_preview,
)
from desktop.services.context import ServiceContext, UnitOfWork
from desktop.services.officers import ROLES, check_contact, check_username
from desktop.store.models import Officer

_ROLE_ALIASES = {"cong chuc": "officer", "nhan vien": "officer", "chuyen vien": "officer", "lanh dao ubnd": "leader",
                 "quan tri vien": "admin", "quan tri he thong": "admin"}
_FIELDS = ("full_name", "position", "unit", "phone", "email", "role", "username")

COLUMNS = (
    Column("full_name", "Họ và tên", "Full name", cells.name, required=True, width=26,
           aliases=("họ tên", "tên cán bộ", "name")),
    Column("position", "Chức vụ", "Position", cells.name, width=26, aliases=("chức danh", "chức vụ chức danh")),
    Column("unit", "Đơn vị", "Unit", cells.name, width=30, aliases=("đơn vị công tác", "bộ phận", "phòng ban")),
    Column("phone", "Điện thoại", "Phone", cells.phone, width=14, as_text=True,
           aliases=("số điện thoại", "sđt", "di động")),
    Column("email", "Thư điện tử", "E-mail", cells.text, width=28, aliases=("email", "thư điện tử công vụ")),
    Column("role", "Vai trò", "Role", cells.choice(ROLES, _ROLE_ALIASES, Phrase("label.role")), width=12,
           choices=tuple(ROLES.values()), aliases=("quyền", "vai trò sử dụng")),
    Column("username", "Tên đăng nhập", "Username", cells.text, width=18, as_text=True,
           aliases=("tài khoản", "login")),
)

EXAMPLES = (
    ("Nguyễn Thị Lan", "Công chức Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "0912345678", "lan.nt@example.vn",
     "Cán bộ", "lannt"),
    ("Trần Văn Bình", "Phó Chủ tịch UBND", "UBND", "0987654321", "", "Lãnh đạo", ""),
    ("Lê Minh Đức", "Công chức Tư pháp - Hộ tịch", "Bộ phận Một cửa", "", "", "", ""),
)


@dataclass(frozen=True)
class _Op:
    target: str | None
    values: dict[str, object]


def _key(name: str, unit: str | None) -> tuple[str, str | None]:
    return fold(name), None if unit is None else fold(unit)


def _match(live: Sequence[Officer], name: str, unit: str | None) -> list[Officer]:
    want_name, want_unit = _key(name, unit)
    return [o for o in live if fold(o.full_name) == want_name and (want_unit is None or fold(o.unit) == want_unit)]


def _values(v: dict[str, object]) -> dict[str, object]:
    """The row's given values, cleaned and checked by the officers service's own rules."""
    values = {k: v[k] for k in _FIELDS if k in v}
    if "username" in values:
        values["username"] = check_username(str(values["username"]))
    check_contact(values)  # NFC position/unit, phone digits, e-mail shape
    return values


def _find(session: Session, live: list[Officer], by_login: dict[str, Officer], r: ParsedRow,
          values: dict[str, object], issues: Issues) -> tuple[bool, Officer | None]:
    """(usable, stored officer or None) for one row; a clash or an ambiguity is a row error."""
    login = values.get("username")
    if login is not None and login in by_login:
        o = by_login[login]
        if o.deleted_at is not None:
            issues.row_error(r.number, "username", "row.username_belongs_to_removed", login=login)
            return False, None
        return True, o
    found = _match(live, str(values["full_name"]), values.get("unit"))  # type: ignore[arg-type]
    if len(found) > 1:
        issues.row_error(r.number, "full_name", "row.officers_are_named_give", found_count=len(found),
                   full_name=values['full_name'])
        return False, None
    o = found[0] if found else None
    if o is not None and login is not None and o.username is not None:
        issues.row_error(r.number, "username", "row.already_has_username_change", full_name=o.full_name,
                   username=o.username)
        return False, None
    return True, o


def _plan(session: Session, ctx: ServiceContext, rows: list[ParsedRow], issues: Issues) -> Plan:
    plan = Plan()
    everyone = list(session.scalars(select(Officer)))
    live = [o for o in everyone if o.deleted_at is None]
    by_login = {o.username: o for o in everyone if o.username}
    bad = issues.bad_rows()
    seen: dict[object, int] = {}
    for r in rows:
        if r.number in bad:
            continue
        try:
            values = _values(r.values)
        except ValidationError as exc:
            issues.rule(r.number, exc)
            continue
        keys = [("login", values.get("username"))] if values.get("username") else []
        keys.append(("name", *_key(str(values["full_name"]), values.get("unit"))))  # type: ignore[arg-type]
        twice = next((seen[k] for k in keys if k in seen), None)
        if twice is not None:
            issues.row_error(r.number, "full_name", "row.repeats_row", twice=twice)
            continue
        seen.update((k, r.number) for k in keys)
        usable, o = _find(session, live, by_login, r, values, issues)
        if not usable:
            continue
        diff = values if o is None else {k: val for k, val in values.items() if getattr(o, k) != val}
        sets_account = diff.get("username") is not None or diff.get("role", "officer") != "officer"
        if sets_account and ctx.role != "admin":
            issues.row_error(r.number, "username" if "username" in diff else "role",
                             "row.only_administrator_may_create")
            continue
        if o is not None and o.role == "admin" and "role" in diff:
            issues.row_error(r.number, "role", "row.administrator_s_role_not")
            continue
        name = str(values["full_name"])
        if o is None:
            plan.ops.append(_Op(None, values))
            plan.changes.append(RowChange(r.number, name, "new"))
        else:
            plan.changes.append(RowChange(r.number, name, "updated" if diff else "unchanged", tuple(diff)))
            if diff:
                plan.ops.append(_Op(o.id, diff))
    return plan


def _write(uow: UnitOfWork, plan: Plan) -> None:
    for op in plan.ops:
        assert isinstance(op, _Op)
        if op.target is None:
            uow.add(Officer(**{"role": "officer", "position": "", "unit": "", "phone": "", "email": "",
                               **op.values}))
        else:
            uow.update(uow.session.get(Officer, op.target), op.values)


KIND = ImportKind("officers", "cán bộ", "officers", COLUMNS, _plan, _write, "can-bo.xlsx", EXAMPLES)


def preview_officers(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportPreview:
    return run_preview(ctx, path, KIND, sheet)


def apply_officers(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportResult:
    return run_apply(ctx, path, KIND, sheet)

