"""The plain facts the one-stop desk's forms 01–06 (Circular 01/2018/TT-VPCP) lay out: one dossier's slip and the
tracking book's rows. Callers fill them (desktop: `services.form_data`); nothing here reads a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.documents import DocumentItem
from desktop.reports.model import Issuer

PAPERS = ("a5", "a4")
KINDS = ("receipt", "supplement", "refusal", "apology", "control")  # forms 01–05, one dossier each
# How each form's file is named when saved.
FILE_NAMES = {"receipt": "phieu-tiep-nhan", "supplement": "phieu-yeu-cau-bo-sung", "refusal": "phieu-tu-choi",
              "apology": "phieu-xin-loi", "control": "phieu-kiem-soat"}
# Decree 118/2025/NĐ-CP: since 1 July 2025 the commune's one-stop desk is its public-administration service centre.
DEFAULT_DESK = "Trung tâm Phục vụ hành chính công"
OUTCOMES = {"early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn"}
CHANNELS = {"online": "trực tuyến", "direct": "trực tiếp", "postal": "qua dịch vụ bưu chính công ích"}


@dataclass(frozen=True)
class Step:
    """One hand-over of the dossier, as the process control slip (form 05) lists it."""

    at: datetime  # local
    action: str  # what happened, in Vietnamese
    actor: str  # the officer's full name (or the account, when no officer record has it)
    note: str = ""


@dataclass(frozen=True)
class DeskSlip:
    """One dossier as forms 01–05 show it. Dates and times are local; "" or None prints the form's blank line."""

    issuer: Issuer
    desk_name: str  # "" = DEFAULT_DESK
    book_number: int  # its line in the year's tracking book (form 06), the slip's “Số”
    code: str
    applicant_name: str
    applicant_id_number: str
    applicant_phone: str
    applicant_email: str
    applicant_address: str
    procedure_code: str
    procedure_name: str
    field_name: str
    channel: str  # online | direct | postal
    boundary_free: bool
    received_at: datetime
    statutory_days: float  # working days; 0 = within the day
    due_at: datetime | None  # the appointment: date and hour
    fee: int  # VND
    receiver: str  # who received it: full name, never blank when anyone is known
    documents: tuple[DocumentItem, ...]
    today: date
    handler: str = ""  # the officer processing it
    sets: int = 1
    steps: tuple[Step, ...] = ()
    supplement_note: str = ""  # what the citizen is asked to add (form 02)
    refusal_reason: str = ""  # why the desk refuses to accept it (form 03)
    late_reason: str = ""
    new_due_date: date | None = None  # the apology's new appointment (form 04)
    extension_days: int = 0  # a lawful extension already in the appointment date
    extension_reason: str = ""
    forwarded_to: str = ""  # boundary-free: the competent agency it goes to
    received_from: str = ""  # boundary-free: the desk that received it for us
    dossier_id: str = ""  # for the audit row of its print
    outcome: str = ""  # early | on_time | late once resolved
    letter_days: tuple[tuple[str, date], ...] = ()  # (form 02–04 kind, the day of the step it answers)

    def letter_day(self, kind: str) -> date:
        """The date a letter carries: the day of the step it answers, today when the dossier has not taken it."""
        return dict(self.letter_days).get(kind, self.today)

    @property
    def desk(self) -> str:
        return self.desk_name.strip() or DEFAULT_DESK

    @property
    def postal(self) -> bool:
        return self.channel == "postal"

    @property
    def in_person(self) -> bool:
        """Handed in at the counter by the citizen (or a representative), who can sign the slip."""
        return self.channel == "direct"


@dataclass(frozen=True)
class BookRow:
    """One dossier received, as the tracking book (form 06) writes it."""

    number: int  # its line in the year's book
    code: str
    procedure_name: str
    sets: int
    applicant_name: str
    applicant_address: str
    applicant_phone: str
    resolver: str  # the agency that resolves it
    received_at: datetime
    due_date: date | None
    finished_at: datetime | None
    returned_at: datetime | None
    note: str = ""


@dataclass(frozen=True)
class BookData:
    issuer: Issuer
    desk_name: str
    start: date
    end: date
    today: date
    rows: tuple[BookRow, ...]

    @property
    def desk(self) -> str:
        return self.desk_name.strip() or DEFAULT_DESK
