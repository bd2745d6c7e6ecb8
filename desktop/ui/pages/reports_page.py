"""The Báo cáo page: the month's dossier statistics in the columns of the one-stop report form, per field and in
total — the very figures the printed monthly report carries (PDF, print and XLSX come with the papers work)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.statistics import DossierRow, DossierStats, dossier_stats, month_bounds
from desktop.ui.errors import message_of
from desktop.ui.pages.base import PageController
from desktop.ui.session import CALENDAR, CATALOGUE, DOSSIERS, AppSession

MONTHS_OFFERED = 24
_CONTEXT = "ReportsPageView"

# (DossierRow attribute, header): the order of Biểu 06's columns.
COLUMNS = (
    ("received_total", QT_TRANSLATE_NOOP("ReportsPageView", "Tổng số tiếp nhận")),
    ("carried_over", QT_TRANSLATE_NOOP("ReportsPageView", "Kỳ trước chuyển qua")),
    ("received_online", QT_TRANSLATE_NOOP("ReportsPageView", "Trực tuyến")),
    ("received_direct_postal", QT_TRANSLATE_NOOP("ReportsPageView", "Trực tiếp, bưu chính")),
    ("resolved_total", QT_TRANSLATE_NOOP("ReportsPageView", "Đã giải quyết")),
    ("resolved_early", QT_TRANSLATE_NOOP("ReportsPageView", "Trước hạn")),
    ("resolved_on_time", QT_TRANSLATE_NOOP("ReportsPageView", "Đúng hạn")),
    ("resolved_late", QT_TRANSLATE_NOOP("ReportsPageView", "Quá hạn")),
    ("in_progress_within", QT_TRANSLATE_NOOP("ReportsPageView", "Đang giải quyết trong hạn")),
    ("in_progress_overdue", QT_TRANSLATE_NOOP("ReportsPageView", "Đang giải quyết quá hạn")),
    ("on_time_rate", QT_TRANSLATE_NOOP("ReportsPageView", "Tỉ lệ đúng hạn")),
    ("online_rate", QT_TRANSLATE_NOOP("ReportsPageView", "Tỉ lệ trực tuyến")),
)


def recent_months(today: date, count: int = MONTHS_OFFERED) -> list[tuple[int, int]]:
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def _cell(row: DossierRow, attribute: str) -> str:
    value = getattr(row, attribute)
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value * 100:.1f} %".replace(".", ",")
    return f"{value:,}".replace(",", ".")


class ReportsPageView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QComboBox()
        self.state = QLabel()
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        headers = [QCoreApplication.translate(_CONTEXT, text) for _a, text in COLUMNS]
        self.table.setHorizontalHeaderLabels([self.tr("Lĩnh vực"), *headers])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultSectionSize(86)
        self.table.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tháng báo cáo")))
        bar.addWidget(self.month)
        bar.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)


class ReportsPageController(PageController):
    topics = (DOSSIERS, CATALOGUE, CALENDAR)

    def __init__(self, view: ReportsPageView, session: AppSession) -> None:
        super().__init__(view, session)
        self.view: ReportsPageView = view
        for year, month in recent_months(session.ctx.today()):
            view.month.addItem(self.tr("Tháng {month:02d}/{year}").format(month=month, year=year), (year, month))
        view.month.currentIndexChanged.connect(self.refresh)
        self.stats: DossierStats | None = None

    def refresh(self) -> None:
        year, month = self.view.month.currentData()
        start, end = month_bounds(year, month)
        ctx = self.ctx
        self.view.state.setText(self.tr("Đang tính…"))
        self.session.runner.run(lambda: dossier_stats(ctx, start, end), self._on_stats, self._on_failed)

    def _on_stats(self, stats: DossierStats) -> None:
        self.stats = stats
        rows = [*stats.by_field, stats.total]
        table = self.view.table
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = self.tr("Tổng cộng") if row is stats.total else row.field
            table.setItem(r, 0, QTableWidgetItem(name))
            for c, (attribute, _header) in enumerate(COLUMNS, start=1):
                table.setItem(r, c, QTableWidgetItem(_cell(row, attribute)))
        self.view.state.setText(self.tr("Số liệu đến ngày {day}").format(day=f"{stats.as_of:%d/%m/%Y}"))

    def _on_failed(self, exc: BaseException) -> None:
        self.view.state.setText(message_of(exc))


def create_reports_page(session: AppSession) -> ReportsPageController:
    return ReportsPageController(ReportsPageView(), session)
