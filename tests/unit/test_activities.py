"""Training activities: audience rules, planning, attendance in one transaction, requests,
and what erasure leaves behind."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers.activities import activity_year, plan, workshop_form

from mentorat_desktop.errors import UserError, ValidationFailed
from mentorat_desktop.models import ActivityInvitation, Participation
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityProposer,
    ActivityStatus,
    Attendance,
)
from mentorat_desktop.services.activities import planning
from mentorat_desktop.services.activities.attendance import clear_attendance, record_attendance
from mentorat_desktop.services.activities.privacy import (
    activities_for_person,
    remove_person_from_activities,
)
from mentorat_desktop.services.activities.requests import list_requests, record_request


def _names(db, activity_id):
    return [(i.name, i.language) for i in planning.activity_invitees(db, activity_id)]


def test_all_mentees_excludes_withdrawn_and_mentors(db, cohort):
    year = activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    assert _names(db, row.id) == [("Élodie Bérubé", "fr"), ("Grace Hopper", "en")]
    assert row.invited == 2
    assert year.withdrawn not in [
        i.participation_id for i in planning.activity_invitees(db, row.id)
    ]


def test_mentors_and_everyone(db, cohort):
    year = activity_year(db, cohort.id)
    mentors = plan(db, cohort.id, audience=ActivityAudience.MENTORS)
    everyone = plan(db, cohort.id, audience=ActivityAudience.EVERYONE)
    assert [i.participation_id for i in planning.activity_invitees(db, mentors.id)] == [year.mentor]
    assert everyone.invited == 3


def test_chosen_people_only_and_withdrawal_drops_them(db, cohort, clock):
    year = activity_year(db, cohort.id)
    row = plan(
        db, cohort.id, audience=ActivityAudience.CHOSEN, chosen=[year.mentee_en, year.mentor]
    )
    assert {i.participation_id for i in planning.activity_invitees(db, row.id)} == {
        year.mentee_en,
        year.mentor,
    }
    from mentorat_desktop.services.withdrawal import withdraw

    withdraw(db, year.mentor, date(2026, 10, 5), "Surcharge")
    assert [i.participation_id for i in planning.activity_invitees(db, row.id)] == [year.mentee_en]


def test_plan_is_validated(db, cohort):
    with pytest.raises(ValidationFailed) as failure:
        plan(
            db,
            cohort.id,
            title=" ",
            held_on=None,
            video_link="meet.example.org",
            audience=ActivityAudience.CHOSEN,
            proposed_by=ActivityProposer.MENTOR,
        )
    assert {e.field for e in failure.value.errors} == {
        "title",
        "held_on",
        "video_link",
        "chosen",
        "proposing_mentor_id",
    }


def test_attendance_for_everyone_makes_the_activity_held(db, cohort, clock):
    year = activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    clock.current = datetime(2026, 11, 12, 14, 0)
    held = record_attendance(
        db, row.id, {year.mentee_fr: Attendance.PRESENT, year.mentee_en: Attendance.EXCUSED}
    )
    assert held.status == ActivityStatus.HELD
    assert (held.invited, held.present, held.absent, held.excused) == (2, 1, 0, 1)
    assert [i.attendance for i in planning.activity_invitees(db, row.id)] == [
        Attendance.PRESENT,
        Attendance.EXCUSED,
    ]
    undone = clear_attendance(db, row.id)
    assert undone.status == ActivityStatus.PLANNED and undone.present == 0


def test_attendance_is_all_or_nothing(db, cohort, clock):
    year = activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    clock.current = datetime(2026, 11, 12, 14, 0)
    with pytest.raises(UserError):
        record_attendance(db, row.id, {year.mentee_fr: Attendance.PRESENT})
    with pytest.raises(UserError):
        record_attendance(
            db,
            row.id,
            {
                year.mentee_fr: Attendance.PRESENT,
                year.mentee_en: Attendance.PRESENT,
                year.mentor: Attendance.PRESENT,
            },
        )
    with db.unit_of_work() as session:
        assert session.query(ActivityInvitation).count() == 0
    assert planning.get_activity(db, row.id).status == ActivityStatus.PLANNED


def test_attendance_waits_for_the_day(db, cohort, clock):
    year = activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    with pytest.raises(UserError):
        record_attendance(
            db, row.id, {year.mentee_fr: Attendance.PRESENT, year.mentee_en: Attendance.ABSENT}
        )


def test_year_list_upcoming_first_and_attendance_due(db, cohort, clock):
    activity_year(db, cohort.id)
    past = plan(db, cohort.id, title="Passé", held_on=date(2026, 9, 30))
    later = plan(db, cohort.id, title="Plus tard", held_on=date(2027, 2, 1))
    soon = plan(db, cohort.id, title="Bientôt", held_on=date(2026, 10, 20))
    cancelled = plan(db, cohort.id, title="Annulé", held_on=date(2026, 10, 1))
    planning.cancel_activity(db, cancelled.id, "Conférencière malade")
    rows = planning.list_activities(db, cohort.id)
    assert [r.id for r in rows] == [soon.id, later.id, cancelled.id, past.id]
    assert [r.id for r in planning.attendance_due(db, cohort.id)] == [past.id]
    assert planning.next_activity(db, cohort.id).id == soon.id
    restored = planning.restore_activity(db, cancelled.id)
    assert restored.status == ActivityStatus.PLANNED


def test_requests_answered_by_an_activity(db, cohort, clock):
    year = activity_year(db, cohort.id)
    asked = record_request(db, year.mentee_fr, "Négocier un budget", "Pour un nouveau poste")
    other = record_request(db, year.mentee_en, "Public speaking")
    assert asked.requested_on == clock.today() and asked.requester_name == "Élodie Bérubé"
    row = plan(db, cohort.id, proposed_by=ActivityProposer.MENTEE_REQUESTS, request_ids=[asked.id])
    assert [r.topic for r in row.requests] == ["Négocier un budget"]
    assert [r.id for r in list_requests(db, cohort.id, pending_only=True)] == [other.id]
    planning.delete_activity(db, row.id)
    assert len(list_requests(db, cohort.id, pending_only=True)) == 2


def test_erasure_removes_the_person_and_keeps_counts(db, cohort, clock):
    year = activity_year(db, cohort.id)
    record_request(db, year.mentee_fr, "Négocier un budget")
    row = plan(db, cohort.id)
    clock.current = datetime(2026, 11, 12, 14, 0)
    record_attendance(
        db, row.id, {year.mentee_fr: Attendance.PRESENT, year.mentee_en: Attendance.ABSENT}
    )
    with db.unit_of_work() as session:
        person_id = session.get(Participation, year.mentee_fr).person_id
        lines = activities_for_person(session, person_id)
        assert [(line.what, line.attendance) for line in lines] == [
            ("invitation", Attendance.PRESENT),
            ("request", None),
        ]
        assert remove_person_from_activities(session, person_id) == 2
        assert activities_for_person(session, person_id) == []
    after = planning.get_activity(db, row.id)
    assert (after.invited, after.present, after.absent) == (2, 1, 1)
    assert [i.name for i in planning.activity_invitees(db, row.id)] == ["Grace Hopper"]
    assert list_requests(db, cohort.id)[0].requester_id is None


def test_update_changes_the_plan(db, cohort):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    changed = planning.update_activity(db, row.id, workshop_form(title="Autre titre"))
    assert changed.title == "Autre titre"
