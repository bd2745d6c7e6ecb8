"""server initial schema: communes, devices, enrolment codes, row store, change feed, ops, conflicts, catalogues

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('applied_ops',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('payload_hash', sa.String(length=64), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_applied_ops'))
    )
    op.create_table('catalogues',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('snapshot', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogues'))
    )
    op.create_table('changes',
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('commune_code', 'seq', name=op.f('pk_changes'))
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_object', ['commune_code', 'kind', 'table_name', 'row_id'], unique=False)

    op.create_table('communes',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('province_code', sa.String(length=16), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_communes'))
    )
    op.create_table('conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('server_data', sa.JSON(), nullable=False),
    sa.Column('client_data', sa.JSON(), nullable=False),
    sa.Column('client_op_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('resolution', sa.JSON(), nullable=True),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_conflicts_commune_state', ['commune_code', 'state'], unique=False)

    op.create_table('merge_losers',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('lost_value', sa.JSON(), nullable=False),
    sa.Column('lost_hlc', sa.String(length=40), nullable=False),
    sa.Column('won_hlc', sa.String(length=40), nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_losers'))
    )
    with op.batch_alter_table('merge_losers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_losers_commune_code'), ['commune_code'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('secret_hash', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('clock_warning', sa.Boolean(), nullable=False),
    sa.Column('clock_skew_ms', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code'], ['communes.code'], name=op.f('fk_devices_commune_code_communes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_commune_code'), ['commune_code'], unique=False)

    op.create_table('enrol_codes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['commune_code'], ['communes.code'], name=op.f('fk_enrol_codes_commune_code_communes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrol_codes')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_enrol_codes_code_hash'))
    )
    with op.batch_alter_table('enrol_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrol_codes_commune_code'), ['commune_code'], unique=False)

    op.create_table('synced_rows',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commune_code'], ['communes.code'], name=op.f('fk_synced_rows_commune_code_communes')),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_synced_rows'))
    )
    with op.batch_alter_table('synced_rows', schema=None) as batch_op:
        batch_op.create_index('ix_synced_rows_commune_table', ['commune_code', 'table_name'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('synced_rows', schema=None) as batch_op:
        batch_op.drop_index('ix_synced_rows_commune_table')

    op.drop_table('synced_rows')
    with op.batch_alter_table('enrol_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrol_codes_commune_code'))

    op.drop_table('enrol_codes')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_commune_code'))

    op.drop_table('devices')
    with op.batch_alter_table('merge_losers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_losers_commune_code'))

    op.drop_table('merge_losers')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_conflicts_commune_state')

    op.drop_table('conflicts')
    op.drop_table('communes')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_object')

    op.drop_table('changes')
    op.drop_table('catalogues')
    op.drop_table('applied_ops')
