"""Importing training attendance lists: a course and its participants, one participant a row.

The course columns repeat on every row or are left blank (or merged) under the first row of a course; a course is
the same course when topic (in any spelling) and start date match. Participants are matched within the course by
the linked officer, else by name and unit; a participant whose name (and unit, when given) is exactly one active
officer's is linked to that officer. People already in the course but not in the file are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

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
from desktop.services.training import CATEGORIES, MODES, RESULTS, check_course, check_participation
from desktop.store.models import Officer, Participation, TrainingCourse

COURSE_FIELDS = ("topic", "start_date", "end_date", "hours", "category", "organiser", "mode", "location")
PERSON_FIELDS = ("officer_id", "person_name", "unit", "hours_attended", "result", "certificate_no",
                 "certificate_date", "certificate_expiry")
_NEW_COURSE = {"end_date": None, "category": "digital_skills", "organiser": "", "mode": "in_person", "location": "",
               "note": ""}  # as training.add_course
_RESULT_ALIASES = {"hoan thanh": "passed", "khong hoan thanh": "failed", "vang": "absent", "co mat": "attended",
                   "tham gia": "attended"}
_MODE_ALIASES = {"offline": "in_person", "truc tiep tai lop": "in_person", "truc tuyen qua mang": "online",
                 "ket hop truc tiep va truc tuyen": "blended"}
_CATEGORY_ALIASES = {"ky nang so co ban": "digital_skills", "ai": "ai", "tri tue nhan tao ai": "ai",
                     "an ninh mang": "security", "bao mat": "security"}

COLUMNS = (
    Column("topic", "Khóa đào tạo", "Course", cells.name, required=True, fill_down=True, width=40,
           aliases=("khóa học", "tên khóa học", "tên khóa đào tạo", "chủ đề", "nội dung đào tạo", "lớp")),
    Column("start_date", "Ngày bắt đầu", "Start date", cells.day, required=True, fill_down=True, width=13,
           aliases=("từ ngày", "ngày học")),
    Column("end_date", "Ngày kết thúc", "End date", cells.day, fill_down=True, width=13, aliases=("đến ngày",)),
    Column("hours", "Số giờ khóa học", "Course hours", cells.hours, fill_down=True, width=10,
           aliases=("thời lượng", "số giờ của khóa học", "thời lượng giờ")),
    Column("organiser", "Đơn vị tổ chức", "Organiser", cells.name, fill_down=True, width=28,
           aliases=("cơ quan tổ chức", "đơn vị đào tạo")),
    Column("mode", "Hình thức", "Mode", cells.choice(MODES, _MODE_ALIASES, Phrase("label.mode")), fill_down=True,
           width=12, choices=tuple(MODES.values()), aliases=("hình thức đào tạo", "hình thức học")),
    Column("category", "Nhóm nội dung", "Category", cells.choice(CATEGORIES, _CATEGORY_ALIASES,
                                                                    Phrase("label.category")),
           fill_down=True, width=18, choices=tuple(CATEGORIES.values()), aliases=("lĩnh vực đào tạo",)),
    Column("location", "Địa điểm", "Place", cells.name, fill_down=True, width=22,
           aliases=("nơi học", "địa điểm tổ chức")),
    Column("person_name", "Họ và tên", "Full name", cells.name, required=True, width=26,
           aliases=("họ tên", "họ và tên học viên", "học viên", "tên học viên")),
    Column("unit", "Đơn vị công tác", "Unit", cells.name, width=28, aliases=("đơn vị", "cơ quan")),
    Column("hours_attended", "Số giờ tham dự", "Hours attended", cells.hours, width=10,
           aliases=("số giờ học", "số giờ", "giờ tham dự")),
    Column("result", "Kết quả", "Result", cells.choice(RESULTS, _RESULT_ALIASES, Phrase("label.result")), width=12,
           choices=tuple(RESULTS.values())),
    Column("certificate_no", "Số chứng chỉ", "Certificate no.", cells.code, width=16, as_text=True,
           aliases=("số giấy chứng nhận", "số hiệu chứng chỉ")),
    Column("certificate_date", "Ngày cấp chứng chỉ", "Certificate date", cells.day, width=13, aliases=("ngày cấp",)),
    Column("certificate_expiry", "Ngày hết hạn chứng chỉ", "Certificate expiry", cells.day, width=13,
           aliases=("ngày hết hạn", "hạn chứng chỉ")),
)

_COURSE = ("Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", date(2026, 10, 12), date(2026, 10, 13), 16,
           "Sở Khoa học và Công nghệ", "Trực tiếp", "Kỹ năng số", "Hội trường UBND xã")
EXAMPLES = (
    (*_COURSE, "Nguyễn Thị Lan", "Văn phòng HĐND và UBND", 16, "Đạt", "KNS-2026-0101", date(2026, 10, 13), None),
    (*([None] * len(_COURSE)), "Lê Minh Đức", "Bộ phận Một cửa", 12, "Tham dự", None, None, None),
    (*([None] * len(_COURSE)), "Hoàng Văn Nam", "Công an xã", None, "Vắng mặt", None, None, None),
)


def _certificate_dates(v: dict[str, object]) -> tuple[str, str] | None:
    """The training service's certificate-date rules, checked with the cells so every problem shows at once."""
    issued, expiry, start = v.get("certificate_date"), v.get("certificate_expiry"), v.get("start_date")
    if isinstance(issued, date) and isinstance(start, date) and issued < start:
        return ("certificate_date", "certificate_date.before_course")
    if expiry is not None and issued is None:
        return ("certificate_date", "certificate_date.required")
    if isinstance(expiry, date) and isinstance(issued, date) and expiry <= issued:
        return ("certificate_expiry", "certificate_expiry.before_issue")
    return None


@dataclass
class _Group:
    first: int  # row number of the course's first row
    given: dict[str, object]  # course values the file gives
    rows: list[ParsedRow] = field(default_factory=list)


@dataclass
class _Op:
    course_id: str | None
    course_values: dict[str, object] | None  # everything for a new course, the changes for a stored one
    people: list[tuple[str | None, dict[str, object]]] = field(default_factory=list)  # (participation id, values)


def _groups(rows: list[ParsedRow], issues: Issues) -> list[_Group]:
    groups: dict[tuple[str, date], _Group] = {}
    for r in rows:
        given = {k: r.values[k] for k in COURSE_FIELDS if k in r.values}
        g = groups.setdefault((fold(str(given["topic"])), given["start_date"]), _Group(r.number, given))  # type: ignore[index]
        clash = next((k for k, val in given.items() if k != "topic" and g.given.setdefault(k, val) != val), None)
        if clash is not None:
            issues.row_error(r.number, clash, "row.differs_from_course_details", first=g.first)
            continue
        g.rows.append(r)
    return list(groups.values())


def _course_values(g: _Group, stored: TrainingCourse | None, issues: Issues) -> dict[str, object] | None:
    base = dict(_NEW_COURSE) if stored is None else {k: getattr(stored, k) for k in (*COURSE_FIELDS, "note")}
    full = {**base, **g.given}
    if stored is not None:
        full["topic"] = stored.topic  # the topic is how the course was found: another spelling does not rename it
    if "hours" not in full:
        issues.row_error(g.first, "hours", "row.new_course_needs_its")
        return None
    try:
        check_course(full)
    except ValidationError as exc:
        issues.rule(g.first, exc)
        return None
    return full


def _linked(officers: list[Officer], name: str, unit: str | None) -> Officer | None:
    found = [o for o in officers if fold(o.full_name) == fold(name) and (unit is None or fold(o.unit) == fold(unit))]
    return found[0] if len(found) == 1 else None


def _person(session: Session, course: SimpleNamespace, taken: list[Participation], officers: list[Officer],
            r: ParsedRow, issues: Issues) -> tuple[Participation | None, dict[str, object]] | None:
    """The stored participation this row matches (or None) and its full checked values; None on an error."""
    v = r.values
    name, unit = str(v["person_name"]), v.get("unit")
    officer = _linked(officers, name, unit)  # type: ignore[arg-type]
    match = [p for p in taken if officer is not None and p.officer_id == officer.id]
    if not match:  # also a person typed before they had an officer record, who is linked from now on
        match = [p for p in taken if p.officer_id is None and fold(p.person_name) == fold(name)
                 and (unit is None or fold(p.unit) == fold(str(unit)))]
    if len(match) > 1:
        issues.row_error(r.number, "person_name", "row.course_already_has_participants", match_count=len(match),
                         name=name)
        return None
    old = match[0] if match else None
    base = {"officer_id": None, "person_name": name, "unit": "", "result": "attended", "certificate_no": "",
            "certificate_date": None, "certificate_expiry": None} if old is None else \
        {k: getattr(old, k) for k in PERSON_FIELDS}
    full = {**base, **{k: v[k] for k in PERSON_FIELDS if k in v}}
    full["officer_id"] = officer.id if officer is not None else full["officer_id"]
    if "hours_attended" not in v:  # blank: absent people attended 0 hours, new ones the whole course
        if full["result"] == "absent":
            full["hours_attended"] = 0.0
        elif old is None:
            full["hours_attended"] = course.hours
    try:
        check_participation(session, course, full, old.id if old else None)  # type: ignore[arg-type]
    except ValidationError as exc:
        issues.rule(r.number, exc, {"officer_id": "person_name"})
        return None
    return old, full


def _identities(r: ParsedRow, found: tuple[Participation | None, dict[str, object]] | None) -> set[str]:
    """The keys a person is listed under once per course: the name and unit as typed and, as two spellings can still
    be one person, the officer linked and the stored participation matched."""
    keys = {f"name:{fold(str(r.values['person_name']))}|{fold(str(r.values.get('unit', '')))}"}
    if found is not None:
        old, values = found
        keys |= {f"row:{old.id}"} if old is not None else set()
        keys |= {f"officer:{values['officer_id']}"} if values["officer_id"] else set()
    return keys


def _plan(session: Session, ctx: ServiceContext, rows: list[ParsedRow], issues: Issues) -> Plan:
    plan = Plan()
    bad = issues.bad_rows()
    courses = list(session.scalars(select(TrainingCourse).where(TrainingCourse.deleted_at.is_(None))))
    officers = list(session.scalars(select(Officer).where(Officer.deleted_at.is_(None), Officer.active.is_(True))))
    for g in _groups([r for r in rows if r.number not in bad], issues):
        key = (fold(str(g.given["topic"])), g.given["start_date"])
        stored = next((c for c in courses if (fold(c.topic), c.start_date) == key), None)
        full = _course_values(g, stored, issues)
        if full is None:
            continue
        taken = [] if stored is None else list(session.scalars(select(Participation).where(
            Participation.course_id == stored.id, Participation.deleted_at.is_(None))))
        course = SimpleNamespace(id=stored.id if stored else None, hours=full["hours"], start_date=full["start_date"])
        op = _Op(stored.id if stored else None, full if stored is None else
                 {k: full[k] for k in COURSE_FIELDS if getattr(stored, k) != full[k]})
        seen: set[str] = set()  # who is already listed for this course, see _identities
        for r in g.rows:
            typed = _identities(r, None)
            found = None if typed & seen else _person(session, course, taken, officers, r, issues)
            same = _identities(r, found)
            if same & seen:
                issues.row_error(r.number, "person_name", "row.this_participant_already_listed")
                continue
            seen |= same
            if found is None:
                continue
            old, values = found
            diff = values if old is None else {k: values[k] for k in PERSON_FIELDS if getattr(old, k) != values[k]}
            action = "new" if old is None else "updated" if diff else "unchanged"
            plan.changes.append(RowChange(r.number, str(values["person_name"]), action, () if old is None else
                                          tuple(diff)))
            if diff:
                op.people.append((old.id if old else None, diff))
        kept = [p for p in taken if f"row:{p.id}" not in seen]
        if any(p.hours_attended > full["hours"] for p in kept):  # type: ignore[operator]
            issues.row_error(g.first, "hours", "row.course_hours_cannot_be")
        state = "mới / new" if stored is None else "cập nhật / updated" if op.course_values else \
            "không đổi / unchanged"
        plan.notes.append(f"Khóa «{full['topic']}» ({full['start_date']:%d/%m/%Y}): {state}")
        if op.course_values or op.people:
            plan.ops.append(op)
    return plan


def _write(uow: UnitOfWork, plan: Plan) -> None:
    for op in plan.ops:
        assert isinstance(op, _Op)
        if op.course_id is None:
            course_id = uow.add(TrainingCourse(**op.course_values)).id  # type: ignore[arg-type]
        else:
            course_id = op.course_id
            if op.course_values:
                uow.update(uow.session.get(TrainingCourse, course_id), op.course_values)
        for pid, values in op.people:
            if pid is None:
                uow.add(Participation(course_id=course_id, **values))
            else:
                uow.update(uow.session.get(Participation, pid), values)


KIND = ImportKind("attendance", "danh sách học viên", "attendance list", COLUMNS, _plan, _write, "dao-tao.xlsx",
                  EXAMPLES, (_certificate_dates,))


def preview_attendance(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportPreview:
    return run_preview(ctx, path, KIND, sheet)


def apply_attendance(ctx: ServiceContext, path: Path | str, sheet: str | None = None) -> ImportResult:
    return run_apply(ctx, path, KIND, sheet)
