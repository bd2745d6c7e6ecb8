"""The one way to run slow work off the GUI thread: an Op runs a service call on a single database worker and
reports success or failure by signal on the GUI thread. Workers never touch widgets; no processEvents loops.

A call that can stop early takes a cancel token (`run_cancellable`); `Op.cancel()` sets it, and the call looks at
it when it safely can. Network work has a runner of its own (`net_runner.NetRunner`), so this one never waits on a
server.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Op(QObject):
    """One background call. `done` fires after `succeeded` or `failed`, always on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None,
                 token: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.token = token if token is not None else threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the call to stop at its next check (only a call run with `run_cancellable` looks); what it has
        already committed stays, and it still reports by `succeeded` or `failed`."""
        self.token.set()

    @property
    def cancel_requested(self) -> bool:
        return self.token.is_set()


class _Relay(QObject):
    """Wakes the GUI thread; the results themselves wait in a plain queue. A queued signal carrying Python objects
    across threads has mis-counted their references in PySide (the pin in pyproject.toml), and the app crashed later
    in the GUI thread (seen in full test runs: in a timer callback or the garbage collector while a background call
    ran). An argument-free signal hands nothing to Qt to count."""

    ready = Signal()


class _Worker:
    """One plain Python thread taking queued calls by priority, then order of arrival.

    A Python thread rather than a QThreadPool runnable: PySide's QRunnable wrappers have mis-counted references
    (see the pin in pyproject.toml), and a worker crash takes the whole app down. The thread ends after a quiet
    spell and starts again on the next call, so idle runners hold no thread.
    """

    IDLE_SECONDS = 5.0

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self.results: queue.SimpleQueue[tuple[Op, bool, object]] = queue.SimpleQueue()
        self._queue: queue.PriorityQueue[tuple[int, int, Op]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._idle = threading.Condition(self._lock)

    def submit(self, op: Op, priority: int) -> None:
        with self._lock:
            self._pending += 1
            self._queue.put((-priority, next(self._order), op))
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="commune-desk-db", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            try:
                _, _, op = self._queue.get(timeout=self.IDLE_SECONDS)
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            try:
                outcome: tuple[Op, bool, object] = (op, True, op.fn())
            except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI as a message
                outcome = (op, False, exc)
            self.results.put(outcome)
            del op, outcome  # nothing of the call stays referenced from this thread
            self._relay.ready.emit()
            with self._lock:
                self._pending -= 1
                self._idle.notify_all()

    def wait_idle(self, msecs: int) -> bool:
        with self._lock:
            return self._idle.wait_for(lambda: self._pending == 0, timeout=msecs / 1000)


class OpRunner(QObject):
    """Runs Ops one at a time on one worker thread (SQLite prefers one writer) and tells the UI when it is busy."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)  # lives on the GUI thread, so its slot runs there
        self._worker = _Worker(self._relay)
        self._relay.ready.connect(self._drain)
        self._running: set[Op] = set()

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, priority: int = 0) -> Op:
        """Queue `fn`; a lower `priority` waits behind what the officer is looking at (e.g. status-bar counts)."""
        return self._start(Op(fn, self), on_success, on_failure, priority)

    def run_cancellable(self, fn: Callable[[threading.Event], Any],
                        on_success: Callable[[Any], None] | None = None,
                        on_failure: Callable[[BaseException], None] | None = None, priority: int = 0) -> Op:
        """Queue `fn(token)`: `op.cancel()` (or `cancel_all()`) sets the token from the GUI thread."""
        token = threading.Event()
        return self._start(Op(lambda: fn(token), self, token), on_success, on_failure, priority)

    def cancel_all(self) -> None:
        for op in list(self._running):
            op.cancel()

    def _start(self, op: Op, on_success: Callable[[Any], None] | None,
               on_failure: Callable[[BaseException], None] | None, priority: int) -> Op:
        if on_success is not None:
            op.succeeded.connect(on_success)
        if on_failure is not None:
            op.failed.connect(on_failure)
        self._running.add(op)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._worker.submit(op, priority)
        return op

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown: let queued writes finish before the database closes."""
        return self._worker.wait_idle(msecs)

    def _drain(self) -> None:
        while True:
            try:
                op, ok, value = self._worker.results.get_nowait()
            except queue.Empty:
                return
            self._on_finished(op, ok, value)

    def _on_finished(self, op: Op, ok: bool, value: object) -> None:
        self._running.discard(op)
        if ok:
            op.result = value
            op.succeeded.emit(value)
        else:
            op.error = value  # type: ignore[assignment]
            op.failed.emit(value)
        op.done.emit()
        if not self._running:
            self.busy_changed.emit(False)
        op.deleteLater()
