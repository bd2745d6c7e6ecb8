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
    statutory_days: int
    fee: int
    online_level: str
    boundary_free: bool
    active: bool
    documents: str = ""  # the papers it asks for, one a line (domain.documents)


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


@dataclass(frozen=True)
class DossierDetail(Record):
    dossier: DossierInfo
    applicant_id_number: str
    applicant_phone: str
    applicant_email: str
    applicant_address: str
    note: str
    events: tuple[DossierEventInfo, ...]
