"""Pull pages are written as JSON text from items kept per row version: what a PC gets is always the row's current
version, the same as a page made without any kept items, and the kept items stay bounded."""

from __future__ import annotations

import uuid

from server_harness import Harness
from sqlalchemy.orm import Session

from desktop.server.pages import ItemCache, pull_page


def _equipment(tag: str, note: str = "") -> dict:
    return {"asset_tag": tag, "kind": "computer", "model": "Dell", "location": "Một cửa", "status": "in_use",
            "note": note}


def _by_id(changes: list[dict]) -> dict[str, dict]:
    return {c["row_id"]: c for c in changes}


def test_an_edit_after_a_pull_reaches_every_pc_not_the_kept_item(srv: Harness) -> None:
    commune = srv.commune()
    a, b, c = srv.enrol(commune, "A"), srv.enrol(commune, "B"), srv.enrol(commune, "C")
    ids = [str(uuid.uuid4()) for _ in range(3)]
    srv.push(a, *[srv.op(a, "equipment", i, "insert", _equipment(f"P-{n}")) for n, i in enumerate(ids)])
    first = _by_id(srv.pull_all(b))  # B's pull makes the items; C's reuses them
    assert _by_id(srv.pull_all(c)) == first
    assert first[ids[0]]["data"]["note"] == ""
    srv.push(a, srv.op(a, "equipment", ids[0], "update", {"note": "Hỏng màn hình"}, changed=["note"],
                       base=first[ids[0]]["server_version"]))
    again = _by_id(srv.pull_all(c))
    assert again[ids[0]]["data"]["note"] == "Hỏng màn hình"
    assert again[ids[0]]["server_version"] > first[ids[0]]["server_version"]
    assert again[ids[1]] == first[ids[1]]
    with Session(srv.engine) as session:  # the same page made from the database alone, no kept items
        fresh = pull_page(session, commune, 0, 1000)
    assert _by_id(fresh["changes"]) == again
    assert [x["seq"] for x in srv.pull_all(b)] == [x["seq"] for x in fresh["changes"]]


def test_kept_items_are_bounded_oldest_first() -> None:
    cache = ItemCache(size=3)
    for n in range(5):
        cache.put(("equipment", f"r{n}", 1), f'"n":{n}')
    assert [cache.get(("equipment", f"r{n}", 1)) for n in range(5)] == [None, None, '"n":2', '"n":3', '"n":4']
    assert (cache.hits, cache.misses) == (3, 2)


def test_rows_a_push_wrote_are_pulled_from_the_items_it_made(srv: Harness) -> None:
    commune = srv.commune()
    a, b = srv.enrol(commune, "A"), srv.enrol(commune, "B")
    ids = [str(uuid.uuid4()) for _ in range(4)]
    srv.push(a, *[srv.op(a, "equipment", i, "insert", _equipment(f"Q-{n}")) for n, i in enumerate(ids)])
    srv.push(a, srv.op(a, "equipment", ids[0], "update", {"note": "Thay ổ cứng"}, changed=["note"]),
             srv.op(a, "equipment", ids[1], "delete", {}))
    assert srv.app is not None
    cache: ItemCache = srv.app.state.pulled
    hits, misses = cache.hits, cache.misses
    pulled = _by_id(srv.pull_all(b))
    # Every row came from an item the pushes made after they committed: no row was read to make one.
    assert (cache.hits - hits, cache.misses - misses) == (4, 0)
    with Session(srv.engine) as session:  # and each is what a page made from the database alone says
        fresh = pull_page(session, commune, 0, 1000)
    assert _by_id(fresh["changes"]) == pulled
    assert pulled[ids[0]]["data"]["note"] == "Thay ổ cứng" and pulled[ids[1]]["deleted"] is True


def test_a_first_sync_batch_leaves_its_items_to_be_made_when_pulled(srv: Harness) -> None:
    from desktop.server.push import REMEMBER_UP_TO

    commune = srv.commune()
    a, b = srv.enrol(commune, "A"), srv.enrol(commune, "B")
    ids = [str(uuid.uuid4()) for _ in range(REMEMBER_UP_TO + 1)]
    srv.push(a, *[srv.op(a, "equipment", i, "insert", _equipment(f"R-{n}")) for n, i in enumerate(ids)])
    assert srv.app is not None
    cache: ItemCache = srv.app.state.pulled
    hits, misses = cache.hits, cache.misses
    assert len(_by_id(srv.pull_all(b))) == len(ids)
    assert (cache.hits - hits, cache.misses - misses) == (0, len(ids))
