"""Helpers the import tests share: write a sheet as .xlsx or .csv, and count rows in the tables an import touches."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from desktop.store.database import Database

TABLES = ("fields", "procedures", "officers", "equipment", "equipment_events", "training_courses", "participations",
          "audit_log", "sync_outbox")


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title_rows: Sequence[str] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    for line in title_rows:
        ws.append([line])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def write_csv(path: Path, rows: Sequence[Sequence[object]], *, delimiter: str = ",", bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
    return path


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()) for t in TABLES}
