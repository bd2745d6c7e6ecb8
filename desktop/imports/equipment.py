"""Importing the equipment list: devices and links matched by asset tag, checked by the equipment service's rules.

A new status for a device already listed is written as a “status change” event, as the equipment screen does, so
the device's history stays whole.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.imports import cells
from desktop.imports.preview import (
    Column,
    ImportKind,
    ImportPreview,
    ImportResult,
    Issues,
    ParsedRow,
    Plan,
    run_apply,
    run_preview,
)
from desktop.imports.upsert import UpsertRules, plan_upserts, write_upserts
from desktop.services.context import ServiceContext, UnitOfWork
from desktop.services.equipment import KINDS, STATUSES, check_asset_tag, check_device
from desktop.store.models import Equipment, EquipmentEvent

_KIND_ALIASES = {"may tinh": "pc", "may tinh ban": "pc", "pc": "pc", "may vi tinh": "pc", "may tinh xach tay": "laptop",
                 "may in": "printer", "may scan": "scanner", "may quet": "scanner", "chu ky so": "signature_token",
                 "usb token": "signature_token", "token": "signature_token", "duong truyen": "network_link",
                 "internet": "network_link", "duong truyen internet": "network_link", "bo dinh tuyen": "router",
                 "modem": "router", "bo luu dien": "ups", "ups": "ups", "camera": "camera",
                 "thiet bi khac": "other"}
_STATUS_ALIASES = {"tot": "in_use", "binh thuong": "in_use", "dang dung": "in_use", "su dung tot": "in_use",
                   "kem": "degraded", "xuong cap": "degraded", "hu hong": "broken", "hu": "broken",
                   "dang sua": "in_repair", "sua chua": "in_repair", "thanh ly": "retired", "da thanh ly": "retired",
                   "chua su dung": "spare", "du tru": "spare"}
_FIELDS = ("asset_tag", "kind", "model", "serial", "location", "acquired_on", "assigned_to", "status",
           "certificate_expiry", "note")
_NEW = {"model": "", "serial": "", "location": "", "acquired_on": None, "assigned_to": "", "status": "in_use",
        "certificate_expiry": None, "note": ""}  # as equipment.add_equipment

COLUMNS = (
    Column("asset_tag", "Mã tài sản", "Asset tag", cells.code, required=True, width=16, as_text=True,
           aliases=("mã thiết bị", "số hiệu tài sản", "mã số tài sản")),
    Column("kind", "Loại thiết bị", "Kind", cells.choice(KINDS, _KIND_ALIASES, Phrase("label.kind_equipment")),
           required=True, width=22, choices=tuple(KINDS.values()), aliases=("loại", "chủng loại")),
    Column("model", "Model", "Model", cells.text, width=24, aliases=("kiểu máy", "nhãn hiệu", "nhãn hiệu model")),
    Column("serial", "Số sê-ri", "Serial number", cells.code, width=18, as_text=True,
           aliases=("số seri", "số serial", "serial", "s/n")),
    Column("location", "Vị trí", "Location", cells.name, width=22, aliases=("nơi đặt", "vị trí đặt", "địa điểm")),
    Column("acquired_on", "Ngày đưa vào sử dụng", "Acquired on", cells.year_or_day, width=14,
           aliases=("năm đưa vào sử dụng", "năm sử dụng", "ngày mua", "năm mua", "ngày sử dụng")),
    Column("assigned_to", "Người sử dụng", "Assigned to", cells.name, width=22,
           aliases=("người quản lý", "người được giao", "người phụ trách")),
    Column("status", "Tình trạng", "Status", cells.choice(STATUSES, _STATUS_ALIASES, Phrase("label.status")),
           width=16, choices=tuple(STATUSES.values()), aliases=("trạng thái", "tình trạng sử dụng")),
    Column("certificate_expiry", "Ngày hết hạn chứng thư số", "Certificate expiry", cells.day, width=14,
           aliases=("hạn chứng thư", "ngày hết hạn chứng thư", "hết hạn chứng thư số", "hạn chứng thư số")),
    Column("note", "Ghi chú", "Note", cells.text, width=30),
)

EXAMPLES = (
    ("MT-2019-01", "Máy tính để bàn", "Dell OptiPlex 3070", "8XK2J13", "Bộ phận Một cửa", date(2019, 3, 15),
     "Nguyễn Thị Lan", "Đang sử dụng", None, None),
    ("MI-2016-02", "Máy in", "Canon LBP 2900", None, "Văn phòng UBND", 2016, None, "Hoạt động kém",
     None, "Kẹt giấy thường xuyên"),
    ("CKS-01", "Chữ ký số (USB token)", "VNPT-CA", "54010203AB", "Văn phòng UBND", date(2025, 1, 2), "Trần Văn Bình",
     "Đang sử dụng", date(2028, 1, 2), None),
    ("DT-VNPT-01", "Đường truyền mạng", "VNPT FiberVNN 300 Mbps", None, "Trụ sở UBND", date(2023, 7, 1), None,
     "Đang sử dụng", None, "Đường truyền chính"),
)


def _expiry_only_for_tokens(v: dict[str, object]) -> tuple[str, str] | None:
    """The equipment service's rule, checked with the cells so every problem shows at once."""
    if v.get("certificate_expiry") is not None and v.get("kind") not in (None, "signature_token"):
        return ("certificate_expiry", "certificate_expiry.not_token")
    return None


def _tag(r: ParsedRow, issues: Issues) -> str | None:
    try:
        return check_asset_tag(str(r.values["asset_tag"]))
    except ValidationError as exc:
        issues.rule(r.number, exc)
        return None


def _repeated(r: ParsedRow, issues: Issues, tag: str, seen: int) -> None:
    issues.row_error(r.number, "asset_tag", "row.asset_tag_repeats_row", tag=tag, seen=seen)


def _checked(today: date, r: ParsedRow, issues: Issues, full: dict[str, object],
             stored: Equipment | None) -> dict[str, object] | None:
    if stored is not None and stored.deleted_at is not None:
        issues.row_error(r.number, "asset_tag", "row.asset_tag_belongs_to", tag=stored.asset_tag)
        return None
    full["asset_tag"] = stored.asset_tag if stored is not None else check_asset_tag(str(r.values["asset_tag"]))
    try:
        check_device(full, today)  # cleans text, checks dates and the token-only expiry
    except ValidationError as exc:
        issues.rule(r.number, exc)
        return None
    return full


def _plan(session: Session, ctx: ServiceContext, rows: list[ParsedRow], issues: Issues) -> Plan:
    stored = {e.asset_tag: e for e in session.scalars(select(Equipment))}
    rules = UpsertRules(_FIELDS, _NEW, _tag, _repeated, partial(_checked, ctx.today()),
                        lambda v: str(v["asset_tag"]))
    return plan_upserts(rows, issues, stored, rules)


def _status_event(uow: UnitOfWork, e: Equipment, values: dict[str, object]) -> None:
    """The status moves only with an event saying so, as equipment.record_event does."""
    if "status" in values:
        uow.add(EquipmentEvent(equipment_id=e.id, kind="status_change", at=uow.ctx.now(), from_status=e.status,
                               to_status=values["status"], actor=uow.ctx.actor,
                               note="Cập nhật từ tệp nhập danh sách thiết bị"))


def _write(uow: UnitOfWork, plan: Plan) -> None:
    write_upserts(uow, Equipment, plan, _status_event)


KIND = ImportKind("equipment", "thiết bị", "equipment", COLUMNS, _plan, _write, "thiet-bi.xlsx", EXAMPLES,
                  (_expiry_only_for_tokens,))


def preview_equipment(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportPreview:
    return run_preview(ctx, path, KIND, sheet)


def apply_equipment(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportResult:
    return run_apply(ctx, path, KIND, sheet)
