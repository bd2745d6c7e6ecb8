"""Importing spreadsheets (.xlsx, .csv) into the catalogue, officers, equipment and training log, with a preview.

Each kind has `preview_<kind>(ctx, path)` (reads, writes nothing) and `apply_<kind>(ctx, path)` (all rows in one
transaction, or none). `KINDS` maps the kind names the command line and the UI use to their definitions.
"""

from __future__ import annotations

from desktop.imports import attendance, equipment, officers, procedures, tasks
from desktop.imports.attendance import apply_attendance, preview_attendance
from desktop.imports.equipment import apply_equipment, preview_equipment
from desktop.imports.officers import apply_officers, preview_officers
from desktop.imports.preview import ImportKind, ImportPreview, ImportRejected, ImportResult, RowError
from desktop.imports.procedures import apply_procedures, preview_procedures
from desktop.imports.reader import ImportFileError
from desktop.imports.tasks import apply_tasks, preview_tasks

KINDS: dict[str, ImportKind] = {m.KIND.name: m.KIND for m in (procedures, officers, equipment, attendance, tasks)}

__all__ = ["KINDS", "ImportFileError", "ImportKind", "ImportPreview", "ImportRejected", "ImportResult", "RowError",
           "apply_attendance", "apply_equipment", "apply_officers", "apply_procedures", "preview_attendance",
           "preview_equipment", "preview_officers", "preview_procedures", "apply_tasks", "preview_tasks"]
