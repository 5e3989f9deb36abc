"""Registrations remember the form's entry number and the answers left to review.

An import keeps an answer it could not place (a wording the app does not know) as written,
in ``answers_to_review`` (field -> text), instead of refusing the registration; the entry
number of the form service spots the same entry imported twice.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participations") as batch:
        batch.add_column(sa.Column("entry_number", sa.String(length=60), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("answers_to_review", sa.JSON(), nullable=False,
                                   server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("participations") as batch:
        batch.drop_column("answers_to_review")
        batch.drop_column("entry_number")
