"""Villages and residential groups of the commune: households, 4G/5G signal and fixed broadband, and whether a
community digital technology team serves each one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import villages as rules
from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.domain.text import fold
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError
from desktop.services.workbook_checks import choice, clean, count, must, natural_key
from desktop.store.models import DigitalTeam, TeamMember, Village

EDITABLE = ("name", "households", "signal", "broadband", "note")


@dataclass(frozen=True)
class TeamBrief(Record):
    id: str
    decision_number: str
    decision_date: date | None
    members: int


@dataclass(frozen=True)
class VillageInfo(Record):
    id: str
    name: str
    households: int
    signal: str  # none | weak | good (4G/5G)
    signal_label: str
    broadband: bool
    poor_coverage: bool  # weak or no signal, or no fixed broadband
    note: str
    team: TeamBrief | None  # None while no team serves the village


def find_village(session: Session, name: str) -> Village | None:
    """The live village of this name, accents and case optional (“thon 5” finds “Thôn 5”)."""
    wanted = fold(name or "")
    if not wanted:
        return None
    for village in session.scalars(select(Village).where(Village.deleted_at.is_(None))):
        if fold(village.name) == wanted:
            return village
    return None


def load_village(session: Session, name: str) -> Village:
    village = find_village(session, name)
    if village is None:
        raise NotFoundError("village", name)
    return village


def live_team(session: Session, village_id: str) -> DigitalTeam | None:
    return session.scalar(select(DigitalTeam).where(DigitalTeam.village_id == village_id,
                                                    DigitalTeam.deleted_at.is_(None)).limit(1))


def _check(v: dict[str, object]) -> None:
    v["name"] = must(v["name"], "name", Phrase("label.village_name"), 200)  # type: ignore[arg-type]
    v["households"] = count(v["households"], "households")
    v["signal"] = choice(v["signal"], rules.SIGNALS, "signal", Phrase("label.4g_5g_signal"))
    if not isinstance(v["broadband"], bool):
        raise ValidationError("broadband.invalid", field="broadband")
    v["note"] = clean(v["note"], "note", 2000)


def _name_free(session: Session, name: str, own_id: str | None = None) -> None:
    clash = find_village(session, name)
    if clash is not None and clash.id != own_id:
        raise ValidationError("name.duplicate", field="name", clash_name=clash.name)


def _info(v: Village, team: TeamBrief | None) -> VillageInfo:
    return VillageInfo(v.id, v.name, v.households, v.signal, rules.SIGNALS[v.signal][0], v.broadband,
                       rules.poor_coverage(v.signal, v.broadband), v.note, team)


def _brief(session: Session, village_id: str) -> TeamBrief | None:
    team = live_team(session, village_id)
    if team is None:
        return None
    members = session.scalar(select(func.count(TeamMember.id)).where(TeamMember.team_id == team.id,
                                                                     TeamMember.deleted_at.is_(None)))
    return TeamBrief(team.id, team.decision_number, team.decision_date, int(members or 0))


def _briefs(session: Session) -> dict[str, TeamBrief]:
    """Every live team by its village, with its member count, in two queries (not two per village)."""
    members = dict(session.execute(select(TeamMember.team_id, func.count(TeamMember.id))
                                   .where(TeamMember.deleted_at.is_(None)).group_by(TeamMember.team_id)).all())
    return {t.village_id: TeamBrief(t.id, t.decision_number, t.decision_date, int(members.get(t.id, 0)))
            for t in session.scalars(select(DigitalTeam).where(DigitalTeam.deleted_at.is_(None))
                                     .order_by(DigitalTeam.created_at))}


def add_village(ctx: ServiceContext, name: str, *, households: int = 0, signal: str = "good", broadband: bool = True,
                note: str = "") -> VillageInfo:
    v: dict[str, object] = {"name": name, "households": households, "signal": signal, "broadband": broadband,
                            "note": note}
    _check(v)
    with unit_of_work(ctx) as uow:
        _name_free(uow.session, str(v["name"]))
        return _info(uow.add(Village(**v)), None)


def edit_village(ctx: ServiceContext, name: str, /, **changes: object) -> VillageInfo:
    """Change a village's name, households, coverage or note (`name=` renames it)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("field.unknown", field=sorted(unknown)[0])
    with unit_of_work(ctx) as uow:
        village = load_village(uow.session, name)
        v = {k: changes.get(k, getattr(village, k)) for k in EDITABLE}
        _check(v)
        _name_free(uow.session, str(v["name"]), village.id)
        uow.update(village, v)
        return _info(village, _brief(uow.session, village.id))


def remove_village(ctx: ServiceContext, name: str) -> None:
    """Remove a village that no team serves (its outages stay in the history)."""
    with unit_of_work(ctx) as uow:
        village = load_village(uow.session, name)
        if live_team(uow.session, village.id) is not None:
            raise ValidationError("village.has_team#remove_village", field="village")
        uow.soft_delete(village)


def list_villages(ctx: ServiceContext, search: str = "") -> list[VillageInfo]:
    """Villages in natural order (“Thôn 2” before “Thôn 10”), each with its team or None; `search` is
    accent-insensitive."""
    with ctx.db.session() as session:
        q = select(Village).where(Village.deleted_at.is_(None))
        for term in fold(search).split():
            q = q.where(Village.search_text.contains(term, autoescape=True))
        rows = sorted(session.scalars(q), key=lambda v: natural_key(v.name))
        briefs = _briefs(session)
        return [_info(v, briefs.get(v.id)) for v in rows]


def villages_without_team(ctx: ServiceContext) -> list[str]:
    """Names of the villages no team serves, in natural order."""
    return [v.name for v in list_villages(ctx) if v.team is None]
