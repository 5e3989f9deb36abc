"""The names of a program year's pairs, for lists that offer them to choose from.

The Documents page lists every pair it can write for; reading each pair whole (goals,
profiles, areas) to show two names made its list cost as much as writing the documents.
The pairs and their order are those of ``documents.data.load_pairs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
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


def pairs_with_names(*leading: Any) -> Select[Any]:
    """The ``leading`` columns of each pair, then both people's names: mentee first and last
    name, mentor first and last name, and when each was erased (``shown_names`` reads them)."""
    mentee, mentor = aliased(Participation), aliased(Participation)
    mentee_person, mentor_person = aliased(Person), aliased(Person)
    return (
        select(
            *leading,
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
    )


def shown_names(row: Sequence[Any]) -> tuple[str, str, str, str]:
    """Mentee first and last name, mentor first and last name of a ``pairs_with_names`` row,
    an erased person's first name as a Person object reads it (the reader's language)."""
    mentee_first, mentee_last, mentor_first, mentor_last, mentee_erased, mentor_erased = row[-6:]
    return (
        first_name_shown(mentee_first, mentee_erased),
        mentee_last,
        first_name_shown(mentor_first, mentor_erased),
        mentor_last,
    )


def pair_names(db: Database, cohort_id: int) -> list[PairNames]:
    """Every pair of the program year past the draft stage, by mentee then mentor name."""
    with db.unit_of_work() as session:
        rows = session.execute(
            pairs_with_names(Pairing.id).where(
                Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT
            )
        ).all()
    names = [PairNames(row[0], *shown_names(row)) for row in rows]
    return sorted(
        names,
        key=lambda n: (
            n.mentee_last_name.casefold(),
            n.mentee_first_name.casefold(),
            n.mentor_last_name.casefold(),
            n.pairing_id,
        ),
    )
