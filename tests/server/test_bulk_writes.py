"""A batch's rows written with one statement (server/bulk.py) read back exactly as written, on both databases:
nested JSON with Vietnamese text and nulls, timestamps to the microsecond, and the rows orjson cannot write (an
integer past 64 bits), which go the executemany way."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select

from desktop.server.bulk import insert_many, update_many
from desktop.server.models import APPLIED_OPS, SYNCED_ROWS

AT = datetime(2026, 11, 20, 3, 0, 0, 123456)


def _row(n: int, **data: object) -> dict[str, object]:
    return {"table_name": "equipment", "row_id": f"bulk-{n}", "commune_code": None, "server_version": n,
            "fields": {"note": {"hlc": "x", "v": n, "dev": "d"}}, "data": {"id": f"bulk-{n}", **data},
            "hlc": f"h{n}", "deleted_at": None, "updated_at": AT, "unique_code": None}


def _read(engine: Engine, ids: list[str]) -> dict[str, dict[str, object]]:
    with engine.connect() as conn:
        found = conn.execute(select(SYNCED_ROWS).where(SYNCED_ROWS.c.row_id.in_(ids))).mappings()
        return {r["row_id"]: dict(r) for r in found}


def test_rows_read_back_as_written_and_updates_touch_only_their_rows(engine: Engine) -> None:
    from desktop.server import admin

    admin.add_commune(engine, "BULK01", "Xã Bulk", "01", AT)
    rows = [_row(1, note="Máy in hỏng trục \"kéo\"", tags=["a", None, 3.25], nested={"x": {"y": [True, None]}}),
            _row(2, note=None, big=2**62), _row(3, note="", when="2026-11-20T10:00:00+07:00")]
    for row in rows:
        row["commune_code"] = "BULK01"
    with engine.begin() as conn:
        insert_many(conn, SYNCED_ROWS, rows)
    assert _read(engine, ["bulk-1", "bulk-2", "bulk-3"]) == {r["row_id"]: r for r in rows}
    changed = [{"table_name": "equipment", "row_id": "bulk-1", "data": {"id": "bulk-1", "note": "Đã sửa"},
                "server_version": 10, "deleted_at": "2026-11-21T00:00:00"},
               {"table_name": "equipment", "row_id": "bulk-3", "data": {"id": "bulk-3", "note": "Đổi chỗ"},
                "server_version": 11, "deleted_at": None}]
    with engine.begin() as conn:
        update_many(conn, SYNCED_ROWS, ("table_name", "row_id"), changed)
    after = _read(engine, ["bulk-1", "bulk-2", "bulk-3"])
    assert after["bulk-1"] == {**rows[0], **changed[0]} and after["bulk-3"] == {**rows[2], **changed[1]}
    assert after["bulk-2"] == rows[1]  # not named: untouched


def test_rows_orjson_cannot_write_go_the_plain_way(engine: Engine) -> None:
    ops = [{"op_id": f"{n:032x}", "commune_code": "BULK01", "device_id": "d", "payload_hash": "h",
            "result": {"status": "applied", "n": 2**70 + n}, "applied_at": AT} for n in range(3)]
    with engine.begin() as conn:
        insert_many(conn, APPLIED_OPS, ops)
    with engine.connect() as conn:
        found = conn.execute(select(APPLIED_OPS.c.result, APPLIED_OPS.c.applied_at)
                             .where(APPLIED_OPS.c.op_id.in_([o["op_id"] for o in ops]))
                             .order_by(APPLIED_OPS.c.op_id)).all()
    assert [(r.result["n"], r.applied_at) for r in found] == [(2**70 + n, AT) for n in range(3)]

