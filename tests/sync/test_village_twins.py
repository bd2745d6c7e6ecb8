"""One village typed on two PCs before they synced is one village everywhere, at the province too: each PC keeps its
own row and takes the other's as the same thing, and tells the province what its row became, so the province's two
rows of the village agree and a PC that joins later finds the village as the others show it (removed, or edited)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from server_conftest_for_sync import database_url  # noqa: F401 - SQLite and PostgreSQL
from server_harness import Harness
from sqlalchemy import select
from sqlalchemy.orm import Session
from sync_support import Pc, enrolled_pc, new_commune

from desktop.server.models import SyncedRow
from desktop.services import villages


def _province(srv: Harness, commune: str) -> list[tuple[object, object]]:
    """The province's rows of the commune's villages: (households, removed?)."""
    with Session(srv.engine) as s:
        rows = s.scalars(select(SyncedRow).where(SyncedRow.table_name == "villages",
                                                 SyncedRow.commune_code == commune))
        return sorted((r.data.get("households"), r.deleted_at is not None) for r in rows)


def _shown(pc: Pc) -> list[tuple[str, int]]:
    return [(v.name, v.households) for v in villages.list_villages(pc.ctx)]


@pytest.fixture
def twins(srv: Harness, tmp_path: Path) -> Iterator[tuple[str, Pc, Pc]]:
    """PCs A and B of one commune each made Thôn 5 (typed differently) offline, then synced back and forth."""
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        villages.add_village(a.ctx, "Thôn 5", households=60)
        b.clock.advance(minutes=1)  # B's copy is the newer one
        villages.add_village(b.ctx, "thôn  5", households=61)
        a.clock.advance(minutes=2)  # what A does next is newer still
        for pc in (a, b, a, b, a, b):
            pc.sync(srv)
        yield commune, a, b
    finally:
        a.db.close()
        b.db.close()


def test_a_village_one_pc_removed_is_gone_at_the_province_and_on_a_new_pc(srv: Harness, tmp_path: Path,
                                                                          twins: tuple[str, Pc, Pc]) -> None:
    commune, a, b = twins
    assert _shown(a) == _shown(b) == [("thôn  5", 61)]
    assert _province(srv, commune) == [(61, False), (61, False)]
    villages.remove_village(a.ctx, "Thôn 5")
    for pc in (a, b, a, b, a, b):
        pc.sync(srv)
    assert _shown(a) == [] and _shown(b) == []
    assert _province(srv, commune) == [(61, True), (61, True)]  # before: B's copy stayed live at the province
    c = enrolled_pc(srv, tmp_path / "pc3", commune, slot=3)
    try:
        c.sync(srv)
        assert _shown(c) == []  # before: the new PC showed B's copy as a live village
    finally:
        c.db.close()


def test_an_edit_of_one_copy_reaches_the_others_row_at_the_province(srv: Harness, twins: tuple[str, Pc, Pc]) -> None:
    commune, a, b = twins
    villages.edit_village(a.ctx, "thon 5", households=75)
    for pc in (a, b, a, b, a, b):
        pc.sync(srv)
    assert _shown(a) == _shown(b) == [("thôn  5", 75)]
    assert _province(srv, commune) == [(75, False), (75, False)]
    pending = [pc.sync(srv) for pc in (a, b)]  # settled: nothing more goes back and forth
    assert [(r.push.sent, r.pull.rows) for r in pending] == [(0, 0), (0, 0)], pending
