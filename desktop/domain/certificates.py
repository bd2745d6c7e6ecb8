"""Whether a certificate (training certificate, signature-token certificate) is valid, expiring soon or expired."""

from __future__ import annotations

from datetime import date, timedelta

# Officers are warned this long before a certificate runs out (the screens and the reports use the same window).
EXPIRING_WITHIN = timedelta(days=90)


def certificate_state(expiry: date | None, today: date, held: bool = True) -> str:
    """none (no certificate), valid, expiring (within 90 days, the expiry day included) or expired."""
    if expiry is None:
        return "valid" if held else "none"
    if expiry < today:
        return "expired"
    return "expiring" if expiry - today <= EXPIRING_WITHIN else "valid"
