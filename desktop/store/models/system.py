"""Holiday overrides, the audit log, the sync outbox and this PC's own local state."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, SyncedBase, new_id, utcnow


class HolidayOverride(SyncedBase):
    __tablename__ = "holiday_overrides"

    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # day_off | working_day
    note: Mapped[str] = mapped_column(String(300), default="")


class AuditEntry(Base):
    """Append-only: who did what, when, old → new."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_table_row", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    commune_code: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    changes: Mapped[dict] = mapped_column(JSON, default=dict)


class OutboxOp(Base):
    """One operation waiting to reach the province server, written in the same transaction as the edit."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_state", "state", "op_id"),)

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))  # insert | update | delete
    base_server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    changed_fields: Mapped[list] = mapped_column(JSON, default=list)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    hlc: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[str] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending | sent | failed
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")


class LocalState(Base):
    """Key/value facts about this PC: device id and slot, the hybrid logical clock, the commune."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
