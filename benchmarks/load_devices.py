"""The simulated commune PCs of the load benchmark: each enrols, then pushes a batch of realistic outbox ops and
pulls its commune's changes once per cycle, through the desktop's own HTTP client (desktop.sync.client).

A device keeps what a real PC keeps: its rows and their server versions, its HLC, its pull cursor. A batch that
fails (time-out, 5xx) is sent again next cycle unchanged, as the desktop engine does; the server must answer it from
its stored results, so every acknowledged op is on the server exactly once.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from desktop.domain.hlc import Hlc
from desktop.sync.client import ServerRefused, SyncClient
from desktop.sync.engine import SyncSettings

# What one slot of a batch is, and how often (a busy one-stop counter: mostly dossiers moving along).
MIX = (("dossier_new", 30), ("dossier_step", 30), ("equipment_new", 10), ("equipment_edit", 10),
       ("equipment_event", 20))
NAMES = ("Nguyễn Văn Đức", "Trần Thị Hoa", "Lê Minh Tâm", "Phạm Thu Trang", "Hoàng Văn Bình", "Đỗ Thị Lan")
KINDS = ("computer", "printer", "scanner", "router", "ups", "camera")
PULL_LIMIT = SyncSettings.pull_limit  # the page size the desktop itself asks for
DRAIN_TRIES = 3


@dataclass
class Device:
    index: int
    commune: str
    code: str
    schema: str
    rng: random.Random
    device_id: str = ""
    secret: str = ""
    node: str = ""
    counter: int = 0
    cursor: int = 0
    rows: dict[str, tuple[str, dict[str, Any], int | None]] = field(default_factory=dict)  # id → (table, row, ver)
    dossiers: list[str] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    seq: int = 0
    client: SyncClient | None = None

    def hlc(self) -> str:
        self.counter += 1
        return Hlc(int(time.time() * 1000), self.counter % 100_000, self.node).encode()

    def _op(self, table: str, row: dict[str, Any], op: str, changed: list[str]) -> dict[str, Any]:
        known = self.rows.get(row["id"])
        base = known[2] if known else None
        self.rows[row["id"]] = (table, row, base)
        return {"op_id": str(uuid.uuid4()), "table_name": table, "row_id": row["id"], "op": op,
                "base_server_version": base, "changed_fields": changed, "payload": dict(row), "hlc": self.hlc(),
                "schema_version": self.schema, "attempts": 0, "state": "pending"}

    def _base(self) -> dict[str, Any]:
        now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        return {"id": str(uuid.uuid4()), "commune_code": self.commune, "created_at": now, "updated_at": now,
                "updated_by": f"canbo{self.index % 5}", "deleted_at": None}

    def _dossier_new(self) -> list[dict[str, Any]]:
        self.seq += 1
        row = {**self._base(), "code": f"{self.commune}-{self.index:03d}-{self.seq:06d}",
               "procedure_id": f"proc-{self.rng.randrange(40):03d}", "applicant_name": self.rng.choice(NAMES),
               "applicant_id_number": f"0010{self.rng.randrange(10**8):08d}", "applicant_phone": "0912345678",
               "applicant_email": "", "applicant_address": f"Thôn {self.rng.randrange(1, 12)}, xã {self.commune}",
               "channel": self.rng.choice(("direct", "online", "postal")), "boundary_free": False,
               "received_at": row_time(), "due_date": "2026-12-20", "status": 1, "handler_id": None,
               "finished_at": None, "returned_at": None, "closed_at": None, "settled_at": None, "paused_at": None,
               "outcome": None, "late_reason": "", "note": "", "search_text": "nguyen van duc"}
        self.dossiers.append(row["id"])
        return [self._op("dossiers", row, "insert", sorted(row)), self._event(row["id"], None, 1, "receive")]

    def _event(self, dossier_id: str, from_status: int | None, to_status: int, action: str) -> dict[str, Any]:
        row = {**self._base(), "dossier_id": dossier_id, "at": row_time(), "action": action,
               "from_status": from_status, "to_status": to_status, "due_date": None, "actor": "canbo",
               "note": "Tiếp nhận tại bộ phận một cửa"}
        return self._op("dossier_events", row, "insert", sorted(row))

    def _dossier_step(self) -> list[dict[str, Any]]:
        if not self.dossiers:
            return self._dossier_new()
        row_id = self.rng.choice(self.dossiers)
        table, row, _ = self.rows[row_id]
        row = {**row, "status": min(int(row["status"]) + 1, 9), "updated_at": row_time()}
        return [self._op(table, row, "update", ["status", "updated_at"]),
                self._event(row_id, int(row["status"]) - 1, int(row["status"]), "advance")]

    def _equipment_new(self) -> list[dict[str, Any]]:
        self.seq += 1
        row = {**self._base(), "asset_tag": f"{self.commune}-TB-{self.index:03d}-{self.seq:05d}",
               "kind": self.rng.choice(KINDS), "model": f"Model {self.rng.randrange(97)}",
               "serial": f"SN{self.rng.randrange(10**9):09d}", "location": f"Phòng {self.rng.randrange(1, 12)}",
               "acquired_on": "2024-03-01", "assigned_to": self.rng.choice(NAMES), "status": "in_use",
               "certificate_expiry": None, "note": "", "search_text": "may tinh"}
        self.equipment.append(row["id"])
        return [self._op("equipment", row, "insert", sorted(row))]

    def _equipment_edit(self) -> list[dict[str, Any]]:
        if not self.equipment:
            return self._equipment_new()
        table, row, _ = self.rows[self.rng.choice(self.equipment)]
        row = {**row, "location": f"Phòng {self.rng.randrange(1, 12)}", "note": "Kiểm kê", "updated_at": row_time()}
        return [self._op(table, row, "update", ["location", "note", "updated_at"])]

    def _equipment_event(self) -> list[dict[str, Any]]:
        if not self.equipment:
            return self._equipment_new()
        row = {**self._base(), "equipment_id": self.rng.choice(self.equipment), "kind": "maintenance",
               "at": row_time(), "ended_at": None, "from_status": None, "to_status": None,
               "cost": self.rng.randrange(0, 500) * 1000, "actor": "canbo", "note": "Bảo dưỡng định kỳ"}
        return [self._op("equipment_events", row, "insert", sorted(row))]

    def next_batch(self, size: int) -> list[dict[str, Any]]:
        if self.pending:  # the last batch got no answer: the same ops again, as the desktop does
            return self.pending
        kinds, weights = zip(*MIX, strict=True)
        ops: list[dict[str, Any]] = []
        while len(ops) < size:
            ops += getattr(self, "_" + self.rng.choices(kinds, weights)[0])()
        self.pending = ops
        return ops

    def acknowledge(self, ops: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
        self.pending = []
        for op, result in zip(ops, results, strict=True):
            version = result.get("server_version")
            if isinstance(version, int) and op["row_id"] in self.rows:
                table, row, _ = self.rows[op["row_id"]]
                self.rows[op["row_id"]] = (table, row, version)


def row_time() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())


@dataclass
class Tally:
    """What one worker process saw, merged by the orchestrator."""

    enrol_ms: list[float] = field(default_factory=list)
    session_ms: list[float] = field(default_factory=list)
    push_ms: list[float] = field(default_factory=list)
    push_at: list[float] = field(default_factory=list)  # seconds after the window opened, per push sent
    pull_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    acked: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    inserted: dict[str, list[str]] = field(default_factory=dict)
    unanswered: list[str] = field(default_factory=list)  # sent, never answered: may or may not be applied
    lock: threading.Lock = field(default_factory=threading.Lock)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] = self.errors.get(what, 0) + 1

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "lock"}


# A province enrols its PCs a few at a time; two hundred scrypt hashes at once would only queue on the server.
ENROL_AT_ONCE = threading.BoundedSemaphore(8)
# Enrolment is not idempotent (a code is single use), so it gets all the time it needs rather than a retry.
ENROL_TIMEOUT = httpx.Timeout(180.0, connect=10.0)


def enrol(dev: Device, url: str, tally: Tally) -> None:
    """Enrol, then open the device's first session (the one secret check of its day), as a PC does when the
    officer enrols it: the load window then sees devices already at work. A failure is counted, not raised."""
    try:
        with ENROL_AT_ONCE:
            started = time.perf_counter()
            with SyncClient(url, timeout=ENROL_TIMEOUT) as client:
                body = client.enrol(dev.code, f"Load PC {dev.index}")
            tally.enrol_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            dev.client = SyncClient(url, body["device_id"], body["secret"])
            dev.client.device(timeout=ENROL_TIMEOUT)
            tally.session_ms.append((time.perf_counter() - started) * 1000)
    except Exception as exc:  # noqa: BLE001 - counted; the run reports it and fails
        tally.error("enrol " + _failure(exc))
        return
    dev.device_id, dev.secret, dev.node = body["device_id"], body["secret"], body["device_id"][-12:]


def _failure(exc: Exception) -> str:
    if isinstance(exc, ServerRefused):
        return f"{exc.status} {exc.code}"
    return type(exc).__name__


def run_device(dev: Device, url: str, go: float, deadline: float, batch: int, interval: float, tally: Tally) -> None:
    """Cycles until the deadline: push one batch, pull to the end, wait for the next cycle (if there is time).
    A batch still unanswered at the deadline is sent again (up to DRAIN_TRIES times), as a PC would on its next
    sync, so that what the server applied is also what the devices heard about."""
    next_cycle = go + dev.rng.uniform(0, interval)
    drains = 0
    assert dev.client is not None
    with dev.client as client:
        while True:
            time.sleep(max(0.0, next_cycle - time.time()))
            if time.time() >= deadline:
                if not dev.pending or drains >= DRAIN_TRIES:
                    with tally.lock:
                        tally.unanswered += [op["op_id"] for op in dev.pending]
                    return
                drains += 1
            next_cycle += interval
            ops = dev.next_batch(batch)
            tally.push_at.append(round(time.time() - go, 2))
            started = time.perf_counter()
            try:
                results = client.push(ops)["results"]
            except Exception as exc:  # noqa: BLE001 - every failure is counted; the batch goes again next cycle
                tally.error("push " + _failure(exc))
                continue
            tally.push_ms.append((time.perf_counter() - started) * 1000)
            _record(dev, ops, results, tally)
            _pull(dev, client, tally)


def _record(dev: Device, ops: list[dict[str, Any]], results: list[dict[str, Any]], tally: Tally) -> None:
    dev.acknowledge(ops, results)
    with tally.lock:
        for op, result in zip(ops, results, strict=True):
            status = str(result.get("status"))
            tally.statuses[status] = tally.statuses.get(status, 0) + 1
            if status == "rejected" and result.get("retry"):
                continue  # not stored by the server: not acknowledged
            tally.acked.append(op["op_id"])
            if op["op"] == "insert":
                tally.inserted.setdefault(op["table_name"], []).append(op["row_id"])


def _pull(dev: Device, client: SyncClient, tally: Tally) -> None:
    while True:
        started = time.perf_counter()
        try:
            page = client.pull(dev.cursor, PULL_LIMIT)
        except Exception as exc:  # noqa: BLE001 - counted; the next cycle pulls from the same cursor
            tally.error("pull " + _failure(exc))
            return
        tally.pull_ms.append((time.perf_counter() - started) * 1000)
        dev.cursor = int(page["cursor"])
        if not page["has_more"]:
            return
