"""Who may set the commune's targets and office hours: a leader or an administrator, never a plain officer, whatever
screen or script asks (the Settings tab only greys the fields; the services refuse)."""

from __future__ import annotations

from datetime import time

import pytest

from desktop.services import commune_settings, desk_rules, index766
from desktop.services.context import ServiceContext
from desktop.services.errors import PermissionDenied


def test_an_officer_is_refused_and_nothing_is_written(ctx: ServiceContext) -> None:
    ctx.role = "officer"
    with pytest.raises(PermissionDenied) as refused:
        index766.set_targets(ctx, {"online_rate": 0.5})
    assert refused.value.message("vi") == "Tài khoản của bạn không được phép sửa chỉ tiêu, giờ làm việc của xã."
    with pytest.raises(PermissionDenied):
        desk_rules.set_office_hours(ctx, time(8, 0), time(16, 0))
    with ctx.db.session() as session:
        assert commune_settings.read(session) == {}


def test_a_leader_sets_them(ctx: ServiceContext) -> None:
    ctx.role = "leader"
    assert index766.set_targets(ctx, {"online_rate": 0.5})["online_rate"] == 0.5
    assert desk_rules.set_office_hours(ctx, time(8, 0), time(16, 0)).opens == time(8, 0)
