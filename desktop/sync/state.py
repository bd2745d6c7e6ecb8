"""The sync client's facts in `local_state`: cursor, server device id, the clock warning, the catalogue applied."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from desktop.domain.hlc import Hlc
from desktop.domain.messages import Phrase, render
from desktop.store import local_state
from desktop.store.models import LocalState

CURSOR = "sync_cursor"
SYNC_DEVICE_ID = "sync_device_id"  # the id the province gave this PC (not a secret; the secret is in a file)
CLOCK_WARNING = "sync_clock_warning"  # JSON of the server's clock.far_future warning; absent when the clock is fine
CATALOGUE_ID = "sync_catalogue_id"  # the province catalogue snapshot last applied


def cursor(session: Session) -> int:
    return int(local_state.get(session, CURSOR, "0") or 0)


def device_slot(session: Session) -> int:
    """This PC's block of daily dossier numbers (desktop.domain.dossier_code); 0 while it has none."""
    raw = local_state.get(session, local_state.DEVICE_SLOT, "0") or "0"
    return int(raw) if raw.isdigit() else 0


def learn_slot(session: Session, slot: object) -> bool:
    """Take the slot the province gave this PC (enrolment, or any sync run): new dossier numbers come from it; codes
    issued before keep their numbers. True when it changed."""
    if not isinstance(slot, int) or isinstance(slot, bool) or not 1 <= slot <= 9 or slot == device_slot(session):
        return False
    local_state.put(session, local_state.DEVICE_SLOT, str(slot))
    return True


def clock_warning(session: Session) -> dict[str, object] | None:
    raw = local_state.get(session, CLOCK_WARNING)
    return json.loads(raw) if raw else None


# Hours off do not stop sync (the hybrid clock copes), but the officer should hear of it: dates typed "now" and
# due dates follow this PC's clock.
CLOCK_TOLERANCE_MS = 15 * 60 * 1000


def skew_warning(skew_ms: int) -> dict[str, object]:
    """The "check the clock" warning this PC makes itself from the server's time in an answer."""
    minutes = max(1, round(abs(skew_ms) / 60_000))
    fast = skew_ms > 0
    amount = Phrase("amount.minutes", count=minutes) if minutes < 120 else Phrase("amount.hours",
                                                                                  count=round(minutes / 60))
    key = "clock.skew#fast" if fast else "clock.skew#slow"
    return {"code": "clock.skew", "skew_ms": skew_ms,
            "message_vi": render(key, "vi", amount=amount), "message_en": render(key, "en", amount=amount)}


def to_ms(moment: datetime) -> int:
    return int(moment.replace(tzinfo=UTC).timestamp() * 1000)


def note_warnings(session: Session, warnings: list[dict[str, object]], server_ms: int | None, now: datetime,
                  authoritative: bool) -> None:
    """Keep the server's "check the clock" warning for the status bar; pull clock back when the server clamped.

    `authoritative` is a push answer: only a push can clear the flag (the server clears it on a push whose ops are
    not ahead), so a pull with no warning leaves a stored one alone.
    """
    far = next((w for w in warnings if w.get("code") == "clock.far_future"), None)
    skew = to_ms(now) - server_ms if server_ms is not None else 0
    if far is None and abs(skew) > CLOCK_TOLERANCE_MS:
        local_state.put(session, CLOCK_WARNING, json.dumps(skew_warning(skew), ensure_ascii=False))
        return
    if far is None:
        if authoritative or server_ms is not None:
            row = session.get(LocalState, CLOCK_WARNING)
            if row is not None:
                session.delete(row)
        return
    local_state.put(session, CLOCK_WARNING, json.dumps(far, ensure_ascii=False))
    if server_ms is not None:
        # PROTOCOL.md: move the persisted HLC back to max(server time, local clock), so the next edits stop
        # carrying a time the server has to clamp once the officer fixes the clock.
        stored = local_state.get(session, local_state.HLC)
        node = Hlc.decode(stored).node if stored else local_state.device_id(session)[-12:]
        local_state.put(session, local_state.HLC, Hlc(max(server_ms, to_ms(now)), 0, node).encode())
