"""A person, known across program years: the same e-mail means the same person."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.orm.attributes import set_committed_value

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.models.base import Base

# Replaces the first name of an erased person; the partner's record shows it.
FORMER_PARTICIPANT = N_("Former participant")

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


def first_name_shown(first_name: str, anonymised_at: datetime | None) -> str:
    """The first name as read: an erased person's is "Former participant" in the language of
    whoever looks (queries that read columns, not Person objects, apply it too)."""
    return _(FORMER_PARTICIPANT) if anonymised_at is not None else first_name


@event.listens_for(Person, "load")
def _former_participant_in_the_language_in_use(person: Person, _context: object) -> None:
    """An erased person reads "Former participant" in the language of whoever looks, not the
    language in use when they were erased (the stored words are only a placeholder)."""
    if person.anonymised_at is not None:
        set_committed_value(
            person, "first_name", first_name_shown(person.first_name, person.anonymised_at)
        )
