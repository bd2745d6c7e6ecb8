"""A push batch stops growing at its size as sent: compact UTF-8 JSON, the way the HTTP client encodes it."""

from __future__ import annotations

import json

from desktop.store.models import OutboxOp
from desktop.sync.push import fit, wire


def _op(n: int) -> OutboxOp:
    return OutboxOp(op_id=f"00000000-0000-0000-0000-{n:012d}", table_name="equipment", row_id=f"row-{n}",
                    op="insert", base_server_version=None, changed_fields=[],
                    payload={"asset_tag": f"TB-{n}", "location": "Phòng một cửa — tầng hai", "note": "Đã kiểm kê"},
                    hlc="001795143600000-00000-abcdef012345", schema_version="0014")


def _sent_bytes(op: OutboxOp) -> int:
    return len(json.dumps(wire(op), ensure_ascii=False, separators=(",", ":")).encode())


def test_a_batch_is_cut_where_its_utf8_json_passes_the_limit() -> None:
    batch = [(i + 1, _op(i)) for i in range(5)]
    two = _sent_bytes(batch[0][1]) + _sent_bytes(batch[1][1])
    assert len(fit(batch, limit=two)) == 2
    assert len(fit(batch, limit=two - 1)) == 1
    assert fit(batch, limit=1) == batch[:1]  # an op alone too big still goes, alone
    assert fit(batch) == batch
