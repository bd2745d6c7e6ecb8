"""The merge rules on plain dicts: last writer by HLC per field, dossier conflicts, clamping far-future clocks."""

from __future__ import annotations

from desktop.domain.hlc import Hlc
from desktop.server.merge import Stamp, clamp_hlc, dossier_conflict, merge_fields

A, B = "aaaaaaaaaaaa", "bbbbbbbbbbbb"


def h(ms: int, node: str = A, counter: int = 0) -> str:
    return Hlc(ms, counter, node).encode()


def test_newer_field_wins_and_both_losers_are_reported() -> None:
    data = {"location": "Kho", "note": ""}
    stamps = {"location": Stamp(h(200, B), 2, "dev-b"), "note": Stamp(h(100), 1, "dev-a")}
    out = merge_fields(data, stamps, {"location": "Phòng họp", "note": "mới"}, h(150))
    assert out.values == {"note": "mới"}
    assert out.lost_fields == ["location"]
    assert [(x.field, x.value, x.incoming) for x in out.losers] == [("location", "Phòng họp", True),
                                                                      ("note", "", False)]


def test_equal_values_are_not_losers() -> None:
    out = merge_fields({"status": "ok"}, {"status": Stamp(h(200), 2, "x")}, {"status": "ok"}, h(100))
    assert out.values == {} and out.losers == []


def test_dossier_overlap_only_on_guarded_fields_changed_by_another_device() -> None:
    data = {"status": 3, "note": "a"}
    stamps = {"status": Stamp(h(200), 5, "dev-a"), "note": Stamp(h(200), 5, "dev-a")}
    assert dossier_conflict(data, stamps, "update", ["status"], {"status": 9}, 4, "dev-b") == ("edit_edit", ["status"])
    assert dossier_conflict(data, stamps, "update", ["note"], {"note": "b"}, 4, "dev-b") is None
    assert dossier_conflict(data, stamps, "update", ["status"], {"status": 9}, 5, "dev-b") is None  # saw v5
    assert dossier_conflict(data, stamps, "update", ["status"], {"status": 9}, 4, "dev-a") is None  # its own edit
    assert dossier_conflict(data, stamps, "update", ["status"], {"status": 3}, 4, "dev-b") is None  # same value


def test_delete_versus_edit() -> None:
    stamps = {"note": Stamp(h(200), 5, "dev-a"), "updated_at": Stamp(h(200), 5, "dev-a")}
    assert dossier_conflict({"note": "x"}, stamps, "delete", ["deleted_at"], {}, 4, "dev-b") == \
        ("delete_edit", ["note"])
    deleted = {"deleted_at": "2026-11-20T03:00:00"}
    stamps = {"deleted_at": Stamp(h(200), 5, "dev-a")}
    assert dossier_conflict(deleted, stamps, "update", ["note"], {"deleted_at": None}, 4, "dev-b") == \
        ("edit_delete", ["deleted_at"])


def test_clamp_keeps_hours_and_pulls_back_days() -> None:
    now = 1_000_000_000_000
    hour, day = 3_600_000, 86_400_000
    assert clamp_hlc(h(now + 5 * hour, counter=3), now, day) == (h(now + 5 * hour, counter=3), 5 * hour, False)
    value, skew, clamped = clamp_hlc(h(now + 3 * day, counter=3), now, day)
    assert (value, skew, clamped) == (h(now, counter=3), 3 * day, True)
