"""A registration's calendar is the commune's overrides as stored at that moment: one declared through the service,
one written by another path (a sync pull writes the table directly) and one removed all count from the next
registration on, though calls that read the same overrides share one calendar."""

from __future__ import annotations

from datetime import date, datetime

from desktop.services.calendar import DAY_OFF, WORKING_DAY, add_override, remove_override, working_calendar
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store.database import Database

RECEIVED = datetime(2026, 11, 20, 9, 30)  # a Friday morning; 15 working days


def _due(ctx: ServiceContext, name: str) -> date | None:
    return register_dossier(ctx, DossierInput("1.009994", name, "direct", received_at=RECEIVED)).due_date


def test_each_change_of_the_overrides_reaches_the_next_registration(ctx: ServiceContext, db: Database) -> None:
    plain = _due(ctx, "Nguyễn Văn Một")
    assert plain == date(2026, 12, 14)  # 24 Nov (Culture Day) is a holiday

    monday_off = add_override(ctx, date(2026, 11, 23), DAY_OFF)
    assert _due(ctx, "Nguyễn Văn Hai") == date(2026, 12, 15)  # one working day fewer: the due date moves on one

    with db.engine.begin() as conn:  # as a pull stores a make-up Saturday declared on another PC
        conn.exec_driver_sql("UPDATE holiday_overrides SET day = '2026-11-28', kind = ? WHERE id = ?",
                             (WORKING_DAY, monday_off.id))
    assert _due(ctx, "Nguyễn Văn Ba") == date(2026, 12, 11)  # the Saturday worked brings it one day nearer

    remove_override(ctx, monday_off.id)
    assert _due(ctx, "Nguyễn Văn Bốn") == plain


def test_reads_of_the_same_overrides_share_one_calendar(ctx: ServiceContext, db: Database) -> None:
    with db.session() as s:
        first = working_calendar(s)
        assert working_calendar(s) is first
    add_override(ctx, date(2026, 11, 23), DAY_OFF)
    with db.session() as s:
        changed = working_calendar(s)
    assert changed is not first
    assert date(2026, 11, 23) in changed.extra_days_off and not changed.is_working_day(date(2026, 11, 23))
