"""Device authentication that stays cheap under load and leaks nothing.

A device proves its secret once (`POST /v1/session`, HTTP Basic; one scrypt check) and gets a signed session token
(HMAC-SHA256, a few minutes long) that every later request carries as `Authorization: Bearer …`; checking it is one
HMAC. Requests that still send Basic (older clients) are checked the same way as a session start.

- An unknown device id costs the same scrypt work as a known one with a wrong secret (a dummy hash), so ids cannot
  be confirmed by timing.
- Wrong secrets are counted per device id and per client address; past the limit the answer is 429 with
  Retry-After, before any scrypt work is done.
- The gate is ASGI middleware: credentials are checked before the request body is read, so an unauthenticated
  client cannot make the server read (or hold) its body.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import secrets
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio
from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBasicCredentials, HTTPBearer
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from desktop.server import credentials
from desktop.server.errors import ServerError
from desktop.server.models import Device
from desktop.server.push import DeviceRef, enrolled_device

TOKEN_PREFIX = "cds1."
SESSION_TTL_S = 15 * 60
FAILURES_PER_DEVICE, FAILURES_PER_ADDRESS, FAILURE_WINDOW_S = 5, 20, 60
_MAX_ID = 64
_basic = HTTPBasic(auto_error=False, scheme_name="DeviceSecret",
                   description="device id : device secret, from /v1/enrol (starts a session)")
_bearer = HTTPBearer(auto_error=False, scheme_name="DeviceSession", description="the session token from /v1/session")


def _failed() -> ServerError:
    return ServerError("auth.failed", status=401)


def _revoked() -> ServerError:
    return ServerError("device.revoked", status=403)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionTokens:
    """`cds1.<payload>.<mac>`: the device, its commune and an expiry, signed with the server's session key."""

    def __init__(self, key: bytes, ttl_s: int = SESSION_TTL_S) -> None:
        self._key, self.ttl_s = key, ttl_s

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode(), hashlib.sha256).digest())

    def issue(self, device: DeviceRef, now_s: int) -> str:
        payload = _b64(json.dumps({"d": device.id, "c": device.commune_code, "x": now_s + self.ttl_s},
                                  separators=(",", ":")).encode())
        return f"{TOKEN_PREFIX}{payload}.{self._mac(payload)}"

    def verify(self, token: str, now_s: int) -> DeviceRef:
        body = token[len(TOKEN_PREFIX):] if token.startswith(TOKEN_PREFIX) else ""
        payload, _, mac = body.partition(".")
        if not payload or not hmac.compare_digest(mac.encode(), self._mac(payload).encode()):
            raise ServerError("auth.token_invalid", status=401)
        claims = json.loads(_unb64(payload))
        if int(claims["x"]) <= now_s:
            raise ServerError("auth.token_expired", status=401)
        return DeviceRef(str(claims["d"]), str(claims["c"]))


class FailureLimiter:
    """Wrong answers per key in a fixed window; a key past the limit waits for its window to end."""

    def __init__(self, limit: int, window_s: int = FAILURE_WINDOW_S, max_keys: int = 100_000) -> None:
        self.limit, self.window_s, self.max_keys = limit, window_s, max_keys
        self._seen: dict[str, tuple[float, int]] = {}  # key → (window start, failures)
        self._lock = threading.Lock()

    def retry_after(self, key: str, now: float) -> int:
        with self._lock:
            start, count = self._seen.get(key, (now, 0))
        if count >= self.limit and now < start + self.window_s:
            return max(1, math.ceil(start + self.window_s - now))
        return 0

    def fail(self, key: str, now: float) -> None:
        with self._lock:
            start, count = self._seen.get(key, (now, 0))
            if now >= start + self.window_s:
                start, count = now, 0
            self._seen[key] = (start, count + 1)
            if len(self._seen) > self.max_keys:  # bounded memory under a flood of made-up ids
                self._seen = {k: v for k, v in self._seen.items() if now < v[0] + self.window_s}

    def forget(self, key: str) -> None:
        with self._lock:
            self._seen.pop(key, None)


# Checked against when the device id is unknown, so that an unknown id costs what a wrong secret costs.
_DUMMY_HASH = credentials.hash_secret(secrets.token_urlsafe(32))
# (device id, SHA-256 of the secret) → the stored hash it matched: an older client that sends Basic on every request
# pays scrypt once per process, and a re-enrolled device (new stored hash) misses.
_VERIFIED_MAX = 10_000


class DeviceAuth:
    """The server's side of device authentication: secrets (rate-limited, constant work), sessions, revocation."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime], key: bytes) -> None:
        self.engine, self.clock, self.tokens = engine, clock, SessionTokens(key)
        self.by_device = FailureLimiter(FAILURES_PER_DEVICE)
        self.by_address = FailureLimiter(FAILURES_PER_ADDRESS)
        self._verified: dict[tuple[str, str], str] = {}
        self.secret_checks = 0  # scrypt verifications run (sessions started), for operators and tests

    def _now(self) -> float:
        return self.clock().replace(tzinfo=UTC).timestamp()

    def check_secret(self, device_id: str, secret: str, address: str) -> DeviceRef:
        now = self._now()
        wait = max(self.by_device.retry_after(device_id, now), self.by_address.retry_after(address, now))
        if wait:
            raise ServerError("auth.rate_limited", status=429, details={"retry_after": wait}, wait=wait)
        found = self._device(device_id)
        stored = found.secret_hash if found is not None else _DUMMY_HASH
        key = (device_id, hashlib.sha256(secret.encode()).hexdigest())
        ok = self._verified.get(key) == stored or self._verify(secret, stored)
        if found is None or not ok:
            self.by_device.fail(device_id, now)
            self.by_address.fail(address, now)
            raise _failed()
        if len(self._verified) >= _VERIFIED_MAX:
            self._verified.clear()
        self._verified[key] = stored
        self.by_device.forget(device_id)
        if found.revoked_at is not None:
            raise _revoked()
        return DeviceRef(found.id, found.commune_code)

    def _verify(self, secret: str, stored: str) -> bool:
        self.secret_checks += 1
        return credentials.verify_secret(secret, stored)

    def _device(self, device_id: str) -> Device | None:
        if "\x00" in device_id or not 0 < len(device_id) <= _MAX_ID:  # PostgreSQL refuses NUL in text
            return None
        with Session(self.engine) as session:
            return session.scalar(select(Device).where(Device.id == device_id))

    def check_token(self, token: str) -> DeviceRef:
        return self.tokens.verify(token, int(self._now()))

    def still_enrolled(self, device: DeviceRef) -> None:
        """Revocation takes effect on the very next request, token or not (one primary-key read)."""
        with Session(self.engine) as session:
            enrolled_device(session, device.id)

    def session(self, device: DeviceRef) -> dict[str, Any]:
        now = int(self._now())
        return {"token": self.tokens.issue(device, now), "token_type": "Bearer", "expires_in": self.tokens.ttl_s,
                "device_id": device.id, "commune_code": device.commune_code}


def _error_response(exc: ServerError) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Basic realm="device", Bearer'} if exc.status == 401 else {}
    if exc.status == 429 and isinstance(exc.details, dict):
        headers["Retry-After"] = str(exc.details["retry_after"])
    return JSONResponse(exc.body(), status_code=exc.status, headers=headers)


def current_device(request: Request, _basic_creds: Annotated[HTTPBasicCredentials | None, Depends(_basic)],
                   _bearer_creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> DeviceRef:
    """The device the gate authenticated (session token or secret); the parameters only document both schemes."""
    device: DeviceRef = request.state.device
    request.app.state.auth.still_enrolled(device)
    return device


async def gated_device(request: Request, _basic_creds: Annotated[HTTPBasicCredentials | None, Depends(_basic)],
                 _bearer_creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> DeviceRef:
    """The device the gate authenticated, for an endpoint that reads the device's row in its own transaction and
    refuses a revoked or removed device there (push, pull: `push.enrolled_device`), instead of a read of its own."""
    device: DeviceRef = request.state.device
    return device


async def secret_device(request: Request,
                  _basic_creds: Annotated[HTTPBasicCredentials | None, Depends(_basic)]) -> DeviceRef:
    """The device that proved its secret on this very request (what a new session needs)."""
    return request.state.device


_KINDS: dict[Callable[..., Any], str] = {current_device: "any", gated_device: "any", secret_device: "secret"}


def _route_kind(dependant: Any) -> str | None:
    for dep in dependant.dependencies:
        kind = _KINDS.get(dep.call) or _route_kind(dep)
        if kind:
            return kind
    return None


class AuthGate:
    """ASGI middleware: for every route that depends on a device, check the credentials before the app (and so
    before anything reads the body); put the device in `request.state.device`."""

    def __init__(self, app: ASGIApp, auth: DeviceAuth) -> None:
        self.app, self.auth = app, auth
        self._routes: list[tuple[Any, str]] | None = None

    def _kind(self, scope: Scope) -> str | None:
        if self._routes is None:
            routes = scope["app"].routes
            self._routes = [(r, k) for r in routes if (k := _route_kind(getattr(r, "dependant", None) or _NoDeps))]
        for route, kind in self._routes:
            if route.matches(scope)[0] is Match.FULL:
                return kind
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = self._kind(scope) if scope["type"] == "http" else None
        if kind is None:
            await self.app(scope, receive, send)
            return
        try:
            device = await self._authenticate(scope, kind)
        except ServerError as exc:
            await _error_response(exc)(scope, receive, send)
            return
        scope.setdefault("state", {})["device"] = device
        await self.app(scope, receive, send)

    async def _authenticate(self, scope: Scope, kind: str) -> DeviceRef:
        header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.startswith(TOKEN_PREFIX):
            if kind == "secret":
                raise ServerError("auth.secret_required", status=401)
            return self.auth.check_token(value.strip())
        if scheme.lower() == "basic" and value:
            try:
                device_id, sep, secret = base64.b64decode(value.strip(), validate=True).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                raise _failed() from None
            if not sep:
                raise _failed()
            address = (scope.get("client") or ("?", 0))[0]
            return await anyio.to_thread.run_sync(self.auth.check_secret, device_id, secret, address)
        raise ServerError("auth.required", status=401)


class _NoDeps:
    dependencies: list[Any] = []
