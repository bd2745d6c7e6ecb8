"""Demo data for CommuneDesk: a believable Quảng Ninh commune with a year of dossiers, training, equipment and
the digital-transformation workbook.

`build_demo` fills an empty database; the same seed and `today` always give the same commune, codes and names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from desktop.config.resources import resource_path
from desktop.demo import bulk
from desktop.demo.generator import ACCOUNTS, DemoGenerator
from desktop.store.database import Database

__all__ = ["DemoSummary", "build_demo"]


@dataclass(frozen=True)
class DemoSummary:
    """What was written, and the logins to try it with."""

    dossiers: int
    events: int
    officers: int
    courses: int
    participations: int
    equipment: int
    equipment_events: int
    commune_code: str
    commune_name: str
    accounts: list[tuple[str, str, str]]  # (username, password, role)
    # The digital-transformation workbook (demo/workbook.py).
    villages: int = 0
    teams: int = 0
    team_members: int = 0
    team_sessions: int = 0
    village_outages: int = 0
    tasks: int = 0
    recommendations: int = 0
    audit_entries: int = 0  # the audit log's believable history (demo/audit.py)


def build_demo(db: Database, *, seed: int = 1, months: int = 12, dossiers: int | None = None,
               today: date) -> DemoSummary:
    """Fill an empty database with demo data covering the `months` months that end on `today`.

    `dossiers` overrides the default of about 350 a month. Raises ValueError when the database already has a
    commune or dossiers, or when the dossiers would not fit the 9999 numbers a day's codes allow.
    """
    catalogue = json.loads(resource_path("catalogue", "procedures.json").read_text(encoding="utf-8"))
    gen = DemoGenerator(catalogue, seed=seed, months=months, dossiers=dossiers, today=today)
    counts = bulk.write(db, gen)
    return DemoSummary(
        commune_code=gen.commune.code,
        commune_name=gen.commune.name,
        accounts=[(username, password, role) for username, password, role, _ in ACCOUNTS],
        **counts,
    )
