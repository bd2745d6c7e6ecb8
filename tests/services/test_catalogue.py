"""Who may change the procedure catalogue: it sets everyone's due dates, so leaders and administrators only."""

from __future__ import annotations

import pytest

from desktop.services import catalogue
from desktop.services.context import ServiceContext
from desktop.services.errors import PermissionDenied


def test_only_leaders_and_admins_change_the_catalogue(ctx: ServiceContext) -> None:
    officer = ServiceContext(ctx.db, actor="tam", role="officer", clock=ctx.clock)
    with pytest.raises(PermissionDenied):
        catalogue.add_procedure(officer, "2.000001", "Chứng thực chữ ký", "Chứng thực", 0)
    with pytest.raises(PermissionDenied):
        catalogue.edit_procedure(officer, "1.001193", statutory_days=3)
    with pytest.raises(PermissionDenied):
        catalogue.remove_procedure(officer, "1.001193")
    assert [p.statutory_days for p in catalogue.list_procedures(officer) if p.code == "1.001193"] == [0]
    leader = ServiceContext(ctx.db, actor="lanhdao", role="leader", clock=ctx.clock)
    assert catalogue.edit_procedure(leader, "1.001193", statutory_days=3).statutory_days == 3
