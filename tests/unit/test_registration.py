"""Phase 2: registering, correcting and withdrawing participants."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.forms import mentee_form, mentor_form
from sqlalchemy import func, select

from mentorat_desktop.errors import ValidationFailed
from mentorat_desktop.models import AuditEntry, Pairing, Participation, Person
from mentorat_desktop.models.enums import EndKind, PairingStatus, ParticipationStatus, Role
from mentorat_desktop.services import registration, withdrawal
from mentorat_desktop.services.cohorts import CohortForm, create_cohort


def _count(db, model) -> int:
    with db.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_registered_mentee_is_listed_with_every_answer(db, cohort) -> None:
    row = registration.register(db, cohort.id, mentee_form(email="  Elodie.Berube@Example.org "))
    assert row.email == "elodie.berube@example.org"
    [listed] = registration.list_participants(db, cohort.id)
    assert listed == row
    form = registration.load_form(db, row.participation_id)
    assert form.development_objectives == "Prendre sa place dans un comité de direction."
    assert form.workplace == "Hôpital de l'Enfant-Jésus"
    assert form.consent_date == date(2026, 5, 1)
    assert form.registered_on == date(2026, 10, 5)  # the injected clock's day


def test_mentor_keeps_expertise_and_capacity(db, cohort) -> None:
    row = registration.register(db, cohort.id, mentor_form(capacity=3))
    form = registration.load_form(db, row.participation_id)
    # Known wordings are stored as codes and shown with the labels in the person's language.
    assert form.expertise_areas == ("Change management", "Finance and budgeting")
    with db.unit_of_work() as session:
        stored = session.get(Participation, row.participation_id)
        assert stored is not None
        assert stored.expertise_areas == ["change_management", "finance"]
    assert form.capacity == 3 and form.is_certified and form.role == Role.MENTOR


def test_duplicate_email_in_the_same_year_is_refused_and_nothing_is_saved(db, cohort) -> None:
    registration.register(db, cohort.id, mentee_form())
    with pytest.raises(ValidationFailed) as failure:
        registration.register(db, cohort.id, mentor_form(email="ELODIE.BERUBE@example.org"))
    assert failure.value.errors[0].field == "email"
    assert "déjà inscrit" in failure.value.message
    assert _count(db, Participation) == 1
    assert _count(db, Person) == 1


def test_person_from_an_earlier_year_is_linked_not_copied(db, cohort) -> None:
    earlier = create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    first = registration.register(db, earlier.id, mentee_form())
    second = registration.register(db, cohort.id, mentee_form(phone="418 555-0199"))
    assert first.person_id == second.person_id
    assert _count(db, Person) == 1
    assert _count(db, Participation) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"first_name": "  "}, "first_name"),
        ({"email": "elodie@"}, "email"),
        ({"email": "elodie berube@example.org"}, "email"),
        ({"region": ""}, "region"),
        ({"region": "42"}, "region"),
        ({"development_objectives": ""}, "development_objectives"),
        ({"consent_date": None}, "consent_date"),
        ({"is_certified": True, "is_member": False}, "is_certified"),
        ({"first_name": "x" * 101}, "first_name"),
        ({"leads_capabilities": ("Z9",)}, "leads_capabilities"),
    ],
)
def test_invalid_mentee_answers_are_refused(db, cohort, changes, field) -> None:
    with pytest.raises(ValidationFailed) as failure:
        registration.register(db, cohort.id, mentee_form(**changes))
    assert field in {e.field for e in failure.value.errors}
    assert _count(db, Participation) == 0


def test_mentor_needs_expertise_and_a_sensible_capacity(db, cohort) -> None:
    with pytest.raises(ValidationFailed) as failure:
        registration.register(db, cohort.id, mentor_form(expertise_areas=(), capacity=0))
    assert {e.field for e in failure.value.errors} == {"expertise_areas", "capacity"}


def test_messages_follow_the_language(db, cohort) -> None:
    from mentorat_desktop import i18n

    i18n.set_language("en")
    [error] = registration.validate(registration.clean(mentee_form(email="nope")))
    assert error.message == "nope is not a valid e-mail address."
    i18n.set_language("fr")
    [error] = registration.validate(registration.clean(mentee_form(email="nope")))
    assert "courriel" in error.message


def test_update_corrects_and_is_audited(db, cohort) -> None:
    row = registration.register(db, cohort.id, mentee_form())
    updated = registration.update(
        db, row.participation_id, mentee_form(organisation="CISSS de Laval", region="13")
    )
    assert (updated.organisation, updated.region) == ("CISSS de Laval", "13")
    with db.unit_of_work() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participation.update")
        ).one()
        assert set(entry.details["changed"]) == {"organisation", "region"}


def test_update_cannot_take_the_email_of_someone_else(db, cohort) -> None:
    registration.register(db, cohort.id, mentor_form())
    row = registration.register(db, cohort.id, mentee_form())
    with pytest.raises(ValidationFailed):
        registration.update(db, row.participation_id, mentee_form(email="marc.obrien@example.org"))
    assert registration.load_form(db, row.participation_id).email == "elodie.berube@example.org"


def test_withdrawal_keeps_the_participant_with_date_and_reason(db, cohort, clock) -> None:
    row = registration.register(db, cohort.id, mentee_form())
    withdrawn = withdrawal.withdraw(db, row.participation_id, date(2026, 10, 5), " Congé ")
    assert withdrawn.status == ParticipationStatus.WITHDRAWN
    assert (withdrawn.withdrawn_on, withdrawn.withdrawal_reason) == (date(2026, 10, 5), "Congé")
    assert len(registration.list_participants(db, cohort.id)) == 1
    back = withdrawal.reinstate(db, row.participation_id)
    assert back.status == ParticipationStatus.REGISTERED and back.withdrawn_on is None


def test_withdrawal_needs_a_reason_and_a_sensible_date(db, cohort) -> None:
    row = registration.register(db, cohort.id, mentee_form())
    with pytest.raises(ValidationFailed):
        withdrawal.withdraw(db, row.participation_id, date(2026, 10, 5), "  ")
    with pytest.raises(ValidationFailed):
        withdrawal.withdraw(db, row.participation_id, date(2020, 1, 1), "Congé")
    assert registration.list_participants(db, cohort.id)[0].status == "registered"


def test_each_change_writes_one_audit_entry(db, cohort) -> None:
    row = registration.register(db, cohort.id, mentee_form(), actor="Sophie")
    withdrawal.withdraw(db, row.participation_id, date(2026, 10, 5), "Congé", actor="Sophie")
    with db.unit_of_work() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        actors = set(session.scalars(select(AuditEntry.actor)).all())
    assert actions == ["cohort.create", "participation.register", "participation.withdraw"]
    assert "Sophie" in actors


def _pair(db, cohort, mentor_id: int, mentee_id: int, status: PairingStatus) -> int:
    from datetime import datetime

    with db.unit_of_work() as session:
        pairing = Pairing(
            cohort_id=cohort.id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            status=status,
            created_at=datetime(2026, 9, 10),
            agreements={},
            assigned_at=None if status == PairingStatus.DRAFT else datetime(2026, 9, 12),
        )
        session.add(pairing)
        session.flush()
        return pairing.id


def test_a_withdrawn_mentor_ends_their_pairs_and_frees_the_mentees(db, cohort) -> None:
    mentor = registration.register(db, cohort.id, mentor_form(capacity=2))
    first = registration.register(db, cohort.id, mentee_form())
    second = registration.register(db, cohort.id, mentee_form(email="b@example.org"))
    active = _pair(
        db, cohort, mentor.participation_id, first.participation_id, PairingStatus.ACTIVE
    )
    _pair(db, cohort, mentor.participation_id, second.participation_id, PairingStatus.DRAFT)
    assert withdrawal.open_pairings_count(db, mentor.participation_id) == 2
    withdrawal.withdraw(db, mentor.participation_id, date(2026, 10, 5), "Congé de maladie")
    with db.unit_of_work() as session:
        pairings = session.scalars(select(Pairing)).all()
        assert [p.id for p in pairings] == [active]
        ended = pairings[0]
        assert ended.status == PairingStatus.ENDED and ended.end_kind == EndKind.EARLY
        assert ended.ended_on == date(2026, 10, 5) and ended.mentee_wants_new_mentor
        assert ended.end_reason_detail == "Congé de maladie"


def test_reinstating_someone_registered_is_refused(db, cohort) -> None:
    row = registration.register(db, cohort.id, mentee_form())
    with pytest.raises(ValidationFailed):
        withdrawal.reinstate(db, row.participation_id)


def test_listing_a_year_reads_its_people_in_one_query(db, cohort) -> None:
    """The participants page of a large year must not ask the file once per person."""
    from dataclasses import replace

    from sqlalchemy import event

    for n in range(12):
        registration.register(
            db, cohort.id, replace(mentee_form(), email=f"person{n}@example.org")
        )
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        rows = registration.list_participants(db, cohort.id)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(rows) == 12
    assert {row.email for row in rows} == {f"person{n}@example.org" for n in range(12)}
    # The people in one query, the year's area vocabulary (to label areas) in one more:
    # never one per person.
    assert len(statements) == 2
    assert sum("areas_of_expertise" in s for s in statements) == 1


def test_each_registration_keeps_the_purposes_it_consented_to(db, cohort) -> None:
    from mentorat_desktop.preferences import Preferences

    preferences = Preferences()
    preferences.purposes = "Jumelage, suivi et statistiques anonymes"
    preferences.save()
    row = registration.register(db, cohort.id, mentee_form())
    preferences.purposes = "Autre libellé"
    preferences.save()
    with db.unit_of_work() as s:
        stored = s.get(Participation, row.participation_id)
        assert stored.consent_purpose == "Jumelage, suivi et statistiques anonymes"
        assert stored.consent_date is not None
