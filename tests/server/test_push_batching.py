"""A pushed batch costs a handful of statements however many ops it holds, and batching changes no answer: an op
sent twice in one batch, or a row inserted and edited in the same batch, come out as when sent one by one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from server_harness import Harness
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desktop.server.models import AppliedOp, Change, SyncedRow

BATCH = 40


@contextmanager
def _statements(srv: Harness) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen.append(statement)

    event.listen(srv.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(srv.engine, "before_cursor_execute", note)


def _equipment(tag: str) -> dict:
    return {"asset_tag": tag, "kind": "computer", "model": "Dell", "location": "Một cửa", "status": "in_use",
            "note": ""}


def test_a_big_batch_costs_a_few_statements(srv: Harness) -> None:
    a = srv.enrol(srv.commune())
    first = [srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment(f"B-{i}")) for i in range(BATCH)]
    with _statements(srv) as inserts:
        out = srv.push(a, *first)
    assert [r["status"] for r in out["results"]] == ["applied"] * BATCH
    edits = [srv.op(a, "equipment", op["row_id"], "update", {"note": "kiểm kê"}, changed=["note"])
             for op in first]
    with _statements(srv) as updates:
        out = srv.push(a, *edits)
    assert [r["status"] for r in out["results"]] == ["applied"] * BATCH
    # One per op would be 40+; the batch's reads, writes, feed and commit stay well under that. (Kept losers of the
    # per-field merge are left out: SQLite inserts them one by one, since each returns its generated key.)
    updates = [s for s in updates if not s.startswith("INSERT INTO merge_losers")]
    assert len(inserts) <= 20 and len(updates) <= 20, "\n".join(s[:70] for s in updates)


def test_an_op_twice_in_one_batch_is_answered_like_a_replay(srv: Harness) -> None:
    a = srv.enrol(srv.commune())
    op = srv.op(a, "equipment", str(uuid.uuid4()), "insert", _equipment("TWICE"))
    results = srv.push(a, op, op)["results"]
    assert results[0] == results[1] and results[0]["status"] == "applied"
    with Session(srv.engine) as session:
        assert session.scalar(select(func.count()).select_from(AppliedOp).where(AppliedOp.op_id == op["op_id"])) == 1


def test_insert_and_edit_of_one_row_in_one_batch(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune), srv.enrol(commune)
    row_id = str(uuid.uuid4())
    made = srv.op(a, "equipment", row_id, "insert", _equipment("SAME"))
    moved = srv.op(a, "equipment", row_id, "update", {"location": "Kho"}, changed=["location"])
    results = srv.push(a, made, moved)["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert results[1]["server_version"] > results[0]["server_version"]
    with Session(srv.engine) as session:
        row = session.get(SyncedRow, ("equipment", row_id))
        assert row is not None and row.data["location"] == "Kho" and row.server_version == results[1]["server_version"]
        feed = session.scalars(select(Change.seq).where(Change.commune_code == commune, Change.row_id == row_id))
        assert list(feed) == [results[1]["server_version"]]  # the object once in the feed, at its newest change
    [change] = [c for c in srv.pull_all(b) if c["row_id"] == row_id]
    assert change["data"]["location"] == "Kho"
