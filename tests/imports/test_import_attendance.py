"""Importing attendance lists: courses with their participants, course cells filled down, officers linked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from import_files import counts, write_csv, write_xlsx

from desktop.imports import ImportRejected, apply_attendance, preview_attendance
from desktop.services import officers, training
from desktop.services.context import ServiceContext

HEAD = ["Khóa đào tạo", "Ngày bắt đầu", "Ngày kết thúc", "Số giờ khóa học", "Đơn vị tổ chức", "Hình thức",
        "Họ và tên", "Đơn vị công tác", "Số giờ tham dự", "Kết quả", "Số chứng chỉ", "Ngày cấp chứng chỉ"]
SKILLS = ["Kỹ năng số cơ bản", date(2026, 10, 12), date(2026, 10, 13), 16, "Sở KH&CN", "Trực tiếp"]
AI = ["Ứng dụng AI trong công việc", "05/11/2026", None, 4, None, "Trực tuyến"]
BLANK = [None] * 6
GOOD = [
    HEAD,
    [*SKILLS, "Nguyễn Thị Lan", "Văn phòng", 16, "Đạt", "KNS-01", date(2026, 10, 13)],
    [*BLANK, "Lê Minh Đức", "Một cửa", "12", "Tham dự", None, None],
    [*BLANK, "Hoàng Văn Nam", "Công an", None, "Vắng mặt", None, None],
    [*AI, "Nguyễn Thị Lan", None, None, None, None, None],
    [*AI, "Đỗ Thị Hoa", "Văn phòng", "2,5", "Tham dự", None, None],
]


def _courses(ctx: ServiceContext) -> dict[str, training.CourseInfo]:
    return {c.topic: c for c in training.list_courses(ctx)}


def _people(ctx: ServiceContext, topic: str) -> dict[str, training.ParticipationInfo]:
    return {p.person_name: p for p in training.list_participations(ctx, _courses(ctx)[topic].id)}


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_list_with_two_courses(ctx: ServiceContext, tmp_path: Path, suffix: str) -> None:
    lan = officers.add_officer(ctx, "Nguyễn Thị Lan", unit="Văn phòng")
    path = (write_xlsx if suffix == "xlsx" else write_csv)(tmp_path / f"hv.{suffix}", GOOD)
    preview = preview_attendance(ctx, path)
    assert preview.ok, [e.text() for e in preview.errors]
    assert (preview.rows, preview.new) == (5, 5)
    assert sum("mới / new" in n for n in preview.notes) == 2
    apply_attendance(ctx, path)
    courses = _courses(ctx)
    skills, ai = courses["Kỹ năng số cơ bản"], courses["Ứng dụng AI trong công việc"]
    assert (skills.hours, skills.participants, skills.person_hours, skills.organiser) == (16, 2, 28, "Sở KH&CN")
    assert (ai.start_date, ai.end_date, ai.mode, ai.participants, ai.person_hours) == (
        date(2026, 11, 5), date(2026, 11, 5), "online", 2, 6.5)
    people = _people(ctx, "Kỹ năng số cơ bản")
    assert people["Nguyễn Thị Lan"].officer_id == lan.id  # the one officer of that name and unit
    assert (people["Nguyễn Thị Lan"].certificate_no, people["Nguyễn Thị Lan"].result) == ("KNS-01", "passed")
    assert (people["Hoàng Văn Nam"].result, people["Hoàng Văn Nam"].hours_attended) == ("absent", 0)
    assert people["Lê Minh Đức"].officer_id is None
    assert _people(ctx, "Ứng dụng AI trong công việc")["Nguyễn Thị Lan"].hours_attended == 4  # blank: whole course


def test_reimport_is_idempotent_and_adds_to_a_stored_course(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "hv.xlsx", GOOD)
    apply_attendance(ctx, path)
    before = counts(ctx.db)
    again = preview_attendance(ctx, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 5)
    apply_attendance(ctx, path)
    assert counts(ctx.db) == before
    more = [HEAD, ["KỸ NĂNG SỐ CƠ BẢN", date(2026, 10, 12), *BLANK[:4], "Phan Văn Tú", "Công an", 16, "Đạt", None,
                   None],
            [*BLANK, "Lê Minh Đức", "Một cửa", 16, "Đạt", None, None]]
    preview = preview_attendance(ctx, write_csv(tmp_path / "them.csv", more))
    assert [c.action for c in preview.changes] == ["new", "updated"]
    apply_attendance(ctx, tmp_path / "them.csv")
    people = _people(ctx, "Kỹ năng số cơ bản")
    assert len(people) == 4 and people["Lê Minh Đức"].hours_attended == 16  # nobody else was touched


def test_bad_rows_write_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [
        HEAD,
        ["Khóa mới không có giờ", "01/11/2026", None, None, None, None, "Người A", None, None, None, None, None],
        [*SKILLS, "Người B", None, 20, None, None, None],
        [*BLANK, "Người C", None, None, "Đạt", None, "01/01/2026"],
        [*BLANK, "Người B", None, 4, None, None, None],
        [SKILLS[0], SKILLS[1], None, 8, None, None, "Người D", None, None, None, None, None],
        [None, "Ngày sai", None, None, None, None, "Người E", None, None, "Giỏi", None, None],
    ]
    path = write_xlsx(tmp_path / "loi.xlsx", rows)
    before = counts(ctx.db)
    errors = preview_attendance(ctx, path).errors
    assert [(e.row, e.column) for e in errors] == [
        (2, "Số giờ khóa học"), (3, "Số giờ tham dự"), (4, "Ngày cấp chứng chỉ"), (5, "Họ và tên"),
        (6, "Số giờ khóa học"), (7, "Ngày bắt đầu"), (7, "Kết quả")]
    assert errors[1].message_vi == "Số giờ phải là số từ 0 đến 16."
    assert "dòng 3" in errors[4].message_vi
    with pytest.raises(ImportRejected):
        apply_attendance(ctx, path)
    assert counts(ctx.db) == before


def test_course_hours_cannot_drop_below_what_people_attended(ctx: ServiceContext, tmp_path: Path) -> None:
    apply_attendance(ctx, write_xlsx(tmp_path / "hv.xlsx", GOOD))
    shorter = [HEAD, [SKILLS[0], SKILLS[1], None, 8, None, None, "Phan Văn Tú", None, 8, None, None, None]]
    (error,) = preview_attendance(ctx, write_csv(tmp_path / "ngan.csv", shorter)).errors
    assert (error.row, error.column) == (2, "Số giờ khóa học") and "đã tham dự" in error.message_vi
