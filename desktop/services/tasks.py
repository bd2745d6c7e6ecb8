"""Plan tasks (Resolution 57, Plan 02-KH/BCĐTW, the province's plans): add, edit, mark done, and list them with
where each stood on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import tasks as rules
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError
from desktop.services.workbook_checks import choice, clean, day, must, not_after
from desktop.store.models import PlanTask

STATE_CHOICES = {s: rules.STATE_LABELS[s] for s in rules.STATES}
EDITABLE = ("code", "title", "source_document", "source_date", "owner", "deadline", "evidence", "note")


@dataclass(frozen=True)
class TaskInfo(Record):
    id: str
    code: str
    title: str
    source_document: str
    source_date: date | None
    owner: str
    deadline: date
    status: str  # open | done
    done_on: date | None
    evidence: str
    note: str
    state: str  # done_on_time | done_late | in_progress | overdue, as of the list's day
    state_label: str


@dataclass(frozen=True)
class TaskList(Record):
    as_of: date
    tasks: tuple[TaskInfo, ...]
    summary: dict[str, int]  # every state, zero when none


def _info(t: PlanTask, as_of: date) -> TaskInfo:
    state = rules.task_state(t.deadline, t.done_on, as_of)
    return TaskInfo(t.id, t.code, t.title, t.source_document, t.source_date, t.owner, t.deadline, t.status,
                    t.done_on, t.evidence, t.note, state, rules.STATE_LABELS[state][0])


def check_task(v: dict[str, object]) -> None:
    """Validate and clean a task's full set of values in place (the store derives its search text)."""
    v["code"] = must(v["code"], "code", Phrase("label.task_code"), 32)  # type: ignore[arg-type]
    v["title"] = must(v["title"], "title", Phrase("label.task_title"), 2000)  # type: ignore[arg-type]
    v["source_document"] = clean(v["source_document"], "source", 200)
    v["owner"] = clean(v["owner"], "owner", 200)
    v["evidence"] = clean(v["evidence"], "evidence", 2000)
    v["note"] = clean(v["note"], "note", 2000)
    v["source_date"] = day(v["source_date"], "source_date", optional=True)
    v["deadline"] = day(v["deadline"], "deadline")
    if v["source_date"] is not None and v["deadline"] < v["source_date"]:  # type: ignore[operator]
        raise ValidationError("deadline.before_source", field="deadline")


def _find(session: Session, code: str) -> PlanTask | None:
    return session.scalar(select(PlanTask).where(func.lower(PlanTask.code) == (code or "").strip().lower(),
                                                 PlanTask.deleted_at.is_(None)))


def _load(session: Session, code: str) -> PlanTask:
    task = _find(session, code)
    if task is None:
        raise NotFoundError("code", code)
    return task


def _code_free(session: Session, code: str, own_id: str | None = None) -> None:
    clash = _find(session, code)
    if clash is not None and clash.id != own_id:
        raise ValidationError("code.duplicate#code_free", field="code", code=code)


def add_task(ctx: ServiceContext, code: str, title: str, deadline: date, *, source_document: str = "",
             source_date: date | None = None, owner: str = "", evidence: str = "", note: str = "") -> TaskInfo:
    v: dict[str, object] = {"code": code, "title": title, "source_document": source_document,
                            "source_date": source_date, "owner": owner, "deadline": deadline, "evidence": evidence,
                            "note": note}
    check_task(v)
    with unit_of_work(ctx) as uow:
        _code_free(uow.session, str(v["code"]))
        return _info(uow.add(PlanTask(**v, status="open")), ctx.today())


def edit_task(ctx: ServiceContext, code: str, /, **changes: object) -> TaskInfo:
    """Change what describes a task (`code=` renames it); done or not changes through `complete_task`."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    with unit_of_work(ctx) as uow:
        task = _load(uow.session, code)
        v = {k: changes.get(k, getattr(task, k)) for k in EDITABLE}
        check_task(v)
        _code_free(uow.session, str(v["code"]), task.id)
        uow.update(task, v)
        return _info(task, ctx.today())


def complete_task(ctx: ServiceContext, code: str, done_on: date, evidence: str | None = None) -> TaskInfo:
    """Mark a task done on a (past or present) day; `evidence`, when given, replaces what was written before."""
    done = day(done_on, "done_on")
    not_after(done, ctx.today(), "done_on")
    with unit_of_work(ctx) as uow:
        task = _load(uow.session, code)
        if task.source_date is not None and done < task.source_date:  # type: ignore[operator]
            raise ValidationError("done_on.before_source", field="done_on")
        values: dict[str, object] = {"status": "done", "done_on": done}
        if evidence is not None:
            values["evidence"] = clean(evidence, "evidence", 2000)
        uow.update(task, values)
        return _info(task, ctx.today())


def reopen_task(ctx: ServiceContext, code: str) -> TaskInfo:
    """Take back a completion entered by mistake."""
    with unit_of_work(ctx) as uow:
        task = _load(uow.session, code)
        uow.update(task, {"status": "open", "done_on": None})
        return _info(task, ctx.today())


def remove_task(ctx: ServiceContext, code: str) -> None:
    with unit_of_work(ctx) as uow:
        uow.soft_delete(_load(uow.session, code))


def list_tasks(ctx: ServiceContext, as_of: date | None = None, search: str = "", state: str = "") -> TaskList:
    """Tasks by deadline, each with its state on `as_of` (today by default); `search` is accent-insensitive, `state`
    keeps one state. The summary counts the searched tasks before the state filter, so it always adds up."""
    when = day(as_of, "as_of") if as_of is not None else ctx.today()
    if state:
        choice(state, STATE_CHOICES, "state", Phrase("label.state"))
    with ctx.db.session() as session:
        q = select(PlanTask).where(PlanTask.deleted_at.is_(None)).order_by(PlanTask.deadline, PlanTask.code)
        for term in fold(search).split():
            q = q.where(PlanTask.search_text.contains(term, autoescape=True))
        infos = [_info(t, when) for t in session.scalars(q)]  # type: ignore[arg-type]
    summary = rules.summarize(t.state for t in infos)
    shown = tuple(t for t in infos if not state or t.state == state)
    return TaskList(when, shown, summary)  # type: ignore[arg-type]
