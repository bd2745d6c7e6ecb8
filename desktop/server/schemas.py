"""Request bodies of the sync protocol, validated before anything touches the database (see PROTOCOL.md)."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from desktop.protocol.errors import ProtocolError
from desktop.protocol.ops import MAX_CHANGED, MAX_OPS
from desktop.protocol.values import check_hlc

MAX_BATCH = MAX_OPS


class EnrolIn(BaseModel):
    code: str = Field(min_length=4, max_length=64, description="the one-time code from the province")
    label: str = Field(default="", max_length=200, description="a name for this PC, e.g. “Máy bộ phận một cửa”")
    slot: int | None = Field(default=None, ge=1, le=9,
                             description="the PC's number in its commune chosen at setup; kept when free")


class OpIn(BaseModel):
    """One outbox row of a desktop (desktop.store.models.system.OutboxOp), as it travels."""

    # Extra keys an outbox row also holds (attempts, state, ...) are ignored rather than refused.
    model_config = ConfigDict(extra="ignore")

    op_id: str = Field(pattern=r"^[0-9a-fA-F-]{32,36}$")
    table_name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    row_id: str = Field(pattern=r"^[0-9A-Za-z._:-]{1,36}$")
    op: Literal["insert", "update", "delete"]
    base_server_version: int | None = Field(default=None, ge=0, le=2**63 - 1)
    changed_fields: list[str] = Field(default_factory=list, max_length=MAX_CHANGED)
    # Checked against the table's columns by desktop.protocol before anything is applied (422 with the field).
    payload: dict[str, Any] = Field(default_factory=dict)
    hlc: str = Field(max_length=64)
    schema_version: str = Field(pattern=r"^[0-9A-Za-z_.-]{1,32}$")

    @field_validator("hlc")
    @classmethod
    def _hlc_shape(cls, value: str) -> str:
        try:
            return check_hlc(value)
        except ProtocolError:
            raise ValueError("hlc must look like 001763607600000-00000-node (ASCII digits, a node of 1-16 "
                             "letters or digits)") from None

    def content_hash(self) -> str:
        """What makes two ops with one id "the same": everything the client said, in a canonical form."""
        body = self.model_dump(exclude={"op_id"})
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()


class PushIn(BaseModel):
    ops: list[OpIn] = Field(max_length=MAX_BATCH)
