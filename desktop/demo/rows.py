"""Shared pieces of every demo row: local ↔ UTC time and the sync columns (id, times, HLC) of a synced row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.domain.hlc import Hlc
from desktop.store.models import new_id

# Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so a fixed offset is exact.
LOCAL_OFFSET = timedelta(hours=7)
HLC_NODE = "demo"
DEMO_ACTOR = "demo"  # who "edited" rows no officer touched; the CLI's demo verb acts under the same name
_EPOCH = datetime(1970, 1, 1)
_MS = timedelta(milliseconds=1)

Row = dict[str, Any]


def to_utc(local: datetime) -> datetime:
    """Naive local (Vietnam) time → naive UTC, the form the store keeps."""
    return local - LOCAL_OFFSET


def local_at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def hlc_at(utc: datetime) -> str:
    return Hlc((utc - _EPOCH) // _MS, 0, HLC_NODE).encode()


def hlc_fast(utc: datetime) -> str:
    """The same string as `hlc_at`, without building an Hlc: called once per event, millions of times."""
    return f"{(utc - _EPOCH) // _MS:015d}-00000-{HLC_NODE}"


def sync_columns(commune_code: str, created_utc: datetime, updated_utc: datetime | None = None,
                 actor: str = DEMO_ACTOR) -> Row:
    """The columns every synced row carries; demo rows never reached a server, so server_version stays NULL."""
    updated = updated_utc or created_utc
    return {
        "id": new_id(),
        "commune_code": commune_code,
        "created_at": created_utc,
        "updated_at": updated,
        "updated_by": actor,
        "hlc": hlc_at(updated),
        "server_version": None,
        "deleted_at": None,
    }


@dataclass(frozen=True)
class CommuneInfo:
    code: str
    name: str
    place_name: str
    province_code: str
    province_name: str
    urban: bool
    neighbours: tuple[tuple[str, bool], ...]  # other units of the province: (name, urban)

    @property
    def in_text(self) -> str:
        """The name as written inside a sentence or an address: "xã Tiên Yên"."""
        return self.name[:1].lower() + self.name[1:]
