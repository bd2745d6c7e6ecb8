"""Device slots: which block of daily dossier numbers each PC of a commune issues (PROTOCOL.md "Dossier numbers").

A slot is 0–9 and held by at most one live (not revoked) device of a commune, so two PCs never give the same code
the same day. Slots 1–9 go first; 0 (0001–0999, also what a PC set up without a number uses) is the tenth, since an
enrolled PC rarely shares a commune with one that never enrolled. Past ten live PCs a device is enrolled without a
slot rather than refused (a desk is never kept from syncing): it keeps the numbers it had, and a number it then
shares with another PC is shown to a person as a duplicate. Slots are handed out under the commune's lock, the one
pushes take, so two enrolments racing for a commune cannot both get the same slot.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.dossier_code import DEVICE_SLOTS
from desktop.server.changes import lock_feed
from desktop.server.models import Device

ORDER = (*range(1, DEVICE_SLOTS), 0)  # 0 last: it is also the block of PCs that never had a slot


def free_slot(taken: set[int], wanted: int | None) -> int | None:
    """The slot the PC asked for (chosen at setup, 1–9) when nobody holds it, else the first free one in ORDER; None
    when all ten are held."""
    if wanted is not None and 1 <= wanted < DEVICE_SLOTS and wanted not in taken:
        return wanted
    return next((s for s in ORDER if s not in taken), None)


def _taken(session: Session, device: Device) -> set[int]:
    return {s for s in session.scalars(select(Device.slot).where(
        Device.commune_code == device.commune_code, Device.id != device.id, Device.revoked_at.is_(None),
        Device.slot.is_not(None))) if s is not None}


def give_slot(session: Session, device: Device, wanted: int | None) -> int | None:
    """Give the device a slot (in the caller's transaction), or none when ten live PCs hold them all."""
    lock_feed(session, device.commune_code)  # two enrolments of one commune take turns
    device.slot = free_slot(_taken(session, device), wanted)
    return device.slot


def slot_of(session: Session, device_id: str) -> int | None:
    """The device's slot; one enrolled before slots existed gets one now (the first sync run asks)."""
    device = session.get(Device, device_id)
    if device is None:
        return None
    if device.slot is None:
        with session.begin_nested():
            give_slot(session, device, None)
    return device.slot
