"""The life of one demo dossier: its events from receipt to result along the lifecycle state machine, cut at "now".

Times here are naive local (Vietnam) wall-clock times; they become UTC only when rows are made. Working-day
arithmetic goes through the real calendar and `domain.deadlines`, memoised because a million dossiers ask the same
few thousand questions.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import NamedTuple

from desktop.demo.rows import LOCAL_OFFSET, Row, hlc_fast
from desktop.domain import lifecycle as lc
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.deadlines import DEFAULT_SAME_DAY_CUTOFF, due_date, outcome
from desktop.store.models import new_id

# Office hours in minutes after midnight: 7:30–11:30 and 13:30–17:00, the usual one-stop desk hours.
OPEN_AM, CLOSE_AM, OPEN_PM, CLOSE_PM = 450, 690, 810, 1020
_OFFICE_MINUTES = (CLOSE_AM - OPEN_AM) + (CLOSE_PM - OPEN_PM)
_DAY = timedelta(days=1)

# The creation event has no lifecycle action (nothing moves *into* the machine); services.dossiers calls it
# "register", whether the dossier starts as registered online (1) or received (2).
REGISTER = "register"
PORTAL = ""  # actor of what the citizen did on the online portal: no officer was involved

REFUSE_NOTES = ("Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã", "Giấy tờ nộp kèm không hợp lệ",
                "Người nộp không đủ điều kiện theo quy định", "Hồ sơ nộp trùng với hồ sơ đã tiếp nhận")
SUPPLEMENT_NOTES = ("Bổ sung bản sao giấy tờ tùy thân của người ủy quyền", "Bổ sung trích đo địa chính thửa đất",
                    "Bổ sung giấy xác nhận của thôn về nơi cư trú", "Ký lại tờ khai, ghi rõ họ tên",
                    "Bổ sung bản vẽ thiết kế có chữ ký của chủ đầu tư")
LATE_REASONS = ("Phải xác minh thực địa, mưa bão kéo dài không đi được",
                "Chờ ý kiến phối hợp của cơ quan chuyên môn cấp tỉnh",
                "Công chức thụ lý nghỉ ốm đột xuất, chưa kịp bàn giao",
                "Lỗi ký số trên hệ thống một cửa điện tử, phải ký lại",
                "Chờ kết quả đo đạc lại thửa đất",
                "Đường truyền Internet mất nhiều ngày, không cập nhật được lên hệ thống",
                "Chứng thư số của lãnh đạo hết hạn, chờ gia hạn")
WITHDRAW_NOTE = "Công dân có đơn xin rút hồ sơ"
STOP_NOTE = "Quá thời hạn bổ sung mà công dân không bổ sung hồ sơ"

# Of online filings waiting to be accepted, the share refused at the reception check (DOMAIN.md §2: a refusal to
# accept comes before any receipt; at the counter the officer explains what is missing and nothing is received).
REFUSE_ONLINE_P = 0.02
WITHDRAW_P, STOP_P = 0.004, 0.002
NEVER_COLLECTED_P = 0.03
# Of online filings, the share the desk still had to accept by hand (status 1 → accept). The rest came through the
# province system already received, at the hour the citizen filed them, evenings and weekends included.
PENDING_P = 0.3
ON_THE_DAY_P = 0.35  # of dossiers finished in time, the share finished on the appointment day itself
STALLED_P = 0.05  # of recent multi-day dossiers: the current backlog, so the demo shows open overdue ones


class Proc(NamedTuple):
    """What the dossier generator needs to know about a procedure."""

    id: str
    code: str
    field: str
    days: int
    online_p: float
    boundary_free: bool
    supplement_p: float
    payment_p: float
    late_p: float


# (local time, action, from status, to status, due date after the event, actor, note)
Event = tuple[datetime, str, int | None, int, date | None, str, str]
Staff = tuple[str, str]  # (officer id, the handle recorded as actor)


class OfficeClock:
    """Working days and office-hour times on the real calendar, memoised."""

    def __init__(self, cal: WorkingCalendar, rng: random.Random) -> None:
        self._cal = cal
        self._rng = rng
        self._working: dict[date, bool] = {}
        self._add: dict[tuple[date, int], date] = {}
        self._due: dict[tuple[date, bool, int], date] = {}
        self._midnight: dict[date, datetime] = {}

    def working(self, d: date) -> bool:
        hit = self._working.get(d)
        if hit is None:
            hit = self._working[d] = self._cal.is_working_day(d)
        return hit

    def add(self, d: date, n: int) -> date:
        """The n-th working day after `d` (n = 0: `d` itself if it is a working day, else the next one)."""
        key = (d, n)
        hit = self._add.get(key)
        if hit is None:
            hit = self._add[key] = self._cal.add_working_days(d, n)
        return hit

    def due(self, received: datetime, days: int) -> date:
        # The answer depends only on the day, which side of the same-day cutoff, and the statutory days.
        key = (received.date(), received.time() >= DEFAULT_SAME_DAY_CUTOFF, days)
        hit = self._due.get(key)
        if hit is None:
            hit = self._due[key] = due_date(received, days, self._cal)
        return hit

    # random() scaled by hand rather than randrange/randint: those are pure Python and dominate at a million rows.

    def at(self, day: date, minute: int) -> datetime:
        midnight = self._midnight.get(day)
        if midnight is None:
            midnight = self._midnight[day] = datetime(day.year, day.month, day.day)
        return midnight + timedelta(seconds=minute * 60 + int(self._rng.random() * 60))

    def office_minute(self) -> int:
        m = int(self._rng.random() * _OFFICE_MINUTES)
        return OPEN_AM + m if m < CLOSE_AM - OPEN_AM else OPEN_PM + m - (CLOSE_AM - OPEN_AM)

    def after(self, t: datetime, lo: int, hi: int) -> datetime:
        """An office-hour time at least `lo`–`hi` minutes after `t` (the next opening if that falls outside)."""
        r = self._rng.random
        c = t + timedelta(minutes=lo + int(r() * (hi - lo + 1)))
        d = c.date()
        m = c.hour * 60 + c.minute
        if self.working(d):
            if OPEN_AM <= m < CLOSE_AM or OPEN_PM <= m < CLOSE_PM:
                return c
            if m < OPEN_AM:
                return self.at(d, OPEN_AM + int(r() * 60))
            if m < OPEN_PM:
                return self.at(d, OPEN_PM + int(r() * 60))
        return self.at(self.add(d, 1), OPEN_AM + int(r() * 90))

    def on(self, day: date, after: datetime) -> datetime:
        """A random office-hour time on working `day`, but never before `after` (then: just after it)."""
        t = self.at(day, self.office_minute())
        return t if t > after else self.after(after, 5, 90)


class DossierPaths:
    """Plans each dossier's whole path, then keeps what had happened by `now` and makes the rows."""

    def __init__(self, clock: OfficeClock, rng: random.Random, commune_code: str, now: datetime,
                 desk: list[Staff], handlers: dict[str, list[Staff]], stalled_from: date) -> None:
        self.clock = clock
        self.rng = rng
        self.commune_code = commune_code
        self.now = now
        self.today = now.date()
        self.desk = desk
        self.handlers = handlers
        self.stalled_from = stalled_from

    def plan(self, proc: Proc, channel: str, filed: datetime, desk: str, handler: str) -> list[Event]:
        """The whole path from filing to result, as if nothing stopped it at `now`."""
        rng, clock = self.rng, self.clock
        ev: list[Event] = []
        if channel == "online" and rng.random() < PENDING_P:
            # As services.dossiers does: no due date until accepted, then received at the acceptance.
            ev.append((filed, REGISTER, None, lc.Status.REGISTERED, None, PORTAL, ""))
            t = clock.after(filed, 5, 120)
            if rng.random() < REFUSE_ONLINE_P:
                return [*ev, (t, lc.REFUSE, 1, 3, None, desk, rng.choice(REFUSE_NOTES))]
            due = clock.due(t, proc.days)
            ev.append((t, lc.ACCEPT, 1, 2, due, desk, ""))
        else:
            t = filed
            due = clock.due(t, proc.days)
            ev.append((t, REGISTER, None, lc.Status.RECEIVED, due, PORTAL if channel == "online" else desk, ""))
        status, clock_day, received = 2, t.date(), t
        if proc.days > 0:
            t = clock.after(t, 5, 240)
            ev.append((t, lc.START, 2, 4, due, handler, ""))
            status = 4
            if rng.random() < proc.supplement_p:
                t = clock.on(clock.add(t.date(), rng.randint(0, min(2, proc.days - 1))), t)
                ev.append((t, lc.REQUEST_SUPPLEMENT, 4, 5, due, handler, rng.choice(SUPPLEMENT_NOTES)))
                if rng.random() < 0.06:
                    return [*ev, (clock.after(t, 60 * 24, 60 * 24 * 20), lc.WITHDRAW, 5, 7, due, desk, WITHDRAW_NOTE)]
                wait = 1 + int(rng.expovariate(1 / 9))
                if wait > 60:  # never came back: processing stops after the time given to supplement
                    stop = clock.on(clock.add(t.date() + timedelta(days=60), 0), t)
                    return [*ev, (stop, lc.STOP, 5, 8, due, handler, STOP_NOTE)]
                t = clock.on(clock.add(t.date() + timedelta(days=wait), 0), t)
                due = clock.due(t, proc.days)  # a complete supplement restarts the statutory time
                clock_day = t.date()
                ev.append((t, lc.SUPPLEMENT_RECEIVED, 5, 4, due, desk, ""))
            if rng.random() < proc.payment_p:
                t = clock.after(t, 60, 60 * 24)
                ev.append((t, lc.REQUEST_PAYMENT, 4, 6, due, handler, "Thông báo nộp lệ phí, thuế theo quy định"))
                t = clock.after(t, 60 * 20, 60 * 24 * 3)
                ev.append((t, lc.PAYMENT_RECEIVED, 6, 4, due, desk, ""))
            r = rng.random()
            if r < WITHDRAW_P:
                return [*ev, (clock.after(t, 60, 60 * 24 * 3), lc.WITHDRAW, 4, 7, due, desk, WITHDRAW_NOTE)]
            if r < WITHDRAW_P + STOP_P:
                return [*ev, (clock.after(t, 60 * 24, 60 * 24 * 5), lc.STOP, 4, 8, due, handler,
                              "Dừng xử lý theo đề nghị của cơ quan chuyên môn")]
        t = self._finish_time(proc, t, due, clock_day, received)
        ev.append((t, lc.FINISH, status, 9, due, handler, ""))
        if rng.random() < NEVER_COLLECTED_P:
            return ev
        if proc.days == 0 and channel != "online" and rng.random() < 0.7:
            t = clock.after(t, 2, 30)  # the citizen waits at the counter for a same-day result
        else:
            t = clock.after(t, 10, 60 * 24 * 4)
        ev.append((t, lc.RETURN, 9, 10, due, desk, ""))
        return ev

    def _finish_time(self, proc: Proc, t: datetime, due: date, clock_day: date, received: datetime) -> datetime:
        rng, clock = self.rng, self.clock
        if proc.days > 0 and received.date() >= self.stalled_from and rng.random() < STALLED_P:
            return clock.on(clock.add(due, rng.randint(10, 40)), t)
        if rng.random() < proc.late_p:
            # Most late dossiers slip by a few days; a tail waits weeks on another agency.
            delay = rng.randint(1, 5) if rng.random() < 0.8 else rng.randint(6, 25)
            return clock.on(clock.add(due, delay), t)
        if proc.days == 0:
            # Within the day: done before the desk closes on the appointment day, mostly within a couple of hours.
            room = (datetime(due.year, due.month, due.day) - t) // timedelta(minutes=1) + CLOSE_PM - 1
            return clock.after(t, 10, max(10, min(150, room)))
        if rng.random() < ON_THE_DAY_P:
            return clock.on(due, t)
        return clock.on(clock.add(clock_day, rng.randint(proc.days // 3, proc.days - 1)), t)

    def build(self, dossier: Row, proc: Proc, channel: str, filed: datetime) -> list[Row]:
        """Fill `dossier`'s lifecycle columns and return its event rows (only what had happened by `now`)."""
        rng = self.rng
        desk = self.desk[int(rng.random() * len(self.desk))][1]
        handlers = self.handlers[proc.field]
        handler_id, handler = handlers[int(rng.random() * len(handlers))]
        events = [e for e in self.plan(proc, channel, filed, desk, handler) if e[0] < self.now]
        did = dossier["id"]
        cc = self.commune_code
        rows: list[Row] = []
        finished = returned = closed = paused = None
        received = filed
        due: date | None = None
        for at, action, from_status, to_status, ev_due, actor, note in events:
            u = at - LOCAL_OFFSET
            rows.append({"id": new_id(), "commune_code": cc, "created_at": u, "updated_at": u, "updated_by": actor,
                         "hlc": hlc_fast(u), "server_version": None, "deleted_at": None, "dossier_id": did, "at": u,
                         "action": action, "from_status": from_status, "to_status": int(to_status),
                         "due_date": ev_due, "actor": actor, "note": note})
            due = ev_due or due
            if action == lc.FINISH:
                finished = at
            elif action == lc.RETURN:
                returned = at
            elif action in (lc.REFUSE, lc.WITHDRAW, lc.STOP):
                closed = at
            elif action == lc.ACCEPT:
                received = at
            paused = at if action == lc.REQUEST_SUPPLEMENT else None
        last = events[-1]
        status = int(last[3])
        result = outcome(finished.date(), due).value if finished and due else None
        # Open and past its date with the clock running (a supplement request stops it): an apology slip is due.
        overdue = status in lc.OPEN_STATUSES and status != lc.Status.AWAITING_SUPPLEMENT and due is not None \
            and due < self.today
        late = result == "late" or overdue
        first_utc, last_utc = rows[0]["at"], rows[-1]["at"]
        dossier.update(
            created_at=first_utc, updated_at=last_utc, updated_by=last[5], hlc=rows[-1]["hlc"],
            received_at=received - LOCAL_OFFSET, due_date=due, status=status,
            handler_id=handler_id if any(e[5] == handler for e in events) else None,
            finished_at=finished and finished - LOCAL_OFFSET, returned_at=returned and returned - LOCAL_OFFSET,
            closed_at=closed and closed - LOCAL_OFFSET, paused_at=paused and paused - LOCAL_OFFSET, outcome=result,
            late_reason=rng.choice(LATE_REASONS) if late else "",
        )
        dossier["settled_at"] = dossier["finished_at"] or dossier["closed_at"]
        return rows
