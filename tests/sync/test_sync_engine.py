"""The sync client against a real server: cuts, batches, backoff, merges, conflicts, clocks and commune scope; the
time budget that ends an offline run, and cancelling a run (in a backoff wait, in a request nobody answers, between
batches)."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta

import httpx
import pytest
from server_harness import FIXED_NOW, Harness
from sqlalchemy import func, literal_column, select
from support import FakeClock
from sync_support import NO_WAIT, BlackHole, CuttableTransport, enrolled_pc, make_pc, new_commune

from desktop.domain.hlc import Hlc
from desktop.server import admin
from desktop.server.models import AppliedOp, SyncedRow
from desktop.server.models import Commune as ServerCommune
from desktop.services import conflicts, equipment
from desktop.services.dossiers import DossierInput, change_status, register_dossier
from desktop.store import local_state
from desktop.store.models import Dossier, Equipment, OutboxOp, SyncConflict
from desktop.sync import credentials, state
from desktop.sync.client import CONNECT_TIMEOUT, READ_TIMEOUT
from desktop.sync.engine import SyncEngine, SyncError, SyncReport, SyncSettings, enrol


@pytest.fixture
def pcs(tmp_path):  # noqa: ANN001, ANN201
    opened = []

    def make(srv: Harness, commune: str, slot: int, clock: FakeClock | None = None, enrolled: bool = True):  # noqa: ANN202
        maker = enrolled_pc if enrolled else (lambda _s, *a: make_pc(*a))
        pc = maker(srv, tmp_path / f"pc{slot}", commune, slot, clock)
        opened.append(pc)
        return pc
    yield make
    for pc in opened:
        pc.db.close()


def _outbox(pc, state_: str | None = None) -> int:  # noqa: ANN001
    with pc.db.session() as s:
        q = select(func.count()).select_from(OutboxOp)
        return s.scalar(q.where(OutboxOp.state == state_) if state_ else q)


def test_answer_lost_after_commit_is_applied_exactly_once(srv: Harness, pcs) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a = pcs(srv, commune, 1)
    for i in range(3):
        register_dossier(a.ctx, DossierInput("1.001193", f"Lê Văn {i}", "direct"))
    with a.db.session() as s:
        op_ids = set(s.scalars(select(OutboxOp.op_id)))
    a.transport.drop_push_answers = 1
    report = a.sync(srv)
    assert report.retries == 1 and a.transport.pushes_delivered == 2
    assert _outbox(a, "sent") == len(op_ids) and _outbox(a, "pending") == 0
    with srv.engine.connect() as conn:
        applied = conn.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.op_id.in_(op_ids)))
        last_seq = conn.scalar(select(ServerCommune.last_seq).where(ServerCommune.code == commune))
    assert applied == len(op_ids)
    assert last_seq == len(op_ids)  # one sequence number per op: the resent batch changed nothing
    with a.db.session() as s:
        assert all(d.server_version for d in s.scalars(select(Dossier)))
        assert max(op.attempts for op in s.scalars(select(OutboxOp))) == 2


def test_batches_grow_and_backoff_waits_are_injectable(srv: Harness, pcs) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a = pcs(srv, commune, 1)
    for i in range(60):  # 60 equipment rows + the set-up rows → batches of 50 then 100
        equipment.add_equipment(a.ctx, f"TB-{i:03d}", "pc")
    total = _outbox(a)
    a.transport.refuse_connects = 2
    waits: list[float] = []
    engine = SyncEngine(a.ctx, transport=a.transport, sleep=waits.append, rng=lambda: 1.0,
                        settings=SyncSettings(first_batch=50, base_delay=1.0))
    report = engine.run()
    assert waits == [1.0, 2.0]  # exponential; jitter scale 0.5–1.0 taken at its top by the fixed rng
    assert report.push.sent == total == 65 and a.transport.pushes_delivered == 2  # 50, then up to 100


def test_offline_run_gives_a_clear_error_and_resumes_later(srv: Harness, pcs) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a = pcs(srv, commune, 1)
    register_dossier(a.ctx, DossierInput("1.001193", "Phạm Thị Lan", "direct"))
    a.transport.refuse_connects = 100
    with pytest.raises(SyncError) as err:
        a.sync(srv, settings=SyncSettings(tries=3, base_delay=0.0))
    assert err.value.code == "sync.offline" and "an toàn" in err.value.message_vi
    a.transport.refuse_connects = 0
    a.sync(srv)
    assert _outbox(a, "pending") == 0


def test_disjoint_equipment_edits_merge(srv: Harness, pcs) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a, b = pcs(srv, commune, 1), pcs(srv, commune, 2)
    equipment.add_equipment(a.ctx, "MT-01", "pc", location="Một cửa")
    a.sync(srv)
    b.sync(srv)
    b.clock.advance(minutes=1)
    equipment.edit_equipment(a.ctx, "MT-01", location="Phòng họp")
    equipment.edit_equipment(b.ctx, "MT-01", assigned_to="Nguyễn Văn Bình")
    a.sync(srv)
    b.sync(srv)
    a.sync(srv)
    assert a.equipment()["MT-01"][:2] == b.equipment()["MT-01"][:2] == ("Phòng họp", "Nguyễn Văn Bình")


def test_dossier_status_conflict_is_kept_resolved_once_and_reaches_both(srv: Harness, pcs) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a, b = pcs(srv, commune, 1), pcs(srv, commune, 2)
    code = register_dossier(a.ctx, DossierInput("1.009994", "Hoàng Văn Cường", "direct")).code
    a.sync(srv)
    b.sync(srv)
    a.clock.advance(minutes=5)
    b.clock.advance(minutes=6)
    change_status(a.ctx, code, "start")  # → 4 in progress
    change_status(b.ctx, code, "withdraw")  # → 7 withdrawn
    a.sync(srv)
    report = b.sync(srv)
    assert report.push.conflicts == 1
    [found] = conflicts.list_conflicts(b.ctx)
    assert found.kind == "edit_edit" and "status" in found.fields
    assert found.server_values["status"] == 4 and found.client_values["status"] == 7
    a.sync(srv)
    assert [c.id for c in conflicts.list_conflicts(a.ctx)] == [found.id]  # both PCs see it, with both versions
    conflicts.resolve(b.ctx, found.id, conflicts.KEEP_MINE, note="Công dân đã rút hồ sơ")
    with pytest.raises(Exception, match="already resolved"):
        conflicts.resolve(b.ctx, found.id, conflicts.KEEP_SERVER)
    b.sync(srv)
    a.sync(srv)
    assert a.dossiers()[code][0] == b.dossiers()[code][0] == 7
    for pc in (a, b):
        assert conflicts.list_conflicts(pc.ctx) == []
        with pc.db.session() as s:
            assert s.get(SyncConflict, found.id).state == "resolved"


def _hlc_on_server(srv: Harness, row_id: str) -> str:
    with srv.engine.connect() as conn:
        return conn.scalar(select(SyncedRow.hlc).where(SyncedRow.table_name == "dossiers", SyncedRow.row_id == row_id))


def test_clock_hours_ahead_is_taken_as_is_with_a_warning(srv: Harness, pcs) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1, FakeClock(FIXED_NOW + timedelta(hours=5)))
    register_dossier(a.ctx, DossierInput("1.001193", "Đỗ Thị Hạnh", "direct"))
    report = a.sync(srv)
    assert report.warnings == []  # nothing for the server to clamp
    with a.db.session() as s:
        d = s.scalar(select(Dossier))
        warning = state.clock_warning(s)
    assert _hlc_on_server(srv, d.id) == d.hlc  # not clamped: sync goes on
    assert warning is not None and warning["code"] == "clock.skew" and warning["skew_ms"] == 5 * 3_600_000
    assert "nhanh hơn" in str(warning["message_vi"]) and "5 giờ" in str(warning["message_vi"])
    a.clock.now = FIXED_NOW  # the officer fixes the clock: the next sync clears the warning
    a.sync(srv)
    with a.db.session() as s:
        assert state.clock_warning(s) is None


def test_clock_days_ahead_gets_the_check_the_clock_warning(srv: Harness, pcs) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1, FakeClock(FIXED_NOW + timedelta(days=3)))
    register_dossier(a.ctx, DossierInput("1.001193", "Đỗ Thị Hạnh", "direct"))
    a.sync(srv)
    with a.db.session() as s:
        warning = state.clock_warning(s)
        d = s.scalar(select(Dossier))
    assert warning is not None and warning["code"] == "clock.far_future" and "Đồng hồ" in str(warning["message_vi"])
    # The server clamped the row's clock to its own time, and the pull brought that version back here.
    assert Hlc.decode(_hlc_on_server(srv, d.id)).wall_ms == srv.clock.ms() == Hlc.decode(d.hlc).wall_ms
    a.clock.now = FIXED_NOW  # the officer fixes the clock
    # An edit made before the next sync still carries the fast clock (the HLC never runs backwards on its own);
    # that sync moves the stored clock back, and the push after it clears the warning.
    register_dossier(a.ctx, DossierInput("1.001193", "Vũ Văn Long", "direct"))
    a.sync(srv)
    with a.db.session() as s:
        assert state.clock_warning(s) is not None
        assert Hlc.decode(local_state.get(s, local_state.HLC)).wall_ms == srv.clock.ms()
    register_dossier(a.ctx, DossierInput("1.001193", "Bùi Thị Nga", "direct"))
    a.sync(srv)
    with a.db.session() as s:
        assert state.clock_warning(s) is None


def test_cross_commune_credentials_are_refused(srv: Harness, pcs, tmp_path) -> None:  # noqa: ANN001
    mine, other = new_commune(srv), new_commune(srv)
    pc = pcs(srv, mine, 1, enrolled=False)
    with pytest.raises(SyncError) as err:
        enrol(pc.ctx, srv.url, admin.new_enrol_code(srv.engine, other, srv.clock()), transport=pc.transport)
    assert err.value.code == "sync.wrong_commune"
    assert not credentials.exists(pc.db.paths.root)
    # A credentials file edited to claim our commune: the server says whose device it is, and sync stops.
    foreign = pcs(srv, other, 2)
    theirs = credentials.load(foreign.db.paths.root)
    credentials.save(pc.db.paths.root, credentials.Credentials(srv.url, theirs.device_id, theirs.secret, mine))
    register_dossier(pc.ctx, DossierInput("1.001193", "Ngô Văn Tâm", "direct"))
    with pytest.raises(SyncError) as err:
        pc.sync(srv)
    assert err.value.code == "sync.wrong_commune"
    assert _outbox(pc, "pending") == _outbox(pc)  # nothing went out


def test_pulled_rows_write_no_outbox_and_credentials_stay_private(srv: Harness, pcs) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    a, b = pcs(srv, commune, 1), pcs(srv, commune, 2)
    register_dossier(a.ctx, DossierInput("1.001193", "Trịnh Văn Sơn", "direct"))
    a.sync(srv)
    before = _outbox(b)
    report = b.sync(srv)
    assert report.pull.rows > 0 and _outbox(b) == before
    path = credentials.path_in(b.db.paths.root)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = credentials.load(b.db.paths.root).secret
    assert secret.encode() not in b.db.paths.database.read_bytes()
    assert secret not in repr(credentials.load(b.db.paths.root))
    with b.db.session() as s:
        assert local_state.get(s, state.SYNC_DEVICE_ID) == credentials.load(b.db.paths.root).device_id


def test_ops_the_server_cannot_take_yet_stay_pending(srv: Harness, pcs) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1)
    register_dossier(a.ctx, DossierInput("1.001193", "Lý Thị Mai", "direct"))
    with a.db.session() as s:
        op = s.scalars(select(OutboxOp)).first()
        op.schema_version = "9999"
        s.commit()
    report = a.sync(srv, settings=NO_WAIT)
    assert report.push.kept == 1 and _outbox(a, "pending") == 1
    with a.db.session() as s:
        assert "schema.unsupported" in s.get(OutboxOp, op.op_id).last_error


# -- giving up, and cancelling --------------------------------------------------------------------------------------

class SilentLine(httpx.BaseTransport):
    """Every request waits out the whole time-out it was given (on a fake clock), then fails: `read` is a server
    that took the connection and never answers, `connect` a PC with no route to it."""

    def __init__(self, now: list[float], phase: str) -> None:
        self.now, self.phase = now, phase
        self.waited: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        waited = float(request.extensions["timeout"][self.phase])
        self.waited.append(waited)
        self.now[0] += waited
        error = httpx.ReadTimeout if self.phase == "read" else httpx.ConnectTimeout
        raise error("simulated: no answer", request=request)


class RefusingLine(httpx.BaseTransport):
    def __init__(self) -> None:
        self.tried = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.tried.set()
        raise httpx.ConnectError("simulated: no signal", request=request)


@pytest.fixture
def black_hole() -> Iterator[BlackHole]:
    hole = BlackHole()
    yield hole
    hole.close()


def _run_in_thread(engine: SyncEngine) -> tuple[threading.Thread, dict[str, object]]:
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["report"] = engine.run()
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="test-sync-run")
    worker.start()
    return worker, outcome


def _cancel_and_time(worker: threading.Thread, cancel: threading.Event) -> float:
    started = time.monotonic()
    cancel.set()
    worker.join(timeout=10)
    assert not worker.is_alive()
    return time.monotonic() - started


def _last_sync(pc) -> str | None:  # noqa: ANN001
    with pc.db.session() as s:
        return local_state.get(s, local_state.LAST_SYNC_AT)


@pytest.mark.parametrize("phase", ["read", "connect"])
def test_offline_gives_up_within_fifteen_seconds_by_default(srv: Harness, pcs, phase: str) -> None:  # noqa: ANN001
    assert SyncSettings().budget <= 15 and CONNECT_TIMEOUT <= 5 and READ_TIMEOUT < SyncSettings().budget
    a = pcs(srv, new_commune(srv), 1)
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    line = SilentLine(now, phase)
    # Default settings; the jitter at its top, so every wait is as long as it gets.
    engine = SyncEngine(a.ctx, transport=line, sleep=sleep, monotonic=lambda: now[0], rng=lambda: 1.0)
    with pytest.raises(SyncError) as err:
        engine.run()
    assert err.value.code == "sync.offline" and "Cannot reach the province server" in err.value.message_en
    assert now[0] <= 15.0
    assert len(line.waited) >= 2 and now[0] > 10.0  # it retried, on what was left of the 15 s


def test_the_budget_ends_a_run_against_a_server_that_never_answers(srv: Harness, pcs, black_hole) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1)
    engine = SyncEngine(a.ctx, server_url=black_hole.url, settings=SyncSettings(budget=1.0))
    started = time.monotonic()
    with pytest.raises(SyncError) as err:
        engine.run()
    assert err.value.code == "sync.offline" and time.monotonic() - started < 4.0
    assert black_hole.held  # it did get through to the server, which said nothing


def test_cancel_during_a_backoff_wait_returns_at_once(srv: Harness, pcs) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1)
    register_dossier(a.ctx, DossierInput("1.001193", "Phạm Thị Lan", "direct"))
    pending = _outbox(a, "pending")
    line, cancel = RefusingLine(), threading.Event()
    # Waits of 30–60 s and all the time in the world: only the cancel can end this run soon.
    engine = SyncEngine(a.ctx, transport=line, cancel=cancel, settings=SyncSettings(base_delay=60.0, budget=600.0))
    worker, outcome = _run_in_thread(engine)
    assert line.tried.wait(10)
    assert _cancel_and_time(worker, cancel) < 1.0
    report = outcome["report"]
    assert isinstance(report, SyncReport) and report.cancelled and report.push.sent == 0
    assert _outbox(a, "pending") == pending and _last_sync(a) is None


def test_cancel_ends_a_request_nobody_answers(srv: Harness, pcs, black_hole) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1)
    cancel = threading.Event()
    engine = SyncEngine(a.ctx, server_url=black_hole.url, cancel=cancel)  # default time-outs and budget
    worker, outcome = _run_in_thread(engine)
    assert black_hole.connected.wait(10)
    assert _cancel_and_time(worker, cancel) < 1.0
    report = outcome["report"]
    assert isinstance(report, SyncReport) and report.cancelled and _last_sync(a) is None


class CancelOnSecondPush(CuttableTransport):
    """Lets the first batch through, then cancels the run as the second is about to leave (and never sends it)."""

    def __init__(self, cancel: threading.Event) -> None:
        super().__init__()
        self.cancel = cancel
        self.pushes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/push":
            self.pushes += 1
            if self.pushes == 2:
                self.cancel.set()
                raise httpx.ConnectError("simulated: cancelled as it left", request=request)
        return super().handle_request(request)


def _cancelled_run(pc, transport: Callable[[threading.Event], CuttableTransport]  # noqa: ANN001
                   ) -> tuple[SyncReport, int]:
    """60 pieces of equipment (65 ops with the set-up's: a batch of 50, then 15), pushed by a run that `transport`
    cancels; the report and how many ops were pending before."""
    for i in range(60):
        equipment.add_equipment(pc.ctx, f"TB-{i:03d}", "pc")
    total = _outbox(pc, "pending")
    cancel = threading.Event()
    report = SyncEngine(pc.ctx, transport=transport(cancel), cancel=cancel, settings=NO_WAIT,
                        sleep=lambda _s: None).run()
    return report, total


def test_a_cancelled_run_keeps_every_batch_it_finished(srv: Harness, pcs) -> None:  # noqa: ANN001
    a = pcs(srv, new_commune(srv), 1)
    report, total = _cancelled_run(a, CancelOnSecondPush)
    assert report.cancelled and report.push.sent == 50
    assert _outbox(a, "sent") == 50 and _outbox(a, "pending") == total - 50 and _last_sync(a) is None
    report = a.sync(srv)  # the next run carries on from there
    assert not report.cancelled and report.push.sent == total - 50 and _outbox(a, "pending") == 0
    assert _last_sync(a) is not None


class HoldsPushesUntilRead(CuttableTransport):
    """Holds each push until the client has read one more batch than it has sent (at most `patience` seconds): the
    read of the next batch must come while the request is on its way, not after its answer."""

    def __init__(self, patience: float) -> None:
        super().__init__()
        self.patience = patience
        self.reads = 0
        self.sends = 0
        self.read_while_sending: list[bool] = []
        self._changed = threading.Condition()

    def batch_read(self) -> None:
        with self._changed:
            self.reads += 1
            self._changed.notify_all()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/push":
            with self._changed:
                self.sends += 1
                wanted = self.sends + 1
                self.read_while_sending.append(self._changed.wait_for(lambda: self.reads >= wanted, self.patience))
        return super().handle_request(request)


def test_the_next_batch_is_read_while_one_is_on_its_way(srv: Harness, pcs, monkeypatch) -> None:  # noqa: ANN001
    """A first sync is a long series of batches: the client reads and encodes the next one while the server works
    on the last, then sends them in order, each once."""
    from desktop.sync import engine as sync_engine

    commune = new_commune(srv)
    a = pcs(srv, commune, 1)
    for i in range(60):  # with the set-up rows, 65 ops: a batch of 50, then 15
        equipment.add_equipment(a.ctx, f"TB-{i:03d}", "pc")
    with a.db.session() as s:
        written = list(s.scalars(select(OutboxOp.op_id).order_by(literal_column("sync_outbox.rowid"))))
    transport = HoldsPushesUntilRead(patience=3.0)
    real = sync_engine.next_batch

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the real read, noted
        found = real(*args, **kwargs)
        transport.batch_read()
        return found

    monkeypatch.setattr(sync_engine, "next_batch", counted)
    report = SyncEngine(a.ctx, transport=transport, settings=SyncSettings(first_batch=50)).run()
    assert transport.read_while_sending == [True, True]  # each batch's successor was read during its request
    assert report.push.sent == len(written) == 65 and _outbox(a, "pending") == 0
    with srv.engine.connect() as conn:  # each op applied once, the equipment in the order it was written
        applied = conn.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.op_id.in_(written)))
        server_order = list(conn.scalars(select(SyncedRow.row_id).where(SyncedRow.table_name == "equipment",
                                                                         SyncedRow.commune_code == commune)
                                         .order_by(SyncedRow.server_version)))
    with a.db.session() as s:
        local_order = list(s.scalars(select(Equipment.id).order_by(Equipment.asset_tag)))
    assert applied == len(written) and server_order == local_order


class CancelAfterFirstAnswer(CuttableTransport):
    """Answers the first push, then cancels the run before the client has written that answer down."""

    def __init__(self, cancel: threading.Event) -> None:
        super().__init__()
        self.cancel = cancel

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/v1/push":
            self.cancel.set()
        return response


def test_an_answer_not_yet_written_down_is_written_when_the_run_stops(srv: Harness, pcs) -> None:  # noqa: ANN001
    """The answer to a batch is written down while the next batch is on its way; a run cancelled in between still
    writes it on the way out, so nothing the server took is sent again."""
    a = pcs(srv, new_commune(srv), 1)
    report, total = _cancelled_run(a, CancelAfterFirstAnswer)
    assert report.cancelled and report.push.sent == report.push.applied == 50
    assert _outbox(a, "sent") == 50 and _outbox(a, "pending") == total - 50


class CountsPulls(CuttableTransport):
    """Notes each pull request as it arrives, so a page being applied can wait (at most `patience` seconds) for the
    request of the page after it."""

    def __init__(self, patience: float) -> None:
        super().__init__()
        self.patience = patience
        self.pulls = 0
        self._changed = threading.Condition()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/pull":
            with self._changed:
                self.pulls += 1
                self._changed.notify_all()
        return super().handle_request(request)

    def wait_for_pulls(self, count: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self.pulls >= count, self.patience)


def test_the_next_page_is_fetched_while_one_is_applied(srv: Harness, pcs, monkeypatch) -> None:  # noqa: ANN001
    """A first pull is a long series of pages: the next page is on its way while the PC applies one, and the pages
    are still applied in order, each with its cursor."""
    from desktop.sync import engine as sync_engine

    commune = new_commune(srv)
    a, b = pcs(srv, commune, 1), pcs(srv, commune, 2)
    for i in range(60):
        equipment.add_equipment(a.ctx, f"TB-{i:03d}", "pc")
    a.sync(srv)
    transport = CountsPulls(patience=3.0)
    real = sync_engine.apply_page
    overlapped: list[bool] = []
    cursors: list[int] = []

    def watched(session, page, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - the real apply, noted
        if page.get("has_more"):  # the request for the page after this one is already out
            overlapped.append(transport.wait_for_pulls(len(overlapped) + 2))
        cursors.append(int(page["cursor"]))
        return real(session, page, *args, **kwargs)

    monkeypatch.setattr(sync_engine, "apply_page", watched)
    report = SyncEngine(b.ctx, transport=transport, settings=SyncSettings(pull_limit=20)).run()
    assert len(overlapped) >= 3 and all(overlapped), overlapped
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors) == transport.pulls
    with b.db.session() as s:
        assert state.cursor(s) == cursors[-1]
        assert sorted(s.scalars(select(Equipment.asset_tag))) == [f"TB-{i:03d}" for i in range(60)]
    assert report.pull.rows >= 60


class TruncatesSecondAnswer(CuttableTransport):
    """A broken server (or something in the way): the second push's answer comes back one result short."""

    def __init__(self) -> None:
        super().__init__()
        self.pushes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path != "/v1/push":
            return response
        self.pushes += 1
        if self.pushes != 2:
            return response
        body = json.loads(response.read())
        body["results"] = body["results"][:-1]
        return httpx.Response(response.status_code, json=body, request=request)


def test_a_malformed_answer_stops_the_run_and_keeps_what_was_answered(srv: Harness, pcs) -> None:  # noqa: ANN001
    """An answer that does not give one result per op is never written down, its ops stay pending for the next run;
    the answer before it, held while that batch was on its way, is still written."""
    a = pcs(srv, new_commune(srv), 1)
    for i in range(60):  # 65 ops with the set-up's: a batch of 50, then 15
        equipment.add_equipment(a.ctx, f"TB-{i:03d}", "pc")
    total = _outbox(a, "pending")
    with pytest.raises(ValueError, match="results for 15 ops"):
        SyncEngine(a.ctx, transport=TruncatesSecondAnswer(), settings=NO_WAIT, sleep=lambda _s: None).run()
    assert _outbox(a, "sent") == 50 and _outbox(a, "pending") == total - 50 == 15
    report = a.sync(srv)  # a sound server later: the 15 go again and are answered from its stored results
    assert report.push.sent == 15 and _outbox(a, "pending") == 0
