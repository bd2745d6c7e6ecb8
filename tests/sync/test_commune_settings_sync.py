"""The commune's settings travel: Decision 766 targets set on one PC and office hours set on another meet on both
through a real server, so every PC counts the rates and the online dossiers' due dates alike."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from server_harness import Harness
from sync_support import enrolled_pc, new_commune

from desktop.domain.deadlines import OfficeHours
from desktop.services import desk_rules, index766


def test_two_pcs_share_the_targets_and_the_office_hours(srv: Harness, tmp_path: Path) -> None:
    commune = new_commune(srv)
    a, b = (enrolled_pc(srv, tmp_path / f"pc{i}", commune, slot=i) for i in (1, 2))
    try:
        index766.set_targets(a.ctx, {"digitisation_rate": 85, "e_result_rate": 0.7})
        desk_rules.set_office_hours(b.ctx, time(7, 0), time(16, 30))  # the same row, another column, meanwhile
        for pc in (a, b, a):
            pc.sync(srv)
        for pc in (a, b):
            targets = index766.targets(pc.ctx)
            assert (targets["digitisation_rate"], targets["e_result_rate"], targets["online_rate"]) == (0.85, 0.7, 0.8)
            assert desk_rules.get_office_hours(pc.ctx) == OfficeHours(time(7, 0), time(16, 30))
        index766.set_targets(b.ctx, {"online_rate": 0.9})  # B goes on from what A set: A's targets are kept
        for pc in (b, a):
            pc.sync(srv)
        assert index766.targets(a.ctx) == index766.targets(b.ctx)
        assert index766.targets(a.ctx)["digitisation_rate"] == 0.85 and index766.targets(a.ctx)["online_rate"] == 0.9
    finally:
        a.db.close()
        b.db.close()
