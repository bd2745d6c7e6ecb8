"""Device slots: which block of daily dossier numbers each PC of a commune issues (PROTOCOL.md "Dossier numbers").

A slot is 1–9 and held by at most one live (not revoked) device of a commune, so two PCs never give the same code
the same day. Slots are handed out under the commune's lock, the one pushes take, so two enrolments racing for a
commune cannot both get the same slot.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.dossier_code import DEVICE_SLOTS
from desktop.server.changes import lock_commune
from desktop.server.errors import ServerError
from desktop.server.models import Device

FIRST_SLOT = 1  # 0 is the number block of a PC that has no slot yet (a single PC set up before enrolment)


def free_slot(taken: set[int], wanted: int | None) -> int | None:
    """The slot the PC asked for (chosen at setup) when nobody holds it, else the lowest free one; None when all
    nine are held."""
    if wanted is not None and FIRST_SLOT <= wanted < DEVICE_SLOTS and wanted not in taken:
        return wanted
    return next((s for s in range(FIRST_SLOT, DEVICE_SLOTS) if s not in taken), None)


def _taken(session: Session, device: Device) -> set[int]:
    return {s for s in session.scalars(select(Device.slot).where(
        Device.commune_code == device.commune_code, Device.id != device.id, Device.revoked_at.is_(None),
        Device.slot.is_not(None))) if s is not None}


def give_slot(session: Session, device: Device, wanted: int | None, required: bool) -> int | None:
    """Give the device a slot (in the caller's transaction); `required` refuses the enrolment of a tenth live PC
    with 409 instead of leaving it without a slot."""
    lock_commune(session, device.commune_code)
    slot = free_slot(_taken(session, device), wanted)
    if slot is None and required:
        raise ServerError("enrol.no_slot", status=409, commune_code=device.commune_code,
                          count=DEVICE_SLOTS - FIRST_SLOT)
    device.slot = slot
    return slot


def slot_of(session: Session, device_id: str) -> int | None:
    """The device's slot; one enrolled before slots existed gets one now (the first sync run asks)."""
    device = session.get(Device, device_id)
    if device is None:
        return None
    if device.slot is None:
        with session.begin_nested():
            give_slot(session, device, None, required=False)
    return device.slot
