"""Cycles are collected on the GUI thread only: garbage holding Qt objects must never be destroyed by the database
worker because the worker happened to allocate when a generation's threshold was crossed."""

from __future__ import annotations

import gc
import threading

from desktop.ui.gc_guard import GuiCollector, collect_on_gui_thread


class _Cycle:
    """Remembers on which thread the collector finalised it."""

    died_on: list[int] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.died_on.append(threading.get_ident())


def test_cycles_made_and_dropped_on_a_worker_die_on_the_gui_thread(qtbot, qapp) -> None:  # noqa: ANN001
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    _Cycle.died_on.clear()

    def allocate() -> None:
        for _ in range(5 * gc.get_threshold()[0]):
            _Cycle()  # each one is garbage at once, reachable only from itself
        for _ in range(20_000):
            _ = [[], {}]  # enough young objects to have crossed every threshold several times

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert _Cycle.died_on == []  # the worker collected nothing

    gui = threading.get_ident()
    qtbot.waitUntil(lambda: len(_Cycle.died_on) > 0, timeout=5000)
    while gc.collect():
        pass
    assert set(_Cycle.died_on) == {gui} and len(_Cycle.died_on) == 5 * gc.get_threshold()[0]


def test_collect_due_follows_the_thresholds(qapp) -> None:  # noqa: ANN001
    collector = collect_on_gui_thread(qapp)
    assert isinstance(collector, GuiCollector) and collector.timer.isActive()
    gc.collect()
    assert collector.collect_due() == 0  # nothing young enough to look at yet
