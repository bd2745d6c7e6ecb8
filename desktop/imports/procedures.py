"""Importing the procedure catalogue as provinces publish it: code, name, field, working days, fee, online level,
boundary-free, the papers it asks for. Procedures are matched by code; a field named that is not there yet is
created."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold, nfc
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
from desktop.services.catalogue import check_code, check_documents, ensure_field
from desktop.services.context import ServiceContext, UnitOfWork
from desktop.store.models import Field, Procedure

ONLINE = {"full": "Toàn trình", "partial": "Một phần", "none": "Không"}
_ONLINE_ALIASES = {"dvc truc tuyen toan trinh": "full", "muc do 4": "full", "4": "full", "toan phan": "full",
                   "dvc truc tuyen mot phan": "partial", "muc do 3": "partial", "3": "partial",
                   "muc do 2": "none", "2": "none", "muc do 1": "none", "1": "none", "khong truc tuyen": "none",
                   "khong cung cap": "none", "truc tiep": "none"}
# Column keys of the file ↔ attributes of the stored procedure.
_ATTR = {"name": "name", "days": "statutory_days", "fee": "fee", "online": "online_level",
         "boundary_free": "boundary_free", "documents": "documents"}
_DEFAULTS = {"fee": 0, "online_level": "partial", "boundary_free": False}  # as catalogue.add_procedure

COLUMNS = (
    Column("code", "Mã thủ tục", "Procedure code", cells.procedure_code, required=True, width=16, as_text=True,
           aliases=("mã TTHC", "mã số", "mã", "mã thủ tục hành chính", "procedure id")),
    Column("name", "Tên thủ tục", "Procedure name", cells.name, required=True, width=60,
           aliases=("tên TTHC", "tên thủ tục hành chính", "tên")),
    Column("field", "Lĩnh vực", "Field", cells.name, required=True, width=26, aliases=("tên lĩnh vực",)),
    Column("days", "Thời hạn giải quyết (ngày làm việc)", "Days", cells.days, required=True, width=16,
           aliases=("thời hạn giải quyết", "thời hạn", "số ngày", "thời gian giải quyết", "số ngày giải quyết",
                    "statutory days")),
    Column("fee", "Phí, lệ phí (đồng)", "Fee (VND)", cells.money, width=14,
           aliases=("phí lệ phí", "lệ phí", "phí", "mức phí lệ phí", "fee")),
    Column("online", "Mức độ DVC trực tuyến", "Online service level",
           cells.choice(ONLINE, _ONLINE_ALIASES, Phrase("label.online_service_level")), width=16,
           choices=tuple(ONLINE.values()),
           aliases=("mức độ DVCTT", "mức độ", "DVC trực tuyến", "dịch vụ công trực tuyến", "online level")),
    Column("boundary_free", "Phi địa giới", "Boundary-free", cells.yes_no, width=12, choices=("Có", "Không"),
           aliases=("phi địa giới hành chính", "không phụ thuộc địa giới hành chính", "không phụ thuộc địa giới")),
    Column("documents", "Thành phần hồ sơ", "Documents", cells.name, width=50,
           aliases=("thành phần hồ sơ gồm", "hồ sơ gồm", "giấy tờ", "documents required")),
)

EXAMPLES = (
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch", "Trong ngày", "Không", "Toàn trình", "Có",
     "Tờ khai đăng ký khai sinh; Giấy chứng sinh (bản chính)"),
    ("1.003583", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", 0, "8.000", "Toàn trình", "Có",
     "Tờ khai cấp bản sao trích lục hộ tịch"),
    ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 0, "2.000 đồng/trang",
     "Một phần", "Có", "Bản chính giấy tờ, văn bản; Bản sao cần chứng thực (bản sao)"),
    ("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng", 15, "75.000", "Một phần", "Không",
     "Đơn đề nghị cấp giấy phép xây dựng; Giấy tờ về quyền sử dụng đất (bản sao); Bản vẽ thiết kế (02 bản chính)"),
)


@dataclass(frozen=True)
class _Op:
    target: str | None  # the stored procedure's id; None for a new one
    field_text: str | None  # the field to use (created if missing) when it is new or changes
    values: dict[str, object]


def _fields(session: Session) -> tuple[dict[str, Field], dict[str, Field]]:
    live = list(session.scalars(select(Field).where(Field.deleted_at.is_(None))))
    return {f.code: f for f in live}, {fold(f.name): f for f in live}


def _plan(session: Session, ctx: ServiceContext, rows: list[ParsedRow], issues: Issues) -> Plan:
    plan = Plan()
    stored = {p.code: p for p in session.scalars(select(Procedure))}
    by_code, by_name = _fields(session)
    bad = issues.bad_rows()
    seen: dict[str, int] = {}
    new_fields: dict[str, str] = {}
    for r in rows:
        if r.number in bad:
            continue
        v = r.values
        try:
            code = check_code(str(v["code"]), "code")
        except ValidationError as exc:
            issues.rule(r.number, exc)
            continue
        if code in seen:
            issues.row_error(r.number, "code", "row.code_repeats_row", code=code, seen=seen[code])
            continue
        seen[code] = r.number
        field_text = nfc(str(v["field"]))
        f = by_code.get(field_text) or by_name.get(fold(field_text))
        if f is None:
            new_fields.setdefault(fold(field_text), field_text)
        wanted = {_ATTR[k]: v[k] for k in _ATTR if k in v}
        if "documents" in wanted:
            try:
                wanted["documents"] = check_documents(str(wanted["documents"]))
            except ValidationError as exc:
                issues.rule(r.number, exc)
                continue
        p = stored.get(code)
        if p is None:
            values = {"code": code, **_DEFAULTS, **wanted}
            plan.ops.append(_Op(None, field_text, values))
            plan.changes.append(RowChange(r.number, code, "new"))
            continue
        if p.deleted_at is not None:
            issues.row_error(r.number, "code", "row.procedure_was_removed_from", code=code)
            continue
        diff = {k: val for k, val in wanted.items() if getattr(p, k) != val}
        field_moves = f is None or f.id != p.field_id
        changed = tuple(k for k, attr in _ATTR.items() if attr in diff) + (("field",) if field_moves else ())
        plan.changes.append(RowChange(r.number, code, "updated" if changed else "unchanged", changed))
        if changed:
            plan.ops.append(_Op(p.id, field_text if field_moves else None, diff))
    plan.notes += [f"Sẽ thêm lĩnh vực mới «{name}» / a new field “{name}” will be added"
                   for name in new_fields.values()]
    return plan


def _write(uow: UnitOfWork, plan: Plan) -> None:
    fields: dict[str, str] = {}  # folded field text → id: a field is looked up (or created) once, not once a row
    for op in plan.ops:
        assert isinstance(op, _Op)
        values = dict(op.values)
        if op.field_text is not None:
            key = fold(op.field_text)
            if key not in fields:
                fields[key] = ensure_field(uow, op.field_text).id
            values["field_id"] = fields[key]
        if op.target is None:
            uow.add(Procedure(**values))
            continue
        uow.update(uow.session.get(Procedure, op.target), values)


KIND = ImportKind("procedures", "thủ tục hành chính", "procedures", COLUMNS, _plan, _write, "thu-tuc.xlsx", EXAMPLES)


def preview_procedures(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportPreview:
    return run_preview(ctx, path, KIND, sheet)


def apply_procedures(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportResult:
    return run_apply(ctx, path, KIND, sheet)
