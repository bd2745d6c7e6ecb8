"""The training page's table models: Qt's model contract, cell texts, and expired/expiring certificates marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.services import officers, training
from desktop.services.context import ServiceContext
from desktop.ui.models.training_tables import (
    EXPIRED_BACKGROUND,
    EXPIRED_FOREGROUND,
    EXPIRING_BACKGROUND,
    EXPIRING_FOREGROUND,
    CourseTableModel,
    ParticipationTableModel,
    PersonHoursTableModel,
    format_hours,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
DISPLAY, FORE, BACK, TIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole)


def _seed(ctx: ServiceContext) -> training.CourseInfo:
    """A 2026 course (today is 20/11/2026) with four people: certificate expired, expiring, valid, none."""
    course = training.add_course(ctx, "An toàn thông tin cơ bản", start_date=date(2026, 1, 12),
                                 end_date=date(2026, 1, 13), hours=12.5, category="security", mode="blended",
                                 organiser="Sở Khoa học và Công nghệ", location="Hội trường UBND")
    hoa = officers.add_officer(ctx, "Phạm Thị Hoa", "Công chức Văn hóa - Xã hội", unit="Văn phòng HĐND và UBND")
    people = [
        ({"officer_id": hoa.id}, 12.5, date(2026, 10, 31)),  # expired
        ({"person_name": "Lê Văn Tám", "unit": "Trạm Y tế xã"}, 12.5, date(2027, 1, 15)),  # 56 days left
        ({"person_name": "Đỗ Thị Ánh", "unit": "Trường Tiểu học"}, 12.5, date(2027, 11, 1)),  # valid
    ]
    for who, hours, expiry in people:
        training.add_participation(ctx, course.id, **who, hours_attended=hours, result="passed",
                                   certificate_no="01/CN", certificate_date=date(2026, 1, 13),
                                   certificate_expiry=expiry)
    training.add_participation(ctx, course.id, person_name="Trần Văn Bảy", unit="Công an xã", hours_attended=3.5)
    return course


def _row_of(model: ParticipationTableModel, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.participation_at(r).person_name == name)


def test_hours_read_the_vietnamese_way() -> None:
    assert [format_hours(h) for h in (3.5, 12.0, 0, 1234.25, 2.126)] == ["3,5", "12", "0", "1.234,25", "2,13"]


def test_course_model_contract_and_cells(qtbot, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    model = CourseTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_rows(training.list_courses(ctx, 2026))
    QAbstractItemModelTester(model, FATAL)
    assert (model.rowCount(), model.columnCount()) == (1, 10)
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["An toàn thông tin cơ bản", "An toàn thông tin", "Kết hợp", "12/01/2026", "13/01/2026",
                     "12,5", "4", "41", "Sở Khoa học và Công nghệ", "Hội trường UBND"]
    assert model.headerData(CourseTableModel.COL_HOURS, Qt.Orientation.Horizontal) == "Số giờ"
    assert model.index(0, CourseTableModel.COL_HOURS).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    model.set_rows([])
    assert model.rowCount() == 0


def test_participations_mark_expired_red_and_expiring_amber(qtbot, ctx) -> None:  # noqa: ANN001
    course = _seed(ctx)
    model = ParticipationTableModel()
    model.today = ctx.today()
    QAbstractItemModelTester(model, FATAL)
    model.set_rows(training.list_participations(ctx, course.id))
    QAbstractItemModelTester(model, FATAL)
    state, expiry = ParticipationTableModel.COL_CERTIFICATE_STATE, ParticipationTableModel.COL_EXPIRY

    expired = _row_of(model, "Phạm Thị Hoa")
    assert model.index(expired, ParticipationTableModel.COL_UNIT).data() == "Văn phòng HĐND và UBND"
    assert model.index(expired, state).data() == "Đã hết hạn"
    assert model.index(expired, state).data(FORE) == EXPIRED_FOREGROUND
    assert model.index(expired, expiry).data(FORE) == EXPIRED_FOREGROUND
    assert model.index(expired, ParticipationTableModel.COL_NAME).data(BACK) == EXPIRED_BACKGROUND
    assert "31/10/2026" in model.index(expired, state).data(TIP)

    expiring = _row_of(model, "Lê Văn Tám")
    assert model.index(expiring, state).data() == "Sắp hết hạn"
    assert model.index(expiring, state).data(FORE) == EXPIRING_FOREGROUND
    assert model.index(expiring, ParticipationTableModel.COL_HOURS).data(BACK) == EXPIRING_BACKGROUND
    assert model.index(expiring, state).data(TIP) == "Chứng chỉ hết hạn ngày 15/01/2027, còn 56 ngày"

    valid = _row_of(model, "Đỗ Thị Ánh")
    assert model.index(valid, state).data() == "Còn hiệu lực"
    assert model.index(valid, state).data(FORE) is None and model.index(valid, state).data(BACK) is None

    plain = _row_of(model, "Trần Văn Bảy")
    row = [model.index(plain, c).data() for c in range(model.columnCount())]
    assert row == ["Trần Văn Bảy", "Công an xã", "3,5", "Tham dự", "", "", "", ""]
    assert model.index(plain, state).data(BACK) is None


def test_person_hours_model(qtbot, ctx) -> None:  # noqa: ANN001
    _seed(ctx)
    model = PersonHoursTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_rows(training.hours_by_person(ctx, 2026))
    QAbstractItemModelTester(model, FATAL)
    shown = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert shown == {"Phạm Thị Hoa": "12,5", "Lê Văn Tám": "12,5", "Đỗ Thị Ánh": "12,5", "Trần Văn Bảy": "3,5"}
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Tổng số giờ học"
