"""Training activities: what the committee organises for participants, who is invited, who came,
and the topics participants asked for.

Revision ID: 0004
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "workshop",
                "talk",
                "networking",
                "other",
                name="activity_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("video_link", sa.String(length=500), nullable=False),
        sa.Column(
            "language",
            sa.Enum(
                "fr",
                "en",
                "bilingual",
                name="activity_language",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "audience",
            sa.Enum(
                "mentees",
                "mentors",
                "everyone",
                "chosen",
                name="activity_audience",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "proposed_by",
            sa.Enum(
                "committee",
                "mentee_requests",
                "mentor",
                name="activity_proposer",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("proposing_mentor_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "cancelled",
                name="activity_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("cancellation_reason", sa.Text(), nullable=False),
        sa.Column("attendance_recorded_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes > 0", name=op.f("ck_training_activities_duration_positive")
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_training_activities_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["proposing_mentor_id"],
            ["participations.id"],
            name=op.f("fk_training_activities_proposing_mentor_id_participations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_activities")),
    )
    with op.batch_alter_table("training_activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_activities_cohort_id"), ["cohort_id"], unique=False
        )

    op.create_table(
        "activity_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=True),
        sa.Column(
            "attendance",
            sa.Enum(
                "present",
                "absent",
                "excused",
                name="attendance",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["training_activities.id"],
            name=op.f("fk_activity_invitations_activity_id_training_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participations.id"],
            name=op.f("fk_activity_invitations_participation_id_participations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_invitations")),
    )
    with op.batch_alter_table("activity_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_invitations_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_invitations_participation_id"),
            ["participation_id"],
            unique=False,
        )

    op.create_table(
        "activity_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["training_activities.id"],
            name=op.f("fk_activity_requests_activity_id_training_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_activity_requests_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participations.id"],
            name=op.f("fk_activity_requests_participation_id_participations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_requests")),
    )
    with op.batch_alter_table("activity_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_requests_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_requests_cohort_id"), ["cohort_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_requests_participation_id"), ["participation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_requests_participation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_requests_cohort_id"))
        batch_op.drop_index(batch_op.f("ix_activity_requests_activity_id"))

    op.drop_table("activity_requests")
    with op.batch_alter_table("activity_invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_invitations_participation_id"))
        batch_op.drop_index(batch_op.f("ix_activity_invitations_activity_id"))

    op.drop_table("activity_invitations")
    with op.batch_alter_table("training_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_activities_cohort_id"))

    op.drop_table("training_activities")
