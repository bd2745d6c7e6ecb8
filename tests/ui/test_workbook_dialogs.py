"""The workbook page's dialogs on real widgets, keyboard first: a village with its coverage, its team, a member and a
session, a village outage, a recommendation and its answer, each typed in, saved with Enter and shown on the page;
a refused value stays under its field with what was typed kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableWidget

from desktop.services import coverage, recommendations, teams, villages
from desktop.ui.dialogs.report_up_dialogs import AnswerDialog, OutageDialog, RecommendationDialog
from desktop.ui.dialogs.village_dialogs import MemberDialog, SessionDialog, TeamDialog, VillageDialog
from desktop.ui.pages.workbook_page import WorkbookPageController, create_workbook_page


@pytest.fixture
def page(session, shown_page) -> WorkbookPageController:  # noqa: ANN001
    villages.add_village(session.ctx, "Thôn 1", households=40)
    return shown_page(create_workbook_page)


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard: Tab to the button, Space presses it


def test_a_village_its_team_member_and_session(page: WorkbookPageController, qtbot, type_text,  # noqa: ANN001
                                               wait_idle) -> None:  # noqa: ANN001
    v = page.view
    _click(qtbot, v.add_village)
    dialog = page.active_dialog
    assert isinstance(dialog, VillageDialog) and dialog.focusWidget() is dialog.name
    type_text(dialog.name, "Thôn Khe Tiền")
    dialog.households.selectAll()
    qtbot.keyClicks(dialog.households, "60")
    dialog.signal.setCurrentIndex(dialog.signal.findData("none"))
    dialog.broadband.setFocus()
    qtbot.keyClick(dialog.broadband, Qt.Key.Key_Space)  # no fixed broadband
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    wait_idle()
    row = _column(v.villages, 0).index("Thôn Khe Tiền")
    assert [v.villages.item(row, c).text() for c in range(5)] == ["Thôn Khe Tiền", "60", "Không có sóng", "Không",
                                                                 "Chưa có tổ"]
    assert "Thôn Khe Tiền" in v.without_team.text()
    v.villages.selectRow(row)
    assert not v.add_member.isEnabled()  # no team yet: set one up first
    _click(qtbot, v.add_team)
    team = page.active_dialog
    assert isinstance(team, TeamDialog)
    type_text(team.decision, "125/QĐ-UBND")
    qtbot.keyClick(team.note, Qt.Key.Key_Return)
    wait_idle()
    assert v.villages.item(row, 4).text() == "125/QĐ-UBND" and "Thôn Khe Tiền" not in v.without_team.text()
    v.villages.selectRow(row)
    _click(qtbot, v.add_member)
    member = page.active_dialog
    assert isinstance(member, MemberDialog)
    type_text(member.name, "Lò Văn Pấng")
    type_text(member.role, "Tổ trưởng")
    type_text(member.phone, "0912 345 678")
    qtbot.keyClick(member.phone, Qt.Key.Key_Return)
    wait_idle()
    v.villages.selectRow(row)
    _click(qtbot, v.add_session)
    held = page.active_dialog
    assert isinstance(held, SessionDialog)
    held.people.selectAll()
    qtbot.keyClicks(held.people, "25")
    held.dossiers.selectAll()
    qtbot.keyClicks(held.dossiers, "8")
    type_text(held.topic, "Kích hoạt VNeID")
    qtbot.keyClick(held.topic, Qt.Key.Key_Return)
    wait_idle()
    assert [v.villages.item(row, c).text() for c in (5, 6, 7)] == ["1", "1", "25"]
    team_info = next(t for t in teams.list_teams(page.ctx) if t.village == "Thôn Khe Tiền")
    assert team_info.members[0].phone == "0912345678" and team_info.dossiers_assisted == 8


def test_a_duplicate_village_is_refused_at_its_field(page: WorkbookPageController, qtbot,  # noqa: ANN001
                                                     type_text) -> None:  # noqa: ANN001
    _click(qtbot, page.view.add_village)
    dialog = page.active_dialog
    type_text(dialog.name, "thôn 1")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors.message_for("name") and dialog.name.text() == "thôn 1"
    assert len(villages.list_villages(page.ctx)) == 1
    dialog.discard()


def test_an_outage_a_recommendation_and_its_answer(page: WorkbookPageController, qtbot, type_text,  # noqa: ANN001
                                                   wait_idle) -> None:  # noqa: ANN001
    v = page.view
    v.villages.selectRow(0)
    _click(qtbot, v.add_outage)
    outage = page.active_dialog
    assert isinstance(outage, OutageDialog) and outage.village.currentText() == "Thôn 1"
    outage.started.edit.selectAll()
    qtbot.keyClicks(outage.started.edit, "18/11/2026 08:00")
    outage.ongoing.setFocus()
    qtbot.keyClick(outage.ongoing, Qt.Key.Key_Space)
    assert not outage.ended.isEnabled()
    type_text(outage.cause, "Mất điện trạm BTS")
    qtbot.keyClick(outage.cause, Qt.Key.Key_Return)
    wait_idle()
    assert _column(v.outages, 2) == ["Đang mất"]
    stored = coverage.list_outages(page.ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert stored[0].started_at == datetime(2026, 11, 18, 8) and stored[0].ended_at is None
    _click(qtbot, v.add_recommendation)
    rec = page.active_dialog
    assert isinstance(rec, RecommendationDialog)
    rec.sent_on.setDate(date(2026, 10, 1))
    type_text(rec.number, "45/UBND")
    type_text(rec.recipient, "Sở KH&CN")
    type_text(rec.subject, "Lắp trạm BTS cho Thôn 1")
    qtbot.keyClick(rec.subject, Qt.Key.Key_Return)
    wait_idle()
    assert _column(v.recommendations, 3) == ["Lắp trạm BTS cho Thôn 1"] and _column(v.recommendations, 5) == ["50"]
    v.recommendations.selectRow(0)
    _click(qtbot, v.answer_recommendation)
    answer = page.active_dialog
    assert isinstance(answer, AnswerDialog)
    type_text(answer.answer, "Đã đưa vào kế hoạch 2027")
    qtbot.keyClick(answer.answer, Qt.Key.Key_Return)
    wait_idle()
    assert recommendations.list_recommendations(page.ctx)[0].answered_on == date(2026, 11, 20)
    assert "Đã đưa vào kế hoạch 2027" in _column(v.recommendations, 4)[0]


def test_the_decision_766_tab_shows_the_rates_against_targets(session, shown_page) -> None:  # noqa: ANN001
    from desktop.domain.index766 import Marks
    from desktop.services import dossiers, index766
    from desktop.services.dossiers import DossierInput

    ctx = session.ctx
    for i in range(4):  # received and finished in the Decree 09 month under way (15/11 – 14/12)
        code = dossiers.register_dossier(ctx, DossierInput(
            "1.001193", f"Người nộp {i}", "online", received_at=datetime(2026, 11, 16 + i, 9),
            marks=Marks(digitised=i < 3, rating=5))).code
        dossiers.change_status(ctx, code, "finish", at=datetime(2026, 11, 16 + i, 10))
    index766.set_targets(ctx, {"digitisation_rate": 0.9})
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))  # what the app sets for its Vietnamese UI
    try:
        page = shown_page(create_workbook_page)
    finally:
        QLocale.setDefault(before)
    v = page.view
    assert v.tabs.tabText(4) == "Chỉ số 766" and "15/11/2026 – 14/12/2026" in v.index_period.text()
    rows = {v.index.item(r, 0).text(): [v.index.item(r, c).text() for c in range(1, 5)]
            for r in range(v.index.rowCount())}
    assert rows["Tỷ lệ số hóa hồ sơ"] == ["3/4", "75,0 %", "90,0 %", "Chưa đạt"]
    assert rows["Tỷ lệ hài lòng"][:2] == ["4/4", "100,0 %"] and rows["Tỷ lệ hài lòng"][3] == ""
