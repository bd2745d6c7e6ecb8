"""How a serving process uses memory and threads: few malloc arenas, memory handed back to the system when the
server goes quiet, and a request thread pool no larger than its database pool.

Without this a burst of pushes and pulls left a process at several times its idle size for good: glibc gives every
busy thread an arena of its own and keeps freed pages in them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time
from collections.abc import Callable
from typing import Any

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

_M_ARENA_MAX = -8  # mallopt parameter (glibc malloc.h)
ARENAS = 2
QUIET_S = 2.0  # no request for this long: give freed memory back


def _libc() -> Any | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None  # glibc only


def limit_arenas() -> None:
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, ARENAS)


class TrimWhenQuiet:
    """ASGI middleware that counts requests in flight; a watcher thread calls malloc_trim once the server has been
    quiet for QUIET_S after some work (never while a request runs). With `threads`, it also caps the request thread
    pool (anyio's default is 40) on the first request, inside the event loop where that limit lives."""

    def __init__(self, app: ASGIApp, threads: int | None = None, trim: Callable[[], None] | None = None,
                 quiet_s: float = QUIET_S) -> None:
        self.app, self._threads, self._quiet_s = app, threads, quiet_s
        libc = _libc()
        self._trim = trim or ((lambda: libc.malloc_trim(0)) if libc is not None else (lambda: None))
        self._lock = threading.Lock()
        self._in_flight, self._last, self._dirty = 0, time.monotonic(), False
        self.trims = 0
        threading.Thread(target=self._watch, name="malloc-trim", daemon=True).start()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._threads:
            anyio.to_thread.current_default_thread_limiter().total_tokens = self._threads
            self._threads = None
        with self._lock:
            self._in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            with self._lock:
                self._in_flight -= 1
                self._last, self._dirty = time.monotonic(), True

    def _watch(self) -> None:
        while True:
            time.sleep(self._quiet_s / 2)
            with self._lock:
                due = self._dirty and not self._in_flight and time.monotonic() - self._last >= self._quiet_s
                if due:
                    self._dirty = False
            if due:
                self._trim()
                self.trims += 1
