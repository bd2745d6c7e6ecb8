"""Importing the dossier list the province's one-stop system exports, so no dossier is typed twice.

The list has title rows, a header found by its names (in any order, one row or two), a footer, dates as
dd/mm/yyyy [HH:mm], and the province's status words. Dossiers are upserted by their official code: the first import
creates each with its events, the same file again changes nothing, and a changed status becomes an update with its
lifecycle event. Procedures are found by code, else by name; unknown ones are errors unless the caller lets them be
created. Imported dossiers and events say in their note which file they came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cache, partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import lifecycle
from desktop.domain.cccd import check_id_number
from desktop.domain.deadlines import outcome
from desktop.domain.errors import ValidationError
from desktop.domain.lifecycle import Status
from desktop.domain.messages import Phrase
from desktop.domain.text import fold
from desktop.imports import cells, marks766
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
from desktop.imports.profiles import DEFAULT_STATUSES, ImportProfile, with_profile
from desktop.imports.progress import WRITE
from desktop.services.catalogue import ensure_field
from desktop.services.context import ServiceContext, UnitOfWork, to_local, to_utc
from desktop.services.desk_rules import DueRule, due_rule
from desktop.store.models import Dossier, DossierEvent, Procedure

STATUSES = {str(int(s)): vi for s, (vi, _en) in lifecycle.STATUS_LABELS.items()}
_STATUS_ALIASES = {word: str(state) for word, state in DEFAULT_STATUSES.items()}
_STATUS_WHAT = Phrase("label.status#module")
CHANNELS = {"online": "Trực tuyến", "direct": "Trực tiếp", "postal": "Bưu chính"}
_CHANNEL_ALIASES = {"dich vu buu chinh cong ich": "postal", "buu chinh cong ich": "postal", "qua buu chinh": "postal",
                    "dvc truc tuyen": "online", "nop truc tuyen": "online", "tai bo phan mot cua": "direct"}
_CLOSED = (Status.REFUSED, Status.WITHDRAWN, Status.STOPPED)
_CHUNK = 2000  # new dossiers written per flush
_EVENTS_FROM = 850  # the bar's thousandth where writing the dossiers ends and writing their events begins
UNFILED_FIELD = "Chưa phân loại"  # the field of a procedure created from a dossier list, to be sorted later

COLUMNS = (
    Column("code", "Mã hồ sơ", "Dossier code", cells.code, required=True, width=24, as_text=True,
           aliases=("số hồ sơ", "mã số hồ sơ")),
    Column("procedure_code", "Mã thủ tục", "Procedure code", cells.procedure_code, width=14, as_text=True,
           aliases=("mã TTHC", "mã thủ tục hành chính")),
    Column("procedure_name", "Tên thủ tục", "Procedure", cells.name, width=50,
           aliases=("tên thủ tục hành chính", "thủ tục", "tên TTHC", "thủ tục hành chính")),
    Column("applicant", "Chủ hồ sơ", "Applicant", cells.name, required=True, width=26,
           aliases=("người nộp", "tên người nộp", "tổ chức, cá nhân", "người nộp hồ sơ", "tên chủ hồ sơ")),
    Column("id_number", "Số CCCD", "ID number", cells.code, width=14, as_text=True,
           aliases=("số giấy tờ", "số CCCD/CMND", "số định danh", "số giấy tờ tùy thân")),
    Column("received_at", "Ngày tiếp nhận", "Received", cells.moment, required=True, width=17,
           aliases=("ngày nhận", "ngày nhận hồ sơ", "thời gian tiếp nhận")),
    Column("due_date", "Ngày hẹn trả", "Due", cells.day, width=12,
           aliases=("hạn xử lý", "ngày hẹn trả kết quả", "hạn giải quyết")),
    Column("finished_at", "Ngày có kết quả", "Finished", cells.moment, width=17,
           aliases=("ngày hoàn thành", "ngày xử lý xong")),
    Column("returned_at", "Ngày trả kết quả", "Returned", cells.moment, width=17, aliases=("ngày trả",)),
    Column("status", "Trạng thái", "Status", cells.choice(STATUSES, _STATUS_ALIASES, _STATUS_WHAT),
           required=True, width=20, aliases=("trạng thái hồ sơ", "tình trạng")),
    Column("channel", "Hình thức nộp", "Channel", cells.choice(CHANNELS, _CHANNEL_ALIASES,
                                                                    Phrase("label.channel")),
           width=14, aliases=("kênh tiếp nhận", "hình thức")),
    *marks766.COLUMNS,
)
_COMPARED = ("status", "due_date", "finished_at", "returned_at", *marks766.MARKS)


def _procedure_given(v: dict[str, object]) -> tuple[str, str] | None:
    if "procedure_code" not in v and "procedure_name" not in v:
        return ("procedure_name", "row.procedure_needed")
    return None


@dataclass
class _Op:
    target: str | None  # the stored dossier's id, None for a new one
    values: dict[str, object]
    procedure: str | None  # the procedure's id, or the code of one to create (prefixed “new:”)
    event: tuple[int | None, int, datetime] | None = None  # (from, to, at) of the status change
    new_procedure: dict[str, object] = field(default_factory=dict)


def _local_utc(value: object) -> datetime | None:
    return to_utc(value) if isinstance(value, datetime) else None


def _values(rule: Callable[[], DueRule], v: dict[str, object], days: float) -> dict[str, object]:
    status = Status(int(str(v["status"])))
    received = v["received_at"]
    assert isinstance(received, datetime)
    # No due date in the list: the desk's own rule (office hours for online filing, working days, half days).
    due = v.get("due_date") or (None if status == Status.REGISTERED else
                                rule()(days, received, str(v.get("channel", "direct")), ""))
    finished, returned = _local_utc(v.get("finished_at")), _local_utc(v.get("returned_at"))
    values: dict[str, object] = {"status": int(status), "due_date": due, "finished_at": finished,
                                 "returned_at": returned}
    settled = finished or returned
    # Waiting for a supplement stops the clock (form II.06a counts it on time); the list does not say since when.
    values["paused_at"] = to_utc(received) if status == Status.AWAITING_SUPPLEMENT else None
    if status in _CLOSED:
        settled = settled or to_utc(received)
        values["closed_at"] = settled
    values["settled_at"] = settled
    values |= marks766.marks_of(v)  # Decision 766: only the marks the list gives
    done = finished or returned
    values["outcome"] = str(outcome(cells.day(v.get("finished_at") or v.get("returned_at")), due)) \
        if done and due and status not in _CLOSED else None
    return values


def _plan(create_procedures: bool, session: Session, ctx: ServiceContext, rows: list[ParsedRow],
          issues: Issues) -> Plan:
    plan = Plan()
    # Read once for the file, and only if a row lacks its due date: the days off and the office hours.
    rule = cache(partial(due_rule, session))
    live = list(session.scalars(select(Procedure).where(Procedure.deleted_at.is_(None))))
    by_code, by_name = {p.code: p for p in live}, {fold(p.name): p for p in live}
    bad = issues.bad_rows()
    good = [r for r in rows if r.number not in bad]
    codes = [str(r.values["code"]) for r in good]
    stored: dict[str, Dossier] = {}
    for i in range(0, len(codes), 500):
        stored |= {d.code: d for d in session.scalars(select(Dossier).where(Dossier.code.in_(codes[i:i + 500])))}
    typed = _typed_here(session, good, set(stored))
    seen: dict[str, int] = {}
    unknown: dict[str, str] = {}
    for r in good:
        v = r.values
        code = str(v["code"])
        if code in seen:
            issues.row_error(r.number, "code", "row.dossier_code_repeats_row", code=code, seen=seen[code])
            continue
        seen[code] = r.number
        proc = by_code.get(str(v.get("procedure_code", ""))) or by_name.get(fold(str(v.get("procedure_name", ""))))
        if proc is None:
            wanted = str(v.get("procedure_code") or v.get("procedure_name"))
            if not create_procedures or "procedure_code" not in v or "procedure_name" not in v:
                issues.row_error(r.number, "procedure_code" if "procedure_code" in v else "procedure_name",
                                 "row.no_procedure_in_catalogue", wanted=wanted)
                continue
            unknown.setdefault(str(v["procedure_code"]), str(v["procedure_name"]))
        if "id_number" in v:
            try:
                check_id_number(str(v["id_number"]), today=ctx.today())
            except ValidationError as exc:
                issues.explained(r.number, "id_number", exc)
                continue
        values = _values(rule, v, proc.statutory_days if proc else 0)
        d = stored.get(code)
        if d is None and proc is not None:
            # Typed at the desk before the province gave it its code: the same dossier, merged, never doubled.
            d = typed.pop((proc.id, fold(str(v["applicant"])), v["received_at"].date()), None)  # type: ignore[union-attr]
            if d is not None:
                values["code"] = code
        if d is None:
            values |= {"code": code, "applicant_name": v["applicant"], "applicant_id_number": v.get("id_number", ""),
                       "channel": v.get("channel", "direct"), "received_at": to_utc(v["received_at"])}  # type: ignore[arg-type]
            first = Status.REGISTERED if values["status"] == Status.REGISTERED else Status.RECEIVED
            plan.ops.append(_Op(None, values, proc.id if proc else f"new:{v['procedure_code']}",
                                None if values["status"] == first else
                                (int(first), int(str(values["status"])), _last_step(values))))
            plan.changes.append(RowChange(r.number, code, "new"))
            continue
        if d.paused_at is not None and values["paused_at"] is not None:
            del values["paused_at"]  # paused here at a known moment: kept
        diff = {k: values[k] for k in values if getattr(d, k) != values[k]}
        changed = tuple(k for k in ("code", *_COMPARED) if k in diff)
        plan.changes.append(RowChange(r.number, code, "updated" if changed else "unchanged", changed))
        if changed:
            event = (d.status, int(str(values["status"])), _last_step(values)) if "status" in diff else None
            plan.ops.append(_Op(d.id, diff, None, event))
    for code, name in unknown.items():
        plan.notes.append(f"Sẽ thêm thủ tục «{code} {name}» vào lĩnh vực «{UNFILED_FIELD}» / the procedure "
                          f"“{code} {name}” will be added under “{UNFILED_FIELD}”")
        plan.ops.insert(0, _Op(None, {}, f"new:{code}", new_procedure={"code": code, "name": name}))
    return plan


def _typed_here(session: Session, rows: list[ParsedRow], known: set[str]) -> dict[tuple[str, str, object],
                                                                                 Dossier]:
    """Dossiers stored under another code over the file's receipt days, by (procedure, folded applicant, local
    receipt day); a key two stored dossiers share is left out (which one the row means cannot be told)."""
    days = [r.values["received_at"] for r in rows if isinstance(r.values.get("received_at"), datetime)]
    if not days:
        return {}
    start, end = to_utc(min(days)) - timedelta(days=1), to_utc(max(days)) + timedelta(days=1)
    found: dict[tuple[str, str, object], Dossier] = {}
    twice: set[tuple[str, str, object]] = set()
    for d in session.scalars(select(Dossier).where(Dossier.received_at.between(start, end),
                                                   Dossier.deleted_at.is_(None))):
        if d.code in known:
            continue
        key = (d.procedure_id, fold(d.applicant_name), to_local(d.received_at).date())
        if key in found:
            twice.add(key)
        found[key] = d
    return {k: d for k, d in found.items() if k not in twice}


def _last_step(values: dict[str, object]) -> datetime:
    """When the dossier reached its status: the latest time the file gives for it."""
    steps = [t for t in (values.get("returned_at"), values.get("finished_at"), values.get("closed_at"),
                         values.get("received_at")) if isinstance(t, datetime)]
    return max(steps) if steps else datetime.min


def _write(source: str, uow: UnitOfWork, plan: Plan) -> None:
    note = f"Nhập từ danh sách hồ sơ của Hệ thống giải quyết TTHC tỉnh (tệp «{source}»)"
    # Held for the whole write: the store's search index reads each new dossier's procedure while flushing, and a
    # procedure no one holds leaves the session's identity map, to be loaded again for every dossier.
    procedures = list(uow.session.scalars(select(Procedure)))
    created: dict[str, str] = {}
    for op in plan.ops:
        assert isinstance(op, _Op)
        if op.new_procedure:
            field_id = ensure_field(uow, UNFILED_FIELD).id
            created[f"new:{op.new_procedure['code']}"] = uow.add(Procedure(
                **op.new_procedure, field_id=field_id, statutory_days=0)).id
    new = [op for op in plan.ops if isinstance(op, _Op) and op.target is None and not op.new_procedure]
    dossiers: list[dict[str, object]] = []
    plan.progress.stage((WRITE[0], _EVENTS_FROM))
    for chunk in plan.progress.chunks(new, _CHUNK):  # a chunk a statement, so a long write can report and be stopped
        dossiers += uow.insert_rows(Dossier, [{**op.values, "note": note, "procedure_id":
                                               created.get(str(op.procedure), op.procedure)} for op in chunk])
    events: list[dict[str, object]] = []
    actor = uow.ctx.actor
    for op, d in zip(new, dossiers, strict=True):
        received = d["received_at"]
        assert isinstance(received, datetime)
        first = Status.REGISTERED if d["status"] == Status.REGISTERED else Status.RECEIVED
        events.append({"dossier_id": d["id"], "at": received, "action": "register", "from_status": None,
                       "to_status": int(first), "due_date": d["due_date"], "actor": actor, "note": note})
        if op.event is not None:
            events.append({"dossier_id": d["id"], "at": max(op.event[2], received), "action": "import",
                           "from_status": op.event[0], "to_status": op.event[1], "due_date": d["due_date"],
                           "actor": actor, "note": note})
    for op in plan.ops:
        if not isinstance(op, _Op) or op.target is None:
            continue
        d = uow.session.get(Dossier, op.target)
        uow.update(d, op.values)
        if op.event is not None:
            events.append({"dossier_id": d.id, "at": op.event[2] if op.event[2] > datetime.min else uow.ctx.now(),
                           "action": "import", "from_status": op.event[0], "to_status": op.event[1],
                           "due_date": d.due_date, "actor": actor, "note": note})
    plan.progress.stage((_EVENTS_FROM, WRITE[1]))
    for part in plan.progress.chunks(events, _CHUNK * 2):
        uow.insert_rows(DossierEvent, list(part))
    del procedures


KIND = ImportKind("dossiers", "hồ sơ", "dossiers", COLUMNS, partial(_plan, False), partial(_write, ""), "",
                  row_checks=(_procedure_given,))


def kind(create_procedures: bool = False, source: str = "", profile: ImportProfile | None = None) -> ImportKind:
    """The dossier import; unknown procedures are created when `create_procedures` (they need code and name); a
    `profile` says which header feeds which column and turns the province's status words into states."""
    base = replace(KIND, plan=partial(_plan, create_procedures), write=partial(_write, source))
    if profile is None:
        return base
    status = next(c for c in COLUMNS if c.key == "status")
    table = {word: str(state) for word, state in profile.statuses.items()}
    return with_profile(base, profile, replace(status, parse=cells.choice(STATUSES, table, _STATUS_WHAT)))


def preview_dossiers(ctx: ServiceContext, path: Path | str, sheet: str | None = None,
                     create_procedures: bool = False, profile: ImportProfile | None = None) -> ImportPreview:
    return run_preview(ctx, path, kind(create_procedures, Path(path).name, profile), sheet)


def apply_dossiers(ctx: ServiceContext, path: Path | str, sheet: str | None = None,
                   create_procedures: bool = False, profile: ImportProfile | None = None) -> ImportResult:
    return run_apply(ctx, path, kind(create_procedures, Path(path).name, profile), sheet)
