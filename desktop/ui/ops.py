"""The one way to run slow work off the GUI thread: an Op runs a service call on a single database worker and
reports success or failure by signal on the GUI thread. Workers never touch Qt at all (no widgets, no signals);
the GUI thread picks their results up. No processEvents loops.

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

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 4  # how often the GUI thread looks for finished calls while one runs


class Token(threading.Event):
    """What a cancellable call is given: set when the officer asks it to stop; `report(value)` records how far it
    has got (a plain attribute the GUI thread reads, so the call never calls into Qt)."""

    def __init__(self) -> None:
        super().__init__()
        self.progress: int | None = None

    def report(self, value: int) -> None:
        self.progress = value


class Op(QObject):
    """One background call. `done` fires after `succeeded` or `failed`, always on the GUI thread, and so does
    `progressed` each time the runner sees the call's reported progress move."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()
    progressed = Signal(int)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None,
                 token: Token | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.token = token if token is not None else Token()
        self.shown_progress: int | None = None
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the call to stop at its next check (only a call run with `run_cancellable` looks); what it has
        already committed stays, and it still reports by `succeeded` or `failed`."""
        self.token.set()

    @property
    def cancel_requested(self) -> bool:
        return self.token.is_set()


class _Worker:
    """One plain Python thread taking queued calls by priority, then order of arrival.

    A Python thread rather than a QThreadPool runnable: PySide's QRunnable wrappers have mis-counted references
    (see the pin in pyproject.toml), and a worker crash takes the whole app down. The thread ends after a quiet
    spell and starts again on the next call, so idle runners hold no thread.
    """

    IDLE_SECONDS = 5.0

    def __init__(self) -> None:
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
        self._worker = _Worker()
        # The GUI thread looks for finished calls while any is running. The worker never calls into Qt, not even
        # to emit a signal: a queued signal carrying Python objects across threads has mis-counted their references
        # in PySide (the pin in pyproject.toml), and signals emitted from a Python thread have crashed PySide 6.8+
        # in slots that were plain Python callables (seen here in full test runs, far from the cause).
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._drain)
        self._running: set[Op] = set()

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, priority: int = 0) -> Op:
        """Queue `fn`; a lower `priority` waits behind what the officer is looking at (e.g. status-bar counts)."""
        return self._start(Op(fn, self), on_success, on_failure, priority)

    def run_cancellable(self, fn: Callable[[Token], Any],
                        on_success: Callable[[Any], None] | None = None,
                        on_failure: Callable[[BaseException], None] | None = None, priority: int = 0) -> Op:
        """Queue `fn(token)`: `op.cancel()` (or `cancel_all()`) sets the token from the GUI thread; what `fn` passes
        to `token.report` reaches `op.progressed` on the GUI thread."""
        token = Token()
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
            self._poll.start()
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
        for running in list(self._running):
            value = running.token.progress
            if value is not None and value != running.shown_progress:
                running.shown_progress = value
                running.progressed.emit(value)
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
            self._poll.stop()
            self.busy_changed.emit(False)
        op.deleteLater()
