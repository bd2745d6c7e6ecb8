"""Equipment list: devices, field-named errors, old-device and token flags, events, outages, search."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from support import table_count

from desktop.domain.errors import ValidationError
from desktop.services import equipment
from desktop.services.errors import NotFoundError

TABLES = ("equipment", "equipment_events", "audit_log", "sync_outbox")
NOW_LOCAL = datetime(2026, 11, 20, 10, 0)  # the fixed clock, in Hà Nội


def _counts(ctx) -> dict[str, int]:  # noqa: ANN001
    return {t: table_count(ctx.db, t) for t in TABLES}


def _delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {t: after[t] - before[t] for t in TABLES}


def _printer(ctx, tag: str = "ubnd-mi-01", **kw) -> equipment.EquipmentInfo:  # noqa: ANN001
    values = {"model": "Canon LBP 2900", "location": "Bộ phận một cửa", "acquired_on": date(2019, 3, 1)}
    values.update(kw)
    return equipment.add_equipment(ctx, tag, "printer", **values)


def test_add_equipment_writes_audit_and_outbox_and_flags_old_devices(ctx) -> None:  # noqa: ANN001
    before = _counts(ctx)
    info = _printer(ctx)
    assert _delta(before, _counts(ctx)) == {"equipment": 1, "equipment_events": 0, "audit_log": 1, "sync_outbox": 1}
    assert info.asset_tag == "UBND-MI-01" and info.kind_label == "Máy in" and info.status == "in_use"
    assert info.old and info.age_years is not None and 7.7 < info.age_years < 7.8
    assert info.token_state == "none" and not info.open_outage
    # "Old" means more than five years: 20/11/2021 is exactly five, the day before is more.
    assert not _printer(ctx, "MI-02", acquired_on=date(2021, 11, 20)).old
    assert _printer(ctx, "MI-03", acquired_on=date(2021, 11, 19)).old
    unknown_age = _printer(ctx, "MI-04", acquired_on=None)
    assert unknown_age.age_years is None and not unknown_age.old


@pytest.mark.parametrize(("tag", "kind", "kw", "field"), [
    ("  ", "printer", {}, "asset_tag"),
    ("MÁY IN 1", "printer", {}, "asset_tag"),
    ("MI-09", "toaster", {}, "kind"),
    ("MI-09", "printer", {"status": "lost"}, "status"),
    ("MI-09", "printer", {"acquired_on": date(2026, 11, 21)}, "acquired_on"),
    ("MI-09", "printer", {"certificate_expiry": date(2027, 1, 1)}, "certificate_expiry"),
    ("MI-09", "printer", {"acquired_on": "2020-01-01"}, "acquired_on"),
])
def test_bad_equipment_names_the_field_and_writes_nothing(ctx, tag, kind, kw, field) -> None:  # noqa: ANN001
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        equipment.add_equipment(ctx, tag, kind, **kw)
    assert err.value.field == field and err.value.message_vi and err.value.message_en
    assert _counts(ctx) == before


def test_asset_tag_is_unique_also_after_removal(ctx) -> None:  # noqa: ANN001
    _printer(ctx)
    with pytest.raises(ValidationError) as err:
        _printer(ctx, "UBND-MI-01 ")
    assert err.value.code == "asset_tag.duplicate"
    before = _counts(ctx)
    equipment.remove_equipment(ctx, "ubnd-mi-01")
    assert _delta(before, _counts(ctx)) == {"equipment": 0, "equipment_events": 0, "audit_log": 1, "sync_outbox": 1}
    assert equipment.list_equipment(ctx) == []
    with pytest.raises(ValidationError) as err:
        _printer(ctx)
    assert err.value.field == "asset_tag"
    with pytest.raises(NotFoundError):
        equipment.record_event(ctx, "UBND-MI-01", "maintenance")


def test_signature_token_states(ctx) -> None:  # noqa: ANN001
    expected = {"CKS-1": (date(2027, 6, 1), "valid"), "CKS-2": (date(2027, 2, 18), "expiring"),
                "CKS-3": (date(2026, 11, 19), "expired"), "CKS-4": (None, "none")}
    for tag, (expiry, _state) in expected.items():
        equipment.add_equipment(ctx, tag, "signature_token", assigned_to="Nguyễn Văn An", certificate_expiry=expiry)
    states = {e.asset_tag: e.token_state for e in equipment.list_equipment(ctx, kind="signature_token")}
    assert states == {tag: state for tag, (_expiry, state) in expected.items()}


def test_edit_equipment(ctx) -> None:  # noqa: ANN001
    _printer(ctx)
    before = _counts(ctx)
    equipment.edit_equipment(ctx, "UBND-MI-01", model="Canon LBP 2900")  # unchanged: nothing recorded
    assert _counts(ctx) == before
    info = equipment.edit_equipment(ctx, "UBND-MI-01", location="Phòng Văn hoá - Xã hội", asset_tag="ubnd-mi-10")
    assert info.asset_tag == "UBND-MI-10" and info.location == "Phòng Văn hoá - Xã hội"
    assert _delta(before, _counts(ctx)) == {"equipment": 0, "equipment_events": 0, "audit_log": 1, "sync_outbox": 1}
    before = _counts(ctx)
    for kw, field in (({"status": "broken"}, "status"), ({"kind": "fax"}, "kind"), ({"price": 1}, "price")):
        with pytest.raises(ValidationError) as err:
            equipment.edit_equipment(ctx, "UBND-MI-10", **kw)
        assert err.value.field == field
    assert _counts(ctx) == before


def test_status_changes_build_the_history(ctx) -> None:  # noqa: ANN001
    _printer(ctx)
    before = _counts(ctx)
    ev = equipment.record_event(ctx, "UBND-MI-01", "status_change", to_status="broken", at=datetime(2026, 11, 2, 8),
                                note="Kẹt giấy, không in được")
    assert (ev.from_status, ev.to_status, ev.at, ev.actor) == ("in_use", "broken", datetime(2026, 11, 2, 8), "admin")
    # The event and the equipment's new status: two audit rows and two outbox rows, one transaction.
    assert _delta(before, _counts(ctx)) == {"equipment": 0, "equipment_events": 1, "audit_log": 2, "sync_outbox": 2}
    equipment.record_event(ctx, "UBND-MI-01", "repair", to_status="in_use", at=datetime(2026, 11, 10, 14),
                           cost=350_000, note="Thay trục sấy")
    equipment.record_event(ctx, "UBND-MI-01", "maintenance", at=datetime(2026, 11, 12, 9))
    equipment.record_event(ctx, "UBND-MI-01", "audit_missing")  # records, changes nothing
    history = equipment.equipment_history(ctx, "ubnd-mi-01")
    assert [(h.kind, h.from_status, h.to_status) for h in history] == [
        ("status_change", "in_use", "broken"), ("repair", "broken", "in_use"), ("maintenance", "in_use", None),
        ("audit_missing", "in_use", None)]
    assert history[1].cost == 350_000 and history[-1].at == NOW_LOCAL
    assert equipment.list_equipment(ctx)[0].status == "in_use"


@pytest.mark.parametrize(("kind", "kw", "field"), [
    ("explosion", {}, "kind"),
    ("status_change", {}, "to_status"),
    ("status_change", {"to_status": "in_use"}, "to_status"),
    ("status_change", {"to_status": "lost"}, "to_status"),
    ("maintenance", {"to_status": "broken"}, "to_status"),
    ("maintenance", {"cost": -1}, "cost"),
    ("maintenance", {"cost": 10.5}, "cost"),
    ("maintenance", {"at": datetime(2026, 11, 20, 11, 0)}, "at"),
    ("maintenance", {"at": datetime(2019, 2, 28, 9, 0)}, "at"),
    ("maintenance", {"ended_at": datetime(2026, 11, 20, 9, 0)}, "ended_at"),
    ("outage", {"at": datetime(2026, 11, 20, 9, 0), "ended_at": datetime(2026, 11, 20, 8, 0)}, "ended_at"),
    ("outage", {"at": datetime(2026, 11, 20, 9, 0), "ended_at": datetime(2026, 11, 20, 12, 0)}, "ended_at"),
])
def test_bad_event_names_the_field_and_writes_nothing(ctx, kind, kw, field) -> None:  # noqa: ANN001
    _printer(ctx)
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        equipment.record_event(ctx, "UBND-MI-01", kind, **kw)
    assert err.value.field == field and err.value.message_vi and err.value.message_en
    assert _counts(ctx) == before


def test_status_change_cannot_be_dated_before_the_last_one(ctx) -> None:  # noqa: ANN001
    _printer(ctx)
    equipment.record_event(ctx, "UBND-MI-01", "status_change", to_status="broken", at=datetime(2026, 11, 10, 8))
    with pytest.raises(ValidationError) as err:
        equipment.record_event(ctx, "UBND-MI-01", "status_change", to_status="in_repair", at=datetime(2026, 11, 9, 8))
    assert err.value.field == "at"


def test_outage_open_then_ended(ctx) -> None:  # noqa: ANN001
    equipment.add_equipment(ctx, "DT-VNPT-01", "network_link", model="Cáp quang VNPT 100 Mbps")
    ev = equipment.record_event(ctx, "DT-VNPT-01", "outage", at=datetime(2026, 11, 19, 7, 30), note="Đứt cáp")
    assert ev.ended_at is None
    assert equipment.list_equipment(ctx)[0].open_outage
    before = _counts(ctx)
    with pytest.raises(ValidationError) as err:
        equipment.end_outage(ctx, ev.id, datetime(2026, 11, 19, 7, 0))
    assert err.value.field == "ended_at"
    with pytest.raises(ValidationError) as err:
        equipment.end_outage(ctx, ev.id, datetime(2026, 11, 21, 7, 0))
    assert err.value.field == "ended_at"
    assert _counts(ctx) == before
    ended = equipment.end_outage(ctx, ev.id, datetime(2026, 11, 19, 16, 45))
    assert ended.ended_at == datetime(2026, 11, 19, 16, 45)
    assert _delta(before, _counts(ctx)) == {"equipment": 0, "equipment_events": 0, "audit_log": 1, "sync_outbox": 1}
    assert not equipment.list_equipment(ctx)[0].open_outage
    with pytest.raises(ValidationError) as err:
        equipment.end_outage(ctx, ev.id, datetime(2026, 11, 19, 17, 0))
    assert err.value.code == "ended_at.already"
    closed = equipment.record_event(ctx, "DT-VNPT-01", "outage", at=datetime(2026, 11, 20, 8),
                                    ended_at=datetime(2026, 11, 20, 9, 15))
    assert closed.ended_at == datetime(2026, 11, 20, 9, 15)
    assert [h.ended_at is not None for h in equipment.equipment_history(ctx, "DT-VNPT-01")] == [True, True]
    maintenance = equipment.record_event(ctx, "DT-VNPT-01", "maintenance")
    with pytest.raises(NotFoundError):
        equipment.end_outage(ctx, maintenance.id, NOW_LOCAL)


def test_list_filters_and_accent_insensitive_search(ctx) -> None:  # noqa: ANN001
    _printer(ctx)
    equipment.add_equipment(ctx, "PC-01", "pc", model="Dell Optiplex 3080", assigned_to="Nguyễn Văn Đức",
                            location="Văn phòng")
    equipment.add_equipment(ctx, "RT-01", "router", model="TP-Link Archer", status="spare")
    assert [e.asset_tag for e in equipment.list_equipment(ctx)] == ["PC-01", "RT-01", "UBND-MI-01"]
    assert "UBND-MI-01" in [e.asset_tag for e in equipment.list_equipment(ctx, search="may in")]
    assert [e.asset_tag for e in equipment.list_equipment(ctx, search="canon")] == ["UBND-MI-01"]
    assert [e.asset_tag for e in equipment.list_equipment(ctx, search="nguyen duc")] == ["PC-01"]
    assert [e.asset_tag for e in equipment.list_equipment(ctx, search="mot cua")] == ["UBND-MI-01"]
    assert equipment.list_equipment(ctx, search="may in", kind="router") == []
    assert [e.asset_tag for e in equipment.list_equipment(ctx, status="spare")] == ["RT-01"]
    assert [e.asset_tag for e in equipment.list_equipment(ctx, kind="pc")] == ["PC-01"]
    with pytest.raises(ValidationError) as err:
        equipment.list_equipment(ctx, status="lost")
    assert err.value.field == "status"
