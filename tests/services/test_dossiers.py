"""Dossier use cases: registration, edits, lifecycle, field-named errors and atomic audit/outbox writes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from support import table_count

from desktop.domain.errors import TransitionError, ValidationError
from desktop.services import context as context_module
from desktop.services import dossiers
from desktop.services.dossier_queries import DossierQuery, count_dossiers, list_dossiers
from desktop.services.dossiers import DossierInput


def _input(**overrides: object) -> DossierInput:
    values = {"procedure_code": "1.009994", "applicant_name": "Nguyễn Văn Đức", "channel": "direct",
              "id_number": "022093001656", "received_at": datetime(2026, 11, 20, 9, 30)}
    values.update(overrides)
    return DossierInput(**values)  # type: ignore[arg-type]


def test_register_gives_code_due_date_and_history(ctx) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, _input())
    assert info.code == "07090-261120-0001"
    # 15 working days after Fri 20/11/2026, skipping Tue 24/11 (Vietnam Culture Day) and weekends.
    assert info.due_date == date(2026, 12, 14)
    assert info.status == 2 and info.timeliness == "within"
    assert info.id_number_masked == "022******656"
    second = dossiers.register_dossier(ctx, _input(applicant_name="Trần Thị Lan"))
    assert second.code == "07090-261120-0002"
    detail = dossiers.get_dossier(ctx, info.code)
    assert [e.action for e in detail.events] == ["register"]
    assert detail.applicant_id_number == "022093001656"


def test_same_day_procedure_after_three_pm_is_due_next_working_day(ctx) -> None:  # noqa: ANN001
    late = dossiers.register_dossier(ctx, _input(procedure_code="1.001193", received_at=datetime(2026, 11, 19, 15, 30)))
    early = dossiers.register_dossier(ctx, _input(procedure_code="1.001193", received_at=datetime(2026, 11, 19, 9, 0)))
    assert early.due_date == date(2026, 11, 19)
    assert late.due_date == date(2026, 11, 20)


@pytest.mark.parametrize(("overrides", "field"), [
    ({"applicant_name": "   "}, "applicant_name"),
    ({"id_number": "123"}, "id_number"),
    ({"id_number": "999093001656"}, "id_number"),
    ({"channel": "fax"}, "channel"),
    ({"phone": "12ab"}, "phone"),
    ({"procedure_code": "9.999"}, "procedure"),
    ({"received_at": datetime(2026, 11, 21, 9, 0)}, "received_at"),
    ({"code": "not-a-code"}, "code"),
])
def test_bad_input_names_the_field_and_writes_nothing(ctx, overrides, field) -> None:  # noqa: ANN001
    before = {t: table_count(ctx.db, t) for t in ("dossiers", "audit_log", "sync_outbox")}
    with pytest.raises(ValidationError) as err:
        dossiers.register_dossier(ctx, _input(**overrides))
    assert err.value.field == field
    assert err.value.message_vi and err.value.message_en
    assert {t: table_count(ctx.db, t) for t in before} == before


def test_duplicate_official_code_refused(ctx) -> None:  # noqa: ANN001
    dossiers.register_dossier(ctx, _input(code="000.00.22.H45-261120-0007"))
    with pytest.raises(ValidationError) as err:
        dossiers.register_dossier(ctx, _input(code="000.00.22.H45-261120-0007"))
    assert err.value.field == "code"


def test_every_change_writes_audit_and_outbox_in_the_same_transaction(ctx) -> None:  # noqa: ANN001
    before_audit, before_outbox = table_count(ctx.db, "audit_log"), table_count(ctx.db, "sync_outbox")
    info = dossiers.register_dossier(ctx, _input())
    # the dossier and its first event: two rows, two audit entries, two outbox operations
    assert table_count(ctx.db, "audit_log") == before_audit + 2
    assert table_count(ctx.db, "sync_outbox") == before_outbox + 2
    dossiers.change_status(ctx, info.code, "start", at=datetime(2026, 11, 20, 10, 0))
    with ctx.db.engine.connect() as conn:
        op = conn.exec_driver_sql("SELECT op, changed_fields, payload, schema_version FROM sync_outbox "
                                  "WHERE table_name='dossiers' ORDER BY created_at DESC, op_id DESC LIMIT 1").one()
    assert op[0] == "update" and "status" in op[1] and '"status": 4' in op[2] and op[3]


def test_failure_midway_leaves_no_partial_rows(ctx, monkeypatch) -> None:  # noqa: ANN001
    calls = {"n": 0}
    real = context_module.schema_version

    def failing_call() -> str:
        calls["n"] += 1
        if calls["n"] == 1:  # after the dossier and event rows are written, while their outbox rows are made
            raise RuntimeError("disk unplugged")
        return real()

    monkeypatch.setattr(context_module, "schema_version", failing_call)
    before = {t: table_count(ctx.db, t) for t in ("dossiers", "dossier_events", "audit_log", "sync_outbox")}
    with pytest.raises(RuntimeError):
        dossiers.register_dossier(ctx, _input())
    assert calls["n"] == 1
    assert {t: table_count(ctx.db, t) for t in before} == before


def test_lifecycle_with_supplement_restart_and_late_finish(ctx, clock) -> None:  # noqa: ANN001
    clock.now = datetime(2027, 1, 30, 3, 0)
    info = dossiers.register_dossier(ctx, _input(received_at=datetime(2026, 11, 20, 9, 30)))
    code = info.code
    dossiers.change_status(ctx, code, "start", at=datetime(2026, 11, 20, 14, 0))
    paused = dossiers.change_status(ctx, code, "request-supplement", at=datetime(2026, 11, 25, 9, 0))
    assert paused.status == 5 and paused.timeliness is None  # the clock is stopped
    resumed = dossiers.change_status(ctx, code, "supplement-received", at=datetime(2026, 12, 1, 9, 0))
    # the full 15 working days start again from 1/12/2026
    assert resumed.due_date == date(2026, 12, 22)
    finished = dossiers.change_status(ctx, code, "finish", at=datetime(2026, 12, 23, 9, 0),
                                      late_reason="Chờ xác minh nguồn gốc đất")
    assert finished.outcome == "late" and finished.late_reason == "Chờ xác minh nguồn gốc đất"
    returned = dossiers.change_status(ctx, code, "return", at=datetime(2026, 12, 24, 9, 0))
    assert returned.status == 10 and returned.allowed_actions == ()
    with pytest.raises(TransitionError):
        dossiers.change_status(ctx, code, "start")
    history = [e.action for e in dossiers.get_dossier(ctx, code).events]
    assert history == ["register", "start", "request-supplement", "supplement-received", "finish", "return"]


def test_step_before_previous_step_is_refused(ctx) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, _input())
    with pytest.raises(ValidationError) as err:
        dossiers.change_status(ctx, info.code, "start", at=datetime(2026, 11, 19, 9, 0))
    assert err.value.field == "at"


def test_finish_on_due_date_is_on_time_and_early_before(ctx, clock) -> None:  # noqa: ANN001
    clock.now = datetime(2026, 12, 31, 3, 0)
    a = dossiers.register_dossier(ctx, _input())
    b = dossiers.register_dossier(ctx, _input(applicant_name="Lê Văn Bình"))
    assert dossiers.change_status(ctx, a.code, "finish", at=datetime(2026, 12, 14, 16, 0)).outcome == "on_time"
    assert dossiers.change_status(ctx, b.code, "finish", at=datetime(2026, 12, 1, 9, 0)).outcome == "early"


def test_search_is_accent_insensitive_and_soft_delete_hides(ctx) -> None:  # noqa: ANN001
    a = dossiers.register_dossier(ctx, _input())
    dossiers.register_dossier(ctx, _input(applicant_name="Trần Thị Lan", procedure_code="1.001193"))
    assert [d.code for d in list_dossiers(ctx, DossierQuery(search="nguyen van duc"))] == [a.code]
    assert [d.code for d in list_dossiers(ctx, DossierQuery(search="ĐỨC"))] == [a.code]
    assert count_dossiers(ctx, DossierQuery(search="khai sinh")) == 1
    assert count_dossiers(ctx, DossierQuery(search="0001")) == 1  # a fragment of the code
    assert count_dossiers(ctx, DossierQuery(search="lan tran")) == 1  # words in any order
    assert count_dossiers(ctx, DossierQuery(search="xyz")) == 0
    dossiers.remove_dossier(ctx, a.code)
    assert count_dossiers(ctx, DossierQuery(search="duc")) == 0
    assert table_count(ctx.db, "dossiers") == 2  # soft: the row stays, marked deleted


def test_edit_changes_applicant_and_recomputes_due_date(ctx) -> None:  # noqa: ANN001
    info = dossiers.register_dossier(ctx, _input())
    edited = dossiers.edit_dossier(ctx, info.code, _input(applicant_name="Nguyễn Văn Đức Anh",
                                                          procedure_code="1.001193"))
    assert edited.applicant_name == "Nguyễn Văn Đức Anh"
    assert edited.due_date == date(2026, 11, 20)
    assert count_dossiers(ctx, DossierQuery(search="duc anh")) == 1


def test_filters_overdue_and_due_soon(ctx, clock) -> None:  # noqa: ANN001
    old = dossiers.register_dossier(ctx, _input(procedure_code="1.001193", received_at=datetime(2026, 11, 18, 9, 0)))
    dossiers.register_dossier(ctx, _input(procedure_code="1.001193", received_at=datetime(2026, 11, 20, 9, 0)))
    assert [d.code for d in list_dossiers(ctx, DossierQuery(overdue=True))] == [old.code]
    assert count_dossiers(ctx, DossierQuery(due_by=date(2026, 11, 23))) == 1


def test_short_words_search_as_part_of_a_phrase(ctx) -> None:  # noqa: ANN001
    dossiers.register_dossier(ctx, _input(applicant_name="Lê Văn A"))
    dossiers.register_dossier(ctx, _input(applicant_name="Lê Thị Vân Anh"))
    assert [d.applicant_name for d in list_dossiers(ctx, DossierQuery(search="le van a"))] == ["Lê Văn A"]
    assert count_dossiers(ctx, DossierQuery(search="le")) == 2
