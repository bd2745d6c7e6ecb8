"""The commune this installation serves, and its officers / user accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class Commune(SyncedBase):
    __tablename__ = "communes"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(8))
    province_name: Mapped[str] = mapped_column(String(200))
    # False when the officer typed a unit the official list does not (yet) have.
    official: Mapped[bool] = mapped_column(Boolean, default=True)
    agency_code: Mapped[str] = mapped_column(String(32), default="")
    place_name: Mapped[str] = mapped_column(String(200), default="")
    leader_name: Mapped[str] = mapped_column(String(200), default="")
    leader_title: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    # The one-stop desk as its slips name it (Decree 118/2025); "" prints the default "Trung tâm Phục vụ hành chính
    # công" (reports.forms) so a commune that never set it still heads its slips correctly.
    desk_name: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Officer(SyncedBase):
    __tablename__ = "officers"

    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="officer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    username: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    # Local-only columns: never pushed to the server.
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    search_text: Mapped[str] = mapped_column(String(400), default="")


class CommuneSetting(SyncedBase):
    """One setting of the commune, shared by all its PCs (desktop schema 0015): a Decision 766 target
    ("index766.online_rate" → "0.8"), the office hours ("office.opens" → "07:30"). The row id is derived from the
    commune and the key, so two PCs setting the same thing write one row, merged field by field like any other."""

    __tablename__ = "commune_settings"
    __table_args__ = (UniqueConstraint("commune_code", "key"),)

    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text, default="")
