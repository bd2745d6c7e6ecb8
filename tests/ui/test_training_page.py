"""The training page on real widgets: courses and participants typed into the forms, certificates marked, hours per
person shown, refused values kept under their fields, removal confirmed; what was stored is read back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import officers, training
from desktop.ui.dialogs.course_dialog import CourseDialog
from desktop.ui.dialogs.participation_dialog import ParticipationDialog
from desktop.ui.models.training_tables import EXPIRING_FOREGROUND, CourseTableModel, ParticipationTableModel
from desktop.ui.pages.training_page import HOURS_TAB, TrainingPageController, create_training_page
from desktop.ui.session import TRAINING

RETURN = Qt.Key.Key_Return


@pytest.fixture
def page(shown_page) -> TrainingPageController:  # noqa: ANN001
    return shown_page(create_training_page)


def _course(ctx, topic: str = "Kỹ năng số cơ bản", start: date = date(2026, 3, 9)) -> training.CourseInfo:  # noqa: ANN001
    return training.add_course(ctx, topic, start_date=start, hours=8, organiser="Sở Khoa học và Công nghệ")


def _column(model, column: int) -> list[str]:  # noqa: ANN001
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _retype(qtbot, type_text, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def test_add_a_course_by_typing_refused_hours_stay_under_the_field(qtbot, page, type_text, wait_idle) -> None:  # noqa: ANN001
    view = page.view
    assert page.courses.rowCount() == 0
    assert "Chưa có khóa học nào trong năm 2026" in view.count.text()
    assert not view.add_participant.isEnabled()

    assert page.new_record() is True  # Ctrl+N in the main window
    dialog = page.active_dialog
    assert isinstance(dialog, CourseDialog) and dialog.isVisible()
    type_text(dialog.topic, "Ứng dụng trí tuệ nhân tạo trong công việc")
    dialog.category.setCurrentIndex(dialog.category.findText("Trí tuệ nhân tạo"))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.start_date.setFocus()  # the focus lands on the day: typing digits fills day, month, year
    qtbot.keyClicks(dialog.start_date, "16112026")
    assert dialog.end_date.date().toPython() == date(2026, 11, 16)  # a one-day course until told otherwise
    type_text(dialog.organiser, "Sở Khoa học và Công nghệ tỉnh Quảng Ninh")

    qtbot.keyClick(dialog.topic, RETURN)  # hours left empty
    assert dialog.isVisible()
    assert dialog.errors.message_for("hours") == "Số giờ phải là số từ 0 đến 2000."
    assert dialog.hours.hasFocus()
    type_text(dialog.hours, "-2")
    qtbot.keyClick(dialog.hours, RETURN)
    assert dialog.isVisible() and dialog.errors.message_for("hours") == "Số giờ phải là số từ 0 đến 2000."
    assert training.list_courses(page.ctx) == []

    _retype(qtbot, type_text, dialog.hours, "3,5")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.hours, RETURN)
    assert not dialog.isVisible()
    wait_idle()

    stored = training.list_courses(page.ctx)
    assert [(c.topic, c.category, c.start_date, c.end_date, c.hours, c.organiser) for c in stored] == [
        ("Ứng dụng trí tuệ nhân tạo trong công việc", "ai", date(2026, 11, 16), date(2026, 11, 16), 3.5,
         "Sở Khoa học và Công nghệ tỉnh Quảng Ninh")]
    assert _column(page.courses, page.courses.COL_TOPIC) == ["Ứng dụng trí tuệ nhân tạo trong công việc"]
    assert page.courses.index(0, page.courses.COL_HOURS).data() == "3,5"
    assert page.selected_course().id == stored[0].id  # chosen, ready for its participants
    assert view.add_participant.isEnabled()


def test_a_course_of_another_year_brings_its_year(qtbot, page, session, wait_idle) -> None:  # noqa: ANN001
    _course(session.ctx, "Kỹ năng số cơ bản", date(2026, 3, 9))
    session.changed(TRAINING)
    wait_idle()
    page.new_record()
    dialog = page.active_dialog
    dialog.topic.setText("An toàn thông tin cơ bản")
    dialog.start_date.setDate(date(2025, 8, 22))
    dialog.hours.setText("12")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.save_button.click()
    wait_idle()
    assert page.view.year.currentText() == "2025"
    assert _column(page.courses, 0) == ["An toàn thông tin cơ bản"]
    assert page.selected_course().start_date == date(2025, 8, 22)


def _open_participant_dialog(qtbot, page, wait_idle) -> ParticipationDialog:  # noqa: ANN001
    qtbot.mouseClick(page.view.add_participant, Qt.MouseButton.LeftButton)
    wait_idle()  # the officer list is read in the background
    dialog = page.active_dialog
    assert isinstance(dialog, ParticipationDialog) and dialog.isVisible()
    return dialog


# The completer's popup asks the offscreen test platform for things only a real screen does.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_participants_from_officers_and_by_name(qtbot, page, session, type_text, wait_idle) -> None:  # noqa: ANN001
    ctx = session.ctx
    binh = officers.add_officer(ctx, "Nguyễn Văn Bình", "Công chức Tư pháp - Hộ tịch", unit="Văn phòng HĐND và UBND")
    course = _course(ctx)
    session.changed(TRAINING)
    wait_idle()
    assert page.selected_course().id == course.id

    dialog = _open_participant_dialog(qtbot, page, wait_idle)
    assert dialog.hours.text() == "8"  # most people attend the whole course
    line = dialog.person.lineEdit()
    line.setFocus()
    type_text(line, "binh")  # no accents needed
    popup = dialog.person.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, RETURN)
    assert dialog.person.currentText() == "Nguyễn Văn Bình"
    assert dialog.unit.text() == "Văn phòng HĐND và UBND"
    assert "Công chức Tư pháp - Hộ tịch" in dialog.hint.text()
    _retype(qtbot, type_text, dialog.hours, "9")  # more than the course's 8 hours
    qtbot.keyClick(dialog.hours, RETURN)
    assert dialog.isVisible()
    assert dialog.errors.message_for("hours_attended") == "Số giờ phải là số từ 0 đến 8."
    _retype(qtbot, type_text, dialog.hours, "8")
    dialog.result.setCurrentIndex(dialog.result.findData("passed"))
    type_text(dialog.certificate_no, "05/2026/CN")
    type_text(dialog.certificate_date, "10/03/2026")
    type_text(dialog.certificate_expiry, "15/01/2027")  # 56 days after today: expiring
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.certificate_expiry, RETURN)
    wait_idle()

    dialog = _open_participant_dialog(qtbot, page, wait_idle)
    type_text(dialog.person.lineEdit(), "Lê Văn Tám")
    assert "Không có trong danh sách cán bộ" in dialog.hint.text()
    type_text(dialog.unit, "Trạm Y tế xã")
    _retype(qtbot, type_text, dialog.hours, "2,5")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.unit, RETURN)
    wait_idle()

    model = page.participants
    assert _column(model, model.COL_NAME) == ["Nguyễn Văn Bình", "Lê Văn Tám"]  # by given name
    assert _column(model, model.COL_HOURS) == ["8", "2,5"]
    assert _column(model, model.COL_CERTIFICATE_STATE) == ["Sắp hết hạn", ""]
    assert model.index(0, ParticipationTableModel.COL_CERTIFICATE_STATE).data(
        Qt.ItemDataRole.ForegroundRole) == EXPIRING_FOREGROUND
    assert page.selected_participation().person_name == "Lê Văn Tám"  # the one just added
    assert page.courses.index(0, page.courses.COL_PARTICIPANTS).data() == "2"
    assert "Kỹ năng số cơ bản — 2 học viên" in page.view.heading.text()

    stored = {p.person_name: p for p in training.list_participations(ctx, course.id)}
    assert stored["Nguyễn Văn Bình"].officer_id == binh.id
    assert (stored["Nguyễn Văn Bình"].certificate_no, stored["Nguyễn Văn Bình"].certificate_expiry,
            stored["Nguyễn Văn Bình"].result) == ("05/2026/CN", date(2027, 1, 15), "passed")
    assert (stored["Lê Văn Tám"].officer_id, stored["Lê Văn Tám"].unit, stored["Lê Văn Tám"].hours_attended) == (
        None, "Trạm Y tế xã", 2.5)

    page.view.tabs.setCurrentIndex(HOURS_TAB)
    assert page.view.tabs.tabText(HOURS_TAB) == "Giờ học theo người năm nay"
    hours = page.person_hours
    assert [(hours.index(r, 0).data(), hours.index(r, 1).data(), hours.index(r, 2).data())
            for r in range(hours.rowCount())] == [("Nguyễn Văn Bình", "Văn phòng HĐND và UBND", "8"),
                                                   ("Lê Văn Tám", "Trạm Y tế xã", "2,5")]


def test_edit_with_enter_and_remove_after_confirming(qtbot, page, session, type_text, wait_idle) -> None:  # noqa: ANN001
    ctx = session.ctx
    course = _course(ctx)
    training.add_participation(ctx, course.id, person_name="Lê Văn Tám", unit="Trạm Y tế xã", hours_attended=8)
    session.changed(TRAINING)
    wait_idle()
    table = page.view.participants
    table.setFocus()
    table.setCurrentIndex(page.participants.index(0, 0))
    qtbot.keyClick(table, RETURN)  # Enter edits the chosen row
    wait_idle()
    dialog = page.active_dialog
    assert isinstance(dialog, ParticipationDialog) and dialog.person.currentText() == "Lê Văn Tám"
    dialog.result.setCurrentIndex(dialog.result.findData("absent"))
    assert dialog.hours.text() == "0"
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.unit, RETURN)
    wait_idle()
    assert [p.result for p in training.list_participations(ctx, course.id)] == ["absent"]
    assert page.participants.index(0, ParticipationTableModel.COL_RESULT).data() == "Vắng mặt"

    qtbot.mouseClick(page.view.remove_participant, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox) and "Lê Văn Tám" in box.text()
    box.button(QMessageBox.StandardButton.No).click()  # changing one's mind keeps the row
    wait_idle()
    assert len(training.list_participations(ctx, course.id)) == 1

    qtbot.mouseClick(page.view.remove_course, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert "Kỹ năng số cơ bản" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle()
    assert training.list_courses(ctx) == [] and training.list_participations(ctx) == []
    assert page.courses.rowCount() == 0 and page.participants.rowCount() == 0
    assert not page.view.edit_course.isEnabled()


def test_search_and_year(qtbot, page, session, type_text, wait_idle) -> None:  # noqa: ANN001
    ctx = session.ctx
    older = _course(ctx, "An toàn thông tin cơ bản", date(2025, 8, 22))
    _course(ctx, "Chuyển đổi số trong nông nghiệp", date(2026, 6, 1))
    digital = _course(ctx, "Kỹ năng số cơ bản", date(2026, 3, 9))
    training.add_participation(ctx, digital.id, person_name="Lê Văn Tám", unit="Trạm Y tế xã", hours_attended=8)
    training.add_participation(ctx, older.id, person_name="Đỗ Thị Ánh", unit="Công an xã", hours_attended=4,
                               result="passed", certificate_no="1/CN", certificate_date=date(2025, 8, 23),
                               certificate_expiry=date(2026, 8, 23))
    session.changed(TRAINING)
    wait_idle()
    view = page.view
    assert _column(page.courses, 0) == ["Chuyển đổi số trong nông nghiệp", "Kỹ năng số cơ bản"]
    assert [view.year.itemText(i) for i in range(view.year.count())] == ["2026", "2025"]

    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    view.courses.setFocus()
    qtbot.keyClick(view.courses, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    type_text(view.search, "tam")  # finds the course by its participant, without accents
    qtbot.waitUntil(lambda: _column(page.courses, 0) == ["Kỹ năng số cơ bản"], timeout=3000)
    wait_idle()
    assert _column(page.person_hours, 0) == ["Lê Văn Tám"]

    view.search.clear()
    view.year.setCurrentIndex(view.year.findData(2025))
    wait_idle()
    assert _column(page.courses, 0) == ["An toàn thông tin cơ bản"]
    assert _column(page.participants, ParticipationTableModel.COL_CERTIFICATE_STATE) == ["Đã hết hạn"]
    assert view.tabs.tabText(HOURS_TAB) == "Giờ học theo người năm 2025"


def test_course_count_and_panel_agree_on_who_was_there(page, session, wait_idle) -> None:  # noqa: ANN001
    ctx = session.ctx
    course = _course(ctx)
    for name, result in (("Lê Văn Tám", None), ("Đỗ Thị Ánh", None), ("Trần Văn Ba", "absent")):
        extra = {"result": result, "hours_attended": 0} if result else {"hours_attended": 8}
        training.add_participation(ctx, course.id, person_name=name, unit="Trạm Y tế xã", **extra)
    session.changed(TRAINING)
    wait_idle()
    header = page.courses.headerData(CourseTableModel.COL_PARTICIPANTS, Qt.Orientation.Horizontal)
    assert (header, _column(page.courses, CourseTableModel.COL_PARTICIPANTS)) == ("Có mặt", ["2"])
    assert page.view.heading.text() == "Kỹ năng số cơ bản — 3 học viên: 2 có mặt, 1 vắng mặt"
