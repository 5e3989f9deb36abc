"""Lists that read people's names as columns (not Person objects) show an erased person as
"Former participant" in the reader's language, as the rest of the app does, not in the
language in use when the person was erased."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from mentorat_desktop import i18n
from mentorat_desktop.documents.data import participants_with_sessions
from mentorat_desktop.models import MentoringSession, Pairing
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.finding import FoundKind, people_and_pairs

STORED = "Ancienne personne participante"  # the French words stored at erasure


@pytest.fixture
def erased(db) -> tuple[int, int, int]:
    """(program year, pair, participation) of a mentee with logged sessions, erased."""
    write_demo(db)
    cohort = list_cohorts(db)[0]
    with db.unit_of_work() as session:
        pairing = session.scalars(
            select(Pairing)
            .join(MentoringSession, MentoringSession.pairing_id == Pairing.id)
            .where(Pairing.cohort_id == cohort.id)
        ).first()
        person = pairing.mentee.person
        person.first_name = STORED
        person.last_name = ""
        person.anonymised_at = datetime(2026, 11, 1)
        found = (cohort.id, pairing.id, pairing.mentee_id)
    yield found
    i18n.set_language("fr")


def test_find_anything_names_an_erased_partner_in_the_readers_language(db, erased) -> None:
    cohort_id, pairing_id, _mentee = erased
    i18n.set_language("en")
    found = people_and_pairs(db, cohort_id)
    (pair,) = [f for f in found if f.kind == FoundKind.PAIR and f.key == pairing_id]
    assert "Former participant" in pair.title
    assert STORED not in pair.title


def test_the_hours_statement_list_names_an_erased_person_in_the_readers_language(
    db, erased
) -> None:
    cohort_id, _pairing, mentee_id = erased
    i18n.set_language("en")
    listed = participants_with_sessions(db, cohort_id)
    (person,) = [p for p in listed if p.participation_id == mentee_id]
    assert person.first_name == "Former participant"


def test_the_resources_review_list_names_an_erased_person_in_the_readers_language(
    db, erased
) -> None:
    from mentorat_desktop.services.resources.reviewed import resources_status

    cohort_id, _pairing, mentee_id = erased
    i18n.set_language("en")
    (status,) = [s for s in resources_status(db, cohort_id) if s.participation_id == mentee_id]
    assert status.name == "Former participant"
    assert STORED not in status.sort_name


def test_the_resources_review_list_reads_as_the_people_themselves(db) -> None:
    """Read as columns, each line is what the participation and person objects say."""
    from mentorat_desktop.models import Participation
    from mentorat_desktop.models.enums import ParticipationStatus
    from mentorat_desktop.services.resources.reviewed import resources_status

    write_demo(db)
    for cohort in list_cohorts(db):
        listed = resources_status(db, cohort.id)
        with db.unit_of_work() as session:
            registered = session.scalars(
                select(Participation).where(
                    Participation.cohort_id == cohort.id,
                    Participation.status == ParticipationStatus.REGISTERED,
                )
            ).all()
            expected = {
                p.id: (p.person.full_name, p.role, p.resources_reviewed_on, p.registered_on)
                for p in registered
            }
        assert {
            s.participation_id: (s.name, s.role, s.reviewed_on, s.registered_on) for s in listed
        } == expected
        assert len(listed) == len(expected)
