"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Frozen copies of desktop.store.fts at this revision: a migration must not change when that module does.
FTS_CREATE = [
    "CREATE VIRTUAL TABLE dossier_fts USING fts5(search_text, content='dossiers', content_rowid='rowid', tokenize='trigram')",
    'CREATE TRIGGER dossier_fts_ai AFTER INSERT ON dossiers BEGIN INSERT INTO dossier_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END',
    "CREATE TRIGGER dossier_fts_ad AFTER DELETE ON dossiers BEGIN INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER dossier_fts_au AFTER UPDATE OF search_text ON dossiers BEGIN INSERT INTO dossier_fts(dossier_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO dossier_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE VIRTUAL TABLE participation_fts USING fts5(search_text, content='participations', content_rowid='rowid', tokenize='trigram')",
    'CREATE TRIGGER participation_fts_ai AFTER INSERT ON participations BEGIN INSERT INTO participation_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END',
    "CREATE TRIGGER participation_fts_ad AFTER DELETE ON participations BEGIN INSERT INTO participation_fts(participation_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER participation_fts_au AFTER UPDATE OF search_text ON participations BEGIN INSERT INTO participation_fts(participation_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO participation_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE VIRTUAL TABLE equipment_fts USING fts5(search_text, content='equipment', content_rowid='rowid', tokenize='trigram')",
    'CREATE TRIGGER equipment_fts_ai AFTER INSERT ON equipment BEGIN INSERT INTO equipment_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END',
    "CREATE TRIGGER equipment_fts_ad AFTER DELETE ON equipment BEGIN INSERT INTO equipment_fts(equipment_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER equipment_fts_au AFTER UPDATE OF search_text ON equipment BEGIN INSERT INTO equipment_fts(equipment_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO equipment_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
]
FTS_DROP = [
    'DROP TRIGGER IF EXISTS dossier_fts_ai',
    'DROP TRIGGER IF EXISTS dossier_fts_ad',
    'DROP TRIGGER IF EXISTS dossier_fts_au',
    'DROP TABLE IF EXISTS dossier_fts',
    'DROP TRIGGER IF EXISTS participation_fts_ai',
    'DROP TRIGGER IF EXISTS participation_fts_ad',
    'DROP TRIGGER IF EXISTS participation_fts_au',
    'DROP TABLE IF EXISTS participation_fts',
    'DROP TRIGGER IF EXISTS equipment_fts_ai',
    'DROP TRIGGER IF EXISTS equipment_fts_ad',
    'DROP TRIGGER IF EXISTS equipment_fts_au',
    'DROP TABLE IF EXISTS equipment_fts',
]


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_table_row', ['table_name', 'row_id'], unique=False)

    op.create_table('communes',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('province_code', sa.String(length=8), nullable=False),
    sa.Column('province_name', sa.String(length=200), nullable=False),
    sa.Column('official', sa.Boolean(), nullable=False),
    sa.Column('agency_code', sa.String(length=32), nullable=False),
    sa.Column('place_name', sa.String(length=200), nullable=False),
    sa.Column('leader_name', sa.String(length=200), nullable=False),
    sa.Column('leader_title', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communes')),
    sa.UniqueConstraint('code', name=op.f('uq_communes_code'))
    )
    with op.batch_alter_table('communes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communes_commune_code'), ['commune_code'], unique=False)

    op.create_table('equipment',
    sa.Column('asset_tag', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('model', sa.String(length=200), nullable=False),
    sa.Column('serial', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('acquired_on', sa.Date(), nullable=True),
    sa.Column('assigned_to', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('certificate_expiry', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment')),
    sa.UniqueConstraint('asset_tag', name=op.f('uq_equipment_asset_tag'))
    )
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_commune_code'), ['commune_code'], unique=False)

    op.create_table('fields',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fields')),
    sa.UniqueConstraint('code', name=op.f('uq_fields_code'))
    )
    with op.batch_alter_table('fields', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fields_commune_code'), ['commune_code'], unique=False)

    op.create_table('holiday_overrides',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_overrides'))
    )
    with op.batch_alter_table('holiday_overrides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_holiday_overrides_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_holiday_overrides_day'), ['day'], unique=False)

    op.create_table('local_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    op.create_table('officers',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('search_text', sa.String(length=400), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officers')),
    sa.UniqueConstraint('username', name=op.f('uq_officers_username'))
    )
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officers_commune_code'), ['commune_code'], unique=False)

    op.create_table('sync_outbox',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=16), nullable=False),
    sa.Column('base_server_version', sa.Integer(), nullable=True),
    sa.Column('changed_fields', sa.JSON(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('schema_version', sa.String(length=32), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_sync_outbox'))
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_sync_outbox_state', ['state', 'op_id'], unique=False)

    op.create_table('training_courses',
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('organiser', sa.String(length=300), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_courses'))
    )
    with op.batch_alter_table('training_courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_courses_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_courses_start_date'), ['start_date'], unique=False)

    op.create_table('equipment_events',
    sa.Column('equipment_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=True),
    sa.Column('cost', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_equipment_events_equipment_id_equipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_events'))
    )
    with op.batch_alter_table('equipment_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_events_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_events_equipment_id'), ['equipment_id'], unique=False)

    op.create_table('participations',
    sa.Column('course_id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('hours_attended', sa.Float(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('certificate_no', sa.String(length=64), nullable=False),
    sa.Column('certificate_date', sa.Date(), nullable=True),
    sa.Column('certificate_expiry', sa.Date(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['training_courses.id'], name=op.f('fk_participations_course_id_training_courses')),
    sa.ForeignKeyConstraint(['officer_id'], ['officers.id'], name=op.f('fk_participations_officer_id_officers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participations'))
    )
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participations_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_participations_course_id'), ['course_id'], unique=False)

    op.create_table('procedures',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('field_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('statutory_days', sa.Integer(), nullable=False),
    sa.Column('fee', sa.Integer(), nullable=False),
    sa.Column('online_level', sa.String(length=16), nullable=False),
    sa.Column('boundary_free', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.String(length=600), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['field_id'], ['fields.id'], name=op.f('fk_procedures_field_id_fields')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedures')),
    sa.UniqueConstraint('code', name=op.f('uq_procedures_code'))
    )
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedures_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedures_field_id'), ['field_id'], unique=False)

    op.create_table('dossiers',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('procedure_id', sa.String(length=36), nullable=False),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('applicant_id_number', sa.String(length=16), nullable=False),
    sa.Column('applicant_phone', sa.String(length=32), nullable=False),
    sa.Column('applicant_email', sa.String(length=200), nullable=False),
    sa.Column('applicant_address', sa.String(length=300), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('boundary_free', sa.Boolean(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('handler_id', sa.String(length=36), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    sa.Column('paused_at', sa.DateTime(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('late_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['handler_id'], ['officers.id'], name=op.f('fk_dossiers_handler_id_officers')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_dossiers_procedure_id_procedures')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossiers')),
    sa.UniqueConstraint('code', name=op.f('uq_dossiers_code'))
    )
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossiers_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_procedure_id'), ['procedure_id'], unique=False)
        batch_op.create_index('ix_dossiers_received_at', ['received_at'], unique=False)
        batch_op.create_index('ix_dossiers_settled_at', ['settled_at'], unique=False)
        batch_op.create_index('ix_dossiers_status_due', ['status', 'due_date'], unique=False)

    op.create_table('dossier_events',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('from_status', sa.Integer(), nullable=True),
    sa.Column('to_status', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_events_dossier_id_dossiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_events'))
    )
    with op.batch_alter_table('dossier_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_events_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_events_dossier_id'), ['dossier_id'], unique=False)

    for statement in FTS_CREATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in FTS_DROP:
        op.execute(statement)
    with op.batch_alter_table('dossier_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_events_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_dossier_events_commune_code'))

    op.drop_table('dossier_events')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index('ix_dossiers_status_due')
        batch_op.drop_index('ix_dossiers_settled_at')
        batch_op.drop_index('ix_dossiers_received_at')
        batch_op.drop_index(batch_op.f('ix_dossiers_procedure_id'))
        batch_op.drop_index(batch_op.f('ix_dossiers_commune_code'))

    op.drop_table('dossiers')
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedures_field_id'))
        batch_op.drop_index(batch_op.f('ix_procedures_commune_code'))

    op.drop_table('procedures')
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participations_course_id'))
        batch_op.drop_index(batch_op.f('ix_participations_commune_code'))

    op.drop_table('participations')
    with op.batch_alter_table('equipment_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_events_equipment_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_events_commune_code'))
        batch_op.drop_index(batch_op.f('ix_equipment_events_at'))

    op.drop_table('equipment_events')
    with op.batch_alter_table('training_courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_courses_start_date'))
        batch_op.drop_index(batch_op.f('ix_training_courses_commune_code'))

    op.drop_table('training_courses')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_state')

    op.drop_table('sync_outbox')
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_officers_commune_code'))

    op.drop_table('officers')
    op.drop_table('local_state')
    with op.batch_alter_table('holiday_overrides', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holiday_overrides_day'))
        batch_op.drop_index(batch_op.f('ix_holiday_overrides_commune_code'))

    op.drop_table('holiday_overrides')
    with op.batch_alter_table('fields', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fields_commune_code'))

    op.drop_table('fields')
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_commune_code'))

    op.drop_table('equipment')
    with op.batch_alter_table('communes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_communes_commune_code'))

    op.drop_table('communes')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_table_row')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
