"""Column types shared by several tables."""

from __future__ import annotations

from enum import Enum as PyEnum

from sqlalchemy import Enum


def code_enum(enum_class: type[PyEnum], name: str) -> Enum:
    """Store an enum as its short code (not its Python name), checked by the database."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
