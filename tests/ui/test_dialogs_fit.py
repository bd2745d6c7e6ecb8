"""Every dialog fits the office screen's free area (1366×728: a 1366×768 screen less its taskbar), in Vietnamese and
in English, with its buttons on screen; the offscreen screen is that size (tests/conftest.py)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from desktop.services import catalogue, equipment, officers, recommendations, setup, training
from desktop.services.conflicts import ConflictInfo
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.services.equipment import add_equipment, record_event
from desktop.services.login_hints import DemoLogin
from desktop.ui import i18n
from desktop.ui.dialogs.about_dialog import AboutDialog
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.course_dialog import CourseDialog
from desktop.ui.dialogs.dossier_detail import ActionDialog, DossierDetailDialog
from desktop.ui.dialogs.dossier_dialog import DossierDialog
from desktop.ui.dialogs.enrol_dialog import EnrolDialog
from desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from desktop.ui.dialogs.equipment_event_dialog import EndOutageDialog, EquipmentEventDialog
from desktop.ui.dialogs.guide_dialog import GuideDialog
from desktop.ui.dialogs.holiday_dialog import HolidayDialog
from desktop.ui.dialogs.import_dialog import ImportDialog
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.officer_dialog import OfficerDialog
from desktop.ui.dialogs.participation_dialog import ParticipationDialog
from desktop.ui.dialogs.password_dialog import PasswordDialog
from desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from desktop.ui.dialogs.report_up_dialogs import AnswerDialog, OutageDialog, RecommendationDialog
from desktop.ui.dialogs.setup_wizard import SetupWizard
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.dialogs.village_dialogs import MemberDialog, SessionDialog, TeamDialog, VillageDialog
from desktop.ui.models.conflict_table import ConflictRow
from desktop.ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, available_area
from desktop.ui.session import AppSession
from desktop.ui.widgets.pdf_preview import PdfPreviewDialog, preview_receipt

SCREEN = (1366, 728)


def _dossier(session: AppSession) -> str:
    return register_dossier(session.ctx, DossierInput(
        "1.009994", "Nguyễn Thị Phương Thảo", "direct", id_number="022093001656", phone="0912345678",
        address="Tổ 5, khu 3, phường An Sinh, tỉnh Quảng Ninh", received_at=datetime(2026, 11, 19, 9, 30))).code


def _course(session: AppSession) -> training.CourseInfo:
    return training.add_course(session.ctx, "Bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức cấp xã năm 2026",
                               start_date=date(2026, 11, 2), end_date=date(2026, 11, 6), hours=40,
                               organiser="Sở Khoa học và Công nghệ tỉnh Quảng Ninh")


def _device(session: AppSession) -> equipment.EquipmentInfo:
    return add_equipment(session.ctx, "MT-2026-001", "pc", model="Dell OptiPlex 7010", location="Bộ phận một cửa")


def _outage(session: AppSession) -> equipment.EquipmentEventInfo:
    add_equipment(session.ctx, "DL-01", "network_link", model="Cáp quang VNPT 100 Mb/s")
    return record_event(session.ctx, "DL-01", "outage", at=datetime(2026, 11, 19, 8, 0), note="Đứt cáp quang")


def _conflict(_session: AppSession) -> ConflictRow:
    values = {"status": 3, "applicant_name": "Nguyễn Thị Phương Thảo", "applicant_phone": "0912345678"}
    info = ConflictInfo("c1", "dossiers", "r1", "edit_edit", ("status", "applicant_name", "applicant_phone"),
                        values, {**values, "status": 5, "applicant_name": "Nguyễn Thị Thảo"}, "open",
                        datetime(2026, 11, 19, 3, 0))
    return ConflictRow(info, "000.00.22.H40-261119-0001 — Nguyễn Thị Phương Thảo")


def _receipt(qtbot, session: AppSession) -> PdfPreviewDialog:  # noqa: ANN001
    holder = QWidget()  # the dossier window that asks for the slip
    ready: list[PdfPreviewDialog] = []
    preview_receipt(session, _dossier(session), holder, ready.append, lambda exc: pytest.fail(str(exc)))
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    ready[0].setParent(None, ready[0].windowFlags())  # on its own, as the test owns it
    return ready[0]


FACTORIES: dict[str, Callable[..., QDialog]] = {
    "about": lambda _qtbot, _s: AboutDialog(),
    "conflict": lambda _qtbot, s: ConflictDialog(_conflict(s), True, lambda *_a: None),
    "course": lambda _qtbot, s: CourseDialog(s.ctx),
    "dossier": lambda _qtbot, s: DossierDialog(s),
    "dossier_detail": lambda _qtbot, s: DossierDetailDialog(s, _dossier(s)),
    "dossier_action": lambda _qtbot, s: ActionDialog(
        s, DossierDetailDialog(s, _dossier(s)).detail.dossier, "finish"),
    "enrol": lambda _qtbot, s: EnrolDialog(s.ctx, s.runner),
    "equipment": lambda _qtbot, s: EquipmentDialog(s),
    "equipment_event": lambda _qtbot, s: EquipmentEventDialog(s, _device(s)),
    "end_outage": lambda _qtbot, s: EndOutageDialog(s, _outage(s)),
    "guide": lambda _qtbot, _s: GuideDialog(section="dossiers"),
    "holiday": lambda _qtbot, s: HolidayDialog(s.ctx),
    "import": lambda _qtbot, s: ImportDialog("equipment", s),
    "login": lambda _qtbot, s: LoginDialog(s.ctx, "Phường An Sinh, Quảng Ninh", "hoa"),
    "login_demo": lambda _qtbot, s: LoginDialog(s.ctx, "Phường An Sinh, Quảng Ninh", "", demo=[
        DemoLogin(u, p, r) for u, p, r in (("admin", "admin123", "admin"), ("lanhdao", "lanhdao123", "leader"),
                                           ("canbo", "canbo123", "officer"))]),
    "officer": lambda _qtbot, s: OfficerDialog(s),
    "participation": lambda _qtbot, s: ParticipationDialog(s.ctx, _course(s), officers.list_officers(s.ctx)),
    "password": lambda _qtbot, s: PasswordDialog(s.ctx, "hoa"),
    "procedure": lambda _qtbot, s: ProcedureDialog(s, catalogue.list_fields(s.ctx)),
    "receipt_preview": _receipt,
    "setup_wizard": lambda _qtbot, s: SetupWizard(s.ctx),
    "unit": lambda _qtbot, s: UnitDialog(s, setup.get_commune(s.ctx)),
    # The workbook's dialogs.
    "village": lambda _qtbot, s: VillageDialog(s.ctx),
    "team": lambda _qtbot, s: TeamDialog(s.ctx, "Thôn Khe Tiền"),
    "team_member": lambda _qtbot, s: MemberDialog(s.ctx, "Thôn Khe Tiền"),
    "team_session": lambda _qtbot, s: SessionDialog(s.ctx, "Thôn Khe Tiền"),
    "village_outage": lambda _qtbot, s: OutageDialog(s.ctx, ["Thôn Khe Tiền", "Thôn Pạc Sủi"]),
    "recommendation": lambda _qtbot, s: RecommendationDialog(s.ctx),
    "recommendation_answer": lambda _qtbot, s: AnswerDialog(s.ctx, recommendations.add_recommendation(
        s.ctx, date(2026, 10, 1), "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Đề nghị phủ sóng 4G Thôn Pạc Sủi")),
}


@pytest.fixture(params=["vi", "en"])
def language(request, qapp) -> Iterator[str]:  # noqa: ANN001
    translator = i18n.install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    i18n.install_translator(qapp, "vi")


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_dialog_fits_the_office_screen(name: str, language: str, qtbot, session: AppSession) -> None:  # noqa: ANN001
    dialog = FACTORIES[name](qtbot, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    assert (area.width(), area.height()) == SCREEN
    # No QScreen kept as the dialog's child (what `dialog.screen()` does in PySide): collecting the closed dialog
    # deleted the application's screen with it, and the next window crashed.
    assert not [o for o in gc.get_referents(dialog) if isinstance(o, QScreen)]
    # Offscreen windows have no real frame: the room a window manager takes is added here.
    width, height = dialog.width(), dialog.height()
    assert width + FRAME_WIDTH <= SCREEN[0] and height + FRAME_HEIGHT <= SCREEN[1], (
        f"{name} ({language}) is {width}×{height}")
    inside = dialog.rect()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.window() is dialog:
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert inside.contains(corner), f"{name} ({language}): “{button.text()}” is cut off"
    dialog.close()
