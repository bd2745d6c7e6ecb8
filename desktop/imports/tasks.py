"""Importing the province's plan-task list (Resolution 57, Plan 02-KH/BCĐTW, the province's own plans): tasks
matched by code, checked by the task service's own rule (`tasks.check_task`), a completion date in the file marking
the task done. Rows the file leaves blank keep what the workbook has."""

from __future__ import annotations

from datetime import date
from functools import partial
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
    run_apply,
    run_preview,
)
from desktop.imports.upsert import UpsertRules, plan_upserts, write_upserts
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


def _code(r: ParsedRow, _issues: Issues) -> str:
    return str(r.values["code"]).strip().lower()  # codes match whatever their case


def _repeated(r: ParsedRow, issues: Issues, _key: str, seen: int) -> None:
    issues.row_error(r.number, "code", "row.task_code_repeats_row", code=str(r.values["code"]).strip(), seen=seen)


def _checked(today: date, r: ParsedRow, issues: Issues, full: dict[str, object],
             stored: PlanTask | None) -> dict[str, object] | None:
    if stored is not None:
        full["code"] = stored.code  # matched case-insensitively: the stored spelling stays
    done_on = full.pop("done_on")
    try:
        check_task(full)  # the task service's rule: required text, lengths, dates
        not_after(done_on if isinstance(done_on, date) else None, today, "done_on")
    except ValidationError as exc:
        issues.rule(r.number, exc, {"source": "source_document"})
        return None
    full["done_on"] = done_on
    full["status"] = "done" if done_on is not None else "open"
    return full


def _plan(session: Session, ctx: ServiceContext, rows: list[ParsedRow], issues: Issues) -> Plan:
    stored = {t.code.lower(): t for t in session.scalars(select(PlanTask).where(PlanTask.deleted_at.is_(None)))}
    return plan_upserts(rows, issues, stored, UpsertRules(_FIELDS, _NEW, _code, _repeated,
                                                          partial(_checked, ctx.today())))


def _write(uow: UnitOfWork, plan: Plan) -> None:
    write_upserts(uow, PlanTask, plan)


KIND = ImportKind("tasks", "nhiệm vụ", "plan tasks", COLUMNS, _plan, _write, "nhiem-vu.xlsx", EXAMPLES,
                  (_done_not_before_given,))


def preview_tasks(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportPreview:
    return run_preview(ctx, path, KIND, sheet)


def apply_tasks(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportResult:
    return run_apply(ctx, path, KIND, sheet)
