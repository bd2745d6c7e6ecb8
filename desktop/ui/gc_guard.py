"""Python's cycle collector on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation's threshold is crossed. A cycle that
holds Qt objects (a closed dialog and its slots, a page and its lambdas) collected while the database worker is
reading a spreadsheet is destroyed on the worker: Qt objects die off their own thread, timers are stopped from the
wrong thread, and the app crashes far from the cause. So automatic collection is switched off while the GUI runs,
and a timer on the GUI thread collects, generation by generation, as the usual thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiCollector(QObject):
    """Owns the collection while it lives; `stop()` (or the application quitting) hands it back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects found unreachable."""
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return 0
        if middle <= second:
            return gc.collect(0)
        if old <= third:
            return gc.collect(1)
        return gc.collect(2)

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiCollector:
    """Install the collector for `app` (kept alive as its child); idempotent."""
    found = app.findChild(GuiCollector)
    if isinstance(found, GuiCollector):
        return found
    collector = GuiCollector(app)
    app.aboutToQuit.connect(collector.stop)  # type: ignore[attr-defined]
    return collector
