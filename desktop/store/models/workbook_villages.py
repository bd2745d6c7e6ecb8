"""Villages and residential groups, their community digital technology teams (members, sessions) and the network
outages each village suffered."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class Village(SyncedBase):
    __tablename__ = "villages"

    name: Mapped[str] = mapped_column(String(200))
    households: Mapped[int] = mapped_column(Integer, default=0)
    signal: Mapped[str] = mapped_column(String(8), default="good")  # 4G/5G: none | weak | good
    broadband: Mapped[bool] = mapped_column(Boolean, default=True)  # fixed broadband reaches the village
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class DigitalTeam(SyncedBase):
    """A community digital technology team, set up by the commune chairperson's decision; one per village."""

    __tablename__ = "digital_teams"

    village_id: Mapped[str] = mapped_column(ForeignKey("villages.id"), index=True)
    decision_number: Mapped[str] = mapped_column(String(64))
    decision_date: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class TeamMember(SyncedBase):
    __tablename__ = "team_members"

    team_id: Mapped[str] = mapped_column(ForeignKey("digital_teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")  # e.g. Tổ trưởng (the village head), Thành viên
    phone: Mapped[str] = mapped_column(String(20), default="")


class TeamSession(SyncedBase):
    """One session where a team helped citizens use online public services."""

    __tablename__ = "team_sessions"

    team_id: Mapped[str] = mapped_column(ForeignKey("digital_teams.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    people_helped: Mapped[int] = mapped_column(Integer, default=0)
    dossiers_assisted: Mapped[int] = mapped_column(Integer, default=0)  # online dossiers filed with the team's help
    topic: Mapped[str] = mapped_column(Text, default="")


class VillageOutage(SyncedBase):
    """A village's loss of mobile signal or broadband (the equipment list keeps the office's own link outages)."""

    __tablename__ = "village_outages"

    village_id: Mapped[str] = mapped_column(ForeignKey("villages.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # UTC; None while it goes on
    cause: Mapped[str] = mapped_column(Text, default="")
