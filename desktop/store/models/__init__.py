"""Every table of the local store, importable from one place."""

from desktop.store.models.base import SYNC_COLUMN_NAMES, Base, SyncedBase, new_id, utcnow
from desktop.store.models.catalogue import Field, Procedure
from desktop.store.models.commune import Commune, CommuneSetting, Officer
from desktop.store.models.dossier import Dossier, DossierEvent, DossierPeriodCount
from desktop.store.models.equipment import Equipment, EquipmentEvent
from desktop.store.models.report import ReportSignoff
from desktop.store.models.sync import SyncAlias, SyncConflict, SyncParked
from desktop.store.models.system import AuditEntry, HolidayOverride, LocalState, OutboxOp
from desktop.store.models.training import Participation, TrainingCourse
from desktop.store.models.workbook_recommendations import Recommendation
from desktop.store.models.workbook_tasks import PlanTask
from desktop.store.models.workbook_villages import DigitalTeam, TeamMember, TeamSession, Village, VillageOutage

__all__ = [
    "SYNC_COLUMN_NAMES", "AuditEntry", "Base", "Commune", "CommuneSetting",
    "Dossier", "DossierEvent", "DossierPeriodCount", "Equipment",
    "EquipmentEvent",
    "Field", "HolidayOverride", "LocalState", "Officer", "OutboxOp", "Participation", "Procedure", "ReportSignoff",
    "SyncAlias", "SyncConflict", "SyncParked", "SyncedBase", "TrainingCourse", "new_id", "utcnow",
    "DigitalTeam", "PlanTask", "Recommendation", "TeamMember", "TeamSession", "Village", "VillageOutage",
]
