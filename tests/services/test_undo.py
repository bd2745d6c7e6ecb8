"""Undo a dossier's last step (its own values back, its event gone, within the time limit, by its author or an
administrator) and restore a deleted record."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from desktop.domain.errors import DomainError
from desktop.services import catalogue, dossiers, undo
from desktop.services.dossiers import DossierInput


def test_undo_puts_the_step_back_and_only_the_last(ctx, clock) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, DossierInput("1.009994", "Nguyễn Văn Đức", "direct",
                                                       received_at=datetime(2026, 11, 16, 9)))
    before = dossiers.get_dossier(ctx, info.code)
    dossiers.change_status(ctx, info.code, "finish")  # meant for another dossier
    finished = dossiers.get_dossier(ctx, info.code)
    assert finished.dossier.status != before.dossier.status and finished.dossier.outcome
    back = undo.undo_last_step(ctx, info.code)
    again = dossiers.get_dossier(ctx, info.code)
    assert (back.status, back.outcome, again.dossier.due_date) == (before.dossier.status, None, before.dossier.due_date)
    assert len(again.events) == len(before.events)  # the step's event is gone from the history
    with pytest.raises(DomainError) as nothing:  # the registration is not a step to take back
        undo.undo_last_step(ctx, info.code)
    assert nothing.value.code == "undo.nothing"


def test_undo_is_refused_after_the_time_limit_and_for_someone_elses_step(ctx, clock) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, DossierInput("1.009994", "Trần Thị Lan", "direct",
                                                       received_at=datetime(2026, 11, 16, 9)))
    dossiers.change_status(ctx, info.code, "finish")
    other = replace(ctx, actor="canbo", role="officer")
    with pytest.raises(DomainError) as denied:
        undo.undo_last_step(other, info.code)
    assert denied.value.code == "permission.denied"
    clock.advance(minutes=undo.UNDO_MINUTES, seconds=1)
    with pytest.raises(DomainError) as late:
        undo.undo_last_step(ctx, info.code)
    assert late.value.code == "undo.too_late"


def test_restore_a_deleted_procedure(ctx) -> None:  # noqa: ANN001
    proc = next(p for p in catalogue.list_procedures(ctx) if p.code == "1.009994")
    catalogue.remove_procedure(ctx, "1.009994")
    assert "1.009994" not in {p.code for p in catalogue.list_procedures(ctx, include_inactive=True)}
    with pytest.raises(DomainError):
        undo.restore_deleted(replace(ctx, role="officer"), "procedures", proc.id)
    undo.restore_deleted(ctx, "procedures", proc.id)
    assert "1.009994" in {p.code for p in catalogue.list_procedures(ctx, include_inactive=True)}
    with pytest.raises(DomainError) as twice:
        undo.restore_deleted(ctx, "procedures", proc.id)
    assert twice.value.code == "restore.not_deleted"
