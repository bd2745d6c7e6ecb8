"""The 12-month chart: month labels, a round count axis, and bars and line really drawn where the figures say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from desktop.services.statistics import MonthPoint
from desktop.ui.widgets.month_chart import (
    ON_TIME_COLOR,
    RECEIVED_COLOR,
    RESOLVED_COLOR,
    MonthChart,
    count_axis,
)


@pytest.fixture(autouse=True)
def vietnamese_numbers():  # noqa: ANN201
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    yield
    QLocale.setDefault(before)


def _points() -> list[MonthPoint]:
    months = ["2025-12"] + [f"2026-{m:02d}" for m in range(1, 12)]
    received = [310, 0, 120, 290, 305, 280, 330, 300, 295, 340, 360, 410]
    resolved = [300, 0, 130, 280, 300, 285, 320, 290, 300, 335, 350, 200]
    return [MonthPoint(m, r, s, None if s == 0 else 0.95, 0.6) for m, r, s in zip(months, received, resolved,
                                                                                 strict=True)]


def _count(image: QImage, color: QColor, xs: range) -> int:
    return sum(image.pixelColor(x, y) == color for x in xs for y in range(image.height()))


def test_labels_and_words(qtbot) -> None:  # noqa: ANN001
    chart = MonthChart()
    qtbot.addWidget(chart)
    p = MonthPoint("2025-11", 350, 340, 0.985, 0.7)
    assert chart.month_label(p) == "T11/25"
    assert chart.describe(p) == "T11/25: tiếp nhận 350, đã giải quyết 340, đúng hạn 98,5 %"
    assert chart.describe(MonthPoint("2026-01", 0, 0, None, None)).endswith("đúng hạn —")


@pytest.mark.parametrize(("largest", "axis"), [(0, (1, 4)), (7, (2, 4)), (100, (25, 4)), (410, (100, 5)),
                                               (1234, (250, 5)), (90_000, (25_000, 4))])
def test_count_axis_is_round_and_holds_the_largest(largest, axis) -> None:  # noqa: ANN001
    assert count_axis(largest) == axis
    step, intervals = axis
    assert step * intervals >= largest and intervals in (4, 5)


def test_bars_and_line_are_drawn_where_the_figures_say(qtbot) -> None:  # noqa: ANN001
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(820, 300)  # the chart's share of a 1366-px screen
    image = chart.grab().toImage()
    assert _count(image, RECEIVED_COLOR, range(image.width())) == 0  # nothing set yet: nothing drawn
    chart.set_points(_points())
    image = chart.grab().toImage()
    slots: dict[int, list[int]] = {}
    for x in range(image.width()):
        n = chart.month_at(x)
        if n is not None:
            slots.setdefault(n, []).append(x)
    assert sorted(slots) == list(range(12))
    blue = [_count(image, RECEIVED_COLOR, range(xs[0], xs[-1] + 1)) for xs in slots.values()]
    green = [_count(image, RESOLVED_COLOR, range(xs[0], xs[-1] + 1)) for xs in slots.values()]
    assert blue[1] == green[1] == 0  # January: nothing received or resolved
    assert max(blue) == blue[11] and min(b for b in blue if b) == blue[2]  # tallest November, shortest February
    assert green[11] < blue[11]  # November: 200 resolved of 410 received
    assert _count(image, ON_TIME_COLOR, range(image.width())) > 100
    assert "T11/26: tiếp nhận 410" in chart.accessibleDescription()


def test_a_narrow_chart_still_draws(qtbot) -> None:  # noqa: ANN001
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.set_points(_points())
    chart.resize(chart.minimumSize())
    image = chart.grab().toImage()
    assert _count(image, RECEIVED_COLOR, range(image.width())) > 0
