"""Ids scoped to the commune (issue 11 #6), through a real server on SQLite and PostgreSQL: a procedure the province
publishes to every commune is a row of each commune's own, so communes A and B both edit procedure 9.999999 and both
edits are taken; and an edit of a procedure that two PCs of one commune made each on their own (one row aliased to
the other by its code) reaches the other PC's copy."""

from __future__ import annotations

from server_conftest_for_sync import database_url  # noqa: F401 - this module runs on both server backends
from server_harness import Harness
from sqlalchemy import select
from sync_support import enrolled_pc, new_commune

from desktop.server import admin
from desktop.server.models import SyncedRow
from desktop.services import catalogue
from desktop.services.sync_status import sync_status
from desktop.store.models import Procedure

CATALOGUE = {"snapshot": "2026-12", "fields": [{"code": "KHCN", "name": "Khoa học và công nghệ"}],
             "procedures": [{"code": "9.999999", "name": "Thủ tục thử", "field": "KHCN", "level": "commune",
                             "statutory_days": 5, "fee": 0, "online_level": "partial", "boundary_free": False}]}


def _fee(pc, code: str) -> int:  # noqa: ANN001
    with pc.db.session() as s:
        proc = s.scalar(select(Procedure).where(Procedure.code == code))
        assert proc is not None
        return proc.fee


def test_two_communes_both_edit_a_published_procedure(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    ca, cb = new_commune(srv), new_commune(srv)
    a, a2, b = (enrolled_pc(srv, tmp_path / name, commune, slot=slot)
                for name, commune, slot in (("a", ca, 1), ("a2", ca, 2), ("b", cb, 1)))
    pcs = [a, a2, b]
    try:
        admin.publish_catalogue(srv.engine, CATALOGUE, srv.clock())
        for pc in pcs:
            pc.sync(srv)
        catalogue.edit_procedure(a.ctx, "9.999999", fee=10_000)
        catalogue.edit_procedure(b.ctx, "9.999999", fee=20_000)
        reports = {name: pc.sync(srv) for name, pc in (("a", a), ("b", b))}
        for name, pc in (("a", a), ("b", b)):
            assert reports[name].push.rejected == 0 == sync_status(pc.ctx).rejected, name
            assert reports[name].push.applied >= 1
        a2.sync(srv)
        assert (_fee(a, "9.999999"), _fee(a2, "9.999999"), _fee(b, "9.999999")) == (10_000, 10_000, 20_000)
        with srv.engine.connect() as conn:
            held = conn.execute(select(SyncedRow.commune_code, SyncedRow.data).where(
                SyncedRow.table_name == "procedures")).all()
        fees = {commune: data["fee"] for commune, data in held if data.get("code") == "9.999999"}
        assert fees == {ca: 10_000, cb: 20_000}
    finally:
        for pc in pcs:
            pc.db.close()


def test_an_edit_reaches_the_other_pcs_aliased_copy(srv: Harness, tmp_path) -> None:  # noqa: ANN001
    commune = new_commune(srv)
    # Each PC made procedure 1.009994 itself (sync_support adds it at setup): two rows, one code.
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        for pc in (a, b, a, b):
            pc.sync(srv)
        catalogue.edit_procedure(a.ctx, "1.009994", fee=50_000, statutory_days=12)
        a.sync(srv)
        b.sync(srv)
        assert _fee(b, "1.009994") == 50_000
        assert catalogue.list_procedures(b.ctx, "1.009994")[0].statutory_days == 12
        catalogue.edit_procedure(b.ctx, "1.009994", fee=60_000)  # and back the other way
        b.sync(srv)
        a.sync(srv)
        assert _fee(a, "1.009994") == 60_000
        assert sync_status(a.ctx).rejected == sync_status(b.ctx).rejected == 0
    finally:
        a.db.close()
        b.db.close()
