"""The plain records the monthly digital-transformation report (`report dx`) lays out; `services.dx_report_data`
fills them. Nothing here reads a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.periods import Period
from desktop.reports.model import CourseLine, Device, Issuer


@dataclass(frozen=True)
class IndexLine:
    key: str
    label: str
    counted: int
    of: int
    rate: float | None
    target: float
    below: bool


@dataclass(frozen=True)
class TaskLine:
    code: str
    title: str
    owner: str
    source: str
    deadline: date
    done_on: date | None
    state: str  # done_on_time | done_late | in_progress | overdue
    state_label: str


@dataclass(frozen=True)
class TokenLine:
    asset_tag: str
    assigned_to: str
    expiry: date | None
    expired: bool


@dataclass(frozen=True)
class VillageLine:
    name: str
    households: int
    signal: str  # none | weak | good (4G/5G)
    signal_label: str
    broadband: bool
    poor: bool
    team_decision: str  # "" while no team serves the village
    members: int
    sessions: int  # in the period
    people_helped: int
    dossiers_assisted: int


@dataclass(frozen=True)
class VillageOutageLine:
    village: str
    households: int
    started: datetime  # local
    ended: datetime | None  # local; None while it goes on
    hours: float  # inside the period
    cause: str


@dataclass(frozen=True)
class RecommendationLine:
    sent_on: date
    number: str
    recipient: str
    subject: str
    answer: str
    answered_on: date | None
    days_waiting: int
    overdue: bool


@dataclass(frozen=True)
class DxReportData:
    issuer: Issuer
    period: Period
    today: date
    as_of: date  # tasks and recommendations are judged on the period's last day, or today if earlier
    index: tuple[IndexLine, ...]
    task_summary: dict[str, int]
    tasks: tuple[TaskLine, ...]  # done in the period, and every task open on `as_of`
    courses: tuple[CourseLine, ...]
    devices: tuple[Device, ...]
    tokens: tuple[TokenLine, ...]  # signature tokens expired or expiring soon
    villages: tuple[VillageLine, ...]
    outages: tuple[VillageOutageLine, ...]
    outage_hours: float
    recommendations: tuple[RecommendationLine, ...]  # sent in the period, or still waiting for an answer
