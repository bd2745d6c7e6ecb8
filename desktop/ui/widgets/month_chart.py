"""The dashboard's trend chart: dossiers received and resolved per month as bars, the on-time rate as a line.

Drawn with QPainter (no QtCharts: one less module to ship, and it renders offscreen in tests). Counts read on the
left axis, the rate in percent on the right; hovering a month shows its exact figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.services.statistics import MonthPoint

RECEIVED_COLOR = QColor("#3a6ea5")
RESOLVED_COLOR = QColor("#5aa469")
ON_TIME_COLOR = QColor("#d9730d")
GRID_COLOR = QColor("#d8dde3")
_PAD = 6
_STEPS = (1, 2, 5, 10, 20, 25, 50)  # round steps per power of ten (25: so 100 splits into 4)


def count_axis(largest: int) -> tuple[int, int]:
    """(step, intervals) of the count axis: 4 or 5 equal round steps, the lowest top that holds `largest`.

    4 or 5 intervals, because the percent axis shares the grid lines and 100 % divides evenly only into those.
    """
    best: tuple[int, int] | None = None
    for intervals in (4, 5):
        scale = 1
        while True:
            fitting = [s * scale for s in _STEPS if s * scale * intervals >= max(largest, 1)]
            if fitting:
                step = min(fitting)
                break
            scale *= 10
        if best is None or step * intervals < best[0] * best[1]:
            best = (step, intervals)
    return best  # type: ignore[return-value]


class MonthChart(QWidget):
    """Bars per month (received, resolved) and the on-time line; `set_points` with the oldest month first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[MonthPoint] = []
        self.setMinimumSize(360, 200)
        self.setAccessibleName(self.tr("Biểu đồ hồ sơ theo tháng"))
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 280)

    def set_points(self, points: Sequence[MonthPoint]) -> None:
        self._points = list(points)
        self.setAccessibleDescription("; ".join(self.describe(p) for p in self._points))
        self.update()

    def points(self) -> list[MonthPoint]:
        return list(self._points)

    def month_label(self, point: MonthPoint) -> str:
        """"T11/25" in Vietnamese; the English text may use {mon}, the month's short name."""
        year, month = (int(x) for x in point.month.split("-"))
        return self.tr("T{month}/{yy}").format(month=month, yy=f"{year % 100:02d}",
                                               mon=QLocale().monthName(month, QLocale.FormatType.ShortFormat))

    def describe(self, point: MonthPoint) -> str:
        """The month's figures in words, for the tooltip and screen readers."""
        loc = QLocale()
        rate = "—" if point.on_time_rate is None else loc.toString(point.on_time_rate * 100, "f", 1) + " %"
        return self.tr("{month}: tiếp nhận {received}, đã giải quyết {resolved}, đúng hạn {rate}").format(
            month=self.month_label(point), received=loc.toString(point.received),
            resolved=loc.toString(point.resolved), rate=rate)

    # --- drawing -------------------------------------------------------------------------------------------------

    def _plot_rect(self, fm: QFontMetrics, step: int, intervals: int) -> QRectF:
        left_labels = max(fm.horizontalAdvance(QLocale().toString(step * i)) for i in range(intervals + 1))
        right_labels = fm.horizontalAdvance("100 %")
        top = 2 * (fm.height() + _PAD) + fm.height() // 2  # legend, axis titles, room for the top tick's label
        return QRectF(_PAD + left_labels + _PAD, top, self.width() - left_labels - right_labels - 4 * _PAD,
                      self.height() - top - fm.height() - 2 * _PAD)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        step, intervals = count_axis(max((max(p.received, p.resolved) for p in self._points), default=0))
        plot = self._plot_rect(fm, step, intervals)
        if plot.width() < 40 or plot.height() < 40 or not self._points:  # nothing set yet: still loading
            return
        self._draw_legend(painter, fm, text_color)
        self._draw_axes(painter, fm, plot, step, intervals, text_color)
        self._draw_months(painter, fm, plot, text_color)
        if not any(p.received or p.resolved for p in self._points):
            painter.setPen(text_color)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có hồ sơ trong các tháng này"))
            return
        self._draw_bars(painter, plot, step * intervals)
        self._draw_rate(painter, plot)

    def _draw_legend(self, painter: QPainter, fm: QFontMetrics, text_color: QColor) -> None:
        items = [(RECEIVED_COLOR, self.tr("Tiếp nhận")), (RESOLVED_COLOR, self.tr("Đã giải quyết")),
                 (ON_TIME_COLOR, self.tr("Tỷ lệ đúng hạn"))]
        box = fm.height() * 0.7
        widths = [box + _PAD + fm.horizontalAdvance(text) for _, text in items]
        x = (self.width() - sum(widths) - 3 * _PAD * (len(items) - 1)) / 2
        y = _PAD
        for (color, text), width in zip(items, widths, strict=True):
            if color == ON_TIME_COLOR:
                painter.setPen(QPen(color, 2))
                painter.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + box, y + fm.height() / 2))
                painter.setBrush(color)
                painter.drawEllipse(QPointF(x + box / 2, y + fm.height() / 2), 3, 3)
            else:
                painter.fillRect(QRectF(x, y + (fm.height() - box) / 2, box, box), color)
            painter.setPen(text_color)
            painter.drawText(QPointF(x + box + _PAD, y + fm.ascent()), text)
            x += width + 3 * _PAD

    def _draw_axes(self, painter: QPainter, fm: QFontMetrics, plot: QRectF, step: int, intervals: int,
                   text_color: QColor) -> None:
        loc = QLocale()
        titles_y = fm.height() + 2 * _PAD + fm.ascent()
        painter.setPen(text_color)
        painter.drawText(QPointF(_PAD, titles_y), self.tr("Số hồ sơ"))
        right_title = self.tr("% đúng hạn")
        painter.drawText(QPointF(self.width() - _PAD - fm.horizontalAdvance(right_title), titles_y), right_title)
        for i in range(intervals + 1):
            y = plot.bottom() - plot.height() * i / intervals
            painter.setPen(QPen(GRID_COLOR if i else text_color, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            count = loc.toString(step * i)
            painter.drawText(QPointF(plot.left() - _PAD - fm.horizontalAdvance(count), y + fm.ascent() / 2 - 1),
                             count)
            painter.drawText(QPointF(plot.right() + _PAD, y + fm.ascent() / 2 - 1), f"{100 * i // intervals} %")

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(len(self._points), 1)

    def _draw_bars(self, painter: QPainter, plot: QRectF, top: int) -> None:
        slot = self._slot(plot)
        bar = slot * 0.34
        for n, p in enumerate(self._points):
            x = plot.left() + n * slot + (slot - 2 * bar) / 2
            for k, (value, color) in enumerate(((p.received, RECEIVED_COLOR), (p.resolved, RESOLVED_COLOR))):
                height = plot.height() * value / top
                painter.fillRect(QRectF(x + k * bar, plot.bottom() - height, bar - 1, height), color)

    def _draw_rate(self, painter: QPainter, plot: QRectF) -> None:
        slot = self._slot(plot)
        painter.setPen(QPen(ON_TIME_COLOR, 2))
        painter.setBrush(ON_TIME_COLOR)
        previous: QPointF | None = None
        for n, p in enumerate(self._points):
            if p.on_time_rate is None:  # nothing resolved that month: a gap, not a fall to 0 %
                previous = None
                continue
            here = QPointF(plot.left() + (n + 0.5) * slot, plot.bottom() - plot.height() * p.on_time_rate)
            if previous is not None:
                painter.drawLine(previous, here)
            painter.drawEllipse(here, 3, 3)
            previous = here

    def _draw_months(self, painter: QPainter, fm: QFontMetrics, plot: QRectF, text_color: QColor) -> None:
        slot = self._slot(plot)
        labels = [self.month_label(p) for p in self._points]
        widest = max((fm.horizontalAdvance(t) for t in labels), default=0)
        every = 1 if widest + _PAD <= slot else 2  # too narrow: every other month, the latest always shown
        painter.setPen(text_color)
        for n, text in enumerate(labels):
            if (len(labels) - 1 - n) % every:
                continue
            x = plot.left() + (n + 0.5) * slot - fm.horizontalAdvance(text) / 2
            painter.drawText(QPointF(x, plot.bottom() + _PAD + fm.ascent()), text)

    def month_at(self, x: float) -> int | None:
        """The index of the month drawn at `x` (widget coordinates), None outside the bars."""
        if not self._points:
            return None
        fm = QFontMetrics(self.font())
        plot = self._plot_rect(fm, *count_axis(max(max(p.received, p.resolved) for p in self._points)))
        n = int((x - plot.left()) // self._slot(plot))
        return n if plot.left() <= x < plot.right() and 0 <= n < len(self._points) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            n = self.month_at(event.pos().x())
            if n is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(self._points[n]), self)
            return True
        return super().event(event)
