"""Who an activity invites: the rule the committee chose, applied to the year's registrations.

Withdrawn people are never invited. Once attendance is recorded, the list is the one written
then, so that a later withdrawal does not rewrite history.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.models import ActivityInvitation, Participation, TrainingActivity
from mentorat_desktop.models.enums import ActivityAudience, ParticipationStatus, Role
from mentorat_desktop.services.activities.records import Invitee
from mentorat_desktop.services.text import plain

_ROLES = {
    ActivityAudience.MENTEES: (Role.MENTEE,),
    ActivityAudience.MENTORS: (Role.MENTOR,),
    ActivityAudience.EVERYONE: (Role.MENTOR, Role.MENTEE),
}


def _invitee(p: Participation, invitation: ActivityInvitation | None = None) -> Invitee:
    return Invitee(
        participation_id=p.id,
        name=p.person.full_name,
        email=p.person.email,
        role=p.role,
        language=p.preferred_language.value,
        attendance=invitation.attendance if invitation else None,
    )


def _sort_key(invitee: Invitee) -> tuple[str, str]:
    return (plain(invitee.name), invitee.email)


def audience_participations(session: Session, activity: TrainingActivity) -> list[Participation]:
    """The registrations the audience rule selects today (withdrawn excluded)."""
    query = (
        select(Participation)
        .options(selectinload(Participation.person))
        .where(Participation.cohort_id == activity.cohort_id)
        .where(Participation.status != ParticipationStatus.WITHDRAWN)
    )
    if activity.audience == ActivityAudience.CHOSEN:
        chosen = [i.participation_id for i in activity.invitations if i.participation_id]
        query = query.where(Participation.id.in_(chosen))
    else:
        query = query.where(Participation.role.in_(_ROLES[activity.audience]))
    return list(session.scalars(query))


def invitees(session: Session, activity: TrainingActivity) -> list[Invitee]:
    """The invitation list, each person with their language (and attendance once recorded)."""
    if activity.attendance_recorded_at is not None:
        rows = []
        for invitation in activity.invitations:
            if invitation.participation_id is None:
                continue
            p = session.get(Participation, invitation.participation_id)
            if p is not None:
                rows.append(_invitee(p, invitation))
        return sorted(rows, key=_sort_key)
    return sorted((_invitee(p) for p in audience_participations(session, activity)), key=_sort_key)
