"""The sync protocol end to end over HTTP against a real server, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
import uuid

import httpx
from server_harness import Harness
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.server import admin
from desktop.server.models import AppliedOp, Change, MergeLoser, SyncedRow


def _equipment(tag: str = "PC-01", **extra: object) -> dict:
    return {"asset_tag": tag, "kind": "computer", "model": "Dell", "location": "Một cửa", "status": "in_use",
            "note": "", **extra}


def _dossier(**extra: object) -> dict:
    return {"code": f"HS-{uuid.uuid4().hex[:6]}", "applicant_name": "Nguyễn Văn Đức", "status": 1, "outcome": None,
            "channel": "direct", "received_at": "2026-11-19T02:00:00", "note": "", "deleted_at": None, **extra}


def _row(srv: Harness, table: str, row_id: str) -> SyncedRow | None:
    with Session(srv.engine) as session:
        return session.get(SyncedRow, (table, row_id))


def _count(srv: Harness, model: type, *where: object) -> int:
    with Session(srv.engine) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_health_and_openapi(srv: Harness) -> None:
    assert httpx.get(f"{srv.url}/health").json()["status"] == "ok"
    paths = httpx.get(f"{srv.url}/openapi.json").json()["paths"]
    assert {"/v1/enrol", "/v1/push", "/v1/pull"} <= set(paths)


def test_enrol_good_reused_and_wrong_code(srv: Harness) -> None:
    commune = srv.commune()
    code = admin.new_enrol_code(srv.engine, commune, srv.clock())
    good = httpx.post(f"{srv.url}/v1/enrol", json={"code": code.lower().replace("-", " "), "label": "Máy một cửa"})
    assert good.status_code == 201 and good.json()["commune_code"] == commune
    again = httpx.post(f"{srv.url}/v1/enrol", json={"code": code})
    assert again.status_code == 409 and again.json()["error"]["code"] == "enrol.code_used"
    wrong = httpx.post(f"{srv.url}/v1/enrol", json={"code": "AAAA-BBBB-CCCC-DDDD"})
    assert wrong.status_code == 401 and wrong.json()["error"]["message_vi"]
    body = good.json()
    assert httpx.get(f"{srv.url}/v1/device", auth=(body["device_id"], "not-the-secret")).status_code == 401
    assert httpx.get(f"{srv.url}/v1/device", auth=(body["device_id"], body["secret"])).status_code == 200


def test_push_applies_and_pull_returns(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune), srv.enrol(commune)
    row_id = str(uuid.uuid4())
    out = srv.push(a, srv.op(a, "equipment", row_id, "insert", _equipment()))
    assert out["results"][0]["status"] == "applied" and out["warnings"] == []
    changes = srv.pull_all(b)
    [change] = [c for c in changes if c["kind"] == "row"]
    assert change["row_id"] == row_id and change["data"]["asset_tag"] == "PC-01"
    assert change["server_version"] == out["results"][0]["server_version"]
    # The cursor moves on: nothing new after the last page.
    cursor = b.client.get("/v1/pull").json()["cursor"]
    assert b.client.get("/v1/pull", params={"cursor": cursor}).json()["changes"] == []


def test_replayed_batch_returns_the_same_results_once(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    ops = [srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment(f"T-{i}")) for i in range(3)]
    first = srv.push(a, *ops)
    second = srv.push(a, *ops)
    assert second["results"] == first["results"]
    assert _count(srv, Change, Change.commune_code == commune) == 3
    assert _count(srv, AppliedOp, AppliedOp.commune_code == commune) == 3


def test_same_op_id_with_other_payload_is_409_and_nothing_applied(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    op = srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment())
    srv.push(a, op)
    fresh = srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment("NEW"))
    tampered = {**op, "payload": {**op["payload"], "location": "Kho"}}
    body = srv.push(a, fresh, tampered, expect=409)
    assert body["error"]["code"] == "op.reused" and body["error"]["message_en"]
    assert _row(srv, "equipment", fresh["row_id"]) is None
    assert _row(srv, "equipment", op["row_id"]).data["location"] == "Một cửa"


def test_the_same_batch_pushed_twice_at_once_applies_once(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    ops = [srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment(f"C-{i}")) for i in range(20)]
    barrier = threading.Barrier(2)
    answers: list[httpx.Response] = []

    def send() -> None:
        with httpx.Client(base_url=srv.url, auth=(a.id, a.secret), timeout=30) as client:
            barrier.wait()
            answers.append(client.post("/v1/push", json={"ops": ops}))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in answers] == [200, 200]
    assert answers[0].json()["results"] == answers[1].json()["results"]
    assert _count(srv, AppliedOp, AppliedOp.commune_code == commune) == 20
    assert _count(srv, Change, Change.commune_code == commune) == 20
    assert max(r["server_version"] for r in answers[0].json()["results"]) == 20


def test_another_commune_can_neither_write_nor_read(srv: Harness) -> None:
    ca, cb = srv.commune(), srv.commune()
    a, b = srv.enrol(ca), srv.enrol(cb)
    row_id = str(uuid.uuid4())
    srv.push(a, srv.op(a, "equipment", row_id, "insert", _equipment()))
    own = srv.op(b, "equipment", str(uuid.uuid4()), "insert", _equipment("B-1"))
    # B edits A's row while claiming it for itself: the stored row's commune decides.
    steal = srv.op(b, "equipment", row_id, "update", {"location": "Xã B"}, changed=["location"], base=1)
    body = srv.push(b, own, steal, expect=403)
    assert body["error"]["code"] == "commune.forbidden"
    assert _row(srv, "equipment", own["row_id"]) is None  # nothing of the batch applied
    assert _row(srv, "equipment", row_id).data["location"] == "Một cửa"
    claim = srv.op(b, "equipment", str(uuid.uuid4()), "insert", _equipment("X"))
    claim["payload"]["commune_code"] = ca
    assert srv.push(b, claim, expect=403)["error"]["code"] == "commune.forbidden"
    assert all(c["row_id"] != row_id for c in srv.pull_all(b))
    assert srv.pull_all(b) == []


def test_equipment_edits_merge_per_field_by_hlc(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune, "A"), srv.enrol(commune, "B")
    row_id = str(uuid.uuid4())
    v1 = srv.push(a, srv.op(a, "equipment", row_id, "insert", _equipment()))["results"][0]["server_version"]
    older, newer = a.hlc(srv.clock, minutes=1), b.hlc(srv.clock, minutes=2)
    # B (newer clock) moves it and marks it broken; A (older clock, arriving later) moves it elsewhere and notes.
    srv.push(b, srv.op(b, "equipment", row_id, "update", {"location": "Kho", "status": "broken"},
                       changed=["location", "status"], base=v1, hlc=newer))
    late = srv.push(a, srv.op(a, "equipment", row_id, "update", {"location": "Phòng họp", "note": "màn hình mới"},
                              changed=["location", "note"], base=v1, hlc=older))
    assert late["results"][0]["status"] == "merged" and late["results"][0]["lost_fields"] == ["location"]
    data = _row(srv, "equipment", row_id).data
    assert (data["location"], data["status"], data["note"]) == ("Kho", "broken", "màn hình mới")
    with Session(srv.engine) as session:
        losers = session.scalars(select(MergeLoser).where(MergeLoser.row_id == row_id).order_by(MergeLoser.id))
        kept = [(x.field, x.lost_value["value"], x.won_hlc) for x in losers if x.field == "location"]
    # Both the value B overwrote and the value A lost are kept for the audit trail.
    assert kept == [("location", "Một cửa", newer), ("location", "Phòng họp", newer)]


def test_overlapping_dossier_status_edits_become_a_conflict_then_a_resolution_closes_it(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune, "A"), srv.enrol(commune, "B")
    row_id = str(uuid.uuid4())
    v1 = srv.push(a, srv.op(a, "dossiers", row_id, "insert", _dossier()))["results"][0]["server_version"]
    srv.push(a, srv.op(a, "dossiers", row_id, "update", {"status": 3, "outcome": "on_time"},
                       changed=["status", "outcome"], base=v1))
    out = srv.push(b, srv.op(b, "dossiers", row_id, "update", {"status": 9, "note": "trả lại"},
                             changed=["status", "note"], base=v1))
    result = out["results"][0]
    assert result["status"] == "conflict" and result["fields"] == ["status"]
    assert _row(srv, "dossiers", row_id).data["status"] == 3  # not silently overwritten
    [conflict] = [c["conflict"] for c in srv.pull_all(a) if c["kind"] == "conflict"]
    assert conflict["state"] == "open" and conflict["server_data"]["status"] == 3
    assert conflict["client_data"]["status"] == 9
    resolve = srv.op(b, "sync_conflicts", conflict["id"], "update",
                     {"state": "resolved", "resolved_data": {"status": 9, "note": "trả lại"}},
                     changed=["state", "resolved_data"])
    assert srv.push(b, resolve)["results"][0]["status"] == "applied"
    assert _row(srv, "dossiers", row_id).data["status"] == 9
    pulled = srv.pull_all(a)
    [closed] = [c["conflict"] for c in pulled if c["kind"] == "conflict"]
    assert closed["state"] == "resolved"
    # The resolved dossier itself comes down too, so every PC gets the chosen values and the new version.
    rows = [c for c in pulled if c["kind"] != "conflict" and c.get("row_id") == row_id]
    assert rows, pulled
    again = srv.op(a, "sync_conflicts", conflict["id"], "update", {"state": "resolved", "resolved_data": {}})
    assert srv.push(a, again)["results"][0]["error"]["code"] == "conflict.already_resolved"


def test_one_device_editing_its_own_new_dossier_never_conflicts(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    row_id = str(uuid.uuid4())
    ins = srv.op(a, "dossiers", row_id, "insert", _dossier())
    upd = srv.op(a, "dossiers", row_id, "update", {"status": 3}, changed=["status"])
    assert [r["status"] for r in srv.push(a, ins, upd)["results"]] == ["applied", "applied"]


def test_delete_versus_edit_is_a_conflict_in_both_orders(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune, "A"), srv.enrol(commune, "B")
    for first_deletes in (True, False):
        row_id = str(uuid.uuid4())
        v1 = srv.push(a, srv.op(a, "dossiers", row_id, "insert", _dossier()))["results"][0]["server_version"]
        delete = srv.op(a if first_deletes else b, "dossiers", row_id, "delete",
                        {"deleted_at": "2026-11-20T03:00:00"}, changed=["deleted_at"], base=v1)
        edit = srv.op(b if first_deletes else a, "dossiers", row_id, "update", {"applicant_name": "Trần Thị Mai"},
                      changed=["applicant_name"], base=v1)
        first, second = (delete, edit) if first_deletes else (edit, delete)
        dev_first, dev_second = (a, b) if first_deletes else (a, b)
        assert srv.push(dev_first, first)["results"][0]["status"] == "applied"
        result = srv.push(dev_second, second)["results"][0]
        assert result["status"] == "conflict"
        assert result["conflict_kind"] == ("edit_delete" if first_deletes else "delete_edit")
        row = _row(srv, "dossiers", row_id)
        assert (row.deleted_at is not None) == first_deletes


def test_clock_hours_ahead_is_accepted_days_ahead_is_clamped_and_flagged(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    row_id = str(uuid.uuid4())
    ahead = a.hlc(srv.clock, hours=5)
    out = srv.push(a, srv.op(a, "equipment", row_id, "insert", _equipment(), hlc=ahead))
    assert out["results"][0]["hlc"] == ahead and out["warnings"] == []
    far = a.hlc(srv.clock, days=3)
    out = srv.push(a, srv.op(a, "equipment", row_id, "update", {"note": "x"}, changed=["note"], hlc=far))
    used = out["results"][0]["hlc"]
    assert used < far and used.startswith(f"{srv.clock.ms():015d}")
    assert [w["code"] for w in out["warnings"]] == ["clock.far_future"]
    assert out["warnings"][0]["message_vi"]
    assert [d.clock_warning for d in admin.list_devices(srv.engine, commune)] == [True]
    assert a.client.get("/v1/pull").json()["warnings"][0]["code"] == "clock.far_future"


def test_revoked_device_is_refused(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    admin.revoke(srv.engine, a.id, srv.clock())
    resp = a.client.post("/v1/push", json={"ops": [srv.op(a, "equipment", str(uuid.uuid4()), "insert", {})]})
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "device.revoked"
    assert a.client.get("/v1/pull").status_code == 403


def test_unknown_schema_or_table_is_rejected_per_op(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    newer = srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment(), schema="9999")
    odd = srv.op(a, "local_state", "x", "insert", {"value": 1})
    results = srv.push(a, newer, odd)["results"]
    assert results[0]["error"]["code"] == "schema.unsupported" and results[0]["retry"] is True
    assert results[1]["error"]["code"] == "table.unknown" and results[1]["retry"] is False
    assert _count(srv, AppliedOp, AppliedOp.op_id == newer["op_id"]) == 0  # may go through after an update


def test_malformed_batch_is_422_with_both_languages(srv: Harness) -> None:
    a = srv.enrol(srv.commune())
    bad = srv.op(a, "equipment", str(uuid.uuid4()), "insert", {})
    bad["hlc"] = "yesterday"
    body = srv.push(a, bad, expect=422)
    assert body["error"]["code"] == "request.invalid" and "hlc" in body["error"]["message_en"]


def test_published_catalogue_reaches_every_commune(srv: Harness) -> None:
    commune = srv.commune()
    a = srv.enrol(commune)
    catalogue = {"snapshot": "2026-12", "fields": [{"code": "HT", "name": "Hộ tịch"}],
                 "procedures": [{"code": "1.001193", "name": "Đăng ký khai sinh", "field": "HT",
                                 "statutory_days": 0}]}
    admin.publish_catalogue(srv.engine, catalogue, srv.clock())
    later = srv.commune()  # added after publishing: still gets it
    b = srv.enrol(later)
    for dev in (a, b):
        [item] = [c for c in srv.pull_all(dev) if c["kind"] == "catalogue"]
        assert item["catalogue"]["snapshot"] == "2026-12"
        assert item["catalogue"]["data"]["procedures"][0]["code"] == "1.001193"
