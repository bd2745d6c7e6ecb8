"""The village dialogs of the workbook: a village (households, 4G/5G signal, fixed broadband), its community digital
technology team (the chairperson's decision), a team member, and a session the team held. Keyboard first: each
opens in its first field, Tab walks the form, Enter saves, Esc cancels."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from desktop.services import teams, villages
from desktop.services.context import ServiceContext
from desktop.services.teams import MemberInfo, SessionInfo, TeamInfo
from desktop.services.villages import VillageInfo
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.inputs import date_picker

WIDTH = 480
MAX_COUNT = 100_000  # households or people: far above any village, low enough to catch a typo of extra digits


def count_box(value: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_COUNT)
    box.setValue(value)
    return box


class VillageDialog(FormDialog):
    """A new village when `village` is None, else edits it (a new name renames it)."""

    def __init__(self, ctx: ServiceContext, village: VillageInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Thêm thôn, tổ dân phố") if village is None
                            else self.tr("Sửa thôn: {name}").format(name=village.name))
        self.setObjectName("villageDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx, self.village = ctx, village
        self.name = self.add_field("name", self.tr("Tên thôn, tổ dân phố"), QLineEdit(village.name if village else ""))
        self.name.setPlaceholderText(self.tr("Ví dụ: Thôn Khe Cát"))
        self.households = self.add_field("households", self.tr("Số hộ"),
                                         count_box(village.households if village else 0))
        self.signal = QComboBox()
        for code, text in (("good", self.tr("Sóng tốt")), ("weak", self.tr("Sóng yếu")),
                           ("none", self.tr("Không có sóng"))):
            self.signal.addItem(text, code)
        self.signal.setCurrentIndex(max(0, self.signal.findData(village.signal if village else "good")))
        self.add_field("signal", self.tr("Sóng 4G/5G"), self.signal)
        self.broadband = self.add_field("broadband", "", QCheckBox(self.tr("Có cáp quang (Internet cố định)")))
        self.broadband.setChecked(village.broadband if village else True)
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit(village.note if village else ""))

    def save(self) -> VillageInfo:
        values = {"households": self.households.value(), "signal": self.signal.currentData(),
                  "broadband": self.broadband.isChecked(), "note": self.note.text()}
        if self.village is None:
            return villages.add_village(self.ctx, self.name.text(), **values)  # type: ignore[arg-type]
        return villages.edit_village(self.ctx, self.village.name, name=self.name.text(), **values)


class TeamDialog(FormDialog):
    """Set up the village's community digital technology team by the chairperson's decision."""

    def __init__(self, ctx: ServiceContext, village: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Thành lập tổ công nghệ số: {village}").format(village=village))
        self.setObjectName("teamDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx, self.village = ctx, village
        self.decision = self.add_field("decision", self.tr("Số quyết định"), QLineEdit())
        self.decision.setPlaceholderText(self.tr("Ví dụ: 125/QĐ-UBND"))
        self.decision_date = self.add_field("decision_date", self.tr("Ngày quyết định"), date_picker(ctx.today()))
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())

    def save(self) -> TeamInfo:
        return teams.add_team(self.ctx, self.village, self.decision.text(),
                              decision_date=self.decision_date.date().toPython(), note=self.note.text())


class MemberDialog(FormDialog):
    """A member of the village's team: name, role (the village head leads it) and phone."""

    def __init__(self, ctx: ServiceContext, village: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Thêm thành viên tổ: {village}").format(village=village))
        self.setObjectName("memberDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx, self.village = ctx, village
        self.name = self.add_field("name", self.tr("Họ và tên"), QLineEdit())
        self.role = self.add_field("role", self.tr("Vai trò"), QLineEdit())
        self.role.setPlaceholderText(self.tr("Ví dụ: Tổ trưởng (Trưởng thôn)"))
        self.phone = self.add_field("phone", self.tr("Điện thoại"), QLineEdit())

    def save(self) -> MemberInfo:
        return teams.add_member(self.ctx, self.village, self.name.text(), role=self.role.text(),
                                phone_number=self.phone.text())


class SessionDialog(FormDialog):
    """One session the team held: when, where, how many people it helped and online dossiers it filed."""

    def __init__(self, ctx: ServiceContext, village: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Ghi buổi hỗ trợ: {village}").format(village=village))
        self.setObjectName("sessionDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx, self.village = ctx, village
        self.held_on = self.add_field("held_on", self.tr("Ngày"), date_picker(ctx.today()))
        self.place = self.add_field("place", self.tr("Địa điểm"), QLineEdit())
        self.people = self.add_field("people_helped", self.tr("Số người được hỗ trợ"), count_box())
        self.dossiers = self.add_field("dossiers_assisted", self.tr("Hồ sơ trực tuyến đã hỗ trợ nộp"), count_box())
        self.topic = self.add_field("topic", self.tr("Nội dung"), QLineEdit())
        self.topic.setPlaceholderText(self.tr("Ví dụ: Kích hoạt VNeID mức 2"))

    def save(self) -> SessionInfo:
        return teams.add_session(self.ctx, self.village, self.held_on.date().toPython(), place=self.place.text(),
                                 people_helped=self.people.value(), dossiers_assisted=self.dossiers.value(),
                                 topic=self.topic.text())
