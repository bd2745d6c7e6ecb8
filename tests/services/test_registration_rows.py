"""A registration writes what the unit of work's ORM door (`add`, which every other use case takes) writes for the same
dossier and first event: the rows with their defaults, stamps, search text and receipt number, one audit entry and
one outbox operation each, in that order; and the clock it leaves in local_state is the last one it handed out."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from support import FakeClock

from desktop.domain import lifecycle
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store import local_state
from desktop.store.database import Database
from desktop.store.models import Dossier, DossierEvent, Procedure

_RECEIVED = datetime(2026, 11, 20, 9, 30)
# What differs between two rows by design: their ids, their clocks, the dossier's code (and what holds it).
_OWN = {"id", "hlc", "code", "dossier_id", "search_text", "receipt_seq"}


def _stored(db: Database, sql: str, *params: object) -> list[dict[str, object]]:
    """Rows as SQLite holds them (times as the text stored: "09:30:00.000000" and "09:30:00" sort apart; the JSON
    columns are compared parsed, their spacing aside)."""
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql(sql, params)]


def _written(db: Database, row_id: str) -> tuple[dict[str, object], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The row, its audit entries and its outbox operations, ids and clocks left out where they differ by design."""
    [row] = (_stored(db, "SELECT * FROM dossiers WHERE id = ?", row_id)
             or _stored(db, "SELECT * FROM dossier_events WHERE id = ?", row_id))
    audits = [(a["commune_code"], a["at"], a["actor"], a["action"], a["table_name"],
               {k: v for k, v in json.loads(str(a["changes"]))["new"].items() if k not in _OWN})
              for a in _stored(db, "SELECT * FROM audit_log WHERE row_id = ?", row_id)]
    ops = [(o["table_name"], o["op"], o["base_server_version"], json.loads(str(o["changed_fields"])),
            {k: v for k, v in json.loads(str(o["payload"])).items() if k not in _OWN}, o["hlc"] == row["hlc"],
            o["schema_version"], o["attempts"], o["state"], o["created_at"], o["last_error"])
           for o in _stored(db, "SELECT * FROM sync_outbox WHERE row_id = ?", row_id)]
    return row, audits, ops


def _rowids(db: Database, table: str, key: str, ids: list[str]) -> list[str]:
    with db.engine.connect() as conn:
        marks = ", ".join("?" * len(ids))
        return [r[0] for r in conn.exec_driver_sql(f"SELECT {key} FROM {table} WHERE {key} IN ({marks}) ORDER BY rowid",
                                                   tuple(ids))]


def test_a_registration_writes_what_add_writes(ctx: ServiceContext, db: Database, clock: FakeClock) -> None:
    info = register_dossier(ctx, DossierInput("1.009994", "Trần Thị Ba", "direct", received_at=_RECEIVED,
                                              phone="0912 345 678", note="Bản sao"))
    with db.session() as s:
        mine = s.scalars(select(Dossier).where(Dossier.code == info.code)).one()
        mine_event = s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == mine.id)).one()
        d_id, e_id, d_hlc, e_hlc = mine.id, mine_event.id, mine.hlc, mine_event.hlc
        received, seq = mine.received_at, mine.receipt_seq
    with unit_of_work(ctx) as uow:
        proc = uow.session.scalars(select(Procedure).where(Procedure.code == "1.009994")).one()
        d = uow.add(Dossier(code=info.code + "-B", procedure_id=proc.id, received_at=received, due_date=info.due_date,
                            status=int(lifecycle.Status.RECEIVED), note="Bản sao", applicant_name="Trần Thị Ba",
                            applicant_id_number="", applicant_phone="0912345678", applicant_email="",
                            applicant_address="", channel="direct", boundary_free=False, forwarded_to="",
                            received_from="", digitised=False, e_result=False, reused_data=False,
                            paid_online=False, rating=None))
        e = uow.add(DossierEvent(dossier_id=d.id, at=received, action="register", from_status=None,
                                 to_status=int(lifecycle.Status.RECEIVED), due_date=info.due_date,
                                 actor=ctx.actor))
        ref_d, ref_e = d.id, e.id
    for mine_id, ref_id in ((d_id, ref_d), (e_id, ref_e)):
        row, audits, ops = _written(db, mine_id)
        ref_row, ref_audits, ref_ops = _written(db, ref_id)
        assert {k: v for k, v in row.items() if k not in _OWN} == {k: v for k, v in ref_row.items() if k not in _OWN}
        assert (audits, ops) == (ref_audits, ref_ops) and len(audits) == len(ops) == 1
    assert _written(db, d_id)[0]["received_at"] == "2026-11-20 02:30:00.000000"  # as SQLAlchemy writes it
    mine_row = _written(db, d_id)[0]
    assert mine_row["search_text"] == f"{info.code.lower()} tran thi ba 1.009994 cap giay phep xay dung nha o rieng le"
    assert seq is not None and _written(db, ref_d)[0]["receipt_seq"] == seq + 1  # same moment, the next slot
    assert _written(db, e_id)[0]["dossier_id"] == d_id
    # The dossier goes first, then its event, in the table and in the audit and outbox rows (sync pushes by rowid).
    assert _rowids(db, "audit_log", "row_id", [d_id, e_id]) == [d_id, e_id]
    assert _rowids(db, "sync_outbox", "row_id", [d_id, e_id]) == [d_id, e_id]
    assert d_hlc < e_hlc


def test_the_stored_clock_is_the_last_one_handed_out(ctx: ServiceContext, db: Database, clock: FakeClock) -> None:
    hlcs = []
    for name in ("Nguyễn Văn Một", "Nguyễn Văn Hai"):
        code = register_dossier(ctx, DossierInput("1.001193", name, "direct")).code
        with db.session() as s:
            d = s.scalars(select(Dossier).where(Dossier.code == code)).one()
            e = s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id)).one()
            hlcs += [d.hlc, e.hlc]
            assert local_state.get(s, local_state.HLC) == e.hlc
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == 4  # the same instant: the counter moves on
    # Another use case in the same second starts from the stored clock, never below it.
    with unit_of_work(ctx) as uow:
        assert uow.next_hlc() > hlcs[-1]
