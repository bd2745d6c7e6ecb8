"""Administrative-procedure dossiers (hồ sơ TTHC) and their append-only event history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, SyncedBase


class Dossier(SyncedBase):
    __tablename__ = "dossiers"
    __table_args__ = (
        Index("ix_dossiers_received_at", "received_at"),
        # With received_at: "received before a period, settled in or after it" is read from the index alone.
        Index("ix_dossiers_settled_at", "settled_at", "received_at"),
        Index("ix_dossiers_status_due", "status", "due_date"),
    )
    # One desk holds one commune: nothing searches by it, so no index (migration 0010 dropped it).
    commune_code: Mapped[str] = mapped_column(String(16))

    code: Mapped[str] = mapped_column(String(64), unique=True)
    procedure_id: Mapped[str] = mapped_column(ForeignKey("procedures.id"), index=True)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_id_number: Mapped[str] = mapped_column(String(16), default="")
    applicant_phone: Mapped[str] = mapped_column(String(32), default="")
    applicant_email: Mapped[str] = mapped_column(String(200), default="")
    applicant_address: Mapped[str] = mapped_column(String(300), default="")
    channel: Mapped[str] = mapped_column(String(16))  # online | direct | postal
    boundary_free: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[int] = mapped_column(Integer)
    handler_id: Mapped[str | None] = mapped_column(ForeignKey("officers.id"), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Refused, withdrawn or stopped: left the desk without a result.
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # When it stopped being "in progress" (finished or closed); indexed so period statistics stay fast.
    settled_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)  # early | on_time | late
    late_reason: Mapped[str] = mapped_column(Text, default="")
    # Awaiting the citizen's taxes and fees since this local day (the clock stands still); cleared on payment, when
    # the working days waited are added to `payment_paused_days` and to the due date.
    payment_paused_on: Mapped[date | None] = mapped_column(Date, default=None)
    payment_paused_days: Mapped[int] = mapped_column(Integer, default=0)
    # A lawful extension moves the due date itself (statistics judge by it).
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    # A late dossier's apology slip (form 04): the citizen's new appointment; the due date stays for statistics.
    apology_date: Mapped[date | None] = mapped_column(Date, default=None)
    apology_reason: Mapped[str] = mapped_column(Text, default="")
    # "" = the request was granted; "refused" = a written refusal to resolve (still a resolved dossier).
    result: Mapped[str] = mapped_column(String(16), default="")
    # Why the desk refused to accept it (form 03) or refused to resolve it.
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    # Boundary-free one-stop (DOMAIN.md §2): received here for another agency and sent on (not counted here), or
    # received elsewhere and sent to us (counted here).
    forwarded_to: Mapped[str] = mapped_column(String(200), default="")
    received_from: Mapped[str] = mapped_column(String(200), default="")
    # Decision 766 marks (migration 0008): what the index counts for each dossier, see domain/index766.py.
    digitised: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    e_result: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reused_data: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    paid_online: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    rating: Mapped[int | None] = mapped_column(Integer, default=None)  # the citizen's 1–5, None when not rated
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Local only, set by store.search_index: receipt-ordered and unique, the dossier's rowid in the FTS index, so
    # a search walks the index newest first and stops after a page instead of sorting every match.
    receipt_seq: Mapped[int | None] = mapped_column(BigInteger, index=True, unique=True, default=None)


class DossierEvent(SyncedBase):
    __tablename__ = "dossier_events"
    # Keyed by its id alone: a rowid table kept every id twice, in the rows and in the primary key's autoindex
    # (196 MB each on a million dossiers). No commune_code index either, as for dossiers.
    __table_args__ = {"sqlite_with_rowid": False}
    commune_code: Mapped[str] = mapped_column(String(16))

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[int | None] = mapped_column(Integer, default=None)
    to_status: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    actor: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class DossierPeriodCount(Base):
    """Local only, kept by triggers (store.month_counts): how many counted dossiers share one key of half-months
    (`YYYY-MM-1` for days 1–14, `YYYY-MM-2` from the 15th; '' for a fact not there), so the 12-period trend reads a
    few thousand tallies instead of a year of dossiers, in calendar months or Decree 09's. Never written by the ORM."""

    __tablename__ = "dossier_period_counts"

    received_half: Mapped[str] = mapped_column(String(9), primary_key=True)
    finished_half: Mapped[str] = mapped_column(String(9), primary_key=True)
    settled_half: Mapped[str] = mapped_column(String(9), primary_key=True)  # finished or closed
    paused_half: Mapped[str] = mapped_column(String(9), primary_key=True)  # waiting for a supplement since
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16), primary_key=True)  # '' when none
    boundary_free: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 or 1 (migration 0016)
    n: Mapped[int] = mapped_column(Integer)
