"""One sync run: check who we are, push the outbox in growing batches, pull until the feed is empty, record it.

Network cuts are retried with exponential backoff and jitter, within a time budget: a server unreachable for that
long ends the run as "offline" and the caller's own schedule tries again later. A cancel token is looked at between
requests, batches and pages, and ends a backoff wait or a request under way at once. Every batch's results and every
pulled page are committed as they arrive, so a run cut or cancelled at any point resumes where it stopped, and a
resent batch is answered from the server's stored results. The clock, waits and randomness are injectable so tests
run instantly.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import httpx

from desktop.domain.errors import Explained
from desktop.store import local_state
from desktop.store.local_state import LAST_SYNC_AT, SERVER_URL
from desktop.sync import credentials, state
from desktop.sync.client import Cancelled, ServerRefused, ServerUnavailable, SyncClient, interruptible, timeout_within
from desktop.sync.context import SyncContext
from desktop.sync.pull import PullStats, apply_page
from desktop.sync.push import (
    PendingOp,
    PushStats,
    check_answer,
    count_attempt,
    fit,
    mark_rejected,
    next_batch,
    record_results,
    wire,
)

T = TypeVar("T")


class SyncError(Explained):
    """Sync stopped for a reason the officer must hear; nothing half-applied is left behind.

    `cause` is a refusal passed on (the server's, the credentials file's): the sync error keeps its code and words.
    """

    def __init__(self, key: str, /, *, cause: Explained | None = None, **params: object) -> None:
        super().__init__(key, **params)
        self.cause = cause

    def message(self, lang: str) -> str:
        return self.cause.message(lang) if self.cause is not None else super().message(lang)


@dataclass(frozen=True)
class SyncSettings:
    first_batch: int = 50
    max_batch: int = 500
    pull_limit: int = 1000  # the server's most per page (server/api.py MAX_PULL): fewer round trips
    tries: int = 6  # per request, before the run gives up as "offline"
    base_delay: float = 1.0  # seconds; doubles each try
    max_delay: float = 60.0
    # Seconds one request may take to get through, its retries and waits included, before the run gives up as
    # "offline"; the Đồng bộ page's own backoff (1, 2, 4 … 30 minutes) takes over from there.
    budget: float = 15.0


@dataclass
class SyncReport:
    push: PushStats = field(default_factory=PushStats)
    pull: PullStats = field(default_factory=PullStats)
    retries: int = 0
    warnings: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False  # stopped on request; what it sent and received is kept, the next run goes on


def _commune(ctx: SyncContext) -> str:
    with ctx.db.session() as session:
        code = local_state.get(session, local_state.COMMUNE_CODE)
    if code is None:
        raise SyncError("sync.not_set_up")
    return code


def _wrong_commune(theirs: str, ours: str) -> SyncError:
    return SyncError("sync.wrong_commune", theirs=theirs, ours=ours)


def enrol(ctx: SyncContext, server_url: str, code: str, label: str = "",
          transport: httpx.BaseTransport | None = None) -> credentials.Credentials:
    """Trade the province's one-time code for this PC's credentials; refused if the code is another commune's.

    The PC asks for the number chosen at setup; the server's answer is its block of dossier numbers from now on
    (codes already issued stay as they are)."""
    ours = _commune(ctx)
    with ctx.db.session() as session:
        wanted = state.device_slot(session)
    with SyncClient(server_url, transport=transport) as client:
        try:
            body = client.enrol(code, label, wanted or None)
        except ServerRefused as exc:
            raise SyncError(exc.key, cause=exc) from None
    if body["commune_code"] != ours:
        raise _wrong_commune(str(body["commune_code"]), ours)
    creds = credentials.Credentials(server_url.rstrip("/"), str(body["device_id"]), str(body["secret"]), ours)
    credentials.save(ctx.db.paths.root, creds)
    with ctx.db.session() as session:
        local_state.put(session, SERVER_URL, creds.server_url)
        local_state.put(session, state.SYNC_DEVICE_ID, creds.device_id)
        state.learn_slot(session, body.get("device_slot"))
        session.commit()
    return creds


class SyncEngine:
    """One run. `cancel` is set from another thread to stop it; `sleep` and `monotonic` replace the real waits and
    clock in tests (with `sleep` given, a cancel is noticed after the wait rather than during it)."""

    def __init__(self, ctx: SyncContext, *, server_url: str | None = None,
                 transport: httpx.BaseTransport | None = None, cancel: threading.Event | None = None,
                 sleep: Callable[[float], None] | None = None, monotonic: Callable[[], float] = time.monotonic,
                 rng: Callable[[], float] = random.random, settings: SyncSettings = SyncSettings()) -> None:
        self.ctx, self.sleep, self.monotonic, self.rng, self.settings = ctx, sleep, monotonic, rng, settings
        self.cancel = cancel if cancel is not None else threading.Event()
        self.creds = self._credentials()
        self.server_url = (server_url or self.creds.server_url).rstrip("/")
        self.transport = transport
        # (table, row id) → the server version at which a row this run pushed is exactly ours (push.record_results);
        # this run's pull skips those rows coming back. Kept for one run only, never stored.
        self._echoes: dict[tuple[str, str], int] = {}

    def _credentials(self) -> credentials.Credentials:
        try:
            return credentials.load(self.ctx.db.paths.root)
        except credentials.CredentialsError as exc:
            raise SyncError(exc.key, cause=exc) from None

    def run(self) -> SyncReport:
        ours = _commune(self.ctx)
        if self.creds.commune_code != ours:
            raise _wrong_commune(self.creds.commune_code, ours)
        report = SyncReport()
        self._echoes = {}
        try:
            with SyncClient(self.server_url, self.creds.device_id, self.creds.secret, self.transport) as client:
                me = self._call(report, client.device)
                if me.get("commune_code") != ours:  # the server's word on the credentials, not the file's
                    raise _wrong_commune(str(me.get("commune_code")), ours)
                self._learn_slot(me.get("device_slot"))
                self._push_all(client, report)
                self._pull_all(client, report)
        except Cancelled:
            report.cancelled = True  # not a success: the last-sync time stays that of the last whole run
            return report
        with self.ctx.db.session() as session:
            local_state.put(session, LAST_SYNC_AT, self.ctx.now().isoformat())
            if self.server_url != self.creds.server_url:
                local_state.put(session, SERVER_URL, self.server_url)
            session.commit()
        return report

    def _learn_slot(self, slot: object) -> None:
        with self.ctx.db.session() as session:
            if state.learn_slot(session, slot):
                session.commit()

    def _check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled

    def _wait(self, seconds: float) -> None:
        if self.sleep is not None:
            self.sleep(seconds)
        elif self.cancel.wait(seconds):
            raise Cancelled
        self._check()

    def _call(self, report: SyncReport, fn: Callable[..., T], *args: Any,
              before: Callable[[], None] | None = None, meanwhile: Callable[[], None] | None = None) -> T:
        """A request with retries on network cuts and 5xx, all within the budget; a refusal in the protocol's words
        is not retried. `fn(*args, timeout=...)` runs on a helper thread; `before` runs here ahead of each try,
        `meanwhile` here while the first try is on its way."""
        settings, started = self.settings, self.monotonic()
        last: Exception | None = None
        for attempt in range(settings.tries):
            self._check()
            if before is not None:
                before()
            left = settings.budget - (self.monotonic() - started)
            try:
                return interruptible(partial(fn, *args, timeout=timeout_within(left)), self.cancel,
                                     meanwhile if attempt == 0 else None)
            except ServerRefused as exc:
                if exc.code in ("auth.required", "auth.failed", "device.revoked", "device.unknown"):
                    raise SyncError(exc.key, cause=exc) from None
                raise
            except (httpx.TransportError, ServerUnavailable) as exc:
                last = exc
            delay = min(settings.max_delay, settings.base_delay * 2 ** attempt)
            delay *= 0.5 + self.rng() / 2  # jitter: many PCs back after a cut do not stampede
            if attempt + 1 >= settings.tries or self.monotonic() - started + delay >= settings.budget:
                break
            report.retries += 1
            self._wait(delay)
        raise SyncError("sync.offline", last=last)

    def _push_all(self, client: SyncClient, report: SyncReport) -> None:
        """Batches in the order their ops were written, one request at a time. While one is on its way the client
        writes down the answer to the batch before it and reads the next batch: an answer changes only its own
        batch's ops and the rows' server versions, never an op still to send (its base version was fixed when it
        was written), so neither step waits for the other. An answer not yet written down when the run stops is
        written on the way out; were even that to fail, the batch goes again next time and the server answers it
        from its stored results."""
        size, after = self.settings.first_batch, 0
        ahead: list[list[tuple[int, PendingOp]]] = []  # the next batch, dropped when this one is refused
        unwritten: list[tuple[list[PendingOp], dict[str, Any]]] = []
        try:
            while True:
                self._check()
                with self.ctx.db.session() as session:
                    batch = ahead.pop() if ahead else fit(next_batch(session, after, size))
                    if not batch:
                        self._write_answers(session, unwritten, report)
                        return
                    ops = [op for _, op in batch]
                    next_size = min(self.settings.max_batch, size * 2)

                    def meanwhile(s: Any = session, last: int = batch[-1][0], n: int = next_size) -> None:
                        self._write_answers(s, unwritten, report)
                        ahead.append(fit(next_batch(s, last, n)))

                    try:
                        answer = self._call(report, client.push, [wire(op) for op in ops],
                                            before=partial(self._count, session, ops), meanwhile=meanwhile)
                    except ServerRefused as exc:
                        ahead.clear()
                        self._write_answers(session, unwritten, report)
                        size = self._refused(session, ops, exc, report)
                        continue
                    check_answer(ops, answer["results"])  # a malformed answer stops the run here, as always
                    unwritten.append((ops, answer))
                after, size = batch[-1][0], next_size
        finally:
            if unwritten:  # stopped (cancelled, offline, refused) with an answer not yet written down
                with self.ctx.db.session() as session:
                    self._write_answers(session, unwritten, report)

    def _write_answers(self, session: Any, unwritten: list[tuple[list[PendingOp], dict[str, Any]]],
                       report: SyncReport) -> None:
        while unwritten:
            ops, answer = unwritten.pop(0)
            record_results(session, ops, answer["results"], report.push, self._echoes)
            report.warnings = answer.get("warnings") or []
            state.note_warnings(session, report.warnings, answer.get("server_time_ms"), self.ctx.now(), True)
            session.commit()

    @staticmethod
    def _count(session: Any, ops: list[Any]) -> None:
        # Counted before each send and committed, so a cut mid-request still shows as an attempt.
        count_attempt(session, [op.op_id for op in ops])
        session.commit()

    def _refused(self, session: Any, ops: list[Any], exc: ServerRefused, report: SyncReport) -> int:
        """The whole batch was refused because of one op (a 4xx that names it, or a batch of one): set that op
        aside as rejected, counted like any other rejection, and go on with the rest; or narrow down to find it."""
        details = exc.details if isinstance(exc.details, dict) else {}
        culprit = next((op for op in ops if op.op_id == details.get("op_id")), None)
        if culprit is None and len(ops) == 1:
            culprit = ops[0]
        if culprit is not None:
            where = f" ({details['field']})" if details.get("field") else ""
            mark_rejected(session, culprit, f"{exc.code}{where}: {exc.message_en}")
            session.commit()
            report.push.sent += 1
            report.push.rejected += 1
            return self.settings.first_batch
        if exc.status in (403, 409, 413, 422):
            return 1  # one op at a time until the culprit is found
        raise SyncError(exc.key, cause=exc)

    def _pull_all(self, client: SyncClient, report: SyncReport) -> None:
        """Pages one after the other from the saved cursor; while one is applied the next is on its way (a page
        says where the next starts). A pull only reads on the server, and the cursor is saved with the page it
        follows, in the same transaction: a run that stops keeps every page it applied and nothing more."""
        commune = self.creds.commune_code
        self._check()
        with self.ctx.db.session() as session:
            cursor = state.cursor(session)
        page = self._call(report, client.pull, cursor, self.settings.pull_limit)
        while True:
            self._check()

            def apply(p: dict[str, Any] = page) -> None:
                with self.ctx.db.session() as session:
                    apply_page(session, p, commune, self.ctx.now(), report.pull, self._echoes)
                    warnings = p.get("warnings") or []
                    state.note_warnings(session, warnings, p.get("server_time_ms"), self.ctx.now(), False)
                    session.commit()

            if not page.get("has_more"):
                apply()
                return
            # `meanwhile` runs once the first try has left, before any answer is waited for: whenever the next
            # page comes back, this one has been applied (or the run has stopped with its error).
            page = self._call(report, client.pull, int(page["cursor"]), self.settings.pull_limit, meanwhile=apply)

