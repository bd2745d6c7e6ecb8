"""Receipt numbers for a large flush are looked up a chunk of receipt moments per statement, and come out exactly
as the one-lookup-per-moment rule gives them: the lowest free slots of each moment's block, after those stored."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import event, select

from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dossiers import DossierInput, register_dossier
from desktop.store import search_index
from desktop.store.database import Database
from desktop.store.models import Dossier, Procedure


def test_a_flush_of_many_moments_takes_few_lookups_and_the_same_numbers(ctx: ServiceContext, db: Database) -> None:
    first = datetime(2026, 11, 2, 8, 0)  # local, typed to the minute
    stored = [register_dossier(ctx, DossierInput("1.001193", f"Lê Văn {i}", "direct", received_at=first)).code
              for i in range(2)]
    moments = [first + timedelta(minutes=7 * k) for k in range(450)]  # more than one chunk of blocks
    lookups: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "MAX(receipt_seq)" in statement:
            lookups.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with unit_of_work(ctx) as uow:
            proc = uow.session.scalar(select(Procedure).where(Procedure.code == "1.001193"))
            assert proc is not None
            uow.add_many([Dossier(code=f"IMP-{k:04d}-{j}", procedure_id=proc.id, applicant_name=f"Đỗ Thị {k}",
                                  channel="direct", received_at=m - timedelta(hours=7), status=2)
                          for k, m in enumerate(moments) for j in range(2)])
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(lookups) == 2  # 450 moments, 400 a statement
    with db.session() as s:
        seqs = {d.code: d.receipt_seq for d in s.scalars(select(Dossier))}
    block0 = search_index.seq_block(moments[0] - timedelta(hours=7))
    assert sorted(seqs[c] for c in stored) == [block0, block0 + 1]
    assert sorted((seqs["IMP-0000-0"], seqs["IMP-0000-1"])) == [block0 + 2, block0 + 3]  # after those stored
    for k, m in enumerate(moments[1:], start=1):
        block = search_index.seq_block(m - timedelta(hours=7))
        assert sorted((seqs[f"IMP-{k:04d}-0"], seqs[f"IMP-{k:04d}-1"])) == [block, block + 1]
    assert len(set(seqs.values())) == len(seqs)
