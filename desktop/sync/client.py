"""The HTTP side of sync (httpx): enrol, push, pull and device calls, with the server's errors made typed, short
time-outs, and a way to wait for one request that a cancel cuts short."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import httpx

from desktop.domain.errors import Explained
from desktop.protocol import json_text

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


def interruptible(fn: Callable[[], T], cancel: threading.Event, meanwhile: Callable[[], None] | None = None) -> T:
    """Run one request on a helper thread and wait for its answer or for the cancel token, whichever comes first;
    `meanwhile` runs here while the request is on its way (the push reads its next batch so).

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
    if meanwhile is not None:
        meanwhile()
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
        body = json_text.loads(resp.content)  # orjson where it reads what the json module reads: pages are big
    except ValueError:
        raise ServerUnavailable(f"not a protocol answer (HTTP {resp.status_code})") from None
    if resp.is_success:
        return body
    err = body.get("error", {}) if isinstance(body, dict) else {}
    raise ServerRefused(resp.status_code, str(err.get("code", f"http.{resp.status_code}")),
                        str(err.get("message_vi", resp.text[:200])), str(err.get("message_en", resp.text[:200])),
                        err.get("details"))


_JSON = {"Content-Type": "application/json"}
# A session token is renewed this long before the server says it ends, so a request never races its expiry.
RENEW_MARGIN_S = 30.0


class SessionAuth(httpx.Auth):
    """The device secret once per session: `POST /v1/session` (HTTP Basic) gives a short-lived token that every
    request then carries as `Bearer`. A token near its end, or one the server no longer takes (401), is renewed
    and the request sent once more; a server without sessions (404) is talked to with Basic throughout."""

    requires_response_body = True

    def __init__(self, device_id: str, secret: str, session_url: str) -> None:
        self._basic = httpx.BasicAuth(device_id, secret)
        self._session_url = session_url
        self._lock = threading.Lock()
        self._token: str | None = None
        self._renew_at = 0.0
        self._basic_only = False

    def _current(self) -> str | None:
        with self._lock:
            return self._token if self._token and time.monotonic() < self._renew_at else None

    def _session_request(self, request: httpx.Request) -> httpx.Request:
        # The same time-outs as the request it opens the way for (they travel in the request's extensions).
        extensions = {k: v for k, v in request.extensions.items() if k == "timeout"}
        session = httpx.Request("POST", self._session_url, extensions=extensions)
        return next(self._basic.auth_flow(session))

    def _take(self, response: httpx.Response) -> str | None:
        """The token of a good session answer, kept for the next requests; None for any refusal."""
        if response.status_code == 404:
            self._basic_only = True
            return None
        if response.status_code != 200:
            return None
        body = response.json()
        ttl = float(body["expires_in"])
        with self._lock:
            self._token = str(body["token"])
            self._renew_at = time.monotonic() + max(ttl / 2, ttl - RENEW_MARGIN_S)
            return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._basic_only:
            yield from self._basic.auth_flow(request)
            return
        token = self._current()
        if token is None:
            token = self._take((yield self._session_request(request)))
            if token is None:
                if self._basic_only:
                    yield from self._basic.auth_flow(request)
                return  # the session's refusal (wrong secret, revoked, 429) is the answer
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:  # expired, or signed by a key the server no longer has
            with self._lock:
                self._token = None
            token = self._take((yield self._session_request(request)))
            if token is not None:
                request.headers["Authorization"] = f"Bearer {token}"
                yield request


class SyncClient:
    """One server, optionally with device credentials; `transport` lets tests cut the line on purpose. Each call
    may be given shorter time-outs than the client's (what is left of a run's patience)."""

    def __init__(self, server_url: str, device_id: str | None = None, secret: str | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> None:
        base = server_url.rstrip("/")
        auth = SessionAuth(device_id, secret, f"{base}/v1/session") if device_id and secret else None
        self._http = httpx.Client(base_url=base, auth=auth, transport=transport, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def enrol(self, code: str, label: str, slot: int | None = None,
              timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"code": code, "label": label}
        if slot:
            body["slot"] = slot
        return _check(self._http.post("/v1/enrol", json=body, timeout=self._t(timeout)))

    def push(self, ops: list[dict[str, Any]], timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.post("/v1/push", content=json_text.dumps({"ops": ops}), headers=_JSON,
                                      timeout=self._t(timeout)))

    def pull(self, cursor: int, limit: int, timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.get("/v1/pull", params={"cursor": cursor, "limit": limit},
                                     timeout=self._t(timeout)))

    def device(self, timeout: httpx.Timeout | None = None) -> dict[str, Any]:
        return _check(self._http.get("/v1/device", timeout=self._t(timeout)))

    def _t(self, timeout: httpx.Timeout | None) -> httpx.Timeout:
        return timeout if timeout is not None else self._http.timeout
