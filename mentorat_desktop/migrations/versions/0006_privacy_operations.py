"""Privacy operations: sealed audit entries, anonymised years, consent purposes, incidents.

- ``audit_entries`` gains ``content_hash`` and ``chain_hash``; entries already there are
  sealed in order, so the chain starts at the first entry ever written;
- ``cohorts.anonymised_at`` records when a program year's personal information went;
- ``participations.consent_purpose`` keeps the purposes the person consented to;
- ``confidentiality_incidents`` gains the fields the regulation asks for and a list of
  corrections, and refuses deletion.

Revision ID: 0006
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mentorat_desktop.services.privacy.seal import GENESIS, chain_hash, content_hash

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None

_AUDIT = sa.table(
    "audit_entries",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Integer()),
    sa.column("cohort_id", sa.Integer()),
    sa.column("summary", sa.Text()),
    sa.column("details", sa.JSON()),
    sa.column("content_hash", sa.String()),
    sa.column("chain_hash", sa.String()),
)


def _seal_existing() -> None:
    bind = op.get_bind()
    previous = GENESIS
    rows = bind.execute(sa.select(_AUDIT).order_by(_AUDIT.c.id)).mappings().all()
    for row in rows:
        content = content_hash(row["summary"], row["details"])
        previous = chain_hash(
            previous,
            row["at"],
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["cohort_id"],
            content,
        )
        bind.execute(
            _AUDIT.update()
            .where(_AUDIT.c.id == row["id"])
            .values(content_hash=content, chain_hash=previous)
        )


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(
            sa.Column("content_hash", sa.String(64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("chain_hash", sa.String(64), nullable=False, server_default=""))
    # The batch rebuild dropped 0002's triggers with the old table: put them back.
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_rewrite")
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    _seal_existing()
    op.execute(
        """
        CREATE TRIGGER audit_entries_no_rewrite
        BEFORE UPDATE OF at, actor, action, entity, entity_id, cohort_id ON audit_entries
        WHEN NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
          OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity
          OR NEW.entity_id IS NOT OLD.entity_id
          OR (NEW.cohort_id IS NOT OLD.cohort_id AND NEW.cohort_id IS NOT NULL)
        BEGIN
            SELECT RAISE(ABORT, 'audit entries are append-only');
        END
        """
    )
    op.execute(
        """
        CREATE TRIGGER audit_entries_no_delete
        BEFORE DELETE ON audit_entries
        BEGIN
            SELECT RAISE(ABORT, 'audit entries are append-only');
        END
        """
    )
    with op.batch_alter_table("cohorts") as batch:
        batch.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("participations") as batch:
        batch.add_column(sa.Column("consent_purpose", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("confidentiality_incidents") as batch:
        batch.add_column(
            sa.Column("occurred_estimated", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("persons_estimated", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("risk_reasons", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("corrections", sa.JSON(), nullable=False, server_default="[]"))
    op.execute(
        """
        CREATE TRIGGER confidentiality_incidents_no_delete
        BEFORE DELETE ON confidentiality_incidents
        BEGIN
            SELECT RAISE(ABORT, 'the incident register keeps every entry');
        END
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS confidentiality_incidents_no_delete")
    with op.batch_alter_table("confidentiality_incidents") as batch:
        for name in ("corrections", "risk_reasons", "persons_estimated", "occurred_estimated"):
            batch.drop_column(name)
    with op.batch_alter_table("participations") as batch:
        batch.drop_column("consent_purpose")
    with op.batch_alter_table("cohorts") as batch:
        batch.drop_column("anonymised_at")
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_rewrite")
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("chain_hash")
        batch.drop_column("content_hash")
