"""Recommendations (kiến nghị) sent up to the province or a ministry: when, to whom, about what, and the answer;
one still unanswered more than 30 days after it was sent is flagged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain import recommendations as rules
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import live_row
from desktop.services.workbook_checks import clean, day, must, not_after
from desktop.store.models import Recommendation


@dataclass(frozen=True)
class RecommendationInfo(Record):
    id: str
    sent_on: date
    number: str
    recipient: str
    subject: str
    answer: str
    answered_on: date | None
    days_waiting: int  # to the answer, or to the day asked about while none has come
    overdue: bool  # no answer more than 30 days after sending


def _info(r: Recommendation, as_of: date) -> RecommendationInfo:
    return RecommendationInfo(r.id, r.sent_on, r.number, r.recipient, r.subject, r.answer, r.answered_on,
                              rules.days_waiting(r.sent_on, r.answered_on, as_of),
                              rules.unanswered_too_long(r.sent_on, r.answered_on, as_of))


def add_recommendation(ctx: ServiceContext, sent_on: date, recipient: str, subject: str, *,
                       number: str = "") -> RecommendationInfo:
    when = day(sent_on, "sent_on")
    not_after(when, ctx.today(), "sent_on")
    row = Recommendation(sent_on=when, recipient=must(recipient, "to", Phrase("label.recipient"), 200),
                         subject=must(subject, "subject", Phrase("label.subject"), 4000),
                         number=clean(number, "number", 64), answer="", answered_on=None)
    with unit_of_work(ctx) as uow:
        return _info(uow.add(row), ctx.today())


def record_answer(ctx: ServiceContext, recommendation_id: str, answer: str, answered_on: date) -> RecommendationInfo:
    """Write the answer that came back (a later answer replaces an earlier one)."""
    text = must(answer, "answer", Phrase("label.answer"), 4000)
    when = day(answered_on, "answered_on")
    not_after(when, ctx.today(), "answered_on")
    with unit_of_work(ctx) as uow:
        r = live_row(uow.session, Recommendation, recommendation_id, "recommendation")
        if when < r.sent_on:  # type: ignore[operator]
            raise ValidationError("answered_on.before_sent", field="answered_on")
        uow.update(r, {"answer": text, "answered_on": when})
        return _info(r, ctx.today())


def remove_recommendation(ctx: ServiceContext, recommendation_id: str) -> None:
    with unit_of_work(ctx) as uow:
        uow.soft_delete(live_row(uow.session, Recommendation, recommendation_id, "recommendation"))


def list_recommendations(ctx: ServiceContext, as_of: date | None = None, search: str = "",
                         overdue_only: bool = False) -> list[RecommendationInfo]:
    """Newest first, each with its waiting days and flag as of `as_of` (today by default)."""
    when = day(as_of, "as_of") if as_of is not None else ctx.today()
    with ctx.db.session() as session:
        q = (select(Recommendation).where(Recommendation.deleted_at.is_(None))
             .order_by(Recommendation.sent_on.desc(), Recommendation.id))
        for term in fold(search).split():
            q = q.where(Recommendation.search_text.contains(term, autoescape=True))
        infos = [_info(r, when) for r in session.scalars(q)]  # type: ignore[arg-type]
    return [r for r in infos if r.overdue or not overdue_only]
