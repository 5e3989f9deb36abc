"""The names of a program year's pairs, for lists that offer them to choose from.

The Documents page lists every pair it can write for; reading each pair whole (goals,
profiles, areas) to show two names made its list cost as much as writing the documents.
The pairs and their order are those of ``documents.data.load_pairs``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from mentorat_desktop.db import Database
from mentorat_desktop.models import Pairing, Participation, Person
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.models.person import first_name_shown


@dataclass(frozen=True)
class PairNames:
    pairing_id: int
    mentee_first_name: str
    mentee_last_name: str
    mentor_first_name: str
    mentor_last_name: str


def pair_names(db: Database, cohort_id: int) -> list[PairNames]:
    """Every pair of the program year past the draft stage, by mentee then mentor name."""
    mentee, mentor = aliased(Participation), aliased(Participation)
    mentee_person, mentor_person = aliased(Person), aliased(Person)
    with db.unit_of_work() as session:
        rows = session.execute(
            select(
                Pairing.id,
                mentee_person.first_name,
                mentee_person.last_name,
                mentor_person.first_name,
                mentor_person.last_name,
                mentee_person.anonymised_at,
                mentor_person.anonymised_at,
            )
            .join(mentee, mentee.id == Pairing.mentee_id)
            .join(mentee_person, mentee_person.id == mentee.person_id)
            .join(mentor, mentor.id == Pairing.mentor_id)
            .join(mentor_person, mentor_person.id == mentor.person_id)
            .where(Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT)
        ).all()
    # An erased person's first name reads as a Person object gives it.
    names = [
        PairNames(
            pairing_id,
            first_name_shown(mentee_first, mentee_erased),
            mentee_last,
            first_name_shown(mentor_first, mentor_erased),
            mentor_last,
        )
        for pairing_id, mentee_first, mentee_last, mentor_first, mentor_last, mentee_erased,
        mentor_erased in rows
    ]
    return sorted(
        names,
        key=lambda n: (
            n.mentee_last_name.casefold(),
            n.mentee_first_name.casefold(),
            n.mentor_last_name.casefold(),
            n.pairing_id,
        ),
    )
