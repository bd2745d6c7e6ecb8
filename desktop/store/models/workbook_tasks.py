"""Plan tasks of the digital-transformation workbook (Resolution 57, Plan 02-KH/BCĐTW, the province's plans)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class PlanTask(SyncedBase):
    # A task code is unique among a commune's live tasks; the service checks it (a database constraint would also
    # hold removed tasks and two PCs' offline copies, which sync must be able to store).
    __tablename__ = "plan_tasks"

    code: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(Text)
    source_document: Mapped[str] = mapped_column(String(200), default="")  # number and name, e.g. 02-KH/BCĐTW
    source_date: Mapped[date | None] = mapped_column(Date, default=None)
    owner: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | done
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    # What proves it done: a sentence, a file path or the number of the document that reported it.
    evidence: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
