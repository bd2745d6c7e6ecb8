"""The procedure catalogue: fields (lĩnh vực) and procedures — add, edit, remove, list, seed from resources."""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config.resources import resource_path
from desktop.domain import documents as paper_list
from desktop.domain.deadlines import check_statutory_days, default_extension_days, default_pause_for_payment
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold, nfc
from desktop.services.context import ServiceContext, UnitOfWork, unit_of_work
from desktop.services.dto import FieldInfo, ProcedureInfo
from desktop.services.errors import NotFoundError, PermissionDenied, required
from desktop.store.models import Field, Procedure

ONLINE_LEVELS = ("full", "partial", "none")
_CODE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def _field_info(f: Field) -> FieldInfo:
    return FieldInfo(f.id, f.code, f.name)


def _procedure_info(p: Procedure, f: Field) -> ProcedureInfo:
    return ProcedureInfo(p.id, p.code, p.name, f.code, f.name, p.statutory_days, p.fee, p.online_level,
                         p.boundary_free, p.active, p.pause_for_payment, p.extension_max_days,
                         p.documents or "", p.level or "commune")


def check_code(code: str | None, field: str) -> str:
    text = required(code, field, Phrase("label.code"))
    if not _CODE.match(text):
        raise ValidationError(f"{field}.invalid#check_code", field=field, text=text)
    return text


def _check_extension(days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 30:
        raise ValidationError("extension_max_days.invalid", field="extension_max_days")
    return days


def check_documents(text: str | None) -> str:
    """The list as stored (one paper a line), refused when it is longer than a receipt's table can hold."""
    stored = paper_list.normalise(text or "")
    items = stored.split("\n") if stored else []
    if len(items) > paper_list.MAX_ITEMS:
        raise ValidationError("documents.too_many", field="documents", count=len(items),
                              max_items=paper_list.MAX_ITEMS)
    longest = max(items, key=len, default="")
    if len(longest) > paper_list.MAX_NAME:
        raise ValidationError("documents.too_long", field="documents", max_name=paper_list.MAX_NAME)
    return stored


def field_defaults(f: Field) -> tuple[bool, int]:
    """(pauses for payment, extension allowance) a new procedure of this field gets unless told otherwise."""
    keys = (f.code, fold(f.name))
    return (any(default_pause_for_payment(k) for k in keys), max(default_extension_days(k) for k in keys))


def find_field(session: Session, code_or_name: str) -> Field | None:
    key = code_or_name.strip()
    row = session.scalar(select(Field).where(Field.code == key, Field.deleted_at.is_(None)))
    if row is None:
        folded = fold(key)
        row = next((f for f in session.scalars(select(Field).where(Field.deleted_at.is_(None)))
                    if fold(f.name) == folded), None)
    return row


def _field_code_from_name(name: str) -> str:
    return "".join(w[0] for w in fold(name).split() if w).upper()[:16] or "LV"


def ensure_field(uow: UnitOfWork, code_or_name: str) -> Field:
    """Use an existing field by code or name, or create one named as typed."""
    text = nfc(required(code_or_name, "field", Phrase("label.field")))
    row = find_field(uow.session, text)
    if row is not None:
        return row
    code = text if _CODE.match(text) and len(text) <= 16 else _field_code_from_name(text)
    base, n = code, 2
    while uow.session.scalar(select(Field).where(Field.code == code)) is not None:
        code, n = f"{base}{n}", n + 1
    return uow.add(Field(code=code, name=text))


def _require_editor(ctx: ServiceContext) -> None:
    """The catalogue drives due dates for everyone: only a leader or an administrator changes it."""
    if ctx.role not in ("leader", "admin"):
        raise PermissionDenied(Phrase("action.change_procedure_catalogue"))


def add_procedure(ctx: ServiceContext, code: str, name: str, field: str, statutory_days: float, fee: int = 0,
                  online_level: str = "partial", boundary_free: bool = False, pause_for_payment: bool | None = None,
                  extension_max_days: int | None = None, documents: str = "") -> ProcedureInfo:
    """None for the pause flag or the extension allowance means the field's default (land pauses, certified
    copies may be extended by 2 days)."""
    _require_editor(ctx)
    code = check_code(code, "code")
    papers = check_documents(documents)
    name = nfc(required(name, "name", Phrase("label.procedure_name")))
    statutory_days = check_statutory_days(statutory_days)
    if extension_max_days is not None:
        _check_extension(extension_max_days)
    if fee < 0:
        raise ValidationError("fee.invalid", field="fee")
    if online_level not in ONLINE_LEVELS:
        raise ValidationError("online_level.invalid", field="online_level")
    with unit_of_work(ctx) as uow:
        if uow.session.scalar(select(Procedure).where(Procedure.code == code)) is not None:
            raise ValidationError("code.duplicate", field="code", code=code)
        f = ensure_field(uow, field)
        pauses, extension = field_defaults(f)
        p = uow.add(Procedure(code=code, name=name, field_id=f.id, statutory_days=statutory_days, fee=fee,
                              online_level=online_level, boundary_free=boundary_free,
                              pause_for_payment=pauses if pause_for_payment is None else pause_for_payment,
                              extension_max_days=extension if extension_max_days is None else extension_max_days,
                              documents=papers))
        return _procedure_info(p, f)


def edit_procedure(ctx: ServiceContext, code: str, **changes: object) -> ProcedureInfo:
    _require_editor(ctx)
    allowed = {"name", "statutory_days", "fee", "online_level", "boundary_free", "active", "field",
               "pause_for_payment", "extension_max_days", "documents"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    if "statutory_days" in changes:
        changes["statutory_days"] = check_statutory_days(changes["statutory_days"])  # type: ignore[arg-type]
    if "extension_max_days" in changes:
        _check_extension(changes["extension_max_days"])
    if "pause_for_payment" in changes:
        changes["pause_for_payment"] = bool(changes["pause_for_payment"])
    if "documents" in changes:
        changes["documents"] = check_documents(str(changes["documents"] or ""))
    with unit_of_work(ctx) as uow:
        p = uow.session.scalar(select(Procedure).where(Procedure.code == code, Procedure.deleted_at.is_(None)))
        if p is None:
            raise NotFoundError("procedure", code)
        values = dict(changes)
        if "field" in values:
            values["field_id"] = ensure_field(uow, str(values.pop("field"))).id
        if "name" in values:
            values["name"] = nfc(required(str(values["name"]), "name", Phrase("label.procedure_name")))
        uow.update(p, values)
        return _procedure_info(p, uow.session.get_one(Field, p.field_id))


def remove_procedure(ctx: ServiceContext, code: str) -> None:
    _require_editor(ctx)
    with unit_of_work(ctx) as uow:
        p = uow.session.scalar(select(Procedure).where(Procedure.code == code, Procedure.deleted_at.is_(None)))
        if p is None:
            raise NotFoundError("procedure", code)
        uow.soft_delete(p)


def list_fields(ctx: ServiceContext) -> list[FieldInfo]:
    with ctx.db.session() as session:
        return [_field_info(f) for f in session.scalars(
            select(Field).where(Field.deleted_at.is_(None)).order_by(Field.name))]


def list_procedures(ctx: ServiceContext, search: str = "", include_inactive: bool = False) -> list[ProcedureInfo]:
    with ctx.db.session() as session:
        q = (select(Procedure, Field).join(Field, Procedure.field_id == Field.id)
             .where(Procedure.deleted_at.is_(None)).order_by(Field.name, Procedure.code))
        if not include_inactive:
            q = q.where(Procedure.active.is_(True))
        for term in fold(search).split():
            q = q.where(Procedure.search_text.contains(term, autoescape=True))
        return [_procedure_info(p, f) for p, f in session.execute(q)]


def _seed_documents(value: object) -> str:
    """The shipped file lists papers as a JSON list or as one “A; B” string."""
    return check_documents("\n".join(map(str, value)) if isinstance(value, list) else str(value or ""))


def seed_catalogue(ctx: ServiceContext) -> int:
    """Add the shipped catalogue's fields and procedures that are not there yet; returns how many procedures."""
    data = json.loads(resource_path("catalogue", "procedures.json").read_text(encoding="utf-8"))
    names = {f["code"]: f["name"] for f in data["fields"]}
    added = 0
    with unit_of_work(ctx) as uow:
        fields = {f.code: f for f in uow.session.scalars(select(Field))}
        existing = set(uow.session.scalars(select(Procedure.code)))
        for code, name in names.items():
            if code not in fields:
                fields[code] = uow.add(Field(code=code, name=name))
        for item in data["procedures"]:
            if item["code"] in existing:
                continue
            pauses, extension = field_defaults(fields[item["field"]])
            uow.add(Procedure(code=item["code"], name=item["name"], field_id=fields[item["field"]].id,
                              level=item.get("level", "commune"),
                              statutory_days=check_statutory_days(item["statutory_days"]),
                              fee=int(item.get("fee", 0)), online_level=item.get("online_level", "partial"),
                              boundary_free=bool(item.get("boundary_free", False)),
                              pause_for_payment=bool(item.get("pause_for_payment", pauses)),
                              extension_max_days=int(item.get("extension_max_days", extension)),
                              documents=_seed_documents(item.get("documents", ""))))
            added += 1
    return added
