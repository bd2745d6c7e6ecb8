"""Request bodies of the sync protocol, validated before anything touches the database (see PROTOCOL.md)."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from desktop.domain.hlc import Hlc

MAX_BATCH = 500
_HLC = re.compile(r"^\d{15}-\d{5}-[A-Za-z0-9]{1,32}$")


class EnrolIn(BaseModel):
    code: str = Field(min_length=4, max_length=64, description="the one-time code from the province")
    label: str = Field(default="", max_length=200, description="a name for this PC, e.g. “Máy bộ phận một cửa”")


class OpIn(BaseModel):
    """One outbox row of a desktop (desktop.store.models.system.OutboxOp), as it travels."""

    # Extra keys an outbox row also holds (attempts, state, ...) are ignored rather than refused.
    model_config = ConfigDict(extra="ignore")

    op_id: str = Field(pattern=r"^[0-9a-fA-F-]{32,36}$")
    table_name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    row_id: str = Field(pattern=r"^[0-9A-Za-z._:-]{1,36}$")
    op: Literal["insert", "update", "delete"]
    base_server_version: int | None = Field(default=None, ge=0)
    changed_fields: list[str] = Field(default_factory=list, max_length=200)
    payload: dict[str, Any] = Field(default_factory=dict)
    hlc: str
    schema_version: str = Field(min_length=1, max_length=32)

    @field_validator("hlc")
    @classmethod
    def _hlc_shape(cls, value: str) -> str:
        if not _HLC.match(value):
            raise ValueError("hlc must look like 000001763607600000-00000-node")
        Hlc.decode(value)
        return value

    def content_hash(self) -> str:
        """What makes two ops with one id "the same": everything the client said, in a canonical form."""
        body = self.model_dump(exclude={"op_id"})
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()


class PushIn(BaseModel):
    ops: list[OpIn] = Field(max_length=MAX_BATCH)
