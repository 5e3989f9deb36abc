"""The Pairs and Participants pages read their lists as plain rows: each pair's detail and each
participant's line is the one read from the object itself, in the same order."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from mentorat_desktop.models import Pairing, Participation, Person
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.followup.pair_detail import detail_of, pair_detail
from mentorat_desktop.services.followup.pair_list import pair_list
from mentorat_desktop.services.registration import list_participants, row_of


def test_the_list_holds_the_details_read_pair_by_pair(db) -> None:
    write_demo(db)
    now = db.clock.now()
    compared = 0
    for cohort in list_cohorts(db):
        listed = {detail.pairing_id: detail for detail in pair_list(db, cohort.id)}
        with db.unit_of_work() as session:
            pairings = session.scalars(
                select(Pairing).where(
                    Pairing.cohort_id == cohort.id, Pairing.status != PairingStatus.DRAFT
                )
            ).all()
            one_by_one = {p.id: detail_of(session, p, now) for p in pairings}
        assert listed == one_by_one
        compared += sum(bool(d.sessions) and bool(d.goals) for d in listed.values())
    assert compared > 5  # the demo's pairs have goals and meetings to compare


def test_the_participants_list_holds_the_rows_read_person_by_person(db) -> None:
    """Read as plain rows, each line is ``row_of`` the registration (areas in words,
    answers to review, withdrawals), in the same order."""
    write_demo(db)
    for cohort in list_cohorts(db):
        with db.unit_of_work() as session:
            participations = session.scalars(
                select(Participation)
                .join(Person)
                .where(Participation.cohort_id == cohort.id)
                .order_by(Person.last_name.collate("NOCASE"), Person.first_name.collate("NOCASE"))
            ).all()
            one_by_one = {p.id: row_of(p) for p in participations}
        listed = list_participants(db, cohort.id)
        assert {row.participation_id: row for row in listed} == one_by_one
        assert any(row.areas for row in listed)
        keys = [(row.last_name.lower(), row.first_name.lower()) for row in listed]
        assert keys == sorted(keys)


def test_erased_people_read_as_former_participants_in_the_language_in_use(db) -> None:
    """Read as columns, an erased person's first name is what a Person object gives: the
    words of the language in use, not those stored when the person was erased."""
    from datetime import datetime

    from mentorat_desktop import i18n
    from mentorat_desktop.documents.data import load_pairs
    from mentorat_desktop.services.followup.pair_names import pair_names

    write_demo(db)
    cohort = list_cohorts(db)[0]
    with db.unit_of_work() as session:
        pairing = session.scalars(
            select(Pairing).where(
                Pairing.cohort_id == cohort.id, Pairing.status != PairingStatus.DRAFT
            )
        ).first()
        person = pairing.mentee.person
        person.first_name = "Ancienne personne participante"  # as stored at erasure
        person.anonymised_at = datetime(2026, 11, 1)
        erased = person.id
        pairing_id = pairing.id
    try:
        for language, words in (("en", "Former participant"), ("fr", None)):
            i18n.set_language(language)
            listed = [r for r in list_participants(db, cohort.id) if r.person_id == erased]
            with db.unit_of_work() as session:
                participation = session.scalars(
                    select(Participation).where(
                        Participation.person_id == erased, Participation.cohort_id == cohort.id
                    )
                ).one()
                expected = row_of(participation)
            assert listed == [expected]
            if words:
                assert expected.first_name == words
            named = {n.pairing_id: n.mentee_first_name for n in pair_names(db, cohort.id)}
            sheets = {s.pairing_id: s.mentee.first_name for s in load_pairs(db, cohort.id)}
            assert named == sheets
            # The Pairs page's list reads the same name as the pair's own page.
            listed_pair = next(d for d in pair_list(db, cohort.id) if d.pairing_id == pairing_id)
            assert listed_pair == replace(pair_detail(db, pairing_id), stamp=None)
            if words:
                assert listed_pair.mentee.full_name.startswith(words)
    finally:
        i18n.set_language("fr")
