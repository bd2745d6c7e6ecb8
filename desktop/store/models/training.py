"""Training courses for officials and who took part, with hours, results and certificates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import SyncedBase


class TrainingCourse(SyncedBase):
    __tablename__ = "training_courses"

    topic: Mapped[str] = mapped_column(String(300))
    # digital_skills | ai | security | other
    category: Mapped[str] = mapped_column(String(32), default="digital_skills")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    mode: Mapped[str] = mapped_column(String(16), default="in_person")  # in_person | online | blended
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    location: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Participation(SyncedBase):
    __tablename__ = "participations"

    course_id: Mapped[str] = mapped_column(ForeignKey("training_courses.id"), index=True)
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officers.id"), default=None)
    person_name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    hours_attended: Mapped[float] = mapped_column(Float, default=0.0)
    result: Mapped[str] = mapped_column(String(16), default="attended")  # attended | passed | failed | absent
    certificate_no: Mapped[str] = mapped_column(String(64), default="")
    certificate_date: Mapped[date | None] = mapped_column(Date, default=None)
    certificate_expiry: Mapped[date | None] = mapped_column(Date, default=None)
    search_text: Mapped[str] = mapped_column(Text, default="")
