"""The HTTP side of sync (httpx): enrol, push, pull and device calls, with the server's errors made typed, short
time-outs, and a way to wait for one request that a cancel cuts short."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from desktop.domain.errors import Explained

T = TypeVar("T")

# Offline must show within seconds: a connect that has not happened in a few seconds will not happen, and a server
# silent for ten seconds in the middle of an answer is as good as gone (a slow line still sending bytes is not cut:
# httpx times each read and write, not the whole request).
CONNECT_TIMEOUT = 4.0
READ_TIMEOUT = 10.0
DEFAULT_TIMEOUT = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
CANCEL_POLL = 0.1  # seconds between looks at the cancel token while a request is under way


class ServerRefused(Explained):
    """The server answered with its error body (PROTOCOL.md "Errors"): a stable code plus both languages.

    The server's own words are kept as sent: a newer server may answer with a code this PC's catalogue lacks.
    """

    def __init__(self, status: int, code: str, said_vi: str, said_en: str, details: object = None) -> None:
        super().__init__(code)
        self.status, self.details = status, details
        self._said = {"vi": said_vi, "en": said_en}

    def message(self, lang: str) -> str:
        return self._said["en" if lang == "en" else "vi"]


class ServerUnavailable(Exception):
    """A 5xx or an answer that is not the protocol's: worth retrying like a network cut."""


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a fault
    """The officer (or the app closing) asked the run to stop; raised at the next check."""


def timeout_within(seconds: float) -> httpx.Timeout:
    """The usual time-outs, none longer than the `seconds` left of a run's patience (never zero)."""
    left = max(0.1, seconds)
    return httpx.Timeout(min(READ_TIMEOUT, left), connect=min(CONNECT_TIMEOUT, left))


def interruptible(fn: Callable[[], T], cancel: threading.Event) -> T:
    """Run one request on a helper thread and wait for its answer or for the cancel token, whichever comes first.

    A request left behind ends by its own time-outs and its answer is dropped, which the protocol allows: a batch
    sent again is answered from the server's stored results. The helper only talks HTTP, never to the database.
    """
    if cancel.is_set():
        raise Cancelled
    outcome: list[tuple[bool, Any]] = []
    finished = threading.Event()

    def work() -> None:
        try:
            outcome.append((True, fn()))
        except BaseException as exc:  # noqa: BLE001 - handed over to the waiting thread as is
            outcome.append((False, exc))
        finally:
            finished.set()

    threading.Thread(target=work, name="sync-request", daemon=True).start()
    while not finished.wait(CANCEL_POLL):
        if cancel.is_set():
            raise Cancelled
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _check(resp: httpx.Response) -> dict[str, Any]:
    if resp.status_code >= 500:
        raise ServerUnavailable(f"server error {resp.status_code}")
    try:
        body = resp.json()
    except ValueError:
        raise ServerUnavailable(f"not a protocol answer (HTTP {resp.status_code})") from None
    if resp.is_success:
        return body
    err = body.get("error", {}) if isinstance(body, dict) else {}
    raise ServerRefused(resp.status_code, str(err.get("code", f"http.{resp.status_code}")),
                        str(err.get("message_vi", resp.text[:200])), str(err.get("message_en", resp.text[:200])),
                        err.get("details"))


class SyncClient:
    """One server, optionally with device credentials; `transport` lets tests cut the line on purpose. Each call
    may be given shorter time-outs than the client's (what is left of a run's patience)."""

    def __init__(self, server_url: str, device_id: str | None = None, secret: str | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> None:
        auth = (device_id, secret) if device_id and secret else None
        self._http = httpx.Client(base_url=server_url.rstrip("/"), auth=auth, transport=transport, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def enrol(self, code: str, label: str, timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.post("/v1/enrol", json={"code": code, "label": label}, timeout=self._t(timeout)))

    def push(self, ops: list[dict[str, Any]], timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.post("/v1/push", json={"ops": ops}, timeout=self._t(timeout)))

    def pull(self, cursor: int, limit: int, timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.get("/v1/pull", params={"cursor": cursor, "limit": limit},
                                     timeout=self._t(timeout)))

    def device(self, timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.get("/v1/device", timeout=self._t(timeout)))

    def _t(self, timeout: httpx.Timeout | None) -> httpx.Timeout:
        return timeout if timeout is not None else self._http.timeout
