"""Demo training log: courses for commune officials and who took part, with results and certificates.

Two courses predate the period on purpose: certificates from them have expired or are about to, which is what the
training page has to warn about.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import NamedTuple

from desktop.demo import names
from desktop.demo.rows import CommuneInfo, Row, local_at, sync_columns, to_utc

SKHCN = "Sở Khoa học và Công nghệ tỉnh Quảng Ninh"


class Course(NamedTuple):
    topic: str
    category: str  # digital_skills | ai | security | other
    organiser: str
    mode: str  # in_person | online | blended
    days: int
    hours: float
    when: float | int  # float: fraction of the period; int: days before today
    validity_months: int | None  # None: no certificate; 0: certificate without expiry
    outsiders: float  # share of participants from other units of the commune


COURSES = (
    Course("Bồi dưỡng kiến thức an toàn thông tin cơ bản cho cán bộ, công chức", "security", SKHCN, "in_person",
           2, 12, 455, 12, 0.1),
    Course("Sử dụng chữ ký số chuyên dùng Chính phủ trên văn bản điện tử", "digital_skills",
           "Ban Cơ yếu Chính phủ phối hợp với Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "in_person", 1, 4, 330, 12,
           0.0),
    Course("Kỹ năng số cơ bản cho cán bộ, công chức cấp xã", "digital_skills", SKHCN, "in_person", 2, 16, 0.05, None,
           0.2),
    Course("Sử dụng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "digital_skills",
           "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh", "in_person", 1, 8, 0.15, 0, 0.0),
    Course("Ứng dụng trí tuệ nhân tạo (AI) trong công việc hành chính", "ai", SKHCN, "online", 1, 8, 0.25, 0, 0.15),
    Course("Khai thác Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính", "digital_skills",
           "Công an tỉnh Quảng Ninh", "in_person", 1, 4, 0.35, None, 0.2),
    Course("Phòng, chống lừa đảo trực tuyến và tấn công giả mạo", "security", SKHCN, "online", 1, 3, 0.45, 24, 0.4),
    Course("Bình dân học vụ số: kỹ năng số cho Tổ công nghệ số cộng đồng", "digital_skills", "UBND xã", "in_person",
           1, 6, 0.55, None, 0.8),
    Course("Ứng dụng AI tạo sinh trong soạn thảo văn bản và tổng hợp báo cáo", "ai", SKHCN, "blended", 3, 12, 0.65,
           24, 0.1),
    Course("Sử dụng phần mềm theo dõi hồ sơ, thống kê và báo cáo cấp xã", "other", SKHCN, "in_person", 1, 4, 0.75,
           None, 0.0),
    Course("Diễn tập ứng cứu sự cố an toàn thông tin mạng", "security",
           "Sở Khoa học và Công nghệ phối hợp với Công an tỉnh Quảng Ninh", "blended", 2, 10, 0.85, 24, 0.1),
    Course("Chuyển đổi số trong nông nghiệp và sản phẩm OCOP", "digital_skills", SKHCN, "in_person", 1, 6, 0.95,
           None, 0.6),
)

# Free-text units of people who are not the commune's own officers.
OTHER_UNITS = ("Trưởng thôn {v}", "Công an xã", "Trường Tiểu học {p}", "Trường Mầm non {p}", "Trường THCS {p}",
               "Trạm Y tế xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Hội Nông dân xã",
               "Bưu điện văn hóa xã", "Hợp tác xã nông nghiệp {p}", "Tổ công nghệ số cộng đồng {v}")


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    for day in (d.day, 30, 29, 28):  # the 31st of a shorter month: the month's last day
        try:
            return date(y, m + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def generate(rng: random.Random, commune: CommuneInfo, officers: list[Row], start: date,
             today: date) -> tuple[list[Row], list[Row]]:
    """Courses and participations, certificates numbered per course."""
    courses: list[Row] = []
    people: list[Row] = []
    span = (today - start).days
    for no, spec in enumerate(COURSES, start=1):
        begin = start + timedelta(days=int(spec.when * span)) if isinstance(spec.when, float) \
            else today - timedelta(days=spec.when)
        begin = min(begin, today - timedelta(days=spec.days))  # finished by today
        end = begin + timedelta(days=spec.days - 1)
        organiser = f"UBND {commune.in_text}" if spec.organiser == "UBND xã" else spec.organiser
        course = sync_columns(commune.code, to_utc(local_at(begin - timedelta(days=10), 9)))
        course.update(topic=spec.topic, category=spec.category, organiser=organiser, mode=spec.mode, start_date=begin,
                      end_date=end, hours=float(spec.hours), note="",
                      location="Trực tuyến" if spec.mode == "online" else f"Hội trường UBND {commune.in_text}")
        courses.append(course)
        size = rng.randint(8, 18)
        outsiders = round(size * spec.outsiders)
        chosen = rng.sample(officers, min(len(officers), size - outsiders))
        attendees = [(o["full_name"], o["unit"], o["id"]) for o in chosen]
        for _ in range(outsiders):
            unit = rng.choice(OTHER_UNITS).format(v=rng.choice(names.VILLAGES).removeprefix("Thôn "),
                                                  p=commune.place_name)
            attendees.append((names.person(rng, today.year, 22, 60).full_name, unit, None))
        seq = 0
        for person_name, unit, officer_id in attendees:
            row = sync_columns(commune.code, to_utc(local_at(end, 16, 30)))
            result, hours = _result(rng, spec)
            number, cert_date, expiry = "", None, None
            if spec.validity_months is not None and result == "passed":
                seq += 1
                number, cert_date = f"{seq:03d}/{end.year}/CN-{no:02d}", end
                expiry = add_months(end, spec.validity_months) if spec.validity_months else None
            row.update(course_id=course["id"], officer_id=officer_id, person_name=person_name, unit=unit,
                       hours_attended=hours, result=result, certificate_no=number, certificate_date=cert_date,
                       certificate_expiry=expiry)
            people.append(row)
    return courses, people


def _result(rng: random.Random, spec: Course) -> tuple[str, float]:
    r = rng.random()
    if r < 0.05:
        return "absent", 0.0
    if r < 0.15:  # called away by the desk for part of the course
        return ("attended" if spec.validity_months is None else "failed"), float(spec.hours) / 2
    return ("passed" if spec.validity_months is not None else "attended"), float(spec.hours)
