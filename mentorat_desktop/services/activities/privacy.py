"""What activities hold about one person, and removing them while the year's counts stay.

Meant for the person's file, erasure and anonymisation: invitations and attendance rows lose
their link to the person but remain, so the number invited and present does not change;
requests keep their topic and date, without who asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mentorat_desktop.models import (
    ActivityInvitation,
    ActivityRequest,
    Participation,
    TrainingActivity,
)
from mentorat_desktop.models.enums import ActivityAudience, Attendance


@dataclass(frozen=True)
class PersonActivity:
    """One line of a person's file: an activity they were invited to, or a request they made."""

    what: str  # "invitation" or "request"
    cohort_id: int
    title: str
    on: date
    attendance: Attendance | None


def _participation_ids(session: Session, person_id: int) -> list[int]:
    return list(
        session.scalars(select(Participation.id).where(Participation.person_id == person_id))
    )


def activities_for_person(session: Session, person_id: int) -> list[PersonActivity]:
    """Invitations written for the person (chosen or attendance taken) and their requests.

    Activities for a whole group before attendance is taken hold nothing about the person
    and are not listed.
    """
    ids = _participation_ids(session, person_id)
    if not ids:
        return []
    lines = [
        PersonActivity("invitation", a.cohort_id, a.title, a.held_on, i.attendance)
        for i, a in session.execute(
            select(ActivityInvitation, TrainingActivity)
            .join(TrainingActivity, ActivityInvitation.activity_id == TrainingActivity.id)
            .where(ActivityInvitation.participation_id.in_(ids))
            .order_by(TrainingActivity.held_on)
        )
    ]
    lines += [
        PersonActivity("request", r.cohort_id, r.topic, r.requested_on, None)
        for r in session.scalars(
            select(ActivityRequest)
            .where(ActivityRequest.participation_id.in_(ids))
            .order_by(ActivityRequest.requested_on)
        )
    ]
    return lines


def remove_person_from_activities(session: Session, person_id: int) -> int:
    """Unlink the person from every invitation, attendance, request and proposal; counts stay.

    A chosen-people invitation not yet held is dropped (nobody would come); every other row is
    kept without the person. Runs inside the caller's unit of work; returns rows touched.
    """
    ids = _participation_ids(session, person_id)
    if not ids:
        return 0
    touched = 0
    pending = session.scalars(
        select(ActivityInvitation)
        .join(TrainingActivity, ActivityInvitation.activity_id == TrainingActivity.id)
        .where(ActivityInvitation.participation_id.in_(ids))
        .where(ActivityInvitation.attendance.is_(None))
        .where(TrainingActivity.audience == ActivityAudience.CHOSEN)
    ).all()
    for invitation in pending:
        session.delete(invitation)
        touched += 1
    for table, column in (
        (ActivityInvitation, ActivityInvitation.participation_id),
        (ActivityRequest, ActivityRequest.participation_id),
        (TrainingActivity, TrainingActivity.proposing_mentor_id),
    ):
        result = session.execute(update(table).where(column.in_(ids)).values({column.key: None}))
        touched += result.rowcount or 0
    session.flush()
    return touched
