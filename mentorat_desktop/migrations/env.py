"""Alembic environment: runs on the connection that ``db.py`` hands over, never from an ini."""

from __future__ import annotations

from alembic import context

from mentorat_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
