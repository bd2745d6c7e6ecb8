"""The desktop schema revisions (alembic heads of desktop/store/migrations) this protocol knows, oldest first.

An op carries the revision of the desktop that wrote it; the server accepts the revisions listed here, whose
columns `tables.py` describes. A new desktop migration that changes a synced table adds one line here (and its
columns in tables.py); tests/protocol checks both against the desktop store.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",  # report sign-off
    "0003",  # sync client tables
    "0004",  # search index (local only: nothing new travels)
    "0005",  # village workbook
    "0006",  # closed periods (report_signoffs: bounds, figures, document date, PDF hash)
    "0007",  # dossier rules: half-day times, payment pauses, extensions, apologies, refusals, forwarding
    "0008",  # Decision 766 marks on dossiers
    "0012",  # forms: procedure documents, the one-stop desk's name
    "0010",  # trend tallies, leaner event table (local only: nothing new travels)
    "0009",  # commune-scoped catalogue ids (data only: nothing new travels)
    "0015",  # the commune's settings (commune_settings): Decision 766 targets, office hours
    "0013",  # trend tallies by half-month, for Decree 09's months (local only: nothing new travels)
    "0014",  # settled_at index with received_at (local only: nothing new travels)
    "0016",  # trend tallies split by boundary-free, for the dashboard's month (local only: nothing new travels)
)


def known() -> frozenset[str]:
    return frozenset(REVISIONS)


def head() -> str:
    return REVISIONS[-1]
