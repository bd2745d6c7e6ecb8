"""Refusing early: a request body is bounded before anything parses it (a pure ASGI middleware, so nothing of the
body is held beyond the limit). What the body says is the protocol's to check (desktop.protocol: types, lengths,
nesting, 422 with the field).

- A declared `Content-Length` over the limit is answered 413 at once, without reading a byte of the body.
- A streamed (chunked) body is counted as it arrives and refused as soon as it passes the limit.
- It runs inside the authentication gate (server/auth.py), so an unauthenticated body is never read at all.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

# A push of 500 ops fits many times over (the client cuts its batches at a quarter of this).
MAX_BODY = 32 * 1024 * 1024


def _error(status: int, code: str, vi: str, en: str) -> tuple[int, bytes]:
    body = {"error": {"code": code, "message_vi": vi, "message_en": en}}
    return status, json.dumps(body, ensure_ascii=False).encode()


TOO_LARGE = _error(413, "request.too_large", f"Yêu cầu quá lớn (tối đa {MAX_BODY // 1024 // 1024} MiB).",
                   f"The request is too large (at most {MAX_BODY // 1024 // 1024} MiB).")


class BodyLimit:
    def __init__(self, app: App, max_body: int = MAX_BODY) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body:
            await _answer(send, TOO_LARGE)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_body:
                await _answer(send, TOO_LARGE)
                return
            more = bool(message.get("more_body"))
        await self.app(scope, _replay(bytes(body), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body already read, handed on once; after that, the connection's own messages (a disconnect)."""
    pending = [body]

    async def replayed() -> Message:
        if pending:
            return {"type": "http.request", "body": pending.pop(), "more_body": False}
        return await receive()

    return replayed


async def _answer(send: Send, answer: tuple[int, bytes]) -> None:
    status, body = answer
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
