"""Make the audit trail append-only: who did what, and when, can no longer be rewritten.

Only ``summary`` and ``details`` may change, so that anonymisation can scrub personal
information from old entries; deleting an entry is refused.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
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


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entries_no_rewrite")
