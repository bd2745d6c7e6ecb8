"""The report's small trend chart: dossiers received and resolved per month, the same series the dashboard draws."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.reports.fonts import FontFamily
from desktop.reports.model import TrendPoint

# Greys that stay apart on a black-and-white office printer.
RECEIVED_FILL = colors.Color(0.35, 0.35, 0.35)
RESOLVED_FILL = colors.Color(0.8, 0.8, 0.8)


def _step(top: int) -> int:
    """A round value-axis step giving about five grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def trend_chart(points: Sequence[TrendPoint], fonts: FontFamily, width: float, height: float) -> Drawing:
    """Grouped bars per month (“MM/YY” under each group), with a legend on top."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.regular  # else the renderer references an unembedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 22
    chart.width, chart.height = width - 44, height - 50
    chart.data = [[p.received for p in points], [p.resolved for p in points]]
    chart.categoryAxis.categoryNames = [f"{p.month[5:7]}/{p.month[2:4]}" for p in points]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -2
    top = max([1, *chart.data[0], *chart.data[1]])
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = (top // step + 1) * step
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", ".")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = RECEIVED_FILL
    chart.bars[1].fillColor = RESOLVED_FILL
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.3
    chart.groupSpacing = 6
    chart.barSpacing = 1
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, height - 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = fonts.regular
    legend.fontSize = 9
    legend.dx = legend.dy = 8
    legend.deltax = 150
    legend.colorNamePairs = [(RECEIVED_FILL, "Hồ sơ tiếp nhận mới"), (RESOLVED_FILL, "Hồ sơ đã giải quyết")]
    drawing.add(legend)
    drawing.add(String(2, chart.y + chart.height + 6, "Hồ sơ", fontName=fonts.italic, fontSize=8))
    return drawing
