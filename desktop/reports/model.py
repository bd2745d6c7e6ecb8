"""The plain data the papers lay out: frozen records callers fill (desktop: `services.report_data`; the province
server: `server.report_data` via its summary). Nothing here reads a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.form06 import Form06Row
from desktop.domain.periods import Period


@dataclass(frozen=True)
class Issuer:
    """The People's Committee that issues a paper, as its header and signature name it."""

    name: str  # “Phường An Sinh”
    province_name: str
    place: str  # the place in the date line: “An Sinh”
    leader_name: str = ""
    leader_title: str = "Chủ tịch"
    address: str = ""


@dataclass(frozen=True)
class Form06Table:
    """Biểu 06a: one row per line (field, or commune on the province's paper) and the total."""

    rows: tuple[Form06Row, ...]
    total: Form06Row

    @property
    def by_field(self) -> tuple[Form06Row, ...]:
        return self.rows


@dataclass(frozen=True)
class TrendPoint:
    month: str  # YYYY-MM
    received: int
    resolved: int


@dataclass(frozen=True)
class LateDossier:
    code: str
    field: str
    procedure: str
    received_at: datetime  # local
    due_date: date | None
    finished_at: datetime | None  # local; None while still on the desk
    resolved: bool  # resolved late in the period (else: still open and overdue at its end)
    late_reason: str


@dataclass(frozen=True)
class Outage:
    asset_tag: str
    kind_label: str
    location: str
    started: datetime  # local
    ended: datetime | None  # local; None while the link is still down
    hours: float  # up to the end, or up to the end of the period while still down
    note: str


@dataclass(frozen=True)
class CourseLine:
    topic: str
    organiser: str
    start_date: date
    end_date: date
    mode_label: str
    hours: float
    participants: int
    person_hours: float
    certificates: int
    category_label: str = ""  # participants holding a certificate from this course


@dataclass(frozen=True)
class Device:
    asset_tag: str
    kind: str
    kind_label: str
    model: str
    serial: str
    location: str
    assigned_to: str
    acquired_on: date | None
    status: str
    status_label: str
    age_years: float | None
    old: bool  # more than five years since it was acquired
    note: str


@dataclass(frozen=True)
class Comparison:
    """Another period's headline figures, printed beside this one's: the form's own columns and rates."""

    label: str  # “tháng 10 năm 2026”
    received: int  # column (3)
    resolved: int  # column (7)
    on_time_rate: float | None  # [(8) + (9)] / (7)
    online_rate: float | None  # (4) / [(4) + (5)]


@dataclass(frozen=True)
class Adjustment:
    """A closed period whose figures changed after it was closed: listed in the next report."""

    label: str  # the closed period, “tháng 10 năm 2026”
    number: str  # its document number as printed, “05/BC-UBND”
    column: str  # “(3) Tổng số tiếp nhận”
    closed: int  # the figure as closed
    now: int  # the figure as the store now computes it


@dataclass(frozen=True)
class PeriodReportData:
    """Everything the commune's period report (PDF and XLSX) shows."""

    issuer: Issuer
    period: Period
    stats: Form06Table
    late: tuple[LateDossier, ...]
    trend: tuple[TrendPoint, ...]  # the 12 months up to the period's end
    courses: tuple[CourseLine, ...]
    devices: tuple[Device, ...]  # as they were at the period's end (or today, while it runs)
    outages: tuple[Outage, ...]
    today: date
    previous: Comparison | None = None
    last_year: Comparison | None = None
    adjustments: tuple[Adjustment, ...] = ()
    document_date: date | None = None  # the date line; None: `today`
    recipients: tuple[str, ...] = ()  # “Nơi nhận” lines; empty: the standard list

    @property
    def as_of(self) -> date | None:
        """The last day the figures cover while the period has not ended (the paper says so); None once it has."""
        return None if self.period.complete(self.today) else self.period.as_of(self.today)

    @property
    def dated(self) -> date:
        return self.document_date or self.today


@dataclass(frozen=True)
class Attendee:
    name: str
    unit: str
    hours: float
    result: str
    result_label: str
    certificate_no: str


@dataclass(frozen=True)
class AttendanceData:
    issuer: Issuer
    today: date
    topic: str
    organiser: str
    location: str
    start_date: date
    end_date: date
    hours: float
    mode_label: str
    participants: int  # present
    person_hours: float
    people: tuple[Attendee, ...]


@dataclass(frozen=True)
class InventoryData:
    issuer: Issuer
    today: date
    devices: tuple[Device, ...]
