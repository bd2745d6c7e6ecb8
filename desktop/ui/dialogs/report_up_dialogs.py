"""The workbook's remaining dialogs: a village's network outage (start, end or still going on, cause), a
recommendation sent up to the province or a ministry, and the answer that came back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop.services import coverage, recommendations
from desktop.services.context import ServiceContext
from desktop.services.coverage import OutageInfo
from desktop.services.recommendations import RecommendationInfo
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.datetime_entry import DateTimeEntry
from desktop.ui.widgets.inputs import date_picker

WIDTH = 520


class OutageDialog(FormDialog):
    """Log a village's loss of signal or broadband; "still going on" leaves the end for later."""

    def __init__(self, ctx: ServiceContext, village_names: Sequence[str], village: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Ghi sự cố mất sóng, mất mạng"))
        self.setObjectName("outageDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx = ctx
        self.village = QComboBox()
        self.village.addItems(list(village_names))
        if village:
            self.village.setCurrentText(village)
        self.add_field("village", self.tr("Thôn, tổ dân phố"), self.village)
        now = ctx.local_now().replace(second=0, microsecond=0)
        last_year = now.year + 1
        self.started = self.add_field("started_at", self.tr("Bắt đầu"),
                                      DateTimeEntry(now - timedelta(hours=1), "started_at", last_year=last_year))
        self.ongoing = self.add_field("ongoing", "", QCheckBox(self.tr("Còn đang mất")))
        self.ended = self.add_field("ended_at", self.tr("Kết thúc"), DateTimeEntry(now, "ended_at",
                                                                                      last_year=last_year))
        self.cause = self.add_field("cause", self.tr("Nguyên nhân"), QLineEdit())
        self.ongoing.toggled.connect(self._on_ongoing)

    def _on_ongoing(self, ongoing: bool) -> None:
        self.ended.setEnabled(not ongoing)

    def save(self) -> OutageInfo:
        started = self.started.value()
        ended = None if self.ongoing.isChecked() else self.ended.value()
        return coverage.add_outage(self.ctx, self.village.currentText(), started, ended, cause=self.cause.text())


class RecommendationDialog(FormDialog):
    """A recommendation (kiến nghị) sent up: when, its number, to whom and about what."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Thêm kiến nghị gửi cấp trên"))
        self.setObjectName("recommendationDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx = ctx
        self.sent_on = self.add_field("sent_on", self.tr("Ngày gửi"), date_picker(ctx.today()))
        self.number = self.add_field("number", self.tr("Số văn bản"), QLineEdit())
        self.recipient = self.add_field("to", self.tr("Nơi nhận"), QLineEdit())
        self.recipient.setPlaceholderText(self.tr("Ví dụ: Sở Khoa học và Công nghệ"))
        self.subject = self.add_field("subject", self.tr("Nội dung kiến nghị"), QLineEdit())

    def save(self) -> RecommendationInfo:
        return recommendations.add_recommendation(self.ctx, self.sent_on.date().toPython(), self.recipient.text(),
                                                  self.subject.text(), number=self.number.text())


class AnswerDialog(FormDialog):
    """The answer that came back to a recommendation, and its date."""

    def __init__(self, ctx: ServiceContext, rec: RecommendationInfo, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Ghi trả lời kiến nghị ngày {day}").format(day=f"{rec.sent_on:%d/%m/%Y}"))
        self.setObjectName("answerDialog")
        self.setMinimumWidth(WIDTH)
        self.ctx, self.rec = ctx, rec
        self.answered_on = self.add_field("answered_on", self.tr("Ngày trả lời"), date_picker(ctx.today()))
        self.answer = self.add_field("answer", self.tr("Nội dung trả lời"), QLineEdit(rec.answer))

    def save(self) -> RecommendationInfo:
        return recommendations.record_answer(self.ctx, self.rec.id, self.answer.text(),
                                             self.answered_on.date().toPython())
