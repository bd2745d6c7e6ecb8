"""The server's duplicate-number check on SQLite and PostgreSQL: a second live dossier of a commune with a code
already held (in an earlier push or earlier in the same batch) is kept and opens one `duplicate_code` conflict; the
same code in another commune, a removed holder, or a renumbering to a free code open none."""

from __future__ import annotations

import uuid

from server_harness import Harness


def _dossier(code: str) -> dict:
    return {"code": code, "applicant_name": "Nguyễn Văn Đức", "status": 2, "channel": "direct",
            "received_at": "2026-11-19T02:00:00", "note": ""}


def _conflicts(srv: Harness, dev) -> list[dict]:  # noqa: ANN001
    return [c["conflict"] for c in srv.pull_all(dev) if c["kind"] == "conflict"]


def test_duplicate_codes_open_one_conflict_each(srv: Harness) -> None:
    commune, other = srv.commune(), srv.commune()
    a, b, c = srv.enrol(commune, "A"), srv.enrol(commune, "B"), srv.enrol(other, "C")
    first, twin, later = (str(uuid.uuid4()) for _ in range(3))
    answer = srv.push(a, srv.op(a, "dossiers", first, "insert", _dossier("07090-261119-0001")),
                      srv.op(a, "dossiers", twin, "insert", _dossier("07090-261119-0001")))["results"]
    assert "conflict_id" not in answer[0] and answer[0]["status"] == "applied"
    assert answer[1]["status"] == "applied" and answer[1]["conflict_kind"] == "duplicate_code"
    again = srv.push(b, srv.op(b, "dossiers", later, "insert", _dossier("07090-261119-0001")))["results"][0]
    assert again["conflict_kind"] == "duplicate_code"
    found = _conflicts(srv, b)
    assert sorted(x["row_id"] for x in found) == sorted([twin, later])
    assert {x["server_data"]["id"] for x in found} <= {first, twin}
    assert all(x["fields"] == ["code"] and x["kind"] == "duplicate_code" for x in found)
    # Another commune may use the same number; a renumbered dossier to a free code opens nothing.
    elsewhere = srv.push(c, srv.op(c, "dossiers", str(uuid.uuid4()), "insert", _dossier("07090-261119-0001")))
    assert "conflict_id" not in elsewhere["results"][0]
    moved = srv.push(b, srv.op(b, "dossiers", later, "update", {"code": "07090-261119-2001"}, changed=["code"],
                               base=again["server_version"]))["results"][0]
    assert moved["status"] == "applied" and "conflict_id" not in moved
    # Once the holder is removed its number is free again.
    srv.push(a, srv.op(a, "dossiers", first, "delete", {"deleted_at": "2026-11-20T01:00:00"}))
    srv.push(a, srv.op(a, "dossiers", twin, "update", {"code": "07090-261119-0009"}, changed=["code"]))
    back = srv.push(a, srv.op(a, "dossiers", twin, "update", {"code": "07090-261119-0001"}, changed=["code"]))
    assert "conflict_id" not in back["results"][0]
