"""The Op helpers: work runs off the GUI thread, results and failures come back on it by signal; a cancellable call
sees its token set, and the network runner never holds up the database worker."""

from __future__ import annotations

import threading

from desktop.ui.net_runner import NetRunner
from desktop.ui.ops import OpRunner


def test_success_is_delivered_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    runner = OpRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def on_success(value: int) -> None:
        seen["value"], seen["handler"] = value, threading.get_ident()

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    op = runner.run(work, on_success)
    # Results wait for the GUI thread to pick them up, so nothing arrives before the event loop runs here.
    with qtbot.waitSignal(op.done, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["worker"] != gui and seen["handler"] == gui
    assert not runner.busy and busy == [True, False]


def test_failure_reaches_the_handler_not_the_user_as_a_traceback(qtbot) -> None:  # noqa: ANN001
    runner = OpRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("hỏng / broken")

    op = runner.run(work, on_failure=errors.append)
    with qtbot.waitSignal(op.done, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_signals_do_not_leak_references_to_true(qtbot) -> None:  # noqa: ANN001
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True on every emit and the app aborted after about a
    thousand background results; the pinned Qt must keep the count steady."""
    import sys

    runner = OpRunner()
    before = sys.getrefcount(True)
    for _ in range(200):
        runner.busy_changed.emit(True)
    assert sys.getrefcount(True) >= before


def test_lower_priority_waits_behind_what_is_queued(qtbot) -> None:  # noqa: ANN001
    runner = OpRunner()
    order: list[str] = []
    gate = threading.Event()
    runner.run(gate.wait)  # occupies the single worker while the rest queue up
    runner.run(lambda: order.append("status bar"), priority=-1)
    runner.run(lambda: order.append("page"))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert order == ["page", "status bar"]


def test_a_cancellable_call_gets_a_token_that_cancel_sets(qtbot) -> None:  # noqa: ANN001
    runner = OpRunner()
    started = threading.Event()
    seen: list[str] = []

    def work(token: threading.Event) -> str:
        started.set()
        # Waits on the token, as the sync engine's backoff does; the bound only keeps a broken test from hanging.
        return "cancelled" if token.wait(10) else "ran out"

    op = runner.run_cancellable(work, seen.append)
    assert started.wait(5) and not op.cancel_requested
    with qtbot.waitSignal(op.done, timeout=2000):
        op.cancel()
    assert seen == ["cancelled"] and op.cancel_requested


def test_the_network_runner_never_holds_up_the_database_worker(qtbot) -> None:  # noqa: ANN001
    db, net = OpRunner(), NetRunner()
    hung = threading.Event()

    def silent_server(token: threading.Event) -> str:
        hung.set()
        return "cancelled" if token.wait(30) else "gave up"

    outcomes: list[str] = []
    sync = net.run_cancellable(silent_server, outcomes.append)
    assert hung.wait(5)
    listed = db.run(lambda: ["H22.07-261120-0001"])
    with qtbot.waitSignal(listed.done, timeout=2000):
        pass
    assert listed.result == ["H22.07-261120-0001"] and net.busy

    # Quitting: every cancellable job, queued ones too, is told to stop, and the wait for them is short.
    queued = net.run_cancellable(silent_server, outcomes.append)
    assert net.shutdown(msecs=2000)
    qtbot.waitUntil(lambda: not net.busy, timeout=2000)
    assert sync.cancel_requested and queued.cancel_requested and outcomes == ["cancelled", "cancelled"]
