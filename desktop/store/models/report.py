"""The officer's comments on a period report and its sign-off by a leader, one row per report and period."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class ReportSignoff(SyncedBase):
    """A report of one period (`kind` month | quarter | half | year, `period_key` 2026-11 | 2026-Q4 | 2026-H1 |
    2026): the draft comments and document number, then who signed it off and when.

    Signing off closes the period (schema 0006): its bounds, its form II.06a figures as JSON, the document date and
    the printed PDF's SHA-256 are kept, so a reprint shows what was signed whatever changed since."""

    __tablename__ = "report_signoffs"
    # One paper per period and commune: a second PC editing the same month edits the same row.
    __table_args__ = (UniqueConstraint("commune_code", "kind", "period_key"),)

    kind: Mapped[str] = mapped_column(String(16))
    period_key: Mapped[str] = mapped_column(String(16))
    comments: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[str] = mapped_column(String(32), default="")
    state: Mapped[str] = mapped_column(String(16), default="draft")  # draft | signed
    signed_by: Mapped[str] = mapped_column(String(64), default="")  # username
    signed_by_name: Mapped[str] = mapped_column(String(200), default="")  # as printed, kept if the account goes
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # UTC
    period_from: Mapped[date | None] = mapped_column(Date, default=None)
    period_to: Mapped[date | None] = mapped_column(Date, default=None)
    figures: Mapped[str] = mapped_column(Text, default="", server_default="")  # {"rows": [...], "total": {...}}
    document_date: Mapped[date | None] = mapped_column(Date, default=None)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Everything the closed paper printed, to reprint it identically; kept on this PC only (it outgrows a sync op).
    snapshot: Mapped[str] = mapped_column(Text, default="", server_default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
