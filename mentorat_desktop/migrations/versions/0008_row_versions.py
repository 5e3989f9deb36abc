"""A version counter on the rows a page edits, so that a stale edit is refused.

Pairs, registrations, sessions and goals each get ``version``, raised by every change; an
edit carries the version it was based on and is refused when the row moved on meanwhile.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("pairings", "participations", "mentoring_sessions", "goals")


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite keeps each table (and its indexes) as it is.
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
