"""Device sessions against a real server on 127.0.0.1 (SQLite and PostgreSQL): one secret check per session, tokens
renewed by the desktop client, wrong secrets rate-limited, unknown ids doing the same work, and credentials checked
before the body is read.

Each test that sends wrong secrets talks from its own loopback address (127.0.0.x), so the per-address limit of one
test never reaches another."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from server_harness import Device, Harness

from desktop.server import admin, credentials
from desktop.server.auth import FAILURE_WINDOW_S, FAILURES_PER_ADDRESS, FAILURES_PER_DEVICE, SESSION_TTL_S
from desktop.sync.client import ServerRefused, SyncClient


@pytest.fixture
def scrypt_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The stored hash of every secret check the server runs (the real check still runs)."""
    seen: list[str] = []
    real = credentials.verify_secret

    def spy(secret: str, stored: str) -> bool:
        seen.append(stored)
        return real(secret, stored)

    monkeypatch.setattr(credentials, "verify_secret", spy)
    yield seen


def _from(address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=30)


def _session(srv: Harness, dev: Device) -> str:
    resp = httpx.post(f"{srv.url}/v1/session", auth=(dev.id, dev.secret))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == SESSION_TTL_S
    assert body["device_id"] == dev.id and body["commune_code"] == dev.commune
    return str(body["token"])


def test_one_secret_check_then_tokens_only(srv: Harness, scrypt_checks: list[str]) -> None:
    dev = srv.enrol(srv.commune())
    token = _session(srv, dev)
    bearer = {"Authorization": f"Bearer {token}"}
    for _ in range(3):
        assert httpx.get(f"{srv.url}/v1/device", headers=bearer).json()["device_id"] == dev.id
        assert httpx.get(f"{srv.url}/v1/pull", headers=bearer).status_code == 200
    assert len(scrypt_checks) == 1
    # A token cannot open a new session (only the secret can), and a forged one is refused.
    again = httpx.post(f"{srv.url}/v1/session", headers=bearer)
    assert again.status_code == 401 and again.json()["error"]["code"] == "auth.secret_required"
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    refused = httpx.get(f"{srv.url}/v1/device", headers={"Authorization": f"Bearer {forged}"})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "auth.token_invalid"


class _Recording(httpx.HTTPTransport):
    """Real HTTP, noting each request's path and answer status."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.seen.append((request.url.path, response.status_code))
        return response


def test_desktop_client_renews_an_expired_token(srv: Harness, scrypt_checks: list[str]) -> None:
    dev = srv.enrol(srv.commune())
    wire = _Recording()
    with SyncClient(srv.url, dev.id, dev.secret, transport=wire) as client:
        assert client.device()["device_id"] == dev.id
        assert client.pull(0, 10)["has_more"] is False
        assert wire.seen == [("/v1/session", 200), ("/v1/device", 200), ("/v1/pull", 200)]
        assert len(scrypt_checks) == 1
        token = _session(srv, dev)
        srv.clock.advance(seconds=SESSION_TTL_S + 1)
        expired = httpx.get(f"{srv.url}/v1/device", headers={"Authorization": f"Bearer {token}"})
        assert expired.status_code == 401 and expired.json()["error"]["code"] == "auth.token_expired"
        # The client still holds its (now expired) token: the server says so and the client renews by itself.
        assert client.device()["device_id"] == dev.id
    assert wire.seen[3:] == [("/v1/device", 401), ("/v1/session", 200), ("/v1/device", 200)]


def test_revoked_device_is_refused_even_with_a_live_token(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    bearer = {"Authorization": f"Bearer {_session(srv, dev)}"}
    admin.revoke(srv.engine, dev.id, srv.clock())
    resp = httpx.get(f"{srv.url}/v1/pull", headers=bearer)
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "device.revoked"
    with SyncClient(srv.url, dev.id, dev.secret) as client, pytest.raises(ServerRefused) as refused:
        client.device()
    assert refused.value.status == 403 and refused.value.code == "device.revoked"


def test_wrong_secrets_are_rate_limited_per_device(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    with _from("127.0.0.2") as http:
        for _ in range(FAILURES_PER_DEVICE):
            wrong = http.post(f"{srv.url}/v1/session", auth=(dev.id, "not-the-secret"))
            assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "auth.failed"
        limited = http.post(f"{srv.url}/v1/session", auth=(dev.id, "not-the-secret"))
        assert limited.status_code == 429 and limited.json()["error"]["code"] == "auth.rate_limited"
        assert 0 < int(limited.headers["Retry-After"]) <= FAILURE_WINDOW_S
        assert limited.json()["error"]["message_vi"] and limited.json()["error"]["message_en"]
        # While the device is locked even the right secret waits (that is what stops guessing) ...
        assert http.post(f"{srv.url}/v1/session", auth=(dev.id, dev.secret)).status_code == 429
        # ... and once the window has passed it works again.
        srv.clock.advance(seconds=FAILURE_WINDOW_S + 1)
        assert http.post(f"{srv.url}/v1/session", auth=(dev.id, dev.secret)).status_code == 200


def test_wrong_secrets_are_rate_limited_per_address(srv: Harness) -> None:
    dev = srv.enrol(srv.commune())
    with _from("127.0.0.3") as http:
        for i in range(FAILURES_PER_ADDRESS):
            made_up = f"00000000-0000-7000-8000-{i:012d}"
            assert http.get(f"{srv.url}/v1/device", auth=(made_up, "guess")).status_code == 401
        limited = http.get(f"{srv.url}/v1/device", auth=(dev.id, dev.secret))
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    # Another address is not held back by this one's failures.
    with _from("127.0.0.4") as http:
        assert http.get(f"{srv.url}/v1/device", auth=(dev.id, dev.secret)).status_code == 200


def test_unknown_device_id_runs_the_same_secret_check(srv: Harness, scrypt_checks: list[str]) -> None:
    dev = srv.enrol(srv.commune())
    with _from("127.0.0.5") as http:
        known = http.post(f"{srv.url}/v1/session", auth=(dev.id, "not-the-secret"))
        unknown = http.post(f"{srv.url}/v1/session", auth=("00000000-0000-7000-8000-00000000dead", "x"))
    assert known.status_code == unknown.status_code == 401
    assert known.json() == unknown.json() and known.headers.keys() == unknown.headers.keys()
    assert len(scrypt_checks) == 2
    # Both ran scrypt at the same cost; only the salt and digest differ (the unknown id's hash is a dummy).
    cost = [stored.split("$")[:4] for stored in scrypt_checks]
    assert cost[0] == cost[1] and cost[0][0] == "scrypt"
    assert scrypt_checks[1] != scrypt_checks[0]


def test_credentials_are_checked_before_the_body_is_read(srv: Harness) -> None:
    """A client announcing a gigabyte body without credentials is answered at once; the body is never awaited."""
    parts = urlsplit(srv.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(b"POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000000000\r\n\r\n{\"ops\": [")
        answer = b""
        while b"auth.required" not in answer and (chunk := sock.recv(4096)):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 401"), answer
    assert b"auth.required" in answer
