"""Training log: courses, participations, certificates, field-named errors, search and yearly hours."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from support import table_count

from desktop.domain.errors import ValidationError
from desktop.services import officers, training
from desktop.services.errors import NotFoundError

TABLES = ("training_courses", "participations", "audit_log", "sync_outbox")


def _counts(ctx) -> dict[str, int]:  # noqa: ANN001
    return {t: table_count(ctx.db, t) for t in TABLES}


def _course(ctx, **kw) -> training.CourseInfo:  # noqa: ANN001
    values = {"topic": "Kỹ năng số cơ bản cho cán bộ xã", "start_date": date(2026, 9, 7),
              "end_date": date(2026, 9, 9), "hours": 16, "organiser": "Sở KH&CN Quảng Ninh"}
    values.update(kw)
    return training.add_course(ctx, values.pop("topic"), **values)


def test_add_course_writes_audit_and_outbox(ctx) -> None:  # noqa: ANN001
    before = _counts(ctx)
    info = _course(ctx)
    assert (info.hours, info.participants, info.person_hours) == (16.0, 0, 0.0)
    after = _counts(ctx)
    assert {t: after[t] - before[t] for t in TABLES} == {
        "training_courses": 1, "participations": 0, "audit_log": 1, "sync_outbox": 1}
    one_day = _course(ctx, end_date=None, topic="An toàn thông tin")
    assert one_day.end_date == one_day.start_date


@pytest.mark.parametrize(("kw", "field"), [
    ({"topic": "  "}, "topic"),
    ({"end_date": date(2026, 9, 6)}, "end_date"),
    ({"hours": 0}, "hours"),
    ({"hours": -2}, "hours"),
    ({"hours": float("nan")}, "hours"),
    ({"hours": "16"}, "hours"),
    ({"category": "cooking"}, "category"),
    ({"mode": "radio"}, "mode"),
    ({"start_date": datetime(2026, 9, 7, 8, 0)}, "start_date"),
])
def test_bad_course_names_the_field_and_writes_nothing(ctx, kw, field) -> None:  # noqa: ANN001
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        _course(ctx, **kw)
    assert err.value.field == field and err.value.message_vi and err.value.message_en
    assert _counts(ctx) == before


def test_participation_from_an_officer_copies_name_and_unit(ctx) -> None:  # noqa: ANN001
    course = _course(ctx)
    o = officers.add_officer(ctx, "Nguyễn Văn Bình", unit="Văn phòng HĐND-UBND")
    before = _counts(ctx)
    p = training.add_participation(ctx, course.id, officer_id=o.id, person_name="ignored", hours_attended=16,
                                   result="passed")
    assert (p.person_name, p.unit, p.officer_id, p.course_topic) == (
        "Nguyễn Văn Bình", "Văn phòng HĐND-UBND", o.id, course.topic)
    after = _counts(ctx)
    assert {t: after[t] - before[t] for t in TABLES} == {
        "training_courses": 0, "participations": 1, "audit_log": 1, "sync_outbox": 1}
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        training.add_participation(ctx, course.id, officer_id=o.id, hours_attended=8)
    assert err.value.field == "officer_id" and err.value.code == "officer_id.duplicate"
    assert _counts(ctx) == before
    free = training.add_participation(ctx, course.id, person_name="Trần Thị Mai", unit="Thôn Đông", hours_attended=12)
    assert free.officer_id is None and free.unit == "Thôn Đông"
    listed = training.list_courses(ctx)[0]
    assert (listed.participants, listed.person_hours) == (2, 28.0)


@pytest.mark.parametrize(("kw", "field"), [
    ({"person_name": " "}, "person_name"),
    ({"officer_id": "no-such-officer"}, "officer_id"),
    ({"hours_attended": 17}, "hours_attended"),
    ({"hours_attended": -1}, "hours_attended"),
    ({"result": "excellent"}, "result"),
    ({"result": "absent"}, "hours_attended"),
    ({"certificate_date": date(2026, 9, 6)}, "certificate_date"),
    ({"certificate_expiry": date(2028, 9, 9)}, "certificate_date"),
    ({"certificate_date": date(2026, 9, 9), "certificate_expiry": date(2026, 9, 9)}, "certificate_expiry"),
])
def test_bad_participation_names_the_field_and_writes_nothing(ctx, kw, field) -> None:  # noqa: ANN001
    course = _course(ctx)
    values = {"person_name": "Trần Thị Mai", "unit": "Thôn Đông", "hours_attended": 8, **kw}
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        training.add_participation(ctx, course.id, **values)
    assert err.value.field == field and err.value.message_vi and err.value.message_en
    assert _counts(ctx) == before


def test_certificate_states_relative_to_today(ctx) -> None:  # noqa: ANN001
    # Today is 20/11/2026 in Hà Nội; "expiring" means within 90 days (by 18/02/2027).
    course = _course(ctx, start_date=date(2024, 3, 4), end_date=date(2024, 3, 5))
    cases = {
        "none": {},
        "valid": {"certificate_no": "CC-01", "certificate_date": date(2024, 3, 5)},
        "valid ": {"certificate_date": date(2024, 3, 5), "certificate_expiry": date(2027, 2, 19)},
        "expiring": {"certificate_date": date(2024, 3, 5), "certificate_expiry": date(2027, 2, 18)},
        "expiring ": {"certificate_date": date(2024, 3, 5), "certificate_expiry": date(2026, 11, 20)},
        "expired": {"certificate_date": date(2024, 3, 5), "certificate_expiry": date(2026, 11, 19)},
    }
    for i, (state, cert) in enumerate(cases.items()):
        p = training.add_participation(ctx, course.id, person_name=f"Học viên {i}", hours_attended=4, **cert)
        assert p.certificate_state == state.strip(), state
    states = sorted(p.certificate_state for p in training.list_participations(ctx, course_id=course.id))
    assert states == ["expired", "expiring", "expiring", "none", "valid", "valid"]


def test_edit_participation_and_records_only_real_changes(ctx) -> None:  # noqa: ANN001
    course = _course(ctx)
    p = training.add_participation(ctx, course.id, person_name="Trần Thị Mai", hours_attended=8)
    before = _counts(ctx)
    training.edit_participation(ctx, p.id, person_name="Trần Thị Mai", hours_attended=8)
    assert _counts(ctx) == before
    edited = training.edit_participation(ctx, p.id, result="passed", certificate_no="CC-7",
                                         certificate_date=date(2026, 9, 9))
    assert edited.result == "passed" and edited.certificate_state == "valid"
    after = _counts(ctx)
    assert (after["audit_log"] - before["audit_log"], after["sync_outbox"] - before["sync_outbox"]) == (1, 1)
    with pytest.raises(ValidationError) as err:
        training.edit_participation(ctx, p.id, hours_attended=20)
    assert err.value.field == "hours_attended"
    with pytest.raises(ValidationError) as err:
        training.edit_participation(ctx, p.id, course_id="x")
    assert err.value.field == "course_id"
    assert _counts(ctx) == after


def test_edit_course_keeps_participations_consistent(ctx) -> None:  # noqa: ANN001
    course = _course(ctx)
    training.add_participation(ctx, course.id, person_name="Trần Thị Mai", hours_attended=12,
                               certificate_date=date(2026, 9, 8))
    before = _counts(ctx)
    for kw, field in (({"hours": 10}, "hours"), ({"start_date": date(2026, 9, 9)}, "start_date"),
                      ({"end_date": date(2026, 9, 1)}, "end_date")):
        with pytest.raises(ValidationError) as err:
            training.edit_course(ctx, course.id, **kw)
        assert err.value.field == field
    assert _counts(ctx) == before
    assert training.edit_course(ctx, course.id, hours=12, mode="online").mode == "online"


def test_remove_course_removes_its_participations(ctx) -> None:  # noqa: ANN001
    course = _course(ctx)
    other = _course(ctx, topic="Ứng dụng AI trong công việc", category="ai")
    for name in ("Trần Thị Mai", "Lê Văn Nam"):
        training.add_participation(ctx, course.id, person_name=name, hours_attended=8)
    kept = training.add_participation(ctx, other.id, person_name="Lê Văn Nam", hours_attended=8)
    before = _counts(ctx)
    training.remove_course(ctx, course.id)
    after = _counts(ctx)
    assert (after["audit_log"] - before["audit_log"], after["sync_outbox"] - before["sync_outbox"]) == (3, 3)
    assert [c.id for c in training.list_courses(ctx)] == [other.id]
    assert [p.id for p in training.list_participations(ctx)] == [kept.id]
    with pytest.raises(NotFoundError):
        training.add_participation(ctx, course.id, person_name="Ai đó", hours_attended=1)
    training.remove_participation(ctx, kept.id)
    assert training.list_participations(ctx) == []


def test_search_is_accent_insensitive(ctx) -> None:  # noqa: ANN001
    course = _course(ctx)
    training.add_participation(ctx, course.id, person_name="Nguyễn Văn Đức", unit="Công an xã", hours_attended=8)
    training.add_participation(ctx, course.id, person_name="Trần Thị Mai", unit="Thôn Đông", hours_attended=8)
    assert [p.person_name for p in training.list_participations(ctx, search="nguyen")] == ["Nguyễn Văn Đức"]
    assert [p.person_name for p in training.list_participations(ctx, search="van duc")] == ["Nguyễn Văn Đức"]
    assert [p.person_name for p in training.list_participations(ctx, search="thon dong")] == ["Trần Thị Mai"]
    assert training.list_participations(ctx, search="hoang") == []
    assert [c.id for c in training.list_courses(ctx, search="ky nang so")] == [course.id]
    assert training.list_courses(ctx, search="tri tue") == []


def test_list_courses_by_year_and_hours_by_person(ctx) -> None:  # noqa: ANN001
    o = officers.add_officer(ctx, "Nguyễn Văn Bình", unit="Văn phòng")
    a = _course(ctx)
    b = _course(ctx, topic="Ứng dụng AI", start_date=date(2026, 10, 5), end_date=date(2026, 10, 5), hours=4)
    old = _course(ctx, topic="Khóa cũ", start_date=date(2025, 5, 5), end_date=date(2025, 5, 6), hours=8)
    training.add_participation(ctx, a.id, officer_id=o.id, hours_attended=16)
    training.add_participation(ctx, b.id, officer_id=o.id, hours_attended=3.5)
    training.add_participation(ctx, old.id, officer_id=o.id, hours_attended=8)
    training.add_participation(ctx, a.id, person_name="Trần Thị An", unit="Thôn 1", hours_attended=10)
    training.add_participation(ctx, b.id, person_name="Tran Thi An", unit="Thôn 2", hours_attended=4)
    training.add_participation(ctx, b.id, person_name="Lê Văn Cường", unit="Thôn 1", hours_attended=0,
                               result="absent")
    assert [c.topic for c in training.list_courses(ctx, year=2026)] == ["Ứng dụng AI", a.topic]
    assert [c.topic for c in training.list_courses(ctx, year=2025)] == ["Khóa cũ"]
    assert training.list_courses(ctx, year=2026)[0].participants == 3 - 1  # the absent person is not counted
    assert training.hours_by_person(ctx, 2026) == [
        ("Tran Thi An", "Thôn 2", 4.0), ("Trần Thị An", "Thôn 1", 10.0), ("Nguyễn Văn Bình", "Văn phòng", 19.5),
        ("Lê Văn Cường", "Thôn 1", 0.0)]
    assert training.hours_by_person(ctx, 2024) == []
