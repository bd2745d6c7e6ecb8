"""What the server tests share besides fixtures: a hand-moved clock, enrolled test devices and op builders."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine
from support import FIXED_NOW, FakeClock  # noqa: F401 - re-exported to the server and sync tests

from desktop.domain.hlc import Hlc
from desktop.server import admin, bundles
from desktop.server.api import create_app
from desktop.server.config import make_engine
from desktop.server.migrate import upgrade_to_head
from desktop.store.migrate import head_revision as desktop_head

# The desktop tests' hand-moved clock (Friday 20 November 2026, 03:00 UTC); the server thread reads it per request.


@dataclass
class Device:
    id: str
    secret: str
    commune: str
    client: httpx.Client
    node: str
    counter: int = 0

    def hlc(self, clock: FakeClock, **ahead: float) -> str:
        self.counter += 1
        return Hlc(clock.ms(**ahead), self.counter, self.node).encode()


@dataclass
class Harness:
    url: str
    engine: Engine
    clock: FakeClock
    backend: str
    clients: list[httpx.Client] = field(default_factory=list)
    app: FastAPI | None = None  # the served app itself (its state: the pull items it keeps)

    def commune(self) -> str:
        code = uuid.uuid4().hex[:10].upper()
        admin.add_commune(self.engine, code, f"Xã {code}", "01", self.clock())
        return code

    def enrol(self, commune: str, label: str = "PC") -> Device:
        code = admin.new_enrol_code(self.engine, commune, self.clock())
        resp = httpx.post(f"{self.url}/v1/enrol", json={"code": code, "label": label})
        assert resp.status_code == 201, resp.text
        body = resp.json()
        client = httpx.Client(base_url=self.url, auth=(body["device_id"], body["secret"]), timeout=30)
        self.clients.append(client)
        return Device(body["device_id"], body["secret"], commune, client, body["device_id"][-12:])

    def op(self, dev: Device, table: str, row_id: str, op: str, payload: dict, changed: list[str] | None = None,
           base: int | None = None, hlc: str | None = None, schema: str | None = None) -> dict:
        body = {"id": row_id, "commune_code": dev.commune, **payload}
        return {"op_id": str(uuid.uuid4()), "table_name": table, "row_id": row_id, "op": op,
                "base_server_version": base, "changed_fields": changed if changed is not None else sorted(body),
                "payload": body, "hlc": hlc or dev.hlc(self.clock), "schema_version": schema or desktop_head()}

    def push(self, dev: Device, *ops: dict, expect: int = 200) -> dict:
        resp = dev.client.post("/v1/push", json={"ops": list(ops)})
        assert resp.status_code == expect, resp.text
        return resp.json()

    def pull_all(self, dev: Device, cursor: int = 0) -> list[dict]:
        changes: list[dict] = []
        while True:
            resp = dev.client.get("/v1/pull", params={"cursor": cursor, "limit": 50})
            assert resp.status_code == 200, resp.text
            page = resp.json()
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return changes


def resource(*parts: str) -> Path:
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def running_server(database_url: str, bundle_keys: Path | None = None) -> Iterator[Harness]:
    """A real server on 127.0.0.1 over a migrated database, on a hand-moved clock; with `bundle_keys`, its bundle
    routes sign with the province key kept there. Stopped, and the environment restored, on the way out."""
    saved = os.environ.get(bundles.ENV_KEYS)
    if bundle_keys is not None:
        os.environ[bundles.ENV_KEYS] = str(bundle_keys)
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    clock = FakeClock()
    app = create_app(engine, clock=clock)
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    sock = _free_socket()
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uv.started:  # waiting for the listener to come up, not for sync work
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.01)
    host, port = sock.getsockname()
    harness = Harness(f"http://{host}:{port}", engine, clock, engine.dialect.name, app=app)
    try:
        yield harness
    finally:
        for client in harness.clients:
            client.close()
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()
        engine.dispose()
        if saved is None:
            os.environ.pop(bundles.ENV_KEYS, None)
        else:
            os.environ[bundles.ENV_KEYS] = saved
