"""Record which questions of the first-contact guide a pair talked about (never the answers).

Revision ID: 0007
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite keeps the table (and its partial index) as it is.
    op.add_column(
        "pairings",
        sa.Column("topics_discussed", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    with op.batch_alter_table("pairings") as batch:
        batch.drop_column("topics_discussed")
