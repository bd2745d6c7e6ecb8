"""Frozen data objects the services hand to the UI, the CLI and the reports (never ORM rows or sessions)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime


class Record:
    def to_dict(self) -> dict[str, object]:
        def plain(value: object) -> object:
            if isinstance(value, datetime | date):
                return value.isoformat()
            if isinstance(value, tuple | list):
                return [plain(v) for v in value]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            return value
        return {k: plain(v) for k, v in asdict(self).items()}  # type: ignore[call-overload]


@dataclass(frozen=True)
class CommuneInfo(Record):
    code: str
    name: str
    province_code: str
    province_name: str
    official: bool
    agency_code: str
    place_name: str
    leader_name: str
    leader_title: str
    desk_name: str = ""  # the one-stop desk heading the slips; "" = the default name


@dataclass(frozen=True)
class FieldInfo(Record):
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class ProcedureInfo(Record):
    id: str
    code: str
    name: str
    field_code: str
    field_name: str
    statutory_days: float  # working days in halves; 0 = within the day
    fee: int
    online_level: str
    boundary_free: bool
    active: bool
    pause_for_payment: bool = False
    extension_max_days: int = 0
    documents: str = ""  # the papers it asks for, one a line (domain.documents)
    level: str = "commune"  # province: resolved by the province, received here boundary-free and forwarded


@dataclass(frozen=True)
class DossierEventInfo(Record):
    at: datetime  # local time
    action: str
    from_status: int | None
    to_status: int
    due_date: date | None
    actor: str
    note: str


@dataclass(frozen=True)
class DossierInfo(Record):
    id: str
    code: str
    procedure_code: str
    procedure_name: str
    field_name: str
    applicant_name: str
    id_number_masked: str
    phone_masked: str
    channel: str
    boundary_free: bool
    received_at: datetime  # local time
    due_date: date | None
    status: int
    status_label: str
    outcome: str | None
    timeliness: str | None  # within | overdue, for open dossiers as of today
    finished_at: datetime | None
    returned_at: datetime | None
    late_reason: str
    allowed_actions: tuple[str, ...]
    # Issue 13's rules, for the slips (forms 01–06) and the book.
    statutory_days: float = 0.0
    due_hour: str = ""  # "12:00" when a half-day time ends at noon of the due date, else "" (end of the day)
    payment_paused_on: date | None = None  # awaiting taxes and fees since (the clock stands still)
    payment_paused_days: int = 0  # working days added to the due date by finished payment pauses
    extension_days: int = 0
    extension_reason: str = ""
    extension_allowance: int = 0  # working days the procedure lets the desk extend by, in all (0: none)
    apology_date: date | None = None  # the citizen's new appointment (form 04); `due_date` stays for statistics
    apology_reason: str = ""
    result: str = ""  # "" granted | "refused": a written refusal to resolve
    refusal_reason: str = ""  # refusal to accept (form 03) or to resolve
    forwarded_to: str = ""  # received here for another agency and sent on: not counted in 06a here
    received_from: str = ""  # received by another desk for us


@dataclass(frozen=True)
class PauseInfo(Record):
    """One stretch the clock stood still while the citizen paid taxes and fees (local dates)."""

    requested_on: date
    paid_on: date | None  # None while still waiting
    working_days: int  # added to the due date (0 while still waiting)


@dataclass(frozen=True)
class ClosedChange(Record):
    """A dossier changed after `label` was closed on `closed_on`, first on `changed_on` (local dates)."""

    kind: str
    period_key: str
    label: str  # “tháng 11 năm 2026”
    period_from: date
    period_to: date
    closed_on: date
    changed_on: date


@dataclass(frozen=True)
class DossierDetail(Record):
    dossier: DossierInfo
    applicant_id_number: str
    applicant_phone: str
    applicant_email: str
    applicant_address: str
    note: str
    events: tuple[DossierEventInfo, ...]
    pauses: tuple[PauseInfo, ...] = ()
    closed_changes: tuple[ClosedChange, ...] = ()  # closed periods this dossier changed after (services.closed_marks)
    due_soon_by: date | None = None  # the last due date still "due soon" today (form06_rules.due_soon_by)
