"""The province publishes half-day statutory times (DOMAIN.md §2: 2.5 days); anything finer is refused by name."""

from __future__ import annotations

import pytest

from desktop.server import admin
from desktop.server.errors import ServerError


def _catalogue(days: object) -> dict:
    return {"fields": [{"code": "HT", "name": "Hộ tịch"}],
            "procedures": [{"code": "9.600001", "name": "Xác nhận", "field": "HT", "statutory_days": days}]}


@pytest.mark.parametrize("days", [0, 2.5, 3, 0.5, 365])
def test_whole_and_half_days_are_published(days: object) -> None:
    assert admin.check_catalogue(_catalogue(days))["procedures"][0]["statutory_days"] == days


@pytest.mark.parametrize("days", [2.3, -0.5, 365.5, "3", True, None])
def test_other_times_are_refused_naming_the_procedure(days: object) -> None:
    with pytest.raises(ServerError) as caught:
        admin.check_catalogue(_catalogue(days))
    assert "9.600001" in str(caught.value) and "2.5" in str(caught.value)
