"""The training log: courses for officials, who took part, their hours and certificates, and yearly hours."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from desktop.domain.certificates import certificate_state
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold, name_sort_key, nfc
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import live_row, required
from desktop.store.models import Officer, Participation, TrainingCourse
from desktop.store.search import search_condition

CATEGORIES = {"digital_skills": "Kỹ năng số", "ai": "Trí tuệ nhân tạo", "security": "An toàn thông tin",
              "other": "Khác"}
MODES = {"in_person": "Trực tiếp", "online": "Trực tuyến", "blended": "Kết hợp"}
RESULTS = {"attended": "Tham dự", "passed": "Đạt", "failed": "Không đạt", "absent": "Vắng mặt"}
MAX_COURSE_HOURS = 2000.0


@dataclass(frozen=True)
class CourseInfo(Record):
    id: str
    topic: str
    category: str
    organiser: str
    mode: str
    start_date: date
    end_date: date
    hours: float
    location: str
    participants: int  # present (every result but "absent")
    person_hours: float


@dataclass(frozen=True)
class ParticipationInfo(Record):
    id: str
    course_id: str
    course_topic: str
    officer_id: str | None
    person_name: str
    unit: str
    hours_attended: float
    result: str
    certificate_no: str
    certificate_date: date | None
    certificate_expiry: date | None
    certificate_state: str  # none | valid | expiring | expired


def _participation_info(p: Participation, topic: str, today: date) -> ParticipationInfo:
    held = bool(p.certificate_no or p.certificate_date or p.certificate_expiry)
    return ParticipationInfo(p.id, p.course_id, topic, p.officer_id, p.person_name, p.unit, p.hours_attended,
                             p.result, p.certificate_no, p.certificate_date, p.certificate_expiry,
                             certificate_state(p.certificate_expiry, today, held))


def _course_info(session: Session, c: TrainingCourse) -> CourseInfo:
    count, hours = session.execute(
        select(func.count(Participation.id).filter(Participation.result != "absent"),
               func.coalesce(func.sum(Participation.hours_attended), 0.0))
        .where(Participation.course_id == c.id, Participation.deleted_at.is_(None))).one()
    return CourseInfo(c.id, c.topic, c.category, c.organiser, c.mode, c.start_date, c.end_date, c.hours, c.location,
                      int(count), float(hours))


def _hours(value: object, field: str, top: float) -> float:
    number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not number or not isinstance(value, int | float) or not 0 <= value <= top:
        raise ValidationError(f"{field}.invalid#hours", field=field, top=top)
    return float(value)


def _choice(value: object, options: dict[str, str], field: str, label: Phrase) -> str:
    if value not in options:
        raise ValidationError(f"{field}.invalid#choice", field=field, label=label)
    return str(value)


def _date(value: object, field: str) -> date | None:
    if value is not None and type(value) is not date:  # a datetime is a date too, but not one we store
        raise ValidationError(f"{field}.invalid#check", field=field)
    return value if isinstance(value, date) else None


def check_course(v: dict[str, object]) -> None:
    """Validate and clean a course's full set of values in place."""
    v["topic"] = nfc(required(str(v["topic"] or ""), "topic", Phrase("label.course_topic")))
    for key in ("organiser", "location", "note"):
        v[key] = nfc(str(v[key] or "").strip())
    _choice(v["category"], CATEGORIES, "category", Phrase("label.category"))
    _choice(v["mode"], MODES, "mode", Phrase("label.mode"))
    start = _date(v["start_date"], "start_date")
    if start is None:
        raise ValidationError("start_date.required", field="start_date")
    v["end_date"] = end = _date(v["end_date"], "end_date") or start
    if end < start:
        raise ValidationError("end_date.before_start", field="end_date")
    v["hours"] = hours = _hours(v["hours"], "hours", MAX_COURSE_HOURS)
    if hours <= 0:
        raise ValidationError("hours.invalid", field="hours")


def _course(session: Session, course_id: str) -> TrainingCourse:
    return live_row(session, TrainingCourse, course_id, "course")


def _live_participations(session: Session, course_id: str) -> list[Participation]:
    return list(session.scalars(select(Participation).where(Participation.course_id == course_id,
                                                            Participation.deleted_at.is_(None))))


def add_course(ctx: ServiceContext, topic: str, *, start_date: date, hours: float, end_date: date | None = None,
               category: str = "digital_skills", organiser: str = "", mode: str = "in_person", location: str = "",
               note: str = "") -> CourseInfo:
    v: dict[str, object] = {"topic": topic, "start_date": start_date, "end_date": end_date, "hours": hours,
                            "category": category, "organiser": organiser, "mode": mode, "location": location,
                            "note": note}
    check_course(v)
    with unit_of_work(ctx) as uow:
        c = uow.add(TrainingCourse(**v))
        return _course_info(uow.session, c)


def edit_course(ctx: ServiceContext, course_id: str, **changes: object) -> CourseInfo:
    fields = ("topic", "start_date", "end_date", "hours", "category", "organiser", "mode", "location", "note")
    unknown = set(changes) - set(fields)
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    with unit_of_work(ctx) as uow:
        c = _course(uow.session, course_id)
        v = {k: changes.get(k, getattr(c, k)) for k in fields}
        check_course(v)
        taken = _live_participations(uow.session, c.id)
        if any(p.hours_attended > v["hours"] for p in taken):  # type: ignore[operator]
            raise ValidationError("hours.below_attended", field="hours")
        if any(p.certificate_date is not None and p.certificate_date < v["start_date"] for p in taken):  # type: ignore[operator]
            raise ValidationError("start_date.after_certificate", field="start_date")
        uow.update(c, v)
        return _course_info(uow.session, c)


def remove_course(ctx: ServiceContext, course_id: str) -> None:
    """Soft-delete the course and, with it, everyone's participation in it."""
    with unit_of_work(ctx) as uow:
        c = _course(uow.session, course_id)
        for p in _live_participations(uow.session, c.id):
            uow.soft_delete(p)
        uow.soft_delete(c)


_PARTICIPATION_FIELDS = ("officer_id", "person_name", "unit", "hours_attended", "result", "certificate_no",
                         "certificate_date", "certificate_expiry")


def check_participation(session: Session, c: TrainingCourse, v: dict[str, object], own_id: str | None) -> None:
    """Validate and clean a participation's values in place.

    A linked officer's name is always copied from the officer record; the unit too, unless one is typed (people
    move, and the unit at the time of the course is what the log should keep).
    """
    if v["officer_id"]:
        o = session.get(Officer, v["officer_id"])
        if o is None or o.deleted_at is not None:
            raise ValidationError("officer_id.not_found", field="officer_id")
        twice = session.scalar(select(Participation.id).where(
            Participation.course_id == c.id, Participation.officer_id == o.id, Participation.deleted_at.is_(None)))
        if twice is not None and twice != own_id:
            raise ValidationError("officer_id.duplicate", field="officer_id", full_name=o.full_name)
        v["person_name"] = o.full_name
        v["unit"] = o.unit or v["unit"]
    else:
        v["officer_id"] = None
    v["person_name"] = nfc(required(str(v["person_name"] or ""), "person_name", Phrase("label.person_s_name")))
    v["unit"] = nfc(str(v["unit"] or "").strip())
    v["certificate_no"] = nfc(str(v["certificate_no"] or "").strip())
    v["result"] = _choice(v["result"], RESULTS, "result", Phrase("label.result"))
    v["hours_attended"] = _hours(v["hours_attended"], "hours_attended", c.hours)
    if v["result"] == "absent" and v["hours_attended"]:
        raise ValidationError("hours_attended.absent", field="hours_attended")
    issued = _date(v["certificate_date"], "certificate_date")
    expiry = _date(v["certificate_expiry"], "certificate_expiry")
    if issued is not None and issued < c.start_date:
        raise ValidationError("certificate_date.before_course", field="certificate_date")
    if expiry is not None and issued is None:
        raise ValidationError("certificate_date.required", field="certificate_date")
    if expiry is not None and expiry <= issued:  # type: ignore[operator]
        raise ValidationError("certificate_expiry.before_issue", field="certificate_expiry")


def add_participation(ctx: ServiceContext, course_id: str, *, officer_id: str | None = None, person_name: str = "",
                      unit: str = "", hours_attended: float, result: str = "attended", certificate_no: str = "",
                      certificate_date: date | None = None, certificate_expiry: date | None = None
                      ) -> ParticipationInfo:
    v: dict[str, object] = {"officer_id": officer_id, "person_name": person_name, "unit": unit,
                            "hours_attended": hours_attended, "result": result, "certificate_no": certificate_no,
                            "certificate_date": certificate_date, "certificate_expiry": certificate_expiry}
    with unit_of_work(ctx) as uow:
        c = _course(uow.session, course_id)
        check_participation(uow.session, c, v, None)
        p = uow.add(Participation(course_id=c.id, **v))
        return _participation_info(p, c.topic, ctx.today())


def _participation(session: Session, participation_id: str) -> Participation:
    return live_row(session, Participation, participation_id, "participation")


def edit_participation(ctx: ServiceContext, participation_id: str, **changes: object) -> ParticipationInfo:
    unknown = set(changes) - set(_PARTICIPATION_FIELDS)
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    with unit_of_work(ctx) as uow:
        p = _participation(uow.session, participation_id)
        c = _course(uow.session, p.course_id)
        v = {k: changes.get(k, getattr(p, k)) for k in _PARTICIPATION_FIELDS}
        if v["officer_id"] != p.officer_id and "unit" not in changes:
            v["unit"] = ""  # another officer: copy their unit too
        check_participation(uow.session, c, v, p.id)
        uow.update(p, v)
        return _participation_info(p, c.topic, ctx.today())


def remove_participation(ctx: ServiceContext, participation_id: str) -> None:
    with unit_of_work(ctx) as uow:
        uow.soft_delete(_participation(uow.session, participation_id))


def _in_year(year: int | None) -> ColumnElement[bool]:
    if year is None:
        return true()
    return TrainingCourse.start_date.between(date(year, 1, 1), date(year, 12, 31))


def list_courses(ctx: ServiceContext, year: int | None = None, search: str = "") -> list[CourseInfo]:
    """Courses starting in `year` (all when None), newest first; search over topic, organiser and place."""
    terms = fold(search).split()
    with ctx.db.session() as session:
        rows = session.scalars(select(TrainingCourse).where(TrainingCourse.deleted_at.is_(None), _in_year(year))
                               .order_by(TrainingCourse.start_date.desc(), TrainingCourse.topic))
        # Courses are few (tens a year) and carry no search column, so they are matched here.
        found = [c for c in rows if all(t in fold(f"{c.topic} {c.organiser} {c.location}") for t in terms)]
        return [_course_info(session, c) for c in found]


def list_participations(ctx: ServiceContext, course_id: str | None = None, search: str = "") -> list[ParticipationInfo]:
    """Participations (of one course, or all), newest course first, people by given name."""
    with ctx.db.session() as session:
        q = (select(Participation, TrainingCourse).join(TrainingCourse, Participation.course_id == TrainingCourse.id)
             .where(Participation.deleted_at.is_(None), TrainingCourse.deleted_at.is_(None),
                    search_condition("participations", Participation.search_text, fold(search))))
        if course_id is not None:
            q = q.where(Participation.course_id == course_id)
        rows = sorted(session.execute(q).all(),
                      key=lambda r: (-r[1].start_date.toordinal(), r[1].id, name_sort_key(r[0].person_name)))
        return [_participation_info(p, c.topic, ctx.today()) for p, c in rows]


def hours_by_person(ctx: ServiceContext, year: int) -> list[tuple[str, str, float]]:
    """(name, unit, hours attended) per person over courses starting in `year`, people by given name.

    A linked officer counts as one person whatever the copied name says; free-text names count by name and unit.
    """
    with ctx.db.session() as session:
        rows = session.execute(
            select(Participation.officer_id, Participation.person_name, Participation.unit,
                   Participation.hours_attended)
            .join(TrainingCourse, Participation.course_id == TrainingCourse.id)
            .where(Participation.deleted_at.is_(None), TrainingCourse.deleted_at.is_(None), _in_year(year))
            .order_by(TrainingCourse.start_date))
        totals: dict[tuple[str, ...], list] = {}
        for officer_id, name, unit, hours in rows:
            key = ("officer", officer_id) if officer_id else ("name", fold(name), fold(unit))
            entry = totals.setdefault(key, [name, unit, 0.0])
            entry[0], entry[1] = name, unit  # the latest course's spelling wins
            entry[2] += hours
        people = [(name, unit, round(hours, 2)) for name, unit, hours in totals.values()]
        return sorted(people, key=lambda r: (name_sort_key(r[0]), fold(r[1])))
