"""The HTTP side of sync (httpx): enrol, push, pull and device calls, with the server's errors made typed."""

from __future__ import annotations

from typing import Any

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class ServerRefused(Exception):
    """The server answered with its error body (PROTOCOL.md "Errors"): a stable code plus both languages."""

    def __init__(self, status: int, code: str, message_vi: str, message_en: str, details: object = None) -> None:
        super().__init__(f"{status} {code}: {message_en}")
        self.status, self.code, self.message_vi, self.message_en, self.details = (
            status, code, message_vi, message_en, details)


class ServerUnavailable(Exception):
    """A 5xx or an answer that is not the protocol's: worth retrying like a network cut."""


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
    """One server, optionally with device credentials; `transport` lets tests cut the line on purpose."""

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

    def enrol(self, code: str, label: str) -> dict[str, Any]:
        return _check(self._http.post("/v1/enrol", json={"code": code, "label": label}))

    def push(self, ops: list[dict[str, Any]]) -> dict[str, Any]:
        return _check(self._http.post("/v1/push", json={"ops": ops}))

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        return _check(self._http.get("/v1/pull", params={"cursor": cursor, "limit": limit}))

    def device(self) -> dict[str, Any]:
        return _check(self._http.get("/v1/device"))
