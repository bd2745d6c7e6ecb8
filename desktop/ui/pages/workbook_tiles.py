"""The dashboard's workbook tiles, next to the dossier figures: plan tasks overdue, recommendations unanswered after
30 days, villages without signal or without a community digital team. Each opens the workbook page (click, or Tab
then Enter). Loaded in the background from `workbook_alerts`, the same read the workbook page shows on top."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.services.workbook_summary import WorkbookAlerts, workbook_alerts
from desktop.ui.pages.base import PageController
from desktop.ui.session import SYNC, WORKBOOK, AppSession

ALERT, WARN = "#b00020", "#9a5b00"
NAMES_SHOWN = 6  # names listed in a tile's tooltip before "…"


class Tile(Protocol):
    """What the dashboard's figure tile offers (its KpiTile): a figure, a link, a click."""

    clicked: Signal

    def show_figure(self, value: str, detail: str = "", color: str = "") -> None: ...
    def make_link(self, hint: str) -> None: ...
    def setToolTip(self, text: str) -> None: ...  # noqa: N802 - Qt's name


class WorkbookTiles(QWidget):
    """Three tiles made by the dashboard's own tile factory, so they look like the dossier tiles beside them."""

    def __init__(self, make_tile: Callable[[str], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbookTiles")
        self.tasks = make_tile(self.tr("Nhiệm vụ quá hạn"))
        self.recommendations = make_tile(self.tr("Kiến nghị chờ trả lời"))
        self.villages = make_tile(self.tr("Thôn cần quan tâm"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tiles: tuple[Tile, ...] = (self.tasks, self.recommendations, self.villages)  # type: ignore[assignment]
        for tile in self.tiles:
            tile.make_link(self.tr("Bấm (hoặc Enter) để mở Sổ chuyển đổi số."))
            layout.addWidget(tile, 1)  # type: ignore[arg-type]


class WorkbookTilesController(PageController):
    """Fills the tiles; asks for the workbook page when one is opened."""

    topics = (WORKBOOK, SYNC)
    navigate_requested = Signal(str)

    def __init__(self, view: WorkbookTiles, session: AppSession) -> None:
        super().__init__(view, session)
        self.tiles = view
        self.alerts: WorkbookAlerts | None = None
        for tile in view.tiles:
            tile.clicked.connect(self._on_open)

    def _on_open(self) -> None:
        self.navigate_requested.emit("workbook")

    def refresh(self) -> None:
        ctx = self.ctx
        self.session.runner.run(lambda: workbook_alerts(ctx), self._on_loaded, self._on_failed)

    def _on_failed(self, _exc: BaseException) -> None:
        for tile in self.tiles.tiles:
            tile.show_figure("—")

    def _names(self, names: tuple[str, ...]) -> str:
        shown = ", ".join(names[:NAMES_SHOWN])
        return shown + (" …" if len(names) > NAMES_SHOWN else "")

    def _on_loaded(self, a: WorkbookAlerts) -> None:
        self.alerts = a
        n, t = QLocale().toString, self.tiles
        overdue = len(a.overdue_tasks)
        t.tasks.show_figure(n(overdue), self.tr("{open} đang thực hiện").format(open=n(a.task_summary["in_progress"])),
                            ALERT if overdue else "")
        t.tasks.setToolTip("\n".join(a.overdue_tasks[:NAMES_SHOWN]) or self.tr("Không có nhiệm vụ quá hạn."))
        waiting = len(a.unanswered)
        t.recommendations.show_figure(n(waiting), self.tr("quá 30 ngày"), WARN if waiting else "")
        t.recommendations.setToolTip("\n".join(a.unanswered[:NAMES_SHOWN])
                                     or self.tr("Không có kiến nghị nào chờ quá 30 ngày."))
        villages = sorted(set(a.villages_without_signal) | set(a.villages_without_team))
        t.villages.show_figure(n(len(villages)), self.tr("không sóng {signal} · chưa có tổ {team}").format(
            signal=n(len(a.villages_without_signal)), team=n(len(a.villages_without_team))),
            WARN if villages else "")
        tips = []
        if a.villages_without_signal:
            tips.append(self.tr("Không có sóng 4G/5G: {names}").format(names=self._names(a.villages_without_signal)))
        if a.villages_without_team:
            tips.append(self.tr("Chưa có tổ công nghệ số: {names}").format(names=self._names(a.villages_without_team)))
        t.villages.setToolTip("\n".join(tips) or self.tr("Thôn nào cũng có sóng và có tổ công nghệ số."))
