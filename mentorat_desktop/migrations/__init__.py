"""Alembic migration scripts; they ship inside the package and run from ``db.py``."""
