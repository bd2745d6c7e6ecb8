"""How far a long import has got, and the officer's wish to stop it.

The write of a 50,000-row list takes a while: the apply reports its progress in thousandths (reading and checking
the rows fill the first part of the bar, planning the next, writing the rest) and looks at the cancel token between
steps. A cancelled import raises `ImportCancelled` inside its one transaction, which rolls back: nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from desktop.domain.errors import DomainError

T = TypeVar("T")
FULL = 1000
# Where each stage of an apply starts and ends on the bar (thousandths).
READ, PLAN, WRITE = (0, 300), (300, 400), (400, FULL)


class ImportCancelled(DomainError):
    """The officer stopped the import before it was committed: nothing was written."""

    def __init__(self) -> None:
        super().__init__("import.cancelled")


class Progress:
    """`report(permille)` is called as the work goes on; `cancel` is checked at each report."""

    def __init__(self, report: Callable[[int], None] | None = None, cancel: threading.Event | None = None) -> None:
        self._report = report
        self._cancel = cancel
        self._stage = (0, FULL)
        self._last = -1

    def stage(self, span: tuple[int, int]) -> None:
        self._stage = span
        self.tick(0, 1)

    def tick(self, done: int, total: int) -> None:
        """`done` of `total` of the current stage; stops the import here if the officer asked to."""
        if self._cancel is not None and self._cancel.is_set():
            raise ImportCancelled
        lo, hi = self._stage
        value = lo + (hi - lo) * min(done, total) // max(total, 1)
        if self._report is not None and value != self._last:
            self._last = value
            self._report(value)

    def chunks(self, items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
        """`items` a chunk at a time, ticking before each chunk and after the last."""
        for i in range(0, len(items), size):
            self.tick(i, len(items))
            yield items[i:i + size]
        self.tick(len(items), len(items))


NO_PROGRESS = Progress()
