"""Declarative base, the sync columns every synced row carries, and id/time helpers."""

from __future__ import annotations

from datetime import UTC, datetime

import uuid_utils
from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """UUIDv7: time-ordered, made on the client, never reused."""
    return str(uuid_utils.uuid7())


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncColumns:
    """Columns DESIGN.md asks of every row that travels to the province server."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    commune_code: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    hlc: Mapped[str] = mapped_column(String(40), default="")
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncedBase(SyncColumns, Base):
    """A table that travels: the ORM base plus the sync columns, so code handling any synced row is typed."""

    __abstract__ = True


SYNC_COLUMN_NAMES = ("id", "commune_code", "created_at", "updated_at", "updated_by", "hlc", "server_version",
                     "deleted_at")
