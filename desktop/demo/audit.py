"""The demo's audit log: who did what, as the services would have logged it, so the Audit page of a fresh demo is not
empty. Written for the accounts set up when the commune started and for the last `RECENT_DAYS` of desk work (a year
of every step would be most of the database and teach nothing more): each dossier received at the counter, each
step after that, and the receipt printed for a dossier handed in at the desk.

Entries have the services' shapes (services.context.UnitOfWork, services.audit.record_shown): an insert carries the
new values, a status step the old and new status, a print the paper. The dossier's full ID number is left out of the
insert's values; the demo has no need to repeat it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

from desktop.demo.dossier_paths import REGISTER
from desktop.demo.rows import Row, local_at, to_utc
from desktop.domain import lifecycle as lc
from desktop.store.models import new_id

RECENT_DAYS = 30
RECEIPT_AFTER = timedelta(minutes=2)  # the slip is printed as the counter visit ends
_EVENT_FIELDS = ("dossier_id", "at", "action", "from_status", "to_status", "due_date", "actor", "note")
_DOSSIER_FIELDS = ("code", "procedure_id", "applicant_name", "channel", "boundary_free", "received_at", "due_date",
                   "status")


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _pick(row: Row, keys: Iterable[str]) -> dict[str, object]:
    return {k: _json(row[k]) for k in keys if k in row}


def _entry(commune_code: str, at: datetime, actor: str, action: str, table: str, row_id: str,
           changes: dict[str, object]) -> Row:
    return {"id": new_id(), "commune_code": commune_code, "at": at, "actor": actor, "action": action,
            "table_name": table, "row_id": row_id, "changes": changes}


def setup_entries(commune_code: str, officers: list[Row], admin: str, on: date) -> list[Row]:
    """The administrator adding the officers and giving the accounts their passwords, the morning the app began."""
    at = to_utc(local_at(on, 8))
    rows = []
    for n, officer in enumerate(officers):
        when = at + timedelta(minutes=n)
        rows.append(_entry(commune_code, when, admin, "insert", "officers", officer["id"],
                           {"new": _pick(officer, ("full_name", "position", "unit", "role", "username"))}))
        if officer.get("username"):
            rows.append(_entry(commune_code, when + timedelta(seconds=30), admin, "set_password", "officers",
                               officer["id"], {}))
    return rows


def dossier_entries(commune_code: str, dossiers: list[Row], events: list[Row], today: date) -> Iterator[Row]:
    """Entries for the events of `dossiers` on or after RECENT_DAYS before `today`; an event by the online portal
    (no actor) is the citizen's, not an officer's, and is not logged on this PC."""
    since = to_utc(local_at(today - timedelta(days=RECENT_DAYS), 0))
    by_id = {d["id"]: d for d in dossiers}
    for event in events:
        actor = event["actor"]
        if event["at"] < since or not actor:
            continue
        dossier = by_id[event["dossier_id"]]
        at = event["at"]
        if event["from_status"] is None:  # received at the counter: the dossier is created
            yield _entry(commune_code, at, actor, "insert", "dossiers", dossier["id"],
                         {"new": _pick(dossier, _DOSSIER_FIELDS)})
        else:
            yield _entry(commune_code, at, actor, "update", "dossiers", dossier["id"],
                         {"old": {"status": event["from_status"]}, "new": {"status": event["to_status"]}})
        yield _entry(commune_code, at, actor, "insert", "dossier_events", event["id"],
                     {"new": _pick(event, _EVENT_FIELDS)})
        if event["action"] in (REGISTER, lc.ACCEPT) and dossier["channel"] != "online":
            yield _entry(commune_code, at + RECEIPT_AFTER, actor, "print", "dossiers", dossier["id"],
                         {"paper": "receipt"})
