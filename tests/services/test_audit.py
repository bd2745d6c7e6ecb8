"""Reading the audit log: newest first in local time, filters, record labels, the one-line summary, paging."""

from __future__ import annotations

from datetime import date, datetime

from support import FakeClock

from desktop.services import catalogue, equipment, officers
from desktop.services.audit import AuditQuery, audit_actors, count_audit, list_audit, summarize
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierInput, register_dossier


def _officer_ctx(ctx: ServiceContext, clock: FakeClock) -> ServiceContext:
    info = officers.add_officer(ctx, "Trần Văn Bình", role="officer", username="binh", password="canbo-2026")
    return ServiceContext(ctx.db, actor=info.username or "", role="officer", clock=clock)


def test_newest_first_in_local_time_with_typed_changes(ctx: ServiceContext, clock: FakeClock) -> None:
    clock.advance(hours=1)
    catalogue.add_procedure(ctx, "2.000001", "Chứng thực bản sao từ bản chính", "Chứng thực", 0, fee=2000)
    clock.advance(minutes=5)
    catalogue.edit_procedure(ctx, "2.000001", statutory_days=2, boundary_free=True)

    entries = list_audit(ctx, AuditQuery(kind="catalogue"))
    edit, insert = entries[0], entries[1]
    assert (edit.action, insert.action) == ("update", "insert")
    assert edit.at == datetime(2026, 11, 20, 11, 5)  # 04:05 UTC shown as Hà Nội time
    assert edit.actor == "admin" and edit.kind == "catalogue" and edit.table_name == "procedures"
    assert edit.record == "2.000001 – Chứng thực bản sao từ bản chính"
    assert {c.field: (c.old, c.new) for c in edit.changes} == {"statutory_days": (0, 2),
                                                                "boundary_free": (False, True)}
    assert summarize(edit) == "statutory_days: 0 → 2; boundary_free: False → True"
    assert [type(c.new) for c in edit.changes] == [float, bool]  # typed by the column; shown as typed
    new = {c.field: c.new for c in insert.changes}
    assert new["field_id"] == "Chứng thực"  # a reference is shown as the record it points to
    assert new["fee"] == 2000 and "hlc" not in new and "search_text" not in new and "id" not in new
    # The field created on the way is in the log too, just before the procedure.
    assert entries[2].table_name == "fields" and entries[2].record == "Chứng thực"


def test_local_only_values_never_shown(ctx: ServiceContext, clock: FakeClock) -> None:
    info = officers.add_officer(ctx, "Lê Thị Mai", role="officer", username="mai", password="matkhau-2026")
    clock.advance(minutes=1)
    officers.set_password(ctx, "mai", "matkhau-moi-2026")
    entries = list_audit(ctx, AuditQuery(kind="officers", row_id=info.id))
    assert [e.action for e in entries] == ["set_password", "insert"]
    assert entries[0].changes == () and entries[0].record == "Lê Thị Mai"
    shown = {c.field for e in entries for c in e.changes}
    assert "username" in shown
    assert not shown & {"password_hash", "failed_logins", "locked_until", "search_text"}


def test_filters_by_actor_day_kind_and_search(ctx: ServiceContext, clock: FakeClock) -> None:
    other = _officer_ctx(ctx, clock)
    clock.advance(days=1)  # Saturday 21 November
    equipment.add_equipment(other, "TB-MT-001", "pc", model="Dell OptiPlex 3080")
    register_dossier(other, DossierInput(procedure_code="1.001193", applicant_name="Nguyễn Thị Hường",
                                         channel="direct", id_number="001190012345"))
    everything = count_audit(ctx, AuditQuery())

    assert {e.actor for e in list_audit(ctx, AuditQuery(actor="binh"))} == {"binh"}
    assert all(e.actor_name == "Trần Văn Bình" for e in list_audit(ctx, AuditQuery(actor="binh")))
    on_21 = list_audit(ctx, AuditQuery(date_from=date(2026, 11, 21), date_to=date(2026, 11, 21)))
    assert on_21 and all(e.at.date() == date(2026, 11, 21) for e in on_21)
    assert count_audit(ctx, AuditQuery(date_to=date(2026, 11, 20))) == everything - len(on_21)
    assert {e.kind for e in list_audit(ctx, AuditQuery(kind="equipment"))} == {"equipment"}

    # Accents optional: the applicant's name finds the dossier and its first event.
    found = list_audit(ctx, AuditQuery(search="nguyen thi huong"))
    assert {e.table_name for e in found} == {"dossiers", "dossier_events"}
    assert {e.record for e in found} == {"07090-261121-0001"}  # both named by the dossier's code
    assert [e.record for e in list_audit(ctx, AuditQuery(kind="catalogue", search="dang ky khai sinh"))] == [
        "1.001193 – Đăng ký khai sinh"]
    assert list_audit(ctx, AuditQuery(search="xay dung"))[0].table_name in {"fields", "procedures"}
    device = list_audit(ctx, AuditQuery(kind="equipment"))[0]
    assert [e.id for e in list_audit(ctx, AuditQuery(search=device.row_id[:13]))] == [device.id]
    assert list_audit(ctx, AuditQuery(search="không có bản ghi này")) == []


def test_summary_masks_personal_numbers(ctx: ServiceContext) -> None:
    register_dossier(ctx, DossierInput(procedure_code="1.001193", applicant_name="Phạm Văn Đức", channel="online",
                                       id_number="020093001656", phone="0901234567"))
    insert = list_audit(ctx, AuditQuery(kind="dossiers", search="pham van duc"))[-1]
    assert insert.table_name == "dossiers"
    assert {c.field: c.new for c in insert.changes}["applicant_id_number"] == "020093001656"  # full in details
    line = summarize(insert, value_text=lambda _t, _f, v: str(v), field_label=lambda _t, f: f.upper())
    assert "020093001656" not in line and "0901234567" not in line
    assert "APPLICANT_NAME: Phạm Văn Đức" in line and line.endswith("; …")


def test_paging_and_actors(ctx: ServiceContext, clock: FakeClock) -> None:
    equipment.add_equipment(_officer_ctx(ctx, clock), "TB-MI-001", "printer")
    for i in range(7):
        catalogue.add_procedure(ctx, f"9.{i:06d}", f"Thủ tục thử {i}", "Hộ tịch", i)
    q = AuditQuery(kind="catalogue")
    total = count_audit(ctx, q)
    pages = [list_audit(ctx, q, offset, 4) for offset in range(0, total, 4)]
    ids = [e.id for page in pages for e in page]
    assert len(ids) == len(set(ids)) == total
    assert [e.record for e in pages[0][:2]] == ["9.000006 – Thủ tục thử 6", "9.000005 – Thủ tục thử 5"]
    actors = audit_actors(ctx)
    assert [a.actor for a in actors] == ["binh", "admin"]  # named accounts first, by given name
    assert actors[0].name == "Trần Văn Bình"


def test_numbers_read_as_typed_whole_or_not(ctx: ServiceContext, clock: FakeClock) -> None:
    """Any number, of any float or int column, reads back as typed: 2.5 and 2 days, not 2.50 or 2.0."""
    catalogue.add_procedure(ctx, "1.000002", "Đăng ký khai sinh", "Hộ tịch", 2.5, fee=1250000)
    clock.advance(minutes=1)
    catalogue.edit_procedure(ctx, "1.000002", statutory_days=3, fee=0)
    edit = list_audit(ctx, AuditQuery(kind="catalogue"))[0]
    assert summarize(edit) == "statutory_days: 2.5 → 3; fee: 1250000 → 0"
