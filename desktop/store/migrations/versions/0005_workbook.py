"""workbook: plan tasks, villages, digital teams, their members and sessions, village outages, recommendations

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('plan_tasks',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('source_document', sa.String(length=200), nullable=False),
    sa.Column('source_date', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_tasks'))
    )
    with op.batch_alter_table('plan_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_tasks_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_tasks_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_tasks_deadline'), ['deadline'], unique=False)

    op.create_table('recommendations',
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendations'))
    )
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendations_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendations_sent_on'), ['sent_on'], unique=False)

    op.create_table('villages',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('signal', sa.String(length=8), nullable=False),
    sa.Column('broadband', sa.Boolean(), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_villages'))
    )
    with op.batch_alter_table('villages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_villages_commune_code'), ['commune_code'], unique=False)

    op.create_table('digital_teams',
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['village_id'], ['villages.id'], name=op.f('fk_digital_teams_village_id_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digital_teams'))
    )
    with op.batch_alter_table('digital_teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_digital_teams_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_digital_teams_village_id'), ['village_id'], unique=False)

    op.create_table('village_outages',
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['village_id'], ['villages.id'], name=op.f('fk_village_outages_village_id_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_outages'))
    )
    with op.batch_alter_table('village_outages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_outages_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_outages_started_at'), ['started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_outages_village_id'), ['village_id'], unique=False)

    op.create_table('team_members',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['digital_teams.id'], name=op.f('fk_team_members_team_id_digital_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_members'))
    )
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_members_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_members_team_id'), ['team_id'], unique=False)

    op.create_table('team_sessions',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('people_helped', sa.Integer(), nullable=False),
    sa.Column('dossiers_assisted', sa.Integer(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('commune_code', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['digital_teams.id'], name=op.f('fk_team_sessions_team_id_digital_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_sessions'))
    )
    with op.batch_alter_table('team_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_sessions_commune_code'), ['commune_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_sessions_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_sessions_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('team_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_sessions_team_id'))
        batch_op.drop_index(batch_op.f('ix_team_sessions_held_on'))
        batch_op.drop_index(batch_op.f('ix_team_sessions_commune_code'))

    op.drop_table('team_sessions')
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_members_team_id'))
        batch_op.drop_index(batch_op.f('ix_team_members_commune_code'))

    op.drop_table('team_members')
    with op.batch_alter_table('village_outages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_outages_village_id'))
        batch_op.drop_index(batch_op.f('ix_village_outages_started_at'))
        batch_op.drop_index(batch_op.f('ix_village_outages_commune_code'))

    op.drop_table('village_outages')
    with op.batch_alter_table('digital_teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_digital_teams_village_id'))
        batch_op.drop_index(batch_op.f('ix_digital_teams_commune_code'))

    op.drop_table('digital_teams')
    with op.batch_alter_table('villages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_villages_commune_code'))

    op.drop_table('villages')
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendations_sent_on'))
        batch_op.drop_index(batch_op.f('ix_recommendations_commune_code'))

    op.drop_table('recommendations')
    with op.batch_alter_table('plan_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_tasks_deadline'))
        batch_op.drop_index(batch_op.f('ix_plan_tasks_commune_code'))
        batch_op.drop_index(batch_op.f('ix_plan_tasks_code'))

    op.drop_table('plan_tasks')
