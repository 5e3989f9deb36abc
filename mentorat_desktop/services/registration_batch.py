"""An import's new registrations written together: one many-row INSERT for the new people
and one for their registrations, instead of an object and a flush per row; their ids are then
read back by their unique keys (e-mail; program year and person). ``INSERT ... RETURNING`` in
the rows' order is not used: SQLite does not promise that order, so SQLAlchemy would send one
statement per row.

The rows hold exactly what ``registration.add_registration`` writes one at a time (the same
values, the same order, so the same ids); people known from an earlier program year are
updated through the session as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.models import Participation, Person
from mentorat_desktop.models.enums import ParticipationStatus, Role
from mentorat_desktop.services.insert_rows import insert_rows

# What the model's defaults give a registration the form does not fill: every row carries
# every column, so one statement inserts them all in order.
_DEFAULTS: dict[str, object] = {
    "status": ParticipationStatus.REGISTERED,
    "entry_number": "",
    "resources_reviewed_on": None,
    "withdrawn_on": None,
    "withdrawal_reason": "",
}


# The tables, not the classes: plain rows in, ids out, no objects built either way (the
# version column starts at its server default, 1, as the ORM would set it).
_PERSONS = Person.__table__
_PARTICIPATIONS = Participation.__table__
LOOKUP_CHUNK = 500  # values looked up by one statement (SQLite caps them)


def in_chunks(values: list[str]) -> Iterator[list[str]]:
    """``values`` a statement's worth at a time, for ``IN (...)`` look-ups."""
    for start in range(0, len(values), LOOKUP_CHUNK):
        yield values[start : start + LOOKUP_CHUNK]


@dataclass
class NewPerson:
    """A person first met in this import, inserted by the batch: plain values, no object
    of the model built for each row."""

    email: str
    created_at: datetime
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class WrittenRegistration:
    """What the audit entry of a registration names."""

    participation_id: int
    cohort_id: int
    full_name: str
    role: Role


class RegistrationBatch:
    """New registrations collected row by row, then inserted by ``write``."""

    def __init__(self, session: Session, cohort_id: int) -> None:
        self._session = session
        self._cohort_id = cohort_id
        self._people: list[Person | NewPerson] = []  # each registration's person, in order
        self._rows: list[dict[str, object]] = []

    def add(self, person: Person | NewPerson, values: dict[str, object]) -> None:
        """``person``: known from an earlier year (in the session), or new."""
        self._people.append(person)
        self._rows.append({**_DEFAULTS, **values, "cohort_id": self._cohort_id})

    def write(self) -> list[WrittenRegistration]:
        """Insert the new people, then the registrations; their ids, in the order added."""
        if not self._rows:
            return []
        self._session.flush()  # people known from earlier years: their new names first
        new_people = [p for p in self._people if isinstance(p, NewPerson)]
        if new_people:
            insert_rows(
                self._session,
                _PERSONS,
                [
                    {
                        "first_name": p.first_name,
                        "last_name": p.last_name,
                        "email": p.email,
                        "phone": p.phone,
                        "created_at": p.created_at,
                    }
                    for p in new_people
                ],
            )
            ids = self._person_ids([p.email for p in new_people])
            for person in new_people:
                person.id = ids[person.email]
        rows = [{**row, "person_id": p.id} for p, row in zip(self._people, self._rows, strict=True)]
        insert_rows(self._session, _PARTICIPATIONS, rows)
        registered = dict(
            self._session.execute(
                select(_PARTICIPATIONS.c.person_id, _PARTICIPATIONS.c.id).where(
                    _PARTICIPATIONS.c.cohort_id == self._cohort_id
                )
            ).all()
        )
        participation_ids = [registered[row["person_id"]] for row in rows]
        return [
            WrittenRegistration(pid, self._cohort_id, p.full_name, cast(Role, row["role"]))
            for pid, p, row in zip(participation_ids, self._people, rows, strict=True)
        ]

    def _person_ids(self, emails: list[str]) -> dict[str, int]:
        """The ids the new people were given, found by their e-mail (unique), a few hundred
        at a time (SQLite limits the values of one statement)."""
        ids: dict[str, int] = {}
        for chunk in in_chunks(emails):
            ids.update(
                self._session.execute(
                    select(_PERSONS.c.email, _PERSONS.c.id).where(_PERSONS.c.email.in_(chunk))
                ).all()
            )
        return ids
