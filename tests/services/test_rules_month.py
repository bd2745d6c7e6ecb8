"""A month of dossiers touching every rule of issue 13, registered through the services as an officer would, whose
Biểu 06a figures were worked out by hand (November 2026, judged on 5 December)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from support import FakeClock

from desktop.domain.localtime import to_utc
from desktop.services import catalogue, dossiers
from desktop.services.context import ServiceContext
from desktop.services.dossiers import Decision, DossierInput
from desktop.services.statistics import dossier_stats

LAND, COPY, BIRTH, BUILD = "9.200001", "9.200002", "1.001193", "1.009994"  # 10 days, in the day (+2), 0, 15
d = datetime


def _add(ctx: ServiceContext, proc: str, received: datetime, channel: str = "direct",
         steps: tuple[tuple, ...] = (), **extra: object) -> dossiers.DossierInfo:
    info = dossiers.register_dossier(ctx, DossierInput(proc, "Hoàng Thị Mai", channel, received_at=received,
                                                       **extra))  # type: ignore[arg-type]
    for action, at, *decision in steps:
        info = dossiers.change_status(ctx, info.code, action, at=at, decision=decision[0] if decision else Decision())
    return info


@pytest.fixture
def november(ctx: ServiceContext, clock: FakeClock) -> dict[str, dossiers.DossierInfo]:
    catalogue.add_procedure(ctx, LAND, "Đăng ký biến động quyền sử dụng đất", "Đất đai", 10)
    catalogue.add_procedure(ctx, COPY, "Chứng thực bản sao từ bản chính", "Chứng thực", 0)
    clock.now = to_utc(d(2026, 12, 5, 10, 0))
    return {
        # Paid 19/11 after a pause from 5/11: ten working days added, due 16/11 → 01/12; finished 27/11: early.
        "A": _add(ctx, LAND, d(2026, 11, 2, 9), steps=(("start", d(2026, 11, 2, 10)),
                  ("request-payment", d(2026, 11, 5, 9)), ("payment-received", d(2026, 11, 19, 9)),
                  ("finish", d(2026, 11, 27, 9)))),
        # Due 17/11, awaiting payment since 16/11: its clock stopped in time → within.
        "B": _add(ctx, LAND, d(2026, 11, 3, 9), steps=(("start", d(2026, 11, 3, 10)),
                  ("request-payment", d(2026, 11, 16, 9)))),
        # Due 16/11, payment asked only on 18/11: already late when the clock stopped → overdue.
        "C": _add(ctx, LAND, d(2026, 11, 2, 9), steps=(("start", d(2026, 11, 2, 10)),
                  ("request-payment", d(2026, 11, 18, 9)))),
        # A certified copy due 20/11, extended by 2 days (23/11, and 25/11 past Culture Day) → finished on time.
        "D": _add(ctx, COPY, d(2026, 11, 20, 9), steps=(
                  ("extend", d(2026, 11, 20, 10), Decision("Bản sao 120 trang", days=2)),
                  ("finish", d(2026, 11, 25, 16)))),
        # Due 23/11, apology on 24/11 with a new date 27/11, finished then: late against 23/11 all the same.
        "E": _add(ctx, BUILD, d(2026, 11, 2, 9), steps=(("start", d(2026, 11, 2, 10)),
                  ("apologise", d(2026, 11, 24, 9), Decision("Chờ ý kiến Sở Xây dựng", new_date=date(2026, 11, 27))),
                  ("finish", d(2026, 11, 27, 10)))),
        # Refused at the reception check: never received, not counted.
        "F": _add(ctx, BUILD, d(2026, 11, 14, 10), "online", pending=True,
                  steps=(("refuse", d(2026, 11, 16, 9), Decision("Thiếu bản vẽ thiết kế")),)),
        # Filed Sunday evening, accepted Monday 8:00, refused in writing the same morning: resolved on time.
        "G": _add(ctx, BIRTH, d(2026, 11, 15, 20), "online", pending=True,
                  steps=(("accept", d(2026, 11, 16, 8)),
                         ("finish", d(2026, 11, 16, 9), Decision("Không thuộc thẩm quyền", result="refused")))),
        # Received here for another commune and sent on: counted where it is resolved, not here.
        "H": _add(ctx, BIRTH, d(2026, 11, 10, 9), forwarded_to="UBND xã Quảng La"),
        # Received by another desk for us, by post, due 01/12: ours, open, within.
        "I": _add(ctx, BUILD, d(2026, 11, 9, 9), "postal", received_from="UBND phường Hạ Long"),
        # Filed online on Saturday: counted from Monday 23/11 07:30, in the day → due 23/11, finished then.
        "J": _add(ctx, BIRTH, d(2026, 11, 21, 10), "online", steps=(("finish", d(2026, 11, 23, 14)),)),
    }


def test_each_dossier_keeps_what_the_slips_print(ctx: ServiceContext, november: dict) -> None:
    a = dossiers.get_dossier(ctx, november["A"].code)
    assert (a.dossier.due_date, a.dossier.payment_paused_days, a.dossier.outcome) == (date(2026, 12, 1), 10, "early")
    assert [(p.requested_on, p.paid_on, p.working_days) for p in a.pauses] == \
        [(date(2026, 11, 5), date(2026, 11, 19), 10)]
    assert [e.due_date for e in a.events if e.action == "payment-received"] == [date(2026, 12, 1)]
    assert november["B"].payment_paused_on == date(2026, 11, 16) and november["B"].timeliness == "within"
    assert november["C"].timeliness == "overdue"
    assert (november["D"].due_date, november["D"].extension_days, november["D"].extension_reason) == \
        (date(2026, 11, 25), 2, "Bản sao 120 trang")
    e = november["E"]
    assert (e.due_date, e.apology_date, e.outcome, e.late_reason) == \
        (date(2026, 11, 23), date(2026, 11, 27), "late", "Chờ ý kiến Sở Xây dựng")
    assert (november["F"].status, november["F"].refusal_reason) == (3, "Thiếu bản vẽ thiết kế")
    assert (november["G"].result, november["G"].outcome, november["G"].due_date) == \
        ("refused", "on_time", date(2026, 11, 16))
    assert november["H"].forwarded_to == "UBND xã Quảng La" and november["H"].boundary_free
    assert november["I"].received_from == "UBND phường Hạ Long" and november["I"].due_date == date(2026, 12, 1)
    assert november["J"].due_date == date(2026, 11, 23) and november["J"].outcome == "on_time"


def test_the_month_s_06a_figures_add_up_by_hand(ctx: ServiceContext, november: dict) -> None:
    t = dossier_stats(ctx, date(2026, 11, 1), date(2026, 11, 30)).total
    # Received: A B C D E I direct or postal, G J online; F (refused at reception) and H (forwarded) are not ours.
    assert (t.received_total, t.received_online, t.received_direct_postal, t.carried_over) == (8, 2, 6, 0)
    assert (t.received_postal, t.received_online_full, t.received_boundary_free) == (1, 2, 1)
    # Resolved: A early; D (extended), G (refused in writing), J on time; E late despite its apology.
    assert (t.resolved_total, t.resolved_early, t.resolved_on_time, t.resolved_late) == (5, 1, 3, 1)
    # In progress at the end: B (paused in time) and I within; C (paused when already late) overdue.
    assert (t.in_progress_total, t.in_progress_within, t.in_progress_overdue) == (3, 2, 1)
    assert t.closed_without_result == 0
    assert (t.form_early, t.form_on_time, t.form_late, t.form_within, t.form_overdue) == (1, 3, 1, 2, 1)
