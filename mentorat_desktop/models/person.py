"""A person, known across program years: the same e-mail means the same person."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base

if TYPE_CHECKING:
    from mentorat_desktop.models.participation import Participation


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Stored lower-cased and trimmed so that comparisons ignore case.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Set when the person's information was destroyed at the end of its retention period.
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)

    participations: Mapped[list[Participation]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
