"""What the sync client keeps on this PC only: conflicts shown to a person, id aliases, rows waiting for a parent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, utcnow


class SyncConflict(Base):
    """A dossier edit the server would not merge: both versions kept until a person chooses (ids are the server's)."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # edit_edit | delete_edit | edit_delete
    fields: Mapped[list] = mapped_column(JSON, default=list)
    server_data: Mapped[dict] = mapped_column(JSON, default=dict)
    client_data: Mapped[dict] = mapped_column(JSON, default=dict)
    client_op_id: Mapped[str] = mapped_column(String(36), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    # open | resolving (chosen here, the choice not yet confirmed by the server) | resolved
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    resolution: Mapped[dict | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    server_version: Mapped[int] = mapped_column(Integer, default=0)


class SyncAlias(Base):
    """Another PC's row for the same catalogue entry (same code) as one of ours: references to it mean ours."""

    __tablename__ = "sync_aliases"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    remote_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(36))


class SyncParked(Base):
    """A pulled row whose parent has not arrived yet (the feed orders objects by their latest change)."""

    __tablename__ = "sync_parked"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
