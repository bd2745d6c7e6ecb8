"""Procedure catalogue: fields (lĩnh vực) and administrative procedures with their statutory times."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class Field(SyncedBase):
    __tablename__ = "fields"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Procedure(SyncedBase):
    __tablename__ = "procedures"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    field_id: Mapped[str] = mapped_column(ForeignKey("fields.id"), index=True)
    level: Mapped[str] = mapped_column(String(16), default="commune")
    # Working days in steps of half a day (provinces publish 2.5-day times); 0 means "within the day" (received
    # after 15:00 → next working day). A float holds halves exactly.
    statutory_days: Mapped[float] = mapped_column(Float)
    fee: Mapped[int] = mapped_column(Integer, default=0)  # VND
    online_level: Mapped[str] = mapped_column(String(16), default="partial")  # full | partial | none
    boundary_free: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The clock stops while the citizen pays taxes and fees (DOMAIN.md §2, land procedures); the due date is pushed
    # by the working days it waited.
    pause_for_payment: Mapped[bool] = mapped_column(Boolean, default=False)
    # Working days the desk may extend the time by (certified copies: up to 2 for many pages or copies).
    extension_max_days: Mapped[int] = mapped_column(Integer, default=0)
    # The papers the citizen hands in, one per line (domain.documents reads them): the receipt's documents table.
    documents: Mapped[str] = mapped_column(Text, default="", server_default="")
    search_text: Mapped[str] = mapped_column(String(600), default="")
