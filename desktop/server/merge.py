"""Merge rules, free of any database: per-field last-writer-wins by HLC, dossier conflicts, clamping future clocks.

Rows are plain dicts here (the synced columns a desktop sends); the push module loads and stores them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.hlc import Hlc
from desktop.protocol import ops

# How each synced desktop table merges. "fields": per-field, newer HLC wins, the loser is kept.
# "dossier": the same, except that overlapping edits of guarded fields and delete-vs-edit become a conflict.
# "append": history rows; they are only ever inserted, so a per-field merge never meets a rival.
TABLE_POLICY: dict[str, str] = {
    "dossiers": "dossier",
    "equipment": "fields",
    "training_courses": "fields",
    "participations": "fields",
    "officers": "fields",
    "holiday_overrides": "fields",
    "fields": "fields",
    "procedures": "fields",
    "communes": "fields",
    "commune_settings": "fields",
    "dossier_events": "append",
    "equipment_events": "append",
    "report_signoffs": "fields",
    # The village workbook: master data and records a commune keeps, merged per field like equipment.
    "villages": "fields",
    "digital_teams": "fields",
    "team_members": "fields",
    "team_sessions": "fields",
    "village_outages": "fields",
    "plan_tasks": "fields",
    "recommendations": "fields",
}
# A conflict's resolution arrives as an ordinary update op on this pseudo-table (row_id = conflict id).
CONFLICTS_TABLE = ops.CONFLICTS_TABLE
# What the officer and the citizen care about: two people changing these at once must be settled by a person.
DOSSIER_GUARDED = frozenset({"status", "outcome", "applicant_name", "applicant_id_number", "applicant_phone",
                             "applicant_email", "applicant_address"})
# Never taken from a client: the server owns the version; the row clock is derived from the field clocks.
SERVER_OWNED = frozenset({"server_version", "hlc"})
# Fixed at insert: a row never moves to another commune and never changes its id.
IMMUTABLE = frozenset({"id", "commune_code"})
# Bookkeeping that does not count as "an edit" when deciding whether a delete collides with one.
BOOKKEEPING = frozenset({"updated_at", "updated_by", "created_at"}) | IMMUTABLE | SERVER_OWNED


@dataclass
class Stamp:
    """Who last set a field, by which clock, at which server version."""

    hlc: str
    version: int
    device: str

    def to_json(self) -> dict[str, object]:
        return {"hlc": self.hlc, "v": self.version, "dev": self.device}

    @staticmethod
    def from_json(raw: dict) -> Stamp:
        return Stamp(str(raw["hlc"]), int(raw["v"]), str(raw["dev"]))


@dataclass
class Loser:
    field: str
    value: object
    hlc: str
    won_hlc: str
    incoming: bool  # True: the pushed value lost; False: the stored value was overwritten


@dataclass
class MergeResult:
    values: dict[str, object] = field(default_factory=dict)
    losers: list[Loser] = field(default_factory=list)

    @property
    def lost_fields(self) -> list[str]:
        return sorted(x.field for x in self.losers if x.incoming)


def newer(a: str, b: str) -> bool:
    return Hlc.decode(a) > Hlc.decode(b)


def merge_fields(data: dict, stamps: dict[str, Stamp], incoming: dict[str, object], hlc: str) -> MergeResult:
    """Per field: the pushed value wins when its clock is newer; either way the losing value is reported."""
    out = MergeResult()
    for name, value in incoming.items():
        stamp = stamps.get(name)
        if stamp is None or newer(hlc, stamp.hlc):
            if stamp is not None and name in data and data[name] != value:
                out.losers.append(Loser(name, data[name], stamp.hlc, hlc, incoming=False))
            out.values[name] = value
        elif stamp.hlc != hlc and data.get(name) != value:
            out.losers.append(Loser(name, value, hlc, stamp.hlc, incoming=True))
    return out


def changed_by_others(stamps: dict[str, Stamp], base_version: int | None, device: str) -> set[str]:
    """Fields another device changed after the version the client last saw (its own edits never conflict)."""
    base = base_version or 0
    return {name for name, s in stamps.items() if s.version > base and s.device != device}


def dossier_conflict(data: dict, stamps: dict[str, Stamp], op: str, changed: list[str], payload: dict,
                     base_version: int | None, device: str) -> tuple[str, list[str]] | None:
    """The kind of conflict and the fields at stake, or None when the op merges cleanly."""
    others = changed_by_others(stamps, base_version, device)
    stored_deleted = data.get("deleted_at") is not None
    if op == "delete":
        edited = others - BOOKKEEPING - {"deleted_at"}
        if not stored_deleted and edited:
            return "delete_edit", sorted(edited)
        return None
    if stored_deleted and "deleted_at" in others and payload.get("deleted_at") is None:
        return "edit_delete", ["deleted_at"]
    overlap = sorted(f for f in changed if f in DOSSIER_GUARDED and f in others and data.get(f) != payload.get(f))
    return ("edit_edit", overlap) if overlap else None


def clamp_hlc(hlc: str, now_ms: int, max_ahead_ms: int) -> tuple[str, int, bool]:
    """(the clock to use, how far ahead of the server it was, whether it was clamped to the server's time)."""
    value = Hlc.decode(hlc)
    skew = value.wall_ms - now_ms
    if skew > max_ahead_ms:
        # Keep the counter and node so the device's own edits stay in order; only the wall time is pulled back.
        return Hlc(now_ms, value.counter, value.node).encode(), skew, True
    return hlc, skew, False


def max_hlc(values: list[str]) -> str:
    return max(values, key=Hlc.decode) if values else ""
