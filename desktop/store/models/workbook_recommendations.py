"""Recommendations (kiến nghị) the commune sends up, and the answers that come back."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class Recommendation(SyncedBase):
    __tablename__ = "recommendations"

    sent_on: Mapped[date] = mapped_column(Date, index=True)
    number: Mapped[str] = mapped_column(String(64), default="")  # the letter's number, when it had one
    recipient: Mapped[str] = mapped_column(String(200))  # e.g. Sở Khoa học và Công nghệ, UBND tỉnh
    subject: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    search_text: Mapped[str] = mapped_column(Text, default="")
