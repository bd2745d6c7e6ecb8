"""The server's own tables: communes, devices, enrolment codes, the generic row store, change log, ops, conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import ClassVar, cast

import uuid_utils
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Constraint names the migrations rely on; the server's schema is its own, so is this (the desktop's is alike).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """UUIDv7: time-ordered ids for the server's own rows (conflicts, devices, codes)."""
    return str(uuid_utils.uuid7())


def utcnow() -> datetime:
    """Naive UTC, the form every server timestamp is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


class ServerBase(DeclarativeBase):
    # A metadata of its own: the server's schema never mixes with the desktop's.
    metadata = MetaData(naming_convention=NAMING)


class Commune(ServerBase):
    __tablename__ = "communes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(16))
    # The commune's change sequence: pushes lock this row, so sequence order is commit order (no gaps for pulls).
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Device(ServerBase):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    secret_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Set when the device sent clocks far in the future; shown to the province admin and in push responses.
    clock_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    clock_skew_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    # 1–9: the block of daily dossier numbers this PC issues (PROTOCOL.md "Dossier numbers"); unique among the
    # commune's live devices, given at enrolment (or at the first /v1/device of a device enrolled before slots).
    slot: Mapped[int | None] = mapped_column(Integer, default=None)


class EnrolCode(ServerBase):
    __tablename__ = "enrol_codes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    used_by: Mapped[str | None] = mapped_column(String(36), default=None)


class SyncedRow(ServerBase):
    """The province's copy of one synced row of any desktop table, with the clock of each field."""

    __tablename__ = "synced_rows"
    __table_args__ = (Index("ix_synced_rows_commune_table", "commune_code", "table_name"),
                      Index("ix_synced_rows_unique_code", "commune_code", "table_name", "unique_code"))

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.code"))
    server_version: Mapped[int] = mapped_column(BigInteger)
    # {field: {"hlc": str, "v": server_version, "dev": device_id}}: who last set each field, when, at which version.
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    hlc: Mapped[str] = mapped_column(String(40), default="")
    deleted_at: Mapped[str | None] = mapped_column(String(32), default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # A value no two live rows of the commune's table may share (a dossier's code): found by index, not by JSON.
    unique_code: Mapped[str | None] = mapped_column(String(64), default=None)


@dataclass(eq=False)
class PlainRow:
    """A synced row as a pushed batch holds it, outside the ORM: the rows it makes and the stored rows it reads
    (server/stored.py) are written with one statement each at the batch's end. The attributes are SyncedRow's
    columns, in COLUMNS order."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("table_name", "row_id", "commune_code", "server_version", "fields", "data",
                                          "hlc", "deleted_at", "updated_at", "unique_code")

    table_name: str
    row_id: str
    commune_code: str
    server_version: int
    fields: dict
    data: dict
    hlc: str
    deleted_at: str | None
    updated_at: datetime
    unique_code: str | None = field(default=None)


AnyRow = PlainRow


class MergeLoser(ServerBase):
    """A field value that lost a last-writer-wins merge: kept so nothing typed is ever silently gone."""

    __tablename__ = "merge_losers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    commune_code: Mapped[str] = mapped_column(String(16), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[dict] = mapped_column(JSON)  # {"value": ...} so a JSON null survives
    lost_hlc: Mapped[str] = mapped_column(String(40))
    won_hlc: Mapped[str] = mapped_column(String(40))
    op_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Change(ServerBase):
    """The pull feed: one entry per changed object, at the commune sequence of its latest change."""

    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_object", "commune_code", "kind", "table_name", "row_id"),)

    commune_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # row | conflict | catalogue
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))


class AppliedOp(ServerBase):
    """Idempotency: every op id the server took, with a hash of what it said and the result it got."""

    __tablename__ = "applied_ops"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    commune_code: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str] = mapped_column(String(36))
    payload_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict] = mapped_column(JSON)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Conflict(ServerBase):
    """Two versions of a dossier a person must choose between; both are kept until resolved."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_commune_state", "commune_code", "state"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    commune_code: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))  # edit_edit | delete_edit | edit_delete | duplicate_code
    fields: Mapped[list] = mapped_column(JSON, default=list)
    server_data: Mapped[dict] = mapped_column(JSON)
    client_data: Mapped[dict] = mapped_column(JSON)
    client_op_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved
    resolution: Mapped[dict | None] = mapped_column(JSON, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    server_version: Mapped[int] = mapped_column(BigInteger, default=0)


class Catalogue(ServerBase):
    """A published procedure catalogue (the resources/catalogue/procedures.json format), read-only for communes."""

    __tablename__ = "catalogues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    snapshot: Mapped[str] = mapped_column(String(32), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Kept for audit; pulls serve only the newest.
    note: Mapped[str] = mapped_column(Text, default="")


# The busiest tables as plain SQL tables: a push writes and a pull reads them without ORM objects.
SYNCED_ROWS = cast(Table, SyncedRow.__table__)
CHANGES = cast(Table, Change.__table__)
APPLIED_OPS = cast(Table, AppliedOp.__table__)
COMMUNES = cast(Table, Commune.__table__)
DEVICES = cast(Table, Device.__table__)
MERGE_LOSERS = cast(Table, MergeLoser.__table__)
