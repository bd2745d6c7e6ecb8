"""Community digital technology teams (tổ công nghệ số cộng đồng): one per village, set up by the chairperson's
decision; their members, the sessions they hold, and what each team has done in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.messages import Phrase
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.dto import Record
from desktop.services.errors import NotFoundError
from desktop.services.villages import live_team, load_village
from desktop.services.workbook_checks import clean, count, day, must, natural_key, not_after, phone
from desktop.store.models import DigitalTeam, TeamMember, TeamSession, Village


@dataclass(frozen=True)
class MemberInfo(Record):
    id: str
    name: str
    role: str
    phone: str


@dataclass(frozen=True)
class SessionInfo(Record):
    id: str
    village: str
    held_on: date
    place: str
    people_helped: int
    dossiers_assisted: int
    topic: str


@dataclass(frozen=True)
class TeamInfo(Record):
    id: str
    village: str
    decision_number: str
    decision_date: date | None
    note: str
    members: tuple[MemberInfo, ...]
    sessions: int  # in the period asked for (every session when none was)
    people_helped: int
    dossiers_assisted: int


def _team_of(session: Session, village_name: str) -> tuple[Village, DigitalTeam]:
    village = load_village(session, village_name)
    team = live_team(session, village.id)
    if team is None:
        raise ValidationError("village.no_team", field="village", village_name=village.name)
    return village, team


def add_team(ctx: ServiceContext, village: str, decision_number: str, *, decision_date: date | None = None,
             note: str = "") -> TeamInfo:
    number = must(decision_number, "decision", Phrase("label.decision_number"), 64)
    when = day(decision_date, "decision_date", optional=True)
    not_after(when, ctx.today(), "decision_date")
    text = clean(note, "note", 2000)
    with unit_of_work(ctx) as uow:
        v = load_village(uow.session, village)
        if live_team(uow.session, v.id) is not None:
            raise ValidationError("village.has_team", field="village", v_name=v.name)
        team = uow.add(DigitalTeam(village_id=v.id, decision_number=number, decision_date=when, note=text))
        return TeamInfo(team.id, v.name, team.decision_number, team.decision_date, team.note, (), 0, 0, 0)


def dissolve_team(ctx: ServiceContext, village: str) -> None:
    """Remove a village's team (its sessions stay in the history, its members go with it)."""
    with unit_of_work(ctx) as uow:
        _, team = _team_of(uow.session, village)
        for member in uow.session.scalars(select(TeamMember).where(TeamMember.team_id == team.id,
                                                                   TeamMember.deleted_at.is_(None))):
            uow.soft_delete(member)
        uow.soft_delete(team)


def add_member(ctx: ServiceContext, village: str, name: str, *, role: str = "", phone_number: str = "") -> MemberInfo:
    person = must(name, "name", Phrase("label.member_s_name"), 200)
    title = clean(role, "role", 100)
    digits = phone(phone_number)
    with unit_of_work(ctx) as uow:
        _, team = _team_of(uow.session, village)
        m = uow.add(TeamMember(team_id=team.id, name=person, role=title, phone=digits))
        return MemberInfo(m.id, m.name, m.role, m.phone)


def remove_member(ctx: ServiceContext, member_id: str) -> None:
    with unit_of_work(ctx) as uow:
        m = uow.session.get(TeamMember, member_id)
        if m is None or m.deleted_at is not None:
            raise NotFoundError("member", member_id)
        uow.soft_delete(m)


def add_session(ctx: ServiceContext, village: str, held_on: date, *, place: str = "", people_helped: int = 0,
                dossiers_assisted: int = 0, topic: str = "") -> SessionInfo:
    """Log one session of the village's team (on a past or present day, not before the team was set up)."""
    when = day(held_on, "held_on")
    not_after(when, ctx.today(), "held_on")
    where = clean(place, "place", 200)
    helped = count(people_helped, "people_helped")
    assisted = count(dossiers_assisted, "dossiers_assisted")
    about = clean(topic, "topic", 2000)
    with unit_of_work(ctx) as uow:
        v, team = _team_of(uow.session, village)
        if team.decision_date is not None and when < team.decision_date:  # type: ignore[operator]
            raise ValidationError("held_on.before_team", field="held_on")
        s = uow.add(TeamSession(team_id=team.id, held_on=when, place=where, people_helped=helped,
                                dossiers_assisted=assisted, topic=about))
        return SessionInfo(s.id, v.name, s.held_on, s.place, s.people_helped, s.dossiers_assisted, s.topic)


def _sessions(session: Session, start: date | None, end: date | None) -> Select[TeamSession, str]:
    q = (select(TeamSession, Village.name).join(DigitalTeam, TeamSession.team_id == DigitalTeam.id)
         .join(Village, DigitalTeam.village_id == Village.id).where(TeamSession.deleted_at.is_(None)))
    if start is not None:
        q = q.where(TeamSession.held_on >= start)
    if end is not None:
        q = q.where(TeamSession.held_on <= end)
    return q


def list_sessions(ctx: ServiceContext, start: date | None = None, end: date | None = None,
                  village: str = "") -> list[SessionInfo]:
    """Sessions from `start` to `end` (inclusive, either open), newest first; `village` keeps one village's."""
    with ctx.db.session() as session:
        q = _sessions(session, start, end).order_by(TeamSession.held_on.desc(), TeamSession.id)
        if village:
            q = q.where(Village.id == load_village(session, village).id)
        return [SessionInfo(s.id, name, s.held_on, s.place, s.people_helped, s.dossiers_assisted, s.topic)
                for s, name in session.execute(q)]


def list_teams(ctx: ServiceContext, start: date | None = None, end: date | None = None) -> list[TeamInfo]:
    """Every live team in its village's natural order, with members and its totals from `start` to `end`."""
    with ctx.db.session() as session:
        totals: dict[str, list[int]] = {}
        for s, _name in session.execute(_sessions(session, start, end)):
            t = totals.setdefault(s.team_id, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + 1, t[1] + s.people_helped, t[2] + s.dossiers_assisted
        members: dict[str, list[MemberInfo]] = {}
        for m in session.scalars(select(TeamMember).where(TeamMember.deleted_at.is_(None))
                                 .order_by(TeamMember.created_at, TeamMember.id)):
            members.setdefault(m.team_id, []).append(MemberInfo(m.id, m.name, m.role, m.phone))
        rows = session.execute(select(DigitalTeam, Village.name).join(Village, DigitalTeam.village_id == Village.id)
                               .where(DigitalTeam.deleted_at.is_(None), Village.deleted_at.is_(None)))
        teams = [TeamInfo(t.id, name, t.decision_number, t.decision_date, t.note, tuple(members.get(t.id, ())),
                          *totals.get(t.id, [0, 0, 0])) for t, name in rows]
    return sorted(teams, key=lambda t: natural_key(t.village))
