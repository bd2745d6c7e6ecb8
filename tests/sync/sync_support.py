"""Helpers the sync tests share: a PC (data folder + context + fixed clock), enrolling it, a line that can be cut,
and a "black hole" server that takes connections and never answers."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from server_harness import Harness
from sqlalchemy import Engine, event, select
from support import FakeClock

from desktop.config.paths import DataPaths
from desktop.services import catalogue, setup
from desktop.services.context import ServiceContext
from desktop.store.database import Database
from desktop.store.models import Dossier, Equipment
from desktop.sync.engine import SyncEngine, SyncReport, SyncSettings, enrol

NO_WAIT = SyncSettings(base_delay=0.0, max_delay=0.0)


class CuttableTransport(httpx.BaseTransport):
    """A real HTTP transport that can lose answers: the server does the work, the client never hears back."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.drop_push_answers = 0
        self.refuse_connects = 0
        self.pushes_delivered = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.refuse_connects > 0:
            self.refuse_connects -= 1
            raise httpx.ConnectError("simulated: no signal", request=request)
        response = self.inner.handle_request(request)
        if request.url.path == "/v1/push":
            response.read()
            self.pushes_delivered += 1
            if self.drop_push_answers > 0:
                self.drop_push_answers -= 1
                response.close()
                raise httpx.ReadError("simulated: the line dropped after the server answered", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


class BlackHole:
    """A socket on 127.0.0.1 that accepts connections and never says a word: a province server hung, or a line
    that drops everything after the handshake. Bounded: it holds at most `limit` connections, and `close()` ends it
    all. `connected` is set once a client got in, so a test can wait for the request to be under way."""

    def __init__(self, limit: int = 16) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.limit = limit
        self.held: list[socket.socket] = []
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="black-hole", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set() and len(self.held) < self.limit:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.held.append(conn)
            self.connected.set()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for conn in self.held:
            conn.close()
        self._listener.close()


@dataclass
class Pc:
    ctx: ServiceContext
    db: Database
    clock: FakeClock
    transport: CuttableTransport

    def sync(self, srv: Harness, **kw: object) -> SyncReport:
        engine = SyncEngine(self.ctx, transport=self.transport, sleep=lambda _s: None, rng=lambda: 0.5,
                            settings=kw.pop("settings", NO_WAIT))  # type: ignore[arg-type]
        return engine.run()

    def dossiers(self) -> dict[str, tuple[int, str, str | None]]:
        with self.db.session() as s:
            return {d.code: (d.status, d.applicant_name, d.deleted_at and d.deleted_at.isoformat())
                    for d in s.scalars(select(Dossier))}

    def equipment(self) -> dict[str, tuple[str, str, str]]:
        with self.db.session() as s:
            return {e.asset_tag: (e.location, e.assigned_to, e.note) for e in s.scalars(select(Equipment))}


def new_commune(srv: Harness) -> str:
    # Not all digits, so set_up_commune keeps it as typed (an all-digit code is read as an official one).
    code = "X" + uuid.uuid4().hex[:9].upper()
    from desktop.server import admin

    admin.add_commune(srv.engine, code, f"Xã {code}", "22", srv.clock())
    return code


def make_pc(root: Path, commune: str, slot: int, clock: FakeClock | None = None) -> Pc:
    db = Database.open(DataPaths(root))
    clock = clock or FakeClock()
    ctx = ServiceContext(db, actor=f"pc{slot}", role="admin", clock=clock)
    setup.set_up_commune(ctx, "22", commune, commune_name=f"Xã {commune}", device_slot=slot)
    catalogue.add_procedure(ctx, "1.001193", "Đăng ký khai sinh", "Hộ tịch", 0, online_level="full")
    catalogue.add_procedure(ctx, "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15)
    return Pc(ctx, db, clock, CuttableTransport())


def enrolled_pc(srv: Harness, root: Path, commune: str, slot: int, clock: FakeClock | None = None) -> Pc:
    from desktop.server import admin

    pc = make_pc(root, commune, slot, clock)
    code = admin.new_enrol_code(srv.engine, commune, srv.clock())
    enrol(pc.ctx, srv.url, code, f"PC {slot}", transport=pc.transport)
    return pc


@contextmanager
def statements_run(engine: Engine, prefix: str = "") -> Iterator[list[str]]:
    """The SQL statements the engine runs inside the block (those starting with `prefix`), in order."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.startswith(prefix):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def two_pcs(srv: Harness, root: Path) -> tuple[str, Pc, Pc]:
    """A new commune and two of its PCs, enrolled, in number blocks 1 and 2 (folders `a` and `b` under root)."""
    commune = new_commune(srv)
    return commune, enrolled_pc(srv, root / "a", commune, slot=1), enrolled_pc(srv, root / "b", commune, slot=2)
