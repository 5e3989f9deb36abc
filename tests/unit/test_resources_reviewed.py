"""Phase 3: recording who has reviewed the resources, all or nothing, with an audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.forms import mentee_form, mentor_form
from sqlalchemy import select

from mentorat_desktop.errors import NotFound, ValidationFailed
from mentorat_desktop.models import AuditEntry
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.registration import register
from mentorat_desktop.services.resources.reviewed import (
    ReviewCounts,
    record_resources_reviewed,
    resources_status,
    review_counts,
)
from mentorat_desktop.services.withdrawal import withdraw

SEPT_20 = date(2026, 9, 20)


@pytest.fixture
def people(db, cohort) -> dict[str, int]:
    """Élodie (mentee) and Marc (mentor) registered on September 15; Zoé on October 1."""
    marc = register(db, cohort.id, mentor_form(registered_on=date(2026, 9, 15)))
    elodie = register(db, cohort.id, mentee_form(registered_on=date(2026, 9, 15)))
    zoe = register(
        db,
        cohort.id,
        mentee_form(
            first_name="Zoé",
            last_name="Tremblay",
            email="zoe@example.org",
            registered_on=date(2026, 10, 1),
        ),
    )
    return {
        "marc": marc.participation_id,
        "elodie": elodie.participation_id,
        "zoe": zoe.participation_id,
    }


def _dates(db, cohort) -> dict[str, date | None]:
    return {row.name: row.reviewed_on for row in resources_status(db, cohort.id)}


def _audit(db) -> list[AuditEntry]:
    with db.unit_of_work() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "resources_reviewed")
        ).all()
        session.expunge_all()
        return list(entries)


def test_marking_people_records_the_date_and_audits_each(db, cohort, people) -> None:
    changed = record_resources_reviewed(
        db, [people["marc"], people["elodie"]], SEPT_20, actor="Sophie"
    )
    assert changed == 2
    assert _dates(db, cohort) == {
        "Élodie Bérubé": SEPT_20,
        "Marc O'Brien": SEPT_20,
        "Zoé Tremblay": None,
    }
    entries = _audit(db)
    assert sorted(e.entity_id for e in entries) == sorted([people["marc"], people["elodie"]])
    assert {e.actor for e in entries} == {"Sophie"}
    assert entries[0].details == {"before": None, "reviewed_on": "2026-09-20"}


def test_the_status_lists_registered_people_by_last_name_with_their_role(
    db, cohort, people
) -> None:
    withdraw(db, people["zoe"], date(2026, 10, 2), "New position")
    rows = resources_status(db, cohort.id)
    assert [(r.name, r.role) for r in rows] == [
        ("Élodie Bérubé", Role.MENTEE),
        ("Marc O'Brien", Role.MENTOR),
    ]


def test_counts_for_the_dashboard_leave_out_withdrawn_people(db, cohort, people) -> None:
    assert review_counts(db, cohort.id) == ReviewCounts(reviewed=0, registered=3)
    record_resources_reviewed(db, [people["marc"], people["zoe"]], date(2026, 10, 2))
    withdraw(db, people["zoe"], date(2026, 10, 3), "New position")
    assert review_counts(db, cohort.id) == ReviewCounts(reviewed=1, registered=2)


def test_a_date_in_the_future_is_refused(db, cohort, people) -> None:
    with pytest.raises(ValidationFailed) as failure:
        record_resources_reviewed(db, [people["marc"]], date(2026, 10, 6))
    assert failure.value.errors[0].field == "reviewed_on"
    assert _dates(db, cohort)["Marc O'Brien"] is None


def test_today_is_accepted(db, cohort, people, clock) -> None:
    assert record_resources_reviewed(db, [people["marc"]], clock.today()) == 1


def test_a_date_before_registration_refuses_the_whole_batch_naming_the_person(
    db, cohort, people
) -> None:
    with pytest.raises(ValidationFailed) as failure:
        record_resources_reviewed(db, [people["marc"], people["zoe"]], SEPT_20)
    assert [e.field for e in failure.value.errors] == ["reviewed_on"]
    assert "Zoé Tremblay" in failure.value.message
    assert "Marc" not in failure.value.message
    assert _dates(db, cohort)["Marc O'Brien"] is None  # all or nothing
    assert _audit(db) == []


def test_withdrawn_people_are_refused(db, cohort, people) -> None:
    withdraw(db, people["elodie"], date(2026, 10, 1), "Moved away")
    for reviewed_on in (SEPT_20, None):
        with pytest.raises(ValidationFailed) as failure:
            record_resources_reviewed(db, [people["elodie"]], reviewed_on)
        assert "Élodie Bérubé" in failure.value.message


def test_none_clears_the_date(db, cohort, people) -> None:
    record_resources_reviewed(db, [people["marc"]], SEPT_20)
    assert record_resources_reviewed(db, [people["marc"]], None, actor="Sophie") == 1
    assert _dates(db, cohort)["Marc O'Brien"] is None
    assert _audit(db)[-1].details == {"before": "2026-09-20", "reviewed_on": None}


def test_recording_the_same_date_again_changes_nothing(db, cohort, people) -> None:
    record_resources_reviewed(db, [people["marc"]], SEPT_20)
    assert record_resources_reviewed(db, [people["marc"], people["marc"]], SEPT_20) == 0
    assert len(_audit(db)) == 1


def test_nobody_selected_is_nothing_to_do(db) -> None:
    assert record_resources_reviewed(db, [], SEPT_20) == 0


def test_an_unknown_participant_is_not_found(db, people) -> None:
    with pytest.raises(NotFound):
        record_resources_reviewed(db, [people["marc"], 9999], SEPT_20)
