"""The due date the dossier form previews is the one registration then gives."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.errors import ValidationError
from desktop.services import dossiers
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, preview_due_date


@pytest.mark.parametrize(("procedure", "received", "expected"), [
    ("1.009994", datetime(2026, 11, 20, 9, 30), date(2026, 12, 14)),  # 15 working days, Tue 24/11 a holiday
    ("1.001193", datetime(2026, 11, 19, 9, 0), date(2026, 11, 19)),  # in the day, before 15:00
    ("1.001193", datetime(2026, 11, 19, 15, 30), date(2026, 11, 20)),  # in the day, after 15:00
    ("1.001193", datetime(2026, 11, 13, 16, 0), date(2026, 11, 16)),  # Friday afternoon: Monday
])
def test_preview_matches_registration(ctx: ServiceContext, procedure: str, received: datetime,
                                      expected: date) -> None:
    assert preview_due_date(ctx, procedure, received) == expected
    info = dossiers.register_dossier(ctx, DossierInput(procedure, "Lê Văn Nam", "direct", received_at=received))
    assert info.due_date == expected


@pytest.mark.parametrize("code", ["9.999", "", "   "])
def test_unknown_or_missing_procedure_names_the_field(ctx: ServiceContext, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        preview_due_date(ctx, code, datetime(2026, 11, 20, 9, 0))
    assert err.value.field == "procedure"
