"""The setup wizard driven from the keyboard: nothing chosen on an empty folder, accent- and prefix-free search,
Tab/Enter that cannot set up a unit nobody chose, and the summary to confirm before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.services import dossiers, setup
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput
from desktop.ui.dialogs.setup_wizard import SetupWizard
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.pages.settings_page import create_settings_page
from desktop.ui.widgets.search_list import SearchList, match_rank


def _wizard(qtbot, db, clock) -> SetupWizard:  # noqa: ANN001
    wizard = SetupWizard(ServiceContext(db, actor="setup", role="admin", clock=clock))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_match_rank_ignores_accents_and_prefixes() -> None:
    assert match_rank("Quảng Ninh", "22", "quang ninh") == 0
    assert match_rank("Xã Hải Ninh", "06733", "Hải Ninh") == 2
    assert match_rank("Xã Hải Ninh", "06733", "hai ninh") == 2
    assert match_rank("Phường Hạ Long", "06688", "ha long") == 2
    assert match_rank("Phường Hạ Long", "06688", "06688") == 0
    assert match_rank("Phường Hạ Long", "06688", "hai ninh") is None


def test_search_list_forgets_a_choice_the_typed_text_no_longer_matches(qtbot, type_text) -> None:  # noqa: ANN001
    picker = SearchList()
    qtbot.addWidget(picker)
    picker.set_entries([("06733", "Xã Hải Ninh"), ("06688", "Phường Hạ Long"), ("07090", "Phường An Sinh")])
    picker.show()
    picker.edit.setFocus()
    assert picker.code() == ""
    type_text(picker.edit, "ha")
    assert picker.visible_names() == ["Xã Hải Ninh", "Phường Hạ Long"]  # “ha” starts a word in both
    assert picker.code() == ""  # a list of matches is not a choice
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    assert picker.code() == "06733" and "06733" in picker.chosen_label.text()
    picker.edit.setFocus()
    type_text(picker.edit, " l")  # "ha l": Hải Ninh no longer matches
    assert picker.code() == "" and picker.visible_names() == ["Phường Hạ Long"]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # one entry left: Enter chooses it
    assert picker.code() == "06688" and picker.name() == "Phường Hạ Long"


def test_empty_folder_starts_with_nothing_chosen_and_enter_cannot_go_on(qtbot, db, clock) -> None:  # noqa: ANN001
    wizard = _wizard(qtbot, db, clock)
    page = wizard.commune_page
    assert page.province.code() == "" and page.commune.code() == "" and page.commune.visible_names() == []
    for _ in range(6):  # Tab and Enter through everything the page offers
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    assert page.errors.message_for("province_code") == "Vui lòng chọn tỉnh/thành phố."
    assert page.province.code() == ""


def test_accent_free_search_then_summary_then_setup(qtbot, db, clock, type_text) -> None:  # noqa: ANN001
    wizard = _wizard(qtbot, db, clock)
    page = wizard.commune_page
    page.province.edit.setFocus()
    type_text(page.province.edit, "quang ninh")
    assert page.province.visible_names() == ["Quảng Ninh"]
    qtbot.keyClick(page.province.edit, Qt.Key.Key_Return)
    assert page.province.code() == "22"
    qtbot.keyClick(page.province.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)  # past the province list to the unit's search box
    assert wizard.focusWidget() is page.commune.edit
    type_text(page.commune.edit, "Hải Ninh")  # without “Xã ”
    assert page.commune.visible_names() == ["Xã Hải Ninh"]
    qtbot.keyClick(page.commune.edit, Qt.Key.Key_Return)  # chooses the one match
    qtbot.keyClick(page.commune.edit, Qt.Key.Key_Return)  # goes on
    assert wizard.currentPage() is wizard.leader_page
    type_text(wizard.leader_page.leader, "Trần Văn Bình")
    qtbot.keyClick(wizard.leader_page.leader, Qt.Key.Key_Return)
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    text = confirm.summary.text()
    assert "Xã Hải Ninh" in text and "06733" in text and "Quảng Ninh" in text and "Trần Văn Bình" in text
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the summary must be confirmed
    qtbot.keyClick(confirm.confirm, Qt.Key.Key_Space)
    assert next_button.isEnabled()
    next_button.click()
    assert wizard.currentPage() is wizard.account_page
    account = wizard.account_page
    type_text(account.full_name, "Phạm Thị Hoa")
    type_text(account.username, "hoa")
    type_text(account.password, "matkhau-2026")
    type_text(account.confirm, "matkhau-2026")
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    commune = setup.get_commune(wizard.ctx)
    assert (commune.code, commune.name, commune.province_code) == ("06733", "Xã Hải Ninh", "22")


def test_going_back_and_changing_the_unit_asks_for_confirmation_again(qtbot, db, clock) -> None:  # noqa: ANN001
    wizard = _wizard(qtbot, db, clock)
    page = wizard.commune_page
    assert page.province.choose("22") and page.commune.choose("07090")
    wizard.next()
    wizard.next()
    wizard.confirm_page.confirm.setChecked(True)
    wizard.back()
    wizard.back()
    assert page.commune.choose("06688")
    wizard.next()
    wizard.next()
    assert "Phường Hạ Long" in wizard.confirm_page.summary.text()
    assert not wizard.confirm_page.isComplete()


def test_administrator_corrects_the_unit_from_settings(qtbot, session, ctx, type_text) -> None:  # noqa: ANN001
    page = create_settings_page(session)
    qtbot.addWidget(page.view)
    page.view.show()
    page.show_page()
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    tab = page.view.commune
    assert tab.correct.isVisible()
    qtbot.mouseClick(tab.correct, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, UnitDialog) and dialog.province.code() == "22" and dialog.commune.code() == ""
    qtbot.keyClick(dialog.commune.edit, Qt.Key.Key_Return)  # nothing chosen: refused at the field
    assert dialog.isVisible() and dialog.errors.message_for("commune_code") == "Vui lòng chọn xã/phường/đặc khu."
    type_text(dialog.commune.edit, "hai ninh")
    qtbot.keyClick(dialog.commune.edit, Qt.Key.Key_Return)  # one match: chosen
    qtbot.keyClick(dialog.commune.edit, Qt.Key.Key_Return)  # saves
    assert not dialog.isVisible()
    assert setup.get_commune(ctx).code == "06733"
    qtbot.waitUntil(lambda: tab.code.text() == "06733", timeout=5000)
    assert "Xã Hải Ninh" in tab.status.text()


def test_pc_number_is_chosen_shown_in_the_summary_and_kept(qtbot, db, clock, type_text) -> None:  # noqa: ANN001
    wizard = _wizard(qtbot, db, clock)
    assert wizard.commune_page.province.choose("22") and wizard.commune_page.commune.choose("06733")
    wizard.next()
    leader = wizard.leader_page
    assert leader.device_slot() == 0  # as `setup` without --pc: not told
    assert leader.pc.currentText() == "Máy duy nhất / chưa rõ — số hồ sơ 0001–0999"
    leader.pc.setFocus()
    for _ in range(3):
        qtbot.keyClick(leader.pc, Qt.Key.Key_Down)
    assert leader.device_slot() == 3 and leader.pc.currentText() == "Máy 3 — số hồ sơ 3001–3999"
    wizard.next()
    assert "Máy số: Máy 3 — số hồ sơ 3001–3999" in wizard.confirm_page.summary.text()
    wizard.confirm_page.confirm.setChecked(True)
    wizard.next()
    account = wizard.account_page
    type_text(account.full_name, "Phạm Thị Hoa")
    type_text(account.username, "hoa")
    type_text(account.password, "matkhau-2026")
    type_text(account.confirm, "matkhau-2026")
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    first = dossiers.register_dossier(wizard.ctx, DossierInput("1.001193", "Lê Văn An", "direct"))
    assert first.code.endswith("-3001")  # the first number of PC 3's block today
