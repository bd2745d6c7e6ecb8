"""Importing the province's plan-task list (Resolution 57, Plan 02-KH/BCĐTW, the province's own plans): tasks
matched by code, checked by the task service's own rule (`tasks.check_task`), a completion date in the file marking
the task done. Rows the file leaves blank keep what the workbook has."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
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
from desktop.services.tasks import check_task
from desktop.services.workbook_checks import not_after
from desktop.store.models import PlanTask

_FIELDS = ("code", "title", "source_document", "source_date", "owner", "deadline", "done_on", "evidence", "note")
_NEW = {"source_document": "", "source_date": None, "owner": "", "done_on": None, "evidence": "", "note": ""}

COLUMNS = (
    Column("code", "Mã nhiệm vụ", "Task code", cells.code, required=True, width=12, as_text=True,
           aliases=("mã", "số hiệu nhiệm vụ", "mã số")),
    Column("title", "Tên nhiệm vụ", "Task", cells.text, required=True, width=48,
           aliases=("nhiệm vụ", "nội dung nhiệm vụ", "nội dung", "tên nhiệm vụ, giải pháp")),
    Column("source_document", "Văn bản giao", "Source document", cells.text, width=28,
           aliases=("căn cứ", "văn bản", "nguồn", "văn bản giao nhiệm vụ", "số văn bản")),
    Column("source_date", "Ngày văn bản", "Document date", cells.day, width=14,
           aliases=("ngày ban hành", "ngày văn bản giao")),
    Column("owner", "Đơn vị chủ trì", "Owner", cells.name, width=26,
           aliases=("chủ trì", "cơ quan chủ trì", "người chủ trì", "người phụ trách", "đơn vị thực hiện")),
    Column("deadline", "Thời hạn hoàn thành", "Deadline", cells.day, required=True, width=14,
           aliases=("thời hạn", "hạn hoàn thành", "hạn", "thời gian hoàn thành")),
    Column("done_on", "Ngày hoàn thành", "Done on", cells.day, width=14,
           aliases=("ngày hoàn thành thực tế", "đã hoàn thành ngày")),
    Column("evidence", "Minh chứng", "Evidence", cells.text, width=30,
           aliases=("kết quả", "sản phẩm", "văn bản báo cáo", "kết quả thực hiện")),
    Column("note", "Ghi chú", "Note", cells.text, width=24),
)

EXAMPLES = (
    ("NV-01", "Số hóa sổ hộ tịch lưu trữ tại xã", "Kế hoạch số 02-KH/BCĐTW", date(2025, 6, 19),
     "Công chức Tư pháp - Hộ tịch", date(2026, 9, 30), date(2026, 9, 25), "Báo cáo số 45/BC-UBND", None),
    ("NV-02", "Thành lập tổ công nghệ số cộng đồng tại các thôn", "Nghị quyết số 57-NQ/TW", None, "Chủ tịch UBND",
     date(2026, 12, 31), None, None, None),
)


def _done_not_before_given(v: dict[str, object]) -> tuple[str, str] | None:
    """A task cannot be done before the document that set it (checked with the cells, so all problems show)."""
    done, given = v.get("done_on"), v.get("source_date")
    if isinstance(done, date) and isinstance(given, date) and done < given:
        return ("done_on", "done_on.before_source")
    return None


@dataclass(frozen=True)
class _Op:
    target: str | None
    values: dict[str, object]


def _plan(session: Session, ctx: ServiceContext, rows: list[ParsedRow], issues: Issues) -> Plan:
    plan = Plan()
    stored = {t.code.lower(): t for t in session.scalars(select(PlanTask).where(PlanTask.deleted_at.is_(None)))}
    bad = issues.bad_rows()
    seen: dict[str, int] = {}
    today = ctx.today()
    for r in rows:
        if r.number in bad:
            continue
        code = str(r.values["code"]).strip()
        if code.lower() in seen:
            issues.row_error(r.number, "code", "row.task_code_repeats_row", code=code, seen=seen[code.lower()])
            continue
        seen[code.lower()] = r.number
        t = stored.get(code.lower())
        base = dict(_NEW) if t is None else {k: getattr(t, k) for k in _FIELDS}
        full = {**base, **{k: r.values[k] for k in _FIELDS if k in r.values}}
        if t is not None:
            full["code"] = t.code  # matched case-insensitively: the stored spelling stays
        done_on = full.pop("done_on")
        try:
            check_task(full)  # the task service's rule: required text, lengths, dates
            not_after(done_on if isinstance(done_on, date) else None, today, "done_on")
        except ValidationError as exc:
            issues.rule(r.number, exc, {"source": "source_document"})
            continue
        full["done_on"] = done_on
        full["status"] = "done" if done_on is not None else "open"
        if t is None:
            plan.ops.append(_Op(None, full))
            plan.changes.append(RowChange(r.number, str(full["code"]), "new"))
            continue
        diff = {k: v for k, v in full.items() if getattr(t, k) != v}
        plan.changes.append(RowChange(r.number, t.code, "updated" if diff else "unchanged", tuple(diff)))
        if diff:
            plan.ops.append(_Op(t.id, diff))
    return plan


def _write(uow: UnitOfWork, plan: Plan) -> None:
    ops = [op for op in plan.ops if isinstance(op, _Op)]
    uow.add_many([PlanTask(**op.values) for op in ops if op.target is None])
    for op in ops:
        if op.target is not None:
            uow.update(uow.session.get(PlanTask, op.target), op.values)


KIND = ImportKind("tasks", "nhiệm vụ", "plan tasks", COLUMNS, _plan, _write, "nhiem-vu.xlsx", EXAMPLES,
                  (_done_not_before_given,))


def preview_tasks(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportPreview:
    return run_preview(ctx, path, KIND, sheet)


def apply_tasks(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportResult:
    return run_apply(ctx, path, KIND, sheet)
