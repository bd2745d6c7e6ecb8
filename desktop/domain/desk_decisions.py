"""What the desk decided about a dossier's time and result, worded once for every place that lists it.

The CLI's `dossier show` prints each decision as "vi / en"; the tracking book (form 06) prints the Vietnamese of
those its note column carries. Each decision is a `Phrase` of the message catalogue (`messages/rules.py`), so both
languages come from one entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import lifecycle
from desktop.domain.messages import Phrase, render

PAUSED, PAUSED_DAYS, EXTENDED, APOLOGY, REFUSED, REFUSED_AT_RECEPTION, FORWARDED, RECEIVED_FROM = (
    "paused", "paused_days", "extended", "apology", "refused", "refused_at_reception", "forwarded", "received_from")
_KEYS = {PAUSED: "decision.paused", PAUSED_DAYS: "decision.paused_days", EXTENDED: "decision.extended",
         APOLOGY: "decision.apology", REFUSED: "decision.refused",
         REFUSED_AT_RECEPTION: "decision.refused_at_reception", FORWARDED: "decision.forwarded",
         RECEIVED_FROM: "decision.received_from"}
# The decisions the tracking book's note column shows (a written refusal too: its result column holds only a date,
# which would read as a granted request): the others have their own column (forwarded: the resolver) or never reach
# the book (a refusal at reception is not a received dossier; a pause ends in the due date shown).
IN_BOOK = (EXTENDED, APOLOGY, REFUSED, RECEIVED_FROM)


@dataclass(frozen=True)
class DeskFacts:
    """The dossier fields a decision is read from (a `DossierInfo` or a stored `Dossier` has them all)."""

    status: int
    result: str = ""
    payment_paused_on: date | None = None
    payment_paused_days: int = 0
    extension_days: int = 0
    extension_reason: str = ""
    apology_date: date | None = None
    apology_reason: str = ""
    refusal_reason: str = ""
    forwarded_to: str = ""
    received_from: str = ""

    @classmethod
    def of(cls, record: object) -> DeskFacts:
        """The facts of anything carrying the dossier's field names."""
        return cls(**{name: getattr(record, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Decision:
    kind: str
    phrase: Phrase

    def text(self, lang: str = "vi") -> str:
        return render(self.phrase.key, lang, **self.phrase.params)


def decisions(f: DeskFacts) -> tuple[Decision, ...]:
    """The dossier's decisions in the order the desk takes them: pause, extension, apology, refusal, agencies."""
    found: list[Decision] = []

    def add(kind: str, **params: object) -> None:
        found.append(Decision(kind, Phrase(_KEYS[kind], **params)))

    if f.payment_paused_on:
        add(PAUSED, since=f.payment_paused_on)
    if f.payment_paused_days:
        add(PAUSED_DAYS, days=f.payment_paused_days)
    if f.extension_days:
        add(EXTENDED, days=f.extension_days, reason=f.extension_reason)
    if f.apology_date:
        add(APOLOGY, day=f.apology_date, reason=f.apology_reason)
    if f.result == lifecycle.RESULT_REFUSED:
        add(REFUSED, reason=f.refusal_reason)
    elif f.status == lifecycle.Status.REFUSED:
        add(REFUSED_AT_RECEPTION, reason=f.refusal_reason)
    if f.forwarded_to:
        add(FORWARDED, agency=f.forwarded_to)
    if f.received_from:
        add(RECEIVED_FROM, agency=f.received_from)
    return tuple(found)
